/* grep: prints the lines of files (or standard input) that match any of the
 * patterns, as GNU grep does.
 *   -G, -E, -F   basic (default) or extended regular expressions, or fixed strings
 *   -e PATTERNS  patterns (repeatable); a newline separates patterns anywhere
 *   -i -v -w -x  ignore case, select non-matching lines, whole words, whole lines
 *   -c -l -L     count selected lines, list files with / without them
 *   -n -h -H -o  line numbers, without / with file names, only the matched parts
 *   -q -s -r     quiet, no messages about missing files, search directories
 *   --color[=WHEN]  highlight matches (never, always, auto: on a terminal)
 * A file with a NUL byte is binary: NUL ends a line there, and instead of
 * its lines grep reports "binary file matches". Exit status 0 if a line was
 * selected, 1 if none, 2 on error (0 with -q once a line is selected).
 * Patterns are POSIX's, read by regcomp: what GNU grep's own parser also
 * takes (a** in a BRE, a leading * or an unfinished a{1 in an ERE) is an
 * error here, and -r visits a directory's files in name order. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "matcher.h"

#define USAGE_LINE "Usage: grep [OPTION]... PATTERNS [FILE]...\n"

enum listing { LIST_NONE, LIST_MATCHING, LIST_NOT_MATCHING };

static struct {
    int syntax_given; /* -E, -F or -G seen: a different one conflicts */
    enum pattern_syntax syntax;
    int ignore_case, invert, word, line;
    int count_only, line_numbers, only_matching, quiet, no_messages, recursive;
    enum listing listing;
    int names;    /* -1 until decided, 0 without file names, 1 with */
    int color;    /* 0 never, 1 always, 2 auto */
} options = {.names = -1};

static struct matcher matcher;
static int error_seen;     /* some file could not be read */
static int anything_selected;

/* ---- output ---- */

static char output[16384];
static size_t output_used;
static int output_is_terminal;

static void flush_output(void) {
    for (size_t done = 0; done < output_used;) {
        ssize_t written = write(1, output + done, output_used - done);
        if (written <= 0) {
            /* A reader that went away only means nothing more is wanted. */
            if (written < 0 && errno != EPIPE)
                fprintf(stderr, "grep: write error: %s\n", strerror(errno));
            exit(written < 0 && errno == EPIPE && anything_selected ? 0 : 2);
        }
        done += (size_t)written;
    }
    output_used = 0;
}

static void put(const char *text, size_t length) {
    while (length > 0) {
        if (output_used == sizeof output)
            flush_output();
        size_t room = sizeof output - output_used;
        size_t taken = length < room ? length : room;
        memcpy(output + output_used, text, taken);
        output_used += taken;
        text += taken;
        length -= taken;
    }
}

static void put_string(const char *text) {
    put(text, strlen(text));
}

/* GNU grep's default colors (GREP_COLORS is not read). */
#define COLOR_MATCH "01;31"
#define COLOR_FILE_NAME "35"
#define COLOR_LINE_NUMBER "32"
#define COLOR_SEPARATOR "36"

/* Writes `text`, in `color` when colors are on. */
static void put_colored(const char *color, const char *text, size_t length) {
    if (options.color) {
        put_string("\33[");
        put_string(color);
        put_string("m\33[K");
    }
    put(text, length);
    if (options.color)
        put_string("\33[m\33[K");
}

static void put_file_name(const char *name) {
    put_colored(COLOR_FILE_NAME, name, strlen(name));
}

static void put_separator(void) {
    put_colored(COLOR_SEPARATOR, ":", 1);
}

/* "NAME:" and "NUMBER:" as the options ask. */
static void put_prefix(const char *name, long long line_number) {
    if (options.names > 0) {
        put_file_name(name);
        put_separator();
    }
    if (options.line_numbers) {
        char number[24];
        int length = snprintf(number, sizeof number, "%lld", line_number);
        put_colored(COLOR_LINE_NUMBER, number, (size_t)length);
        put_separator();
    }
}

/* A selected line: whole, or (-o) each match on a line of its own; with
 * colors, the matches highlighted. Empty matches are skipped. */
