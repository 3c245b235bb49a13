/* O_CREAT|O_EXCL creates a new file once; then EEXIST, for a directory too. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-open-excl");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "once"), O_WRONLY | O_CREAT | O_EXCL, 0644);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    CHECK_ERRNO(open(path, O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    CHECK_ERRNO(open(check_scratch, O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
    fd = open(path, O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    printf("created once, then EEXIST\n");
    return ok();
}
