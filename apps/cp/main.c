/* cp: copies SOURCE to DEST, or SOURCEs into the directory DEST.
 *   -r, -R  copy directories with their contents
 *   -f      if a destination file cannot be opened, remove it and try again
 *   -n      do not overwrite an existing file
 *   -v      say what is copied: 'SOURCE' -> 'DEST'
 * Messages and statuses are GNU's. WasmOS files have no owners, modes to
 * keep or times that can be set, so nothing else is copied but contents. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos/tool_output.h>

static int recursive, force, no_clobber, verbose;

static void usage(FILE *stream) {
    fprintf(stream, "usage: cp [-fnrRv] SOURCE DEST\n"
                    "   or: cp [-fnrRv] SOURCE... DIRECTORY\n"
                    "  -f, --force      if a destination file cannot be opened, remove it and try again\n"
                    "  -n, --no-clobber do not overwrite an existing file\n"
                    "  -r, -R, --recursive  copy directories recursively\n"
                    "  -v, --verbose    explain what is being done\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'cp --help' for more information.\n");
    return 1;
}

/* `directory`/`name`, without doubling the slash: NULL without memory. */
static char *join_path(const char *directory, const char *name) {
    size_t length = strlen(directory);
    while (length > 1 && directory[length - 1] == '/')
        length--;
    char *path = malloc(length + strlen(name) + 2);
    if (path)
        sprintf(path, "%.*s%s%s", (int)length, directory, directory[length - 1] == '/' ? "" : "/", name);
    return path;
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

/* Whether `inner` is `outer` or lies below it (both canonical). */
static int is_within(const char *inner, const char *outer) {
    size_t length = strlen(outer);
    if (strcmp(outer, "/") == 0)
        return 1;
    return strncmp(inner, outer, length) == 0 && (inner[length] == '\0' || inner[length] == '/');
}

/* The canonical form of `path`, whose last component may not exist yet:
 * its parent's canonical form and its name. Returns 0 or -1. */
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

static int copy_contents(const char *source, const char *target) {
    int input = open(source, O_RDONLY);
    if (input < 0) {
        fprintf(stderr, "cp: cannot open %s for reading: %s\n", wasmos_quote(source), strerror(errno));
        return 1;
    }
    int output = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (output < 0 && force && errno != ENOENT && errno != ENOTDIR && unlink(target) == 0)
        output = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (output < 0) {
        fprintf(stderr, "cp: cannot create regular file %s: %s\n", wasmos_quote(target), strerror(errno));
        close(input);
        return 1;
    }
    static char buffer[16384];
    int status = 0;
    for (;;) {
        ssize_t count = read(input, buffer, sizeof buffer);
        if (count < 0) {
            fprintf(stderr, "cp: error reading %s: %s\n", wasmos_quote(source), strerror(errno));
            status = 1;
            break;
        }
        if (count == 0)
            break;
        for (ssize_t done = 0; done < count;) {
            ssize_t written = write(output, buffer + done, (size_t)(count - done));
            if (written <= 0) {
                fprintf(stderr, "cp: error writing %s: %s\n", wasmos_quote(target), strerror(errno));
                status = 1;
                break;
            }
            done += written;
        }
        if (status)
            break;
    }
    close(input);
    close(output);
    return status;
}

static int copy_path(const char *source, const char *target);

static int copy_tree(const char *source, const char *target, int target_exists) {
    if (!target_exists) {
        if (mkdir(target, 0755) < 0) {
            fprintf(stderr, "cp: cannot create directory %s: %s\n", wasmos_quote(target), strerror(errno));
            return 1;
        }
        if (verbose)
            printf("%s -> %s\n", wasmos_quote(source), wasmos_quote(target));
    }
    DIR *directory = opendir(source);
    if (!directory) {
        fprintf(stderr, "cp: cannot access %s: %s\n", wasmos_quote(source), strerror(errno));
        return 1;
    }
    int status = 0;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        char *child_source = join_path(source, entry->d_name);
        char *child_target = join_path(target, entry->d_name);
        if (child_source && child_target)
            status |= copy_path(child_source, child_target);
        else
            status = 1;
        free(child_source);
        free(child_target);
    }
    closedir(directory);
    return status;
}

