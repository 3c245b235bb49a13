/* touch: creates each FILE that does not exist, empty, and marks each one
 * that does as modified now (an empty write: WasmOS has no call that sets a
 * time, and its files keep only the modification time).
 *   -c, --no-create  create nothing: a missing FILE is left missing
 * A directory is accepted and left as it is. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wasmos/tool_output.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: touch [-c] FILE...\n"
                    "  -c, --no-create  do not create any files\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'touch --help' for more information.\n");
    return 1;
}

/* Touches one file; returns 0 or 1 after reporting. */
static int touch(const char *path, int create) {
    int fd = open(path, O_WRONLY | (create ? O_CREAT : 0), 0644);
    if (fd < 0 && errno == EISDIR)
        return 0;
    if (fd < 0 && !create && errno == ENOENT)
        return 0;
    if (fd < 0 || write(fd, "", 0) < 0) {
        fprintf(stderr, "touch: cannot touch %s: %s\n", wasmos_quote(path), strerror(errno));
        if (fd >= 0)
            close(fd);
        return 1;
    }
    close(fd);
    return 0;
}

int main(int argc, char **argv) {
    int create = 1, operands = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            argv[++operands] = argument;
        } else if (strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argument, "--no-create") == 0) {
            create = 0;
        } else if (argument[1] == '-') {
            fprintf(stderr, "touch: unrecognized option '%s'\n", argument);
            return usage_error();
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (*flag != 'c') {
                    fprintf(stderr, "touch: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
                create = 0;
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "touch: missing file operand\n");
        return usage_error();
    }
    int status = 0;
    for (int index = 1; index <= operands; index++)
        status |= touch(argv[index], create);
    return status;
}
