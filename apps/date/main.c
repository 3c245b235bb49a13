/* date: prints a date and time (WasmOS keeps UTC only, so -u changes
 * nothing), by default as "Thu Jan  1 00:00:00 UTC 1970".
 *   +FORMAT  strftime's conversions, and GNU date's %N (nanoseconds; %3N
 *            the first three digits), %q (quarter), %:z %::z %:::z
 *   -d TIME  that time instead of now: @SECONDS[.FRACTION], "now", or
 *            YYYY-MM-DD[( |T)HH:MM[:SS[.FRACTION]]][Z| UTC]
 *   -r FILE  FILE's modification time
 *   -I[FMT]  ISO 8601 (FMT: date, hours, minutes, seconds, ns)
 *   -R       RFC 5322 (e-mail) form
 *   --rfc-3339=FMT  RFC 3339 (FMT: date, seconds, ns)
 * Setting the clock is not possible: WasmOS has no call for it. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <wasmos/tool_output.h>

#define DEFAULT_FORMAT "%a %b %e %H:%M:%S %Z %Y"
#define RFC_5322_FORMAT "%a, %d %b %Y %H:%M:%S %z"

static void usage(FILE *stream) {
    fprintf(stream, "usage: date [OPTION]... [+FORMAT]\n"
                    "  -d, --date=TIME        show TIME (@SECONDS, now, YYYY-MM-DD [HH:MM[:SS]])\n"
                    "  -r, --reference=FILE   show FILE's modification time\n"
                    "  -I, --iso-8601[=FMT]   ISO 8601: date (default), hours, minutes, seconds, ns\n"
                    "  -R, --rfc-email        RFC 5322: Mon, 14 Aug 2006 02:34:56 +0000\n"
                    "      --rfc-3339=FMT     RFC 3339: date, seconds or ns\n"
                    "  -u, --utc              Coordinated Universal Time (always the case)\n"
                    "FORMAT takes strftime's conversions and %%N (nanoseconds), %%q, %%:z.\n");
}

static int usage_error(void) {
    fprintf(stderr, "Try 'date --help' for more information.\n");
    return 1;
}

/* Reads one to `most` digits into *value, advancing *text; returns 0 or -1. */
static int read_number(const char **text, int most, long long *value) {
    const char *start = *text;
    long long number = 0;
    while (isdigit((unsigned char)**text) && *text - start < most)
        number = number * 10 + (*(*text)++ - '0');
    *value = number;
    return *text > start ? 0 : -1;
}

/* Reads ".FRACTION" (digits past nine are dropped) as nanoseconds. */
static long read_fraction(const char **text) {
    long nanoseconds = 0;
    int digits = 0;
    if (**text != '.' && **text != ',')
        return 0;
    ++*text;
    for (; isdigit((unsigned char)**text); ++*text) {
        if (digits++ < 9)
            nanoseconds = nanoseconds * 10 + (**text - '0');
    }
    for (; digits < 9; digits++)
        nanoseconds *= 10;
    return nanoseconds;
}

