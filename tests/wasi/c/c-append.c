/* O_APPEND (fdflags APPEND): every write goes to the end, whatever the
 * position; fd_fdstat_get shows the flag; fd_fdstat_set_flags clears it. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-append");
    make_scratch();
    char path[256];
    in_scratch(path, "log");
    write_file(path, "start\n");
    int fd = open(path, O_RDWR | O_APPEND);
    CHECK(fd >= 0);
    __wasi_fdstat_t status;
    CHECK_WASI(__wasi_fd_fdstat_get(fd, &status), 0);
    CHECK(status.fs_flags & __WASI_FDFLAGS_APPEND);
    CHECK(fcntl(fd, F_GETFL) & O_APPEND);
    CHECK(write(fd, "one\n", 4) == 4);
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    CHECK(write(fd, "two\n", 4) == 4);
    char buffer[64];
    CHECK(read_file(path, buffer, sizeof buffer) == 14);
    CHECK(strcmp(buffer, "start\none\ntwo\n") == 0);
    CHECK_WASI(__wasi_fd_fdstat_set_flags(fd, 0), 0);
    CHECK_WASI(__wasi_fd_fdstat_get(fd, &status), 0);
    CHECK(!(status.fs_flags & __WASI_FDFLAGS_APPEND));
    CHECK(lseek(fd, 0, SEEK_SET) == 0);
    CHECK(write(fd, "START", 5) == 5);
    CHECK(read_file(path, buffer, sizeof buffer) == 14);
    CHECK(strcmp(buffer, "START\none\ntwo\n") == 0);
    CHECK(close(fd) == 0);
    printf("appended at the end twice, then wrote in place after clearing APPEND\n");
    return ok();
}
