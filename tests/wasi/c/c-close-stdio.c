/* Closing a standard stream frees its number: reads from a closed
 * standard input are EBADF. */
#include "check.h"

int main(void) {
    start("c-close-stdio");
    CHECK(close(0) == 0);
    char byte;
    CHECK_ERRNO(read(0, &byte, 1), EBADF);
    CHECK_ERRNO(close(0), EBADF);
    __wasi_fdstat_t status;
    CHECK_WASI(__wasi_fd_fdstat_get(0, &status), __WASI_ERRNO_BADF);
    printf("standard input closed\n");
    return ok();
}
