/* poll.c: poll() over the kernel's poll call, whose record is struct pollfd. */
#include <errno.h>
#include <poll.h>
#include <stddef.h>
#include <wasmos.h>

#include "../internal.h"

_Static_assert(sizeof(struct pollfd) == sizeof(struct wasmos_pollfd), "pollfd is the kernel's record");
_Static_assert(offsetof(struct pollfd, events) == offsetof(struct wasmos_pollfd, events), "pollfd.events");
_Static_assert(offsetof(struct pollfd, revents) == offsetof(struct wasmos_pollfd, revents), "pollfd.revents");

int poll(struct pollfd *fds, nfds_t count, int timeout_ms) {
    if (count > 0x7fffffff) {
        errno = EINVAL;
        return -1;
    }
    long long timeout_ns = timeout_ms < 0 ? -1 : (long long)timeout_ms * 1000000LL;
    return __wasmos_check(wasmos_poll((struct wasmos_pollfd *)fds, (int32_t)count, timeout_ns));
}
