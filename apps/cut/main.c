/* cut: writes selected parts of each line of files (or standard input, "-"),
 * as GNU cut does: -b LIST bytes, -c LIST characters (bytes here, as in the
 * C locale), or -f LIST fields separated by -d DELIM (a tab by default),
 * where -s drops lines without the delimiter. A LIST is ranges such as
 * 1,3-5,7- or -2, separated by commas or blanks. --complement selects what
 * the list does not, --output-delimiter=STRING joins the selected parts. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] =
    "usage: cut -b LIST | -c LIST | -f LIST [-d DELIM] [-s] [--complement] [--output-delimiter=STRING] [FILE...]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Print the selected parts of each line of the FILEs (standard input for none or \"-\").\n"
          "  -b LIST   select these bytes\n"
          "  -c LIST   select these characters (bytes: the C locale)\n"
          "  -f LIST   select these fields; lines without the delimiter are printed whole\n"
          "  -d DELIM  fields are separated by DELIM, not by a tab\n"
          "  -s        with -f, leave out lines without the delimiter\n"
          "  --complement  select what the list does not\n"
          "  --output-delimiter=STRING  put STRING between the selected parts\n"
          "  --help    show this help\n"
          "LIST is one or more ranges separated by commas: N, N-M, N- (to the end), -M (from 1).\n",
          stdout);
}

static void fail(const char *message) {
    fprintf(stderr, "cut: %s\n", message);
    fputs(usage_line, stderr);
    exit(1);
}

/* A range of positions, counted from 1 and inclusive. */
struct range {
    size_t low, high;
};

static struct range *ranges;
static size_t range_count;
static int by_fields;

static void add_range(size_t low, size_t high) {
    ranges = realloc(ranges, (range_count + 1) * sizeof *ranges);
    if (!ranges) {
        fputs("cut: memory exhausted\n", stderr);
        exit(1);
    }
    ranges[range_count].low = low;
    ranges[range_count].high = high;
    range_count++;
}

static int is_list_separator(char c) {
    return c == ',' || c == ' ' || c == '\t' || c == '\0';
}

/* Reports the part of a list item from `bad` to the item's end. */
static void bad_item(const char *bad) {
    size_t length = 0;
    while (!is_list_separator(bad[length]))
        length++;
    fprintf(stderr, by_fields ? "cut: invalid field value '%.*s'\n" : "cut: invalid byte/character position '%.*s'\n",
            (int)length, bad);
    fputs(usage_line, stderr);
    exit(1);
}

/* Reads the number at *at (which starts with a digit). */
static size_t read_number(const char **at) {
    const char *start = *at;
    size_t value = 0;
    int too_large = 0;
    for (; **at >= '0' && **at <= '9'; (*at)++) {
        if (value > ((size_t)-1 - 9) / 10)
            too_large = 1;
        value = value * 10 + (size_t)(**at - '0');
    }
    if (too_large) {
        fprintf(stderr, by_fields ? "cut: field number '%.*s' is too large\n"
                                  : "cut: byte/character offset '%.*s' is too large\n",
                (int)(*at - start), start);
        fputs(usage_line, stderr);
        exit(1);
    }
    return value;
}

static int compare_ranges(const void *a, const void *b) {
    const struct range *first = a, *second = b;
    return (first->low > second->low) - (first->low < second->low);
}

