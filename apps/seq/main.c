/* seq: prints the numbers from FIRST (1 by default) to LAST in steps of INCR
 * (1 by default), as GNU seq does: integers exactly, other numbers with as
 * many decimals as FIRST and INCR have. -s SEP separates them (a newline by
 * default), -w pads them with zeros to one width, -f FORMAT prints each with
 * a printf floating-point directive (%e %f %g %a and their capitals). */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_line[] = "usage: seq [-w] [-s SEP] [-f FORMAT] [FIRST [INCR]] LAST\n";

static void help(void) {
    fputs(usage_line, stdout);
    fputs("Print the numbers from FIRST to LAST, in steps of INCR (both 1 by default).\n"
          "  -f FORMAT  print each number with FORMAT, which holds one of %e %f %g %a\n"
          "             (with flags, width and precision) and any other text (%% for %)\n"
          "  -s SEP     separate the numbers with SEP instead of a newline\n"
          "  -w         pad the numbers with leading zeros to the same width\n"
          "  --help     show this help\n",
          stdout);
}

static void fail_usage(void) {
    fputs(usage_line, stderr);
    exit(1);
}

/* An operand: its value, how many decimals it has (-1 if that cannot be
 * said, as for hexadecimal or infinite ones) and how wide it prints. */
struct operand {
    const char *text;
    double value;
    int precision;
    int width;
};

/* Works out the decimals and the printed width of a decimal operand, as if
 * its exponent were applied to the digits as written (leading zeros kept). */
static void measure(struct operand *operand) {
    const char *at = operand->text;
    while (isspace((unsigned char)*at))
        at++;
    int sign = 0;
    if (*at == '-')
        sign = 1;
    if (*at == '-' || *at == '+')
        at++;
    long integer_digits = 0, fraction_digits = 0, exponent = 0;
    while (isdigit((unsigned char)at[integer_digits]))
        integer_digits++;
    at += integer_digits;
    if (*at == '.') {
        at++;
        while (isdigit((unsigned char)at[fraction_digits]))
            fraction_digits++;
        at += fraction_digits;
    }
    if (*at == 'e' || *at == 'E')
        exponent = strtol(at + 1, NULL, 10);
    long new_integer = integer_digits + exponent;
    long new_fraction = fraction_digits - exponent;
    if (new_fraction < 0)
        new_fraction = 0;
    if (new_integer < 1)
        new_integer = 1;
    operand->precision = (int)new_fraction;
    operand->width = (int)(sign + new_integer + (new_fraction ? 1 + new_fraction : 0));
}

static void parse_operand(const char *text, struct operand *operand) {
    char *end;
    errno = 0;
    operand->text = text;
    operand->value = strtod(text, &end);
    if (end == text || *end != '\0') {
        fprintf(stderr, "seq: invalid floating point argument: '%s'\n", text);
        fail_usage();
    }
    if (isnan(operand->value)) {
        fprintf(stderr, "seq: invalid 'not-a-number' argument: '%s'\n", text);
        fail_usage();
    }
    operand->precision = -1;
    operand->width = 0;
    if (!strpbrk(text, "xXnN")) /* not hexadecimal, infinite or NaN */
        measure(operand);
}

/* Whether `text` is an integer written plainly: optional sign, digits. */
static int is_plain_integer(const char *text) {
    if (*text == '+' || *text == '-')
        text++;
    if (!*text)
        return 0;
    for (; *text; text++) {
        if (!isdigit((unsigned char)*text))
            return 0;
    }
    return 1;
}

/* Checks a -f FORMAT: one floating-point directive; returns it rewritten
 * for a double (without 'L' or the locale flag '\''). */
