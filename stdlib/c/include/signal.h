/* signal.h: signal numbers (Linux's), kill() and a minimal handler interface.
 * WasmOS delivers no signals to handlers: a signal sent with kill() ends,
 * stops or continues the process in the kernel; raise() runs a handler that
 * was installed, or applies the default action. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int sig_atomic_t;
typedef void (*sighandler_t)(int);

/* A set of signals: bit (n - 1) stands for signal n. */
typedef unsigned long long sigset_t;

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT SIGABRT
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define NSIG 32

#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

/* sigaction() flags (Linux's values). Handlers only ever run from raise(),
 * which always resets the handler first, so the flags change nothing. */
#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

struct sigaction {
    sighandler_t sa_handler;
    sigset_t sa_mask;
    int sa_flags;
};

/* The longest name sig2str() writes, with its NUL ("VTALRM"). */
#define SIG2STR_MAX 8

sighandler_t signal(int signal_number, sighandler_t handler);
int raise(int signal_number);
int sigaction(int signal_number, const struct sigaction *__restrict action,
              struct sigaction *__restrict previous);

/* Sends a signal to process `pid`, or to process group -pid when pid < 0
 * (docs/ABI.md, kill). Returns 0, or -1 with errno (ESRCH, EINVAL, EPERM). */
int kill(pid_t pid, int signal_number);
int killpg(pid_t group, int signal_number);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int signal_number);
int sigdelset(sigset_t *set, int signal_number);
int sigismember(const sigset_t *set, int signal_number);

/* POSIX.1-2024: the name of a signal without "SIG" ("TERM"), and back; str2sig
 * also takes a decimal number. Both return 0, or -1 for an unknown signal. */
int sig2str(int signal_number, char *name);
int str2sig(const char *__restrict name, int *__restrict signal_number);

#ifdef __cplusplus
}
#endif

#endif
