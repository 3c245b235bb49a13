/* printf_test.c: prints many printf conversions, one per line. Built with
 * our C library and with the host's gcc/glibc, the output must be identical.
 * Each line is "format|result|return value". */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void show(const char *format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    int result = vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    printf("%s|%s|%d\n", format, buffer, result);
}

static void integers(void) {
    show("%d", 0);
    show("%d", 42);
    show("%d", -42);
    show("%d", INT_MAX);
    show("%d", INT_MIN);
    show("%i", 123);
    show("%5d", 42);
    show("%-5d|", 42);
    show("%05d", 42);
    show("%05d", -42);
    show("%+d", 42);
    show("%+d", -42);
    show("% d", 42);
    show("% d", -42);
    show("%+ d", 42);
    show("%.3d", 7);
    show("%.0d", 0);
    show("%5.0d|", 0);
    show("%08.3d", 7);
    show("%-08d|", 7);
    show("%*d", 6, 12);
    show("%-*d|", 6, 12);
    show("%*d|", -6, 12);
    show("%.*d", 4, 12);
    show("%.*d", -4, 12);
    show("%u", 0u);
    show("%u", UINT_MAX);
    show("%o", 8u);
    show("%#o", 8u);
    show("%#o", 0u);
    show("%#.3o", 8u);
    show("%x", 255u);
    show("%X", 255u);
    show("%#x", 255u);
    show("%#X", 255u);
    show("%#x", 0u);
    show("%#08x", 255u);
    show("%#.4x", 255u);
    show("%hhd", 300);
    show("%hhu", 300);
    show("%hd", 70000);
    show("%hu", 70000);
    show("%ld", -1234567L);
    show("%lu", 4000000000UL);
    show("%lld", LLONG_MAX);
    show("%lld", LLONG_MIN);
    show("%llu", ULLONG_MAX);
    show("%llx", 0x123456789abcdefULL);
    show("%jd", (intmax_t)-99);
    show("%zu", (size_t)12345);
    show("%zd", (ptrdiff_t)-5);
    show("%td", (ptrdiff_t)-77);
    show("%20lld|", -1234567890123LL);
    show("%-20llu|", 1234567890123ULL);
}

static void characters_and_strings(void) {
    show("%c", 'A');
    show("%5c|", 'B');
    show("%-5c|", 'C');
    show("%s", "hello");
    show("%10s|", "hello");
    show("%-10s|", "hello");
    show("%.3s", "hello");
    show("%10.3s|", "hello");
    show("%.0s|", "hello");
    show("%.*s", 2, "hello");
    show("%s", "");
    show("%%");
    show("100%% sure");
    show("%5%|");
    show("a%cb", 0 + 'x');
    show("%s %s %s", "one", "two", "three");
}

