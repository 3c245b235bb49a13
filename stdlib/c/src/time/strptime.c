/* strptime.c: reads a date and time as a format describes it (POSIX, with
 * glibc's extensions %F %s %z %Z %k %l %u %G %g %V, and its way of working
 * out the fields the input does not give), in the C locale.
 *
 * A space (or %n, %t) in the format skips any white space in the input;
 * other characters must match exactly. Numbers skip leading white space,
 * take at most their width in digits (%Y four, %j three, %s any, others
 * two) and must lie in their range; names (%a %A %b %B %h %p) match the
 * full English name or its first three letters, in any case. %E and %O are
 * accepted and mean nothing in this locale. %G %g %V are read and ignored,
 * %Z skips a word.
 *
 * When the input is read, as glibc does:
 *   - %I's hour becomes a PM hour if %p said PM;
 *   - %C sets the century: of %y's year if there is one, else the year is
 *     the century's first;
 *   - a date given by month, day, or year (%m %b %d %e %y %Y %C, and the
 *     composite %D %F %c %x) gets its weekday and day of the year, if its
 *     month is valid (from the input or already in *tm); day-of-year input
 *     (%j) without month and day sets them when a date is wanted;
 *   - a week number (%U or %W) with a weekday fixes the day of the year,
 *     and then the month and the day of the month the input did not give. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "calendar.h"

/* What the input has said so far. */
struct seen {
    int hour_of_twelve; /* %I or %l */
    int afternoon;      /* %p said PM */
    int century;        /* %C, or -1 */
    int year_in_century; /* %y: %C picks its century */
    int wants_date;     /* work out weekday and day of the year */
    int weekday, year_day, month, month_day;
    int sunday_week, monday_week; /* %U, %W */
    int week;
};

static const char *skip_space(const char *input) {
    while (isspace((unsigned char)*input))
        input++;
    return input;
}

/* A number of at most `digits` digits in [minimum, maximum], after white space. */
static const char *read_number(const char *input, int minimum, int maximum, int digits, int *value) {
    input = skip_space(input);
    if (!isdigit((unsigned char)*input))
        return NULL;
    int number = 0;
    for (int count = 0; count < digits && isdigit((unsigned char)*input); count++)
        number = number * 10 + (*input++ - '0');
    if (number < minimum || number > maximum)
        return NULL;
    *value = number;
    return input;
}

/* One of `count` names, whole or its first three letters, in any case. */
static const char *read_name(const char *input, const char *const names[], int count, int *index) {
    for (int each = 0; each < count; each++) {
        size_t length = strlen(names[each]);
        if (strncasecmp(input, names[each], length) == 0) {
            *index = each;
            return input + length;
        }
    }
    for (int each = 0; each < count; each++) {
        if (strncasecmp(input, names[each], 3) == 0) {
            *index = each;
            return input + 3;
        }
    }
    return NULL;
}

/* %z: "Z", or a sign and hh, hhmm or hh:mm. */
static const char *read_offset(const char *input, long *offset) {
    input = skip_space(input);
    if (*input == 'Z') {
        *offset = 0;
        return input + 1;
    }
    if (*input != '+' && *input != '-')
        return NULL;
    int negative = *input++ == '-';
    int value = 0, digits = 0;
    while (digits < 4 && isdigit((unsigned char)*input)) {
        value = value * 10 + (*input++ - '0');
        if (++digits == 2 && *input == ':')
            input++;
    }
    if (digits == 2)
        value *= 100;
    else if (digits != 4)
        return NULL;
    if (value % 100 >= 60)
        return NULL;
    long seconds = (value / 100) * 3600L + (value % 100) * 60L;
    *offset = negative ? -seconds : seconds;
    return input;
}

/* %s: seconds since the epoch, as local time. */
static const char *read_epoch_seconds(const char *input, struct tm *tm) {
    input = skip_space(input);
    if (!isdigit((unsigned char)*input))
        return NULL;
    long long seconds = 0;
    while (isdigit((unsigned char)*input)) {
        int digit = *input++ - '0';
        if (seconds > (0x7fffffffffffffffLL - digit) / 10)
            return NULL;
        seconds = seconds * 10 + digit;
    }
    time_t value = (time_t)seconds;
    return localtime_r(&value, tm) ? input : NULL;
}

