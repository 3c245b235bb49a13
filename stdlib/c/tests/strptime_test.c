/* strptime_test.c: strptime in the C locale (every conversion, and the
 * fields glibc works out that the input does not give), tzset with TZ=UTC,
 * and the EOVERFLOW of gmtime_r, localtime_r, mktime and timegm when the
 * year does not fit an int; the output must match the host's glibc
 * exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare strptime, timegm and tzset under -std=c11 */
#endif
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Parses `input` into a struct tm whose fields start at -1 (or at June 10,
 * 2000 with `preset`), then prints the rest of the input and every field. */
static void parse(const char *input, const char *format, int preset) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_sec = tm.tm_min = tm.tm_hour = tm.tm_wday = tm.tm_yday = tm.tm_isdst = -1;
    tm.tm_mday = preset ? 10 : -1;
    tm.tm_mon = preset ? 5 : -1;
    tm.tm_year = preset ? 100 : -1;
    tm.tm_gmtoff = -1;
    char *end = strptime(input, format, &tm);
    printf("%-26s %-20s%s -> %-6s", input, format, preset ? " (preset)" : "", !end ? "NULL" : *end ? end : "<end>");
    if (end)
        printf(" | %d:%d:%d mday %d mon %d year %d wday %d yday %d isdst %d gmtoff %ld", tm.tm_hour, tm.tm_min,
               tm.tm_sec, tm.tm_mday, tm.tm_mon, tm.tm_year, tm.tm_wday, tm.tm_yday, tm.tm_isdst, tm.tm_gmtoff);
    printf("\n");
}

static void conversions(void) {
    static const char *const cases[][2] = {
        /* dates and times */
        {"2024-03-15", "%Y-%m-%d"},
        {"2024-03-15 12:34:56", "%Y-%m-%d %H:%M:%S"},
        {"15/03/24", "%d/%m/%y"},
        {"03/15/69", "%D"},
        {"12/31/2024", "%x"},
        {"23:59:58", "%X"},
        {"Fri Mar 15 12:34:56 2024", "%c"},
        {"2024-02-30", "%F"},
        {"10:11:12 PM", "%r"},
        {"10:11", "%R"},
        {"10:11:12", "%T"},
        {"1970 1 1 0", "%Y %m %d %H"},
        {"2024-3-5", "%Y-%m-%d"},
        /* names, in any case, whole or abbreviated */
        {"friday", "%A"},
        {"Fri", "%a"},
        {"tuesdayx", "%A"},
        {"tues", "%a"},
        {"MARCH", "%B"},
        {"mar", "%b"},
        {"marc", "%b"},
        {"Jun", "%h"},
        {"Mon", "%h"},
        {" Fri", "%a"},
        {"Sat, 16 Mar 2024", "%a, %d %b %Y"},
        {"mar 15", "%b %d"},
        /* numbers: white space first, at most their width, within range */
        {"  42", "%M"},
        {"\t\n 5", "%d"},
        {"5x", "%d"},
        {"+5", "%d"},
        {"", "%d"},
        {"12", "%d%m"},
        {"1 2", "%d%m"},
        {"123", "%H%M"},
        {"12345", "%Y"},
        {"-5", "%Y"},
        {"60", "%S"},
        {"61", "%S"},
        {"62", "%S"},
        {"24", "%H"},
        {"0", "%d"},
        {"32", "%d"},
        {"13", "%m"},
        {"199", "%j"},
        {"367", "%j"},
        {"0", "%j"},
        {"53", "%U"},
        {"54", "%U"},
        {" 5", "%e"},
        {"5", "%k"},
        {"12", "%l"},
        {"3", "%u"},
        {"7", "%u"},
        {"0", "%w"},
        /* 12-hour clock */
        {"07 PM", "%I %p"},
        {"12 am", "%I %p"},
        {"12 pm", "%I %p"},
        {"pm 7", "%p %I"},
        {"7 pm", "%H %p"},
        {"12am", "%I%p"},
        {"13", "%I"},
        {"0", "%I"},
        /* years and centuries */
        {"1999", "%y"},
        {"99", "%y"},
        {"68", "%y"},
        {"20", "%C"},
        {"20 24", "%C %y"},
        {"1", "%C"},
        {"100", "%C"},
        {"2024", "%EY"},
        {"03", "%Om"},
        {"12 3", "%y %Oy"},
        /* day of the year, weeks */
        {"75", "%j"},
        {"2024 75", "%Y %j"},
        {"2023 60", "%Y %j"},
        {"75 2024", "%j %Y"},
        {"3 75", "%m %j"},
        {"15 75", "%d %j"},
        {"2024 75 Mon", "%Y %j %a"},
        {"2024 11 5", "%Y %U %w"},
        {"2024 11 5", "%Y %W %w"},
        {"2024 11 Fri", "%Y %U %a"},
        {"2023 52 6", "%Y %U %w"},
        {"11 5", "%U %w"},
        {"2024 3 5 10 2", "%Y %m %d %U %w"},
        {"2024 10 2 3", "%Y %U %w %m"},
        {"2024 10 2 75", "%Y %U %w %j"},
        {"2024-W11-5", "%G-W%V-%u"},
        {"24", "%g"},
        /* time zones, seconds since the epoch */
        {"1710505496", "%s"},
        {"99999999999", "%s"},
        {"-1", "%s"},
        {"+0130", "%z"},
        {"-05:00", "%z"},
        {"Z", "%z"},
        {"z", "%z"},
        {" +0100", "%z"},
        {"+12", "%z"},
        {"+1", "%z"},
        {"+123", "%z"},
        {"+12345", "%z"},
        {"+0060", "%z"},
        {"+2500", "%z"},
        {"UTC rest", "%Z rest"},
        {"  UTC x", "%Zx"},
        /* literal text and white space */
        {"a b", "%n%t"},
        {"x%y", "x%%y"},
        {" %", "%%"},
        {"abc", "  abc"},
        {"  abc", "abc"},
        {"abc", ""},
        {"2024-03-15T", "%Y-%m-%dT"},
        {"2024-03-15X", "%Y-%m-%dT"},
        {"x", "%Q"},
        {"AM", "%P"},
        {"x", "%"},
    };
    for (size_t index = 0; index < sizeof cases / sizeof cases[0]; index++)
        parse(cases[index][0], cases[index][1], 0);
    /* Fields already in the struct take part in working out the others. */
    static const char *const preset[][2] = {
        {"2024", "%Y"}, {"15", "%d"}, {"24", "%y"},  {"20", "%C"},     {"75", "%j"},        {"3", "%m"},
        {"12", "%H"},   {"5", "%w"},  {"11", "%U"},  {"2024 5", "%Y %w"}, {"2024 11", "%Y %U"}, {"11 5", "%U %w"},
        {"3 75", "%m %j"}, {"20 24 3", "%C %y %m"}, {"20 3", "%C %m"},
    };
    for (size_t index = 0; index < sizeof preset / sizeof preset[0]; index++)
        parse(preset[index][0], preset[index][1], 1);
}

