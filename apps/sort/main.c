/* sort: sorts the lines of files (or standard input, "-") together and
 * writes them out, as GNU sort does in the C locale. Keys (-k POS1[,POS2],
 * -t SEP) and orderings (-b -d -f -i -n -r), -u for one line of each equal
 * run, -s for a stable sort, -m to merge files already sorted, -c/-C to check
 * the order instead, -o FILE to write the result to a file (which may be an
 * input). Lines that tie on every key compare whole, byte by byte. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sort.h"

/* Exit status of failures (1 is "out of order" for -c). */
#define TROUBLE 2

static const char usage_line[] = "usage: sort [-bcCdfimnrsu] [-k POS1[,POS2]] [-o FILE] [-t SEP] [FILE...]\n";

static void usage(FILE *stream) {
    fputs(usage_line, stream);
}

static void help(void) {
    usage(stdout);
    fputs("Write the sorted concatenation of the FILEs (standard input for none or \"-\").\n"
          "  -b        ignore leading blanks\n"
          "  -d        consider only blanks and alphanumeric characters\n"
          "  -f        fold lower case to upper case\n"
          "  -i        consider only printable characters\n"
          "  -n        compare by numeric value\n"
          "  -r        reverse the result of comparisons\n"
          "  -k POS1[,POS2]  a key from POS1 to POS2 (or the line's end);\n"
          "            POS is F[.C][OPTS], field F and character C counted from 1,\n"
          "            OPTS any of b d f i n r for this key alone\n"
          "  -t SEP    fields are separated by SEP, not by runs of blanks\n"
          "  -s        stable: keep input order of lines whose keys tie\n"
          "  -u        output only the first of lines that compare equal\n"
          "  -m        merge files that are already sorted\n"
          "  -c        check that the input is sorted; report the first disorder\n"
          "  -C        like -c, but report nothing\n"
          "  -o FILE   write the result to FILE\n"
          "  --help    show this help\n",
          stdout);
}

static void fail_usage(void) {
    usage(stderr);
    exit(TROUBLE);
}

/* The global ordering options, which keys without options of their own take. */
static struct key global_key = {1, 1, 0, 0, 0, 0, 0, 0, 0, IGNORE_NONE};

/* Applies one ordering letter to `key`; returns 0, or -1 if it is not one. */
static int set_ordering(struct key *key, char letter, int at_end) {
    switch (letter) {
    case 'b':
        if (at_end)
            key->skip_end_blanks = 1;
        else
            key->skip_start_blanks = 1;
        return 0;
    case 'd':
        key->ignored = IGNORE_NONDICTIONARY;
        return 0;
    case 'i':
        if (key->ignored == IGNORE_NONE)
            key->ignored = IGNORE_NONPRINTING;
        return 0;
    case 'f':
        key->fold = 1;
        return 0;
    case 'n':
        key->numeric = 1;
        return 0;
    case 'r':
        key->reverse = 1;
        return 0;
    default:
        return -1;
    }
}

static void bad_field_spec(const char *reason, const char *spec) {
    fprintf(stderr, "sort: %s: invalid field specification '%s'\n", reason, spec);
    exit(TROUBLE);
}

static void bad_count(const char *where, const char *text) {
    fprintf(stderr, "sort: invalid number %s: invalid count at start of '%s'\n", where, text);
    exit(TROUBLE);
}

/* Reads the decimal number at *text, or reports it as missing `where`. */
static size_t read_count(const char **text, const char *where) {
    const char *at = *text;
    if (*at < '0' || *at > '9')
        bad_count(where, at);
    size_t value = 0;
    for (; *at >= '0' && *at <= '9'; at++)
        value = value > ((size_t)-1 - 9) / 10 ? (size_t)-1 : value * 10 + (size_t)(*at - '0');
    *text = at;
    return value;
}

/* Parses a -k argument into `key`. */
static void parse_key(const char *spec, struct key *key) {
    memset(key, 0, sizeof *key);
    const char *at = spec;
    key->start_field = read_count(&at, "at field start");
    if (key->start_field == 0)
        bad_field_spec("field number is zero", spec);
    key->start_char = 1;
    if (*at == '.') {
        at++;
        key->start_char = read_count(&at, "after '.'");
        if (key->start_char == 0)
            bad_field_spec("character offset is zero", spec);
    }
    while (*at && *at != ',' && set_ordering(key, *at, 0) == 0)
        at++;
    if (*at == ',') {
        at++;
        key->end_field = read_count(&at, "after ','");
        if (key->end_field == 0)
            bad_field_spec("field number is zero", spec);
        if (*at == '.') {
            at++;
            key->end_char = read_count(&at, "after '.'");
        }
        while (*at && set_ordering(key, *at, 1) == 0)
            at++;
    }
    if (*at)
        bad_field_spec("stray character in field spec", spec);
}

