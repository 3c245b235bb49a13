/* long_double.c: the long double functions of math.h.
 *
 * long double is IEEE binary128 on wasm32, its arithmetic done by
 * compiler-rt's builtins. The functions that are exact by nature (rounding
 * to integers, fabs, copysign, fmin, fmax, fdim, frexp, ldexp, scalbn,
 * ilogb, logb, modf, fmod, remainder, remquo, nextafter, nexttoward) are
 * exact here too, on all 113 bits. The others go through double: their
 * results carry double's 53 bits (within about 1 ulp of double), and
 * fmal rounds twice (x * y, then + z). */
#include <math.h>
#include <stdint.h>
#include <string.h>

/* The two 64-bit halves of a binary128 (wasm32 is little-endian). */
struct halves {
    uint64_t low, high;
};

static struct halves halves_of(long double x) {
    struct halves result;
    memcpy(&result, &x, sizeof result);
    return result;
}

static long double from_halves(uint64_t high, uint64_t low) {
    struct halves parts = {low, high};
    long double x;
    memcpy(&x, &parts, sizeof x);
    return x;
}

#define EXPONENT_BIAS 16383
#define MANTISSA_BITS 112

static int biased_exponent(long double x) {
    return (int)((halves_of(x).high >> 48) & 0x7fff);
}

/* 2^exponent for exponent in [-16382, 16383]. */
static long double power_of_two(int exponent) {
    return from_halves((uint64_t)(exponent + EXPONENT_BIAS) << 48, 0);
}

/* ---- exact functions --------------------------------------------------------- */

long double fabsl(long double x) { return __builtin_fabsl(x); }
long double copysignl(long double magnitude, long double sign) { return __builtin_copysignl(magnitude, sign); }

long double truncl(long double x) {
    /* From 2^112 on every long double is an integer (and inf and NaN stay). */
    if (!(fabsl(x) < 0x1p112L))
        return x;
    return copysignl((long double)(__int128)x, x);
}

long double floorl(long double x) {
    long double whole = truncl(x);
    return whole > x ? whole - 1 : whole;
}

long double ceill(long double x) {
    long double whole = truncl(x);
    return whole < x ? whole + 1 : whole;
}

long double roundl(long double x) {
    long double whole = truncl(x);
    long double fraction = x - whole; /* exact */
    if (fraction >= 0.5L)
        return whole + 1;
    if (fraction <= -0.5L)
        return whole - 1;
    return whole;
}

/* Rounds to the nearest integer, ties to even. */
long double rintl(long double x) {
    long double whole = truncl(x);
    long double fraction = fabsl(x - whole);
    if (fraction > 0.5L || (fraction == 0.5L && ((__int128)whole & 1)))
        whole += copysignl(1.0L, x);
    return copysignl(whole, x);
}

long double nearbyintl(long double x) { return rintl(x); }
long lrintl(long double x) { return (long)rintl(x); }
long long llrintl(long double x) { return (long long)rintl(x); }
long lroundl(long double x) { return (long)roundl(x); }
long long llroundl(long double x) { return (long long)roundl(x); }

long double fminl(long double x, long double y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}

