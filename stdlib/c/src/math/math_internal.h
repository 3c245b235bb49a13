/* math_internal.h: what the files of src/math share: double-double
 * arithmetic (a value kept as an unevaluated sum hi + lo), constants, and
 * the kernels that more than one file calls (named __math_*).
 *
 * Rounding-type functions map to WebAssembly instructions; fma and the
 * remainders are exact by integer arithmetic. The others reduce their
 * argument (sin/cos/tan exactly, for every double) and evaluate a series,
 * the leading terms in double-double arithmetic, and round once at the
 * end: tests/wasmos/math_conformance_test.c finds them within 1 ulp of the
 * correctly rounded result (stdlib/c/README.md). Constants split into parts
 * were computed with exact or 300-bit arithmetic. */
#ifndef WASMOS_MATH_INTERNAL_H
#define WASMOS_MATH_INTERNAL_H

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- bits and double-double helpers --------------------------------------- */

static inline uint64_t bits_of(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static inline double from_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

struct dd {
    double hi, lo;
};

static inline struct dd two_sum(double a, double b) {
    double sum = a + b;
    double b_part = sum - a;
    double error = (a - (sum - b_part)) + (b - b_part);
    struct dd result = {sum, error};
    return result;
}

/* Requires |a| >= |b| (or a == 0). */
static inline struct dd fast_two_sum(double a, double b) {
    double sum = a + b;
    struct dd result = {sum, b - (sum - a)};
    return result;
}

/* Veltkamp split into two halves of 26 bits each. */
static inline void split(double a, double *high, double *low) {
    double scaled = 134217729.0 * a; /* 2^27 + 1 */
    double big = scaled - a;
    *high = scaled - big;
    *low = a - *high;
}

/* The exact product a * b as hi + lo (Dekker). */
static inline struct dd two_product(double a, double b) {
    double product = a * b;
    double a_high, a_low, b_high, b_low;
    split(a, &a_high, &a_low);
    split(b, &b_high, &b_low);
    double error = ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low;
    struct dd result = {product, error};
    return result;
}

static inline struct dd dd_add(struct dd a, struct dd b) {
    struct dd sum = two_sum(a.hi, b.hi);
    return fast_two_sum(sum.hi, sum.lo + a.lo + b.lo);
}

static inline struct dd dd_multiply(struct dd a, struct dd b) {
    struct dd product = two_product(a.hi, b.hi);
    return fast_two_sum(product.hi, product.lo + a.hi * b.lo + a.lo * b.hi);
}

static inline struct dd dd_scale(struct dd a, double b) {
    struct dd product = two_product(a.hi, b);
    return fast_two_sum(product.hi, product.lo + a.lo * b);
}

/* -a. */
static inline struct dd dd_negate(struct dd a) {
    struct dd result = {-a.hi, -a.lo};
    return result;
}

/* a * b + c in double-double. */
static inline struct dd dd_multiply_add(struct dd a, struct dd b, struct dd c) {
    return dd_add(dd_multiply(a, b), c);
}

/* The square of r = hi + lo, as a double-double. */
static inline struct dd dd_square(struct dd r) {
    struct dd square = two_product(r.hi, r.hi);
    return fast_two_sum(square.hi, square.lo + 2.0 * r.hi * r.lo);
}

/* a / b for double-doubles, as a double-double (two steps of correction). */
static inline struct dd dd_divide_dd(struct dd a, struct dd b) {
    double quotient = a.hi / b.hi;
    struct dd remainder = dd_add(a, dd_negate(dd_scale(b, quotient)));
    double correction = remainder.hi / b.hi;
    return fast_two_sum(quotient, correction);
}

/* ---- constants ------------------------------------------------------------- */

static const double LN2_HIGH32 = 0x1.62e42fee00000p-1; /* k * this is exact for |k| < 2^21 */
static const double LN2_LOW32 = 0x1.a39ef35793c76p-33;
static const struct dd LN2 = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};
static const double INVERSE_LN2 = 0x1.71547652b82fep+0;
static const struct dd INVERSE_LN2_DD = {0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56};
static const struct dd INVERSE_LN10 = {0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57};
static const struct dd PI_DD = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
static const struct dd HALF_PI = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const struct dd QUARTER_PI = {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55};
static const double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
/* pi/2 in 33-bit pieces, so that n * piece is exact for |n| < 2^20. */
static const double HALF_PI_1 = 0x1.921fb54400000p+0;
static const double HALF_PI_2 = 0x1.0b4611a600000p-34;
static const double HALF_PI_3 = 0x1.3198a2e000000p-69;
static const double HALF_PI_TAIL = 0x1.b839a252049c1p-104;
static const struct dd HALF_LOG_TWO_PI = {0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55};
static const struct dd TWO_OVER_SQRT_PI = {0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56};

/* ---- kernels shared between files ------------------------------------------ */

double __math_scale_by_power_of_two(double x, int exponent);
uint64_t __math_integer_mantissa(double x, int *exponent);
double __math_exact_remainder(double x, double y);
double __math_exp_kernel(double hi, double lo);
double __math_expm1_cubic_factor(double r);
struct dd __math_expm1_dd(double x);
struct dd __math_log_dd(double x);
struct dd __math_log_of_dd(struct dd x);
struct dd __math_sin_kernel_dd(struct dd r);
struct dd __math_cos_kernel_dd(struct dd r);

#endif
