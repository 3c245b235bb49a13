/* strftime_test.c: every conversion of strftime, the ISO 8601 week-based
 * year and week (%G %g %V) and the week numbers %U %W around the turn of
 * the year, the flags (_ - 0 ^ #) and field widths, and years of any size,
 * all padded as glibc pads them. The output must match the host's glibc
 * (2.36, which has no '+' flag: wasmos/strftime_plus_test.c covers it). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare gmtime_r under -std=c11 */
#endif
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const formats[] = {
    "%a %A %b %B %h %C %d %D %e %F %H %I %j %m %M %n %p %r %R %S %t %T %u %w %y %Y %%",
    "%G %g %V %U %W %u %w %j",
    "[%03C] [%012F] [%_5d] [%-d] [%-j] [%_H] [%010Y] [%-Y] [%_Y] [%06C] [%_6C] [%-C] [%3Y]",
    "[%^a] [%^B] [%#a] [%#A] [%#b] [%#p] [%^p] [%P] [%^P] [%10A] [%-10B] [%_10b] [%^10h] [%010A] [%0^5a] [%05p]",
    "[%-F] [%_12F] [%-12F] [%_10F] [%010D] [%#10x] [%^c] [%12c] [%5G] [%_4g] [%4V] [%-V] [%_3U] [%-W]",
    "[%3e] [%-e] [%0e] [%05e] [%4m] [%_m] [%1Y] [%2y] [%-y] [%4u] [%03I] [%5j] [%-M] [%-S] [%k] [%l] [%_-5d]",
    "[%c] [%x] [%X] [%D] [%T] [%R] [%r] [%Ec] [%Ex] [%EY] [%Ey] [%EC] [%Od] [%OH] [%Oy] [%OV]",
    "[%s] [%10s] [%-10s] [%z] [%10z] [%5n] [%5%] [%q] [%5q] [%v] [%OY] [%Ea] [%^_8q] [%",
};

static void show(const struct tm *t) {
    for (size_t index = 0; index < sizeof formats / sizeof *formats; index++) {
        char text[512];
        size_t length = strftime(text, sizeof text, formats[index], t);
        printf("%zu: %s\n", length, text);
    }
}

int main(void) {
    /* Dates around the turn of the year, where the ISO year differs. */
    static const long long days[] = {
        0,      /* 1970-01-01 Thursday */
        -1,     /* 1969-12-31 */
        365 * 3 + 2, 365 * 3 + 3, 365 * 3 + 4, 365 * 3 + 5,  /* 1973-01-0x */
        10956, 10957, 10958, 10959, 10962,  /* around 2000-01-01 (Saturday) */
        14244, 14245, 14246, 14247, 14248,  /* around 2009-01-01 */
        14609, 14610, 14611, 14612, 14613,  /* around 2010-01-01 */
        16435, 16436, 16437, 16438,         /* 2014-12-29 .. 2015-01-01 */
        20089, 20090, 20091, 20092,         /* 2024-12-31 .. 2025-01-03 */
        -719162,                            /* 0001-01-01 */
        -719528,                            /* 0000-01-01 */
        -719893,                            /* -0001-01-01 */
        -1000000,                           /* -0769 */
        2932896,                            /* 10000-01-01 */
        -700000, -600000, 12345, 23456, 1000000,
    };
    for (size_t index = 0; index < sizeof days / sizeof *days; index++) {
        time_t seconds = (time_t)(days[index] * 86400 + 3600 * 13 + 60 * 5 + 9 + index * 3600);
        struct tm t;
        if (!gmtime_r(&seconds, &t)) {
            printf("gmtime_r failed\n");
            continue;
        }
        show(&t);
    }
    /* A buffer too small gives 0. */
    struct tm t;
    time_t zero = 0;
    gmtime_r(&zero, &t);
    char small[5];
    printf("small: %zu\n", strftime(small, sizeof small, "%Y-%m-%d", &t));
    printf("fits: %zu\n", strftime(small, sizeof small, "%Y", &t));
    return 0;
}
