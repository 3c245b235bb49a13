/* env: runs COMMAND with a changed environment, or prints the environment.
 *   env [-i] [-0] [-u NAME]... [-C DIR] [-] [NAME=VALUE]... [COMMAND [ARG]...]
 *   -i, -  start from an empty environment
 *   -u     remove NAME
 *   -0     end each printed variable with a NUL byte, not a newline
 *   -C     run COMMAND in directory DIR
 * COMMAND is found as the shell finds it (a bare name is /bin/NAME.wasm) and
 * started with posix_spawnp; env waits for it and exits with its status.
 * Statuses as GNU's: 125 env's own failure, 126 COMMAND could not run,
 * 127 COMMAND not found. Printing the inherited environment (no -i, no
 * COMMAND) reads /proc/<pid>/environ, which the kernel has to provide. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wasmos/tool_output.h>

#define EXIT_CANCELED 125
#define EXIT_CANNOT_INVOKE 126
#define EXIT_ENOENT 127

static void usage(FILE *stream) {
    fprintf(stream, "usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n"
                    "  -i, --ignore-environment  start with an empty environment\n"
                    "  -0, --null                end each output line with NUL, not newline\n"
                    "  -u, --unset=NAME          remove NAME from the environment\n"
                    "  -C, --chdir=DIR           change the working directory to DIR\n"
                    "A lone - implies -i. Without COMMAND, print the resulting environment.\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'env --help' for more information.\n");
    return EXIT_CANCELED;
}

/* The environment built from scratch with -i: "NAME=VALUE" strings. */
static char **fresh;
static size_t fresh_count;

/* Sets NAME=VALUE in the fresh environment, in place if NAME is there. */
static int fresh_set(char *assignment) {
    size_t name_length = (size_t)(strchr(assignment, '=') - assignment);
    for (size_t index = 0; index < fresh_count; index++) {
        if (strncmp(fresh[index], assignment, name_length + 1) == 0) {
            fresh[index] = assignment;
            return 0;
        }
    }
    char **bigger = realloc(fresh, (fresh_count + 2) * sizeof *fresh);
    if (!bigger)
        return -1;
    fresh = bigger;
    fresh[fresh_count++] = assignment;
    fresh[fresh_count] = NULL;
    return 0;
}

/* Prints the inherited environment from /proc/<pid>/environ (NUL-separated
 * NAME=VALUE entries, as on Linux). */
static int print_inherited(char terminator) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/environ", (int)getpid());
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "env: cannot list the inherited environment: %s: %s\n", path, strerror(errno));
        return EXIT_CANCELED;
    }
    char buffer[4096];
    ssize_t got;
    while ((got = read(fd, buffer, sizeof buffer)) > 0) {
        for (ssize_t index = 0; index < got; index++)
            putchar(buffer[index] ? buffer[index] : terminator);
    }
    close(fd);
    if (got < 0) {
        fprintf(stderr, "env: %s: %s\n", path, strerror(errno));
        return EXIT_CANCELED;
    }
    return 0;
}

/* Runs argv[0] with the environment `environment` (NULL: env's own) and
 * returns its status the way a shell reports it. */
static int run_command(char **argv, char **environment) {
    pid_t pid;
    fflush(stdout);
    int error = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environment);
    if (error) {
        fprintf(stderr, "env: %s: %s\n", wasmos_quote(argv[0]), strerror(error));
        return error == ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE;
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) {
        fprintf(stderr, "env: %s: %s\n", wasmos_quote(argv[0]), strerror(errno));
        return EXIT_CANCELED;
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* The value of an option that takes one: attached, "--long=VALUE" or the
 * next argument. NULL when it is missing (after saying so). */
static const char *option_value(int argc, char **argv, int *index, const char *rest, char letter) {
    if (*rest)
        return rest;
    if (*index + 1 < argc)
        return argv[++*index];
    fprintf(stderr, "env: option requires an argument -- '%c'\n", letter);
    return NULL;
}

int main(int argc, char **argv) {
    int ignore = 0;
    char terminator = '\n';
    const char *directory = NULL;
    /* -u names, applied before the assignments as GNU's env does. */
    const char **unset = calloc((size_t)argc, sizeof *unset);
    size_t unset_count = 0;
    if (!unset)
        return EXIT_CANCELED;
    int index = 1;
    /* Options end at the first operand: COMMAND's own options are its own. */
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--") == 0) {
            index++;
            break;
        }
        if (argument[1] == '-') {
            if (strcmp(argument, "--help") == 0) {
                usage(stdout);
                return 0;
            } else if (strcmp(argument, "--ignore-environment") == 0) {
                ignore = 1;
            } else if (strcmp(argument, "--null") == 0) {
                terminator = '\0';
            } else if (strncmp(argument, "--unset=", 8) == 0) {
                unset[unset_count++] = argument + 8;
            } else if (strncmp(argument, "--chdir=", 8) == 0) {
                directory = argument + 8;
            } else {
                fprintf(stderr, "env: unrecognized option '%s'\n", argument);
                return usage_error();
            }
            continue;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (*flag == 'i') {
                ignore = 1;
            } else if (*flag == '0') {
                terminator = '\0';
            } else if (*flag == 'u' || *flag == 'C') {
                const char *value = option_value(argc, argv, &index, flag + 1, *flag);
                if (!value)
                    return usage_error();
                if (*flag == 'u')
                    unset[unset_count++] = value;
                else
                    directory = value;
                break;
            } else {
                fprintf(stderr, "env: invalid option -- '%c'\n", *flag);
                return usage_error();
            }
        }
    }
    if (index < argc && strcmp(argv[index], "-") == 0) {
        ignore = 1;
        index++;
    }

    for (size_t name = 0; name < unset_count; name++) {
        if (!*unset[name] || strchr(unset[name], '=')) {
            fprintf(stderr, "env: cannot unset %s: %s\n", wasmos_quote(unset[name]), strerror(EINVAL));
            return EXIT_CANCELED;
        }
        if (!ignore)
            unsetenv(unset[name]);
    }
    if (ignore && !(fresh = calloc(1, sizeof *fresh)))
        return EXIT_CANCELED;
    for (; index < argc && strchr(argv[index], '=') && argv[index][0] != '='; index++) {
        char *equals = strchr(argv[index], '=');
        int failed;
        if (ignore) {
            failed = fresh_set(argv[index]);
        } else {
            *equals = '\0';
            failed = setenv(argv[index], equals + 1, 1);
            *equals = '=';
        }
        if (failed) {
            fprintf(stderr, "env: cannot set %s: %s\n", wasmos_quote(argv[index]), strerror(errno));
            return EXIT_CANCELED;
        }
    }

    if (index == argc) {
        if (directory) {
            fprintf(stderr, "env: must specify command with --chdir (-C)\n");
            return usage_error();
        }
        if (!ignore)
            return print_inherited(terminator);
        for (size_t entry = 0; entry < fresh_count; entry++)
            printf("%s%c", fresh[entry], terminator);
        return 0;
    }
    if (terminator == '\0') {
        fprintf(stderr, "env: cannot specify --null (-0) with command\n");
        return usage_error();
    }
    if (directory && chdir(directory) < 0) {
        fprintf(stderr, "env: cannot change directory to %s: %s\n", wasmos_quote(directory), strerror(errno));
        return EXIT_CANCELED;
    }
    return run_command(argv + index, ignore ? fresh : NULL);
}
