/* mv: renames SOURCE to DEST, or moves SOURCEs into the directory DEST.
 *   -f  never ask before overwriting (mv never asks: cancels -n)
 *   -n  do not overwrite an existing file
 *   -v  say what is moved: renamed 'SOURCE' -> 'DEST'
 * Messages and statuses are GNU's. */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wasmos/tool_output.h>

static int no_clobber, verbose;

static void usage(FILE *stream) {
    fprintf(stream, "usage: mv [-fnv] SOURCE DEST\n"
                    "   or: mv [-fnv] SOURCE... DIRECTORY\n"
                    "  -f, --force       do not prompt before overwriting (the default)\n"
                    "  -n, --no-clobber  do not overwrite an existing file\n"
                    "  -v, --verbose     explain what is being done\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'mv --help' for more information.\n");
    return 1;
}

/* The last component of `path`, ignoring trailing slashes, in a new string. */
static char *last_component(const char *path) {
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        length--;
    size_t start = length;
    while (start > 0 && path[start - 1] != '/')
        start--;
    return strndup(path + start, length - start);
}

/* The canonical form of `path`, whose last component may not exist yet. */
static int canonical_target(const char *path, char result[PATH_MAX]) {
    if (realpath(path, result))
        return 0;
    char *copy = strdup(path);
    char *name = last_component(path);
    char parent[PATH_MAX];
    int failed = !copy || !name || !realpath(dirname(copy), parent) ||
                 snprintf(result, PATH_MAX, "%s%s%s", parent, strcmp(parent, "/") ? "/" : "", name) >= PATH_MAX;
    free(copy);
    free(name);
    return failed ? -1 : 0;
}

static int move(const char *source, const char *target) {
    struct stat source_status, target_status;
    if (stat(source, &source_status) < 0) {
        fprintf(stderr, "mv: cannot stat %s: %s\n", wasmos_quote(source), strerror(errno));
        return 1;
    }
    int target_exists = stat(target, &target_status) == 0;
    char source_canonical[PATH_MAX], target_canonical[PATH_MAX];
    if (realpath(source, source_canonical) && canonical_target(target, target_canonical) == 0) {
        size_t length = strlen(source_canonical);
        if (strcmp(source_canonical, target_canonical) == 0 && !S_ISDIR(source_status.st_mode)) {
            fprintf(stderr, "mv: %s and %s are the same file\n", wasmos_quote(source), wasmos_quote(target));
            return 1;
        }
        if (S_ISDIR(source_status.st_mode) && strncmp(target_canonical, source_canonical, length) == 0 &&
            (target_canonical[length] == '/' || target_canonical[length] == '\0')) {
            fprintf(stderr, "mv: cannot move %s to a subdirectory of itself, %s\n", wasmos_quote(source),
                    wasmos_quote(target));
            return 1;
        }
    }
    if (target_exists) {
        if (no_clobber)
            return 0;
        if (S_ISDIR(source_status.st_mode) && !S_ISDIR(target_status.st_mode)) {
            fprintf(stderr, "mv: cannot overwrite non-directory %s with directory %s\n", wasmos_quote(target),
                    wasmos_quote(source));
            return 1;
        }
        if (!S_ISDIR(source_status.st_mode) && S_ISDIR(target_status.st_mode)) {
            fprintf(stderr, "mv: cannot overwrite directory %s with non-directory\n", wasmos_quote(target));
            return 1;
        }
    }
    if (rename(source, target) < 0) {
        fprintf(stderr, "mv: cannot move %s to %s: %s\n", wasmos_quote(source), wasmos_quote(target),
                strerror(errno));
        return 1;
    }
    if (verbose)
        printf("renamed %s -> %s\n", wasmos_quote(source), wasmos_quote(target));
    return 0;
}

static int take_flag(char flag) {
    if (flag == 'f')
        no_clobber = 0;
    else if (flag == 'n')
        no_clobber = 1;
    else if (flag == 'v')
        verbose = 1;
    else
        return -1;
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
        } else if (argument[1] == '-') {
            static const char *const long_names[] = {"--force", "--no-clobber", "--verbose"};
            static const char letters[] = "fnv";
            int known = 0;
            if (strcmp(argument, "--help") == 0) {
                usage(stdout);
                return 0;
            }
            for (int name = 0; name < 3; name++) {
                if (strcmp(argument, long_names[name]) == 0)
                    known = take_flag(letters[name]) == 0;
            }
            if (!known) {
                fprintf(stderr, "mv: unrecognized option '%s'\n", argument);
                return usage_error();
            }
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (take_flag(*flag) < 0) {
                    fprintf(stderr, "mv: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "mv: missing file operand\n");
        return usage_error();
    }
    if (operands == 1) {
        fprintf(stderr, "mv: missing destination file operand after %s\n", wasmos_quote(argv[1]));
        return usage_error();
    }
    const char *destination = argv[operands];
    struct stat destination_status;
    int destination_exists = stat(destination, &destination_status) == 0;
    if (!destination_exists || !S_ISDIR(destination_status.st_mode)) {
        if (operands > 2) {
            fprintf(stderr, "mv: target %s: %s\n", wasmos_quote(destination),
                    strerror(destination_exists ? ENOTDIR : ENOENT));
            return 1;
        }
        return move(argv[1], destination);
    }
    int status = 0;
    for (int index = 1; index < operands; index++) {
        char *name = last_component(argv[index]);
        size_t length = strlen(destination);
        char *target = name ? malloc(length + strlen(name) + 2) : NULL;
        if (!target) {
            fprintf(stderr, "mv: %s\n", strerror(ENOMEM));
            return 1;
        }
        while (length > 1 && destination[length - 1] == '/')
            length--;
        sprintf(target, "%.*s%s%s", (int)length, destination, destination[length - 1] == '/' ? "" : "/", name);
        status |= move(argv[index], target);
        free(name);
        free(target);
    }
    return status;
}
