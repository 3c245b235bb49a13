/* signal_set.c: the sigset_t operations (bit n - 1 stands for signal n). */
#include <errno.h>
#include <signal.h>

/* The bit of a valid signal number, or 0 with errno set. */
static sigset_t signal_bit(int signal_number) {
    if (signal_number <= 0 || signal_number >= NSIG) {
        errno = EINVAL;
        return 0;
    }
    return (sigset_t)1 << (signal_number - 1);
}

int sigemptyset(sigset_t *set) {
    *set = 0;
    return 0;
}

int sigfillset(sigset_t *set) {
    *set = ((sigset_t)1 << (NSIG - 1)) - 1;
    return 0;
}

int sigaddset(sigset_t *set, int signal_number) {
    sigset_t bit = signal_bit(signal_number);
    if (!bit)
        return -1;
    *set |= bit;
    return 0;
}

int sigdelset(sigset_t *set, int signal_number) {
    sigset_t bit = signal_bit(signal_number);
    if (!bit)
        return -1;
    *set &= ~bit;
    return 0;
}

int sigismember(const sigset_t *set, int signal_number) {
    sigset_t bit = signal_bit(signal_number);
    if (!bit)
        return -1;
    return (*set & bit) != 0;
}
