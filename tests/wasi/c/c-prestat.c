/* fd_prestat_get and fd_prestat_dir_name: the preopens follow the standard
 * streams, one of them is `/`; the standard streams are not preopens. */
#include "check.h"

int main(void) {
    start("c-prestat");
    int preopens = 0, root = -1;
    for (int fd = 3; fd < 64; fd++) {
        __wasi_prestat_t prestat;
        __wasi_errno_t error = __wasi_fd_prestat_get(fd, &prestat);
        if (error == __WASI_ERRNO_BADF)
            break;
        CHECK_WASI(error, 0);
        CHECK(prestat.tag == __WASI_PREOPENTYPE_DIR);
        char name[256];
        CHECK(prestat.u.dir.pr_name_len < sizeof name);
        CHECK_WASI(__wasi_fd_prestat_dir_name(fd, (uint8_t *)name, prestat.u.dir.pr_name_len), 0);
        name[prestat.u.dir.pr_name_len] = '\0';
        fprintf(stderr, "c-prestat: preopen %d is %s\n", fd, name);
        if (strcmp(name, "/") == 0 && root < 0)
            root = fd;
        preopens++;
    }
    CHECK(preopens >= 1 && root >= 3);
    CHECK(root == root_preopen());
    for (int fd = 0; fd < 3; fd++) {
        __wasi_prestat_t prestat;
        CHECK_WASI(__wasi_fd_prestat_get(fd, &prestat), __WASI_ERRNO_BADF);
    }
    printf("a preopened directory named / after the standard streams\n");
    return ok();
}
