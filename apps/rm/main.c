/* rm: removes files.
 *   -r, -R  remove directories and their contents
 *   -d      remove empty directories
 *   -f      ignore missing files, never fail for want of operands
 *   -v      say what is removed: removed 'x', removed directory 'd'
 * As GNU's does, rm -r refuses "/" and directories named "." or "..".
 * Contents are removed in name order, each directory after what it held. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos/tool_output.h>

static int recursive, empty_directories, force, verbose;

static void usage(FILE *stream) {
    fprintf(stream, "usage: rm [-dfrRv] FILE...\n"
                    "  -d, --dir        remove empty directories\n"
                    "  -f, --force      ignore nonexistent files, never prompt\n"
                    "  -r, -R, --recursive  remove directories and their contents recursively\n"
                    "  -v, --verbose    explain what is being done\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'rm --help' for more information.\n");
    return 1;
}

static int report(const char *path, int error) {
    fprintf(stderr, "rm: cannot remove %s: %s\n", wasmos_quote(path), strerror(error));
    return 1;
}

/* Whether the last component of `path` is "." or "..". */
static int is_dot_or_dot_dot(const char *path) {
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        length--;
    size_t start = length;
    while (start > 0 && path[start - 1] != '/')
        start--;
    size_t name_length = length - start;
    return (name_length == 1 && path[start] == '.') ||
           (name_length == 2 && path[start] == '.' && path[start + 1] == '.');
}

static int remove_path(const char *path, int top_level);

/* Removes what `path` holds, then `path`. */
static int remove_tree(const char *path) {
    /* Collect the names first: removing while reading would disturb readdir. */
    DIR *directory = opendir(path);
    if (!directory)
        return report(path, errno);
    size_t count = 0, capacity = 16;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while (names && (entry = readdir(directory))) {
        if (count == capacity) {
            char **bigger = realloc(names, 2 * capacity * sizeof *names);
            if (!bigger)
                break;
            names = bigger;
            capacity *= 2;
        }
        names[count++] = strdup(entry->d_name);
    }
    closedir(directory);
    if (!names)
        return report(path, ENOMEM);
    int status = 0;
    size_t length = strlen(path);
    int slash = length > 0 && path[length - 1] != '/';
    for (size_t index = 0; index < count; index++) {
        char *child = names[index] ? malloc(length + strlen(names[index]) + 2) : NULL;
        if (child) {
            sprintf(child, "%s%s%s", path, slash ? "/" : "", names[index]);
            status |= remove_path(child, 0);
            free(child);
        } else {
            status = report(path, ENOMEM);
        }
        free(names[index]);
    }
    free(names);
    if (status)
        return status; /* what stays keeps the directory */
    if (rmdir(path) < 0)
        return report(path, errno);
    if (verbose)
        printf("removed directory %s\n", wasmos_quote(path));
    return 0;
}

/* Removes `path` (an operand when `top_level`). */
static int remove_path(const char *path, int top_level) {
    struct stat status;
    if (stat(path, &status) < 0) {
        if (force && errno == ENOENT)
            return 0;
        return report(path, errno);
    }
    if (S_ISDIR(status.st_mode)) {
        if (recursive && top_level && is_dot_or_dot_dot(path)) {
            fprintf(stderr, "rm: refusing to remove '.' or '..' directory: skipping %s\n", wasmos_quote(path));
            return 1;
        }
        if (recursive)
            return remove_tree(path);
        if (!empty_directories)
            return report(path, EISDIR);
        if (rmdir(path) < 0)
            return report(path, errno);
        if (verbose)
            printf("removed directory %s\n", wasmos_quote(path));
        return 0;
    }
    if (unlink(path) < 0)
        return report(path, errno);
    if (verbose)
        printf("removed %s\n", wasmos_quote(path));
    return 0;
}

/* Whether `path` names the root: slashes only. */
static int is_root(const char *path) {
    return *path == '/' && path[strspn(path, "/")] == '\0';
}

static int take_flag(char flag) {
    switch (flag) {
    case 'r':
    case 'R': recursive = 1; break;
    case 'd': empty_directories = 1; break;
    case 'f': force = 1; break;
    case 'v': verbose = 1; break;
    default: return -1;
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
        } else if (argument[1] == '-') {
            static const char *const long_names[] = {"--recursive", "--dir", "--force", "--verbose"};
            static const char letters[] = "rdfv";
            int known = 0;
            if (strcmp(argument, "--help") == 0) {
                usage(stdout);
                return 0;
            }
            for (int name = 0; name < 4; name++) {
                if (strcmp(argument, long_names[name]) == 0)
                    known = take_flag(letters[name]) == 0;
            }
            if (!known) {
                fprintf(stderr, "rm: unrecognized option '%s'\n", argument);
                return usage_error();
            }
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (take_flag(*flag) < 0) {
                    fprintf(stderr, "rm: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0) {
        if (force)
            return 0;
        fprintf(stderr, "rm: missing operand\n");
        return usage_error();
    }
    int status = 0;
    for (int index = 1; index <= operands; index++) {
        const char *path = argv[index];
        if (recursive && is_root(path)) {
            fprintf(stderr, "rm: it is dangerous to operate recursively on %s\n", wasmos_quote(path));
            fprintf(stderr, "rm: use --no-preserve-root to override this failsafe\n");
            status = 1;
        } else {
            status |= remove_path(path, 1);
        }
    }
    return status;
}
