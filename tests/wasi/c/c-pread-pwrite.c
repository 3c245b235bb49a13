/* fd_pread and fd_pwrite: at an offset, without moving the position;
 * past the end (pread reads nothing, pwrite extends the file). */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-pread-pwrite");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "positional"), O_RDWR | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "abcdefgh", 8) == 8);
    CHECK(lseek(fd, 2, SEEK_SET) == 2);
    CHECK(pwrite(fd, "XY", 2, 4) == 2);
    CHECK(lseek(fd, 0, SEEK_CUR) == 2);
    char buffer[16];
    CHECK(pread(fd, buffer, 5, 3) == 5 && memcmp(buffer, "dXYgh", 5) == 0);
    CHECK(lseek(fd, 0, SEEK_CUR) == 2);
    CHECK(read(fd, buffer, 2) == 2 && memcmp(buffer, "cd", 2) == 0);
    CHECK(pread(fd, buffer, 4, 8) == 0);
    CHECK(pread(fd, buffer, 4, 100) == 0);
    CHECK(pwrite(fd, "Z", 1, 10) == 1);
    struct stat status;
    CHECK(fstat(fd, &status) == 0 && status.st_size == 11);
    CHECK(pread(fd, buffer, 16, 0) == 11);
    CHECK(memcmp(buffer, "abcdXYgh\0\0Z", 11) == 0);
    __wasi_iovec_t vectors[2] = {{(uint8_t *)buffer, 2}, {(uint8_t *)buffer + 8, 3}};
    __wasi_size_t got = 0;
    CHECK_WASI(__wasi_fd_pread(fd, vectors, 2, 1, &got), 0);
    CHECK(got >= 2 && memcmp(buffer, "bc", 2) == 0);
    CHECK_ERRNO(pread(fd, buffer, 1, -1), EINVAL);
    CHECK(close(fd) == 0);
    printf("pread and pwrite leave the position alone\n");
    return ok();
}
