/* date.c: the tools' command-line dates, touch's -d and -t (see
 * <wasmos/tool_date.h>). WasmOS keeps UTC only, so every date is UTC. */
#include <ctype.h>
#include <string.h>
#include <time.h>
#include <wasmos/tool_date.h>

/* Reads `count` digits exactly (or, with `at_most`, one to `count`) into
 * *value, advancing *text; returns 0, or -1 when the digits are not there. */
static int read_digits(const char **text, int count, int at_most, long long *value) {
    long long number = 0;
    int read = 0;
    while (read < count && isdigit((unsigned char)(*text)[read])) {
        number = number * 10 + ((*text)[read] - '0');
        read++;
    }
    if (read == 0 || (!at_most && read < count))
        return -1;
    *text += read;
    *value = number;
    return 0;
}

/* Reads ".FRACTION" or ",FRACTION" if there (digits past nine are dropped)
 * as nanoseconds; returns 0, or -1 for a separator with no digit after it. */
static int read_fraction(const char **text, long *nanoseconds) {
    *nanoseconds = 0;
    if (**text != '.' && **text != ',')
        return 0;
    const char *digit = *text + 1;
    if (!isdigit((unsigned char)*digit))
        return -1;
    int digits = 0;
    for (; isdigit((unsigned char)*digit); digit++) {
        if (digits++ < 9)
            *nanoseconds = *nanoseconds * 10 + (*digit - '0');
    }
    for (; digits < 9; digits++)
        *nanoseconds *= 10;
    *text = digit;
    return 0;
}

static const char *skip_blanks(const char *text) {
    while (isspace((unsigned char)*text))
        text++;
    return text;
}

static int days_in_month(long long year, long long month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap);
}

/* The calendar fields as seconds since 1970 into *when; -1 when a field is
 * out of range (a second of 60 is the next minute's first). */
static int calendar_time(long long year, long long month, long long day, long long hour, long long minute,
                         long long second, long nanoseconds, struct timespec *when) {
    if (year > 9999999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 ||
        minute > 59 || second > 60)
        return -1;
    struct tm fields = {
        .tm_year = (int)(year - 1900),
        .tm_mon = (int)month - 1,
        .tm_mday = (int)day,
        .tm_hour = (int)hour,
        .tm_min = (int)minute,
        .tm_sec = (int)second,
    };
    time_t seconds = timegm(&fields);
    if (seconds == (time_t)-1 && !(year == 1969 && month == 12 && day == 31 && hour == 23 && minute == 59))
        return -1;
    when->tv_sec = seconds;
    when->tv_nsec = nanoseconds;
    return 0;
}

/* "@SECONDS[.FRACTION]", the part after '@'. */
static int parse_seconds(const char *text, struct timespec *when) {
    int negative = *text == '-';
    if (*text == '-' || *text == '+')
        text++;
    long long seconds;
    long nanoseconds;
    if (read_digits(&text, 18, 1, &seconds) < 0 || read_fraction(&text, &nanoseconds) < 0 || *skip_blanks(text))
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

/* An optional zone after a calendar time: "Z", "UTC", "GMT" or an offset
 * "+HH", "+HHMM", "+HH:MM"; *offset becomes its seconds east of UTC. */
static int read_zone(const char **text, long long *offset) {
    *offset = 0;
    const char *zone = skip_blanks(*text);
    if (*zone == 'Z' || *zone == 'z') {
        *text = zone + 1;
    } else if (strncmp(zone, "UTC", 3) == 0 || strncmp(zone, "GMT", 3) == 0) {
        *text = zone + 3;
    } else if (*zone == '+' || *zone == '-') {
        int sign = *zone == '-' ? -1 : 1;
        const char *digits = zone + 1;
        long long hours, minutes = 0;
        if (read_digits(&digits, 2, 0, &hours) < 0)
            return -1;
        if (*digits == ':')
            digits++;
        if (isdigit((unsigned char)*digits) && read_digits(&digits, 2, 0, &minutes) < 0)
            return -1;
        if (hours > 24 || minutes > 59)
            return -1;
        *offset = sign * (hours * 3600 + minutes * 60);
        *text = digits;
    }
    return 0;
}

/* "YYYY-MM-DD[( |T)HH:MM[:SS[.FRACTION]]][zone]". */
static int parse_calendar(const char *text, struct timespec *when) {
    long long year, month, day, hour = 0, minute = 0, second = 0, offset;
    long nanoseconds = 0;
    if (read_digits(&text, 7, 1, &year) < 0 || *text++ != '-' || read_digits(&text, 2, 1, &month) < 0 ||
        *text++ != '-' || read_digits(&text, 2, 1, &day) < 0)
        return -1;
    const char *clock = text;
    if (*clock == 'T' || *clock == 't' || isspace((unsigned char)*clock)) {
        clock = skip_blanks(clock + 1);
        if (isdigit((unsigned char)*clock)) {
            if (read_digits(&clock, 2, 1, &hour) < 0 || *clock++ != ':' || read_digits(&clock, 2, 1, &minute) < 0)
                return -1;
            if (*clock == ':') {
                clock++;
                if (read_digits(&clock, 2, 1, &second) < 0 || read_fraction(&clock, &nanoseconds) < 0)
                    return -1;
            }
            text = clock;
        }
    }
    if (read_zone(&text, &offset) < 0 || *skip_blanks(text))
        return -1;
    if (calendar_time(year, month, day, hour, minute, second, nanoseconds, when) < 0)
        return -1;
    when->tv_sec -= offset;
    return 0;
}

int wasmos_parse_date(const char *text, struct timespec *when) {
    text = skip_blanks(text);
    if (*text == '@')
        return parse_seconds(text + 1, when);
    if (strncmp(text, "now", 3) == 0 && !*skip_blanks(text + 3))
        return clock_gettime(CLOCK_REALTIME, when);
    return parse_calendar(text, when);
}

int wasmos_parse_stamp(const char *text, struct timespec *when) {
    size_t digits = strspn(text, "0123456789");
    const char *seconds_part = text + digits;
    if (*seconds_part && (seconds_part[0] != '.' || strspn(seconds_part + 1, "0123456789") != 2 || seconds_part[3]))
        return -1;
    if (digits != 8 && digits != 10 && digits != 12)
        return -1;
    long long year, month, day, hour, minute, second = 0;
    if (digits == 12) {
        read_digits(&text, 4, 0, &year);
    } else if (digits == 10) {
        read_digits(&text, 2, 0, &year);
        year += year < 69 ? 2000 : 1900;
    } else {
        struct timespec now;
        struct tm fields;
        clock_gettime(CLOCK_REALTIME, &now);
        gmtime_r(&now.tv_sec, &fields);
        year = fields.tm_year + 1900LL;
    }
    read_digits(&text, 2, 0, &month);
    read_digits(&text, 2, 0, &day);
    read_digits(&text, 2, 0, &hour);
    read_digits(&text, 2, 0, &minute);
    if (*text == '.') {
        text++;
        read_digits(&text, 2, 0, &second);
    }
    return calendar_time(year, month, day, hour, minute, second, 0, when);
}
