/* fd_seek (set, current, end; past the end, which leaves a hole of zeros
 * once written; before the start, EINVAL) and fd_tell. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-seek-tell");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "seek"), O_RDWR | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "0123456789", 10) == 10);
    __wasi_filesize_t position = 99;
    CHECK_WASI(__wasi_fd_tell(fd, &position), 0);
    CHECK(position == 10);
    CHECK(lseek(fd, 3, SEEK_SET) == 3);
    char buffer[16];
    CHECK(read(fd, buffer, 2) == 2 && memcmp(buffer, "34", 2) == 0);
    CHECK_WASI(__wasi_fd_tell(fd, &position), 0);
    CHECK(position == 5);
    CHECK(lseek(fd, -2, SEEK_CUR) == 3);
    CHECK(lseek(fd, 0, SEEK_CUR) == 3);
    CHECK(lseek(fd, 0, SEEK_END) == 10);
    CHECK(lseek(fd, -4, SEEK_END) == 6);
    CHECK(read(fd, buffer, 16) == 4 && memcmp(buffer, "6789", 4) == 0);
    CHECK_ERRNO(lseek(fd, -11, SEEK_SET), EINVAL);
    CHECK_ERRNO(lseek(fd, -20, SEEK_END), EINVAL);
    CHECK(lseek(fd, 0, SEEK_CUR) == 10);
    __wasi_filesize_t raw = 0;
    CHECK_WASI(__wasi_fd_seek(fd, 2, __WASI_WHENCE_SET, &raw), 0);
    CHECK(raw == 2);
    CHECK(lseek(fd, 5, SEEK_END) == 15);
    CHECK(write(fd, "x", 1) == 1);
    struct stat status;
    CHECK(fstat(fd, &status) == 0 && status.st_size == 16);
    CHECK(pread(fd, buffer, 6, 10) == 6);
    CHECK(memcmp(buffer, "\0\0\0\0\0x", 6) == 0);
    CHECK(close(fd) == 0);
    printf("seek and tell: set, current, end, a hole of zeros\n");
    return ok();
}
