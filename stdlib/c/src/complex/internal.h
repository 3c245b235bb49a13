/* internal.h: what the files of src/complex share. */
#ifndef WASMOS_COMPLEX_INTERNAL_H
#define WASMOS_COMPLEX_INTERNAL_H

#include <complex.h>
#include <errno.h>
#include <math.h>

#define REAL(z) __builtin_creal(z)
#define IMAG(z) __builtin_cimag(z)

static inline double _Complex make_complex(double real, double imaginary) {
    return __builtin_complex(real, imaginary);
}

/* pi, pi/2, pi/4 and 3pi/4 as the nearest double plus the rest. */
#define PI_HIGH 0x1.921fb54442d18p+1
#define PI_LOW 0x1.1a62633145c07p-53
#define HALF_PI 0x1.921fb54442d18p+0
#define HALF_PI_LOW 0x1.1a62633145c07p-54
#define QUARTER_PI 0x1.921fb54442d18p-1
#define THREE_QUARTER_PI 0x1.2d97c7f3321d2p+1
/* ln 2 in two parts, the first with 16 trailing zero bits (k * it is exact for |k| < 2^16). */
#define LN2_HIGH 0x1.62e42fefa0000p-1
#define LN2_LOW 0x1.cf79abc9e3b3ap-40
#define LN2 0x1.62e42fefa39efp-1

/* glibc's complex functions set errno only at a few poles and underflows;
 * ours keep it as they found it around the real functions they call. */
#define SAVE_ERRNO int saved_errno_ = errno
#define RESTORE_ERRNO (errno = saved_errno_)

/* e^x * factor * 2^shift for finite x, rounded once at the end, without
 * overflow or underflow on the way (for |x| beyond exp's range, or a
 * subnormal factor). */
static inline double exp_times(double x, double factor, int shift) {
    if (factor == 0 || !isfinite(factor))
        return x > 0 || factor == 0 ? factor : factor * 0.0;
    if (shift == 0 && x > -708.0 && x < 709.0 && fabs(factor) >= 0x1p-1022)
        return exp(x) * factor;
    if (x > 1500.0)
        return copysign(INFINITY, factor); /* |factor| >= 2^-1074 */
    if (x < -1500.0)
        return copysign(0.0, factor);
    int factor_exponent;
    double mantissa = frexp(factor, &factor_exponent);
    double k = __builtin_rint(x * 0x1.71547652b82fep+0);
    double r = (x - k * LN2_HIGH) - k * LN2_LOW;
    return ldexp(exp(r) * mantissa, (int)k + factor_exponent + shift);
}

/* Exact products and sums (Dekker, Knuth) for the few places where a sum
 * of squares must not cancel. */
struct twofold {
    double hi, lo;
};

static inline struct twofold exact_sum(double a, double b) {
    double sum = a + b;
    double b_part = sum - a;
    struct twofold result = {sum, (a - (sum - b_part)) + (b - b_part)};
    return result;
}

static inline struct twofold exact_square(double a) {
    double product = a * a;
    double scaled = 134217729.0 * a; /* 2^27 + 1: Veltkamp's split */
    double high = scaled - (scaled - a);
    double low = a - high;
    struct twofold result = {product, ((high * high - product) + 2 * high * low) + low * low};
    return result;
}

/* a + b for double-doubles, rounded to a double. */
static inline double twofold_total(const struct twofold *parts, int count) {
    /* Sum the leading parts exactly, then the errors. */
    double sum = 0, error = 0;
    for (int index = 0; index < count; index++) {
        struct twofold high = exact_sum(sum, parts[index].hi);
        sum = high.hi;
        error += high.lo + parts[index].lo;
    }
    return sum + error;
}

#endif
