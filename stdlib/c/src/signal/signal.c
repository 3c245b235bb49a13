/* signal.c: signal() and raise(). Nothing delivers signals asynchronously on
 * WasmOS (Ctrl-C stops an app in the kernel), so only raise() calls handlers. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <wasmos.h>

static sighandler_t handlers[NSIG];

sighandler_t signal(int signal_number, sighandler_t handler) {
    if (signal_number <= 0 || signal_number >= NSIG || signal_number == SIGKILL) {
        errno = EINVAL;
        return SIG_ERR;
    }
    sighandler_t previous = handlers[signal_number];
    handlers[signal_number] = handler;
    return previous;
}

int raise(int signal_number) {
    if (signal_number <= 0 || signal_number >= NSIG) {
        errno = EINVAL;
        return -1;
    }
    sighandler_t handler = handlers[signal_number];
    if (handler == SIG_IGN)
        return 0;
    if (handler != SIG_DFL) {
        handlers[signal_number] = SIG_DFL;
        handler(signal_number);
        return 0;
    }
    /* Default action: abnormal termination. Aborts trap (status 134); the
     * others end with the shell's 128 + signal convention. */
    if (signal_number == SIGABRT)
        abort();
    wasmos_exit(128 + signal_number);
}
