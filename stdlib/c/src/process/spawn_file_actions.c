/* spawn_file_actions.c: recording posix_spawn's file actions. */
#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>

#include "spawn_actions.h"

int posix_spawn_file_actions_init(posix_spawn_file_actions_t *file_actions) {
    file_actions->__count = 0;
    file_actions->__capacity = 0;
    file_actions->__actions = NULL;
    return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *file_actions) {
    for (int index = 0; index < file_actions->__count; index++)
        free(file_actions->__actions[index].path);
    free(file_actions->__actions);
    return posix_spawn_file_actions_init(file_actions);
}

/* Appends an action, taking ownership of `path` (freed here on failure). */
static int add_action(posix_spawn_file_actions_t *file_actions, struct __wasmos_spawn_action action) {
    if (file_actions->__count == file_actions->__capacity) {
        int capacity = file_actions->__capacity ? file_actions->__capacity * 2 : 4;
        struct __wasmos_spawn_action *grown =
            realloc(file_actions->__actions, (size_t)capacity * sizeof *grown);
        if (!grown) {
            free(action.path);
            return ENOMEM;
        }
        file_actions->__actions = grown;
        file_actions->__capacity = capacity;
    }
    file_actions->__actions[file_actions->__count++] = action;
    return 0;
}

/* A copy of `path` for an action, or NULL with *error set. */
static char *copy_path(const char *path, int *error) {
    if (!path) {
        *error = EINVAL;
        return NULL;
    }
    char *copy = strdup(path);
    if (!copy)
        *error = ENOMEM;
    return copy;
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *file_actions, int fd) {
    if (fd < 0)
        return EBADF;
    return add_action(file_actions, (struct __wasmos_spawn_action){.kind = SPAWN_ACTION_CLOSE, .fd = fd});
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *file_actions, int fd, int new_fd) {
    if (fd < 0 || new_fd < 0)
        return EBADF;
    if (new_fd > 2)
        return EINVAL;
    return add_action(file_actions,
                      (struct __wasmos_spawn_action){.kind = SPAWN_ACTION_DUP2, .fd = fd, .new_fd = new_fd});
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *file_actions, int fd, const char *path,
                                     int flags, mode_t mode) {
    (void)mode; /* there are no permissions */
    if (fd < 0)
        return EBADF;
    if (fd > 2)
        return EINVAL;
    int error = 0;
    char *copy = copy_path(path, &error);
    if (!copy)
        return error;
    return add_action(file_actions, (struct __wasmos_spawn_action){
                                        .kind = SPAWN_ACTION_OPEN, .fd = fd, .flags = flags, .path = copy});
}

int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t *file_actions, const char *path) {
    int error = 0;
    char *copy = copy_path(path, &error);
    if (!copy)
        return error;
    return add_action(file_actions, (struct __wasmos_spawn_action){.kind = SPAWN_ACTION_CHDIR, .path = copy});
}
