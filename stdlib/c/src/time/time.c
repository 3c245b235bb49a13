/* time.c: clocks, sleeping and UTC calendar conversions. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <wasmos.h>

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
static long long days_from_civil(long long year, int month, int day) {
    year -= month <= 2;
    long long era = (year >= 0 ? year : year - 399) / 400;
    long long year_of_era = year - era * 400;
    long long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict result) {
    long long seconds = *t;
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
    result->tm_year = (int)(year - 1900);
    result->tm_mon = month - 1;
    result->tm_mday = day;
    result->tm_yday = (int)(days - days_from_civil(year, 1, 1));
    result->tm_isdst = 0;
    result->tm_gmtoff = 0;
    result->tm_zone = "UTC";
    return result;
}

struct tm *gmtime(const time_t *t) {
    static struct tm result;
    return gmtime_r(t, &result);
}

/* WasmOS keeps UTC: local time is UTC. */
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
    long long days = days_from_civil(year, (int)month + 1, 1) + broken_down->tm_mday - 1;
    time_t result = days * 86400 + broken_down->tm_hour * 3600LL + broken_down->tm_min * 60LL + broken_down->tm_sec;
    gmtime_r(&result, broken_down);
    return result;
}

time_t mktime(struct tm *broken_down) {
    return timegm(broken_down);
}

static const char *const weekday_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"};

/* Appends formatted text to the strftime output; returns 0 when it does not fit. */
struct strftime_output {
    char *buffer;
    size_t size;
    size_t used;
};

static int append_text(struct strftime_output *output, const char *text, size_t length) {
    if (output->used + length >= output->size)
        return 0;
    memcpy(output->buffer + output->used, text, length);
    output->used += length;
    return 1;
}

static int append_number(struct strftime_output *output, long long value, int width, char pad) {
    char text[24];
    int length = pad == '0' ? snprintf(text, sizeof text, "%0*lld", width, value)
                            : snprintf(text, sizeof text, "%*lld", width, value);
    return append_text(output, text, (size_t)length);
}

static int format_time(struct strftime_output *output, const char *format, const struct tm *t) {
    for (; *format; format++) {
        if (*format != '%') {
            if (!append_text(output, format, 1))
                return 0;
            continue;
        }
        format++;
        int ok = 1;
        int weekday = ((t->tm_wday % 7) + 7) % 7;
        int month = ((t->tm_mon % 12) + 12) % 12;
        long long year = 1900LL + t->tm_year;
        switch (*format) {
        case 'a': ok = append_text(output, weekday_names[weekday], 3); break;
        case 'A': ok = append_text(output, weekday_names[weekday], strlen(weekday_names[weekday])); break;
        case 'b':
        case 'h': ok = append_text(output, month_names[month], 3); break;
        case 'B': ok = append_text(output, month_names[month], strlen(month_names[month])); break;
        case 'c': ok = format_time(output, "%a %b %e %H:%M:%S %Y", t); break;
        case 'C': ok = append_number(output, year / 100, 2, '0'); break;
        case 'd': ok = append_number(output, t->tm_mday, 2, '0'); break;
        case 'D': ok = format_time(output, "%m/%d/%y", t); break;
        case 'e': ok = append_number(output, t->tm_mday, 2, ' '); break;
        case 'F': ok = format_time(output, "%Y-%m-%d", t); break;
        case 'H': ok = append_number(output, t->tm_hour, 2, '0'); break;
        case 'I': ok = append_number(output, (t->tm_hour + 11) % 12 + 1, 2, '0'); break;
        case 'j': ok = append_number(output, t->tm_yday + 1, 3, '0'); break;
        case 'm': ok = append_number(output, t->tm_mon + 1, 2, '0'); break;
        case 'M': ok = append_number(output, t->tm_min, 2, '0'); break;
        case 'n': ok = append_text(output, "\n", 1); break;
        case 'p': ok = append_text(output, t->tm_hour < 12 ? "AM" : "PM", 2); break;
        case 'r': ok = format_time(output, "%I:%M:%S %p", t); break;
        case 'R': ok = format_time(output, "%H:%M", t); break;
        case 's': {
            struct tm copy = *t;
            ok = append_number(output, timegm(&copy), 1, '0');
            break;
        }
        case 'S': ok = append_number(output, t->tm_sec, 2, '0'); break;
        case 't': ok = append_text(output, "\t", 1); break;
        case 'T': ok = format_time(output, "%H:%M:%S", t); break;
        case 'u': ok = append_number(output, weekday ? weekday : 7, 1, '0'); break;
        case 'w': ok = append_number(output, weekday, 1, '0'); break;
        case 'x': ok = format_time(output, "%m/%d/%y", t); break;
        case 'X': ok = format_time(output, "%H:%M:%S", t); break;
        case 'y': ok = append_number(output, ((year % 100) + 100) % 100, 2, '0'); break;
        case 'Y': ok = append_number(output, year, 1, '0'); break;
        case 'z': ok = append_text(output, "+0000", 5); break;
        case 'Z': ok = append_text(output, "UTC", 3); break;
        case '%': ok = append_text(output, "%", 1); break;
        case '\0': return 1;
        default: ok = append_text(output, format - 1, 2); break;
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
