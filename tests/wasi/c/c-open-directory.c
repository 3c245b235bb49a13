/* O_DIRECTORY on a file is ENOTDIR; a missing file without O_CREAT is
 * ENOENT; a directory opened for writing is EISDIR. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-open-directory");
    make_scratch();
    char file[256], missing[256], slash[256];
    write_file(in_scratch(file, "plain"), "x");
    CHECK_ERRNO(open(file, O_RDONLY | O_DIRECTORY), ENOTDIR);
    CHECK(opendir(file) == NULL && errno == ENOTDIR);
    CHECK_ERRNO(open(in_scratch(slash, "plain/"), O_RDONLY), ENOTDIR);
    CHECK_ERRNO(open(in_scratch(missing, "missing"), O_RDONLY), ENOENT);
    CHECK_ERRNO(open(check_scratch, O_WRONLY), EISDIR);
    CHECK_ERRNO(open(check_scratch, O_RDWR), EISDIR);
    int fd = open(check_scratch, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    CHECK(close(fd) == 0);
    printf("ENOTDIR, ENOENT and EISDIR where due\n");
    return ok();
}
