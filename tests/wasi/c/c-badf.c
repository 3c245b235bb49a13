/* Every descriptor call on a number that is not open is EBADF. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-badf");
    char buffer[4];
    struct stat status;
    int bad[] = {99, 1000, 0x7fffffff};
    for (int index = 0; index < 3; index++) {
        int fd = bad[index];
        CHECK_ERRNO(read(fd, buffer, 1), EBADF);
        CHECK_ERRNO(write(fd, "x", 1), EBADF);
        CHECK_ERRNO(lseek(fd, 0, SEEK_SET), EBADF);
        CHECK_ERRNO(fstat(fd, &status), EBADF);
        CHECK_ERRNO(close(fd), EBADF);
        __wasi_fdstat_t fdstat;
        CHECK_WASI(__wasi_fd_fdstat_get(fd, &fdstat), __WASI_ERRNO_BADF);
        __wasi_prestat_t prestat;
        CHECK_WASI(__wasi_fd_prestat_get(fd, &prestat), __WASI_ERRNO_BADF);
        CHECK_WASI(__wasi_fd_sync(fd), __WASI_ERRNO_BADF);
        __wasi_filesize_t position;
        CHECK_WASI(__wasi_fd_tell(fd, &position), __WASI_ERRNO_BADF);
    }
    make_scratch();
    char path[256];
    write_file(in_scratch(path, "f"), "x");
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    CHECK_ERRNO(close(fd), EBADF);
    CHECK_ERRNO(read(fd, buffer, 1), EBADF);
    printf("EBADF for 99, 1000, 2^31-1 and a closed descriptor\n");
    return ok();
}
