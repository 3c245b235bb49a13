/* long_double_math_test.c: the long double functions of math.h. The exact
 * ones are given values that need more than double's 53 bits (but fit in
 * x86's 64-bit long double mantissa, so glibc agrees) and their results are
 * printed as integers; the others (computed through double here) to 10
 * digits. The output must match the host's glibc. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <stdio.h>

static volatile long double sink;

static long double opaque(long double x) {
    sink = x;
    return sink;
}

static void integer(const char *label, long double value) {
    printf("%s = %lld\n", label, (long long)value);
}

int main(void) {
    long double odd_half = opaque(0x1p55L + 3.5L); /* 2^55 + 3.5 needs 57 bits */
    long double even_half = opaque(0x1p55L + 2.5L);
    integer("floorl(2^55 + 3.5) - 2^55", floorl(odd_half) - 0x1p55L);
    integer("ceill(2^55 + 3.5) - 2^55", ceill(odd_half) - 0x1p55L);
    integer("truncl(-(2^55 + 3.5)) + 2^55", truncl(-odd_half) + 0x1p55L);
    integer("roundl(2^55 + 2.5) - 2^55", roundl(even_half) - 0x1p55L);
    integer("rintl(2^55 + 2.5) - 2^55", rintl(even_half) - 0x1p55L);
    integer("rintl(2^55 + 3.5) - 2^55", rintl(odd_half) - 0x1p55L);
    integer("nearbyintl(-2.5)", nearbyintl(opaque(-2.5L)));
    printf("lrintl %ld llrintl %lld lroundl %ld llroundl %lld\n", lrintl(opaque(6.5L)), llrintl(opaque(7.5L)),
           lroundl(opaque(-6.5L)), llroundl(opaque(0x1p55L + 0.5L)));
    long double big = opaque(0x1p62L + 5);
    integer("fmodl(2^62 + 5, 7)", fmodl(big, opaque(7.0L)));
    integer("fmodl(-(2^62 + 5), 7)", fmodl(-big, opaque(7.0L)));
    integer("remainderl(2^62 + 5, 7)", remainderl(big, opaque(7.0L)));
    int quotient;
    long double rest = remquol(big, opaque(7.0L), &quotient);
    printf("remquol(2^62 + 5, 7) = %lld, quotient bits %d\n", (long long)rest, quotient);
    rest = remquol(opaque(-29.0L), opaque(3.0L), &quotient);
    printf("remquol(-29, 3) = %g, quotient %d\n", (double)rest, quotient);
    long double whole;
    long double fraction = modfl(opaque(0x1p55L + 0.25L), &whole);
    printf("modfl: %g, integral - 2^55 = %lld\n", (double)fraction, (long long)(whole - 0x1p55L));
    int exponent;
    fraction = frexpl(opaque(0x1p60L + 1), &exponent);
    printf("frexpl(2^60 + 1): fraction * 2^61 = %lld, exponent %d\n", (long long)(fraction * 0x1p61L), exponent);
    printf("ldexpl(3, 100) = %g, scalbnl(3, -5) = %g, scalblnl(1, 20) = %g\n", (double)ldexpl(opaque(3.0L), 100),
           (double)scalbnl(opaque(3.0L), -5), (double)scalblnl(opaque(1.0L), 20L));
    printf("ilogbl(2^70) = %d, logbl(0.1) = %g\n", ilogbl(opaque(0x1p70L)), (double)logbl(opaque(0.1L)));
    long double next = nextafterl(opaque(1.0L), 2.0L);
    printf("nextafterl(1, 2): above 1 %d, within 2^-60 %d\n", next > 1, next - 1 < 0x1p-60L);
    next = nexttowardl(opaque(1.0L), 0.0L);
    printf("nexttowardl(1, 0): below 1 %d, within 2^-60 %d\n", next < 1, 1 - next < 0x1p-60L);
    printf("fabsl %g copysignl %g fminl %g fmaxl %g fdiml %g isnan(nanl) %d\n", (double)fabsl(opaque(-3.0L)),
           (double)copysignl(opaque(3.0L), -0.0L), (double)fminl(opaque(1.0L), 2.0L), (double)fmaxl(opaque(1.0L), 2.0L),
           (double)fdiml(opaque(5.0L), 2.0L), isnan(nanl("")));
    integer("fmal(2^31 + 1, 2^31 - 1, -2^62)", fmal(opaque(0x1p31L + 1), opaque(0x1p31L - 1), opaque(-0x1p62L)));

    /* Through double. */
    long double x = opaque(0.75L);
    printf("%.10g %.10g %.10g %.10g %.10g %.10g %.10g\n", (double)sqrtl(x), (double)cbrtl(x), (double)expl(x),
           (double)exp2l(x), (double)expm1l(x), (double)logl(x), (double)log2l(x));
    printf("%.10g %.10g %.10g %.10g %.10g %.10g %.10g\n", (double)log10l(x), (double)log1pl(x), (double)sinl(x),
           (double)cosl(x), (double)tanl(x), (double)asinl(x), (double)acosl(x));
    printf("%.10g %.10g %.10g %.10g %.10g %.10g %.10g\n", (double)atanl(x), (double)sinhl(x), (double)coshl(x),
           (double)tanhl(x), (double)asinhl(x), (double)acoshl(opaque(1.75L)), (double)atanhl(x));
    printf("%.10g %.10g %.10g %.10g %.10g %.10g %.10g\n", (double)erfl(x), (double)erfcl(x), (double)lgammal(x),
           (double)tgammal(x), (double)powl(x, 2.5L), (double)atan2l(x, -1.0L), (double)hypotl(x, 1.0L));
    return 0;
}