static void floats(void) {
    show("%f", 0.0);
    show("%f", -0.0);
    show("%f", 1.0);
    show("%f", 3.14159265358979);
    show("%f", -2.5);
    show("%f", 1e10);
    show("%f", 1e-10);
    show("%f", 123456789.123456789);
    show("%.0f", 0.5);
    show("%.0f", 1.5);
    show("%.0f", 2.5);
    show("%.0f", 3.5);
    show("%.1f", 0.25);
    show("%.1f", 0.35);
    show("%.2f", 1.005);
    show("%.3f", 2.0005);
    show("%.20f", 0.1);
    show("%.30f", 1.0 / 3.0);
    show("%#.0f", 1.0);
    show("%10.3f|", 3.14159);
    show("%-10.3f|", 3.14159);
    show("%010.3f", -3.14159);
    show("%+.2f", 2.0);
    show("% .2f", 2.0);
    show("%F", 1.5);
    show("%f", 1e300);
    show("%.0f", 1e21);
    show("%.3f", 999.9996);
    show("%.2f", 0.995);
    show("%.2f", 0.994999);
    show("%f", 5e-324);
    show("%.17f", 5e-324);
    show("%e", 0.0);
    show("%e", 1.0);
    show("%e", 12345.6789);
    show("%e", -0.000123);
    show("%E", 6.02214076e23);
    show("%.0e", 5.0);
    show("%.0e", 15.0);
    show("%.0e", 25.0);
    show("%#.0e", 5.0);
    show("%.3e", 9.9995);
    show("%.3e", 9.9996);
    show("%12.4e|", 3.14159);
    show("%-12.4e|", 3.14159);
    show("%012.4e", -3.14159);
    show("%e", 1e-300);
    show("%e", 1.7976931348623157e308);
    show("%e", 2.2250738585072014e-308);
    show("%e", 4.9406564584124654e-324);
    show("%.16e", 0.1);
    show("%g", 0.0);
    show("%g", 1.0);
    show("%g", 100000.0);
    show("%g", 1000000.0);
    show("%g", 1e-4);
    show("%g", 1e-5);
    show("%g", 123456789.0);
    show("%g", 0.000123456);
    show("%g", 3.14159265358979);
    show("%.3g", 3.14159);
    show("%.10g", 3.14159);
    show("%#g", 1.0);
    show("%#.3g", 1.0);
    show("%.0g", 0.5);
    show("%.0g", 123.0);
    show("%G", 1e-10);
    show("%g", 999999.5);
    show("%g", 9999995.0);
    show("%.1g", 0.95);
    show("%.2g", 0.0995);
    show("%10g|", 2.5);
    show("%-10g|", 2.5);
    show("%010g", -2.5);
    show("%+g", 2.5);
    show("%.17g", 0.1);
    show("%.17g", 1e23);
    show("%.17g", 2.2250738585072014e-308);
    show("%a", 1.0);
    show("%a", 0.5);
    show("%a", -2.75);
    show("%a", 0.1);
    show("%A", 255.0);
    show("%a", 0.0);
    show("%a", 5e-324);
    show("%.0a", 1.5);
    show("%.1a", 1.03125);
    show("%.2a", 1.999);
    show("%.0a", 1.96875);
    show("%f", 1.0 / 0.0);
    show("%f", -1.0 / 0.0);
    show("%F", 1.0 / 0.0);
    show("%e", 1.0 / 0.0);
    show("%g", -1.0 / 0.0);
    show("%10f|", 1.0 / 0.0);
    show("%-10f|", -1.0 / 0.0);
    show("%010f", 1.0 / 0.0);
    show("%+f", 1.0 / 0.0);
    show("%Lf", 2.5L);
    show("%Le", 123.456L);
    show("%Lg", -0.125L);
}

/* Kept out of the compiler's sight so it does not warn about the truncation under test. */
static volatile size_t small_size = 8;

static void truncation(void) {
    char small[8];
    int result = snprintf(small, small_size, "%s", "hello, world");
    printf("truncate1|%s|%d\n", small, result);
    result = snprintf(small, small_size, "%d", 1234567890);
    printf("truncate2|%s|%d\n", small, result);
    result = snprintf(NULL, 0, "%d apples", 42);
    printf("truncate3|%d\n", result);
    memset(small, 'x', sizeof small);
    result = snprintf(small, small_size - 7, "abc");
    printf("truncate4|%d|%d\n", small[0], result);
    memset(small, 'x', sizeof small);
    result = snprintf(small, 0, "abc");
    printf("truncate5|%c|%d\n", small[0], result);
    result = snprintf(small, small_size, "%.3f", 3.14159);
    printf("truncate6|%s|%d\n", small, result);
    char big[64];
    result = sprintf(big, "%s-%d-%c", "x", 5, 'y');
    printf("sprintf|%s|%d\n", big, result);
}

static void counting(void) {
    int count = -1;
    short short_count = -1;
    char buffer[64];
    snprintf(buffer, sizeof buffer, "abc%n-def%hn", &count, &short_count);
    printf("%%n|%s|%d|%d\n", buffer, count, short_count);
}

int main(void) {
    integers();
    characters_and_strings();
    floats();
    truncation();
    counting();
    printf("printf returns %d\n", printf("[%s]\n", "twelve chars"));
    fprintf(stdout, "fprintf %d %s\n", 7, "ok");
    return 0;
}