long double fmaxl(long double x, long double y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

long double fdiml(long double x, long double y) {
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0L;
}

/* x 2^exponent with one rounding (in steps that are exact until the last). */
long double scalbnl(long double x, int exponent) {
    if (exponent > 16383) {
        x *= 0x1p16383L;
        exponent -= 16383;
        if (exponent > 16383) {
            x *= 0x1p16383L;
            exponent -= 16383;
            if (exponent > 16383)
                exponent = 16383;
        }
    } else if (exponent < -16382) {
        x *= 0x1p-16382L * 0x1p113L;
        exponent += 16382 - 113;
        if (exponent < -16382) {
            x *= 0x1p-16382L * 0x1p113L;
            exponent += 16382 - 113;
            if (exponent < -16382)
                exponent = -16382;
        }
    }
    return x * power_of_two(exponent);
}

long double ldexpl(long double x, int exponent) { return scalbnl(x, exponent); }

long double scalblnl(long double x, long exponent) {
    if (exponent > 100000)
        exponent = 100000;
    if (exponent < -100000)
        exponent = -100000;
    return scalbnl(x, (int)exponent);
}

long double frexpl(long double x, int *exponent) {
    *exponent = 0;
    if (x == 0 || isinf(x) || isnan(x))
        return x;
    int biased = biased_exponent(x);
    if (biased == 0) {
        x *= 0x1p114L;
        biased = biased_exponent(x);
        *exponent = -114;
    }
    *exponent += biased - (EXPONENT_BIAS - 1);
    struct halves parts = halves_of(x);
    return from_halves((parts.high & ~(0x7fffULL << 48)) | ((uint64_t)(EXPONENT_BIAS - 1) << 48), parts.low);
}

int ilogbl(long double x) {
    if (x == 0 || isnan(x))
        return FP_ILOGB0;
    if (isinf(x))
        return 2147483647;
    int exponent;
    frexpl(x, &exponent);
    return exponent - 1;
}

long double logbl(long double x) {
    if (x == 0)
        return -HUGE_VALL;
    if (isinf(x) || isnan(x))
        return x * x;
    return (long double)ilogbl(x);
}

long double modfl(long double x, long double *integral) {
    if (isinf(x)) {
        *integral = x;
        return copysignl(0.0L, x);
    }
    *integral = truncl(x);
    return copysignl(x - *integral, x);
}

/* The 113-bit integer mantissa of a finite non-zero |x| and its exponent. */
static unsigned __int128 mantissa_of(long double x, int *exponent) {
    struct halves parts = halves_of(x);
    int biased = (int)((parts.high >> 48) & 0x7fff);
    unsigned __int128 mantissa = ((unsigned __int128)(parts.high & 0xffffffffffffULL) << 64) | parts.low;
    if (biased == 0) {
        *exponent = 1 - EXPONENT_BIAS - MANTISSA_BITS;
        return mantissa;
    }
    *exponent = biased - EXPONENT_BIAS - MANTISSA_BITS;
    return mantissa | ((unsigned __int128)1 << MANTISSA_BITS);
}

/* Exact remainder of x / y with the sign of x, by shift and subtract. */
long double fmodl(long double x, long double y) {
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return (x * y) / (x * y);
    if (isinf(y) || fabsl(x) < fabsl(y))
        return x;
    int exponent_x, exponent_y;
    unsigned __int128 mantissa_x = mantissa_of(x, &exponent_x);
    unsigned __int128 mantissa_y = mantissa_of(y, &exponent_y);
    /* Normalize both to 113 significant bits so the loop aligns them. */
    while (!(mantissa_x >> MANTISSA_BITS)) {
        mantissa_x <<= 1;
        exponent_x--;
    }
    while (!(mantissa_y >> MANTISSA_BITS)) {
        mantissa_y <<= 1;
        exponent_y--;
    }
    for (; exponent_x > exponent_y; exponent_x--) {
        if (mantissa_x >= mantissa_y)
            mantissa_x -= mantissa_y;
        mantissa_x <<= 1;
    }
    if (mantissa_x >= mantissa_y)
        mantissa_x -= mantissa_y;
    /* mantissa_x 2^exponent_y is exact: scale it without rounding. */
    long double result = scalbnl((long double)mantissa_x, exponent_y);
    return copysignl(result, x);
}

long double remquol(long double x, long double y, int *quotient) {
    *quotient = 0;
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return (x * y) / (x * y);
    long double magnitude_y = fabsl(y);
    /* Only the quotient mod 8 is needed: reduce x modulo 8 |y| first. */
    long double reduced = magnitude_y <= 0x1p16380L ? fmodl(x, 8 * magnitude_y) : x;
    long double result = fmodl(reduced, magnitude_y);
    int bits = (int)((fabsl(reduced) - fabsl(result)) / magnitude_y + 0.5L);
    long double magnitude_r = fabsl(result);
    if (magnitude_r > magnitude_y - magnitude_r || (magnitude_r == magnitude_y - magnitude_r && (bits & 1))) {
        result = result > 0 ? result - magnitude_y : result + magnitude_y;
        bits++;
    }
    bits &= 7;
    *quotient = signbit(x) != signbit(y) ? -bits : bits;
    return result;
}

long double remainderl(long double x, long double y) {
    int quotient;
    return remquol(x, y, &quotient);
}

long double nextafterl(long double x, long double toward) {
    if (isnan(x) || isnan(toward))
        return x + toward;
    if (x == toward)
        return toward;
    if (x == 0)
        return copysignl(from_halves(0, 1), toward);
    struct halves parts = halves_of(x);
    unsigned __int128 bits = ((unsigned __int128)parts.high << 64) | parts.low;
    if ((x < toward) == (x > 0))
        bits++;
    else
        bits--;
    return from_halves((uint64_t)(bits >> 64), (uint64_t)bits);
}

long double nexttowardl(long double x, long double toward) { return nextafterl(x, toward); }

long double nanl(const char *tag) {
    (void)tag;
    return __builtin_nanl("");
}

/* ---- through double ---------------------------------------------------------- */

#define THROUGH_DOUBLE_1(name, function) \
    long double name(long double x) { return (long double)function((double)x); }
#define THROUGH_DOUBLE_2(name, function) \
    long double name(long double x, long double y) { return (long double)function((double)x, (double)y); }

THROUGH_DOUBLE_1(sqrtl, sqrt)
THROUGH_DOUBLE_1(cbrtl, cbrt)
THROUGH_DOUBLE_1(expl, exp)
THROUGH_DOUBLE_1(exp2l, exp2)
THROUGH_DOUBLE_1(expm1l, expm1)
THROUGH_DOUBLE_1(logl, log)
THROUGH_DOUBLE_1(log2l, log2)
THROUGH_DOUBLE_1(log10l, log10)
THROUGH_DOUBLE_1(log1pl, log1p)
THROUGH_DOUBLE_1(sinl, sin)
THROUGH_DOUBLE_1(cosl, cos)
THROUGH_DOUBLE_1(tanl, tan)
THROUGH_DOUBLE_1(asinl, asin)
THROUGH_DOUBLE_1(acosl, acos)
THROUGH_DOUBLE_1(atanl, atan)
THROUGH_DOUBLE_1(sinhl, sinh)
THROUGH_DOUBLE_1(coshl, cosh)
THROUGH_DOUBLE_1(tanhl, tanh)
THROUGH_DOUBLE_1(asinhl, asinh)
THROUGH_DOUBLE_1(acoshl, acosh)
THROUGH_DOUBLE_1(atanhl, atanh)
THROUGH_DOUBLE_1(erfl, erf)
THROUGH_DOUBLE_1(erfcl, erfc)
THROUGH_DOUBLE_1(lgammal, lgamma)
THROUGH_DOUBLE_1(tgammal, tgamma)
THROUGH_DOUBLE_2(powl, pow)
THROUGH_DOUBLE_2(atan2l, atan2)
THROUGH_DOUBLE_2(hypotl, hypot)

long double fmal(long double x, long double y, long double z) { return x * y + z; }
