/* Redirections: expanding a command's < > >> <> >& <& and here-documents
 * into a plan, then applying the plan either to the shell's own
 * descriptors (saving the old ones to put back after a builtin, function
 * or compound command) or to the three descriptors a child starts with. A
 * here-document is a temporary file, already unlinked, that the command
 * reads. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

/* The highest descriptor a redirection may name in the shell. */
#define MAX_REDIRECTED_FD 9

void redirect_plan_free(struct redirect_plan *plan) {
    for (int index = 0; index < plan->count; index++)
        free(plan->steps[index].path);
    free(plan->steps);
    plan->steps = NULL;
    plan->count = 0;
}

int redirect_plan_prepare(struct redirection *list, struct redirect_plan *plan) {
    plan->steps = NULL;
    plan->count = 0;
    int count = 0;
    for (struct redirection *redirection = list; redirection; redirection = redirection->next)
        count++;
    if (count == 0)
        return 0;
    plan->steps = shell_allocate((size_t)count * sizeof *plan->steps);
    for (struct redirection *redirection = list; redirection; redirection = redirection->next) {
        struct redirect_step *step = &plan->steps[plan->count];
        step->kind = redirection->kind;
        step->fd = redirection->fd;
        step->source_fd = -1;
        step->path = NULL;
        current_line = redirection->line;
        char *expanded;
        if (redirection->kind == REDIRECT_HEREDOC)
            expanded = redirection->expand_body ? expand_heredoc(redirection->word) : shell_copy(redirection->word);
        else
            expanded = expand_single(redirection->word);
        if (!expanded) {
            redirect_plan_free(plan);
            return -1;
        }
        plan->count++;
        step->path = expanded;
        if (step->kind == REDIRECT_DUPLICATE) {
            int digits = *expanded != '\0';
            for (const char *cursor = expanded; *cursor; cursor++)
                digits = digits && isdigit((unsigned char)*cursor);
            if (strcmp(expanded, "-") == 0) {
                step->source_fd = -1;
            } else if (digits && strlen(expanded) < 3) {
                step->source_fd = atoi(expanded);
            } else {
                shell_error("%s: ambiguous redirect", expanded);
                redirect_plan_free(plan);
                return -1;
            }
        }
    }
    return 0;
}

int open_scratch_file(void) {
    static int counter;
    char path[64];
    snprintf(path, sizeof path, "/tmp/.cli-scratch-%d-%d", wasmos_getpid(), ++counter);
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_TRUNC, 0600);
    if (fd >= 0)
        unlink(path); /* the open descriptor keeps the file */
    return fd;
}

