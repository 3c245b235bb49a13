/* The executor: runs tokenized lines (lists joined by ; && ||, pipelines
 * through temporary files, redirections) and keeps $?. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

int last_status;

/* ---- redirections --------------------------------------------------------- */

/* What one stage does with descriptors 0, 1 and 2. */
struct redirections {
    const char *input_path;
    const char *output_path;
    int output_append;
    const char *error_path;
    int error_append;
    int error_to_output;
    int pipe_input_fd;  /* -1, or a file to read standard input from */
    int pipe_output_fd; /* -1, or a file to write standard output to */
};

struct saved_descriptors {
    int saved[3]; /* copies of 0, 1, 2, or -1 where untouched */
};

static void restore_descriptors(struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    for (int fd = 0; fd < 3; fd++) {
        if (saved->saved[fd] >= 0) {
            wasmos_dup2(saved->saved[fd], fd);
            wasmos_close(saved->saved[fd]);
            saved->saved[fd] = -1;
        }
    }
}

/* Points `target` (0, 1 or 2) at `fd`, saving the old one first. */
static int redirect_fd(struct saved_descriptors *saved, int target, int fd) {
    if (saved->saved[target] < 0) {
        saved->saved[target] = wasmos_dup(target);
        if (saved->saved[target] < 0)
            return saved->saved[target];
    }
    int result = wasmos_dup2(fd, target);
    return result < 0 ? result : 0;
}

