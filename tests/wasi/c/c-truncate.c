/* fd_filestat_set_size (ftruncate, truncate): shrinking keeps the start,
 * growing adds zeros, the position does not move. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-truncate");
    make_scratch();
    char path[256];
    in_scratch(path, "sized");
    write_file(path, "0123456789");
    int fd = open(path, O_RDWR);
    CHECK(fd >= 0);
    CHECK(lseek(fd, 8, SEEK_SET) == 8);
    CHECK(ftruncate(fd, 3) == 0);
    struct stat status;
    CHECK(fstat(fd, &status) == 0 && status.st_size == 3);
    CHECK(lseek(fd, 0, SEEK_CUR) == 8);
    CHECK_WASI(__wasi_fd_filestat_set_size(fd, 6), 0);
    char buffer[16];
    CHECK(pread(fd, buffer, sizeof buffer, 0) == 6);
    CHECK(memcmp(buffer, "012\0\0\0", 6) == 0);
    CHECK_ERRNO(ftruncate(fd, -1), EINVAL);
    CHECK(close(fd) == 0);
    CHECK(truncate(path, 0) == 0);
    CHECK(stat(path, &status) == 0 && status.st_size == 0);
    printf("10 bytes, cut to 3, grown to 6 with zeros, emptied\n");
    return ok();
}
