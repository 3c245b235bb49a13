/* xargs: builds command lines from the items on standard input (or -a FILE)
 * and runs them, as GNU xargs does. Items are separated by blanks and
 * newlines, with '...', "..." and backslash quoting, or by one delimiter
 * character (-0, -d) taken literally. -n, -L and -s bound each command line;
 * -I runs the command once per input line with the line put in place of a
 * string; -t shows each command on standard error; -r runs nothing when
 * there is no input; -E ends the input at a given item.
 *
 * Exit status (GNU's): 0; 123 if a command exited 1-125; 124 if one exited
 * 255 (xargs stops there); 125 if one was killed; 126 if it could not be run;
 * 127 if it was not found; 1 for other trouble. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wasmos.h>

/* The most a command line may hold: the kernel takes 64 KiB of arguments
 * (GNU's default is 128 KiB, more than that). */
enum { SYSTEM_MAX_CHARS = 65536 };

static struct {
    FILE *input;
    const char *input_name;
    int delimiter; /* -1: blanks, newlines and quotes separate items */
    const char *end_of_file;
    const char *replace; /* -I: the string to replace, or NULL */
    long max_args;       /* 0: no bound */
    long max_lines;      /* 0: no bound */
    long max_chars;
    int verbose;
    int no_run_if_empty;
    int exit_if_too_long;
    /* The command and its initial arguments. */
    char **command;
    int command_count;
    int status;
    long system_max_args; /* how many arguments the kernel lets a program have */
} options = {.delimiter = -1, .max_chars = SYSTEM_MAX_CHARS};

/* A growing list of strings: the items gathered for the next command. */
struct list {
    char **items;
    size_t count;
    size_t capacity;
    size_t chars; /* their lengths plus one each */
};

static void usage(FILE *stream) {
    fprintf(stream,
            "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\n"
            "Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.\n"
            "\n"
            "  -0, --null                   items are separated by a null, not whitespace;\n"
            "                                 quotes and backslash are not special\n"
            "  -a, --arg-file=FILE          read arguments from FILE, not standard input\n"
            "  -d, --delimiter=CHARACTER    items are separated by CHARACTER (C escapes\n"
            "                                 such as \\n, \\t, \\0, \\x41, \\101 allowed)\n"
            "  -E END                       set logical EOF string\n"
            "  -I R, --replace=R            replace R in INITIAL-ARGS with each input line\n"
            "  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per\n"
            "                                 command line\n"
            "  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line\n"
            "  -r, --no-run-if-empty        if there are no arguments, do not run COMMAND\n"
            "  -s, --max-chars=MAX-CHARS    limit length of command line to MAX-CHARS\n"
            "  -t, --verbose                print commands before executing them\n"
            "  -x, --exit                   exit if the size (see -s) is exceeded\n"
            "      --help                   display this help and exit\n"
            "\n"
            "COMMAND defaults to echo.\n");
}

static __attribute__((noreturn)) void usage_error(void) {
    fprintf(stderr, "Try 'xargs --help' for more information.\n");
    exit(1);
}

static void *allocate(size_t size) {
    void *memory = malloc(size ? size : 1);
    if (!memory) {
        fprintf(stderr, "xargs: out of memory\n");
        exit(1);
    }
    return memory;
}

static void list_add(struct list *list, char *item) {
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 32;
        list->items = realloc(list->items, list->capacity * sizeof *list->items);
        if (!list->items) {
            fprintf(stderr, "xargs: out of memory\n");
            exit(1);
        }
    }
    list->items[list->count++] = item;
    list->chars += strlen(item) + 1;
}

static void list_clear(struct list *list) {
    for (size_t index = 0; index < list->count; index++)
        free(list->items[index]);
    list->count = 0;
    list->chars = 0;
}

/* ---- Options ---- */

/* Reads a count for option `name` that must be at least `minimum`. */
static long parse_number(const char *text, char name, long minimum) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (!*text || *end || errno) {
        fprintf(stderr, "xargs: invalid number \"%s\" for -%c option\n", text, name);
        usage_error();
    }
    if (value < minimum) {
        fprintf(stderr, "xargs: value %s for -%c option should be >= %ld\n", text, name, minimum);
        usage_error();
    }
    return value;
}