int open_heredoc(const char *body) {
    size_t length = strlen(body);
    int fd = open_scratch_file();
    if (fd < 0 && length < 32768) {
        /* No /tmp: a pipe holds a small body until the command reads it. */
        int ends[2];
        if (pipe(ends) < 0) {
            shell_error("here-document: %s", strerror(errno));
            return -1;
        }
        ssize_t written = write(ends[1], body, length);
        close(ends[1]);
        if (written != (ssize_t)length) {
            close(ends[0]);
            shell_error("here-document: %s", strerror(errno));
            return -1;
        }
        return ends[0];
    }
    if (fd < 0) {
        shell_error("here-document: /tmp: %s", strerror(errno));
        return -1;
    }
    size_t done = 0;
    while (done < length) {
        ssize_t written = write(fd, body + done, length - done);
        if (written <= 0) {
            shell_error("here-document: %s", strerror(errno));
            close(fd);
            return -1;
        }
        done += (size_t)written;
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* Opens what a step names; -1 after a message. */
static int open_step(const struct redirect_step *step) {
    int flags;
    switch (step->kind) {
    case REDIRECT_HEREDOC: return open_heredoc(step->path);
    case REDIRECT_INPUT: flags = O_RDONLY; break;
    case REDIRECT_OUTPUT: flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case REDIRECT_APPEND: flags = O_WRONLY | O_CREAT | O_APPEND; break;
    default: flags = O_RDWR | O_CREAT; break;
    }
    int fd = open(step->path, flags, 0644);
    if (fd < 0)
        shell_error("%s: %s", step->path, strerror(errno));
    return fd;
}

/* ---- in the shell -------------------------------------------------------------------------- */

void saved_descriptors_init(struct saved_descriptors *saved) {
    for (int fd = 0; fd <= MAX_REDIRECTED_FD; fd++)
        saved->saved[fd] = -1;
}

/* Keeps a copy of `target` above the descriptors a redirection may name,
 * or notes that it was closed. */
static void save_fd(struct saved_descriptors *saved, int target) {
    if (saved->saved[target] != -1)
        return;
    fflush(stdout);
    fflush(stderr);
    struct stat status;
    if (fstat(target, &status) < 0) {
        saved->saved[target] = -2;
        return;
    }
    int copy = -1;
    for (int candidate = MAX_REDIRECTED_FD + 1; candidate < 64 && copy < 0; candidate++) {
        if (fstat(candidate, &status) < 0)
            copy = wasmos_dup2(target, candidate);
    }
    saved->saved[target] = copy >= 0 ? copy : -2;
}

int redirect_fd(struct saved_descriptors *saved, int target, int fd) {
    save_fd(saved, target);
    int result = wasmos_dup2(fd, target);
    return result < 0 ? result : 0;
}

void restore_descriptors(struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    for (int fd = 0; fd <= MAX_REDIRECTED_FD; fd++) {
        if (saved->saved[fd] >= 0) {
            wasmos_dup2(saved->saved[fd], fd);
            wasmos_close(saved->saved[fd]);
        } else if (saved->saved[fd] == -2) {
            wasmos_close(fd);
        }
        saved->saved[fd] = -1;
    }
}

int redirect_plan_apply(const struct redirect_plan *plan, struct saved_descriptors *saved) {
    for (int index = 0; index < plan->count; index++) {
        const struct redirect_step *step = &plan->steps[index];
        if (step->fd > MAX_REDIRECTED_FD) {
            shell_error("%d: bad file descriptor", step->fd);
            return -1;
        }
        if (step->kind == REDIRECT_DUPLICATE) {
            if (step->source_fd < 0) {
                save_fd(saved, step->fd);
                wasmos_close(step->fd);
                continue;
            }
            if (step->source_fd == step->fd)
                continue;
            struct stat status;
            if (fstat(step->source_fd, &status) < 0 || redirect_fd(saved, step->fd, step->source_fd) < 0) {
                shell_error("%d: bad file descriptor", step->source_fd);
                return -1;
            }
            continue;
        }
        save_fd(saved, step->fd);
        int fd = open_step(step);
        if (fd < 0)
            return -1;
        int result = fd == step->fd ? 0 : redirect_fd(saved, step->fd, fd);
        if (fd != step->fd)
            wasmos_close(fd);
        if (result < 0) {
            shell_error("%s: %s", step->path, strerror(-result));
            return -1;
        }
    }
    return 0;
}

/* ---- for a child ------------------------------------------------------------------------------ */

int redirect_plan_for_child(const struct redirect_plan *plan, int child[3], int opened[], int *opened_count) {
    for (int index = 0; index < plan->count; index++) {
        const struct redirect_step *step = &plan->steps[index];
        if (step->fd > 2) {
            shell_error("%d: a program gets only descriptors 0, 1 and 2", step->fd);
            return -1;
        }
        if (step->kind == REDIRECT_DUPLICATE) {
            if (step->source_fd < 0) {
                child[step->fd] = WASMOS_FD_NONE;
            } else if (step->source_fd <= 2) {
                child[step->fd] = child[step->source_fd];
            } else {
                struct stat status;
                if (fstat(step->source_fd, &status) < 0) {
                    shell_error("%d: bad file descriptor", step->source_fd);
                    return -1;
                }
                child[step->fd] = step->source_fd;
            }
            continue;
        }
        int fd = open_step(step);
        if (fd < 0)
            return -1;
        opened[(*opened_count)++] = fd;
        child[step->fd] = fd;
    }
    return 0;
}
