/* A path leaving its preopened directory through `..` (or given to
 * path_open as an absolute path) is refused: ENOTCAPABLE by the spec, which
 * runtimes also spell EPERM; `..` that stays inside is fine. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-escape");
    make_scratch();
    struct stat status;
    CHECK_ERRNO_ANY(open("/../escaped", O_RDONLY | O_CREAT, 0644), ENOTCAPABLE, EPERM);
    CHECK_ERRNO_ANY(open("/tmp/../../escaped", O_RDONLY), ENOTCAPABLE, EPERM);
    CHECK_ERRNO_ANY(stat("/..", &status), ENOTCAPABLE, EPERM);
    CHECK_ERRNO_ANY(mkdir("/tmp/../../made", 0755), ENOTCAPABLE, EPERM);
    CHECK(stat("/tmp/../tmp", &status) == 0 && S_ISDIR(status.st_mode));
    int root = root_preopen();
    CHECK(root >= 3);
    __wasi_fd_t opened;
    CHECK_WASI_ANY(__wasi_path_open(root, 0, "../x", 0, 0, 0, 0, &opened), __WASI_ERRNO_NOTCAPABLE,
                   __WASI_ERRNO_PERM);
    CHECK_WASI_ANY(__wasi_path_open(root, 0, "tmp/../../x", 0, 0, 0, 0, &opened), __WASI_ERRNO_NOTCAPABLE,
                   __WASI_ERRNO_PERM);
    CHECK_WASI_ANY(__wasi_path_open(root, 0, "/tmp", 0, 0, 0, 0, &opened), __WASI_ERRNO_NOTCAPABLE,
                   __WASI_ERRNO_PERM);
    CHECK_WASI(__wasi_path_open(root, 0, "tmp/../tmp", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &opened), 0);
    CHECK(close((int)opened) == 0);
    printf("escapes through .. and absolute paths refused; .. inside allowed\n");
    return ok();
}