static void print_line(const char *name, long long line_number, const char *line, size_t length) {
    int show_matches = options.only_matching || (options.color && !options.invert);
    if (options.only_matching && options.invert)
        return;
    if (!options.only_matching)
        put_prefix(name, line_number);
    size_t printed = 0;
    for (size_t from = 0; show_matches && from < length;) {
        size_t start, end;
        if (!matcher_find(&matcher, line, length, from, &start, &end))
            break;
        if (end == start) {
            from = start + 1;
            continue;
        }
        if (options.only_matching) {
            put_prefix(name, line_number);
            put_colored(COLOR_MATCH, line + start, end - start);
            put("\n", 1);
        } else {
            put(line + printed, start - printed);
            put_colored(COLOR_MATCH, line + start, end - start);
            printed = end;
        }
        from = end;
    }
    if (!options.only_matching) {
        put(line + printed, length - printed);
        put("\n", 1);
    }
    if (output_is_terminal)
        flush_output();
}

/* ---- reading lines ---- */

struct reader {
    int fd;
    char *buffer;
    size_t capacity, start, end;
    int at_end;
    int binary; /* a NUL byte was read: NUL ends lines too, lines are not printed */
};

/* Reads more input; 0, or an errno value. */
static int fill(struct reader *reader) {
    if (reader->start > 0) {
        memmove(reader->buffer, reader->buffer + reader->start, reader->end - reader->start);
        reader->end -= reader->start;
        reader->start = 0;
    }
    if (reader->end == reader->capacity) {
        size_t capacity = reader->capacity * 2;
        char *bigger = realloc(reader->buffer, capacity);
        if (!bigger)
            return ENOMEM;
        reader->buffer = bigger;
        reader->capacity = capacity;
    }
    ssize_t got = read(reader->fd, reader->buffer + reader->end, reader->capacity - reader->end);
    if (got < 0)
        return errno;
    if (got == 0)
        reader->at_end = 1;
    else if (memchr(reader->buffer + reader->end, '\0', (size_t)got))
        reader->binary = 1;
    reader->end += (size_t)got;
    return 0;
}

/* The next line (without its end), or NULL at the end of the input or on
 * an error (*error set). */
static const char *next_line(struct reader *reader, size_t *length, int *error) {
    size_t scanned = reader->start;
    for (;;) {
        for (size_t index = scanned; index < reader->end; index++) {
            char byte = reader->buffer[index];
            if (byte == '\n' || (byte == '\0' && reader->binary)) {
                const char *line = reader->buffer + reader->start;
                *length = index - reader->start;
                reader->start = index + 1;
                return line;
            }
        }
        if (reader->at_end) {
            if (reader->start == reader->end)
                return NULL;
            const char *line = reader->buffer + reader->start;
            *length = reader->end - reader->start;
            reader->start = reader->end;
            return line;
        }
        size_t unscanned = reader->end - reader->start;
        *error = fill(reader);
        if (*error)
            return NULL;
        /* A NUL just seen may end a line in the part already scanned. */
        scanned = reader->binary ? reader->start : reader->start + unscanned;
    }
}

/* ---- searching ---- */

static void report(const char *name, int error) {
    error_seen = 1;
    if (!options.no_messages)
        fprintf(stderr, "grep: %s: %s\n", name, strerror(error));
}

/* Searches the open file `fd`, shown as `name`. */
static void search_fd(int fd, const char *name) {
    struct reader reader = {fd, malloc(32768), 32768, 0, 0, 0, 0};
    if (!reader.buffer) {
        report(name, ENOMEM);
        return;
    }
    long long line_number = 0, count = 0;
    int error = fill(&reader);
    size_t length;
    const char *line;
    while (!error && (line = next_line(&reader, &length, &error))) {
        line_number++;
        if (matcher_matches(&matcher, line, length) == options.invert)
            continue;
        count++;
        anything_selected = 1;
        if (options.quiet) {
            flush_output();
            exit(0);
        }
        if (options.listing != LIST_NONE)
            break;
        if (options.count_only)
            continue;
        if (reader.binary) {
            flush_output();
            fprintf(stderr, "grep: %s: binary file matches\n", name);
            break;
        }
        print_line(name, line_number, line, length);
    }
    free(reader.buffer);
    if (error)
        report(name, error);
    if (options.count_only && options.listing == LIST_NONE) {
        if (options.names > 0) {
            put_file_name(name);
            put_separator();
        }
        char number[24];
        put(number, (size_t)snprintf(number, sizeof number, "%lld\n", count));
    }
    if ((options.listing == LIST_MATCHING && count > 0) || (options.listing == LIST_NOT_MATCHING && count == 0)) {
        put_file_name(name);
        put("\n", 1);
    }
}

static void search_path(const char *path, const char *name, int command_line);

