/* time.h: clocks, sleeping and calendar time (WasmOS keeps UTC; there are no time zones). */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC 1

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2

struct timespec {
    time_t tv_sec;
    long tv_nsec;
};

struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};

/* Time zones: there is only UTC, so tzset always sets tzname to "UTC" and
 * timezone and daylight to 0, whatever TZ says. */
extern char *tzname[2];
extern long timezone;
extern int daylight;
void tzset(void);

time_t time(time_t *result);
clock_t clock(void);
double difftime(time_t end, time_t start);
int clock_gettime(clockid_t clock, struct timespec *result);
int clock_getres(clockid_t clock, struct timespec *result);
int timespec_get(struct timespec *result, int base);
int nanosleep(const struct timespec *duration, struct timespec *remaining);

struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict result);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict result);
/* gmtime_r, localtime_r, mktime and timegm fail with EOVERFLOW when the
 * year does not fit tm_year. */
time_t mktime(struct tm *broken_down);
time_t timegm(struct tm *broken_down);
size_t strftime(char *__restrict buffer, size_t size, const char *__restrict format,
                const struct tm *__restrict broken_down);
/* Reads `input` as `format` says (C locale; src/time/strptime.c), setting
 * the fields it names; returns where it stopped, or NULL if it did not match. */
char *strptime(const char *__restrict input, const char *__restrict format, struct tm *__restrict broken_down);
char *asctime(const struct tm *broken_down);
char *ctime(const time_t *t);

#ifdef __cplusplus
}
#endif

#endif
