/* internal.h: helpers shared by the C library's sources; not installed for apps. */
#ifndef WASMOS_LIBC_INTERNAL_H
#define WASMOS_LIBC_INTERNAL_H

#include <errno.h>
#include <stddef.h>
#include <string.h>

/* Turns a raw system-call result (a value or a negative errno) into the POSIX
 * convention: the value, or -1 with errno set. */
static inline int __wasmos_check(int result) {
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return result;
}

/* The length of a path for the ABI's (pointer, length) convention; NULL is
 * reported as an empty path, which the kernel refuses with ENOENT. */
static inline unsigned __wasmos_path_length(const char *path) {
    return path ? (unsigned)strlen(path) : 0;
}

/* Flushes every open stdio stream; exit() calls it (src/stdio/file.c). */
void __wasmos_stdio_flush_all(void);

/* Runs atexit and __cxa_atexit handlers, most recent first (src/stdlib/exit.c). */
void __wasmos_run_exit_handlers(void);

#endif
