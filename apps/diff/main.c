/* diff: compares two files line by line, or two directories file by file,
 * as GNU diff does: the normal format by default, the unified one with -u
 * or -U NUM (--label names the files in its header), -q to say only
 * whether files differ, -s to say when they do not, -r to go into
 * subdirectories, -N to take an absent file as empty, -a for text even with
 * NUL bytes, and -i, -b, -w to ignore case and white space. "-" is
 * standard input. Exit status: 0 if the same, 1 if different, 2 on trouble. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <time.h>
#include <unistd.h>

#include "diff.h"

struct options options = {.format = FORMAT_NORMAL, .context = 3};

void *allocate(size_t size) {
    void *memory = malloc(size ? size : 1);
    if (!memory) {
        fputs("diff: memory exhausted\n", stderr);
        exit(2);
    }
    return memory;
}

void *reallocate(void *memory, size_t size) {
    void *larger = realloc(memory, size ? size : 1);
    if (!larger) {
        fputs("diff: memory exhausted\n", stderr);
        exit(2);
    }
    return larger;
}

static void usage(void) {
    fputs("Usage: diff [OPTION]... FILE1 FILE2\n"
          "Compare FILES line by line.\n"
          "\n"
          "      --normal                  output a normal diff (the default)\n"
          "  -q, --brief                   report only when files differ\n"
          "  -s, --report-identical-files  report when two files are the same\n"
          "  -u, -U NUM, --unified[=NUM]   output NUM (default 3) lines of unified context\n"
          "      --label LABEL             use LABEL instead of file name and timestamp\n"
          "                                  (can be repeated)\n"
          "  -r, --recursive               recursively compare any subdirectories found\n"
          "  -N, --new-file                treat absent files as empty\n"
          "  -i, --ignore-case             ignore case differences in file contents\n"
          "  -b, --ignore-space-change     ignore changes in the amount of white space\n"
          "  -w, --ignore-all-space        ignore all white space\n"
          "  -a, --text                    treat all files as text\n"
          "      --help                    display this help and exit\n"
          "\n"
          "FILES are 'FILE1 FILE2' or 'DIR1 DIR2' or 'DIR FILE' or 'FILE DIR'.\n"
          "If a FILE is '-', read standard input.\n"
          "Exit status is 0 if inputs are the same, 1 if different, 2 if trouble.\n",
          stdout);
}

static __attribute__((noreturn)) void usage_error(void) {
    fputs("diff: Try 'diff --help' for more information.\n", stderr);
    exit(2);
}

/* ---- Options ---- */

/* Appends `word` to the option words shown in "diff OPTIONS A B" lines,
 * quoted for the shell where it needs it. */
static void record_switch(const char *word) {
    size_t used = options.switches ? strlen(options.switches) : 0;
    options.switches = reallocate(options.switches, used + strlen(word) * 4 + 4);
    char *out = options.switches + used;
    *out++ = ' ';
    int plain = *word != '\0';
    for (const char *cursor = word; *cursor; cursor++)
        plain = plain && (strchr("%+,-./:=@_", *cursor) || (*cursor >= '0' && *cursor <= '9') ||
                          (*cursor >= 'a' && *cursor <= 'z') || (*cursor >= 'A' && *cursor <= 'Z'));
    if (plain) {
        strcpy(out, word);
        return;
    }
    *out++ = '\'';
    for (const char *cursor = word; *cursor; cursor++) {
        if (*cursor == '\'') {
            memcpy(out, "'\\''", 4);
            out += 4;
        } else {
            *out++ = *cursor;
        }
    }
    *out++ = '\'';
    *out = '\0';
}

static void set_context(const char *text) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (!*text || *end || value < 0 || (errno && value != LONG_MAX)) {
        fprintf(stderr, "diff: invalid context length '%s'\n", text);
        usage_error();
    }
    /* More context than any file has lines changes nothing, and keeps 2 * context in range. */
    options.context = value > LONG_MAX / 4 ? LONG_MAX / 4 : value;
    options.format = FORMAT_UNIFIED;
}

static void add_label(const char *label) {
    if (options.labels[1]) {
        fputs("diff: too many file label options\n", stderr);
        exit(2);
    }
    options.labels[options.labels[0] ? 1 : 0] = label;
}