/* Copies one source to exactly `target`. */
static int copy_path(const char *source, const char *target) {
    struct stat source_status, target_status;
    if (stat(source, &source_status) < 0) {
        fprintf(stderr, "cp: cannot stat %s: %s\n", wasmos_quote(source), strerror(errno));
        return 1;
    }
    int target_exists = stat(target, &target_status) == 0;
    char source_canonical[PATH_MAX], target_canonical[PATH_MAX];
    int canonical = realpath(source, source_canonical) && canonical_target(target, target_canonical) == 0;
    if (S_ISDIR(source_status.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "cp: -r not specified; omitting directory %s\n", wasmos_quote(source));
            return 1;
        }
        if (target_exists && !S_ISDIR(target_status.st_mode)) {
            fprintf(stderr, "cp: cannot overwrite non-directory %s with directory %s\n", wasmos_quote(target),
                    wasmos_quote(source));
            return 1;
        }
        if (canonical && is_within(target_canonical, source_canonical)) {
            fprintf(stderr, "cp: cannot copy a directory, %s, into itself, %s\n", wasmos_quote(source),
                    wasmos_quote(target));
            return 1;
        }
        return copy_tree(source, target, target_exists);
    }
    if (target_exists) {
        if (S_ISDIR(target_status.st_mode)) {
            fprintf(stderr, "cp: cannot overwrite directory %s with non-directory\n", wasmos_quote(target));
            return 1;
        }
        if (canonical && strcmp(source_canonical, target_canonical) == 0) {
            fprintf(stderr, "cp: %s and %s are the same file\n", wasmos_quote(source), wasmos_quote(target));
            return 1;
        }
        if (no_clobber)
            return 0;
    }
    if (!target_exists && target[strlen(target) - 1] == '/') {
        fprintf(stderr, "cp: cannot create regular file %s: %s\n", wasmos_quote(target), strerror(ENOTDIR));
        return 1;
    }
    int status = copy_contents(source, target);
    if (status == 0 && verbose)
        printf("%s -> %s\n", wasmos_quote(source), wasmos_quote(target));
    return status;
}

static int take_flag(char flag) {
    switch (flag) {
    case 'r':
    case 'R': recursive = 1; break;
    case 'f':
        force = 1;
        no_clobber = 0;
        break;
    case 'n':
        no_clobber = 1;
        force = 0;
        break;
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
            static const char *const long_names[] = {"--recursive", "--force", "--no-clobber", "--verbose"};
            static const char letters[] = "rfnv";
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
                fprintf(stderr, "cp: unrecognized option '%s'\n", argument);
                return usage_error();
            }
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (take_flag(*flag) < 0) {
                    fprintf(stderr, "cp: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0) {
        fprintf(stderr, "cp: missing file operand\n");
        return usage_error();
    }
    if (operands == 1) {
        fprintf(stderr, "cp: missing destination file operand after %s\n", wasmos_quote(argv[1]));
        return usage_error();
    }
    const char *destination = argv[operands];
    struct stat destination_status;
    int destination_is_directory = stat(destination, &destination_status) == 0 && S_ISDIR(destination_status.st_mode);
    if (!destination_is_directory) {
        if (operands > 2) {
            int error = stat(destination, &destination_status) < 0 ? errno : ENOTDIR;
            fprintf(stderr, "cp: target %s: %s\n", wasmos_quote(destination), strerror(error));
            return 1;
        }
        return copy_path(argv[1], destination);
    }
    int status = 0;
    for (int index = 1; index < operands; index++) {
        char *name = last_component(argv[index]);
        char *target = name ? join_path(destination, name) : NULL;
        if (!target) {
            fprintf(stderr, "cp: %s\n", strerror(ENOMEM));
            return 1;
        }
        status |= copy_path(argv[index], target);
        free(name);
        free(target);
    }
    return status;
}
