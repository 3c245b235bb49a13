/* file_times.c: utimensat, futimens, utime, utimes, lutimes and futimes over
 * the ABI's utimens and futimens calls. Times travel as nanoseconds since
 * 1970 in an int64_t; one outside its range (about the years 1678 to 2262)
 * is clamped to the nearest, as Linux clamps to a file system's range. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <utime.h>
#include <wasmos.h>

#include "../internal.h"

#define NANOSECONDS_PER_SECOND 1000000000LL

/* A time that was given, in nanoseconds, clamped to int64_t's range. */
static int64_t clamped_nanoseconds(long long seconds, long long nanoseconds) {
    if (seconds > (INT64_MAX - nanoseconds) / NANOSECONDS_PER_SECOND)
        return INT64_MAX;
    if (seconds < INT64_MIN / NANOSECONDS_PER_SECOND)
        return INT64_MIN;
    return seconds * NANOSECONDS_PER_SECOND + nanoseconds;
}

/* What the ABI is told about one time: its nanoseconds and flag bits. */
struct time_choice {
    int64_t nanoseconds;
    int32_t flags;
};

/* Reads one timespec of utimensat's array (`given` and `now` are the ABI's
 * two bits for it); -1 with EINVAL for a tv_nsec out of range. */
static int choose_time(const struct timespec *time, int32_t given, int32_t now, struct time_choice *choice) {
    if (time == NULL || time->tv_nsec == UTIME_NOW) {
        choice->flags |= now;
    } else if (time->tv_nsec != UTIME_OMIT) {
        if (time->tv_nsec < 0 || time->tv_nsec >= NANOSECONDS_PER_SECOND) {
            errno = EINVAL;
            return -1;
        }
        choice->nanoseconds = clamped_nanoseconds(time->tv_sec, time->tv_nsec);
        choice->flags |= given;
    }
    return 0;
}

/* The access (times[0]) and modification (times[1]) choices; NULL: both now. */
static int choose_times(const struct timespec times[2], struct time_choice *accessed, struct time_choice *modified) {
    accessed->nanoseconds = modified->nanoseconds = 0;
    accessed->flags = modified->flags = 0;
    if (choose_time(times ? &times[0] : NULL, WASMOS_TIMES_ACCESSED, WASMOS_TIMES_ACCESSED_NOW, accessed) < 0 ||
        choose_time(times ? &times[1] : NULL, WASMOS_TIMES_MODIFIED, WASMOS_TIMES_MODIFIED_NOW, modified) < 0)
        return -1;
    return 0;
}

/* Whether both times are UTIME_OMIT: Linux then does nothing at all, not
 * even look at the path or descriptor. */
static int omits_both(const struct timespec times[2]) {
    return times && times[0].tv_nsec == UTIME_OMIT && times[1].tv_nsec == UTIME_OMIT;
}

/* Whether `fd` is open; sets EBADF when it is not. */
static int is_open(int fd) {
    struct stat status;
    return fstat(fd, &status) == 0;
}

int utimensat(int directory_fd, const char *path, const struct timespec times[2], int flags) {
    if (path == NULL) {
        /* glibc refuses it (Linux itself would set the times of directory_fd). */
        errno = EINVAL;
        return -1;
    }
    if (omits_both(times))
        return 0;
    struct time_choice accessed, modified;
    if (choose_times(times, &accessed, &modified) < 0)
        return -1;
    if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) {
        errno = EINVAL;
        return -1;
    }
    if (path[0] == '\0' && (flags & AT_EMPTY_PATH))
        return futimens(directory_fd, times);
    if (path[0] != '/' && directory_fd != AT_FDCWD) {
        /* The kernel resolves paths against the working directory only. */
        if (!is_open(directory_fd))
            return -1;
        errno = ENOSYS;
        return -1;
    }
    int32_t which = accessed.flags | modified.flags;
    return __wasmos_check(wasmos_utimens(path, __wasmos_path_length(path), accessed.nanoseconds,
                                         modified.nanoseconds, which)) < 0
               ? -1
               : 0;
}

int futimens(int fd, const struct timespec times[2]) {
    if (fd < 0) {
        /* glibc's own check, made before anything else. */
        errno = EBADF;
        return -1;
    }
    if (omits_both(times))
        return 0;
    struct time_choice accessed, modified;
    if (choose_times(times, &accessed, &modified) < 0)
        return -1;
    int32_t which = accessed.flags | modified.flags;
    return __wasmos_check(wasmos_futimens(fd, accessed.nanoseconds, modified.nanoseconds, which)) < 0 ? -1 : 0;
}

/* A timeval pair as timespecs; -1 with EINVAL for a tv_usec out of range. */
static int timevals_to_timespecs(const struct timeval times[2], struct timespec converted[2]) {
    for (int index = 0; index < 2; index++) {
        if (times[index].tv_usec < 0 || times[index].tv_usec >= 1000000) {
            errno = EINVAL;
            return -1;
        }
        converted[index].tv_sec = times[index].tv_sec;
        converted[index].tv_nsec = (long)times[index].tv_usec * 1000;
    }
    return 0;
}

int utimes(const char *path, const struct timeval times[2]) {
    struct timespec converted[2];
    if (times && timevals_to_timespecs(times, converted) < 0)
        return -1;
    return utimensat(AT_FDCWD, path, times ? converted : NULL, 0);
}

/* There are no symbolic links: the same as utimes. */
int lutimes(const char *path, const struct timeval times[2]) {
    return utimes(path, times);
}

int futimes(int fd, const struct timeval times[2]) {
    struct timespec converted[2];
    if (times && timevals_to_timespecs(times, converted) < 0)
        return -1;
    return futimens(fd, times ? converted : NULL);
}

int utime(const char *path, const struct utimbuf *times) {
    if (times == NULL)
        return utimensat(AT_FDCWD, path, NULL, 0);
    struct timespec converted[2] = {{times->actime, 0}, {times->modtime, 0}};
    return utimensat(AT_FDCWD, path, converted, 0);
}
