/* strto_test.c: string-to-number conversions and sscanf, printed one case per
 * line; the output must match the host's glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* long is 32 bits on wasm32 and 64 on the host, so strtol/strtoul are only
 * printed where both agree; strtoll/strtoull are printed always. */
static void integer_case(const char *input, int base) {
    char *end;
    errno = 0;
    long long long_value = strtoll(input, &end, base);
    int long_error = errno;
    printf("strtoll(\"%s\", %d) = %lld end=%td errno=%d", input, base, long_value, end - input, long_error);
    errno = 0;
    unsigned long long unsigned_value = strtoull(input, &end, base);
    printf(" | strtoull = %llu end=%td errno=%d", unsigned_value, end - input, errno);
    if (!long_error && long_value >= -2147483647LL - 1 && long_value <= 2147483647LL) {
        errno = 0;
        long value = strtol(input, &end, base);
        printf(" | strtol = %ld end=%td errno=%d", value, end - input, errno);
    }
    if (!strchr(input, '-') && unsigned_value <= 4294967295ULL) {
        errno = 0;
        unsigned long value = strtoul(input, &end, base);
        printf(" | strtoul = %lu end=%td errno=%d", value, end - input, errno);
    }
    printf("\n");
}

static void double_case(const char *input) {
    char *end;
    errno = 0;
    double value = strtod(input, &end);
    int error = errno;
    printf("strtod(\"%s\"): %.17g %a end=%td errno=%d\n", input, value, value, end - input, error);
}

static void float_case(const char *input) {
    char *end;
    float value = strtof(input, &end);
    printf("strtof(\"%s\"): %.9g end=%td\n", input, (double)value, end - input);
}

int main(void) {
    const char *integers[] = {"0", "42", "-42", "+17", "  123abc", "\t\n 99", "0x1F", "0X1f", "0x", "0xg",
                              "077", "08", "z", "", "-", "2147483647", "2147483648", "-2147483648",
                              "-2147483649", "4294967295", "4294967296", "-1", "9223372036854775807",
                              "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                              "18446744073709551615", "18446744073709551616", "-18446744073709551615",
                              "1010", "zz", "ZZ", "7fffffff"};
    int bases[] = {0, 10, 16, 8, 2, 36};
    for (size_t index = 0; index < sizeof integers / sizeof *integers; index++) {
        for (size_t base = 0; base < sizeof bases / sizeof *bases; base++)
            integer_case(integers[index], bases[base]);
    }
    printf("atoi: %d %d %d %d\n", atoi("123"), atoi("-45x"), atoi("  7"), atoi("abc"));
    printf("atol: %ld %lld\n", atol("-100000"), atoll("123456789012345"));

    const char *doubles[] = {"0", "-0", "1", "-1.5", "3.14159", "1e10", "1E-10", "  2.5xyz", ".5", "5.",
                             ".", "e5", "1e", "1e+", "1e-2", "0.1", "0.2", "0.3", "123456789012345678901234567890",
                             "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
                             "1e309", "2.2250738585072014e-308", "2.2250738585072011e-308", "4.9406564584124654e-324",
                             "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "inf", "-Infinity",
                             "INFx", "nan", "NaN(123)", "0x1p0", "0x1.8p1", "0X.8P-1", "0x1.fffffffffffffp1023",
                             "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x10", "0x", "9007199254740993",
                             "9007199254740992.5", "9007199254740993.0000000000000000000000000001",
                             "0.000000000000000000000000000000000000000000001234", "1.00000000000000011102230246251565404236316680908203125",
                             "1.00000000000000011102230246251565404236316680908203124",
                             "1.00000000000000011102230246251565404236316680908203126", "7.038531e-26",
                             "1e23", "8.98846567431158e307", "100000000000000000000000000000000000000000000000000e-50"};
    for (size_t index = 0; index < sizeof doubles / sizeof *doubles; index++)
        double_case(doubles[index]);
    const char *floats[] = {"1.5", "0.1", "3.4028235e38", "1e-45", "16777217"};
    for (size_t index = 0; index < sizeof floats / sizeof *floats; index++)
        float_case(floats[index]);

    int a = 0, b = 0, count;
    unsigned u = 0;
    char word[32] = "", rest[32] = "";
    double d = 0;
    float f = 0;
    long long big = 0;
    count = sscanf("12 34", "%d %d", &a, &b);
    printf("sscanf1: %d %d %d\n", count, a, b);
    count = sscanf("  -7,0x1f", "%d,%i", &a, &b);
    printf("sscanf2: %d %d %d\n", count, a, b);
    count = sscanf("hello world", "%s %s", word, rest);
    printf("sscanf3: %d %s %s\n", count, word, rest);
    count = sscanf("3.25 1e3", "%lf %f", &d, &f);
    printf("sscanf4: %d %g %g\n", count, d, (double)f);
    count = sscanf("abc", "%d", &a);
    printf("sscanf5: %d\n", count);
    count = sscanf("", "%d", &a);
    printf("sscanf6: %d\n", count);
    count = sscanf("key=value;", "%[^=]=%[^;]", word, rest);
    printf("sscanf7: %d %s %s\n", count, word, rest);
    count = sscanf("12345", "%3d%d", &a, &b);
    printf("sscanf8: %d %d %d\n", count, a, b);
    count = sscanf("ff 777", "%x %o", &u, (unsigned *)&b);
    printf("sscanf9: %d %u %d\n", count, u, b);
    count = sscanf("x=5", "x=%d", &a);
    printf("sscanf10: %d %d\n", count, a);
    count = sscanf("9876543210123", "%lld", &big);
    printf("sscanf11: %d %lld\n", count, big);
    int consumed = 0;
    count = sscanf("42 rest", "%d%n", &a, &consumed);
    printf("sscanf12: %d %d %d\n", count, a, consumed);
    char c1 = 0, c2 = 0;
    count = sscanf("a b", "%c %c", &c1, &c2);
    printf("sscanf13: %d %c %c\n", count, c1, c2);
    count = sscanf("10%", "%d%%", &a);
    printf("sscanf14: %d %d\n", count, a);
    count = sscanf("skip 5", "%*s %d", &a);
    printf("sscanf15: %d %d\n", count, a);
    return 0;
}
