/* mkdir: creates directories.
 *   -p  create missing parents too, and accept directories that exist
 *   -v  say so for each directory created: mkdir: created directory 'd'
 * (WasmOS's directories have no modes, so there is no -m.) */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <wasmos/tool_output.h>

static int parents, verbose;

static void usage(FILE *stream) {
    fprintf(stream, "usage: mkdir [-pv] DIRECTORY...\n"
                    "  -p, --parents  no error if existing, make parent directories as needed\n"
                    "  -v, --verbose  print a message for each created directory\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'mkdir --help' for more information.\n");
    return 1;
}

static int report(const char *path, int error) {
    fprintf(stderr, "mkdir: cannot create directory %s: %s\n", wasmos_quote(path), strerror(error));
    return 1;
}

/* Creates `path`; returns 0, or 1 after reporting. */
static int make(const char *path) {
    if (mkdir(path, 0755) < 0)
        return report(path, errno);
    if (verbose)
        printf("mkdir: created directory %s\n", wasmos_quote(path));
    return 0;
}

/* Creates each missing directory along `path` (which it changes and
 * restores); returns 0, or 1 after reporting. */
static int make_parents(char *path) {
    for (char *slash = path + 1;; slash++) {
        if (*slash && *slash != '/')
            continue;
        /* `path` up to here is a prefix to have as a directory. */
        if (slash[-1] == '/') {
            if (!*slash)
                break;
            continue;
        }
        char kept = *slash;
        *slash = '\0';
        struct stat status;
        int failed = 0;
        if (stat(path, &status) < 0)
            failed = make(path);
        else if (!S_ISDIR(status.st_mode))
            failed = report(path, kept ? ENOTDIR : EEXIST);
        *slash = kept;
        if (failed || !kept)
            return failed;
    }
    return 0;
}

int main(int argc, char **argv) {
    int operands = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            argv[++operands] = argument;
        } else if (strcmp(argument, "--") == 0) {
            options_done = 1;
        } else if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argument, "--parents") == 0) {
            parents = 1;
        } else if (strcmp(argument, "--verbose") == 0) {
            verbose = 1;
        } else if (argument[1] == '-') {
            fprintf(stderr, "mkdir: unrecognized option '%s'\n", argument);
            return usage_error();
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (*flag == 'p') {
                    parents = 1;
                } else if (*flag == 'v') {
                    verbose = 1;
                } else {
                    fprintf(stderr, "mkdir: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "mkdir: missing operand\n");
        return usage_error();
    }
    int status = 0;
    for (int index = 1; index <= operands; index++)
        status |= parents ? make_parents(argv[index]) : make(argv[index]);
    return status;
}