/* Parses a LIST into `ranges`, sorted and merged. */
static void parse_list(const char *list) {
    const char *at = list;
    for (;;) {
        int have_low = 0, have_high = 0, dash = 0;
        size_t low = 0, high = 0;
        if (*at >= '0' && *at <= '9') {
            low = read_number(&at);
            have_low = 1;
        }
        if (*at == '-') {
            dash = 1;
            at++;
            if (*at >= '0' && *at <= '9') {
                high = read_number(&at);
                have_high = 1;
            }
        }
        if (!is_list_separator(*at))
            bad_item(at);
        if (dash) {
            if (!have_low && !have_high)
                fail("invalid range with no endpoint: -");
            if (!have_low)
                low = 1;
            if (low == 0)
                fail(by_fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1");
            if (!have_high)
                high = (size_t)-1;
            if (high < low)
                fail("invalid decreasing range");
        } else {
            if (low == 0)
                fail(by_fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1");
            high = low;
        }
        add_range(low, high);
        if (*at == '\0')
            break;
        at++;
    }
    qsort(ranges, range_count, sizeof *ranges, compare_ranges);
    size_t kept = 0;
    for (size_t index = 0; index < range_count; index++) {
        struct range *last = kept > 0 ? &ranges[kept - 1] : NULL;
        if (last && (last->high == (size_t)-1 || ranges[index].low <= last->high + 1)) {
            if (ranges[index].high > last->high)
                last->high = ranges[index].high;
        } else {
            ranges[kept++] = ranges[index];
        }
    }
    range_count = kept;
}

/* Replaces the ranges by the positions they leave out. */
static void complement_ranges(void) {
    struct range *selected = ranges;
    size_t count = range_count;
    ranges = NULL;
    range_count = 0;
    size_t next = 1;
    for (size_t index = 0; index < count; index++) {
        if (selected[index].low > next)
            add_range(next, selected[index].low - 1);
        if (selected[index].high == (size_t)-1) {
            next = 0;
            break;
        }
        next = selected[index].high + 1;
    }
    if (next != 0)
        add_range(next, (size_t)-1);
    free(selected);
}

/* Whether position `position` is selected; positions must be asked in
 * increasing order for one line, starting with *cursor at 0. */
static int is_selected(size_t position, size_t *cursor) {
    while (*cursor < range_count && ranges[*cursor].high < position)
        (*cursor)++;
    return *cursor < range_count && ranges[*cursor].low <= position;
}

static char delimiter = '\t';
static const char *output_delimiter;
static size_t output_delimiter_length;
static int only_delimited;

static void cut_bytes(const char *line, size_t length) {
    size_t cursor = 0;
    int wrote = 0, gap = 0;
    for (size_t index = 0; index < length; index++) {
        if (!is_selected(index + 1, &cursor)) {
            gap = wrote;
            continue;
        }
        if (gap && output_delimiter)
            fwrite(output_delimiter, 1, output_delimiter_length, stdout);
        gap = 0;
        putchar(line[index]);
        wrote = 1;
    }
    putchar('\n');
}

static void cut_fields(const char *line, size_t length) {
    if (!memchr(line, delimiter, length)) {
        if (!only_delimited) {
            fwrite(line, 1, length, stdout);
            putchar('\n');
        }
        return;
    }
    size_t cursor = 0, field = 1, start = 0;
    int wrote = 0;
    for (size_t index = 0; index <= length; index++) {
        if (index < length && line[index] != delimiter)
            continue;
        if (is_selected(field, &cursor)) {
            if (wrote)
                fwrite(output_delimiter, 1, output_delimiter_length, stdout);
            fwrite(line + start, 1, index - start, stdout);
            wrote = 1;
        }
        field++;
        start = index + 1;
    }
    putchar('\n');
}

/* Cuts every line of `path`; returns 0 or an errno value. */
static int cut_file(const char *path) {
    int is_standard_input = strcmp(path, "-") == 0;
    FILE *input = is_standard_input ? stdin : fopen(path, "r");
    if (!input)
        return errno;
    char *line = NULL;
    size_t capacity = 0;
    ssize_t got;
    while ((got = getline(&line, &capacity, input)) >= 0) {
        size_t length = (size_t)got;
        if (length > 0 && line[length - 1] == '\n')
            length--;
        if (by_fields)
            cut_fields(line, length);
        else
            cut_bytes(line, length);
    }
    int error = ferror(input) ? errno : 0;
    free(line);
    if (is_standard_input)
        clearerr(stdin);
    else
        fclose(input);
    return error;
}

int main(int argc, char **argv) {
    char **operands = malloc((size_t)argc * sizeof *operands);
    size_t operand_count = 0;
    const char *list = NULL;
    int list_kind = 0, delimiter_given = 0, complement = 0;
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        const char *argument = argv[optind];
        if (strcmp(argument, "--help") == 0) {
            help();
            return 0;
        }
        if (strcmp(argument, "--complement") == 0) {
            complement = 1;
            optind++;
            continue;
        }
        if (strncmp(argument, "--output-delimiter=", 19) == 0) {
            output_delimiter = argument + 19;
            optind++;
            continue;
        }
        if (strcmp(argument, "--output-delimiter") == 0) {
            if (optind + 1 == argc) {
                fputs("cut: option '--output-delimiter' requires an argument\n", stderr);
                fputs(usage_line, stderr);
                return 1;
            }
            output_delimiter = argv[optind + 1];
            optind += 2;
            continue;
        }
        if (strncmp(argument, "--", 2) == 0 && argument[2]) {
            fprintf(stderr, "cut: unrecognized option '%s'\n", argument);
            fputs(usage_line, stderr);
            return 1;
        }
        int option = getopt(argc, argv, "b:c:d:f:s");
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
        case 'c':
        case 'f':
            if (list_kind)
                fail("only one list may be specified");
            list_kind = option;
            list = optarg;
            break;
        case 'd':
            if (optarg[0] && optarg[1])
                fail("the delimiter must be a single character");
            delimiter = optarg[0];
            delimiter_given = 1;
            break;
        case 's':
            only_delimited = 1;
            break;
        default:
            if (strchr("bcdf", optopt))
                fprintf(stderr, "cut: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "cut: invalid option -- '%c'\n", optopt);
            fputs(usage_line, stderr);
            return 1;
        }
    }
    if (!list_kind)
        fail("you must specify a list of bytes, characters, or fields");
    by_fields = list_kind == 'f';
    if (!by_fields && delimiter_given)
        fail("an input delimiter may be specified only when operating on fields");
    if (!by_fields && only_delimited)
        fail("suppressing non-delimited lines makes sense\n\tonly when operating on fields");
    parse_list(list);
    if (complement)
        complement_ranges();
    static char delimiter_text[1];
    delimiter_text[0] = delimiter;
    if (!output_delimiter)
        output_delimiter = by_fields ? delimiter_text : NULL;
    output_delimiter_length = output_delimiter ? strlen(output_delimiter) : 0;
    if (output_delimiter == delimiter_text)
        output_delimiter_length = 1;

    if (operand_count == 0)
        operands[operand_count++] = "-";
    int status = 0;
    for (size_t index = 0; index < operand_count; index++) {
        int error = cut_file(operands[index]);
        if (error) {
            fprintf(stderr, "cut: %s: %s\n", operands[index], strerror(error));
            status = 1;
        }
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "cut: write error: %s\n", strerror(errno));
        return 1;
    }
    return status;
}
