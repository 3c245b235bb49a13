/* path_rename: a file to a new name, over another file, into a
 * subdirectory; a directory with its contents; the refusals. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-rename");
    make_scratch();
    char a[256], b[256], c[256], sub[256], moved[256], d1[256], d2[256], inner[256], buffer[64];
    write_file(in_scratch(a, "a"), "content of a");
    CHECK(rename(a, in_scratch(b, "b")) == 0);
    struct stat status;
    CHECK_ERRNO(stat(a, &status), ENOENT);
    CHECK(read_file(b, buffer, sizeof buffer) == 12 && strcmp(buffer, "content of a") == 0);
    write_file(in_scratch(c, "c"), "c");
    CHECK(rename(b, c) == 0);
    CHECK(read_file(c, buffer, sizeof buffer) == 12);
    CHECK_ERRNO(stat(b, &status), ENOENT);
    CHECK(mkdir(in_scratch(sub, "sub"), 0755) == 0);
    CHECK(rename(c, in_scratch(moved, "sub/moved")) == 0);
    CHECK(read_file(moved, buffer, sizeof buffer) == 12);
    CHECK(rename(sub, in_scratch(d1, "renamed-dir")) == 0);
    CHECK(read_file(in_scratch(inner, "renamed-dir/moved"), buffer, sizeof buffer) == 12);
    CHECK_ERRNO(rename(a, b), ENOENT);
    CHECK(mkdir(in_scratch(d2, "other-dir"), 0755) == 0);
    write_file(in_scratch(b, "other-dir/keep"), "k");
    CHECK_ERRNO_ANY(rename(d1, d2), ENOTEMPTY, EEXIST);
    write_file(in_scratch(a, "plain"), "p");
    CHECK_ERRNO_ANY(rename(a, d2), EISDIR, EEXIST, ENOTEMPTY);
    CHECK_ERRNO(rename(d1, a), ENOTDIR);
    printf("renamed a file three ways and a directory; refusals as expected\n");
    return ok();
}
