/* path_filestat_get: types and sizes by path, through `.` and `..` inside
 * the preopen; ENOENT and ENOTDIR. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-path-filestat");
    make_scratch();
    char file[256], sub[256], dotted[256], slash[256], through[256];
    write_file(in_scratch(file, "five"), "12345");
    CHECK(mkdir(in_scratch(sub, "sub"), 0755) == 0);
    struct stat status;
    CHECK(stat(file, &status) == 0 && S_ISREG(status.st_mode) && status.st_size == 5);
    CHECK(stat(sub, &status) == 0 && S_ISDIR(status.st_mode));
    CHECK(stat(in_scratch(dotted, "sub/../five"), &status) == 0 && status.st_size == 5);
    CHECK(stat(in_scratch(dotted, "./sub/."), &status) == 0 && S_ISDIR(status.st_mode));
    CHECK_ERRNO(stat(in_scratch(dotted, "absent"), &status), ENOENT);
    CHECK_ERRNO(stat(in_scratch(slash, "five/"), &status), ENOTDIR);
    CHECK_ERRNO(stat(in_scratch(through, "five/x"), &status), ENOTDIR);
    int root = root_preopen();
    CHECK(root >= 3);
    __wasi_filestat_t raw;
    CHECK_WASI(__wasi_path_filestat_get(root, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, file + 1, &raw), 0);
    CHECK(raw.filetype == __WASI_FILETYPE_REGULAR_FILE && raw.size == 5 && raw.nlink >= 1);
    CHECK_WASI(__wasi_path_filestat_get(root, 0, "tmp", &raw), 0);
    CHECK(raw.filetype == __WASI_FILETYPE_DIRECTORY);
    printf("a file of 5 bytes and a directory, by several paths\n");
    return ok();
}