static int open_and_redirect(struct saved_descriptors *saved, int target, const char *path, int flags) {
    int fd = open(path, flags, 0644);
    if (fd < 0) {
        fprintf(stderr, "cli: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int result = redirect_fd(saved, target, fd);
    close(fd);
    if (result < 0) {
        fprintf(stderr, "cli: %s: %s\n", path, strerror(-result));
        return -1;
    }
    return 0;
}

static int apply_redirections(const struct redirections *plan, struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    if (plan->pipe_input_fd >= 0 && redirect_fd(saved, 0, plan->pipe_input_fd) < 0)
        return -1;
    if (plan->pipe_output_fd >= 0 && redirect_fd(saved, 1, plan->pipe_output_fd) < 0)
        return -1;
    if (plan->input_path && open_and_redirect(saved, 0, plan->input_path, O_RDONLY) < 0)
        return -1;
    if (plan->output_path &&
        open_and_redirect(saved, 1, plan->output_path,
                          O_WRONLY | O_CREAT | (plan->output_append ? O_APPEND : O_TRUNC)) < 0)
        return -1;
    if (plan->error_to_output && redirect_fd(saved, 2, 1) < 0)
        return -1;
    if (plan->error_path &&
        open_and_redirect(saved, 2, plan->error_path,
                          O_WRONLY | O_CREAT | (plan->error_append ? O_APPEND : O_TRUNC)) < 0)
        return -1;
    return 0;
}

/* ---- running commands ----------------------------------------------------- */

static int run_app(int argc, char **argv) {
    static struct wasmos_word words[MAX_WORDS];
    for (int index = 0; index < argc; index++) {
        words[index].ptr = argv[index];
        words[index].len = (uint32_t)strlen(argv[index]);
    }
    fflush(stdout);
    fflush(stderr);
    int result = wasmos_runargv(words, argc);
    if (result == 0 || result == 130 || result == 134)
        return result; /* traps (134) and Ctrl-C (130) are reported by the kernel */
    if (result > 0) {
        fprintf(stderr, "[%s: exit status %d]\n", argv[0], result);
        return result;
    }
    if (result == -ENOENT) {
        fprintf(stderr, "cli: %s: command not found\n", argv[0]);
        return 127;
    }
    if (result == -ENOEXEC) {
        fprintf(stderr, "cli: %s: not a valid WebAssembly program\n", argv[0]);
        return 126;
    }
    fprintf(stderr, "cli: %s: %s\n", argv[0], strerror(-result));
    return 126;
}

/* Runs one stage: tokens [first, end) hold words and redirections. */
static int run_stage(struct token *tokens, int first, int end, int pipe_input_fd, int pipe_output_fd) {
    static char *argv[MAX_WORDS + 1];
    int argc = 0;
    struct redirections plan = {NULL, NULL, 0, NULL, 0, 0, pipe_input_fd, pipe_output_fd};
    for (int index = first; index < end; index++) {
        enum token_kind kind = tokens[index].kind;
        if (kind == TOKEN_WORD) {
            if (argc == MAX_WORDS) {
                fprintf(stderr, "cli: too many arguments\n");
                return 2;
            }
            argv[argc++] = tokens[index].text;
            continue;
        }
        if (kind == TOKEN_ERROR_TO_OUT) {
            plan.error_to_output = 1;
            continue;
        }
        if (index + 1 >= end || tokens[index + 1].kind != TOKEN_WORD) {
            fprintf(stderr, "cli: syntax error: a redirection needs a file name\n");
            return 2;
        }
        const char *path = tokens[++index].text;
        switch (kind) {
        case TOKEN_IN: plan.input_path = path; break;
        case TOKEN_OUT: plan.output_path = path; plan.output_append = 0; break;
        case TOKEN_APPEND: plan.output_path = path; plan.output_append = 1; break;
        case TOKEN_ERROR_OUT: plan.error_path = path; plan.error_append = 0; break;
        case TOKEN_ERROR_APPEND: plan.error_path = path; plan.error_append = 1; break;
        default: break;
        }
    }
    argv[argc] = NULL;
    struct saved_descriptors saved = {{-1, -1, -1}};
    int status;
    if (apply_redirections(&plan, &saved) < 0) {
        status = 1;
    } else if (argc == 0) {
        status = 0; /* only redirections: files were created or checked */
    } else if (is_builtin(argv[0])) {
        status = run_builtin(argc, argv);
    } else {
        status = run_app(argc, argv);
    }
    restore_descriptors(&saved);
    return status;
}

/* A scratch file for one pipe between stages. */
static int open_pipe_file(char *path, size_t size, int number) {
    struct stat status;
    if (stat("/tmp", &status) < 0)
        mkdir("/tmp", 0755);
    snprintf(path, size, "/tmp/.cli-pipe-%d-%d", shell_level, number);
    return open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
}

/* Runs a pipeline: tokens [first, end) with stages separated by |. */
static int run_pipeline(struct token *tokens, int first, int end) {
    int stage_start = first;
    int input_fd = -1;
    char input_path[64] = "";
    int status = 0;
    int pipe_number = 0;
    for (int index = first; index <= end; index++) {
        if (index < end && tokens[index].kind != TOKEN_PIPE)
            continue;
        if (index == stage_start) {
            fprintf(stderr, "cli: syntax error near '|'\n");
            status = 2;
            break;
        }
        int last = index == end;
        int output_fd = -1;
        char output_path[64] = "";
        if (!last) {
            output_fd = open_pipe_file(output_path, sizeof output_path, pipe_number++);
            if (output_fd < 0) {
                fprintf(stderr, "cli: cannot create a pipe file: %s\n", strerror(errno));
                status = 1;
                break;
            }
        }
        status = run_stage(tokens, stage_start, index, input_fd, output_fd);
        if (input_fd >= 0) {
            close(input_fd);
            unlink(input_path);
        }
        input_fd = output_fd;
        strcpy(input_path, output_path);
        if (input_fd >= 0)
            lseek(input_fd, 0, SEEK_SET);
        stage_start = index + 1;
    }
    if (input_fd >= 0) {
        close(input_fd);
        unlink(input_path);
    }
    return status;
}

void run_line(const char *line) {
    static struct token tokens[MAX_TOKENS];
    int count = tokenize(line, tokens, MAX_TOKENS);
    if (count < 0) {
        last_status = 2;
        return;
    }
    int start = 0;
    enum token_kind joiner = TOKEN_SEQUENCE;
    for (int index = 0; index <= count; index++) {
        if (index < count && tokens[index].kind != TOKEN_SEQUENCE && tokens[index].kind != TOKEN_AND &&
            tokens[index].kind != TOKEN_OR)
            continue;
        if (index > start) {
            int run = joiner == TOKEN_SEQUENCE || (joiner == TOKEN_AND && last_status == 0) ||
                      (joiner == TOKEN_OR && last_status != 0);
            if (run)
                last_status = run_pipeline(tokens, start, index);
        } else if (index < count) {
            fprintf(stderr, "cli: syntax error near '%s'\n",
                    tokens[index].kind == TOKEN_SEQUENCE ? ";" : tokens[index].kind == TOKEN_AND ? "&&" : "||");
            last_status = 2;
            break;
        }
        if (index < count)
            joiner = tokens[index].kind;
        start = index + 1;
    }
    for (int index = 0; index < count; index++)
        free(tokens[index].text);
}