/* strptime then strftime back, over a spread of dates. */
static void round_trips(void) {
    unsigned long long checksum = 0;
    for (long long seconds = -2208988800LL; seconds < 4102444800LL; seconds += 86400LL * 37 + 3671) {
        time_t t = (time_t)seconds;
        struct tm original, parsed;
        gmtime_r(&t, &original);
        char text[64];
        strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %a %j", &original);
        memset(&parsed, 0, sizeof parsed);
        if (!strptime(text, "%Y-%m-%d %H:%M:%S %a %j", &parsed)) {
            printf("failed on %s\n", text);
            continue;
        }
        if (timegm(&parsed) != t || parsed.tm_wday != original.tm_wday || parsed.tm_yday != original.tm_yday)
            printf("differs: %s\n", text);
        for (const char *each = text; *each; each++)
            checksum = (checksum * 31 + (unsigned char)*each) % 1000000007ULL;
    }
    printf("round trips checksum %llu\n", checksum);
}

static void time_zone(void) {
    setenv("TZ", "UTC", 1);
    tzset();
    printf("tzname %s %s, timezone %ld, daylight %d\n", tzname[0], tzname[1], timezone, daylight);
    time_t t = 1710505496;
    struct tm local;
    localtime_r(&t, &local);
    char text[64];
    strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %Z %z", &local);
    printf("localtime: %s\n", text);
}

static void gm(long long seconds) {
    time_t t = (time_t)seconds;
    struct tm tm;
    errno = 0;
    struct tm *result = gmtime_r(&t, &tm);
    int error = errno;
    printf("gmtime_r(%lld): ", seconds);
    if (result)
        printf("year %d mon %d mday %d %02d:%02d:%02d wday %d yday %d\n", tm.tm_year, tm.tm_mon, tm.tm_mday,
               tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday);
    else
        printf("NULL, EOVERFLOW %d\n", error == EOVERFLOW);
    errno = 0;
    result = localtime_r(&t, &tm);
    error = errno;
    printf("  localtime_r: %s%s\n", result ? "ok" : "NULL", !result && error == EOVERFLOW ? ", EOVERFLOW" : "");
}

static void normalize(int year, int month, int day, int hour, int second) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = year;
    tm.tm_mon = month;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_sec = second;
    errno = 0;
    long long result = (long long)timegm(&tm);
    int error = errno;
    printf("timegm(%d, %d, %d, %d:00:%d) = %lld", year, month, day, hour, second, result);
    if (result == -1)
        printf(", EOVERFLOW %d, fields kept %d", error == EOVERFLOW, tm.tm_year == year && tm.tm_mon == month);
    else
        printf(", now year %d mon %d mday %d hour %d", tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour);
    memset(&tm, 0, sizeof tm);
    tm.tm_year = year;
    tm.tm_mon = month;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_sec = second;
    tm.tm_isdst = 0;
    errno = 0;
    long long local = (long long)mktime(&tm);
    error = errno;
    printf("; mktime %s%s\n", local == result ? "agrees" : "differs", local == -1 && error == EOVERFLOW ? " (EOVERFLOW)" : "");
}

static void overflow(void) {
    gm(0);
    gm(-1);
    gm(951782400LL); /* 2000-02-29 */
    gm(67768036191676799LL); /* the last second of year INT_MAX + 1900 */
    gm(67768036191676800LL);
    gm(-67768040609740800LL); /* the first second of year INT_MIN + 1900 */
    gm(-67768040609740801LL);
    gm(LLONG_MAX);
    gm(LLONG_MIN);
    normalize(124, 0, 1, 0, 0);
    normalize(124, 13, 32, 25, 61);
    normalize(124, -1, 0, -1, -1);
    normalize(-1900, 0, 1, 0, 0);
    normalize(INT_MAX, 11, 31, 23, 59);
    normalize(INT_MAX, 11, 31, 24, 0);
    normalize(INT_MAX, 12, 1, 0, 0);
    normalize(INT_MIN, 0, 1, 0, 0);
    normalize(INT_MIN, -1, 1, 0, 0);
    normalize(INT_MIN, 0, 0, 0, 0);
    normalize(INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX);
    normalize(INT_MIN, INT_MIN, INT_MIN, INT_MIN, INT_MIN);
}

int main(void) {
    conversions();
    round_trips();
    time_zone();
    overflow();
    return 0;
}
