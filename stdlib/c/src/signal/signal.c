/* signal.c: signal(), sigaction() and raise(). Nothing delivers signals to
 * handlers on WasmOS (kill() and Ctrl-C act in the kernel), so only raise()
 * calls them. */
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

/* Only the handler matters: the mask and flags would govern delivery, which
 * never happens asynchronously. */
int sigaction(int signal_number, const struct sigaction *action, struct sigaction *previous) {
    if (signal_number <= 0 || signal_number >= NSIG ||
        (action && (signal_number == SIGKILL || signal_number == SIGSTOP))) {
        errno = EINVAL;
        return -1;
    }
    if (previous) {
        previous->sa_handler = handlers[signal_number];
        previous->sa_mask = 0;
        previous->sa_flags = 0;
    }
    if (action)
        handlers[signal_number] = action->sa_handler;
    return 0;
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