/* The long options: a name, whether it takes an argument (2: optionally), and its short letter. */
static const struct {
    const char *name;
    int argument;
    char letter;
} long_options[] = {
    {"brief", 0, 'q'},
    {"report-identical-files", 0, 's'},
    {"unified", 2, 'U'},
    {"label", 1, 'L'},
    {"recursive", 0, 'r'},
    {"new-file", 0, 'N'},
    {"ignore-case", 0, 'i'},
    {"ignore-space-change", 0, 'b'},
    {"ignore-all-space", 0, 'w'},
    {"text", 0, 'a'},
    {"normal", 0, 'n'},
    {"help", 0, 'h'},
};
enum { LONG_OPTION_COUNT = sizeof long_options / sizeof long_options[0] };

/* Applies option `letter` ('L' for --label, 'n' for --normal, 'h' for --help). */
static void apply_option(char letter, const char *argument) {
    switch (letter) {
    case 'q': options.brief = 1; break;
    case 's': options.report_identical = 1; break;
    case 'u': options.format = FORMAT_UNIFIED; options.context = 3; break;
    case 'U':
        if (argument)
            set_context(argument);
        else
            apply_option('u', NULL);
        break;
    case 'L': add_label(argument); break;
    case 'r': options.recursive = 1; break;
    case 'N': options.new_file = 1; break;
    case 'i': options.ignore_case = 1; break;
    case 'b': options.ignore_space_change = 1; break;
    case 'w': options.ignore_all_space = 1; break;
    case 'a': options.text = 1; break;
    case 'n': options.format = FORMAT_NORMAL; break;
    case 'h': usage(); exit(0);
    }
}

/* Reads a long option at argv[*index] (and its argument); GNU's unique prefixes work. */
static void parse_long_option(int argc, char **argv, int *index) {
    const char *word = argv[(*index)++];
    const char *equals = strchr(word, '=');
    size_t length = equals ? (size_t)(equals - word - 2) : strlen(word + 2);
    int found = -1, matches = 0;
    for (int option = 0; option < LONG_OPTION_COUNT; option++) {
        if (strncmp(long_options[option].name, word + 2, length) != 0)
            continue;
        if (strlen(long_options[option].name) == length) {
            found = option;
            matches = 1;
            break;
        }
        found = option;
        matches++;
    }
    if (matches != 1) {
        if (matches > 1)
            fprintf(stderr, "diff: option '%s' is ambiguous\n", word);
        else
            fprintf(stderr, "diff: unrecognized option '%s'\n", word);
        usage_error();
    }
    const char *argument = equals ? equals + 1 : NULL;
    if (long_options[found].argument == 0 && argument) {
        fprintf(stderr, "diff: option '--%s' doesn't allow an argument\n", long_options[found].name);
        usage_error();
    }
    if (long_options[found].argument == 1 && !argument) {
        if (*index >= argc) {
            fprintf(stderr, "diff: option '--%s' requires an argument\n", long_options[found].name);
            usage_error();
        }
        argument = argv[(*index)++];
        record_switch(word);
        record_switch(argument);
    } else {
        record_switch(word);
    }
    apply_option(long_options[found].letter, argument);
}

/* Reads the options wherever they stand; returns the operands' count and
 * moves them to the front of `operands`. */
static int parse_options(int argc, char **argv, char **operands) {
    int count = 0;
    int index = 1;
    while (index < argc) {
        char *word = argv[index];
        if (strcmp(word, "--") == 0) {
            for (index++; index < argc; index++)
                operands[count++] = argv[index];
            break;
        }
        if (word[0] != '-' || word[1] == '\0') {
            operands[count++] = word;
            index++;
            continue;
        }
        if (word[1] == '-') {
            parse_long_option(argc, argv, &index);
            continue;
        }
        index++;
        const char *argument_word = NULL;
        for (const char *letter = word + 1; *letter; letter++) {
            if (strchr("qsurNibwa", *letter)) {
                apply_option(*letter, NULL);
            } else if (*letter == 'U') {
                const char *argument = letter[1] ? letter + 1 : NULL;
                if (!argument) {
                    if (index >= argc) {
                        fprintf(stderr, "diff: option requires an argument -- 'U'\n");
                        usage_error();
                    }
                    argument = argument_word = argv[index++];
                }
                set_context(argument);
                break;
            } else {
                fprintf(stderr, "diff: invalid option -- '%c'\n", *letter);
                usage_error();
            }
        }
        record_switch(word);
        if (argument_word)
            record_switch(argument_word);
    }
    return count;
}

/* ---- Comparing ---- */

