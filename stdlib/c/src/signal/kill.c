/* kill.c: kill() and killpg() over the kernel's kill call. */
#include <errno.h>
#include <signal.h>
#include <wasmos.h>

#include "../internal.h"

int kill(pid_t pid, int signal_number) {
    return __wasmos_check(wasmos_kill(pid, signal_number)) < 0 ? -1 : 0;
}

int killpg(pid_t group, int signal_number) {
    /* Group 0 (the caller's own) needs the caller's group id, which no call gives. */
    if (group <= 0) {
        errno = EINVAL;
        return -1;
    }
    return kill(-group, signal_number);
}
