/* walk: prints the tree of the folders named (the working directory without
 * any), like `tree`, with each file's size and a closing count.
 *
 *     walk [-a] [-d] [-h] [-L DEPTH] [PATH...]
 *
 * -a  shows entries whose names start with `.`
 * -d  shows directories only
 * -h  sizes in K, M, G (powers of 1024) instead of bytes
 * -L  descends at most DEPTH levels below each PATH
 *
 * A WASI program built against wasi-libc (not stdlib/c): opendir, readdir,
 * lstat and readlink become fd_readdir, path_filestat_get and path_readlink. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct options {
    int all;
    int directories_only;
    int human;
    long max_depth; /* -1: no limit */
};

struct totals {
    long long directories;
    long long files;
    long long bytes;
    int errors;
};

struct entry {
    char *name;
    struct stat status;
    int status_known;
};

static const char *program = "walk";

static void usage(void) {
    fprintf(stderr, "usage: %s [-a] [-d] [-h] [-L DEPTH] [PATH...]\n", program);
}

/* The size for people: bytes, or with -h one decimal and a unit. */
static void format_size(long long size, int human, char *text, size_t capacity) {
    if (!human || size < 1024) {
        snprintf(text, capacity, "%lld", size);
        return;
    }
    const char *units = "KMGTP";
    double value = (double)size;
    int unit = -1;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        unit++;
    }
    snprintf(text, capacity, "%.1f%c", value, units[unit]);
}

static int compare_entries(const void *left, const void *right) {
    const struct entry *a = left, *b = right;
    return strcmp(a->name, b->name);
}

static void free_entries(struct entry *entries, size_t count) {
    for (size_t index = 0; index < count; index++)
        free(entries[index].name);
    free(entries);
}

/* Reads the entries of `path` (without `.` and `..`, hidden ones only with
 * -a, directories only with -d), each with its lstat, sorted by name.
 * Returns -1 with errno set. */
static int read_entries(const char *path, const struct options *options, struct entry **result, size_t *count) {
    DIR *directory = opendir(path);
    if (!directory)
        return -1;
    struct entry *entries = NULL;
    size_t used = 0, capacity = 0;
    struct dirent *item;
    errno = 0;
    while ((item = readdir(directory)) != NULL) {
        const char *name = item->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
            continue;
        if (name[0] == '.' && !options->all)
            continue;
        if (used == capacity) {
            size_t grown = capacity ? capacity * 2 : 16;
            struct entry *bigger = realloc(entries, grown * sizeof *entries);
            if (!bigger) {
                free_entries(entries, used);
                closedir(directory);
                errno = ENOMEM;
                return -1;
            }
            entries = bigger;
            capacity = grown;
        }
        struct entry *entry = &entries[used];
        char child[PATH_MAX];
        snprintf(child, sizeof child, "%s/%s", strcmp(path, "/") == 0 ? "" : path, name);
        entry->status_known = lstat(child, &entry->status) == 0;
        if (options->directories_only && !(entry->status_known && S_ISDIR(entry->status.st_mode))) {
            errno = 0;
            continue;
        }
        entry->name = strdup(name);
        if (!entry->name) {
            free_entries(entries, used);
            closedir(directory);
            errno = ENOMEM;
            return -1;
        }
        used++;
        errno = 0;
    }
    int saved = errno;
    closedir(directory);
    if (saved != 0) {
        free_entries(entries, used);
        errno = saved;
        return -1;
    }
    if (used > 1)
        qsort(entries, used, sizeof *entries, compare_entries);
    *result = entries;
    *count = used;
    return 0;
}

