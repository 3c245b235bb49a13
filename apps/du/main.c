/* du: sums the sizes of files and directory trees.
 * WasmOS's files have no disk blocks: du counts apparent sizes (what
 * `du --apparent-size` counts), a directory's own entry counting 0 bytes,
 * and shows each sum rounded up to the unit, 1024 bytes by default.
 *   -a  every file, not only directories    -s  only each operand's total
 *   -c  a grand total at the end            -d N, --max-depth=N  stop listing below depth N
 *   -b  bytes   -k  KiB   -m  MiB   -h  1.5K 12M form (the last of these wins)
 *   -0  end each line with NUL              --apparent-size  (always the case)
 * Entries come in name order; a file met twice (as two operands, or inside
 * an operand already counted) is counted once, as GNU's does. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wasmos/tool_output.h>

static void usage(FILE *stream) {
    fprintf(stream, "usage: du [-abchkms0] [-d N] [FILE]...\n"
                    "  -a, --all              write counts for all files, not just directories\n"
                    "  -b, --bytes            sizes in bytes\n"
                    "  -c, --total            produce a grand total\n"
                    "  -d, --max-depth=N      list a directory only if it is N or fewer levels down\n"
                    "  -h, --human-readable   sizes like 1K 234M 2G\n"
                    "  -k                     sizes in KiB (the default)\n"
                    "  -m                     sizes in MiB\n"
                    "  -s, --summarize        display only a total for each argument\n"
                    "  -0, --null             end each output line with NUL, not newline\n"
                    "      --apparent-size    print apparent sizes (the only ones WasmOS has)\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'du --help' for more information.\n");
    return 1;
}

static int show_all;
static long max_depth = -1; /* -1: no limit */
static unsigned long long unit = 1024; /* 0: human-readable */
static char terminator = '\n';
static int status;

/* ---- the files already counted: a set of canonical paths ---------------- */

static char **seen;
static size_t seen_capacity, seen_count;

static size_t hash_of(const char *text) {
    size_t hash = 2166136261u;
    for (; *text; text++)
        hash = (hash ^ (unsigned char)*text) * 16777619u;
    return hash;
}

/* Adds `path`; returns 1 if it was new, 0 if already there, -1 without memory. */
static int remember(const char *path) {
    if (2 * (seen_count + 1) > seen_capacity) {
        size_t capacity = seen_capacity ? seen_capacity * 2 : 64;
        char **bigger = calloc(capacity, sizeof *bigger);
        if (!bigger)
            return -1;
        for (size_t index = 0; index < seen_capacity; index++) {
            if (!seen[index])
                continue;
            size_t slot = hash_of(seen[index]) & (capacity - 1);
            while (bigger[slot])
                slot = (slot + 1) & (capacity - 1);
            bigger[slot] = seen[index];
        }
        free(seen);
        seen = bigger;
        seen_capacity = capacity;
    }
    size_t slot = hash_of(path) & (seen_capacity - 1);
    for (; seen[slot]; slot = (slot + 1) & (seen_capacity - 1)) {
        if (strcmp(seen[slot], path) == 0)
            return 0;
    }
    if (!(seen[slot] = strdup(path)))
        return -1;
    seen_count++;
    return 1;
}

/* ---- printing and walking ------------------------------------------------ */

static void print_size(unsigned long long bytes, const char *name) {
    char text[32];
    if (unit == 0)
        wasmos_human_size(bytes, text, sizeof text);
    else
        snprintf(text, sizeof text, "%llu", bytes / unit + (bytes % unit != 0));
    printf("%s\t%s%c", text, name, terminator);
}

static char *join_path(const char *directory, const char *name) {
    size_t length = strlen(directory);
    int slash = length > 0 && directory[length - 1] != '/';
    char *path = malloc(length + strlen(name) + 2);
    if (path)
        sprintf(path, "%s%s%s", directory, slash ? "/" : "", name);
    return path;
}

/* Sorted names of a directory's entries, NULL-terminated; NULL on error. */
static char **read_names(const char *path) {
    DIR *directory = opendir(path);
    if (!directory)
        return NULL;
    size_t count = 0, capacity = 16;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while (names && (entry = readdir(directory))) {
        if (count + 1 == capacity) {
            char **bigger = realloc(names, 2 * capacity * sizeof *names);
            if (!bigger) {
                free(names);
                names = NULL;
                break;
            }
            names = bigger;
            capacity *= 2;
        }
        names[count] = strdup(entry->d_name);
        if (names[count])
            count++;
    }
    closedir(directory);
    if (!names) {
        errno = ENOMEM;
        return NULL;
    }
    names[count] = NULL;
    return names; /* readdir gives names in order already */
}

