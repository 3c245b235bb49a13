/* Inode numbers: the same file has the same one by path and by
 * descriptor; two files have different ones. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-inode");
    make_scratch();
    char first[256], second[256];
    write_file(in_scratch(first, "first"), "1");
    write_file(in_scratch(second, "second"), "2");
    struct stat a, again, b, by_descriptor;
    CHECK(stat(first, &a) == 0 && stat(first, &again) == 0 && stat(second, &b) == 0);
    CHECK(a.st_ino == again.st_ino && a.st_dev == again.st_dev);
    CHECK(a.st_ino != b.st_ino || a.st_dev != b.st_dev);
    int fd = open(first, O_RDONLY);
    CHECK(fd >= 0 && fstat(fd, &by_descriptor) == 0);
    CHECK(by_descriptor.st_ino == a.st_ino && by_descriptor.st_dev == a.st_dev);
    CHECK(close(fd) == 0);
    printf("inode numbers identify files\n");
    return ok();
}
