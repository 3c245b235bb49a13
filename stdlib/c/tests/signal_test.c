/* signal_test.c: signal sets, sigaction() and raise() with a handler; the
 * output must match the host's glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU names under -std=c11 */
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t caught;

static void handler(int signal_number) {
    caught = signal_number;
}

int main(void) {
    sigset_t set;
    sigemptyset(&set);
    printf("empty: SIGINT %d, SIGTERM %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGTERM));
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGCHLD);
    printf("added INT and CHLD: SIGINT %d, SIGCHLD %d, SIGTERM %d\n", sigismember(&set, SIGINT),
           sigismember(&set, SIGCHLD), sigismember(&set, SIGTERM));
    sigdelset(&set, SIGINT);
    printf("deleted INT: SIGINT %d, SIGCHLD %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGCHLD));
    sigfillset(&set);
    printf("full: SIGHUP %d, SIGKILL %d, SIGSYS %d\n", sigismember(&set, SIGHUP), sigismember(&set, SIGKILL),
           sigismember(&set, SIGSYS));
    errno = 0;
    int result = sigaddset(&set, 0);
    printf("sigaddset of signal 0: %d, %s\n", result, strerror(errno));

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    printf("sigaction(SIGUSR1): %d\n", sigaction(SIGUSR1, &action, NULL));
    struct sigaction current;
    sigaction(SIGUSR1, NULL, &current);
    printf("the handler is installed: %d\n", current.sa_handler == handler);
    printf("raise(SIGUSR1): %d, caught %d\n", raise(SIGUSR1), (int)caught);
    errno = 0;
    result = sigaction(SIGKILL, &action, NULL);
    printf("sigaction(SIGKILL): %d, %s\n", result, strerror(errno));
    errno = 0;
    result = sigaction(SIGSTOP, &action, NULL);
    printf("sigaction(SIGSTOP): %d, %s\n", result, strerror(errno));
    printf("sigaction(SIGKILL) may be read: %d\n", sigaction(SIGKILL, NULL, &current));

    action.sa_handler = SIG_IGN;
    sigaction(SIGUSR2, &action, NULL);
    printf("raise(SIGUSR2) ignored: %d\n", raise(SIGUSR2));
    return 0;
}
