/* path_unlink_file: removes a file (a second time: ENOENT); refuses a
 * directory and paths through a file or a missing directory. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-unlink");
    make_scratch();
    char file[256], directory[256], through[256], missing[256];
    write_file(in_scratch(file, "doomed"), "x");
    CHECK(unlink(file) == 0);
    struct stat status;
    CHECK_ERRNO(stat(file, &status), ENOENT);
    CHECK_ERRNO(unlink(file), ENOENT);
    CHECK(mkdir(in_scratch(directory, "dir"), 0755) == 0);
    CHECK_ERRNO_ANY(unlink(directory), EISDIR, EPERM);
    CHECK(stat(directory, &status) == 0 && S_ISDIR(status.st_mode));
    write_file(file, "x");
    CHECK_ERRNO(unlink(in_scratch(through, "doomed/x")), ENOTDIR);
    CHECK_ERRNO(unlink(in_scratch(missing, "nowhere/x")), ENOENT);
    CHECK(unlink(file) == 0);
    printf("unlinked a file; refused a directory and bad paths\n");
    return ok();
}
