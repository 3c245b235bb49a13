/* fd_fdstat_get: the file type of a regular file, a directory, the root
 * preopen; rights that match the access mode; standard output answers. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-fdstat");
    make_scratch();
    char path[256];
    in_scratch(path, "file");
    write_file(path, "x");
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    __wasi_fdstat_t status;
    CHECK_WASI(__wasi_fd_fdstat_get(fd, &status), 0);
    CHECK(status.fs_filetype == __WASI_FILETYPE_REGULAR_FILE);
    CHECK(status.fs_rights_base & __WASI_RIGHTS_FD_READ);
    CHECK(status.fs_flags == 0);
    CHECK(close(fd) == 0);
    fd = open(check_scratch, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    CHECK_WASI(__wasi_fd_fdstat_get(fd, &status), 0);
    CHECK(status.fs_filetype == __WASI_FILETYPE_DIRECTORY);
    CHECK(close(fd) == 0);
    int root = root_preopen();
    CHECK(root >= 3);
    CHECK_WASI(__wasi_fd_fdstat_get(root, &status), 0);
    CHECK(status.fs_filetype == __WASI_FILETYPE_DIRECTORY);
    CHECK(status.fs_rights_base & __WASI_RIGHTS_PATH_OPEN);
    CHECK_WASI(__wasi_fd_fdstat_get(1, &status), 0);
    printf("regular file, directory, preopened directory\n");
    return ok();
}