static int compare_names(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* `directory` joined with `entry` ("" for the working directory when no
 * file was named: its entries are shown without "./"). */
static char *join_path(const char *directory, const char *entry) {
    size_t length = strlen(directory);
    char *path = malloc(length + strlen(entry) + 2);
    if (path)
        sprintf(path, "%s%s%s", directory, length == 0 || directory[length - 1] == '/' ? "" : "/", entry);
    return path;
}

/* Searches the files under `directory`, in name order. */
static void search_directory(const char *directory, const char *name) {
    DIR *stream = opendir(directory[0] ? directory : ".");
    if (!stream) {
        report(name, errno);
        return;
    }
    if (options.names < 0)
        options.names = 1;
    size_t count = 0, capacity = 16;
    char **entries = malloc(capacity * sizeof *entries);
    struct dirent *entry;
    while (entries && (entry = readdir(stream))) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        if (count == capacity) {
            capacity *= 2;
            char **bigger = realloc(entries, capacity * sizeof *entries);
            if (!bigger)
                break;
            entries = bigger;
        }
        entries[count] = strdup(entry->d_name);
        if (entries[count])
            count++;
    }
    closedir(stream);
    if (!entries) {
        report(name, ENOMEM);
        return;
    }
    qsort(entries, count, sizeof *entries, compare_names);
    for (size_t index = 0; index < count; index++) {
        char *path = join_path(directory, entries[index]);
        if (path)
            search_path(path, path, 0);
        else
            report(name, ENOMEM);
        free(path);
        free(entries[index]);
    }
    free(entries);
}

/* Searches a file, or with -r a directory. Inside a directory only regular
 * files and directories are searched (no devices, no symbolic links). */
static void search_path(const char *path, const char *name, int command_line) {
    if (strcmp(path, "-") == 0 && command_line) {
        search_fd(0, "(standard input)");
        return;
    }
    struct stat status;
    if ((command_line ? stat(path[0] ? path : ".", &status) : lstat(path, &status)) < 0) {
        report(name, errno);
        return;
    }
    if (S_ISDIR(status.st_mode)) {
        if (options.recursive)
            search_directory(path, name);
        else
            report(name, EISDIR);
        return;
    }
    if (!command_line && !S_ISREG(status.st_mode))
        return;
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        report(name, errno);
        return;
    }
    search_fd(fd, name);
    close(fd);
}

/* ---- options ---- */

static void usage_error(const char *message, const char *detail) {
    if (message)
        fprintf(stderr, "grep: %s%s\n", message, detail ? detail : "");
    fprintf(stderr, USAGE_LINE "Try 'grep --help' for more information.\n");
    exit(2);
}

static void print_help(void) {
    printf(USAGE_LINE
           "Search for PATTERNS in each FILE.\n"
           "PATTERNS can contain multiple patterns separated by newlines.\n"
           "\n"
           "  -E, --extended-regexp     PATTERNS are extended regular expressions\n"
           "  -F, --fixed-strings       PATTERNS are strings\n"
           "  -G, --basic-regexp        PATTERNS are basic regular expressions\n"
           "  -e, --regexp=PATTERNS     use PATTERNS for matching\n"
           "  -i, --ignore-case         ignore case distinctions in patterns and data\n"
           "      --no-ignore-case      do not ignore case distinctions (default)\n"
           "  -w, --word-regexp         match only whole words\n"
           "  -x, --line-regexp         match only whole lines\n"
           "  -v, --invert-match        select non-matching lines\n"
           "  -s, --no-messages         suppress error messages\n"
           "  -n, --line-number         print line number with output lines\n"
           "  -H, --with-filename       print file name with output lines\n"
           "  -h, --no-filename         suppress the file name prefix on output\n"
           "  -o, --only-matching       show only nonempty parts of lines that match\n"
           "  -q, --quiet, --silent     suppress all normal output\n"
           "  -r, --recursive           search the files under directories\n"
           "  -L, --files-without-match  print only names of FILEs with no selected lines\n"
           "  -l, --files-with-matches  print only names of FILEs with selected lines\n"
           "  -c, --count               print only a count of selected lines per FILE\n"
           "      --color[=WHEN]        highlight matches; WHEN is 'always', 'never', or 'auto'\n"
           "      --help                display this help text and exit\n"
           "\n"
           "When FILE is '-', read standard input.  With no FILE, read '.' if\n"
           "recursive, '-' otherwise.  With fewer than two FILEs, assume -h.\n"
           "Exit status is 0 if any line is selected, 1 otherwise;\n"
           "if any error occurs and -q is not given, the exit status is 2.\n");
    exit(0);
}

