/* long_double_test.c: long double arithmetic and __int128 arithmetic, which
 * on wasm32 are calls into compiler-rt's builtins (binary128 in software,
 * 128-bit division). The values are exact both in x86's 80-bit long double
 * and in binary128, so the output must match the host's glibc. */
#include <stdint.h>
#include <stdio.h>

static volatile long double long_double_sink;
static volatile __int128 wide_sink;

static long double opaque(long double x) {
    long_double_sink = x;
    return long_double_sink;
}

static __int128 opaque_wide(__int128 x) {
    wide_sink = x;
    return wide_sink;
}

/* Decimal text of a signed 128-bit integer. */
static void print_wide(const char *label, __int128 value) {
    char digits[48];
    int length = 0;
    unsigned __int128 magnitude = value < 0 ? -(unsigned __int128)value : (unsigned __int128)value;
    do {
        digits[length++] = (char)('0' + (int)(magnitude % 10));
        magnitude /= 10;
    } while (magnitude);
    printf("%s = %s", label, value < 0 ? "-" : "");
    while (length)
        putchar(digits[--length]);
    putchar('\n');
}

int main(void) {
    long double big = opaque(0x1p62L), one = opaque(1.0L), three = opaque(3.0L);
    /* 2^62 + 1 needs 63 bits: exact in both formats, lost in double. */
    long double sum = big + one;
    printf("(2^62 + 1) - 2^62 = %lld\n", (long long)(sum - big));
    printf("2^62 + 1 as integer = %lld\n", (long long)sum);
    printf("(double)(2^62 + 1) = %.17g\n", (double)sum);
    printf("3 * 7 / 3 = %g\n", (double)(three * opaque(7.0L) / three));
    printf("1/2 + 1/4 = %g\n", (double)(one / opaque(2.0L) + one / opaque(4.0L)));
    printf("-2.5 * 4 = %g\n", (double)(opaque(-2.5L) * opaque(4.0L)));
    printf("compare: %d %d %d %d\n", big > one, one < three, three == opaque(3.0L), sum != big);
    printf("from int64: %lld\n", (long long)(long double)opaque_wide(INT64_MAX - 1));
    printf("from double: %.17g\n", (double)(long double)(double)opaque(0.1L));
    printf("truncation: %d %d\n", (int)opaque(2.75L), (int)opaque(-2.75L));

    __int128 a = opaque_wide(((__int128)1 << 100) + 12345), b = opaque_wide(1000000007);
    print_wide("a", a);
    print_wide("a / b", a / b);
    print_wide("a % b", a % b);
    print_wide("-a / b", -a / b);
    print_wide("-a % b", -a % b);
    print_wide("a * 3", a * 3);
    print_wide("a >> 37", a >> 37);
    unsigned __int128 u = (unsigned __int128)opaque_wide(-1);
    printf("max u128 / 10^19 high bits: %llu\n", (unsigned long long)(u / 10000000000000000000ULL >> 64));
    return 0;
}