/* A file or directory being compared: its path and what stat said. */
struct operand {
    const char *path;
    const char *name; /* as printed: the label, if given, else the path */
    struct stat status;
    int absent; /* does not exist, and -N makes it empty */
};

static int compare_paths(const char *first, const char *second, int nested, int first_absent, int second_absent);

/* `directory`/`name`, with no doubled slash. */
static char *join_path(const char *directory, const char *name) {
    size_t length = strlen(directory);
    while (length > 1 && directory[length - 1] == '/')
        length--;
    int slash = !(length == 1 && directory[0] == '/');
    char *path = allocate(length + slash + strlen(name) + 1);
    memcpy(path, directory, length);
    if (slash)
        path[length] = '/';
    strcpy(path + length + slash, name);
    return path;
}

/* The last component of `path`, in a new string. */
static char *base_name(const char *path) {
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    char *name = allocate(end - start + 1);
    memcpy(name, path + start, end - start);
    name[end - start] = '\0';
    return name;
}

/* Reads an operand's contents; returns 0 or 2 (reported). */
static int load(const struct operand *operand, struct file_text *file) {
    if (operand->absent) {
        memset(file, 0, sizeof *file);
        return 0;
    }
    int is_standard_input = strcmp(operand->path, "-") == 0;
    int fd = is_standard_input ? 0 : open(operand->path, O_RDONLY);
    int error = fd < 0 ? errno : read_file(fd, file);
    if (fd > 0)
        close(fd);
    if (error) {
        fprintf(stderr, "diff: %s: %s\n", operand->path, strerror(error));
        return 2;
    }
    return 0;
}

/* The unified header of an operand: its label, or its name and time. */
static char *header_of(const struct operand *operand, int which) {
    if (options.labels[which])
        return (char *)options.labels[which];
    struct timespec time = operand->absent ? (struct timespec){0, 0} : operand->status.st_mtim;
    time_t seconds = time.tv_sec;
    struct tm *broken = gmtime(&seconds);
    char stamp[64];
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", broken);
    char *header = allocate(strlen(operand->path) + 96);
    sprintf(header, "%s\t%s.%09ld +0000", operand->path, stamp, (long)time.tv_nsec);
    return header;
}

static int compare_files(struct operand operands[2], int nested) {
    struct file_text files[2];
    if (load(&operands[0], &files[0]))
        return 2;
    if (load(&operands[1], &files[1])) {
        free_file(&files[0]);
        return 2;
    }
    int status = 1;
    if (files[0].size == files[1].size && memcmp(files[0].bytes, files[1].bytes, files[0].size) == 0) {
        status = 0;
    } else if (files[0].binary || files[1].binary) {
        printf("%s %s and %s differ\n", options.brief ? "Files" : "Binary files", operands[0].name, operands[1].name);
    } else {
        split_lines(&files[0]);
        split_lines(&files[1]);
        long count;
        struct change *changes = compare_lines(&files[0], &files[1], &count);
        if (count == 0) {
            status = 0;
        } else if (options.brief) {
            printf("Files %s and %s differ\n", operands[0].name, operands[1].name);
        } else {
            if (nested)
                printf("diff%s %s %s\n", options.switches ? options.switches : "", operands[0].name,
                       operands[1].name);
            if (options.format == FORMAT_UNIFIED) {
                const char *headers[2] = {header_of(&operands[0], 0), header_of(&operands[1], 1)};
                print_unified(&files[0], &files[1], changes, count, headers);
            } else {
                print_normal(&files[0], &files[1], changes, count);
            }
        }
        free(changes);
    }
    if (status == 0 && options.report_identical)
        printf("Files %s and %s are identical\n", operands[0].name, operands[1].name);
    free_file(&files[0]);
    free_file(&files[1]);
    return status;
}

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in `path` (none if `absent`), or NULL (reported). */
static char **list_directory(const char *path, int absent, size_t *count) {
    char **names = allocate(sizeof *names);
    *count = 0;
    if (absent)
        return names;
    DIR *directory = opendir(path);
    if (!directory) {
        fprintf(stderr, "diff: %s: %s\n", path, strerror(errno));
        free(names);
        return NULL;
    }
    size_t capacity = 1;
    struct dirent *entry;
    while ((entry = readdir(directory))) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        if (*count == capacity) {
            capacity *= 2;
            names = reallocate(names, capacity * sizeof *names);
        }
        names[(*count)++] = strdup(entry->d_name);
    }
    closedir(directory);
    qsort(names, *count, sizeof *names, compare_names);
    return names;
}

