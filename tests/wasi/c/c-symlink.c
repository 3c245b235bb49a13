/* path_symlink and path_readlink: where the runtime has symbolic links, a
 * link reads back its target, opens its file, is seen by lstat and removed
 * by unlink, and one pointing out of the preopen cannot be followed; where
 * it has none, creating one fails with ENOTSUP, EPERM or ENOSYS. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-symlink");
    make_scratch();
    char target[256], link[256], outward[256], buffer[64];
    write_file(in_scratch(target, "target.txt"), "through the link");
    errno = 0;
    if (symlink("target.txt", in_scratch(link, "link")) != 0) {
        CHECK(errno == ENOTSUP || errno == EPERM || errno == ENOSYS);
        fprintf(stderr, "c-symlink: no symbolic links here: %s\n", strerror(errno));
        printf("symbolic links checked\n");
        return ok();
    }
    ssize_t length = readlink(link, buffer, sizeof buffer - 1);
    CHECK(length == 10);
    buffer[length] = '\0';
    CHECK(strcmp(buffer, "target.txt") == 0);
    CHECK(read_file(link, buffer, sizeof buffer) == 16);
    struct stat status;
    CHECK(lstat(link, &status) == 0 && S_ISLNK(status.st_mode));
    CHECK(stat(link, &status) == 0 && S_ISREG(status.st_mode) && status.st_size == 16);
    CHECK_ERRNO(readlink(target, buffer, sizeof buffer), EINVAL);
    CHECK_ERRNO(symlink("target.txt", link), EEXIST);
    CHECK(symlink("../../../../escaped", in_scratch(outward, "outward")) == 0);
    CHECK_ERRNO_ANY(open(outward, O_RDONLY), ENOTCAPABLE, EPERM, ENOENT);
    CHECK(unlink(outward) == 0);
    CHECK(unlink(link) == 0);
    CHECK(stat(target, &status) == 0);
    CHECK_ERRNO(lstat(link, &status), ENOENT);
    printf("symbolic links checked\n");
    return ok();
}
