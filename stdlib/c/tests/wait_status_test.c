/* wait_status_test.c: the <sys/wait.h> macros read every kind of wait status
 * (exited, ended by a signal, stopped, continued) as POSIX encodes it, and the
 * process constants have Linux's values; the output must match the host's
 * glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU names under -std=c11 */
#endif
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <sys/wait.h>

static void show(int status) {
    printf("%#06x: exited %d (status %d), signaled %d (signal %d, core %d), stopped %d (signal %d), continued %d\n",
           status, WIFEXITED(status) != 0, WEXITSTATUS(status), WIFSIGNALED(status) != 0, WTERMSIG(status),
           WCOREDUMP(status) != 0, WIFSTOPPED(status) != 0, WSTOPSIG(status), WIFCONTINUED(status) != 0);
}

int main(void) {
    printf("returned from main or exit(0):\n");
    show(0);
    printf("exit(n):\n");
    show(1 << 8);
    show(42 << 8);
    show(255 << 8);
    printf("ended by a signal (a trap is SIGABRT):\n");
    show(SIGINT);
    show(SIGABRT);
    show(SIGKILL);
    show(SIGTERM);
    show(SIGABRT | 0x80);
    printf("stopped:\n");
    show((SIGSTOP << 8) | 0x7f);
    show((SIGTSTP << 8) | 0x7f);
    printf("continued:\n");
    show(0xffff);

    printf("WNOHANG %d, WUNTRACED %d\n", WNOHANG, WUNTRACED);
    printf("POLLIN %d, POLLOUT %d, POLLERR %d, POLLHUP %d, POLLNVAL %d\n", POLLIN, POLLOUT, POLLERR, POLLHUP,
           POLLNVAL);
    printf("SIGHUP %d SIGINT %d SIGQUIT %d SIGABRT %d SIGKILL %d SIGPIPE %d SIGALRM %d SIGTERM %d\n", SIGHUP,
           SIGINT, SIGQUIT, SIGABRT, SIGKILL, SIGPIPE, SIGALRM, SIGTERM);
    printf("SIGUSR1 %d SIGUSR2 %d SIGCHLD %d SIGCONT %d SIGSTOP %d SIGTSTP %d SIGTTIN %d SIGTTOU %d SIGWINCH %d\n",
           SIGUSR1, SIGUSR2, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH);
    printf("POSIX_SPAWN_SETPGROUP %d, POSIX_SPAWN_SETSIGDEF %d, POSIX_SPAWN_SETSIGMASK %d\n", POSIX_SPAWN_SETPGROUP,
           POSIX_SPAWN_SETSIGDEF, POSIX_SPAWN_SETSIGMASK);
    return 0;
}