static int compare_directories(struct operand operands[2]) {
    size_t counts[2];
    char **names[2];
    for (int which = 0; which < 2; which++) {
        names[which] = list_directory(operands[which].path, operands[which].absent, &counts[which]);
        if (!names[which]) {
            if (which == 1)
                free(names[0]);
            return 2;
        }
    }
    int status = 0;
    size_t one = 0, other = 0;
    while (one < counts[0] || other < counts[1]) {
        int order = one == counts[0] ? 1 : other == counts[1] ? -1 : strcmp(names[0][one], names[1][other]);
        const char *name = order <= 0 ? names[0][one] : names[1][other];
        int result;
        if (order != 0 && !options.new_file) {
            printf("Only in %s: %s\n", operands[order < 0 ? 0 : 1].path, name);
            result = 1;
        } else {
            char *first = join_path(operands[0].path, name);
            char *second = join_path(operands[1].path, name);
            result = compare_paths(first, second, 1, order > 0, order < 0);
            free(first);
            free(second);
        }
        if (result > status)
            status = result;
        if (order <= 0)
            free(names[0][one++]);
        if (order >= 0)
            free(names[1][other++]);
    }
    free(names[0]);
    free(names[1]);
    return status;
}

/* Compares two paths; `nested` inside a directory comparison. */
static int compare_paths(const char *first, const char *second, int nested, int first_absent, int second_absent) {
    struct operand operands[2] = {{.path = first, .absent = first_absent}, {.path = second, .absent = second_absent}};
    for (int which = 0; which < 2; which++) {
        struct operand *operand = &operands[which];
        operand->name = options.labels[which] ? options.labels[which] : operand->path;
        if (operand->absent)
            continue;
        int failed = strcmp(operand->path, "-") == 0 ? fstat(0, &operand->status) : stat(operand->path, &operand->status);
        if (failed < 0) {
            if (errno == ENOENT && options.new_file) {
                operand->absent = 1;
                continue;
            }
            fprintf(stderr, "diff: %s: %s\n", operand->path, strerror(errno));
            return 2;
        }
    }
    for (int which = 0; which < 2; which++) {
        if (operands[which].absent && operands[1 - which].absent) {
            fprintf(stderr, "diff: %s: %s\n", operands[which].path, strerror(ENOENT));
            return 2;
        }
        if (operands[which].absent)
            operands[which].status.st_mode = S_ISDIR(operands[1 - which].status.st_mode) ? S_IFDIR : S_IFREG;
    }
    int directories[2] = {S_ISDIR(operands[0].status.st_mode), S_ISDIR(operands[1].status.st_mode)};
    if (directories[0] && directories[1]) {
        if (nested && !options.recursive) {
            printf("Common subdirectories: %s and %s\n", first, second);
            return 0;
        }
        return compare_directories(operands);
    }
    if (directories[0] != directories[1]) {
        if (nested) {
            printf("File %s is a %s while file %s is a %s\n", operands[0].name,
                   directories[0] ? "directory" : "regular file", operands[1].name,
                   directories[1] ? "directory" : "regular file");
            return 1;
        }
        /* A file against a directory: against the file of the same name in it. */
        int directory = directories[0] ? 0 : 1;
        if (strcmp(operands[1 - directory].path, "-") == 0) {
            fprintf(stderr, "diff: cannot compare '-' to a directory\n");
            return 2;
        }
        char *name = base_name(operands[1 - directory].path);
        char *inside = join_path(operands[directory].path, name);
        free(name);
        int status = directory == 0 ? compare_paths(inside, second, 0, 0, 0) : compare_paths(first, inside, 0, 0, 0);
        free(inside);
        return status;
    }
    return compare_files(operands, nested);
}

int main(int argc, char **argv) {
    char **operands = allocate((size_t)argc * sizeof *operands);
    int count = parse_options(argc, argv, operands);
    if (count < 2) {
        fprintf(stderr, "diff: missing operand after '%s'\n", argv[argc - 1]);
        usage_error();
    }
    if (count > 2) {
        fprintf(stderr, "diff: extra operand '%s'\n", operands[2]);
        usage_error();
    }
    int status = compare_paths(operands[0], operands[1], 0, 0, 0);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "diff: standard output: %s\n", strerror(errno));
        return 2;
    }
    return status;
}
