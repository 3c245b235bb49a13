/* signal_names_test.c: sig2str() and str2sig() (POSIX.1-2024, which the
 * host's glibc lacks): every signal's name, names and numbers read back,
 * aliases, and what is refused. Compared with signal_names_test.expected. */
#include <signal.h>
#include <stdio.h>

int main(void) {
    char name[SIG2STR_MAX];
    for (int number = 0; number <= NSIG; number++) {
        if (sig2str(number, name) == 0)
            printf("%d %s\n", number, name);
        else
            printf("%d unknown\n", number);
    }
    const char *inputs[] = {"TERM", "KILL", "CONT", "TSTP", "VTALRM", "IOT", "CLD", "POLL", "9", "31",
                            "0",    "32",   "",     "SIGTERM", "term", "9x", "-1", "TERMINATE"};
    for (size_t index = 0; index < sizeof inputs / sizeof inputs[0]; index++) {
        int number = -1;
        int result = str2sig(inputs[index], &number);
        printf("str2sig(\"%s\"): %d, %d\n", inputs[index], result, result == 0 ? number : -1);
    }
    return 0;
}
