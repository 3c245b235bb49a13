/* trig.c: sin, cos, tan (exact argument reduction for every double) and
 * their inverses. */
#include "math_internal.h"

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

/* sin(hi + lo) for |hi + lo| <= about pi/4, as a double-double accurate to
 * about 2^-70 relative: the terms up to r^7 in double-double, the rest
 * (below 2^-20 of the result) in double. */
struct dd __math_sin_kernel_dd(struct dd r) {
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
struct dd __math_cos_kernel_dd(struct dd r) {
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
    struct dd value = __math_sin_kernel_dd(r);
    return value.hi + value.lo;
}

static double cos_kernel(struct dd r) {
    struct dd value = __math_cos_kernel_dd(r);
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
    struct dd sine = __math_sin_kernel_dd(r), cosine = __math_cos_kernel_dd(r);
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
    *y = __math_scale_by_power_of_two(*y, -exponent);
    *x = __math_scale_by_power_of_two(*x, -exponent);
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