static char *check_format(const char *format) {
    char *result = malloc(strlen(format) + 1);
    char *out = result;
    int directives = 0;
    for (const char *at = format; *at; at++) {
        *out++ = *at;
        if (*at != '%')
            continue;
        if (at[1] == '%') {
            *out++ = *++at;
            continue;
        }
        at++;
        while (*at && strchr("-+ #0'", *at)) {
            if (*at != '\'')
                *out++ = *at;
            at++;
        }
        while (isdigit((unsigned char)*at))
            *out++ = *at++;
        if (*at == '.') {
            *out++ = *at++;
            while (isdigit((unsigned char)*at))
                *out++ = *at++;
        }
        if (*at == 'L')
            at++;
        if (!*at) {
            fprintf(stderr, "seq: format '%s' ends in %%\n", format);
            exit(1);
        }
        if (!strchr("aAeEfFgG", *at)) {
            fprintf(stderr, "seq: format '%s' has unknown %%%c directive\n", format, *at);
            exit(1);
        }
        if (++directives > 1) {
            fprintf(stderr, "seq: format '%s' has too many %% directives\n", format);
            exit(1);
        }
        *out++ = *at;
    }
    *out = '\0';
    if (directives == 0) {
        fprintf(stderr, "seq: format '%s' has no %% directive\n", format);
        exit(1);
    }
    return result;
}

static const char *separator = "\n";

/* Formats `value` with `format` into a buffer that stays valid until the
 * next call with the same `slot` (0-2). */
static const char *format_number(const char *format, double value, int slot) {
    static char *buffers[3];
    static size_t sizes[3];
    for (;;) {
        int length = snprintf(buffers[slot], sizes[slot], format, value);
        if (length >= 0 && (size_t)length < sizes[slot])
            return buffers[slot];
        sizes[slot] = (size_t)(length < 0 ? 64 : length + 1);
        buffers[slot] = realloc(buffers[slot], sizes[slot]);
        if (!buffers[slot]) {
            fputs("seq: memory exhausted\n", stderr);
            exit(1);
        }
    }
}

/* Prints first + i * step while it has not passed `last`; a number just past
 * LAST that prints the same as LAST (rounding) is printed too, as GNU does. */
static void print_reals(const char *format, double first, double step, double last) {
    if (step > 0 ? first > last : first < last)
        return;
    fputs(format_number(format, first, 0), stdout);
    double value = first;
    for (double index = 1;; index++) {
        double previous = value;
        value = first + index * step;
        if (step > 0 ? value > last : value < last) {
            const char *text = format_number(format, value, 0);
            if (strcmp(text, format_number(format, last, 1)) != 0 ||
                strcmp(text, format_number(format, previous, 2)) == 0)
                break;
            printf("%s%s", separator, text);
            break;
        }
        printf("%s%s", separator, format_number(format, value, 0));
    }
    fputs("\n", stdout);
}

/* Integers that fit in a long long. */
static void print_integers(long long first, long long step, long long last, int width) {
    if (step > 0 ? first > last : first < last)
        return;
    for (long long value = first;;) {
        printf("%0*lld", width, value);
        long long next;
        if (__builtin_add_overflow(value, step, &next) || (step > 0 ? next > last : next < last))
            break;
        fputs(separator, stdout);
        value = next;
    }
    fputs("\n", stdout);
}

/* Adds one to a decimal number written in `digits`, which has room for one more. */
static void increment(char *digits) {
    size_t length = strlen(digits);
    size_t at = length;
    while (at > 0 && digits[at - 1] == '9')
        digits[--at] = '0';
    if (at > 0) {
        digits[at - 1]++;
    } else {
        memmove(digits + 1, digits, length + 1);
        digits[0] = '1';
    }
}

/* <0, 0, >0 for decimal numbers without leading zeros. */
static int compare_decimal(const char *a, const char *b) {
    size_t a_length = strlen(a), b_length = strlen(b);
    if (a_length != b_length)
        return a_length < b_length ? -1 : 1;
    return strcmp(a, b);
}

/* Counts up by one between non-negative integers of any size. */
static void print_big_integers(const char *first, const char *last) {
    while (*first == '+')
        first++;
    while (*last == '+')
        last++;
    while (first[0] == '0' && first[1])
        first++;
    while (last[0] == '0' && last[1])
        last++;
    char *value = malloc(strlen(first) + strlen(last) + 2);
    strcpy(value, first);
    if (compare_decimal(value, last) > 0)
        return;
    fputs(value, stdout);
    for (;;) {
        increment(value);
        if (compare_decimal(value, last) > 0)
            break;
        printf("%s%s", separator, value);
    }
    fputs("\n", stdout);
}

