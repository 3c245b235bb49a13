/* float.c: the float functions: the double function rounded once, or,
 * where that would not do, written on floats or on a shared kernel (clang
 * at -O2 turns (float)fmax((double)x, ...) back into fmaxf, which would
 * recurse). */
#include "math_internal.h"

/* ---- float versions (computed in double, then rounded) --------------------- */

float fabsf(float x) { return __builtin_fabsf(x); }
float sqrtf(float x) { return __builtin_sqrtf(x); }
float floorf(float x) { return __builtin_floorf(x); }
float ceilf(float x) { return __builtin_ceilf(x); }
float truncf(float x) { return __builtin_truncf(x); }
float rintf(float x) { return __builtin_rintf(x); }
/* Written on floats: clang at -O2 turns (float)round((double)x) and the
 * like back into a call of the float function itself. */
float roundf(float x) {
    float truncated = __builtin_truncf(x);
    float fraction = x - truncated; /* exact */
    if (fraction >= 0.5f)
        return truncated + 1.0f;
    if (fraction <= -0.5f)
        return truncated - 1.0f;
    return truncated;
}

long lroundf(float x) { return (long)roundf(x); }

float fminf(float x, float y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}

float fmaxf(float x, float y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

float copysignf(float magnitude, float sign) { return __builtin_copysignf(magnitude, sign); }
float frexpf(float x, int *exponent) { return (float)frexp(x, exponent); }
float ldexpf(float x, int exponent) { return (float)ldexp(x, exponent); }
float expf(float x) { return (float)exp(x); }
float exp2f(float x) { return (float)exp2(x); }
float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float powf(float x, float y) { return (float)pow(x, y); }
float cbrtf(float x) { return (float)cbrt(x); }
float hypotf(float x, float y) { return (float)hypot(x, y); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }
float sinhf(float x) { return (float)sinh(x); }
float coshf(float x) { return (float)cosh(x); }
float tanhf(float x) { return (float)tanh(x); }

float modff(float x, float *integral) {
    double whole;
    double fraction = modf(x, &whole);
    *integral = (float)whole;
    return (float)fraction;
}

/* The double remainder of two floats is exact, so one rounding. */
float fmodf(float x, float y) { return (float)__math_exact_remainder(x, y); }

/* x * y is exact in double; the sum is rounded to odd (the neighbour with an
 * odd last bit when inexact), which makes the final rounding to float a
 * single correct one. */
float fmaf(float x, float y, float z) {
    double product = (double)x * (double)y;
    if (!isfinite(product) || !isfinite(z))
        return (float)(product + z);
    struct dd sum = two_sum(product, z);
    if (sum.lo != 0 && (bits_of(sum.hi) & 1) == 0) {
        uint64_t bits = bits_of(sum.hi);
        /* One step toward the exact value: up in magnitude when lo has hi's sign. */
        bits += (sum.lo > 0) == (sum.hi > 0) ? 1 : -1;
        sum.hi = from_bits(bits);
    }
    return (float)sum.hi;
}

float expm1f(float x) { return (float)expm1(x); }
/* ---- float versions of the above --------------------------------------------- */

float nearbyintf(float x) { return __builtin_rintf(x); }
float scalbnf(float x, int exponent) { return (float)scalbn(x, exponent); }
float scalblnf(float x, long exponent) { return (float)scalbln(x, exponent); }
float acoshf(float x) { return (float)acosh(x); }
float asinhf(float x) { return (float)asinh(x); }
float atanhf(float x) { return (float)atanh(x); }
float log1pf(float x) { return (float)log1p(x); }
float erff(float x) { return (float)erf(x); }
float erfcf(float x) { return (float)erfc(x); }
float tgammaf(float x) { return (float)tgamma(x); }
float lgammaf(float x) { return (float)lgamma(x); }
float lgammaf_r(float x, int *sign) { return (float)lgamma_r(x, sign); }
float exp10f(float x) { return (float)exp10(x); }
int ilogbf(float x) { return ilogb(x); }
float logbf(float x) { return (float)logb(x); }
long lrintf(float x) { return (long)__builtin_rintf(x); }
long long llrintf(float x) { return (long long)__builtin_rintf(x); }
long long llroundf(float x) { return (long long)roundf(x); }
float remainderf(float x, float y) { return (float)remainder(x, y); }
float remquof(float x, float y, int *quotient) { return (float)remquo(x, y, quotient); }

float fdimf(float x, float y) {
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0f;
}

static uint32_t float_bits(float x) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static float float_from_bits(uint32_t bits) {
    float x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

float nextafterf(float x, float toward) {
    if (isnan(x) || isnan(toward))
        return x + toward;
    if (x == toward)
        return toward;
    if (x == 0)
        return copysignf(float_from_bits(1), toward);
    uint32_t bits = float_bits(x);
    if ((x < toward) == (x > 0))
        bits++;
    else
        bits--;
    return float_from_bits(bits);
}

void sincosf(float x, float *sine, float *cosine) {
    *sine = (float)sin(x);
    *cosine = (float)cos(x);
}

float nanf(const char *tag) {
    (void)tag;
    return __builtin_nanf("");
}