/* Prints the entries of the folder `path`, each line after `prefix`. */
static void walk(const char *path, const char *prefix, long depth, const struct options *options,
                 struct totals *totals) {
    struct entry *entries = NULL;
    size_t count = 0;
    if (read_entries(path, options, &entries, &count) != 0) {
        fprintf(stderr, "%s: %s: %s\n", program, path, strerror(errno));
        totals->errors = 1;
        return;
    }
    for (size_t index = 0; index < count; index++) {
        struct entry *entry = &entries[index];
        int last = index + 1 == count;
        int is_directory = entry->status_known && S_ISDIR(entry->status.st_mode);
        int is_link = entry->status_known && S_ISLNK(entry->status.st_mode);
        char child[PATH_MAX];
        snprintf(child, sizeof child, "%s/%s", strcmp(path, "/") == 0 ? "" : path, entry->name);
        printf("%s%s%s", prefix, last ? "`-- " : "|-- ", entry->name);
        if (!entry->status_known) {
            printf("  [cannot stat]\n");
        } else if (is_directory) {
            printf("/\n");
            totals->directories++;
        } else if (is_link) {
            char target[PATH_MAX];
            ssize_t length = readlink(child, target, sizeof target - 1);
            target[length < 0 ? 0 : length] = '\0';
            printf(" -> %s\n", length < 0 ? "?" : target);
            totals->files++;
        } else {
            char size[32];
            format_size((long long)entry->status.st_size, options->human, size, sizeof size);
            printf("  %s\n", size);
            totals->files++;
            totals->bytes += (long long)entry->status.st_size;
        }
        if (is_directory && (options->max_depth < 0 || depth + 1 < options->max_depth)) {
            char deeper[PATH_MAX];
            snprintf(deeper, sizeof deeper, "%s%s", prefix, last ? "    " : "|   ");
            walk(child, deeper, depth + 1, options, totals);
        }
    }
    free_entries(entries, count);
}

int main(int argc, char **argv) {
    struct options options = {0, 0, 0, -1};
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1] != '\0'; index++) {
        const char *flag = argv[index];
        if (strcmp(flag, "--") == 0) {
            index++;
            break;
        }
        if (strcmp(flag, "--help") == 0) {
            usage();
            return 0;
        }
        if (strcmp(flag, "-L") == 0) {
            char *end;
            if (index + 1 >= argc) {
                usage();
                return 2;
            }
            options.max_depth = strtol(argv[++index], &end, 10);
            if (*end != '\0' || options.max_depth < 1) {
                fprintf(stderr, "%s: -L wants a depth of 1 or more\n", program);
                return 2;
            }
            continue;
        }
        for (const char *letter = flag + 1; *letter; letter++) {
            switch (*letter) {
            case 'a':
                options.all = 1;
                break;
            case 'd':
                options.directories_only = 1;
                break;
            case 'h':
                options.human = 1;
                break;
            default:
                fprintf(stderr, "%s: unknown option -%c\n", program, *letter);
                usage();
                return 2;
            }
        }
    }
    const char *here[] = {"."};
    const char **paths = index < argc ? (const char **)&argv[index] : here;
    int path_count = index < argc ? argc - index : 1;
    struct totals totals = {0, 0, 0, 0};
    for (int path = 0; path < path_count; path++) {
        struct stat status;
        if (stat(paths[path], &status) != 0) {
            fprintf(stderr, "%s: %s: %s\n", program, paths[path], strerror(errno));
            totals.errors = 1;
            continue;
        }
        if (!S_ISDIR(status.st_mode)) {
            fprintf(stderr, "%s: %s: %s\n", program, paths[path], strerror(ENOTDIR));
            totals.errors = 1;
            continue;
        }
        printf("%s\n", paths[path]);
        walk(paths[path], "", 0, &options, &totals);
    }
    char bytes[32];
    format_size(totals.bytes, options.human, bytes, sizeof bytes);
    const char *directories = totals.directories == 1 ? "directory" : "directories";
    if (options.directories_only)
        printf("\n%lld %s\n", totals.directories, directories);
    else
        printf("\n%lld %s, %lld file%s, %s%s\n", totals.directories, directories, totals.files,
               totals.files == 1 ? "" : "s", bytes,
               options.human && totals.bytes >= 1024 ? "" : totals.bytes == 1 ? " byte" : " bytes");
    return totals.errors;
}
