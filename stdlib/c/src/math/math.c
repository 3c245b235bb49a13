/* math.c: the functions of math.h.
 *
 * Rounding-type functions map to WebAssembly instructions; fma and the
 * remainders are exact by integer arithmetic. The others reduce their
 * argument (sin/cos/tan exactly, for every double) and evaluate a series,
 * the leading terms in double-double arithmetic (a value kept as an
 * unevaluated sum hi + lo), and round once at the end: the measured errors
 * (stdlib/c/README.md) are below 0.65 ulp for almost all functions.
 * Constants split into parts were computed with exact or 300-bit arithmetic.
 * Float functions are written on floats or call static helpers: clang at -O2
 * turns (float)fmax((double)x, ...) back into fmaxf, which would recurse. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- bits and double-double helpers --------------------------------------- */

static uint64_t bits_of(double x) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

static double from_bits(uint64_t bits) {
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

struct dd {
    double hi, lo;
};

static struct dd two_sum(double a, double b) {
    double sum = a + b;
    double b_part = sum - a;
    double error = (a - (sum - b_part)) + (b - b_part);
    struct dd result = {sum, error};
    return result;
}

/* Requires |a| >= |b| (or a == 0). */
static struct dd fast_two_sum(double a, double b) {
    double sum = a + b;
    struct dd result = {sum, b - (sum - a)};
    return result;
}

/* Veltkamp split into two halves of 26 bits each. */
static void split(double a, double *high, double *low) {
    double scaled = 134217729.0 * a; /* 2^27 + 1 */
    double big = scaled - a;
    *high = scaled - big;
    *low = a - *high;
}

/* The exact product a * b as hi + lo (Dekker). */
static struct dd two_product(double a, double b) {
    double product = a * b;
    double a_high, a_low, b_high, b_low;
    split(a, &a_high, &a_low);
    split(b, &b_high, &b_low);
    double error = ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low;
    struct dd result = {product, error};
    return result;
}

static struct dd dd_add(struct dd a, struct dd b) {
    struct dd sum = two_sum(a.hi, b.hi);
    return fast_two_sum(sum.hi, sum.lo + a.lo + b.lo);
}

static struct dd dd_multiply(struct dd a, struct dd b) {
    struct dd product = two_product(a.hi, b.hi);
    return fast_two_sum(product.hi, product.lo + a.hi * b.lo + a.lo * b.hi);
}

static struct dd dd_scale(struct dd a, double b) {
    struct dd product = two_product(a.hi, b);
    return fast_two_sum(product.hi, product.lo + a.lo * b);
}

static double scale_by_power_of_two(double x, int exponent);

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

/* ---- rounding and representation ------------------------------------------ */

double fabs(double x) { return __builtin_fabs(x); }
double sqrt(double x) { return __builtin_sqrt(x); }
double floor(double x) { return __builtin_floor(x); }
double ceil(double x) { return __builtin_ceil(x); }
double trunc(double x) { return __builtin_trunc(x); }
double rint(double x) { return __builtin_rint(x); }
double nearbyint(double x) { return __builtin_rint(x); }
double copysign(double magnitude, double sign) { return __builtin_copysign(magnitude, sign); }

double fmin(double x, double y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? x : y; /* fmin(-0, +0) is -0 */
    return x < y ? x : y;
}

double fmax(double x, double y) {
    if (isnan(x))
        return y;
    if (isnan(y))
        return x;
    if (x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

double fdim(double x, double y) {
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0;
}

/* Rounds half away from zero. */
double round(double x) {
    double truncated = __builtin_trunc(x);
    double fraction = x - truncated; /* exact */
    if (fraction >= 0.5)
        return truncated + 1.0;
    if (fraction <= -0.5)
        return truncated - 1.0;
    return truncated;
}

long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
long lrint(double x) { return (long)__builtin_rint(x); }
long long llrint(double x) { return (long long)__builtin_rint(x); }

/* ---- fused multiply-add ---------------------------------------------------- */

/* A 128-bit natural number. */
struct wide {
    uint64_t high, low;
};

static struct wide multiply_wide(uint64_t a, uint64_t b) {
    uint64_t a_low = (uint32_t)a, a_high = a >> 32, b_low = (uint32_t)b, b_high = b >> 32;
    uint64_t low_low = a_low * b_low, high_low = a_high * b_low;
    uint64_t low_high = a_low * b_high, high_high = a_high * b_high;
    uint64_t middle = (low_low >> 32) + (uint32_t)high_low + (uint32_t)low_high;
    struct wide result = {high_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32),
                          (middle << 32) | (uint32_t)low_low};
    return result;
}

static int leading_bit(struct wide a) {
    if (a.high)
        return 127 - __builtin_clzll(a.high);
    return a.low ? 63 - __builtin_clzll(a.low) : -1;
}

static struct wide shift_left(struct wide a, int count) {
    if (count == 0)
        return a;
    if (count >= 64) {
        struct wide result = {a.low << (count - 64), 0};
        return result;
    }
    struct wide result = {(a.high << count) | (a.low >> (64 - count)), a.low << count};
    return result;
}

/* a >> count, for count < 128. */
static struct wide shift_right(struct wide a, int count) {
    if (count == 0)
        return a;
    if (count >= 64) {
        struct wide result = {0, a.high >> (count - 64)};
        return result;
    }
    struct wide result = {a.high >> count, (a.low >> count) | (a.high << (64 - count))};
    return result;
}

static int compare_wide(struct wide a, struct wide b) {
    if (a.high != b.high)
        return a.high < b.high ? -1 : 1;
    return a.low == b.low ? 0 : (a.low < b.low ? -1 : 1);
}

static struct wide add_wide(struct wide a, struct wide b) {
    struct wide result = {a.high + b.high, a.low + b.low};
    result.high += result.low < a.low;
    return result;
}

static struct wide subtract_wide(struct wide a, struct wide b) {
    struct wide result = {a.high - b.high - (a.low < b.low), a.low - b.low};
    return result;
}

/* Splits a finite non-zero x into |x| = mantissa 2^exponent. */
static uint64_t integer_mantissa(double x, int *exponent) {
    uint64_t bits = bits_of(x);
    int biased = (int)((bits >> 52) & 0x7ff);
    uint64_t mantissa = bits & ((1ULL << 52) - 1);
    if (biased == 0) {
        *exponent = -1074;
        return mantissa;
    }
    *exponent = biased - 1075;
    return mantissa | (1ULL << 52);
}

/* a >> count, with every bit shifted out ORed into the lowest bit kept. */
static struct wide shift_right_sticky(struct wide a, int count) {
    if (count >= 128) {
        struct wide result = {0, (a.high | a.low) != 0};
        return result;
    }
    struct wide result = shift_right(a, count);
    result.low |= compare_wide(shift_left(result, count), a) != 0;
    return result;
}

/* value 2^exponent (value non-zero) rounded once to the nearest double,
 * ties to even, with gradual underflow and overflow to infinity. */
static double round_wide(struct wide value, int exponent) {
    int top = leading_bit(value);
    int magnitude = top + exponent; /* the weight of the leading bit */
    int kept = magnitude >= -1022 ? 53 : magnitude + 1075;
    int dropped = top + 1 - kept;
    if (dropped <= 0)
        return scale_by_power_of_two((double)value.low, exponent); /* exact: fewer than 54 bits */
    uint64_t quotient = 0;
    struct wide below = value; /* the bits dropped */
    if (dropped < 128) {
        struct wide kept_part = shift_right(value, dropped);
        quotient = kept_part.low;
        below = subtract_wide(value, shift_left(kept_part, dropped));
    }
    int order = -1; /* below compared with half a unit of the last kept place */
    if (dropped <= 128)
        order = compare_wide(below, shift_left((struct wide){0, 1}, dropped - 1));
    if (order > 0 || (order == 0 && (quotient & 1)))
        quotient++;
    return scale_by_power_of_two((double)quotient, exponent + dropped);
}

/* x * y + z with a single rounding: the exact product (106 bits) and z are
 * aligned in 128-bit integers, their sum rounded once. */
double fma(double x, double y, double z) {
    if (!isfinite(x) || !isfinite(y))
        return x * y + z;
    if (!isfinite(z))
        return z;
    if (x == 0 || y == 0)
        return x * y + z; /* the product is an exact signed zero */
    if (z == 0)
        return x * y; /* a single rounding already; keeps the sign of a tiny product */
    int exponent_x, exponent_y, exponent_z;
    uint64_t mantissa_x = integer_mantissa(x, &exponent_x);
    uint64_t mantissa_y = integer_mantissa(y, &exponent_y);
    uint64_t mantissa_z = integer_mantissa(z, &exponent_z);
    struct wide product = multiply_wide(mantissa_x, mantissa_y);
    int exponent_product = exponent_x + exponent_y;
    struct wide addend = {0, mantissa_z};
    /* Leading bits at position 125: room for the carry of the sum. */
    int shift = 125 - leading_bit(product);
    product = shift_left(product, shift);
    exponent_product -= shift;
    shift = 125 - leading_bit(addend);
    addend = shift_left(addend, shift);
    exponent_z -= shift;
    int exponent;
    if (exponent_product >= exponent_z) {
        addend = shift_right_sticky(addend, exponent_product - exponent_z);
        exponent = exponent_product;
    } else {
        product = shift_right_sticky(product, exponent_z - exponent_product);
        exponent = exponent_z;
    }
    int negative_product = signbit(x) != signbit(y);
    int negative_z = signbit(z) != 0;
    struct wide sum;
    int negative;
    if (negative_product == negative_z) {
        sum = add_wide(product, addend);
        negative = negative_z;
    } else if (compare_wide(product, addend) >= 0) {
        sum = subtract_wide(product, addend);
        negative = negative_product;
    } else {
        sum = subtract_wide(addend, product);
        negative = negative_z;
    }
    if (sum.high == 0 && sum.low == 0)
        return 0.0; /* exact cancellation is +0 when rounding to nearest */
    double magnitude = round_wide(sum, exponent);
    return negative ? -magnitude : magnitude;
}

double frexp(double x, int *exponent) {
    uint64_t bits = bits_of(x);
    int biased = (int)((bits >> 52) & 0x7ff);
    if (x == 0 || biased == 0x7ff) {
        *exponent = 0;
        return x;
    }
    if (biased == 0) {
        x *= 0x1p64;
        bits = bits_of(x);
        biased = (int)((bits >> 52) & 0x7ff) - 64;
    }
    *exponent = biased - 1022;
    return from_bits((bits & ~(0x7ffULL << 52)) | (1022ULL << 52));
}

/* x * 2^exponent with a single rounding, also into the subnormal range. */
static double scale_by_power_of_two(double x, int exponent) {
    if (exponent > 1023) {
        x *= 0x1p1023;
        exponent -= 1023;
        if (exponent > 1023) {
            x *= 0x1p1023;
            exponent -= 1023;
            if (exponent > 1023)
                exponent = 1023;
        }
    } else if (exponent < -1022) {
        /* Scale by 2^-969 steps (2^-1022 * 2^53) so the final step rounds once. */
        x *= 0x1p-1022 * 0x1p53;
        exponent += 1022 - 53;
        if (exponent < -1022) {
            x *= 0x1p-1022 * 0x1p53;
            exponent += 1022 - 53;
            if (exponent < -1022)
                exponent = -1022;
        }
    }
    return x * from_bits((uint64_t)(exponent + 1023) << 52);
}

double ldexp(double x, int exponent) {
    double result = scale_by_power_of_two(x, exponent);
    if ((isinf(result) && isfinite(x)) || (result == 0 && x != 0))
        errno = ERANGE;
    return result;
}

double scalbn(double x, int exponent) { return ldexp(x, exponent); }

double scalbln(double x, long exponent) {
    if (exponent > 100000)
        exponent = 100000;
    if (exponent < -100000)
        exponent = -100000;
    return ldexp(x, (int)exponent);
}

int ilogb(double x) {
    if (x == 0 || isnan(x))
        return FP_ILOGB0;
    if (isinf(x))
        return 2147483647;
    int exponent;
    frexp(x, &exponent);
    return exponent - 1;
}

double logb(double x) {
    if (x == 0) {
        errno = ERANGE;
        return -HUGE_VAL;
    }
    if (!isfinite(x))
        return x * x;
    return (double)ilogb(x);
}

double modf(double x, double *integral) {
    if (isinf(x)) {
        *integral = x;
        return copysign(0.0, x);
    }
    *integral = __builtin_trunc(x);
    return copysign(x - *integral, x);
}

double nextafter(double x, double toward) {
    if (isnan(x) || isnan(toward))
        return x + toward;
    if (x == toward)
        return toward;
    if (x == 0)
        return copysign(from_bits(1), toward);
    uint64_t bits = bits_of(x);
    if ((x < toward) == (x > 0))
        bits++;
    else
        bits--;
    return from_bits(bits);
}

double nan(const char *tag) {
    (void)tag;
    return __builtin_nan("");
}

/* Exact remainder of x / y with the sign of x (shift-and-subtract on the mantissas). */
static double exact_remainder(double x, double y);

double fmod(double x, double y) { return exact_remainder(x, y); }

/* fmod's work, under a name the compiler does not know (see roundf). */
static double exact_remainder(double x, double y) {
    if (isnan(x) || isnan(y) || isinf(x) || y == 0) {
        if (!isnan(x) && !isnan(y))
            errno = EDOM;
        return (x * y) / (x * y);
    }
    double magnitude_x = fabs(x), magnitude_y = fabs(y);
    if (isinf(y) || magnitude_x < magnitude_y)
        return x;
    if (magnitude_x == magnitude_y)
        return copysign(0.0, x);
    int exponent_x, exponent_y;
    double fraction_x = frexp(magnitude_x, &exponent_x);
    double fraction_y = frexp(magnitude_y, &exponent_y);
    uint64_t mantissa_x = (uint64_t)(fraction_x * 0x1p53);
    uint64_t mantissa_y = (uint64_t)(fraction_y * 0x1p53);
    for (; exponent_x > exponent_y; exponent_x--) {
        if (mantissa_x >= mantissa_y)
            mantissa_x -= mantissa_y;
        mantissa_x <<= 1;
    }
    if (mantissa_x >= mantissa_y)
        mantissa_x -= mantissa_y;
    double result = scale_by_power_of_two((double)mantissa_x, exponent_y - 53);
    return copysign(result, x);
}

double remainder(double x, double y) {
    double result = fmod(x, y);
    if (isnan(result) || result == 0)
        return result;
    double magnitude_y = fabs(y), magnitude_r = fabs(result);
    /* Move to the nearest multiple, ties to the even quotient. */
    if (magnitude_r > magnitude_y - magnitude_r ||
        (magnitude_r == magnitude_y - magnitude_r && fmod((x - result) / y, 2.0) != 0))
        result = result > 0 ? result - magnitude_y : result + magnitude_y;
    return result;
}

/* ---- exponentials and logarithms ------------------------------------------ */

/* exp(hi + lo) for |hi| within the finite range; lo is a small correction. */
static double exp_kernel(double hi, double lo) {
    double k = __builtin_rint(hi * INVERSE_LN2);
    double reduced_high = hi - k * LN2_HIGH32;   /* exact */
    double reduced_low = lo - k * LN2_LOW32;
    double r = reduced_high + reduced_low;
    /* expm1(r) = r + r^2 (1/2! + r/3! + ... + r^11/13!) */
    double polynomial = 1.0 / 6227020800.0;
    static const double inverse_factorials[] = {1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0,
                                                1.0 / 362880.0,    1.0 / 40320.0,    1.0 / 5040.0,
                                                1.0 / 720.0,       1.0 / 120.0,      1.0 / 24.0,
                                                1.0 / 6.0,         0.5};
    for (size_t index = 0; index < sizeof inverse_factorials / sizeof *inverse_factorials; index++)
        polynomial = polynomial * r + inverse_factorials[index];
    /* 1 + r + ... with the leading sum kept exact, so only the last step rounds. */
    struct dd leading = fast_two_sum(1.0, reduced_high);
    double value = leading.hi + (leading.lo + (reduced_low + r * r * polynomial));
    return scale_by_power_of_two(value, (int)k);
}

/* (expm1(r) - r - r^2/2) / r^3 = 1/3! + r/4! + ... + r^11/14!, for |r| < 0.35. */
static double expm1_cubic_factor(double r) {
    double polynomial = 0;
    double factorial = 87178291200.0; /* 14! */
    for (int n = 14; n >= 3; n--) {
        polynomial = polynomial * r + 1.0 / factorial;
        factorial /= n;
    }
    return polynomial;
}

/* expm1 for 0.34 < |x| < 40: with x = k ln2 + r (r = high + low), exp(r) is
 * formed as a double-double 1 + r + r^2/2 + r^3 q(r), the square exact, and
 * expm1(x) = 2^k exp(r) - 1 with the subtraction exact (two_sum), so that
 * only the last step rounds. */
static struct dd expm1_reduced(double x) {
    double k = __builtin_rint(x * INVERSE_LN2);
    double high = x - k * LN2_HIGH32; /* exact */
    double low = -k * LN2_LOW32;
    double r = high + low;
    struct dd half_square = two_product(high, high);
    half_square.hi *= 0.5;
    half_square.lo *= 0.5;
    struct dd exp_r = dd_add(fast_two_sum(1.0, high), half_square);
    exp_r.lo += low + low * (high + 0.5 * low) + r * r * r * expm1_cubic_factor(r);
    double power = scale_by_power_of_two(1.0, (int)k);
    struct dd sum = two_sum(power * exp_r.hi, -1.0); /* power * hi is exact */
    return fast_two_sum(sum.hi, sum.lo + power * exp_r.lo);
}

double exp(double x) {
    if (isnan(x))
        return x;
    if (x > 709.782712893384) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (x < -745.1332191019412) {
        errno = ERANGE;
        return 0.0;
    }
    return exp_kernel(x, 0.0);
}

double exp2(double x) {
    if (isnan(x))
        return x;
    if (x >= 1024) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (x < -1075) {
        errno = ERANGE;
        return 0.0;
    }
    double whole = __builtin_rint(x);
    double fraction = x - whole; /* exact */
    struct dd scaled = dd_scale(LN2, fraction);
    return scale_by_power_of_two(exp_kernel(scaled.hi, scaled.lo), (int)whole);
}

/* expm1(x) for 0 < |x| <= 40 as a double-double. */
static struct dd expm1_dd(double x) {
    if (fabs(x) < 0.34657359027997264) {
        /* x + x^2/2 + x^3 q(x), the square exact */
        struct dd half_square = two_product(x, x);
        half_square.hi *= 0.5;
        half_square.lo *= 0.5;
        struct dd sum = fast_two_sum(x, half_square.hi);
        return fast_two_sum(sum.hi, sum.lo + half_square.lo + x * x * x * expm1_cubic_factor(x));
    }
    return expm1_reduced(x);
}

double expm1(double x) {
    if (isnan(x))
        return x;
    if (x > 40)
        return exp(x); /* exp(x) - 1 rounds to exp(x) */
    if (x < -40)
        return -1.0;
    if (x == 0)
        return x; /* keeps the sign of zero */
    struct dd result = expm1_dd(x);
    return result.hi + result.lo;
}

/* log(x) as a double-double, for finite x > 0. */
static struct dd log_dd(double x) {
    int k = 0;
    uint64_t bits = bits_of(x);
    if ((bits >> 52) == 0) {
        x *= 0x1p54;
        bits = bits_of(x);
        k = -54;
    }
    k += (int)(bits >> 52) - 1023;
    double m = from_bits((bits & ((1ULL << 52) - 1)) | (1023ULL << 52)); /* [1, 2) */
    if (m > 1.4142135623730951) {
        m *= 0.5;
        k++;
    }
    double f = m - 1.0; /* exact */
    /* s = f / (2 + f), carried as s_high + s_low */
    struct dd denominator = two_sum(2.0, f);
    double s_high = f / denominator.hi;
    struct dd product = two_product(s_high, denominator.hi);
    double residual = ((f - product.hi) - product.lo) - s_high * denominator.lo;
    double s_low = residual / denominator.hi;
    /* log(m) = 2 atanh(s) = 2s + 2s * z (1/3 + z/5 + ... ) with z = s^2 */
    double z = s_high * s_high;
    double series = 1.0 / 25.0;
    for (int denominator_value = 23; denominator_value >= 3; denominator_value -= 2)
        series = series * z + 1.0 / denominator_value;
    double tail = 2.0 * s_high * z * series;
    struct dd log_m = fast_two_sum(2.0 * s_high, 2.0 * s_low + tail);
    struct dd k_ln2 = dd_scale(LN2, (double)k);
    return dd_add(k_ln2, log_m);
}

/* log of a positive double-double. */
static struct dd log_of_dd(struct dd x) {
    return dd_add(log_dd(x.hi), (struct dd){x.lo / x.hi, 0});
}

/* Shared argument checks of the logarithms; returns 1 if *result is final. */
static int log_special(double x, double *result) {
    if (isnan(x)) {
        *result = x;
        return 1;
    }
    if (x < 0) {
        errno = EDOM;
        *result = __builtin_nan("");
        return 1;
    }
    if (x == 0) {
        errno = ERANGE;
        *result = -HUGE_VAL;
        return 1;
    }
    if (isinf(x)) {
        *result = x;
        return 1;
    }
    return 0;
}

double log(double x) {
    double result;
    if (log_special(x, &result))
        return result;
    return log_dd(x).hi;
}

double log2(double x) {
    double result;
    if (log_special(x, &result))
        return result;
    int exponent;
    double fraction = frexp(x, &exponent); /* [0.5, 1) */
    if (fraction == 0.5)
        return (double)(exponent - 1); /* exact for powers of two */
    return dd_multiply(log_dd(x), INVERSE_LN2_DD).hi;
}

double log10(double x) {
    double result;
    if (log_special(x, &result))
        return result;
    return dd_multiply(log_dd(x), INVERSE_LN10).hi;
}

double log1p(double x) {
    if (isnan(x))
        return x;
    if (x < -1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (x == -1) {
        errno = ERANGE;
        return -HUGE_VAL;
    }
    if (isinf(x))
        return x;
    if (fabs(x) < 0x1p-54)
        return x;
    double u = 1.0 + x;
    struct dd logarithm = log_dd(u);
    /* u rounded 1 + x; add back what was lost: log(1+x) ~ log(u) + (x - (u-1)) / u */
    double correction = (x - (u - 1.0)) / u;
    return logarithm.hi + (logarithm.lo + correction);
}

static int is_integer(double y) {
    return __builtin_trunc(y) == y;
}

static int is_odd_integer(double y) {
    if (!is_integer(y) || fabs(y) >= 0x1p53)
        return 0;
    return fmod(y, 2.0) != 0;
}

double pow(double x, double y) {
    if (y == 0 || x == 1)
        return 1.0;
    if (isnan(x) || isnan(y))
        return x + y;
    int odd = is_odd_integer(y);
    if (x == 0) {
        if (y < 0) {
            errno = ERANGE;
            return odd ? copysign(HUGE_VAL, x) : HUGE_VAL;
        }
        return odd ? x : 0.0;
    }
    if (isinf(y)) {
        double magnitude = fabs(x);
        if (magnitude == 1)
            return 1.0;
        return (magnitude > 1) == (y > 0) ? HUGE_VAL : 0.0;
    }
    if (isinf(x)) {
        if (x < 0)
            return y < 0 ? (odd ? -0.0 : 0.0) : (odd ? -HUGE_VAL : HUGE_VAL);
        return y < 0 ? 0.0 : HUGE_VAL;
    }
    double sign = 1.0;
    if (x < 0) {
        if (!is_integer(y)) {
            errno = EDOM;
            return __builtin_nan("");
        }
        if (odd)
            sign = -1.0;
        x = -x;
    }
    struct dd logarithm = log_dd(x);
    /* Bound y * log(x) before the exact multiplication can overflow. */
    double estimate = y * logarithm.hi;
    if (estimate > 709.79) {
        errno = ERANGE;
        return sign * HUGE_VAL;
    }
    if (estimate < -745.2) {
        errno = ERANGE;
        return sign * 0.0;
    }
    struct dd product = dd_scale(logarithm, y);
    if (product.hi > 709.782712893384) {
        errno = ERANGE;
        return sign * HUGE_VAL;
    }
    double result = exp_kernel(product.hi, product.lo);
    if (result == 0 || isinf(result))
        errno = ERANGE;
    return sign * result;
}

double cbrt(double x) {
    if (x == 0 || !isfinite(x))
        return x;
    double magnitude = fabs(x);
    int exponent;
    double fraction = frexp(magnitude, &exponent); /* magnitude = fraction * 2^exponent */
    int remainder_exponent = ((exponent % 3) + 3) % 3;
    fraction = ldexp(fraction, remainder_exponent); /* [0.5, 4) */
    int third = (exponent - remainder_exponent) / 3;
    double y = 0.6 + 0.4 * fraction; /* rough start; Newton converges quadratically */
    for (int step = 0; step < 7; step++)
        y = y - (y * y * y - fraction) / (3.0 * y * y);
    /* One correction with the exact residual in double-double. */
    struct dd square = two_product(y, y);
    struct dd cube = dd_scale(square, y);
    double residual = (cube.hi - fraction) + cube.lo;
    y -= residual / (3.0 * y * y);
    return copysign(ldexp(y, third), x);
}

double hypot(double x, double y) {
    if (isinf(x) || isinf(y))
        return HUGE_VAL;
    if (isnan(x) || isnan(y))
        return x + y;
    double a = fabs(x), b = fabs(y);
    if (a < b) {
        double swap = a;
        a = b;
        b = swap;
    }
    if (a == 0)
        return 0.0;
    if (b < a * 0x1p-60)
        return a;
    int scale = 0;
    if (a > 0x1p500) {
        a *= 0x1p-600;
        b *= 0x1p-600;
        scale = 600;
    } else if (b < 0x1p-500) {
        a *= 0x1p600;
        b *= 0x1p600;
        scale = -600;
    }
    /* sqrt(a^2 + b^2) with the squares kept exact. */
    struct dd a_squared = two_product(a, a);
    struct dd b_squared = two_product(b, b);
    struct dd sum = dd_add(a_squared, b_squared);
    double root = __builtin_sqrt(sum.hi);
    /* One Newton step on the double-double sum. */
    struct dd root_squared = two_product(root, root);
    double residual = ((sum.hi - root_squared.hi) - root_squared.lo) + sum.lo;
    root += residual / (2.0 * root);
    return scale_by_power_of_two(root, scale);
}

/* ---- trigonometry ---------------------------------------------------------- */

/* The bits of 2/pi after the binary point, 32 to a word, most significant
 * first, behind 64 zero bits (so that a window may start up to 64 bits
 * before the point). Computed with exact integer arithmetic (pi by Machin's
 * formula to 1400 bits). */
static const uint32_t TWO_OVER_PI_BITS[] = {
    0x00000000, 0x00000000, 0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab,
    0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
    0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f, 0xef2f118b,
    0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea,
    0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
};

/* Words of 2/pi used per reduction: 192 bits, of which the product keeps
 * 190 after the point. */
#define REDUCTION_WORDS 6

/* Payne-Hanek reduction of a finite |x| >= 2^20: with x = m 2^e (m an
 * integer of 53 bits), the bits of 2/pi of weight above 2^-(e-2) give a
 * multiple of 4 once multiplied by m 2^e, so they can be skipped; the next
 * 192 bits, multiplied exactly by m, give x 2/pi mod 4 with 190 bits after
 * the point and an error below 2^-137. Even the double closest to a
 * multiple of pi/2 (about 2^-61 away) keeps more than 120 bits. */
static int reduce_half_pi_large(double magnitude, struct dd *r) {
    uint64_t bits = bits_of(magnitude);
    uint64_t m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
    int e = (int)(bits >> 52) - 1075; /* >= -32 here */
    int skip = e - 2 + 64;            /* window starts after this bit of the padded table */
    int word = skip / 32, shift = skip % 32;
    uint32_t window[REDUCTION_WORDS]; /* least significant first */
    for (int index = 0; index < REDUCTION_WORDS; index++) {
        uint32_t high = TWO_OVER_PI_BITS[word + index];
        uint32_t low = TWO_OVER_PI_BITS[word + index + 1];
        window[REDUCTION_WORDS - 1 - index] = shift ? (high << shift) | (low >> (32 - shift)) : high;
    }
    /* product = m * window mod 2^192, as words. */
    uint32_t product[REDUCTION_WORDS] = {0};
    uint32_t m_low = (uint32_t)m, m_high = (uint32_t)(m >> 32);
    uint64_t carry = 0;
    for (int index = 0; index < REDUCTION_WORDS; index++) {
        uint64_t sum = (uint64_t)m_low * window[index] + product[index] + carry;
        product[index] = (uint32_t)sum;
        carry = sum >> 32;
    }
    carry = 0;
    for (int index = 1; index < REDUCTION_WORDS; index++) {
        uint64_t sum = (uint64_t)m_high * window[index - 1] + product[index] + carry;
        product[index] = (uint32_t)sum;
        carry = sum >> 32;
    }
    /* The top two bits are the quadrant; the other 190 the fraction. */
    int quadrant = (int)(product[REDUCTION_WORDS - 1] >> 30);
    product[REDUCTION_WORDS - 1] &= 0x3fffffff;
    double sign = 1.0;
    if (product[REDUCTION_WORDS - 1] >> 29) {
        /* fraction >= 1/2: take fraction - 1 (its two's complement), one quadrant on. */
        quadrant = (quadrant + 1) & 3;
        sign = -1.0;
        uint64_t borrow = 1;
        for (int index = 0; index < REDUCTION_WORDS; index++) {
            uint64_t negated = (uint64_t)(uint32_t)~product[index] + borrow;
            product[index] = (uint32_t)negated;
            borrow = negated >> 32;
        }
        product[REDUCTION_WORDS - 1] &= 0x3fffffff;
    }
    /* fraction = sum of product[i] 2^(32 i - 190); every term is exact and positive. */
    struct dd fraction = {0, 0};
    for (int index = REDUCTION_WORDS - 1; index >= 0; index--) {
        double term = (double)product[index] * from_bits((uint64_t)(1023 + 32 * index - 190) << 52);
        fraction = dd_add(fraction, (struct dd){term, 0});
    }
    struct dd reduced = dd_multiply(fraction, HALF_PI);
    r->hi = sign * reduced.hi;
    r->lo = sign * reduced.lo;
    return quadrant;
}

/* Reduces x to r (hi + lo) in about [-pi/4, pi/4] with x = r + n pi/2;
 * returns n mod 4. Exact to about 2^-100 relative for every finite x. */
static int reduce_half_pi(double x, struct dd *r) {
    if (fabs(x) <= 0.7853981633974483) {
        r->hi = x;
        r->lo = 0;
        return 0;
    }
    if (fabs(x) >= 0x1p20) {
        int quadrant = reduce_half_pi_large(fabs(x), r);
        if (x < 0) {
            r->hi = -r->hi;
            r->lo = -r->lo;
            quadrant = (4 - quadrant) & 3;
        }
        return quadrant;
    }
    /* Cody-Waite: n * piece is exact for |n| < 2^20. */
    double n = __builtin_rint(x * TWO_OVER_PI);
    struct dd result = fast_two_sum(x, -(n * HALF_PI_1));
    result = dd_add(result, (struct dd){-(n * HALF_PI_2), 0});
    result = dd_add(result, (struct dd){-(n * HALF_PI_3), -(n * HALF_PI_TAIL)});
    *r = result;
    return (int)n & 3;
}

/* 1/n! as double-doubles, for the leading terms of the sine and cosine. */
static const struct dd INVERSE_3_FACTORIAL = {0x1.5555555555555p-3, 0x1.5555555555555p-57};
static const struct dd INVERSE_5_FACTORIAL = {0x1.1111111111111p-7, 0x1.1111111111111p-63};
static const struct dd INVERSE_7_FACTORIAL = {0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73};
static const struct dd INVERSE_4_FACTORIAL = {0x1.5555555555555p-5, 0x1.5555555555555p-59};
static const struct dd INVERSE_6_FACTORIAL = {0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65};
static const struct dd INVERSE_8_FACTORIAL = {0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76};

static struct dd dd_negate(struct dd a) {
    struct dd result = {-a.hi, -a.lo};
    return result;
}

/* a * b + c in double-double. */
static struct dd dd_multiply_add(struct dd a, struct dd b, struct dd c) {
    return dd_add(dd_multiply(a, b), c);
}

/* The square of r = hi + lo, as a double-double. */
static struct dd dd_square(struct dd r) {
    struct dd square = two_product(r.hi, r.hi);
    return fast_two_sum(square.hi, square.lo + 2.0 * r.hi * r.lo);
}

/* sin(hi + lo) for |hi + lo| <= about pi/4, as a double-double accurate to
 * about 2^-70 relative: the terms up to r^7 in double-double, the rest
 * (below 2^-20 of the result) in double. */
static struct dd sin_kernel_dd(struct dd r) {
    struct dd z = dd_square(r);
    /* 1/9! - z/11! + ... - z^4/17! */
    static const double tail_coefficients[] = {1.0 / 355687428096000.0, -1.0 / 1307674368000.0, 1.0 / 6227020800.0,
                                               -1.0 / 39916800.0, 1.0 / 362880.0};
    double tail = 0;
    for (size_t index = 0; index < sizeof tail_coefficients / sizeof *tail_coefficients; index++)
        tail = tail * z.hi + tail_coefficients[index];
    /* -1/3! + z/5! - z^2/7! + z^3 tail */
    struct dd polynomial = dd_multiply_add(z, (struct dd){tail, 0}, dd_negate(INVERSE_7_FACTORIAL));
    polynomial = dd_multiply_add(z, polynomial, INVERSE_5_FACTORIAL);
    polynomial = dd_multiply_add(z, polynomial, dd_negate(INVERSE_3_FACTORIAL));
    struct dd correction = dd_multiply(dd_multiply(r, z), polynomial);
    return dd_add(r, correction);
}

/* cos(hi + lo) for |hi + lo| <= about pi/4, as a double-double accurate to
 * about 2^-70 relative. */
static struct dd cos_kernel_dd(struct dd r) {
    struct dd z = dd_square(r);
    /* -1/10! + z/12! - ... + z^3/16! */
    static const double tail_coefficients[] = {1.0 / 20922789888000.0, -1.0 / 87178291200.0, 1.0 / 479001600.0,
                                               -1.0 / 3628800.0};
    double tail = 0;
    for (size_t index = 0; index < sizeof tail_coefficients / sizeof *tail_coefficients; index++)
        tail = tail * z.hi + tail_coefficients[index];
    /* 1/4! - z/6! + z^2/8! + z^3 tail */
    struct dd polynomial = dd_multiply_add(z, (struct dd){tail, 0}, INVERSE_8_FACTORIAL);
    polynomial = dd_multiply_add(z, polynomial, dd_negate(INVERSE_6_FACTORIAL));
    polynomial = dd_multiply_add(z, polynomial, INVERSE_4_FACTORIAL);
    /* 1 - z/2 + z^2 polynomial */
    struct dd half_z = {0.5 * z.hi, 0.5 * z.lo};
    struct dd rest = dd_add(dd_multiply(dd_square(z), polynomial), dd_negate(half_z));
    return dd_add((struct dd){1.0, 0}, rest);
}

static double sin_kernel(struct dd r) {
    struct dd value = sin_kernel_dd(r);
    return value.hi + value.lo;
}

static double cos_kernel(struct dd r) {
    struct dd value = cos_kernel_dd(r);
    return value.hi + value.lo;
}

/* numerator / denominator of two double-doubles, rounded once to double. */
static double dd_divide(struct dd numerator, struct dd denominator) {
    double quotient = numerator.hi / denominator.hi;
    struct dd product = two_product(quotient, denominator.hi);
    double residual = ((numerator.hi - product.hi) - product.lo) + numerator.lo - quotient * denominator.lo;
    return quotient + residual / denominator.hi;
}

double sin(double x) {
    if (!isfinite(x)) {
        if (isinf(x))
            errno = EDOM;
        return x - x;
    }
    if (fabs(x) < 0x1p-27)
        return x;
    struct dd r;
    switch (reduce_half_pi(x, &r)) {
    case 0: return sin_kernel(r);
    case 1: return cos_kernel(r);
    case 2: return -sin_kernel(r);
    default: return -cos_kernel(r);
    }
}

double cos(double x) {
    if (!isfinite(x)) {
        if (isinf(x))
            errno = EDOM;
        return x - x;
    }
    struct dd r;
    switch (reduce_half_pi(x, &r)) {
    case 0: return cos_kernel(r);
    case 1: return -sin_kernel(r);
    case 2: return -cos_kernel(r);
    default: return sin_kernel(r);
    }
}

double tan(double x) {
    if (!isfinite(x)) {
        if (isinf(x))
            errno = EDOM;
        return x - x;
    }
    if (fabs(x) < 0x1p-27)
        return x;
    struct dd r;
    int quadrant = reduce_half_pi(x, &r);
    struct dd sine = sin_kernel_dd(r), cosine = cos_kernel_dd(r);
    if (quadrant & 1)
        return -dd_divide(cosine, sine);
    return dd_divide(sine, cosine);
}

/* atan(k/8) for k = 0..8, as double-doubles (computed to 300 bits). */
static const struct dd ATAN_EIGHTHS[] = {
    {0x0.0p+0, 0x0.0p+0},
    {0x1.fd5ba9aac2f6ep-4, -0x1.cd37686760c17p-59},
    {0x1.f5b75f92c80ddp-3, 0x1.8ab6e3cf7afbdp-57},
    {0x1.6f61941e4def1p-2, -0x1.c63aae6f6e918p-56},
    {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56},
    {0x1.1e00babdefeb4p-1, -0x1.928df287a668fp-58},
    {0x1.4978fa3269ee1p-1, 0x1.2419a87f2a458p-56},
    {0x1.700a7c5784634p-1, -0x1.8c34d25aadef6p-56},
    {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55},
};

/* a / b for double-doubles, as a double-double (two steps of correction). */
static struct dd dd_divide_dd(struct dd a, struct dd b) {
    double quotient = a.hi / b.hi;
    struct dd remainder = dd_add(a, dd_negate(dd_scale(b, quotient)));
    double correction = remainder.hi / b.hi;
    return fast_two_sum(quotient, correction);
}

/* atan(t) for 0 <= t <= 1 (t a double-double), as a double-double accurate
 * to about 2^-70: atan(t) = atan(c) + atan((t - c) / (1 + t c)) with c the
 * nearest k/8, the second argument below 1/16 and its series short. */
static struct dd atan_reduced(struct dd t) {
    int k = (int)__builtin_rint(t.hi * 8.0);
    double c = k / 8.0;
    struct dd numerator = dd_add(t, (struct dd){-c, 0});
    struct dd denominator = dd_add((struct dd){1.0, 0}, dd_scale(t, c));
    struct dd u = dd_divide_dd(numerator, denominator);
    double z = u.hi * u.hi;
    /* atan u = u - u^3/3 + u^5 (1/5 - z/7 + ...) with |u| <= 1/16 */
    double tail = 0;
    for (int n = 25; n >= 5; n -= 2)
        tail = tail * z + ((n & 2) ? -1.0 : 1.0) / n;
    struct dd cube = dd_multiply(dd_square(u), u);
    struct dd series = dd_add(u, dd_scale(cube, -1.0 / 3.0));
    series = dd_add(series, (struct dd){cube.hi * z * tail, 0});
    return dd_add(ATAN_EIGHTHS[k], series);
}

/* atan(y / x) for y, x >= 0 double-doubles (not both zero), in [0, pi/2]. */
static struct dd atan_ratio(struct dd y, struct dd x) {
    if (y.hi <= x.hi)
        return atan_reduced(dd_divide_dd(y, x));
    return dd_add(HALF_PI, dd_negate(atan_reduced(dd_divide_dd(x, y))));
}

/* Scales y and x by one power of two so that the larger is near 1, keeping
 * the double-double products inside the range; 0 when the ratio is so far
 * from 1 that the larger alone decides (*result then holds the answer of
 * atan(y/x) in [0, pi/2]). */
static int scale_pair(double *y, double *x, double *result) {
    int exponent_y = ilogb(*y), exponent_x = ilogb(*x);
    if (*y == 0 || exponent_x - exponent_y > 1100) {
        *result = *y / *x; /* atan(q) = q for such q (and atan(0) = 0) */
        return 0;
    }
    if (*x == 0 || exponent_y - exponent_x > 1100) {
        *result = HALF_PI.hi + HALF_PI.lo;
        return 0;
    }
    int exponent = exponent_y > exponent_x ? exponent_y : exponent_x;
    *y = scale_by_power_of_two(*y, -exponent);
    *x = scale_by_power_of_two(*x, -exponent);
    return 1;
}

double atan(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    if (magnitude < 0x1p-27)
        return x;
    if (magnitude > 0x1p60)
        return copysign(HALF_PI.hi + HALF_PI.lo, x);
    struct dd result = magnitude <= 1 ? atan_reduced((struct dd){magnitude, 0})
                                      : atan_ratio((struct dd){magnitude, 0}, (struct dd){1.0, 0});
    return copysign(result.hi + result.lo, x);
}

double atan2(double y, double x) {
    if (isnan(x) || isnan(y))
        return x + y;
    if (y == 0) {
        if (signbit(x))
            return copysign(PI_DD.hi + PI_DD.lo, y);
        return y;
    }
    if (x == 0)
        return copysign(HALF_PI.hi + HALF_PI.lo, y);
    if (isinf(x)) {
        if (isinf(y))
            return copysign(x > 0 ? QUARTER_PI.hi : 3.0 * QUARTER_PI.hi, y);
        return copysign(x > 0 ? 0.0 : PI_DD.hi, y);
    }
    if (isinf(y))
        return copysign(HALF_PI.hi, y);
    double magnitude_y = fabs(y), magnitude_x = fabs(x), angle;
    if (!scale_pair(&magnitude_y, &magnitude_x, &angle)) {
        if (x < 0)
            angle = (PI_DD.hi - angle) + PI_DD.lo;
        return copysign(angle, y);
    }
    struct dd result = atan_ratio((struct dd){magnitude_y, 0}, (struct dd){magnitude_x, 0});
    if (x < 0)
        result = dd_add(PI_DD, dd_negate(result));
    return copysign(result.hi + result.lo, y);
}

/* sqrt(1 - x^2) for |x| <= 1, as a double-double. */
static struct dd complement_root(double x) {
    struct dd square = two_product(x, x);
    struct dd difference = dd_add((struct dd){1.0, 0}, dd_negate(square));
    double root = __builtin_sqrt(difference.hi);
    if (root == 0)
        return (struct dd){0, 0};
    struct dd root_square = two_product(root, root);
    double residual = ((difference.hi - root_square.hi) - root_square.lo) + difference.lo;
    return fast_two_sum(root, residual / (2.0 * root));
}

double asin(double x) {
    if (isnan(x))
        return x;
    if (fabs(x) > 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (fabs(x) < 0x1p-27)
        return x;
    struct dd result = atan_ratio((struct dd){fabs(x), 0}, complement_root(x));
    return copysign(result.hi + result.lo, x);
}

double acos(double x) {
    if (isnan(x))
        return x;
    if (fabs(x) > 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (x == 1)
        return 0.0;
    struct dd result = atan_ratio(complement_root(x), (struct dd){fabs(x), 0});
    if (x < 0)
        result = dd_add(PI_DD, dd_negate(result));
    return result.hi + result.lo;
}

/* ---- hyperbolic functions -------------------------------------------------- */

/* The hyperbolic functions for |x| <= 20 go through t = expm1(|x|) as a
 * double-double: sinh = (t + t/(t+1))/2, cosh = 1 + t^2/(2(t+1)),
 * tanh = t/(t+2) with t = expm1(2|x|), so that only the last step rounds. */

double sinh(double x) {
    if (!isfinite(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-27) {
        return x;
    } else if (magnitude <= 20) {
        struct dd t = expm1_dd(magnitude);
        struct dd value = dd_add(t, dd_divide_dd(t, dd_add(t, (struct dd){1.0, 0})));
        result = 0.5 * (value.hi + value.lo);
    } else if (magnitude < 709) {
        result = 0.5 * exp(magnitude); /* e^-x is below half an ulp */
    } else {
        double half = exp(0.5 * magnitude);
        result = (0.5 * half) * half;
        if (isinf(result))
            errno = ERANGE;
    }
    return copysign(result, x);
}

double cosh(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    if (magnitude < 0x1p-27)
        return 1.0;
    if (magnitude <= 20) {
        struct dd t = expm1_dd(magnitude);
        struct dd value = dd_divide_dd(dd_multiply(t, t), dd_scale(dd_add(t, (struct dd){1.0, 0}), 2.0));
        value = dd_add((struct dd){1.0, 0}, value);
        return value.hi + value.lo;
    }
    if (magnitude < 709)
        return 0.5 * exp(magnitude);
    double half = exp(0.5 * magnitude);
    double result = (0.5 * half) * half;
    if (isinf(result))
        errno = ERANGE;
    return result;
}

double tanh(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude > 20) {
        result = 1.0;
    } else if (magnitude < 0x1p-27) {
        return x;
    } else {
        struct dd t = expm1_dd(2.0 * magnitude);
        struct dd value = dd_divide_dd(t, dd_add(t, (struct dd){2.0, 0}));
        result = value.hi + value.lo;
    }
    return copysign(result, x);
}

/* sqrt of a positive double-double, as a double-double (one Newton step). */
static struct dd sqrt_dd(struct dd a) {
    double root = __builtin_sqrt(a.hi);
    struct dd square = two_product(root, root);
    double residual = ((a.hi - square.hi) - square.lo) + a.lo;
    return fast_two_sum(root, residual / (2.0 * root));
}

/* log(1 + a) for a double-double a > -1, as a double. When 1 + a is not
 * exact its lost part goes in as the first-order term lost / (1 + a). */
static double log1p_dd(struct dd a) {
    struct dd sum = dd_add((struct dd){1.0, 0}, a);
    if (sum.hi < 0.5 || sum.hi > 2) {
        struct dd result = log_of_dd(sum);
        return result.hi + result.lo;
    }
    /* log(1 + a) = log(u) + log(1 + (a - (u - 1)) / u) with u = sum.hi: the
     * first part exact in double-double, the correction small. */
    struct dd logarithm = log_dd(sum.hi);
    double correction = sum.lo / sum.hi;
    return logarithm.hi + (logarithm.lo + correction);
}

double asinh(double x) {
    if (!isfinite(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-27)
        return x;
    if (magnitude > 0x1p28) {
        result = log(magnitude) + LN2.hi;
    } else {
        struct dd square = two_product(magnitude, magnitude);
        struct dd root = sqrt_dd(dd_add(square, (struct dd){1.0, 0})); /* sqrt(x^2 + 1) */
        if (magnitude > 2) {
            /* log(x + sqrt(x^2 + 1)) */
            struct dd value = log_of_dd(dd_add(root, (struct dd){magnitude, 0}));
            result = value.hi + value.lo;
        } else {
            /* log1p(x + x^2 / (1 + sqrt(x^2 + 1))) */
            struct dd argument = dd_divide_dd(square, dd_add(root, (struct dd){1.0, 0}));
            result = log1p_dd(dd_add((struct dd){magnitude, 0}, argument));
        }
    }
    return copysign(result, x);
}

double acosh(double x) {
    if (isnan(x))
        return x;
    if (x < 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (x > 0x1p28)
        return isinf(x) ? x : log(x) + LN2.hi;
    if (x > 2) {
        /* log(x + sqrt(x^2 - 1)) */
        struct dd root = sqrt_dd(dd_add(two_product(x, x), (struct dd){-1.0, 0}));
        struct dd value = log_of_dd(dd_add(root, (struct dd){x, 0}));
        return value.hi + value.lo;
    }
    /* log1p(t + sqrt(2t + t^2)) with t = x - 1 (exact) */
    double t = x - 1.0;
    if (t == 0)
        return 0.0;
    struct dd inside = dd_add(two_product(t, t), (struct dd){2.0 * t, 0});
    return log1p_dd(dd_add((struct dd){t, 0}, sqrt_dd(inside)));
}

double atanh(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    if (magnitude > 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (magnitude == 1) {
        errno = ERANGE;
        return copysign(HUGE_VAL, x);
    }
    if (magnitude < 0x1p-28)
        return x;
    /* log1p(2x / (1 - x)) / 2 */
    struct dd denominator = two_sum(1.0, -magnitude);
    struct dd quotient = dd_divide_dd((struct dd){2.0 * magnitude, 0}, denominator);
    return copysign(0.5 * log1p_dd(quotient), x);
}

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
float fmodf(float x, float y) { return (float)exact_remainder(x, y); }

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

/* ---- more C99 functions ------------------------------------------------------ */

static const struct dd LN10 = {0x1.26bb1bbb55516p+1, -0x1.f48ad494ea3e9p-53};
static const struct dd HALF_LOG_TWO_PI = {0x1.d67f1c864beb5p-1, -0x1.65b5a1b7ff5dfp-55};
static const struct dd TWO_OVER_SQRT_PI = {0x1.20dd750429b6dp+0, 0x1.1ae3a914fed80p-56};

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
    return exp_kernel(scaled.hi, scaled.lo);
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
    double reduced = magnitude_y <= 0x1p1020 ? exact_remainder(x, 8 * magnitude_y) : x;
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
        uint64_t mantissa = integer_mantissa(x, &exponent); /* |x| = mantissa 2^exponent */
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

/* ---- error function ---------------------------------------------------------- */

static const struct dd INVERSE_SQRT_PI = {0x1.20dd750429b6dp-1, 0x1.1ae3a914fed80p-57};

/* exp(-x^2) as a double-double accurate to about 2^-60, x^2 kept exact:
 * with -x^2 = k ln2 + r, 1 + r + r^2/2 in double-double and the rest in double. */
static struct dd exp_minus_square_dd(double x) {
    struct dd square = two_product(x, x);
    double k = __builtin_rint(-square.hi * INVERSE_LN2);
    double high = -square.hi - k * LN2_HIGH32; /* exact */
    double low = -square.lo - k * LN2_LOW32;
    double r = high + low;
    struct dd half_square = two_product(high, high);
    half_square.hi *= 0.5;
    half_square.lo *= 0.5;
    struct dd value = dd_add(fast_two_sum(1.0, high), half_square);
    value = dd_add(value, (struct dd){low + low * (high + 0.5 * low) + r * r * r * expm1_cubic_factor(r), 0});
    double power = scale_by_power_of_two(1.0, (int)k);
    return (struct dd){value.hi * power, value.lo * power};
}

/* erf(x) for 0 <= x <= 1.5, as a double-double:
 * 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 3 5 ... (2n+1)), a series of
 * positive terms summed in double-double. */
static struct dd erf_series(double x) {
    struct dd z = two_product(x, x);
    z.hi *= 2;
    z.lo *= 2;
    struct dd sum = {x, 0}, term = {x, 0};
    for (int n = 1; n < 200; n++) {
        term = dd_divide_dd(dd_multiply(term, z), (struct dd){2 * n + 1, 0});
        sum = dd_add(sum, term);
        if (term.hi < sum.hi * 0x1p-110)
            break;
    }
    return dd_multiply(dd_multiply(sum, TWO_OVER_SQRT_PI), exp_minus_square_dd(x));
}

/* erfc(x) for x >= 1.5 by its continued fraction
 * erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
 * evaluated from the bottom in double-double; the depth converges to 2^-62. */
static double erfc_fraction(double x) {
    int depth = 20 + (int)(360.0 / (x * x));
    struct dd fraction = {x, 0};
    for (int n = depth; n >= 1; n--)
        fraction = dd_add((struct dd){x, 0}, dd_divide_dd((struct dd){0.5 * n, 0}, fraction));
    struct dd value = dd_divide_dd(dd_multiply(exp_minus_square_dd(x), INVERSE_SQRT_PI), fraction);
    return value.hi + value.lo;
}

double erf(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-28)
        return x + x * (TWO_OVER_SQRT_PI.hi - 1.0);
    if (magnitude < 1.5) {
        struct dd value = erf_series(magnitude);
        result = value.hi + value.lo;
    } else if (magnitude < 6) {
        result = 1.0 - erfc_fraction(magnitude);
    } else {
        result = 1.0;
    }
    return copysign(result, x);
}

double erfc(double x) {
    if (isnan(x))
        return x;
    if (x < 1.5) {
        if (x < -6)
            return 2.0;
        if (fabs(x) < 0x1p-56)
            return 1.0 - x;
        struct dd value = fabs(x) < 1.5 ? erf_series(fabs(x)) : (struct dd){1.0 - erfc_fraction(-x), 0};
        if (x < 0)
            value = dd_negate(value);
        struct dd complement = dd_add((struct dd){1.0, 0}, dd_negate(value));
        return complement.hi + complement.lo;
    }
    if (x > 27.3) {
        errno = ERANGE;
        return 0.0;
    }
    return erfc_fraction(x);
}

/* ---- gamma functions ------------------------------------------------------- */

int signgam;

/* sin(pi x) for finite x, exact in its reduction (x - round(x) is exact). */
static double sin_pi(double x) {
    double whole = __builtin_rint(2.0 * x);
    double fraction = x - 0.5 * whole; /* in [-1/4, 1/4] */
    struct dd angle = dd_scale(PI_DD, fraction);
    int quadrant = (int)fmod(whole, 4.0);
    if (quadrant < 0)
        quadrant += 4;
    switch (quadrant) {
    case 0: return sin_kernel(angle);
    case 1: return cos_kernel(angle);
    case 2: return -sin_kernel(angle);
    default: return -cos_kernel(angle);
    }
}

/* log(gamma(x)) for x >= 12 by Stirling's series, as a double-double. */
static struct dd log_gamma_stirling(struct dd x) {
    /* B_2k / (2k (2k-1) x^(2k-1)) for k = 1..8 */
    static const double coefficients[] = {-3617.0 / 122400.0, 1.0 / 156.0, -691.0 / 360360.0, 1.0 / 1188.0,
                                          -1.0 / 1680.0,      1.0 / 1260.0, -1.0 / 360.0,      1.0 / 12.0};
    double inverse = 1.0 / x.hi, inverse_square = inverse * inverse;
    double series = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        series = series * inverse_square + coefficients[index];
    series *= inverse;
    /* (x - 1/2) log x - x + log(2 pi)/2 + series */
    struct dd result = dd_multiply(dd_add(x, (struct dd){-0.5, 0}), log_of_dd(x));
    result = dd_add(result, dd_negate(x));
    result = dd_add(result, HALF_LOG_TWO_PI);
    return dd_add(result, (struct dd){series, 0});
}

/* log|gamma(x)| for x > 0 (a double-double) as a double-double: shifted up
 * to 12 or more by gamma(x) = gamma(x + n) / (x (x+1) ... (x+n-1)), the
 * shifts and the product in double-double. */
static struct dd log_gamma_positive(struct dd x) {
    if (x.hi >= 12)
        return log_gamma_stirling(x);
    struct dd product = {1, 0};
    while (x.hi < 12) {
        product = dd_multiply(product, x);
        x = dd_add(x, (struct dd){1.0, 0});
    }
    return dd_add(log_gamma_stirling(x), dd_negate(log_of_dd(product)));
}

/* log(gamma(1 + t)) = -gamma t + sum (-1)^k zeta(k) t^k / k, for |t| <= 1/4. */
static double log_gamma_near_one(double t) {
    static const struct dd linear = {-0x1.2788cfc6fb619p-1, 0x1.6cb90701fbfabp-58}; /* -Euler's gamma */
    /* (-1)^k zeta(k) / k for k = 30 down to 3 (computed to 300 bits) */
    static const double coefficients[] = {
    0x1.111111155556dp-5, -0x1.1a7b961a7b9aap-5, 0x1.24924936db7bcp-5, -0x1.2f684c00002bcp-5,
    0x1.3b13b189d925ep-5, -0x1.47ae151eb9fb7p-5, 0x1.555556aaafdcdp-5, -0x1.642c88591b66dp-5,
    0x1.745d1d1778df9p-5, -0x1.86186db77bfbfp-5, 0x1.9999b3352d5bap-5, -0x1.af28a1b5688a0p-5,
    0x1.c71ce3a20b419p-5, -0x1.e1e2d311e8abdp-5, 0x1.00010064cdeb2p-4, -0x1.11133476e7fe0p-4,
    0x1.2496df8320c5fp-4, -0x1.3b1d971fc5985p-4, 0x1.556ad63243bc4p-4, -0x1.748c33114c6d6p-4,
    0x1.9a01e385d5f8fp-4, -0x1.c806706d57db4p-4, 0x1.010b36af86397p-3, -0x1.2703a1dcea3aep-3,
    0x1.5b40cb100c306p-3, -0x1.a8b9c17aa6149p-3, 0x1.151322ac7d848p-2, -0x1.9a4d55beab2d7p-2
    };
    double polynomial = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        polynomial = polynomial * t + coefficients[index];
    /* The linear and square terms in double-double, the rest in double. */
    static const struct dd square_coefficient = {0x1.a51a6625307d3p-1, 0x1.1873d8912200cp-56};
    struct dd result = dd_add(dd_scale(linear, t), dd_multiply(two_product(t, t), square_coefficient));
    return result.hi + (result.lo + t * t * t * polynomial);
}

/* log(gamma(2 + t)) = (1 - gamma) t + sum (-1)^k (zeta(k) - 1) t^k / k, for |t| <= 1/2. */
static double log_gamma_near_two(double t) {
    static const struct dd linear = {0x1.b0ee6072093cep-2, 0x1.6cb90701fbfabp-58}; /* 1 - Euler's gamma */
    /* (-1)^k (zeta(k) - 1) / k for k = 30 down to 3 */
    static const double coefficients[] = {
    0x1.11116e693ed98p-35, -0x1.1a7c26ec2523cp-34, 0x1.24932a337434cp-33, -0x1.2f69a9fabe3e0p-32,
    0x1.3b15d2b2fc10cp-31, -0x1.47b1679258d0ep-30, 0x1.555a877ffd2c3p-29, -0x1.6434a8447aeadp-28,
    0x1.7469daccfadcdp-27, -0x1.862c734df3eacp-26, 0x1.99b93c2070b0fp-25, -0x1.af5a6cbbf8a97p-24,
    0x1.c76bbb3f07a4dp-23, -0x1.e2600d93cfd2fp-22, 0x1.0064cdeb22f0fp-20, -0x1.11b2eb7679541p-19,
    0x1.2597a39f34aacp-18, -0x1.3cbc963ce2243p-17, 0x1.580dcee66eb02p-16, -0x1.78de5bd7c81efp-15,
    0x1.a127b0f17d65ap-14, -0x1.d3fd4c76d2fc8p-13, 0x1.0b36af86396e9p-11, -0x1.38ac5c2bf8e08p-10,
    0x1.7add6eadb6c30p-9, -0x1.e404fc218f5f2p-8, 0x1.51322ac7d8483p-6, -0x1.13e001a557607p-4
    };
    double polynomial = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        polynomial = polynomial * t + coefficients[index];
    /* The linear and square terms in double-double, the rest in double. */
    static const struct dd square_coefficient = {0x1.4a34cc4a60fa6p-2, 0x1.1873d8912200cp-56};
    struct dd result = dd_add(dd_scale(linear, t), dd_multiply(two_product(t, t), square_coefficient));
    return result.hi + (result.lo + t * t * t * polynomial);
}

/* log(pi / |sin(pi x)|) - log(gamma(1 - x)) for x < 0: the reflection. */
static struct dd log_gamma_reflected(double x, double sine) {
    struct dd log_pi = log_of_dd(PI_DD);
    struct dd log_sine = log_dd(fabs(sine));
    struct dd one_minus_x = two_sum(1.0, -x);
    return dd_add(dd_add(log_pi, dd_negate(log_sine)), dd_negate(log_gamma_positive(one_minus_x)));
}

double tgamma(double x) {
    if (isnan(x))
        return x;
    if (x == 0) {
        errno = ERANGE;
        return copysign(HUGE_VAL, x);
    }
    if (isinf(x)) {
        if (x > 0)
            return x;
        errno = EDOM;
        return __builtin_nan("");
    }
    if (x < 0 && __builtin_trunc(x) == x) {
        errno = EDOM;
        return __builtin_nan("");
    }
    if (x > 171.62434395) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (fabs(x) < 0x1p-54)
        return 1.0 / x;
    if (x > 0) {
        if (x < 12 && __builtin_trunc(x) == x) {
            double factorial = 1;
            for (double k = 2; k < x; k++)
                factorial *= k; /* exact below 23! */
            return factorial;
        }
        struct dd logarithm = log_gamma_positive((struct dd){x, 0});
        return exp_kernel(logarithm.hi, logarithm.lo);
    }
    /* Reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x)). */
    if (x < -184) {
        errno = ERANGE;
        double sine = sin_pi(x);
        return sine > 0 ? 0.0 : -0.0;
    }
    double sine = sin_pi(x);
    struct dd exponent = log_gamma_reflected(x, sine);
    double magnitude = exp_kernel(exponent.hi, exponent.lo);
    return sine < 0 ? -magnitude : magnitude;
}

double lgamma_r(double x, int *sign) {
    *sign = 1;
    if (isnan(x))
        return x;
    if (isinf(x))
        return HUGE_VAL;
    if (x <= 0 && __builtin_trunc(x) == x) {
        errno = ERANGE;
        if (signbit(x))
            *sign = -1;
        return HUGE_VAL;
    }
    if (fabs(x) < 0x1p-70) {
        if (x < 0)
            *sign = -1;
        return -log(fabs(x));
    }
    if (x == 1 || x == 2)
        return 0.0;
    if (x > 0) {
        if (x > 0x1p1020)
            return x * (log(x) - 1.0);
        if (x >= 0.75 && x <= 1.25)
            return log_gamma_near_one(x - 1.0); /* exact */
        if (x >= 1.5 && x <= 2.5)
            return log_gamma_near_two(x - 2.0); /* exact */
        struct dd result = log_gamma_positive((struct dd){x, 0});
        return result.hi + result.lo;
    }
    double sine = sin_pi(x);
    if (sine < 0)
        *sign = -1;
    if (x < -0x1p52)
        return HUGE_VAL; /* every such double is an integer: a pole */
    struct dd result = log_gamma_reflected(x, sine);
    return result.hi + result.lo;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

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

void sincosf(float x, float *sine, float *cosine) {
    *sine = (float)sin(x);
    *cosine = (float)cos(x);
}

float nanf(const char *tag) {
    (void)tag;
    return __builtin_nanf("");
}
