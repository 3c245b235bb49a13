/* Paths relative to a directory descriptor (openat, mkdirat, fstatat,
 * renameat, unlinkat); reading a directory as a file fails. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-openat");
    make_scratch();
    int directory = open(check_scratch, O_RDONLY | O_DIRECTORY);
    CHECK(directory >= 0);
    CHECK(mkdirat(directory, "sub", 0755) == 0);
    int fd = openat(directory, "sub/file", O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "relative", 8) == 8);
    CHECK(close(fd) == 0);
    struct stat status;
    CHECK(fstatat(directory, "sub/file", &status, 0) == 0 && status.st_size == 8);
    CHECK(renameat(directory, "sub/file", directory, "moved") == 0);
    CHECK_ERRNO(fstatat(directory, "sub/file", &status, 0), ENOENT);
    char path[256], buffer[16];
    CHECK(read_file(in_scratch(path, "moved"), buffer, sizeof buffer) == 8);
    CHECK_ERRNO_ANY(unlinkat(directory, "sub", 0), EISDIR, EPERM);
    CHECK(unlinkat(directory, "sub", AT_REMOVEDIR) == 0);
    CHECK(unlinkat(directory, "moved", 0) == 0);
    CHECK_ERRNO_ANY(read(directory, buffer, 1), EISDIR, EBADF, ENOTCAPABLE);
    CHECK(close(directory) == 0);
    printf("made, wrote, renamed and removed relative to a directory descriptor\n");
    return ok();
}
