/* A path component longer than 255 bytes is ENAMETOOLONG. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-name-too-long");
    make_scratch();
    char path[1024];
    int length = snprintf(path, sizeof path, "%s/", check_scratch);
    memset(path + length, 'n', 300);
    path[length + 300] = '\0';
    CHECK_ERRNO(open(path, O_WRONLY | O_CREAT, 0644), ENAMETOOLONG);
    CHECK_ERRNO(mkdir(path, 0755), ENAMETOOLONG);
    path[length + 200] = '\0';
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    CHECK(unlink(path) == 0);
    printf("300-byte names refused, 200-byte names fine\n");
    return ok();
}
