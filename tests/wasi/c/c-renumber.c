/* fd_renumber: the target number now refers to the source's file (its
 * own file closed), the source number is free; bad numbers are EBADF. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-renumber");
    make_scratch();
    char path_a[256], path_b[256];
    write_file(in_scratch(path_a, "a"), "AAAA");
    write_file(in_scratch(path_b, "b"), "BBBB");
    int a = open(path_a, O_RDONLY), b = open(path_b, O_RDONLY);
    CHECK(a >= 0 && b >= 0 && a != b);
    char buffer[8];
    CHECK(read(a, buffer, 1) == 1 && buffer[0] == 'A');
    CHECK_WASI(__wasi_fd_renumber(a, b), 0);
    CHECK(read(b, buffer, 8) == 3 && memcmp(buffer, "AAA", 3) == 0);
    CHECK_ERRNO(read(a, buffer, 1), EBADF);
    CHECK_WASI(__wasi_fd_renumber(a, b), __WASI_ERRNO_BADF);
    CHECK_WASI(__wasi_fd_renumber(b, 1000), __WASI_ERRNO_BADF);
    CHECK_WASI(__wasi_fd_renumber(b, b), 0);
    CHECK(lseek(b, 0, SEEK_SET) == 0 && read(b, buffer, 1) == 1 && buffer[0] == 'A');
    CHECK(close(b) == 0);
    printf("renumbered: the target reads the source's file, the source is closed\n");
    return ok();
}
