/* strftime_plus_test.c: the POSIX '+' flag of %C %F %G %Y, which glibc 2.36
 * lacks (so this is compared with a file, written from POSIX): the year is
 * padded with zeros to four digits (two for %C), and gets a '+' when it is
 * wider than that or a larger width is asked for; %+wF gives the year
 * w - 6 of the width. */
#include <stdio.h>
#include <time.h>

static void show(int year, int month, int day, int year_day, int weekday) {
    struct tm t = {0};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_yday = year_day;
    t.tm_wday = weekday;
    static const char *const formats[] = {"%+Y", "%+4Y", "%+5Y", "%+6Y", "%+C", "%+3C", "%+F", "%+12F", "%+G", "%+5G"};
    for (size_t index = 0; index < sizeof formats / sizeof *formats; index++) {
        char text[64];
        strftime(text, sizeof text, formats[index], &t);
        printf("%s[%s] ", formats[index], text);
    }
    printf("\n");
}

int main(void) {
    show(1970, 1, 1, 0, 4);
    show(1, 1, 1, 0, 1);
    show(12345, 7, 4, 184, 3);
    return 0;
}