/* GNU refuses -n together with -d or -i; the message lists the key's letters. */
static void check_compatible(const struct key *key) {
    if (!key->numeric || key->ignored == IGNORE_NONE)
        return;
    char letters[5];
    size_t count = 0;
    if (key->ignored == IGNORE_NONDICTIONARY)
        letters[count++] = 'd';
    if (key->fold)
        letters[count++] = 'f';
    if (key->ignored == IGNORE_NONPRINTING)
        letters[count++] = 'i';
    letters[count++] = 'n';
    letters[count] = '\0';
    fprintf(stderr, "sort: options '-%s' are incompatible\n", letters);
    exit(TROUBLE);
}

/* Every input line, file after file. */
static struct line *lines;
static size_t line_count, line_capacity;

static void *allocate(void *old, size_t size) {
    void *memory = realloc(old, size ? size : 1);
    if (!memory) {
        fputs("sort: memory exhausted\n", stderr);
        exit(TROUBLE);
    }
    return memory;
}

static void add_line(const char *text, size_t length) {
    if (line_count == line_capacity) {
        line_capacity = line_capacity ? line_capacity * 2 : 1024;
        lines = allocate(lines, line_capacity * sizeof *lines);
    }
    lines[line_count].text = text;
    lines[line_count].length = length;
    line_count++;
}

/* Reads all of `fd`; returns the bytes (kept for the whole run) or NULL with errno set. */
static char *read_all(int fd, size_t *length) {
    size_t capacity = 65536, used = 0;
    char *buffer = allocate(NULL, capacity);
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            buffer = allocate(buffer, capacity);
        }
        ssize_t got = read(fd, buffer + used, capacity - used);
        if (got < 0) {
            free(buffer);
            return NULL;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    *length = used;
    return buffer;
}

/* Reads the lines of `path` into `lines`; returns 0 or an errno value. */
static int read_lines(const char *path) {
    int is_standard_input = strcmp(path, "-") == 0;
    int fd = is_standard_input ? 0 : open(path, O_RDONLY);
    if (fd < 0)
        return errno;
    size_t length = 0;
    char *text = read_all(fd, &length);
    int error = text ? 0 : errno;
    if (!is_standard_input)
        close(fd);
    if (!text)
        return error;
    size_t start = 0;
    for (size_t index = 0; index < length; index++) {
        if (text[index] == '\n') {
            add_line(text + start, index - start);
            start = index + 1;
        }
    }
    if (start < length)
        add_line(text + start, length - start);
    return 0;
}

/* Stable merge sort of `count` items, using `scratch` (room for half of them). */
static void merge_sort(struct line *items, struct line *scratch, size_t count) {
    if (count < 2)
        return;
    size_t half = count / 2;
    merge_sort(items, scratch, half);
    merge_sort(items + half, scratch, count - half);
    if (compare_lines(&items[half - 1], &items[half]) <= 0)
        return;
    memcpy(scratch, items, half * sizeof *items);
    size_t left = 0, right = half, out = 0;
    while (left < half && right < count) {
        if (compare_lines(&items[right], &scratch[left]) < 0)
            items[out++] = items[right++];
        else
            items[out++] = scratch[left++];
    }
    while (left < half)
        items[out++] = scratch[left++];
}

static FILE *output;
static const char *output_name = "standard output";
static int unique;

static void write_line(const struct line *line) {
    fwrite(line->text, 1, line->length, output);
    fputc('\n', output);
}

static const struct line *last_written;

/* Writes a line, unless -u is on and it equals the last one written. */
static void emit(const struct line *line) {
    if (unique && last_written && compare_lines(last_written, line) == 0)
        return;
    write_line(line);
    last_written = line;
}

/* Merges the sorted runs starting at `starts` (one per file) into the output;
 * on ties the earlier file's line goes first. */
static void merge_runs(const size_t *starts, size_t run_count) {
    size_t *next = allocate(NULL, run_count * sizeof *next);
    memcpy(next, starts, run_count * sizeof *next);
    for (;;) {
        size_t best = run_count;
        for (size_t run = 0; run < run_count; run++) {
            if (next[run] >= starts[run + 1])
                continue;
            if (best == run_count || compare_lines(&lines[next[run]], &lines[next[best]]) < 0)
                best = run;
        }
        if (best == run_count)
            break;
        emit(&lines[next[best]++]);
    }
    free(next);
}

/* -c and -C: reports the first line out of order. */
static int check_order(const char *name, int quiet) {
    for (size_t index = 1; index < line_count; index++) {
        int difference = compare_lines(&lines[index - 1], &lines[index]);
        if (difference > 0 || (unique && difference == 0)) {
            if (!quiet) {
                fprintf(stderr, "sort: %s:%zu: disorder: ", name, index + 1);
                fwrite(lines[index].text, 1, lines[index].length, stderr);
                fputc('\n', stderr);
            }
            return 1;
        }
    }
    return 0;
}

