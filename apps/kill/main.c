/* kill: sends a signal (TERM unless told otherwise) to processes, or to a
 * whole process group for a negative PID; -l lists the signal names. */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(void) {
    fprintf(stderr, "usage: kill [-SIGNAL | -s SIGNAL] [--] PID...\n"
                    "       kill -l [SIGNAL | STATUS...]\n"
                    "A negative PID signals every process of group -PID.\n");
}

static int all_digits(const char *text) {
    if (!*text)
        return 0;
    for (; *text; text++) {
        if (!isdigit((unsigned char)*text))
            return 0;
    }
    return 1;
}

/* Reads a signal: a number (0 only checks that the process exists) or a
 * name, in any case, with or without "SIG". Returns 0, or -1 if unknown. */
static int parse_signal(const char *text, int *signal_number) {
    if (all_digits(text)) {
        long value = strtol(text, NULL, 10);
        if (strlen(text) > 3 || value >= NSIG)
            return -1;
        *signal_number = (int)value;
        return 0;
    }
    char name[SIG2STR_MAX + 3];
    size_t length = strlen(text);
    if (length >= sizeof name)
        return -1;
    for (size_t index = 0; index <= length; index++)
        name[index] = (char)toupper((unsigned char)text[index]);
    const char *bare = strncmp(name, "SIG", 3) == 0 ? name + 3 : name;
    if (all_digits(bare))
        return -1;
    return str2sig(bare, signal_number);
}

/* Reads a process id: an int, negative for a process group. */
static int parse_pid(const char *text, int *pid) {
    const char *digits = text[0] == '-' ? text + 1 : text;
    if (!all_digits(digits) || strlen(digits) > 10)
        return -1;
    long long value = strtoll(text, NULL, 10);
    if (value > 0x7fffffff || value < -0x7fffffff)
        return -1;
    *pid = (int)value;
    return 0;
}

/* kill -l: every name, or the name of each number (an exit status above 128
 * stands for 128 + signal) and the number of each name. */
static int list_signals(int count, char **arguments) {
    char name[SIG2STR_MAX];
    if (count == 0) {
        int column = 0;
        for (int number = 1; number < NSIG; number++) {
            if (sig2str(number, name) < 0)
                continue;
            int width = (int)strlen(name);
            if (column > 0 && column + 1 + width > 72) {
                printf("\n");
                column = 0;
            }
            printf("%s%s", column > 0 ? " " : "", name);
            column += (column > 0 ? 1 : 0) + width;
        }
        printf("\n");
        return 0;
    }
    int status = 0;
    for (int index = 0; index < count; index++) {
        const char *argument = arguments[index];
        int number;
        if (all_digits(argument) && strlen(argument) <= 3) {
            number = atoi(argument);
            if (number > 128)
                number -= 128;
            if (sig2str(number, name) == 0) {
                printf("%s\n", name);
                continue;
            }
        } else if (parse_signal(argument, &number) == 0) {
            printf("%d\n", number);
            continue;
        }
        fprintf(stderr, "kill: unknown signal: %s\n", argument);
        status = 1;
    }
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage();
        return 2;
    }
    int signal_number = SIGTERM;
    int first = 1;
    const char *option = argv[1];
    if (strcmp(option, "-l") == 0)
        return list_signals(argc - 2, argv + 2);
    if (strcmp(option, "-s") == 0) {
        if (argc < 3) {
            fprintf(stderr, "kill: option -s needs a signal\n");
            usage();
            return 2;
        }
        if (parse_signal(argv[2], &signal_number) < 0) {
            fprintf(stderr, "kill: unknown signal: %s\n", argv[2]);
            usage();
            return 2;
        }
        first = 3;
    } else if (option[0] == '-' && option[1] && strcmp(option, "--") != 0) {
        if (parse_signal(option + 1, &signal_number) < 0) {
            fprintf(stderr, "kill: unknown signal: %s\n", option + 1);
            usage();
            return 2;
        }
        first = 2;
    }
    if (first < argc && strcmp(argv[first], "--") == 0)
        first++;
    if (first >= argc) {
        fprintf(stderr, "kill: no process id given\n");
        usage();
        return 2;
    }
    /* Every PID is checked before any signal is sent. */
    for (int index = first; index < argc; index++) {
        int pid;
        if (parse_pid(argv[index], &pid) < 0) {
            fprintf(stderr, "kill: not a process id: %s\n", argv[index]);
            usage();
            return 2;
        }
    }
    int status = 0;
    for (int index = first; index < argc; index++) {
        int pid = 0;
        parse_pid(argv[index], &pid);
        if (kill(pid, signal_number) < 0) {
            fprintf(stderr, "kill: (%s): %s\n", argv[index], strerror(errno));
            status = 1;
        }
    }
    return status;
}
