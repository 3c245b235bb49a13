/* spawn.c: posix_spawn() and posix_spawnp() over the kernel's spawn call. The
 * file actions are worked out in the caller into the wasmos_spawn record:
 * which of the caller's fds becomes the child's 0, 1 and 2, and its working
 * directory. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "spawn_actions.h"

/* What the file actions come to. */
struct spawn_plan {
    int source[3];  /* the caller's fd that becomes the child's 0, 1, 2; WASMOS_FD_NONE */
    int *opened;    /* fds opened for the child, closed once it has started */
    int opened_count;
    char *directory; /* the child's working directory, NULL for the caller's */
};

/* `path` read from `directory` (NULL: the working directory), in a new string. */
static char *path_from(const char *directory, const char *path) {
    if (!directory || path[0] == '/')
        return strdup(path);
    size_t directory_length = strlen(directory);
    size_t path_length = strlen(path);
    char *joined = malloc(directory_length + 1 + path_length + 1);
    if (!joined)
        return NULL;
    memcpy(joined, directory, directory_length);
    joined[directory_length] = '/';
    memcpy(joined + directory_length + 1, path, path_length + 1);
    return joined;
}

static void release_plan(struct spawn_plan *plan) {
    for (int index = 0; index < plan->opened_count; index++)
        close(plan->opened[index]);
    free(plan->opened);
    free(plan->directory);
}

/* The caller's fd that the child's `fd` refers to at action `position`, or
 * -1 when the child would have no such fd. */
static int child_fd_source(const posix_spawn_file_actions_t *file_actions, int position,
                           const struct spawn_plan *plan, int fd) {
    if (fd <= 2)
        return plan->source[fd] == WASMOS_FD_NONE ? -1 : plan->source[fd];
    /* A higher fd is the caller's own, unless an earlier action closed it. */
    for (int index = 0; index < position; index++) {
        const struct __wasmos_spawn_action *earlier = &file_actions->__actions[index];
        if (earlier->kind == SPAWN_ACTION_CLOSE && earlier->fd == fd)
            return -1;
    }
    /* An fd this call opened was not the caller's to name. */
    for (int index = 0; index < plan->opened_count; index++) {
        if (plan->opened[index] == fd)
            return -1;
    }
    struct wasmos_stat status;
    return wasmos_fstat(fd, &status) < 0 ? -1 : fd;
}

/* Runs the file actions into `plan`; returns 0 or an errno value. */
static int make_plan(const posix_spawn_file_actions_t *file_actions, struct spawn_plan *plan) {
    for (int fd = 0; fd <= 2; fd++)
        plan->source[fd] = fd;
    plan->opened = NULL;
    plan->opened_count = 0;
    plan->directory = NULL;
    if (!file_actions || file_actions->__count == 0)
        return 0;
    /* A closed standard fd must stay "none" even if an open below reuses its number. */
    for (int fd = 0; fd <= 2; fd++) {
        struct wasmos_stat status;
        if (wasmos_fstat(fd, &status) < 0)
            plan->source[fd] = WASMOS_FD_NONE;
    }
    plan->opened = malloc((size_t)file_actions->__count * sizeof *plan->opened);
    if (!plan->opened)
        return ENOMEM;
    for (int position = 0; position < file_actions->__count; position++) {
        const struct __wasmos_spawn_action *action = &file_actions->__actions[position];
        switch (action->kind) {
        case SPAWN_ACTION_CLOSE:
            if (action->fd <= 2)
                plan->source[action->fd] = WASMOS_FD_NONE;
            break;
        case SPAWN_ACTION_DUP2: {
            int source = child_fd_source(file_actions, position, plan, action->fd);
            if (source < 0)
                return EBADF;
            plan->source[action->new_fd] = source;
            break;
        }
        case SPAWN_ACTION_OPEN: {
            char *path = path_from(plan->directory, action->path);
            if (!path)
                return ENOMEM;
            int fd = open(path, action->flags, 0);
            int error = errno;
            free(path);
            if (fd < 0)
                return error;
            plan->opened[plan->opened_count++] = fd;
            plan->source[action->fd] = fd;
            break;
        }
        case SPAWN_ACTION_CHDIR: {
            char *directory = path_from(plan->directory, action->path);
            if (!directory)
                return ENOMEM;
            free(plan->directory);
            plan->directory = directory;
            break;
        }
        }
    }
    return 0;
}