static void open_output(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    output = fd < 0 ? NULL : fdopen(fd, "w");
    if (!output) {
        fprintf(stderr, "sort: open failed: %s: %s\n", path, strerror(errno));
        exit(TROUBLE);
    }
    output_name = path;
}

static void finish_output(void) {
    if (fflush(output) != 0 || ferror(output)) {
        fprintf(stderr, "sort: write failed: %s: %s\n", output_name, strerror(errno));
        exit(TROUBLE);
    }
}

static struct key *keys;
static size_t key_count;

/* Gives keys without options the global ones; with no key at all, a key over
 * the whole line carries the global options. */
static void settle_keys(void) {
    for (size_t index = 0; index < key_count; index++) {
        if (!key_has_options(&keys[index])) {
            struct key *key = &keys[index];
            key->skip_start_blanks = global_key.skip_start_blanks;
            key->skip_end_blanks = global_key.skip_end_blanks;
            key->numeric = global_key.numeric;
            key->fold = global_key.fold;
            key->reverse = global_key.reverse;
            key->ignored = global_key.ignored;
        }
        check_compatible(&keys[index]);
    }
    check_compatible(&global_key);
    int global_options = global_key.skip_start_blanks || global_key.numeric || global_key.fold ||
                         global_key.ignored != IGNORE_NONE;
    if (key_count == 0 && global_options) {
        keys = &global_key;
        key_count = 1;
    }
    order.keys = keys;
    order.key_count = key_count;
}

int main(int argc, char **argv) {
    char **operands = allocate(NULL, (size_t)argc * sizeof *operands);
    size_t operand_count = 0;
    int separator = -1, stable = 0, merge = 0, check = 0;
    const char *output_path = NULL;
    keys = allocate(NULL, (size_t)argc * sizeof *keys);
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        if (strcmp(argv[optind], "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "sort: unrecognized option '%s'\n", argv[optind]);
            fail_usage();
        }
        int option = getopt(argc, argv, "bcCdfik:mno:rst:u");
        if (option == -1) {
            if (strcmp(argv[before], "--") == 0) {
                while (optind < argc)
                    operands[operand_count++] = argv[optind++];
            } else {
                operands[operand_count++] = argv[optind++];
            }
            continue;
        }
        switch (option) {
        case 'b':
            global_key.skip_start_blanks = global_key.skip_end_blanks = 1;
            break;
        case 'c':
        case 'C':
            check = option;
            break;
        case 'k':
            parse_key(optarg, &keys[key_count++]);
            break;
        case 'm':
            merge = 1;
            break;
        case 'o':
            output_path = optarg;
            break;
        case 's':
            stable = 1;
            break;
        case 't':
            if (optarg[0] == '\0') {
                fputs("sort: empty tab\n", stderr);
                return TROUBLE;
            }
            if (optarg[1] != '\0') {
                fprintf(stderr, "sort: multi-character tab '%s'\n", optarg);
                return TROUBLE;
            }
            separator = (unsigned char)optarg[0];
            break;
        case 'u':
            unique = 1;
            break;
        case '?':
            if (strchr("kot", optopt))
                fprintf(stderr, "sort: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "sort: invalid option -- '%c'\n", optopt);
            fail_usage();
            break;
        default:
            set_ordering(&global_key, (char)option, 0);
            break;
        }
    }
    if (check && output_path) {
        fprintf(stderr, "sort: options '-%co' are incompatible\n", check);
        return TROUBLE;
    }
    if (check && operand_count > 1) {
        fprintf(stderr, "sort: extra operand '%s' not allowed with -%c\n", operands[1], check);
        return TROUBLE;
    }
    settle_keys();
    order.separator = separator;
    order.reverse = global_key.reverse;
    order.last_resort = !stable && !unique;
    if (operand_count == 0)
        operands[operand_count++] = "-";

    size_t *starts = allocate(NULL, (operand_count + 1) * sizeof *starts);
    for (size_t index = 0; index < operand_count; index++) {
        starts[index] = line_count;
        int error = read_lines(operands[index]);
        if (error) {
            fprintf(stderr, "sort: %s: %s: %s\n", check ? "open failed" : "cannot read", operands[index],
                    strerror(error));
            return TROUBLE;
        }
    }
    starts[operand_count] = line_count;
    if (check)
        return check_order(operands[0], check == 'C');

    output = stdout;
    if (output_path)
        open_output(output_path);
    if (merge) {
        merge_runs(starts, operand_count);
    } else {
        struct line *scratch = allocate(NULL, (line_count / 2 + 1) * sizeof *scratch);
        merge_sort(lines, scratch, line_count);
        for (size_t index = 0; index < line_count; index++)
            emit(&lines[index]);
    }
    finish_output();
    return 0;
}
