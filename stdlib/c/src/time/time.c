/* time.c: clocks, sleeping and UTC calendar conversions. A broken-down
 * time whose year does not fit tm_year (an int) is an error, EOVERFLOW, as
 * in glibc. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <wasmos.h>

#include "calendar.h"

#define NANOSECONDS_PER_SECOND 1000000000LL

time_t time(time_t *result) {
    time_t now = wasmos_walltime() / NANOSECONDS_PER_SECOND;
    if (result)
        *result = now;
    return now;
}

clock_t clock(void) {
    return (clock_t)(wasmos_cputime() / (NANOSECONDS_PER_SECOND / CLOCKS_PER_SEC));
}

double difftime(time_t end, time_t start) {
    return (double)(end - start);
}

static void split_nanoseconds(long long nanoseconds, struct timespec *result) {
    result->tv_sec = nanoseconds / NANOSECONDS_PER_SECOND;
    result->tv_nsec = (long)(nanoseconds % NANOSECONDS_PER_SECOND);
}

int clock_gettime(clockid_t clock, struct timespec *result) {
    switch (clock) {
    case CLOCK_REALTIME: split_nanoseconds(wasmos_walltime(), result); return 0;
    case CLOCK_MONOTONIC: split_nanoseconds(wasmos_timesinceboot(), result); return 0;
    case CLOCK_PROCESS_CPUTIME_ID: split_nanoseconds(wasmos_cputime(), result); return 0;
    default: errno = EINVAL; return -1;
    }
}

int clock_getres(clockid_t clock, struct timespec *result) {
    if (clock < CLOCK_REALTIME || clock > CLOCK_PROCESS_CPUTIME_ID) {
        errno = EINVAL;
        return -1;
    }
    if (result) {
        result->tv_sec = 0;
        result->tv_nsec = 1;
    }
    return 0;
}

int timespec_get(struct timespec *result, int base) {
    if (base != TIME_UTC)
        return 0;
    split_nanoseconds(wasmos_walltime(), result);
    return base;
}

int gettimeofday(struct timeval *restrict result, void *restrict zone) {
    (void)zone;
    long long now = wasmos_walltime();
    result->tv_sec = now / NANOSECONDS_PER_SECOND;
    result->tv_usec = (now % NANOSECONDS_PER_SECOND) / 1000;
    return 0;
}

int nanosleep(const struct timespec *duration, struct timespec *remaining) {
    if (duration->tv_nsec < 0 || duration->tv_nsec >= NANOSECONDS_PER_SECOND || duration->tv_sec < 0) {
        errno = EINVAL;
        return -1;
    }
    int result = wasmos_sleep(duration->tv_sec * NANOSECONDS_PER_SECOND + duration->tv_nsec);
    if (remaining) {
        remaining->tv_sec = 0;
        remaining->tv_nsec = 0;
    }
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

/* ---- calendar ------------------------------------------------------------- */

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
long long __wasmos_days_from_civil(long long year, int month, int day) {
    year -= month <= 2;
    long long era = (year >= 0 ? year : year - 399) / 400;
    long long year_of_era = year - era * 400;
    long long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict result) {
    long long seconds = *t;
    /* Far beyond any year an int holds; rejected before the arithmetic can overflow. */
    if (seconds > 100000000000000000LL || seconds < -100000000000000000LL) {
        errno = EOVERFLOW;
        return NULL;
    }
    long long days = seconds / 86400;
    long long rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        days--;
    }
    result->tm_hour = (int)(rest / 3600);
    result->tm_min = (int)(rest / 60 % 60);
    result->tm_sec = (int)(rest % 60);
    result->tm_wday = (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
    /* Civil date from day count. */
    long long shifted = days + 719468;
    long long era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    long long day_of_era = shifted - era * 146097;
    long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    long long month_index = (5 * day_of_year + 2) / 153;
    int day = (int)(day_of_year - (153 * month_index + 2) / 5 + 1);
    int month = (int)(month_index < 10 ? month_index + 3 : month_index - 9);
    long long year = year_of_era + era * 400 + (month <= 2);
    if (year - 1900 < INT_MIN || year - 1900 > INT_MAX) {
        errno = EOVERFLOW;
        return NULL;
    }
    result->tm_year = (int)(year - 1900);
    result->tm_mon = month - 1;
    result->tm_mday = day;
    result->tm_yday = (int)(days - __wasmos_days_from_civil(year, 1, 1));
    result->tm_isdst = 0;
    result->tm_gmtoff = 0;
    result->tm_zone = "UTC";
    return result;
}

struct tm *gmtime(const time_t *t) {
    static struct tm result;
    return gmtime_r(t, &result);
}

/* WasmOS keeps UTC: local time is UTC, whatever TZ says. */
char *tzname[2] = {"UTC", "UTC"};
long timezone = 0;
int daylight = 0;

