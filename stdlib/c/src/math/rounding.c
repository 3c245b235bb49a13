/* rounding.c: rounding, representation (frexp, ldexp, nextafter, ...), fma and
 * the exact remainders. */
#include "math_internal.h"

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
uint64_t __math_integer_mantissa(double x, int *exponent) {
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
        return __math_scale_by_power_of_two((double)value.low, exponent); /* exact: fewer than 54 bits */
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
    return __math_scale_by_power_of_two((double)quotient, exponent + dropped);
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
    uint64_t mantissa_x = __math_integer_mantissa(x, &exponent_x);
    uint64_t mantissa_y = __math_integer_mantissa(y, &exponent_y);
    uint64_t mantissa_z = __math_integer_mantissa(z, &exponent_z);
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
double __math_scale_by_power_of_two(double x, int exponent) {
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
    double result = __math_scale_by_power_of_two(x, exponent);
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

double fmod(double x, double y) { return __math_exact_remainder(x, y); }

/* fmod's work, under a name the compiler does not know (see roundf). */
double __math_exact_remainder(double x, double y) {
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
    double result = __math_scale_by_power_of_two((double)mantissa_x, exponent_y - 53);
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
