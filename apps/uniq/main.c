/* uniq: writes one line of each run of adjacent equal lines of INPUT (or
 * standard input) to OUTPUT (or standard output), as GNU uniq does. -c
 * prefixes each line with the length of its run, -d keeps only repeated
 * lines, -D all the lines of repeated runs (but the first of each with -u),
 * -u only lines that are not repeated; -i compares without regard to case,
 * -f N skips N blank-separated fields, -s N skips N more bytes and -w N
 * compares at most N bytes. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] = "usage: uniq [-cdDiu] [-f FIELDS] [-s CHARS] [-w CHARS] [INPUT [OUTPUT]]\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Write one line of each run of adjacent equal lines of INPUT to OUTPUT.\n"
          "  -c        prefix lines with the number of times they occurred\n"
          "  -d        only print repeated lines, one of each run\n"
          "  -D        print every line of the repeated runs\n"
          "  -u        only print lines that are not repeated\n"
          "  -i        ignore differences in case when comparing\n"
          "  -f N      do not compare the first N fields (runs of blanks, then non-blanks)\n"
          "  -s N      do not compare the first N characters (after the skipped fields)\n"
          "  -w N      compare no more than N characters\n"
          "  --help    show this help\n",
          stdout);
}

static void fail_usage(void) {
    fputs(usage_line, stderr);
    exit(1);
}

static int show_counts, only_repeated, all_repeated, only_unique, ignore_case;
static size_t skip_fields, skip_chars, compare_width = (size_t)-1;

/* Reads a count for -f, -s or -w; a bad one is reported as GNU does. */
static size_t parse_count(const char *text, const char *what) {
    size_t value = 0;
    const char *digit = text;
    if (!*digit)
        goto invalid;
    for (; *digit; digit++) {
        if (*digit < '0' || *digit > '9')
            goto invalid;
        value = value > ((size_t)-1 - 9) / 10 ? (size_t)-1 : value * 10 + (size_t)(*digit - '0');
    }
    return value;
invalid:
    fprintf(stderr, "uniq: %s: invalid number of %s\n", text, what);
    exit(1);
}

/* The part of a line that is compared: after the skipped fields and bytes,
 * at most -w bytes long. */
static const char *compared_part(const char *text, size_t length, size_t *part_length) {
    const char *at = text, *end = text + length;
    for (size_t field = 0; field < skip_fields && at < end; field++) {
        while (at < end && isblank((unsigned char)*at))
            at++;
        while (at < end && !isblank((unsigned char)*at))
            at++;
    }
    at = (size_t)(end - at) < skip_chars ? end : at + skip_chars;
    *part_length = (size_t)(end - at) < compare_width ? (size_t)(end - at) : compare_width;
    return at;
}

static int lines_equal(const char *a, size_t a_length, const char *b, size_t b_length) {
    size_t first_length, second_length;
    const char *first = compared_part(a, a_length, &first_length);
    const char *second = compared_part(b, b_length, &second_length);
    if (first_length != second_length)
        return 0;
    if (!ignore_case)
        return memcmp(first, second, first_length) == 0;
    for (size_t index = 0; index < first_length; index++) {
        if (toupper((unsigned char)first[index]) != toupper((unsigned char)second[index]))
            return 0;
    }
    return 1;
}

static FILE *output;

static void write_line(const char *text, size_t length, long long count) {
    if (show_counts)
        fprintf(output, "%7lld ", count);
    fwrite(text, 1, length, output);
    fputc('\n', output);
}

/* Ends a run of `count` lines whose first is `text`. */
static void finish_run(const char *text, size_t length, long long count) {
    if (all_repeated)
        return; /* its lines were written as they came */
    if ((count > 1 && only_unique) || (count == 1 && only_repeated))
        return;
    write_line(text, length, count);
}

/* Reads `input` run by run; returns 0 or an errno value of reading. */
static int process(FILE *input) {
    char *first = NULL, *line = NULL;
    size_t first_capacity = 0, line_capacity = 0, first_length = 0;
    long long count = 0;
    ssize_t got;
    while ((got = getline(&line, &line_capacity, input)) >= 0) {
        size_t length = (size_t)got;
        if (length > 0 && line[length - 1] == '\n')
            length--;
        if (count > 0 && lines_equal(first, first_length, line, length)) {
            count++;
            if (all_repeated) {
                /* With -u too, GNU leaves out the first line of each run. */
                if (count == 2 && !only_unique)
                    write_line(first, first_length, 1);
                write_line(line, length, 1);
            }
            continue;
        }
        if (count > 0)
            finish_run(first, first_length, count);
        /* The new line starts the next run: keep it as the run's first. */
        char *swap = first;
        size_t swap_capacity = first_capacity;
        first = line;
        first_capacity = line_capacity;
        line = swap;
        line_capacity = swap_capacity;
        first_length = length;
        count = 1;
    }
    int error = ferror(input) ? errno : 0;
    if (count > 0)
        finish_run(first, first_length, count);
    free(first);
    free(line);
    return error;
}

int main(int argc, char **argv) {
    char *operands[2];
    int operand_count = 0;
    opterr = 0;
    while (optind < argc) {
        int before = optind;
        if (strcmp(argv[optind], "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argv[optind], "--", 2) == 0 && argv[optind][2]) {
            fprintf(stderr, "uniq: unrecognized option '%s'\n", argv[optind]);
            fail_usage();
        }
        int option = getopt(argc, argv, "cdDf:is:uw:");
        if (option == -1) {
            int rest = strcmp(argv[before], "--") == 0;
            do {
                if (operand_count == 2) {
                    fprintf(stderr, "uniq: extra operand '%s'\n", argv[optind]);
                    fail_usage();
                }
                operands[operand_count++] = argv[optind++];
            } while (rest && optind < argc);
            continue;
        }
        switch (option) {
        case 'c':
            show_counts = 1;
            break;
        case 'd':
            only_repeated = 1;
            break;
        case 'D':
            all_repeated = 1;
            break;
        case 'f':
            skip_fields = parse_count(optarg, "fields to skip");
            break;
        case 'i':
            ignore_case = 1;
            break;
        case 's':
            skip_chars = parse_count(optarg, "bytes to skip");
            break;
        case 'u':
            only_unique = 1;
            break;
        case 'w':
            compare_width = parse_count(optarg, "bytes to compare");
            break;
        default:
            if (strchr("fsw", optopt))
                fprintf(stderr, "uniq: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "uniq: invalid option -- '%c'\n", optopt);
            fail_usage();
        }
    }
    if (all_repeated && show_counts) {
        fputs("uniq: printing all duplicated lines and repeat counts is meaningless\n", stderr);
        fail_usage();
    }

    const char *input_name = operand_count > 0 ? operands[0] : "-";
    FILE *input = strcmp(input_name, "-") == 0 ? stdin : fopen(input_name, "r");
    if (!input) {
        fprintf(stderr, "uniq: %s: %s\n", input_name, strerror(errno));
        return 1;
    }
    const char *output_name = operand_count > 1 ? operands[1] : "-";
    output = strcmp(output_name, "-") == 0 ? stdout : fopen(output_name, "w");
    if (!output) {
        fprintf(stderr, "uniq: %s: %s\n", output_name, strerror(errno));
        return 1;
    }
    int error = process(input);
    if (error) {
        fprintf(stderr, "uniq: %s: %s\n", input_name, strerror(error));
        return 1;
    }
    if (fflush(output) != 0 || ferror(output)) {
        fprintf(stderr, "uniq: write error: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
