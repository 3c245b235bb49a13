/* path_create_directory and path_remove_directory, with their errors. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-mkdir-rmdir");
    make_scratch();
    char directory[256], nested[256], orphan[256], file[256], child[256];
    CHECK(mkdir(in_scratch(directory, "made"), 0755) == 0);
    CHECK_ERRNO(mkdir(directory, 0755), EEXIST);
    CHECK(mkdir(in_scratch(nested, "made/inner"), 0755) == 0);
    CHECK_ERRNO(mkdir(in_scratch(orphan, "missing/inner"), 0755), ENOENT);
    CHECK_ERRNO_ANY(rmdir(directory), ENOTEMPTY, EEXIST);
    write_file(in_scratch(file, "file"), "x");
    CHECK_ERRNO(rmdir(file), ENOTDIR);
    CHECK_ERRNO(mkdir(file, 0755), EEXIST);
    CHECK_ERRNO(mkdir(in_scratch(child, "file/child"), 0755), ENOTDIR);
    CHECK(rmdir(nested) == 0);
    CHECK(rmdir(directory) == 0);
    struct stat status;
    CHECK_ERRNO(stat(directory, &status), ENOENT);
    CHECK_ERRNO(rmdir(directory), ENOENT);
    printf("made and removed directories; refusals as expected\n");
    return ok();
}
