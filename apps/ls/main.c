/* ls: lists directories (their entries in name order) and files.
 *   -a  also entries starting with '.', and . and ..   -A  the same without . and ..
 *   -d  list directories themselves, not their contents
 *   -R  list subdirectories too, each under a heading
 *   -l  long format: mode, links, owner, group, size, time, name, after a
 *       "total" of the blocks used (in KiB)
 *   -h  with -l, sizes like 1.5K 12M          -r  reverse the order
 *   -F  append / to directories               -p  the same
 *   -1  one entry per line (always the case: ls writes no columns)
 * As GNU's does, files named as operands come first, then each directory,
 * with a "NAME:" heading when there are several or with -R; a missing
 * operand is reported and makes the status 2. WasmOS has no user database,
 * so -l shows the owner and group as numbers (0). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <wasmos/tool_output.h>

#define SIX_MONTHS_SECONDS (31556952 / 2)

static int long_format, human_sizes, reverse_order, recursive, directories_as_files, classify;
/* Which names starting with '.' are shown. */
static enum { HIDE_DOT_FILES, ALMOST_ALL, ALL } shown = HIDE_DOT_FILES;
static int status;
static int printed_something;

/* One name to list, with what stat said of it. */
struct entry {
    char *name; /* as printed */
    char *path; /* as opened */
    struct stat status;
};

static void usage(FILE *stream) {
    fprintf(stream, "usage: ls [-aAdFhlpRr1] [FILE]...\n"
                    "  -a, --all             do not ignore entries starting with .\n"
                    "  -A, --almost-all      the same, but not . and ..\n"
                    "  -d, --directory       list directories themselves, not their contents\n"
                    "  -F, --classify        append / to directories\n"
                    "  -h, --human-readable  with -l, print sizes like 1K 234M 2G\n"
                    "  -l                    use a long listing format\n"
                    "  -p                    append / to directories\n"
                    "  -R, --recursive       list subdirectories recursively\n"
                    "  -r, --reverse         reverse the order\n"
                    "  -1                    list one file per line\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'ls --help' for more information.\n");
    return 2;
}

static char *join_path(const char *directory, const char *name) {
    size_t length = strlen(directory);
    int slash = length > 0 && directory[length - 1] != '/';
    char *path = malloc(length + strlen(name) + 2);
    if (path)
        sprintf(path, "%s%s%s", directory, slash ? "/" : "", name);
    return path;
}

static int compare_entries(const void *left, const void *right) {
    int order = strcmp(((const struct entry *)left)->name, ((const struct entry *)right)->name);
    return reverse_order ? -order : order;
}

static void free_entries(struct entry *entries, size_t count) {
    for (size_t index = 0; index < count; index++) {
        free(entries[index].name);
        free(entries[index].path);
    }
    free(entries);
}

/* ---- the long format ---------------------------------------------------- */

static void mode_text(mode_t mode, char text[11]) {
    text[0] = S_ISDIR(mode) ? 'd' : S_ISCHR(mode) ? 'c' : S_ISBLK(mode) ? 'b' : S_ISFIFO(mode) ? 'p' : '-';
    const char *letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; bit++)
        text[1 + bit] = mode & (0400 >> bit) ? letters[bit] : '-';
    text[10] = '\0';
}

static void size_text(unsigned long long bytes, char *text, size_t size) {
    if (human_sizes)
        wasmos_human_size(bytes, text, size);
    else
        snprintf(text, size, "%llu", bytes);
}

/* "Jan 31 12:34" for the last six months, "Jan 31  2020" otherwise. */
static void time_text(time_t when, time_t now, char *text, size_t size) {
    struct tm broken_down;
    if (!gmtime_r(&when, &broken_down)) {
        snprintf(text, size, "%lld", (long long)when);
        return;
    }
    int recent = when > now - SIX_MONTHS_SECONDS && when <= now;
    strftime(text, size, recent ? "%b %e %H:%M" : "%b %e  %Y", &broken_down);
}