/* The value of an octal, hexadecimal or single-letter escape after '\'. */
static int parse_delimiter(const char *text) {
    if (text[0] && !text[1])
        return (unsigned char)text[0];
    if (text[0] == '\\') {
        const char *rest = text + 1;
        static const char letters[] = "abfnrtv\\";
        static const char values[] = "\a\b\f\n\r\t\v\\";
        const char *letter = *rest ? strchr(letters, *rest) : NULL;
        if (letter && !rest[1])
            return (unsigned char)values[letter - letters];
        char *end;
        unsigned long value = 0;
        if (*rest == 'x' && rest[1])
            value = strtoul(rest + 1, &end, 16);
        else if (*rest >= '0' && *rest <= '7')
            value = strtoul(rest, &end, 8);
        else
            end = (char *)rest;
        if (end != rest && !*end && value <= 255)
            return (int)value;
    }
    fprintf(stderr,
            "xargs: Invalid input delimiter specification %s: the delimiter must be either a single character "
            "or an escape sequence starting with \\.\n",
            text);
    exit(1);
}

/* Applies option `name` (a short option letter) with its argument. */
static void apply_option(char name, const char *argument) {
    switch (name) {
    case '0': options.delimiter = '\0'; break;
    case 'a': options.input_name = argument; break;
    case 'd': options.delimiter = parse_delimiter(argument); break;
    case 'E': options.end_of_file = *argument ? argument : NULL; break;
    case 'I':
        options.replace = argument;
        options.max_lines = 1;
        options.max_args = 0;
        options.exit_if_too_long = 1;
        break;
    case 'L':
        options.max_lines = parse_number(argument, 'L', 1);
        options.max_args = 0;
        options.replace = NULL;
        break;
    case 'n':
        options.max_args = parse_number(argument, 'n', 1);
        options.max_lines = 0;
        options.replace = NULL;
        break;
    case 's':
        options.max_chars = parse_number(argument, 's', 1);
        if (options.max_chars > SYSTEM_MAX_CHARS) {
            fprintf(stderr, "xargs: value %s for -s option should be <= %d\n", argument, SYSTEM_MAX_CHARS);
            options.max_chars = SYSTEM_MAX_CHARS;
        }
        break;
    case 'r': options.no_run_if_empty = 1; break;
    case 't': options.verbose = 1; break;
    case 'x': options.exit_if_too_long = 1; break;
    }
}

/* The long options and the short letter each stands for. */
static const struct {
    const char *name;
    char letter;
    int takes_argument;
} long_options[] = {
    {"null", '0', 0},         {"arg-file", 'a', 1},  {"delimiter", 'd', 1},        {"eof", 'E', 1},
    {"replace", 'I', 1},      {"max-lines", 'L', 1}, {"max-args", 'n', 1},         {"max-chars", 's', 1},
    {"no-run-if-empty", 'r', 0}, {"verbose", 't', 0}, {"exit", 'x', 0},
};

