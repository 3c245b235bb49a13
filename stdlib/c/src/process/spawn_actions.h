/* spawn_actions.h: the file actions a posix_spawn_file_actions_t records,
 * shared by spawn_file_actions.c (which adds them) and spawn.c (which runs them). */
#ifndef WASMOS_LIBC_SPAWN_ACTIONS_H
#define WASMOS_LIBC_SPAWN_ACTIONS_H

enum spawn_action_kind {
    SPAWN_ACTION_CLOSE,
    SPAWN_ACTION_DUP2,
    SPAWN_ACTION_OPEN,
    SPAWN_ACTION_CHDIR,
};

struct __wasmos_spawn_action {
    enum spawn_action_kind kind;
    int fd;     /* close: the fd; dup2: the source; open: the target (0-2) */
    int new_fd; /* dup2: the target (0-2) */
    int flags;  /* open: the open() flags */
    char *path; /* open, chdir: the library's own copy */
};

#endif
