/* wait.c: wait() and waitpid() over the kernel's wait call. */
#include <errno.h>
#include <sys/wait.h>
#include <wasmos.h>

#include "../internal.h"

pid_t waitpid(pid_t pid, int *status, int options) {
    if (pid == 0 || pid < -1 || (options & ~(WNOHANG | WUNTRACED))) {
        errno = EINVAL;
        return -1;
    }
    return __wasmos_check(wasmos_wait(pid, status, options));
}

pid_t wait(int *status) {
    return waitpid(-1, status, 0);
}