static int digits_of(unsigned long long value) {
    int digits = 1;
    while (value >= 10) {
        value /= 10;
        digits++;
    }
    return digits;
}

static const char *suffix_of(const struct entry *entry) {
    return classify && S_ISDIR(entry->status.st_mode) ? "/" : "";
}

/* Prints entries, in columns as wide as their widest value with -l. */
static void print_entries(const struct entry *entries, size_t count) {
    if (!long_format) {
        for (size_t index = 0; index < count; index++)
            printf("%s%s\n", entries[index].name, suffix_of(&entries[index]));
        return;
    }
    int link_width = 1, size_width = 1;
    char text[32];
    for (size_t index = 0; index < count; index++) {
        int links = digits_of(entries[index].status.st_nlink);
        size_text((unsigned long long)entries[index].status.st_size, text, sizeof text);
        int size = (int)strlen(text);
        link_width = links > link_width ? links : link_width;
        size_width = size > size_width ? size : size_width;
    }
    time_t now = time(NULL);
    for (size_t index = 0; index < count; index++) {
        const struct stat *status_of_entry = &entries[index].status;
        char mode[11], size[32], when[32];
        mode_text(status_of_entry->st_mode, mode);
        size_text((unsigned long long)status_of_entry->st_size, size, sizeof size);
        if (status_of_entry->st_mtime > now)
            now = time(NULL);
        time_text(status_of_entry->st_mtime, now, when, sizeof when);
        printf("%s %*lu %u %u %*s %s %s%s\n", mode, link_width, (unsigned long)status_of_entry->st_nlink,
               (unsigned)status_of_entry->st_uid, (unsigned)status_of_entry->st_gid, size_width, size, when,
               entries[index].name, suffix_of(&entries[index]));
    }
}

/* ---- directories -------------------------------------------------------- */

/* Adds `name` in `directory` to the list; returns 0 or -1 (reported). */
static int add_entry(struct entry **entries, size_t *count, size_t *capacity, const char *directory,
                     const char *name) {
    if (*count == *capacity) {
        size_t bigger_capacity = *capacity ? *capacity * 2 : 16;
        struct entry *bigger = realloc(*entries, bigger_capacity * sizeof *bigger);
        if (!bigger)
            return -1;
        *entries = bigger;
        *capacity = bigger_capacity;
    }
    struct entry *entry = &(*entries)[*count];
    entry->name = strdup(name);
    entry->path = join_path(directory, name);
    if (!entry->name || !entry->path) {
        free(entry->name);
        free(entry->path);
        return -1;
    }
    if (stat(entry->path, &entry->status) < 0) {
        fprintf(stderr, "ls: cannot access %s: %s\n", wasmos_quote(entry->path), strerror(errno));
        status = status ? status : 1;
        free(entry->name);
        free(entry->path);
        return 0;
    }
    ++*count;
    return 0;
}

static void list_directory(const char *path, int with_heading) {
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "ls: cannot open directory %s: %s\n", wasmos_quote(path), strerror(errno));
        status = 2;
        return;
    }
    struct entry *entries = NULL;
    size_t count = 0, capacity = 0;
    int failed = 0;
    if (shown == ALL)
        failed = add_entry(&entries, &count, &capacity, path, ".") < 0 ||
                 add_entry(&entries, &count, &capacity, path, "..") < 0;
    struct dirent *item;
    while (!failed && (item = readdir(directory))) {
        if (item->d_name[0] == '.' && shown == HIDE_DOT_FILES)
            continue;
        failed = add_entry(&entries, &count, &capacity, path, item->d_name) < 0;
    }
    closedir(directory);
    if (failed) {
        fprintf(stderr, "ls: %s: %s\n", wasmos_quote(path), strerror(ENOMEM));
        status = 2;
    }
    qsort(entries, count, sizeof *entries, compare_entries);

    if (with_heading)
        printf("%s%s:\n", printed_something ? "\n" : "", path);
    printed_something = 1;
    if (long_format) {
        unsigned long long blocks = 0;
        for (size_t index = 0; index < count; index++)
            blocks += (unsigned long long)entries[index].status.st_blocks;
        char total[32];
        if (human_sizes)
            wasmos_human_size(blocks * 512, total, sizeof total);
        else
            snprintf(total, sizeof total, "%llu", (blocks + 1) / 2);
        printf("total %s\n", total);
    }
    print_entries(entries, count);
    if (recursive) {
        for (size_t index = 0; index < count; index++) {
            const char *name = entries[index].name;
            if (S_ISDIR(entries[index].status.st_mode) && strcmp(name, ".") != 0 && strcmp(name, "..") != 0)
                list_directory(entries[index].path, 1);
        }
    }
    free_entries(entries, count);
}

