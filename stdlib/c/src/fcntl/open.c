/* open.c: open(), creat() and a minimal fcntl(). */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <wasmos.h>

#include "../internal.h"

/* Flags the ABI does not know that have no meaning on WasmOS; they are dropped. */
#define IGNORED_FLAGS (O_NOCTTY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)

int open(const char *path, int flags, ...) {
    /* The mode argument (with O_CREAT) is accepted and ignored: there are no permissions. */
    return __wasmos_check(wasmos_open(path, __wasmos_path_length(path), flags & ~IGNORED_FLAGS));
}

int creat(const char *path, mode_t mode) {
    return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

int fcntl(int fd, int command, ...) {
    struct wasmos_stat status;
    if (__wasmos_check(wasmos_fstat(fd, &status)) < 0)
        return -1;
    switch (command) {
    case F_GETFD:
    case F_SETFD:
    case F_SETFL:
        return 0;
    case F_GETFL:
        return O_RDWR;
    default:
        errno = EINVAL;
        return -1;
    }
}