/* The patterns, each -e argument (or the first operand) split at newlines. */
static char **patterns;
static size_t pattern_count, pattern_capacity;

static void add_patterns(const char *text) {
    for (;;) {
        const char *newline = strchr(text, '\n');
        size_t length = newline ? (size_t)(newline - text) : strlen(text);
        if (pattern_count == pattern_capacity) {
            pattern_capacity = pattern_capacity ? pattern_capacity * 2 : 8;
            patterns = realloc(patterns, pattern_capacity * sizeof *patterns);
        }
        if (!patterns || !(patterns[pattern_count] = strndup(text, length))) {
            fprintf(stderr, "grep: memory exhausted\n");
            exit(2);
        }
        pattern_count++;
        if (!newline)
            return;
        text = newline + 1;
    }
}

static void set_syntax(enum pattern_syntax syntax) {
    if (options.syntax_given && options.syntax != syntax) {
        fprintf(stderr, "grep: conflicting matchers specified\n");
        exit(2);
    }
    options.syntax_given = 1;
    options.syntax = syntax;
}

/* Applies short option `letter` (with its argument for -e). */
static void apply_option(int letter, const char *argument) {
    switch (letter) {
    case 'E': set_syntax(SYNTAX_EXTENDED); break;
    case 'F': set_syntax(SYNTAX_FIXED); break;
    case 'G': set_syntax(SYNTAX_BASIC); break;
    case 'e': add_patterns(argument); break;
    case 'i': options.ignore_case = 1; break;
    case 'v': options.invert = 1; break;
    case 'w': options.word = 1; break;
    case 'x': options.line = 1; break;
    case 'c': options.count_only = 1; break;
    case 'l': options.listing = LIST_MATCHING; break;
    case 'L': options.listing = LIST_NOT_MATCHING; break;
    case 'n': options.line_numbers = 1; break;
    case 'h': options.names = 0; break;
    case 'H': options.names = 1; break;
    case 'o': options.only_matching = 1; break;
    case 'q': options.quiet = 1; break;
    case 's': options.no_messages = 1; break;
    case 'r': options.recursive = 1; break;
    default: break;
    }
}

static void set_color(const char *when) {
    if (!when || strcmp(when, "auto") == 0 || strcmp(when, "tty") == 0 || strcmp(when, "if-tty") == 0) {
        options.color = 2;
    } else if (strcmp(when, "always") == 0 || strcmp(when, "yes") == 0 || strcmp(when, "force") == 0) {
        options.color = 1;
    } else if (strcmp(when, "never") == 0 || strcmp(when, "no") == 0 || strcmp(when, "none") == 0) {
        options.color = 0;
    } else {
        fprintf(stderr, "grep: invalid argument '%s' for '--color'\n"
                        "Valid arguments are:\n"
                        "  - 'always', 'yes', 'force'\n"
                        "  - 'never', 'no', 'none'\n"
                        "  - 'auto', 'tty', 'if-tty'\n", when);
        usage_error(NULL, NULL);
    }
}

struct long_option {
    const char *name;
    int letter;       /* the short option it stands for, or one of the codes below */
    int argument;     /* 0 none, 1 required, 2 optional */
};

enum { OPTION_HELP = 256, OPTION_COLOR, OPTION_NO_IGNORE_CASE };

static const struct long_option long_options[] = {
    {"extended-regexp", 'E', 0},   {"fixed-strings", 'F', 0},      {"basic-regexp", 'G', 0},
    {"regexp", 'e', 1},            {"ignore-case", 'i', 0},        {"no-ignore-case", OPTION_NO_IGNORE_CASE, 0},
    {"word-regexp", 'w', 0},       {"line-regexp", 'x', 0},        {"invert-match", 'v', 0},
    {"no-messages", 's', 0},       {"line-number", 'n', 0},        {"with-filename", 'H', 0},
    {"no-filename", 'h', 0},       {"only-matching", 'o', 0},      {"quiet", 'q', 0},
    {"silent", 'q', 0},            {"recursive", 'r', 0},          {"files-without-match", 'L', 0},
    {"files-with-matches", 'l', 0}, {"count", 'c', 0},             {"color", OPTION_COLOR, 2},
    {"colour", OPTION_COLOR, 2},   {"help", OPTION_HELP, 0},
};

