/* signal_names.c: sig2str() and str2sig(), the signal names without "SIG". */
#include <signal.h>
#include <string.h>

/* Indexed by signal number; each fits SIG2STR_MAX with its NUL. */
static const char *const names[NSIG] = {
    [SIGHUP] = "HUP",     [SIGINT] = "INT",       [SIGQUIT] = "QUIT",   [SIGILL] = "ILL",
    [SIGTRAP] = "TRAP",   [SIGABRT] = "ABRT",     [SIGBUS] = "BUS",     [SIGFPE] = "FPE",
    [SIGKILL] = "KILL",   [SIGUSR1] = "USR1",     [SIGSEGV] = "SEGV",   [SIGUSR2] = "USR2",
    [SIGPIPE] = "PIPE",   [SIGALRM] = "ALRM",     [SIGTERM] = "TERM",   [SIGSTKFLT] = "STKFLT",
    [SIGCHLD] = "CHLD",   [SIGCONT] = "CONT",     [SIGSTOP] = "STOP",   [SIGTSTP] = "TSTP",
    [SIGTTIN] = "TTIN",   [SIGTTOU] = "TTOU",     [SIGURG] = "URG",     [SIGXCPU] = "XCPU",
    [SIGXFSZ] = "XFSZ",   [SIGVTALRM] = "VTALRM", [SIGPROF] = "PROF",   [SIGWINCH] = "WINCH",
    [SIGIO] = "IO",       [SIGPWR] = "PWR",       [SIGSYS] = "SYS",
};

/* Other names str2sig() accepts for the same signals. */
static const struct {
    const char *name;
    int signal_number;
} aliases[] = {
    {"IOT", SIGIOT},
    {"POLL", SIGPOLL},
    {"CLD", SIGCHLD},
};

int sig2str(int signal_number, char *name) {
    if (signal_number <= 0 || signal_number >= NSIG)
        return -1;
    strcpy(name, names[signal_number]);
    return 0;
}

int str2sig(const char *name, int *signal_number) {
    if (name[0] >= '0' && name[0] <= '9') {
        int value = 0;
        for (const char *digit = name; *digit; digit++) {
            if (*digit < '0' || *digit > '9' || value >= NSIG)
                return -1;
            value = value * 10 + (*digit - '0');
        }
        if (value <= 0 || value >= NSIG)
            return -1;
        *signal_number = value;
        return 0;
    }
    for (int number = 1; number < NSIG; number++) {
        if (strcmp(name, names[number]) == 0) {
            *signal_number = number;
            return 0;
        }
    }
    for (size_t index = 0; index < sizeof aliases / sizeof aliases[0]; index++) {
        if (strcmp(name, aliases[index].name) == 0) {
            *signal_number = aliases[index].signal_number;
            return 0;
        }
    }
    return -1;
}