/* Counts `path` (known as `canonical`), printing what the options ask for;
 * returns its size in bytes. */
static unsigned long long walk(const char *path, const char *canonical, long depth) {
    struct stat status_of_path;
    if (stat(path, &status_of_path) < 0) {
        fprintf(stderr, "du: cannot access %s: %s\n", wasmos_quote(path), strerror(errno));
        status = 1;
        return 0;
    }
    int fresh = remember(canonical);
    if (fresh == 0)
        return 0;
    int listed = max_depth < 0 || depth <= max_depth;
    if (!S_ISDIR(status_of_path.st_mode)) {
        if (listed && (show_all || depth == 0))
            print_size((unsigned long long)status_of_path.st_size, path);
        return (unsigned long long)status_of_path.st_size;
    }
    unsigned long long total = 0;
    char **names = read_names(path);
    if (!names) {
        fprintf(stderr, "du: cannot read directory %s: %s\n", wasmos_quote(path), strerror(errno));
        status = 1;
    }
    for (size_t index = 0; names && names[index]; index++) {
        char *child = join_path(path, names[index]);
        char *child_canonical = join_path(canonical, names[index]);
        if (child && child_canonical)
            total += walk(child, child_canonical, depth + 1);
        free(child);
        free(child_canonical);
        free(names[index]);
    }
    free(names);
    if (listed)
        print_size(total, path);
    return total;
}

/* Reads the number of -d; returns 0 or -1. */
static int parse_depth(const char *text) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (!*text || *end || value < 0 || errno) {
        fprintf(stderr, "du: invalid maximum depth %s\n", wasmos_quote(text));
        return -1;
    }
    max_depth = value;
    return 0;
}

int main(int argc, char **argv) {
    int summarize = 0, total_wanted = 0;
    int operands = 0, options_done = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (options_done || argument[0] != '-' || !argument[1]) {
            argv[++operands] = argument;
            continue;
        }
        if (argument[1] == '-') {
            if (strcmp(argument, "--") == 0)
                options_done = 1;
            else if (strcmp(argument, "--help") == 0) {
                usage(stdout);
                return 0;
            } else if (strcmp(argument, "--all") == 0)
                show_all = 1;
            else if (strcmp(argument, "--bytes") == 0)
                unit = 1;
            else if (strcmp(argument, "--total") == 0)
                total_wanted = 1;
            else if (strcmp(argument, "--human-readable") == 0)
                unit = 0;
            else if (strcmp(argument, "--summarize") == 0)
                summarize = 1;
            else if (strcmp(argument, "--null") == 0)
                terminator = '\0';
            else if (strcmp(argument, "--apparent-size") == 0)
                continue;
            else if (strncmp(argument, "--max-depth=", 12) == 0) {
                if (parse_depth(argument + 12) < 0)
                    return usage_error();
            } else {
                fprintf(stderr, "du: unrecognized option '%s'\n", argument);
                return usage_error();
            }
            continue;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            switch (*flag) {
            case 'a': show_all = 1; break;
            case 'b': unit = 1; break;
            case 'c': total_wanted = 1; break;
            case 'h': unit = 0; break;
            case 'k': unit = 1024; break;
            case 'm': unit = 1024 * 1024; break;
            case 's': summarize = 1; break;
            case '0': terminator = '\0'; break;
            case 'd': {
                const char *value = flag[1] ? flag + 1 : index + 1 < argc ? argv[++index] : NULL;
                if (!value) {
                    fprintf(stderr, "du: option requires an argument -- 'd'\n");
                    return usage_error();
                }
                if (parse_depth(value) < 0)
                    return usage_error();
                flag += strlen(flag) - 1;
                break;
            }
            default:
                fprintf(stderr, "du: invalid option -- '%c'\n", *flag);
                return usage_error();
            }
        }
    }
    if (summarize && show_all) {
        fprintf(stderr, "du: cannot both summarize and show all entries\n");
        return usage_error();
    }
    if (summarize) {
        if (max_depth > 0) {
            fprintf(stderr, "du: warning: summarizing conflicts with --max-depth=%ld\n", max_depth);
            return usage_error();
        }
        if (max_depth == 0)
            fprintf(stderr, "du: warning: summarizing is the same as using --max-depth=0\n");
        max_depth = 0;
    }
    if (operands == 0)
        argv[++operands] = ".";
    unsigned long long grand_total = 0;
    for (int index = 1; index <= operands; index++) {
        char canonical[PATH_MAX];
        const char *key = realpath(argv[index], canonical) ? canonical : argv[index];
        grand_total += walk(argv[index], key, 0);
    }
    if (total_wanted)
        print_size(grand_total, "total");
    return status;
}