/* Handles "--name[=value]" at argv[*index]; may take the next argument. */
static void parse_long_option(int argc, char **argv, int *index) {
    const char *text = argv[*index] + 2;
    const char *equals = strchr(text, '=');
    size_t length = equals ? (size_t)(equals - text) : strlen(text);
    const struct long_option *found = NULL;
    int matches = 0;
    for (size_t option = 0; option < sizeof long_options / sizeof long_options[0]; option++) {
        const struct long_option *candidate = &long_options[option];
        if (strncmp(candidate->name, text, length) != 0)
            continue;
        if (strlen(candidate->name) == length) { /* an exact name wins */
            found = candidate;
            matches = 1;
            break;
        }
        /* --color and --colour are one option; so are --quiet and --silent. */
        if (!found || found->letter != candidate->letter)
            matches++;
        found = candidate;
    }
    if (matches != 1) {
        fprintf(stderr, matches ? "grep: option '%s' is ambiguous\n" : "grep: unrecognized option '%s'\n",
                argv[*index]);
        usage_error(NULL, NULL);
    }
    const char *value = equals ? equals + 1 : NULL;
    if (found->argument == 0 && value) {
        fprintf(stderr, "grep: option '--%s' doesn't allow an argument\n", found->name);
        usage_error(NULL, NULL);
    }
    if (found->argument == 1 && !value) {
        if (*index + 1 >= argc) {
            fprintf(stderr, "grep: option '--%s' requires an argument\n", found->name);
            usage_error(NULL, NULL);
        }
        value = argv[++*index];
    }
    if (found->letter == OPTION_HELP)
        print_help();
    else if (found->letter == OPTION_COLOR)
        set_color(value);
    else if (found->letter == OPTION_NO_IGNORE_CASE)
        options.ignore_case = 0;
    else
        apply_option(found->letter, value);
}

/* Reads the options wherever they are (as GNU does), leaving the operands
 * at the front of argv; returns how many there are. */
static int parse_arguments(int argc, char **argv) {
    int operands = 0;
    for (int index = 1; index < argc; index++) {
        char *argument = argv[index];
        if (strcmp(argument, "--") == 0) {
            while (++index < argc)
                argv[operands++] = argv[index];
            break;
        }
        if (argument[0] != '-' || argument[1] == '\0') {
            argv[operands++] = argument;
            continue;
        }
        if (argument[1] == '-') {
            parse_long_option(argc, argv, &index);
            continue;
        }
        for (const char *letter = argument + 1; *letter; letter++) {
            if (!strchr("EFGeivwxclLnhHoqsr", *letter)) {
                char detail[4] = {*letter, '\'', 0};
                usage_error("invalid option -- '", detail);
            }
            if (*letter == 'e') {
                const char *value = letter[1] ? letter + 1 : (index + 1 < argc ? argv[++index] : NULL);
                if (!value)
                    usage_error("option requires an argument -- 'e'", NULL);
                apply_option('e', value);
                break;
            }
            apply_option(*letter, NULL);
        }
    }
    return operands;
}

int main(int argc, char **argv) {
    int operands = parse_arguments(argc, argv);
    int first = 0;
    if (pattern_count == 0) {
        if (operands == 0)
            usage_error(NULL, NULL);
        add_patterns(argv[first++]);
    }
    if (options.color == 2) {
        const char *terminal = getenv("TERM");
        options.color = isatty(1) && terminal && strcmp(terminal, "dumb") != 0;
    }
    output_is_terminal = isatty(1);
    matcher.word = options.word;
    matcher.line = options.line;
    char message[256];
    if (matcher_compile(&matcher, patterns, pattern_count, options.syntax, options.ignore_case, message,
                        sizeof message)) {
        fprintf(stderr, "grep: %s\n", message);
        return 2;
    }
    /* As GNU grep does, give up at once when no line can be selected: -v
     * with only empty patterns (unless -L, which would list every file). */
    int only_empty = 1;
    for (size_t index = 0; index < pattern_count; index++)
        only_empty = only_empty && patterns[index][0] == '\0';
    if (only_empty && options.invert && !options.word && !options.line && options.listing != LIST_NOT_MATCHING)
        return 1;
    int files = operands - first;
    if (options.names < 0 && files > 1)
        options.names = 1;
    if (files == 0) {
        /* -r without a file searches the working directory, naming its files without "./". */
        if (options.recursive)
            search_path("", ".", 1);
        else
            search_path("-", "-", 1);
    }
    for (int index = first; index < operands; index++)
        search_path(argv[index], strcmp(argv[index], "-") == 0 ? "(standard input)" : argv[index], 1);
    flush_output();
    if (error_seen && !(options.quiet && anything_selected))
        return 2;
    return anything_selected ? 0 : 1;
}