static const char *parse(const char *input, const char *format, struct tm *tm, struct seen *seen);

/* One conversion (the letter after '%' and any E or O); NULL if it fails. */
static const char *convert(const char *input, char letter, struct tm *tm, struct seen *seen) {
    int value;
    switch (letter) {
    case '%': return *input == '%' ? input + 1 : NULL;
    case 'n':
    case 't': return skip_space(input);
    case 'a':
    case 'A':
        input = read_name(input, __wasmos_weekday_names, 7, &tm->tm_wday);
        seen->weekday = 1;
        return input;
    case 'b':
    case 'B':
    case 'h':
        input = read_name(input, __wasmos_month_names, 12, &tm->tm_mon);
        seen->month = seen->wants_date = 1;
        return input;
    case 'c': return parse(input, "%a %b %e %H:%M:%S %Y", tm, seen);
    case 'C':
        if (!(input = read_number(input, 0, 99, 2, &value)))
            return NULL;
        seen->century = value;
        seen->wants_date = 1;
        return input;
    case 'd':
    case 'e':
        if (!(input = read_number(input, 1, 31, 2, &tm->tm_mday)))
            return NULL;
        seen->month_day = seen->wants_date = 1;
        return input;
    case 'D':
    case 'x': return parse(input, "%m/%d/%y", tm, seen);
    case 'F': return parse(input, "%Y-%m-%d", tm, seen);
    case 'g': return read_number(input, 0, 99, 2, &value);
    case 'G': return read_number(input, 0, 9999, 4, &value);
    case 'H':
    case 'k':
        seen->hour_of_twelve = 0;
        return read_number(input, 0, 23, 2, &tm->tm_hour);
    case 'I':
    case 'l':
        if (!(input = read_number(input, 1, 12, 2, &value)))
            return NULL;
        tm->tm_hour = value % 12;
        seen->hour_of_twelve = 1;
        return input;
    case 'j':
        if (!(input = read_number(input, 1, 366, 3, &value)))
            return NULL;
        tm->tm_yday = value - 1;
        seen->year_day = 1;
        return input;
    case 'm':
        if (!(input = read_number(input, 1, 12, 2, &value)))
            return NULL;
        tm->tm_mon = value - 1;
        seen->month = seen->wants_date = 1;
        return input;
    case 'M': return read_number(input, 0, 59, 2, &tm->tm_min);
    case 'p': {
        static const char *const halves[] = {"AM", "PM"};
        int half;
        if (!(input = read_name(input, halves, 2, &half)))
            return NULL;
        seen->afternoon = half;
        return input;
    }
    case 'r': return parse(input, "%I:%M:%S %p", tm, seen);
    case 'R': return parse(input, "%H:%M", tm, seen);
    case 's': return read_epoch_seconds(input, tm);
    case 'S': return read_number(input, 0, 61, 2, &tm->tm_sec);
    case 'T':
    case 'X': return parse(input, "%H:%M:%S", tm, seen);
    case 'u':
        if (!(input = read_number(input, 1, 7, 1, &value)))
            return NULL;
        tm->tm_wday = value % 7;
        seen->weekday = 1;
        return input;
    case 'w':
        if (!(input = read_number(input, 0, 6, 1, &tm->tm_wday)))
            return NULL;
        seen->weekday = 1;
        return input;
    case 'U':
    case 'W':
        if (!(input = read_number(input, 0, 53, 2, &seen->week)))
            return NULL;
        if (letter == 'U')
            seen->sunday_week = 1;
        else
            seen->monday_week = 1;
        return input;
    case 'V': return read_number(input, 0, 53, 2, &value);
    case 'y':
        if (!(input = read_number(input, 0, 99, 2, &value)))
            return NULL;
        tm->tm_year = value >= 69 ? value : value + 100;
        seen->year_in_century = seen->wants_date = 1;
        return input;
    case 'Y':
        if (!(input = read_number(input, 0, 9999, 4, &value)))
            return NULL;
        tm->tm_year = value - 1900;
        seen->year_in_century = 0;
        seen->wants_date = 1;
        return input;
    case 'z': return read_offset(input, &tm->tm_gmtoff);
    case 'Z':
        input = skip_space(input);
        while (*input && !isspace((unsigned char)*input))
            input++;
        return input;
    default: return NULL;
    }
}

