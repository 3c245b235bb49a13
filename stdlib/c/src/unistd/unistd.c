/* unistd.c: POSIX descriptor, directory and process calls over the WasmOS ABI. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#include "../internal.h"

ssize_t read(int fd, void *buffer, size_t count) {
    return __wasmos_check(wasmos_read(fd, buffer, (unsigned)count));
}

ssize_t write(int fd, const void *buffer, size_t count) {
    return __wasmos_check(wasmos_write(fd, buffer, (unsigned)count));
}

int close(int fd) {
    return __wasmos_check(wasmos_close(fd)) < 0 ? -1 : 0;
}

off_t lseek(int fd, off_t offset, int whence) {
    long long result = wasmos_lseek(fd, offset, whence);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}

int dup(int fd) {
    return __wasmos_check(wasmos_dup(fd));
}

int dup2(int fd, int new_fd) {
    if (fd == new_fd) {
        struct wasmos_stat status;
        return __wasmos_check(wasmos_fstat(fd, &status)) < 0 ? -1 : new_fd;
    }
    return __wasmos_check(wasmos_dup2(fd, new_fd));
}

int isatty(int fd) {
    struct wasmos_stat status;
    int result = wasmos_fstat(fd, &status);
    if (result < 0) {
        errno = -result;
        return 0;
    }
    if (status.kind != WASMOS_KIND_DEVICE) {
        errno = ENOTTY;
        return 0;
    }
    return 1;
}

/* Everything is readable, writable and executable by its only user. */
int access(const char *path, int mode) {
    (void)mode;
    struct wasmos_stat status;
    return __wasmos_check(wasmos_stat(path, __wasmos_path_length(path), &status)) < 0 ? -1 : 0;
}

int unlink(const char *path) {
    return __wasmos_check(wasmos_unlink(path, __wasmos_path_length(path))) < 0 ? -1 : 0;
}

int rmdir(const char *path) {
    return __wasmos_check(wasmos_rmdir(path, __wasmos_path_length(path))) < 0 ? -1 : 0;
}

int chdir(const char *path) {
    return __wasmos_check(wasmos_chdir(path, __wasmos_path_length(path))) < 0 ? -1 : 0;
}

char *getcwd(char *buffer, size_t size) {
    if (!buffer) {
        /* The glibc extension: allocate the buffer (of `size` bytes, or as needed). */
        size_t capacity = size ? size : 256;
        for (;;) {
            char *allocated = malloc(capacity);
            if (!allocated)
                return NULL;
            int length = wasmos_getcwd(allocated, (unsigned)capacity - 1);
            if (length >= 0) {
                allocated[length] = '\0';
                return allocated;
            }
            free(allocated);
            if (length != -ERANGE || size) {
                errno = -length;
                return NULL;
            }
            capacity *= 2;
        }
    }
    if (size == 0) {
        errno = EINVAL;
        return NULL;
    }
    int length = wasmos_getcwd(buffer, (unsigned)size - 1);
    if (length < 0) {
        errno = -length;
        return NULL;
    }
    buffer[length] = '\0';
    return buffer;
}

int ftruncate(int fd, off_t length) {
    (void)fd;
    (void)length;
    errno = ENOSYS;
    return -1;
}

/* Files live in kernel memory; there is nothing to sync. */
int fsync(int fd) {
    struct wasmos_stat status;
    return __wasmos_check(wasmos_fstat(fd, &status)) < 0 ? -1 : 0;
}

unsigned int sleep(unsigned int seconds) {
    wasmos_sleep((long long)seconds * 1000000000LL);
    return 0;
}

int usleep(useconds_t microseconds) {
    return __wasmos_check(wasmos_sleep((long long)microseconds * 1000LL)) < 0 ? -1 : 0;
}

/* Creates a pipe: fds[0] is the read end, fds[1] the write end. */
int pipe(int fds[2]) {
    int32_t ends[2];
    if (__wasmos_check(wasmos_pipe(ends)) < 0)
        return -1;
    fds[0] = ends[0];
    fds[1] = ends[1];
    return 0;
}

pid_t getpid(void) { return wasmos_getpid(); }

/* 0 once the parent has ended (there is no init that adopts orphans). */
pid_t getppid(void) { return wasmos_getppid(); }

/* There is one user, who owns everything. */
uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }

int getentropy(void *buffer, size_t length) {
    if (length > 256) {
        errno = EIO;
        return -1;
    }
    return __wasmos_check(wasmos_random(buffer, (unsigned)length)) < 0 ? -1 : 0;
}
