/* wasi-run: runs a WASI program with only the directories and environment
 * variables named, as the wasmtime command line does:
 *   wasi-run [--dir PATH[::NAME]]... [--env NAME=VALUE]... PROGRAM [ARGS...]
 * `--dir PATH` preopens PATH under its own name, `--dir PATH::NAME` shows it
 * to the program as NAME (for example `--dir /tmp/x::/`). Without `--dir`
 * the program gets no directory at all; without `--env`, no variables.
 * Exits with the program's status (128 + N if signal N ended it). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <wasmos.h>

#define MOST 64

static void usage(FILE *stream) {
    fprintf(stream, "usage: wasi-run [--dir PATH[::NAME]]... [--env NAME=VALUE]... PROGRAM [ARGS...]\n");
}

static struct wasmos_word word(const char *text) {
    struct wasmos_word result = {text, (uint32_t)strlen(text)};
    return result;
}

int main(int argc, char **argv) {
    static struct wasmos_word preopens[2 * MOST];
    static struct wasmos_word environment[MOST];
    int preopen_count = 0, environment_count = 0;
    int index = 1;
    for (; index < argc; index++) {
        const char *option = argv[index];
        if (strcmp(option, "--help") == 0 || strcmp(option, "-h") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(option, "--") == 0) {
            index++;
            break;
        }
        if (strncmp(option, "--", 2) != 0)
            break;
        if (index + 1 >= argc) {
            fprintf(stderr, "wasi-run: %s needs a value\n", option);
            usage(stderr);
            return 2;
        }
        const char *value = argv[++index];
        if (strcmp(option, "--dir") == 0) {
            if (preopen_count == MOST) {
                fprintf(stderr, "wasi-run: at most %d directories\n", MOST);
                return 2;
            }
            /* PATH::NAME, or PATH under its own name. */
            const char *separator = strstr(value, "::");
            char *path = strdup(value);
            if (!path) {
                fprintf(stderr, "wasi-run: out of memory\n");
                return 2;
            }
            const char *name = value;
            if (separator) {
                path[separator - value] = '\0';
                name = separator + 2;
            }
            if (!*path || !*name) {
                fprintf(stderr, "wasi-run: --dir %s: empty path or name\n", value);
                return 2;
            }
            preopens[2 * preopen_count] = word(path);
            preopens[2 * preopen_count + 1] = word(name);
            preopen_count++;
        } else if (strcmp(option, "--env") == 0) {
            if (!strchr(value, '=') || value[0] == '=') {
                fprintf(stderr, "wasi-run: --env %s: expected NAME=VALUE\n", value);
                return 2;
            }
            if (environment_count == MOST) {
                fprintf(stderr, "wasi-run: at most %d variables\n", MOST);
                return 2;
            }
            environment[environment_count++] = word(value);
        } else {
            fprintf(stderr, "wasi-run: unknown option %s\n", option);
            usage(stderr);
            return 2;
        }
    }
    if (index >= argc) {
        usage(stderr);
        return 2;
    }
    int count = argc - index;
    struct wasmos_word *arguments = calloc((size_t)count, sizeof *arguments);
    if (!arguments) {
        fprintf(stderr, "wasi-run: out of memory\n");
        return 2;
    }
    for (int argument = 0; argument < count; argument++)
        arguments[argument] = word(argv[index + argument]);
    struct wasmos_spawn_options options = {
        .stdin_fd = WASMOS_FD_INHERIT,
        .stdout_fd = WASMOS_FD_INHERIT,
        .stderr_fd = WASMOS_FD_INHERIT,
        .group = WASMOS_GROUP_INHERIT,
        .cwd = NULL,
        .cwd_len = 0,
        .env = environment,
        .env_count = environment_count,
    };
    int pid = wasmos_spawn_preopened(arguments, count, &options, preopens, preopen_count);
    if (pid < 0) {
        fprintf(stderr, "wasi-run: %s: %s\n", argv[index], strerror(-pid));
        return 127;
    }
    int status;
    if (wasmos_wait(pid, &status, 0) != pid) {
        fprintf(stderr, "wasi-run: lost track of %s\n", argv[index]);
        return 1;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}
