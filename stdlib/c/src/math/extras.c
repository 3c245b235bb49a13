/* extras.c: exp10, sincos, remquo, nexttoward and nexttowardf. */
#include "math_internal.h"

/* ---- more C99 functions ------------------------------------------------------ */

static const struct dd LN10 = {0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53};

double exp10(double x) {
    if (isnan(x))
        return x;
    if (x > 308.25471555991675) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (x < -323.60724533877976) {
        errno = ERANGE;
        return 0.0;
    }
    struct dd scaled = dd_scale(LN10, x);
    return __math_exp_kernel(scaled.hi, scaled.lo);
}

void sincos(double x, double *sine, double *cosine) {
    *sine = sin(x);
    *cosine = cos(x);
}

/* The remainder of x / y (as remainder()) and, in *quotient, the sign and
 * low three bits of the quotient rounded to the nearest integer. */
double remquo(double x, double y, int *quotient) {
    *quotient = 0;
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return remainder(x, y);
    double magnitude_y = fabs(y);
    /* Only the quotient mod 8 is needed: first reduce x modulo 8 |y|. */
    double reduced = magnitude_y <= 0x1p1020 ? __math_exact_remainder(x, 8 * magnitude_y) : x;
    double result = remainder(reduced, magnitude_y);
    int bits = (int)__builtin_rint(fabs((reduced - result) / magnitude_y)) & 7;
    *quotient = signbit(x) != signbit(y) ? -bits : bits;
    return result;
}

/* The binary128 long double as its two 64-bit halves. */
static void long_double_halves(long double value, uint64_t *high, uint64_t *low) {
    uint64_t halves[2];
    memcpy(halves, &value, sizeof halves);
    *low = halves[0]; /* wasm32 is little-endian */
    *high = halves[1];
}

/* Sign of toward - x, with toward a binary128 and x a finite or infinite
 * double, compared without long double arithmetic (which needs a runtime). */
static int compare_long_double(double x, long double toward) {
    uint64_t high, low;
    long_double_halves(toward, &high, &low);
    /* x in binary128: exponent rebiased, mantissa moved up by 60 bits. */
    uint64_t x_high = 0, x_low = 0;
    if (x != 0) {
        int exponent;
        uint64_t mantissa = __math_integer_mantissa(x, &exponent); /* |x| = mantissa 2^exponent */
        if (isinf(x)) {
            x_high = 0x7fffULL << 48;
        } else {
            int top = 63 - __builtin_clzll(mantissa);
            int biased = exponent + top + 16383;
            uint64_t fraction = mantissa & ~(1ULL << top); /* top bits after the leading one */
            /* 112 fraction bits: fraction << (112 - top) split over the halves. */
            int shift = 112 - top;
            x_high = ((uint64_t)biased << 48) | (shift >= 64 ? fraction << (shift - 64) : fraction >> (64 - shift));
            x_low = shift >= 64 ? 0 : fraction << shift;
        }
    }
    if (signbit(x))
        x_high |= 1ULL << 63;
    /* Compare sign-magnitude numbers. */
    int toward_negative = (int)(high >> 63), x_negative = (int)(x_high >> 63);
    uint64_t magnitude_high = high & ~(1ULL << 63), x_magnitude_high = x_high & ~(1ULL << 63);
    int magnitude_order;
    if (magnitude_high != x_magnitude_high)
        magnitude_order = magnitude_high > x_magnitude_high ? 1 : -1;
    else
        magnitude_order = low == x_low ? 0 : (low > x_low ? 1 : -1);
    if (magnitude_order == 0 && (magnitude_high | low) == 0)
        return 0; /* +0 and -0 are equal */
    if (toward_negative != x_negative) {
        if ((magnitude_high | low | x_magnitude_high | x_low) == 0)
            return 0;
        return toward_negative ? -1 : 1;
    }
    return toward_negative ? -magnitude_order : magnitude_order;
}

static int long_double_is_nan(long double value) {
    uint64_t high, low;
    long_double_halves(value, &high, &low);
    return ((high >> 48) & 0x7fff) == 0x7fff && ((high & ((1ULL << 48) - 1)) | low) != 0;
}

double nexttoward(double x, long double toward) {
    if (isnan(x))
        return x;
    if (long_double_is_nan(toward))
        return __builtin_nan("");
    int order = compare_long_double(x, toward);
    if (order == 0)
        return x;
    return nextafter(x, order > 0 ? HUGE_VAL : -HUGE_VAL);
}

float nexttowardf(float x, long double toward) {
    if (isnan(x))
        return x;
    if (long_double_is_nan(toward))
        return __builtin_nanf("");
    int order = compare_long_double(x, toward);
    if (order == 0)
        return x;
    return nextafterf(x, order > 0 ? HUGE_VALF : -HUGE_VALF);
}