/* Reads the options; returns the index of the command. */
static int parse_options(int argc, char **argv) {
    int index = 1;
    while (index < argc && argv[index][0] == '-' && argv[index][1]) {
        char *word = argv[index++];
        if (strcmp(word, "--") == 0)
            break;
        if (word[1] == '-') {
            if (strcmp(word, "--help") == 0) {
                usage(stdout);
                exit(0);
            }
            char *equals = strchr(word, '=');
            size_t length = equals ? (size_t)(equals - word - 2) : strlen(word + 2);
            size_t found = sizeof long_options / sizeof long_options[0];
            for (size_t option = 0; option < sizeof long_options / sizeof long_options[0]; option++) {
                if (strlen(long_options[option].name) == length &&
                    strncmp(long_options[option].name, word + 2, length) == 0)
                    found = option;
            }
            if (found == sizeof long_options / sizeof long_options[0]) {
                fprintf(stderr, "xargs: unrecognized option '%s'\n", word);
                usage_error();
            }
            const char *argument = equals ? equals + 1 : NULL;
            if (long_options[found].takes_argument && !argument) {
                if (index >= argc) {
                    fprintf(stderr, "xargs: option '--%s' requires an argument\n", long_options[found].name);
                    usage_error();
                }
                argument = argv[index++];
            } else if (!long_options[found].takes_argument && argument) {
                fprintf(stderr, "xargs: option '--%s' doesn't allow an argument\n", long_options[found].name);
                usage_error();
            }
            apply_option(long_options[found].letter, argument);
            continue;
        }
        for (char *letter = word + 1; *letter; letter++) {
            if (strchr("0rtx", *letter)) {
                apply_option(*letter, NULL);
            } else if (strchr("adEILns", *letter)) {
                const char *argument = letter[1] ? letter + 1 : (index < argc ? argv[index++] : NULL);
                if (!argument) {
                    fprintf(stderr, "xargs: option requires an argument -- '%c'\n", *letter);
                    usage_error();
                }
                apply_option(*letter, argument);
                break;
            } else {
                fprintf(stderr, "xargs: invalid option -- '%c'\n", *letter);
                usage_error();
            }
        }
    }
    return index;
}

/* ---- Reading items ---- */

/* A growing string. */
struct text {
    char *bytes;
    size_t length;
    size_t capacity;
};

static void text_add(struct text *text, char character) {
    if (text->length + 1 >= text->capacity) {
        text->capacity = text->capacity ? text->capacity * 2 : 64;
        text->bytes = realloc(text->bytes, text->capacity);
        if (!text->bytes) {
            fprintf(stderr, "xargs: out of memory\n");
            exit(1);
        }
    }
    text->bytes[text->length++] = character;
}

static char *text_take(struct text *text) {
    char *result = allocate(text->length + 1);
    memcpy(result, text->bytes, text->length);
    result[text->length] = '\0';
    text->length = 0;
    return result;
}

static int is_blank(int character) {
    return character == ' ' || character == '\t';
}

/* How reading an item ended. */
enum item_result { ITEM, ITEM_ENDS_LINE, NO_MORE, BAD_QUOTE };

/* Reads the next item split by the delimiter (-0, -d): every byte counts. */
static enum item_result read_delimited(struct text *item) {
    int character;
    while ((character = getc(options.input)) != EOF && character != options.delimiter)
        text_add(item, (char)character);
    if (character == EOF && item->length == 0)
        return NO_MORE;
    return ITEM_ENDS_LINE;
}

/* Reads the next blank-separated item, or with -I the next line, taking
 * quotes and backslashes. An item followed directly by a newline ends its
 * line; a line whose last character is a blank goes on in the next one. */
static enum item_result read_quoted(struct text *item) {
    int whole_lines = options.replace != NULL;
    int character;
    /* Leading blanks and empty lines. */
    while ((character = getc(options.input)) != EOF && (is_blank(character) || character == '\n'))
        continue;
    if (character == EOF)
        return NO_MORE;
    for (;;) {
        if (character == EOF)
            return ITEM_ENDS_LINE;
        if (character == '\n')
            return ITEM_ENDS_LINE;
        if (!whole_lines && is_blank(character)) {
            /* Blanks end the item, and a blank before the newline carries the line on. */
            while ((character = getc(options.input)) != EOF && is_blank(character))
                continue;
            if (character != EOF)
                ungetc(character, options.input);
            return ITEM;
        }
        if (character == '\'' || character == '"') {
            int quote = character;
            while ((character = getc(options.input)) != EOF && character != quote && character != '\n')
                text_add(item, (char)character);
            if (character != quote) {
                fprintf(stderr,
                        "xargs: unmatched %s quote; by default quotes are special to xargs unless you use the -0 "
                        "option\n",
                        quote == '"' ? "double" : "single");
                return BAD_QUOTE;
            }
        } else if (character == '\\') {
            character = getc(options.input);
            if (character == EOF)
                return ITEM_ENDS_LINE;
            text_add(item, (char)character);
        } else {
            text_add(item, (char)character);
        }
        character = getc(options.input);
    }
}

