/* fd_filestat_set_times and path_filestat_set_times: explicit times read
 * back exactly, NOW, OMIT, and EINVAL for a time given both ways. */
#include <fcntl.h>
#include <time.h>

#include "check.h"

int main(void) {
    start("c-filestat-times");
    make_scratch();
    char path[256];
    in_scratch(path, "stamped");
    write_file(path, "x");
    int fd = open(path, O_RDWR);
    CHECK(fd >= 0);
    struct timespec times[2] = {{1000000000, 123456789}, {1234567890, 500000000}};
    CHECK(futimens(fd, times) == 0);
    struct timespec later[2] = {{1000000000, 123456789}, {1234567890, 500000000}};
    CHECK(utimensat(AT_FDCWD, path, later, 0) == 0);
    struct stat status;
    CHECK(fstat(fd, &status) == 0);
    CHECK(status.st_atim.tv_sec == 1000000000 && status.st_atim.tv_nsec == 123456789);
    CHECK(status.st_mtim.tv_sec == 1234567890 && status.st_mtim.tv_nsec == 500000000);
    struct timespec now;
    CHECK(clock_gettime(CLOCK_REALTIME, &now) == 0);
    /* (Debian's wasi-libc refuses UTIME_NOW and UTIME_OMIT with EINVAL
     * itself: those go through the raw call.) */
    int root = root_preopen();
    CHECK(root >= 3);
    CHECK_WASI(__wasi_path_filestat_set_times(root, 0, path + 1, 0, 0, __WASI_FSTFLAGS_MTIM_NOW), 0);
    CHECK(stat(path, &status) == 0);
    CHECK(status.st_atim.tv_sec == 1000000000 && status.st_atim.tv_nsec == 123456789);
    CHECK(status.st_mtim.tv_sec >= now.tv_sec - 2);
    CHECK_WASI(__wasi_fd_filestat_set_times(fd, 5, 5, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW),
               __WASI_ERRNO_INVAL);
    CHECK_WASI(__wasi_fd_filestat_set_times(fd, 0, 7000000000ull, __WASI_FSTFLAGS_MTIM), 0);
    __wasi_filestat_t raw;
    CHECK_WASI(__wasi_fd_filestat_get(fd, &raw), 0);
    CHECK(raw.mtim == 7000000000ull);
    CHECK(raw.atim == 1000000000ull * 1000000000ull + 123456789ull);
    CHECK(close(fd) == 0);
    printf("times set exactly, to now, and left alone\n");
    return ok();
}