void tzset(void) {
    tzname[0] = tzname[1] = "UTC";
    timezone = 0;
    daylight = 0;
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict result) {
    return gmtime_r(t, result);
}

struct tm *localtime(const time_t *t) {
    return gmtime(t);
}

time_t timegm(struct tm *broken_down) {
    long long month = broken_down->tm_mon;
    long long year = 1900LL + broken_down->tm_year + month / 12;
    month %= 12;
    if (month < 0) {
        month += 12;
        year--;
    }
    long long days = __wasmos_days_from_civil(year, (int)month + 1, 1) + broken_down->tm_mday - 1;
    time_t result = days * 86400 + broken_down->tm_hour * 3600LL + broken_down->tm_min * 60LL + broken_down->tm_sec;
    /* Normalized apart first, so that a time whose year overflows leaves *broken_down alone. */
    struct tm normalized;
    if (!gmtime_r(&result, &normalized))
        return -1;
    *broken_down = normalized;
    return result;
}

time_t mktime(struct tm *broken_down) {
    return timegm(broken_down);
}

const char *const __wasmos_weekday_names[7] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                               "Thursday", "Friday", "Saturday"};
const char *const __wasmos_month_names[12] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
#define weekday_names __wasmos_weekday_names
#define month_names __wasmos_month_names

/* ---- strftime ----------------------------------------------------------------
 *
 * A conversion is % [flags] [width] [E|O] letter. Flags: '_' pads numbers
 * with spaces, '-' leaves them unpadded, '0' pads with zeros, '^' upper
 * case, '#' swaps the case of names, '+' (POSIX) pads years with zeros and
 * signs them when wider than the default. Padding follows glibc: a number is
 * first padded to max(its default width, the width) after its sign, with
 * zeros or (flag '_') spaces; any other text is padded on the left to the
 * width with zeros (flag '0' or '+') or spaces. */

/* The formatted text so far; `used` counts what has been written. */
struct strftime_output {
    char *buffer;
    size_t size;
    size_t used;
};

/* One conversion's flags and width. */
struct conversion {
    char pad;     /* 0, '_', '-', '0' or '+' */
    int upper;    /* '^' */
    int swap;     /* '#' */
    int width;    /* 0 when absent */
    int lower;    /* set by conversions whose '#' means lower case */
};

static int append_character(struct strftime_output *output, char character) {
    if (output->used + 1 >= output->size)
        return 0;
    output->buffer[output->used++] = character;
    return 1;
}

static int append_padding(struct strftime_output *output, int count, char character) {
    for (; count > 0; count--) {
        if (!append_character(output, character))
            return 0;
    }
    return 1;
}

/* Text padded to the conversion's width, in the conversion's case. */
static int emit_text(struct strftime_output *output, const char *text, size_t length,
                     const struct conversion *conversion) {
    char pad = conversion->pad == '0' || conversion->pad == '+' ? '0' : ' ';
    if (!append_padding(output, conversion->width - (int)length, pad))
        return 0;
    for (size_t index = 0; index < length; index++) {
        char character = text[index];
        if (conversion->lower && character >= 'A' && character <= 'Z')
            character = (char)(character - 'A' + 'a');
        else if (conversion->upper && !conversion->lower && character >= 'a' && character <= 'z')
            character = (char)(character - 'a' + 'A');
        if (!append_character(output, character))
            return 0;
    }
    return 1;
}

static int emit_string(struct strftime_output *output, const char *text, const struct conversion *conversion) {
    return emit_text(output, text, strlen(text), conversion);
}

/* A number at least `digits` wide (or the width, if larger). `yearish` is
 * the default width that the '+' flag signs beyond (0: not a year). */
