/* O_TRUNC empties an existing file; O_CREAT|O_TRUNC makes a missing one. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-open-trunc");
    make_scratch();
    char path[256], fresh[256];
    write_file(in_scratch(path, "full"), "0123456789");
    int fd = open(path, O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    struct stat status;
    CHECK(fstat(fd, &status) == 0 && status.st_size == 0);
    CHECK(write(fd, "ab", 2) == 2);
    CHECK(close(fd) == 0);
    char buffer[16];
    CHECK(read_file(path, buffer, sizeof buffer) == 2 && strcmp(buffer, "ab") == 0);
    fd = open(in_scratch(fresh, "fresh"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    CHECK(stat(fresh, &status) == 0 && status.st_size == 0);
    fd = open(path, O_RDONLY);
    CHECK(fd >= 0 && fstat(fd, &status) == 0 && status.st_size == 2);
    CHECK(close(fd) == 0);
    printf("truncated to 0 on open\n");
    return ok();
}