/* ---- Running ---- */

/* Whether `character` at `position` of a word may stand unquoted for -t. */
static int shell_safe(unsigned char character, size_t position) {
    if ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
        (character >= '0' && character <= '9'))
        return 1;
    if (character == '~' || character == '#')
        return position > 0;
    return character && strchr("%+,-./:@_]{}", character) != NULL;
}

/* Whether `character` may stand inside double quotes, which -t prefers for a
 * word whose only trouble is a single quote. */
static int double_quote_safe(unsigned char character, size_t position) {
    return character == '\'' || character == ' ' || character == '~' || character == '#' ||
           (shell_safe(character, position) && !strchr("]{}", character));
}

/* Writes `word` for -t quoted as GNU's shell quoting style does: bare when
 * nothing in it is special, in double quotes when only single quotes and
 * spaces are, else in single quotes with $'\ooo' for unprintable bytes. */
static void show_word(const char *word) {
    int plain = *word != '\0', double_quotable = 1, has_quote = 0;
    for (size_t index = 0; word[index]; index++) {
        unsigned char character = (unsigned char)word[index];
        plain = plain && shell_safe(character, index);
        double_quotable = double_quotable && double_quote_safe(character, index);
        has_quote = has_quote || character == '\'';
    }
    if (plain) {
        fputs(word, stderr);
        return;
    }
    if (has_quote && double_quotable) {
        fprintf(stderr, "\"%s\"", word);
        return;
    }
    static const char letters[] = "abtnvfr";
    int open = 1; /* inside single quotes */
    fputc('\'', stderr);
    for (const char *cursor = word; *cursor; cursor++) {
        unsigned char character = (unsigned char)*cursor;
        if (character == '\'') {
            fputs(open ? "'\\''" : "\\''", stderr);
        } else if (character < 0x20 || character >= 0x7f) {
            fputs(open ? "'$'" : "$'", stderr);
            if (character >= '\a' && character <= '\r')
                fprintf(stderr, "\\%c", letters[character - '\a']);
            else
                fprintf(stderr, "\\%03o", character);
            fputc('\'', stderr);
            open = 0;
            continue;
        } else {
            if (!open)
                fputc('\'', stderr);
            fputc(character, stderr);
        }
        open = 1;
    }
    if (open)
        fputc('\'', stderr);
}

/* Runs one command line and waits for it; ends xargs where GNU's would. */
static void run_command(char **argv, int count) {
    if (options.verbose) {
        for (int index = 0; index < count; index++) {
            if (index)
                fputc(' ', stderr);
            show_word(argv[index]);
        }
        fputc('\n', stderr);
    }
    fflush(stdout);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid;
    int error = posix_spawnp(&pid, argv[0], &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    if (error) {
        fprintf(stderr, "xargs: %s: %s\n", argv[0], strerror(error));
        exit(error == ENOENT ? 127 : 126);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "xargs: waiting for %s: %s\n", argv[0], strerror(errno));
            exit(1);
        }
    }
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "xargs: %s: terminated by signal %d\n", argv[0], WTERMSIG(status));
        exit(125);
    }
    int code = WEXITSTATUS(status);
    if (code == 255) {
        fprintf(stderr, "xargs: %s: exited with status 255; aborting\n", argv[0]);
        exit(124);
    }
    if (code != 0)
        options.status = 123;
}

/* Runs the command with the gathered items after its initial arguments. */
static void run_with(struct list *items) {
    int count = options.command_count + (int)items->count;
    char **argv = allocate((size_t)(count + 1) * sizeof *argv);
    for (int index = 0; index < options.command_count; index++)
        argv[index] = options.command[index];
    for (size_t index = 0; index < items->count; index++)
        argv[options.command_count + (int)index] = items->items[index];
    argv[count] = NULL;
    run_command(argv, count);
    free(argv);
    list_clear(items);
}