static const char *parse(const char *input, const char *format, struct tm *tm, struct seen *seen) {
    while (*format) {
        if (!input)
            return NULL;
        if (isspace((unsigned char)*format)) {
            input = skip_space(input);
            format++;
            continue;
        }
        if (*format != '%') {
            if (*input != *format)
                return NULL;
            input++;
            format++;
            continue;
        }
        format++;
        if (*format == 'E' || *format == 'O')
            format++;
        if (!*format)
            return NULL;
        input = convert(input, *format++, tm, seen);
    }
    return input;
}

/* ---- working out the other fields ----------------------------------------------- */

static int is_leap(long long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* The day of the year on which month `month` (0-11) of `year` starts. */
static int month_start(long long year, int month) {
    static const int starts[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return starts[month] + (month >= 2 && is_leap(year));
}

static long long days_since_epoch(const struct tm *tm) {
    return __wasmos_days_from_civil(1900LL + tm->tm_year, tm->tm_mon + 1, 1) + tm->tm_mday - 1;
}

static int weekday_of(long long days) {
    return (int)(((days % 7) + 7 + 4) % 7); /* 1970-01-01 was a Thursday */
}

/* Month and day of the month (those not `known`) from tm_yday. */
static void date_from_year_day(struct tm *tm, int month_known, int day_known) {
    long long year = 1900LL + tm->tm_year;
    int month = tm->tm_yday < 0 ? -1 : 0;
    while (month >= 0 && month < 11 && month_start(year, month + 1) <= tm->tm_yday)
        month++;
    int start = month < 0 ? -31 : month_start(year, month); /* -1: December before */
    if (!month_known)
        tm->tm_mon = month;
    if (!day_known)
        tm->tm_mday = tm->tm_yday - start + 1;
}

static void finish(struct tm *tm, struct seen *seen) {
    if (seen->hour_of_twelve && seen->afternoon)
        tm->tm_hour += 12;
    if (seen->century >= 0)
        tm->tm_year = (seen->year_in_century ? tm->tm_year % 100 : 0) + (seen->century - 19) * 100;
    if (seen->wants_date && !seen->weekday) {
        if (seen->year_day && !(seen->month && seen->month_day)) {
            date_from_year_day(tm, seen->month, seen->month_day);
            seen->month = seen->month_day = 1;
        }
        if ((unsigned)tm->tm_mon <= 11)
            tm->tm_wday = weekday_of(days_since_epoch(tm));
    }
    if (seen->wants_date && !seen->year_day && (unsigned)tm->tm_mon <= 11)
        tm->tm_yday = (int)(days_since_epoch(tm) - __wasmos_days_from_civil(1900LL + tm->tm_year, 1, 1));
    if ((seen->sunday_week || seen->monday_week) && seen->weekday) {
        int first_day = seen->sunday_week ? 0 : 1; /* weeks start on Sunday (%U) or Monday (%W) */
        int january_first = weekday_of(__wasmos_days_from_civil(1900LL + tm->tm_year, 1, 1));
        if (!seen->year_day) {
            int first_week_start = (7 - (january_first - first_day)) % 7;
            tm->tm_yday = first_week_start + (seen->week - 1) * 7 + (tm->tm_wday - first_day + 7) % 7;
        }
        if (!seen->month || !seen->month_day)
            date_from_year_day(tm, seen->month, seen->month_day);
    }
}

char *strptime(const char *restrict input, const char *restrict format, struct tm *restrict tm) {
    struct seen seen;
    memset(&seen, 0, sizeof seen);
    seen.century = -1;
    const char *end = parse(input, format, tm, &seen);
    if (!end)
        return NULL;
    finish(tm, &seen);
    return (char *)end;
}