/* The record field for the child's `fd`: the caller's own fd is passed as
 * "inherit", so that a closed one gives the child none rather than EBADF. */
static int32_t record_fd(const struct spawn_plan *plan, int fd) {
    return plan->source[fd] == fd ? WASMOS_FD_INHERIT : plan->source[fd];
}

/* Turns a NULL-terminated string vector into words after `first` (if not
 * NULL); returns the words (to free) and their count, or NULL. */
static struct wasmos_word *words_of(const char *first, char *const strings[], int32_t *count) {
    size_t length = 0;
    while (strings && strings[length])
        length++;
    if (length > 0x100000) {
        errno = E2BIG;
        return NULL;
    }
    struct wasmos_word *words = malloc((length + 1) * sizeof *words);
    if (!words) {
        errno = ENOMEM;
        return NULL;
    }
    size_t used = 0;
    if (first)
        words[used++] = (struct wasmos_word){first, (uint32_t)strlen(first)};
    /* With a first word, strings[0] is argv[0], which the program name replaces. */
    for (size_t index = first ? 1 : 0; index < length; index++)
        words[used++] = (struct wasmos_word){strings[index], (uint32_t)strlen(strings[index])};
    *count = (int32_t)used;
    return words;
}

/* Starts `program` (the kernel's first word: a bare name is /bin/<name>.wasm). */
static int spawn_program(pid_t *pid, const char *program, const posix_spawn_file_actions_t *file_actions,
                         const posix_spawnattr_t *attributes, char *const argv[], char *const envp[]) {
    if (!program || !*program)
        return ENOENT;
    struct spawn_plan plan;
    int error = make_plan(file_actions, &plan);
    if (error) {
        release_plan(&plan);
        return error;
    }
    struct wasmos_spawn_options options = {
        .stdin_fd = record_fd(&plan, 0),
        .stdout_fd = record_fd(&plan, 1),
        .stderr_fd = record_fd(&plan, 2),
        .group = WASMOS_GROUP_INHERIT,
        .cwd = plan.directory,
        .cwd_len = plan.directory ? (uint32_t)strlen(plan.directory) : 0,
        .env = NULL,
        .env_count = -1,
    };
    if (attributes && (attributes->__flags & POSIX_SPAWN_SETPGROUP))
        options.group = attributes->__group == 0 ? WASMOS_GROUP_NEW : attributes->__group;

    int32_t argument_count = 0;
    int32_t environment_count = 0;
    struct wasmos_word *arguments = words_of(program, argv, &argument_count);
    struct wasmos_word *environment = NULL;
    if (arguments && envp) {
        environment = words_of(NULL, envp, &environment_count);
        options.env = environment;
        options.env_count = environment_count;
    }
    if (!arguments || (envp && !environment)) {
        error = errno;
    } else {
        int32_t result = wasmos_spawn(arguments, argument_count, &options);
        if (result < 0) {
            error = -result;
        } else if (pid) {
            *pid = result;
        }
    }
    free(arguments);
    free(environment);
    release_plan(&plan);
    return error;
}

int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *file_actions,
                const posix_spawnattr_t *attributes, char *const argv[], char *const envp[]) {
    if (!path || strchr(path, '/'))
        return spawn_program(pid, path, file_actions, attributes, argv, envp);
    /* A path without '/' names a file here, which the kernel would look for in /bin. */
    char *relative = malloc(strlen(path) + 3);
    if (!relative)
        return ENOMEM;
    strcpy(relative, "./");
    strcat(relative, path);
    int error = spawn_program(pid, relative, file_actions, attributes, argv, envp);
    free(relative);
    return error;
}

int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *file_actions,
                 const posix_spawnattr_t *attributes, char *const argv[], char *const envp[]) {
    return spawn_program(pid, file, file_actions, attributes, argv, envp);
}