/* ---- options ------------------------------------------------------------ */

/* Takes one option letter; returns 0, or -1 for one ls does not know. */
static int take_flag(char flag) {
    switch (flag) {
    case 'a': shown = ALL; break;
    case 'A': shown = ALMOST_ALL; break;
    case 'd': directories_as_files = 1; break;
    case 'F':
    case 'p': classify = 1; break;
    case 'h': human_sizes = 1; break;
    case 'l': long_format = 1; break;
    case 'R': recursive = 1; break;
    case 'r': reverse_order = 1; break;
    case '1': break;
    default: return -1;
    }
    return 0;
}

static int take_long_option(const char *option) {
    static const struct {
        const char *name;
        char flag;
    } options[] = {
        {"--all", 'a'},       {"--almost-all", 'A'},     {"--directory", 'd'}, {"--classify", 'F'},
        {"--recursive", 'R'}, {"--human-readable", 'h'}, {"--reverse", 'r'},
    };
    for (size_t index = 0; index < sizeof options / sizeof *options; index++) {
        if (strcmp(option, options[index].name) == 0)
            return take_flag(options[index].flag);
    }
    return -1;
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
        } else if (argument[1] == '-') {
            if (take_long_option(argument) < 0) {
                fprintf(stderr, "ls: unrecognized option '%s'\n", argument);
                return usage_error();
            }
        } else {
            for (const char *flag = argument + 1; *flag; flag++) {
                if (take_flag(*flag) < 0) {
                    fprintf(stderr, "ls: invalid option -- '%c'\n", *flag);
                    return usage_error();
                }
            }
        }
    }
    if (operands == 0)
        argv[++operands] = ".";

    /* Operands that are files (or everything, with -d) first, then directories. */
    struct entry *files = calloc((size_t)operands, sizeof *files);
    struct entry *directories = calloc((size_t)operands, sizeof *directories);
    size_t file_count = 0, directory_count = 0;
    if (!files || !directories) {
        fprintf(stderr, "ls: %s\n", strerror(ENOMEM));
        return 2;
    }
    for (int index = 1; index <= operands; index++) {
        struct stat operand_status;
        if (stat(argv[index], &operand_status) < 0) {
            fprintf(stderr, "ls: cannot access %s: %s\n", wasmos_quote(argv[index]), strerror(errno));
            status = 2;
            continue;
        }
        int as_directory = S_ISDIR(operand_status.st_mode) && !directories_as_files;
        struct entry *entry = as_directory ? &directories[directory_count++] : &files[file_count++];
        entry->name = strdup(argv[index]);
        entry->path = strdup(argv[index]);
        entry->status = operand_status;
    }
    qsort(files, file_count, sizeof *files, compare_entries);
    qsort(directories, directory_count, sizeof *directories, compare_entries);
    print_entries(files, file_count);
    printed_something = file_count > 0;
    int headings = operands > 1 || recursive;
    for (size_t index = 0; index < directory_count; index++)
        list_directory(directories[index].path, headings);
    free_entries(files, file_count);
    free_entries(directories, directory_count);
    return status;
}
