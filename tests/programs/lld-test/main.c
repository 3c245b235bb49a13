/* lld-test: 64-bit integers through printf's %lld, %llu, %llx and friends,
 * the <inttypes.h> macros, and back through strtoll and sscanf, each checked
 * against the text it must produce. Prints every case; exit status 0 when all
 * match, 1 otherwise. */
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cases;
static int failures;

/* Compares a formatted text with the expected one and prints the case. */
static void expect(const char *format_shown, const char *actual, const char *expected) {
    cases++;
    int passed = strcmp(actual, expected) == 0;
    if (!passed)
        failures++;
    printf("  [%s] %-14s -> \"%s\"", passed ? " ok " : "FAIL", format_shown, actual);
    if (!passed)
        printf("  (expected \"%s\")", expected);
    printf("\n");
}

#define CHECK(expected, format, ...)                                \
    do {                                                            \
        char text[128];                                             \
        snprintf(text, sizeof text, format, __VA_ARGS__);           \
        expect(format, text, expected);                             \
    } while (0)

static void signed_values(void) {
    printf("%%lld and %%lli (signed)\n");
    CHECK("0", "%lld", 0LL);
    CHECK("-1", "%lld", -1LL);
    CHECK("9223372036854775807", "%lld", LLONG_MAX);
    CHECK("-9223372036854775808", "%lld", LLONG_MIN);
    CHECK("9223372036854775807", "%lli", (long long)INT64_MAX);
    CHECK("-9223372036854775808", "%lli", (long long)INT64_MIN);
    CHECK("4294967296", "%lld", 4294967296LL);
    CHECK("-2147483649", "%lld", -2147483649LL);
    CHECK("+42", "%+lld", 42LL);
    CHECK("   -42", "%6lld", -42LL);
    CHECK("-42   |", "%-6lld|", -42LL);
    CHECK("-00042", "%06lld", -42LL);
    CHECK(" 42", "% lld", 42LL);
    CHECK("00012", "%.5lld", 12LL);
    CHECK("", "%.0lld", 0LL);
    CHECK("-9223372036854775808 9223372036854775807", "%lld %lld", LLONG_MIN, LLONG_MAX);
    CHECK("1 -2 3", "%d %lld %d", 1, -2LL, 3);
}

static void unsigned_values(void) {
    printf("%%llu, %%llx, %%llX, %%llo (unsigned)\n");
    CHECK("18446744073709551615", "%llu", ULLONG_MAX);
    CHECK("9223372036854775808", "%llu", (unsigned long long)INT64_MIN);
    CHECK("18446744073709551615", "%llu", (unsigned long long)-1LL);
    CHECK("ffffffffffffffff", "%llx", ULLONG_MAX);
    CHECK("FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
    CHECK("8000000000000000", "%llx", (unsigned long long)LLONG_MIN);
    CHECK("7fffffffffffffff", "%llx", (unsigned long long)LLONG_MAX);
    CHECK("0x123456789abcdef0", "%#llx", 0x123456789abcdef0ULL);
    CHECK("0X123456789ABCDEF0", "%#llX", 0x123456789abcdef0ULL);
    CHECK("1777777777777777777777", "%llo", ULLONG_MAX);
    CHECK("0001000000000000", "%016llx", 1ULL << 48);
    CHECK("100000000", "%llx", 1ULL << 32);
}

static void inttypes_macros(void) {
    printf("<inttypes.h> macros\n");
    CHECK("-9223372036854775808", "%" PRId64, INT64_MIN);
    CHECK("9223372036854775807", "%" PRIi64, INT64_MAX);
    CHECK("18446744073709551615", "%" PRIu64, UINT64_MAX);
    CHECK("ffffffffffffffff", "%" PRIx64, UINT64_MAX);
    CHECK("FFFFFFFFFFFFFFFF", "%" PRIX64, UINT64_MAX);
    CHECK("-9223372036854775808", "%jd", INTMAX_MIN);
    CHECK("18446744073709551615", "%ju", UINTMAX_MAX);
}

static void parsing_back(void) {
    printf("parsing back: strtoll, strtoull, sscanf\n");
    char text[64];
    snprintf(text, sizeof text, "%lld", strtoll("-9223372036854775808", NULL, 10));
    expect("strtoll(MIN)", text, "-9223372036854775808");
    snprintf(text, sizeof text, "%lld", strtoll("9223372036854775807", NULL, 10));
    expect("strtoll(MAX)", text, "9223372036854775807");
    snprintf(text, sizeof text, "%lld", strtoll("99999999999999999999", NULL, 10));
    expect("strtoll(big)", text, "9223372036854775807");
    snprintf(text, sizeof text, "%llu", strtoull("ffffffffffffffff", NULL, 16));
    expect("strtoull(hex)", text, "18446744073709551615");
    long long value = 0;
    unsigned long long unsigned_value = 0;
    int scanned = sscanf("-9223372036854775808 8000000000000000", "%lld %llx", &value, &unsigned_value);
    snprintf(text, sizeof text, "%d %lld %llu", scanned, value, unsigned_value);
    expect("sscanf", text, "2 -9223372036854775808 9223372036854775808");
}

int main(void) {
    signed_values();
    unsigned_values();
    inttypes_macros();
    parsing_back();
    if (failures == 0)
        printf("all %d cases passed\n", cases);
    else
        printf("%d of %d cases FAILED\n", failures, cases);
    return failures == 0 ? 0 : 1;
}
