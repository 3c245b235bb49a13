/* fcntl(F_GETFL) reports the access mode and O_APPEND from fdstat. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-fcntl");
    make_scratch();
    char path[256];
    write_file(in_scratch(path, "modes"), "x");
    int modes[] = {O_RDONLY, O_WRONLY, O_RDWR};
    for (int index = 0; index < 3; index++) {
        int fd = open(path, modes[index]);
        CHECK(fd >= 0);
        int flags = fcntl(fd, F_GETFL);
        CHECK(flags >= 0);
        CHECK((flags & O_ACCMODE) == modes[index]);
        CHECK(!(flags & O_APPEND));
        CHECK(close(fd) == 0);
    }
    int fd = open(path, O_WRONLY | O_APPEND);
    CHECK(fd >= 0 && (fcntl(fd, F_GETFL) & O_APPEND));
    CHECK(close(fd) == 0);
    CHECK_ERRNO(fcntl(99, F_GETFL), EBADF);
    printf("read-only, write-only, read-write and append seen\n");
    return ok();
}