static int emit_number(struct strftime_output *output, long long value, int digits, int yearish,
                       const struct conversion *conversion) {
    struct conversion rest = *conversion;
    int plus = conversion->pad == '+';
    if (plus && yearish)
        digits = yearish;
    if (conversion->width > digits)
        digits = conversion->width;
    char text[24];
    int length = 0;
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        text[sizeof text - 1 - length++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    char sign = 0;
    if (value < 0)
        sign = '-';
    else if (plus && yearish && (value > (yearish == 2 ? 99 : 9999) || conversion->width > yearish))
        sign = '+';
    int padding = digits - length - (sign != 0);
    if (conversion->pad != '-' && padding > 0) {
        if (conversion->pad == '_') {
            if (!append_padding(output, padding, ' '))
                return 0;
        } else {
            if ((sign && !append_character(output, sign)) || !append_padding(output, padding, '0'))
                return 0;
            sign = 0;
        }
        rest.width = 0; /* the padding reached max(digits, width) */
    }
    if (sign)
        text[sizeof text - 1 - length++] = sign;
    rest.upper = rest.lower = 0;
    return emit_text(output, text + sizeof text - length, (size_t)length, &rest);
}

/* Days from the Monday that starts ISO week 1 of the year of `year_day` to
 * that day; negative when the day belongs to the previous ISO year. */
static int iso_week_days(int year_day, int weekday) {
    /* ISO week 1 holds the year's first Thursday; weeks start on Monday. */
    int monday_of_week_one = (year_day - weekday + 4 + 7 * 60) % 7 - 3;
    return year_day - monday_of_week_one;
}

static int is_leap_year(long long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* The ISO 8601 week-based year and the days since its first Monday. */
static long long iso_year(const struct tm *t, int *days) {
    long long year = 1900LL + t->tm_year;
    int weekday = ((t->tm_wday % 7) + 7) % 7;
    *days = iso_week_days(t->tm_yday, weekday);
    if (*days < 0) {
        year--;
        *days = iso_week_days(t->tm_yday + 365 + is_leap_year(year), weekday);
    } else {
        int next = iso_week_days(t->tm_yday - 365 - is_leap_year(year), weekday);
        if (next >= 0) {
            year++;
            *days = next;
        }
    }
    return year;
}

static long long floor_divide(long long value, long long divisor) {
    return value / divisor - (value % divisor < 0);
}

static int format_time(struct strftime_output *output, const char *format, const struct tm *t);

/* A conversion defined by another format: formatted alone, then padded and
 * cased as a whole. */
static int emit_composite(struct strftime_output *output, const char *format, const struct tm *t,
                          const struct conversion *conversion) {
    char text[256];
    struct strftime_output inner = {text, sizeof text, 0};
    if (!format_time(&inner, format, t))
        return 0;
    struct conversion whole = *conversion;
    whole.swap = 0;
    return emit_text(output, text, inner.used, &whole);
}

/* Copies an unknown conversion, from its '%' to `last`, as text. */
static int emit_unknown(struct strftime_output *output, const char *percent, const char *last,
                        const struct conversion *conversion) {
    return emit_text(output, percent, (size_t)(last - percent + 1), conversion);
}

static int format_time(struct strftime_output *output, const char *format, const struct tm *t) {
    for (; *format; format++) {
        if (*format != '%') {
            if (!append_character(output, *format))
                return 0;
            continue;
        }
        const char *percent = format++;
        struct conversion conversion = {0, 0, 0, 0, 0};
        for (;; format++) {
            if (*format == '_' || *format == '-' || *format == '0' || *format == '+')
                conversion.pad = *format;
            else if (*format == '^')
                conversion.upper = 1;
            else if (*format == '#')
                conversion.swap = 1;
            else
                break;
        }
        for (; *format >= '0' && *format <= '9'; format++)
            conversion.width = conversion.width > 99999 ? conversion.width : conversion.width * 10 + (*format - '0');
        char modifier = 0;
        if (*format == 'E' || *format == 'O')
            modifier = *format++;
        if (*format == '\0') {
            /* A conversion cut short by the end of the format is copied. */
            return emit_unknown(output, percent, format - 1, &conversion);
        }
        if ((modifier == 'E' && !strchr("cCxXyY", *format)) || (modifier == 'O' && !strchr("deHImMSuUVwWy", *format))) {
            if (!emit_unknown(output, percent, format, &conversion))
                return 0;
            continue;
        }
        int weekday = ((t->tm_wday % 7) + 7) % 7;
        int month = ((t->tm_mon % 12) + 12) % 12;
        long long year = 1900LL + t->tm_year;
        int iso_days, ok;
        const char *name;
        switch (*format) {
        case 'a':
        case 'A':
        case 'b':
        case 'B':
        case 'h':
            conversion.upper |= conversion.swap;
            name = *format == 'a' || *format == 'A' ? weekday_names[weekday] : month_names[month];
            ok = emit_text(output, name, *format == 'a' || *format == 'b' || *format == 'h' ? 3 : strlen(name),
                           &conversion);
            break;
        case 'c': ok = emit_composite(output, "%a %b %e %H:%M:%S %Y", t, &conversion); break;
        case 'C': ok = emit_number(output, floor_divide(year, 100), 1, 2, &conversion); break;
        case 'd': ok = emit_number(output, t->tm_mday, 2, 0, &conversion); break;
        case 'D': ok = emit_composite(output, "%m/%d/%y", t, &conversion); break;
        case 'e':
        case 'k':
        case 'l':
            /* Space-padded unless the flag says '0' or '-'. */
            if (conversion.pad != '0' && conversion.pad != '-')
                conversion.pad = '_';
            ok = emit_number(output,
                             *format == 'e' ? t->tm_mday : *format == 'k' ? t->tm_hour : (t->tm_hour + 11) % 12 + 1, 2,
                             0, &conversion);
            break;
        case 'F':
            if (conversion.pad == '+') {
                /* POSIX: the width covers the whole date; the year gets what is left. */
                struct conversion year_part = conversion, plain = {0, 0, 0, 0, 0};
                year_part.width = conversion.width > 6 ? conversion.width - 6 : 0;
                ok = emit_number(output, year, 4, 4, &year_part) && emit_composite(output, "-%m-%d", t, &plain);
            } else {
                ok = emit_composite(output, "%Y-%m-%d", t, &conversion);
            }
            break;
        case 'g': ok = emit_number(output, ((iso_year(t, &iso_days) % 100) + 100) % 100, 2, 0, &conversion); break;
        case 'G': ok = emit_number(output, iso_year(t, &iso_days), 1, 4, &conversion); break;
        case 'H': ok = emit_number(output, t->tm_hour, 2, 0, &conversion); break;
        case 'I': ok = emit_number(output, (t->tm_hour + 11) % 12 + 1, 2, 0, &conversion); break;
        case 'j': ok = emit_number(output, t->tm_yday + 1, 3, 0, &conversion); break;
        case 'm': ok = emit_number(output, t->tm_mon + 1, 2, 0, &conversion); break;
        case 'M': ok = emit_number(output, t->tm_min, 2, 0, &conversion); break;
        case 'n': ok = emit_text(output, "\n", 1, &conversion); break;
        case 'p':
        case 'P':
            conversion.lower = *format == 'P' || conversion.swap;
            ok = emit_text(output, t->tm_hour < 12 ? "AM" : "PM", 2, &conversion);
            break;
        case 'r': ok = emit_composite(output, "%I:%M:%S %p", t, &conversion); break;
        case 'R': ok = emit_composite(output, "%H:%M", t, &conversion); break;
        case 's': {
            struct tm copy = *t;
            struct conversion seconds = conversion;
            if (seconds.pad != '0')
                seconds.pad = '-'; /* only the width pads, with spaces */
            ok = emit_number(output, timegm(&copy), 1, 0, &seconds);
            break;
        }
        case 'S': ok = emit_number(output, t->tm_sec, 2, 0, &conversion); break;
        case 't': ok = emit_text(output, "\t", 1, &conversion); break;
        case 'T': ok = emit_composite(output, "%H:%M:%S", t, &conversion); break;
        case 'u': ok = emit_number(output, weekday ? weekday : 7, 1, 0, &conversion); break;
        case 'U': ok = emit_number(output, (t->tm_yday - weekday + 7) / 7, 2, 0, &conversion); break;
        case 'V':
            iso_year(t, &iso_days);
            ok = emit_number(output, iso_days / 7 + 1, 2, 0, &conversion);
            break;
        case 'w': ok = emit_number(output, weekday, 1, 0, &conversion); break;
        case 'W': ok = emit_number(output, (t->tm_yday - (weekday + 6) % 7 + 7) / 7, 2, 0, &conversion); break;
        case 'x': ok = emit_composite(output, "%m/%d/%y", t, &conversion); break;
        case 'X': ok = emit_composite(output, "%H:%M:%S", t, &conversion); break;
        case 'y': ok = emit_number(output, ((year % 100) + 100) % 100, 2, 0, &conversion); break;
        case 'Y': ok = emit_number(output, year, 1, 4, &conversion); break;
        case 'z': {
            /* The sign takes the width as text, then the digits take it again (as glibc does). */
            long offset = t->tm_gmtoff / 60;
            ok = emit_text(output, offset < 0 ? "-" : "+", 1, &conversion) &&
                 emit_number(output, (offset < 0 ? -offset : offset) / 60 * 100 + (offset < 0 ? -offset : offset) % 60,
                             4, 0, &conversion);
            break;
        }
        case 'Z':
            conversion.lower = conversion.swap;
            ok = emit_string(output, t->tm_zone ? t->tm_zone : "UTC", &conversion);
            break;
        case '%': ok = emit_text(output, "%", 1, &conversion); break;
        default: ok = emit_unknown(output, percent, format, &conversion); break;
        }
        if (!ok)
            return 0;
    }
    return 1;
}

size_t strftime(char *restrict buffer, size_t size, const char *restrict format, const struct tm *restrict t) {
    struct strftime_output output = {buffer, size, 0};
    if (size == 0 || !format_time(&output, format, t))
        return 0;
    buffer[output.used] = '\0';
    return output.used;
}

char *asctime(const struct tm *t) {
    static char text[32];
    strftime(text, sizeof text, "%a %b %e %H:%M:%S %Y\n", t);
    return text;
}

char *ctime(const time_t *t) {
    return asctime(localtime(t));
}
