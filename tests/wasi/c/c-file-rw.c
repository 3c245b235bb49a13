/* path_open with O_CREAT, fd_write, fd_close, then fd_read of the same
 * bytes; the access mode is enforced (writing a read-only descriptor and
 * reading a write-only one fail). */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-file-rw");
    make_scratch();
    char path[256];
    in_scratch(path, "data.txt");
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "first line\n", 11) == 11);
    CHECK(write(fd, "", 0) == 0);
    CHECK(write(fd, "second line\n", 12) == 12);
    char byte;
    CHECK_ERRNO_ANY(read(fd, &byte, 1), EBADF, ENOTCAPABLE);
    CHECK(close(fd) == 0);
    fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    char buffer[64];
    ssize_t got = read(fd, buffer, sizeof buffer);
    CHECK(got == 23);
    CHECK(memcmp(buffer, "first line\nsecond line\n", 23) == 0);
    CHECK(read(fd, buffer, sizeof buffer) == 0);
    CHECK_ERRNO_ANY(write(fd, "x", 1), EBADF, ENOTCAPABLE);
    CHECK(close(fd) == 0);
    fd = open(path, O_RDWR);
    CHECK(fd >= 0);
    CHECK(write(fd, "FIRST", 5) == 5);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    got = read(fd, buffer, sizeof buffer);
    CHECK(got == 23 && memcmp(buffer, "FIRST line\n", 11) == 0);
    CHECK(close(fd) == 0);
    printf("wrote 23 bytes, read them back, access modes enforced\n");
    return ok();
}