static int is_leap(long long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* "@SECONDS[.FRACTION]" into *when; returns 0 or -1. */
static int parse_seconds(const char *text, struct timespec *when) {
    int negative = *text == '-';
    if (*text == '-' || *text == '+')
        text++;
    long long seconds;
    if (!isdigit((unsigned char)*text) || read_number(&text, 18, &seconds) < 0)
        return -1;
    long nanoseconds = read_fraction(&text);
    while (isspace((unsigned char)*text))
        text++;
    if (*text)
        return -1;
    if (negative) {
        seconds = -seconds;
        if (nanoseconds) {
            seconds--;
            nanoseconds = 1000000000L - nanoseconds;
        }
    }
    when->tv_sec = (time_t)seconds;
    when->tv_nsec = nanoseconds;
    return 0;
}

/* "YYYY-MM-DD[( |T)HH:MM[:SS[.FRACTION]]][Z| UTC]" into *when. */
static int parse_calendar(const char *text, struct timespec *when) {
    long long year, month, day, hour = 0, minute = 0, second = 0;
    long nanoseconds = 0;
    if (read_number(&text, 9, &year) < 0 || *text++ != '-' || read_number(&text, 2, &month) < 0 ||
        *text++ != '-' || read_number(&text, 2, &day) < 0)
        return -1;
    if (*text == 'T' || (*text == ' ' && isdigit((unsigned char)text[1]))) {
        text++;
        if (read_number(&text, 2, &hour) < 0 || *text++ != ':' || read_number(&text, 2, &minute) < 0)
            return -1;
        if (*text == ':') {
            text++;
            if (read_number(&text, 2, &second) < 0)
                return -1;
            nanoseconds = read_fraction(&text);
        }
    }
    while (isspace((unsigned char)*text))
        text++;
    if (*text == 'Z')
        text++;
    else if (strncmp(text, "UTC", 3) == 0)
        text += 3;
    while (isspace((unsigned char)*text))
        text++;
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (*text || month < 1 || month > 12 || day < 1 ||
        day > month_days[month - 1] + (month == 2 && is_leap(year)) || hour > 23 || minute > 59 || second > 60)
        return -1;
    struct tm broken_down = {
        .tm_year = (int)(year - 1900),
        .tm_mon = (int)month - 1,
        .tm_mday = (int)day,
        .tm_hour = (int)hour,
        .tm_min = (int)minute,
        .tm_sec = (int)second,
    };
    when->tv_sec = timegm(&broken_down);
    when->tv_nsec = nanoseconds;
    return 0;
}

/* The time -d names; returns 0 or -1 for text it does not understand. */
static int parse_date(const char *text, struct timespec *when) {
    while (isspace((unsigned char)*text))
        text++;
    if (*text == '@')
        return parse_seconds(text + 1, when);
    if (strcmp(text, "now") == 0)
        return clock_gettime(CLOCK_REALTIME, when);
    return parse_calendar(text, when);
}

/* Appends `text` to the strftime format being built, doubling its '%'. */
static void append_literal(char *out, size_t *used, size_t size, const char *text) {
    for (; *text && *used + 2 < size; text++) {
        if (*text == '%')
            out[(*used)++] = '%';
        out[(*used)++] = *text;
    }
    out[*used] = '\0';
}

/* Rewrites FORMAT for strftime: GNU date's own conversions (%N, %q,
 * %:z and its kin) become their text, the others stay as they are. */
static char *expand_format(const char *format, const struct timespec *when, const struct tm *broken_down) {
    size_t size = strlen(format) * 2 + 64;
    char *out = malloc(size);
    if (!out)
        return NULL;
    size_t used = 0;
    out[0] = '\0';
    for (const char *cursor = format; *cursor;) {
        if (*cursor != '%') {
            char single[2] = {*cursor++, '\0'};
            append_literal(out, &used, size, single);
            continue;
        }
        const char *start = cursor++;
        while (*cursor && strchr("_-0^#", *cursor))
            cursor++;
        int width = 0;
        while (isdigit((unsigned char)*cursor))
            width = width * 10 + (*cursor++ - '0');
        int colons = 0;
        while (*cursor == ':' && colons < 3) {
            colons++;
            cursor++;
        }
        char text[16];
        if (*cursor == 'N' && !colons) {
            snprintf(text, sizeof text, "%09ld", when->tv_nsec);
            if (width > 0 && width < 9)
                text[width] = '\0';
            append_literal(out, &used, size, text);
        } else if (*cursor == 'q' && !colons) {
            snprintf(text, sizeof text, "%d", broken_down->tm_mon / 3 + 1);
            append_literal(out, &used, size, text);
        } else if (*cursor == 'z' && colons) {
            /* WasmOS's time is always UTC. */
            append_literal(out, &used, size, colons == 1 ? "+00:00" : colons == 2 ? "+00:00:00" : "+00");
        } else {
            const char *end = *cursor ? cursor + 1 : cursor;
            if (used + (size_t)(end - start) + 1 < size) {
                memcpy(out + used, start, (size_t)(end - start));
                used += (size_t)(end - start);
                out[used] = '\0';
            }
            cursor = end;
            continue;
        }
        cursor++;
    }
    return out;
}

/* Prints `when` in `format`. Returns 0 or 1. */
static int print_time(const char *format, const struct timespec *when) {
    struct tm broken_down;
    if (!gmtime_r(&when->tv_sec, &broken_down)) {
        fprintf(stderr, "date: time %lld is out of range\n", (long long)when->tv_sec);
        return 1;
    }
    char *expanded = expand_format(format, when, &broken_down);
    if (!expanded) {
        fprintf(stderr, "date: %s\n", strerror(ENOMEM));
        return 1;
    }
    /* strftime cannot tell an empty result from one too long: grow until
     * the result is longer than nothing, or give up at 1 MiB. */
    size_t size = 256;
    char *text = NULL;
    size_t length = 0;
    for (;;) {
        char *bigger = realloc(text, size);
        if (!bigger)
            break;
        text = bigger;
        text[0] = 'x';
        length = strftime(text, size, expanded, &broken_down);
        if (length > 0 || *expanded == '\0' || size >= (1 << 20))
            break;
        size *= 4;
    }
    if (text && length > 0)
        fwrite(text, 1, length, stdout);
    putchar('\n');
    free(text);
    free(expanded);
    return 0;
}

/* The format of -I / --iso-8601 with `precision` (NULL: date). */
static const char *iso_format(const char *precision) {
    static const char *const names[] = {"date", "hours", "minutes", "seconds", "ns"};
    static const char *const formats[] = {
        "%Y-%m-%d",
        "%Y-%m-%dT%H%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%:z",
        "%Y-%m-%dT%H:%M:%S,%N%:z",
    };
    if (!precision || !*precision)
        return formats[0];
    for (size_t index = 0; index < sizeof names / sizeof *names; index++) {
        if (strncmp(names[index], precision, strlen(precision)) == 0)
            return formats[index];
    }
    return NULL;
}

/* The format of --rfc-3339=`precision`. */
static const char *rfc_3339_format(const char *precision) {
    if (strcmp(precision, "date") == 0)
        return "%Y-%m-%d";
    if (strcmp(precision, "seconds") == 0)
        return "%Y-%m-%d %H:%M:%S%:z";
    if (strcmp(precision, "ns") == 0)
        return "%Y-%m-%d %H:%M:%S.%N%:z";
    return NULL;
}

/* Records the output format; a second one is an error. */
static int set_format(const char **format, const char *value) {
    if (*format) {
        fprintf(stderr, "date: multiple output formats specified\n");
        return -1;
    }
    *format = value;
    return 0;
}

/* Reports an argument that names no known precision. */
static int bad_precision(const char *option, const char *value) {
    fprintf(stderr, "date: invalid argument %s for %s\n", wasmos_quote(value), option);
    return usage_error();
}

int main(int argc, char **argv) {
    const char *format = NULL, *date_text = NULL, *reference = NULL;
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--") == 0) {
            index++;
            break;
        }
        if (argument[1] == '-') {
            const char *value = strchr(argument, '=');
            value = value ? value + 1 : NULL;
            if (strcmp(argument, "--help") == 0) {
                usage(stdout);
                return 0;
            } else if (strcmp(argument, "--utc") == 0 || strcmp(argument, "--universal") == 0) {
                continue;
            } else if (strcmp(argument, "--rfc-email") == 0) {
                if (set_format(&format, RFC_5322_FORMAT) < 0)
                    return 1;
            } else if (strcmp(argument, "--iso-8601") == 0 || strncmp(argument, "--iso-8601=", 11) == 0) {
                const char *iso = iso_format(value);
                if (!iso)
                    return bad_precision("'--iso-8601'", value);
                if (set_format(&format, iso) < 0)
                    return 1;
            } else if (strncmp(argument, "--rfc-3339=", 11) == 0) {
                const char *rfc = rfc_3339_format(value);
                if (!rfc)
                    return bad_precision("'--rfc-3339'", value);
                if (set_format(&format, rfc) < 0)
                    return 1;
            } else if (strncmp(argument, "--date=", 7) == 0) {
                date_text = value;
            } else if (strncmp(argument, "--reference=", 12) == 0) {
                reference = value;
            } else {
                fprintf(stderr, "date: unrecognized option '%s'\n", argument);
                return usage_error();
            }
            continue;
        }
        for (const char *flag = argument + 1; *flag; flag++) {
            if (*flag == 'u') {
                continue;
            } else if (*flag == 'R') {
                if (set_format(&format, RFC_5322_FORMAT) < 0)
                    return 1;
            } else if (*flag == 'I') {
                const char *iso = iso_format(flag + 1);
                if (!iso)
                    return bad_precision("'--iso-8601'", flag + 1);
                if (set_format(&format, iso) < 0)
                    return 1;
                break;
            } else if (*flag == 'd' || *flag == 'r') {
                const char *value = flag[1] ? flag + 1 : index + 1 < argc ? argv[++index] : NULL;
                if (!value) {
                    fprintf(stderr, "date: option requires an argument -- '%c'\n", *flag);
                    return usage_error();
                }
                if (*flag == 'd')
                    date_text = value;
                else
                    reference = value;
                break;
            } else {
                fprintf(stderr, "date: invalid option -- '%c'\n", *flag);
                return usage_error();
            }
        }
    }
    if (index < argc) {
        if (argv[index][0] != '+') {
            fprintf(stderr, "date: cannot set the date: WasmOS has no call to set the clock\n");
            return 1;
        }
        if (index + 1 < argc) {
            fprintf(stderr, "date: extra operand %s\n", wasmos_quote(argv[index + 1]));
            return usage_error();
        }
        if (set_format(&format, argv[index] + 1) < 0)
            return 1;
    }
    if (date_text && reference) {
        fprintf(stderr, "date: the options to specify dates for printing are mutually exclusive\n");
        return usage_error();
    }
    struct timespec when;
    if (date_text) {
        if (parse_date(date_text, &when) < 0) {
            fprintf(stderr, "date: invalid date %s\n", wasmos_quote(date_text));
            return 1;
        }
    } else if (reference) {
        struct stat status;
        if (stat(reference, &status) < 0) {
            fprintf(stderr, "date: %s: %s\n", reference, strerror(errno));
            return 1;
        }
        when = status.st_mtim;
    } else {
        clock_gettime(CLOCK_REALTIME, &when);
    }
    return print_time(format ? format : DEFAULT_FORMAT, &when);
}