int main(int argc, char **argv) {
    const char *user_format = NULL;
    int equal_width = 0;
    opterr = 0;
    while (optind < argc) {
        const char *argument = argv[optind];
        /* A negative number is an operand, and so is all that follows it. */
        if (argument[0] == '-' && (argument[1] == '.' || isdigit((unsigned char)argument[1])))
            break;
        if (strcmp(argument, "--help") == 0) {
            help();
            return 0;
        }
        if (strncmp(argument, "--", 2) == 0 && argument[2]) {
            fprintf(stderr, "seq: unrecognized option '%s'\n", argument);
            fail_usage();
        }
        int option = getopt(argc, argv, "f:s:w");
        if (option == -1)
            break;
        if (option == 'f') {
            user_format = optarg;
        } else if (option == 's') {
            separator = optarg;
        } else if (option == 'w') {
            equal_width = 1;
        } else {
            if (optopt == 'f' || optopt == 's')
                fprintf(stderr, "seq: option requires an argument -- '%c'\n", optopt);
            else
                fprintf(stderr, "seq: invalid option -- '%c'\n", optopt);
            fail_usage();
        }
    }
    int count = argc - optind;
    if (count < 1) {
        fputs("seq: missing operand\n", stderr);
        fail_usage();
    }
    if (count > 3) {
        fprintf(stderr, "seq: extra operand '%s'\n", argv[optind + 3]);
        fail_usage();
    }
    if (user_format && equal_width) {
        fputs("seq: format string may not be specified when printing equal width strings\n", stderr);
        fail_usage();
    }
    char **texts = argv + optind;
    struct operand first = {"1", 1, 0, 1}, step = {"1", 1, 0, 1}, last;
    if (count >= 2)
        parse_operand(texts[0], &first);
    if (count == 3)
        parse_operand(texts[1], &step);
    parse_operand(texts[count - 1], &last);
    if (step.value == 0) {
        fprintf(stderr, "seq: invalid Zero increment value: '%s'\n", step.text);
        fail_usage();
    }
    char *format = user_format ? check_format(user_format) : NULL;

    int integers = !format && is_plain_integer(first.text) && is_plain_integer(step.text) &&
                   is_plain_integer(last.text) && !(first.value == 0 && first.text[0] == '-');
    if (integers) {
        char *end;
        errno = 0;
        long long first_value = strtoll(first.text, &end, 10);
        long long step_value = strtoll(step.text, &end, 10);
        long long last_value = strtoll(last.text, &end, 10);
        if (errno == 0) {
            int width = 1;
            if (equal_width)
                width = first.width > last.width ? first.width : last.width;
            print_integers(first_value, step_value, last_value, width);
        } else if (step.value == 1 && first.value >= 0 && !equal_width) {
            print_big_integers(first.text, last.text);
        } else {
            integers = 0;
        }
    }
    if (!integers) {
        char built[64];
        if (!format) {
            int precision = first.precision > step.precision ? first.precision : step.precision;
            if (first.precision < 0 || step.precision < 0) {
                snprintf(built, sizeof built, "%%g");
            } else if (equal_width) {
                /* LAST printed with this precision: its own decimals changed. */
                int last_width = last.width;
                if (last.precision >= 0 && last.precision != precision) {
                    last_width += precision - last.precision;
                    if (last.precision == 0)
                        last_width++;
                    else if (precision == 0)
                        last_width--;
                }
                int first_width = first.width + (precision - first.precision) +
                                  (first.precision == 0 && precision > 0 ? 1 : 0);
                int width = first_width > last_width ? first_width : last_width;
                snprintf(built, sizeof built, "%%0%d.%df", width, precision);
            } else {
                snprintf(built, sizeof built, "%%.%df", precision);
            }
            format = built;
        }
        print_reals(format, first.value, step.value, last.value);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "seq: write error: %s\n", strerror(errno));
        return 1;
    }
    return 0;
}
