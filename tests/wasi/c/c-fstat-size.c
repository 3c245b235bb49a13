/* fd_filestat_get and path_filestat_get: the type, size and link count
 * of a file as it grows, and of a directory. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-fstat-size");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "growing"), O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    struct stat status;
    CHECK(fstat(fd, &status) == 0);
    CHECK(S_ISREG(status.st_mode) && status.st_size == 0 && status.st_nlink >= 1);
    for (int round = 1; round <= 5; round++) {
        CHECK(write(fd, "0123456789", 10) == 10);
        CHECK(fstat(fd, &status) == 0 && status.st_size == 10 * round);
    }
    __wasi_filestat_t raw;
    CHECK_WASI(__wasi_fd_filestat_get(fd, &raw), 0);
    CHECK(raw.filetype == __WASI_FILETYPE_REGULAR_FILE && raw.size == 50);
    CHECK(close(fd) == 0);
    CHECK(stat(path, &status) == 0 && status.st_size == 50);
    CHECK(stat(check_scratch, &status) == 0 && S_ISDIR(status.st_mode));
    printf("size 0, 10, ... 50 as written\n");
    return ok();
}
