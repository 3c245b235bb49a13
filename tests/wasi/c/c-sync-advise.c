/* fd_sync, fd_datasync and fd_advise succeed on a file; fd_allocate
 * either makes the file at least that long or is not supported. */
#include <fcntl.h>

#include "check.h"

int main(void) {
    start("c-sync-advise");
    make_scratch();
    char path[256];
    int fd = open(in_scratch(path, "synced"), O_RDWR | O_CREAT, 0644);
    CHECK(fd >= 0);
    CHECK(write(fd, "data", 4) == 4);
    CHECK(fsync(fd) == 0);
    CHECK(fdatasync(fd) == 0);
    CHECK(posix_fadvise(fd, 0, 4, POSIX_FADV_SEQUENTIAL) == 0);
    CHECK(posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0);
    CHECK_WASI(__wasi_fd_advise(fd, 0, 0, __WASI_ADVICE_NORMAL), 0);
    int allocated = posix_fallocate(fd, 0, 4096);
    struct stat status;
    if (allocated == 0) {
        CHECK(fstat(fd, &status) == 0 && status.st_size == 4096);
    } else {
        CHECK(allocated == ENOTSUP || allocated == ENOSYS);
        fprintf(stderr, "c-sync-advise: fd_allocate: %s\n", strerror(allocated));
        CHECK(fstat(fd, &status) == 0 && status.st_size == 4);
    }
    CHECK(close(fd) == 0);
    printf("sync, datasync and advise succeeded; allocate checked\n");
    return ok();
}