/* `word` with every occurrence of the -I string replaced by `item`. */
static char *replace_in(const char *word, const char *item) {
    const char *pattern = options.replace;
    size_t pattern_length = strlen(pattern);
    struct text result = {0};
    for (const char *cursor = word; *cursor;) {
        if (pattern_length && strncmp(cursor, pattern, pattern_length) == 0) {
            for (const char *from = item; *from; from++)
                text_add(&result, *from);
            cursor += pattern_length;
        } else {
            text_add(&result, *cursor++);
        }
    }
    char *taken = text_take(&result);
    free(result.bytes);
    return taken;
}

/* -I: runs the command once for `item`. */
static void run_replacing(const char *item) {
    int count = options.command_count;
    char **argv = allocate((size_t)(count + 1) * sizeof *argv);
    size_t size = 0;
    for (int index = 0; index < count; index++) {
        argv[index] = index == 0 ? strdup(options.command[0]) : replace_in(options.command[index], item);
        size += strlen(argv[index]) + 1;
    }
    argv[count] = NULL;
    if (size > (size_t)options.max_chars) {
        fprintf(stderr, "xargs: argument line too long\n");
        exit(1);
    }
    run_command(argv, count);
    for (int index = 0; index < count; index++)
        free(argv[index]);
    free(argv);
}

int main(int argc, char **argv) {
    int command_index = parse_options(argc, argv);
    static char *default_command[] = {"echo", NULL};
    if (command_index < argc) {
        options.command = argv + command_index;
        options.command_count = argc - command_index;
    } else {
        options.command = default_command;
        options.command_count = 1;
    }
    options.system_max_args = (long)wasmos_limit_get(WASMOS_LIMIT_ARGUMENTS);
    if (options.system_max_args < options.command_count + 1) {
        fprintf(stderr, "xargs: the system allows too few arguments for the command\n");
        return 1;
    }
    options.input = stdin;
    if (options.input_name) {
        options.input = fopen(options.input_name, "r");
        if (!options.input) {
            fprintf(stderr, "xargs: cannot open input file '%s': %s\n", options.input_name, strerror(errno));
            return 1;
        }
    }
    size_t base_chars = 0;
    for (int index = 0; index < options.command_count; index++)
        base_chars += strlen(options.command[index]) + 1;
    if (!options.replace && base_chars > (size_t)options.max_chars) {
        fprintf(stderr, "xargs: cannot fit single argument within argument list size limit\n");
        return 1;
    }

    struct list items = {0};
    struct text item = {0};
    long lines = 0;
    int ran = 0;
    int bad_quote = 0;
    for (;;) {
        enum item_result result = options.delimiter >= 0 ? read_delimited(&item) : read_quoted(&item);
        if (result == NO_MORE || result == BAD_QUOTE) {
            bad_quote = result == BAD_QUOTE;
            break;
        }
        char *word = text_take(&item);
        if (options.delimiter < 0 && options.end_of_file && strcmp(word, options.end_of_file) == 0) {
            free(word);
            break;
        }
        if (options.replace) {
            run_replacing(word);
            free(word);
            ran = 1;
            continue;
        }
        size_t word_chars = strlen(word) + 1;
        int too_many = options.command_count + (long)items.count >= options.system_max_args;
        if (too_many || base_chars + items.chars + word_chars > (size_t)options.max_chars) {
            if (items.count == 0) {
                fprintf(stderr, "xargs: argument line too long\n");
                return 1;
            }
            if (options.exit_if_too_long && (options.max_args || options.max_lines)) {
                fprintf(stderr, "xargs: argument list too long\n");
                return 1;
            }
            run_with(&items);
            ran = 1;
            lines = 0;
        }
        list_add(&items, word);
        if (result == ITEM_ENDS_LINE)
            lines++;
        if ((options.max_args && (long)items.count >= options.max_args) ||
            (options.max_lines && lines >= options.max_lines)) {
            run_with(&items);
            ran = 1;
            lines = 0;
        }
    }
    if (items.count > 0 || (!ran && !options.no_run_if_empty && !options.replace && !bad_quote))
        run_with(&items);
    free(item.bytes);
    free(items.items);
    return bad_quote ? 1 : options.status;
}
