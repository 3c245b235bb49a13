/* exp_log.c: exponentials, logarithms, pow, cbrt and hypot. */
#include "math_internal.h"

/* ---- exponentials and logarithms ------------------------------------------ */

/* exp(hi + lo) for |hi| within the finite range; lo is a small correction. */
double __math_exp_kernel(double hi, double lo) {
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
    return __math_scale_by_power_of_two(value, (int)k);
}

/* (expm1(r) - r - r^2/2) / r^3 = 1/3! + r/4! + ... + r^11/14!, for |r| < 0.35. */
double __math_expm1_cubic_factor(double r) {
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
    exp_r.lo += low + low * (high + 0.5 * low) + r * r * r * __math_expm1_cubic_factor(r);
    double power = __math_scale_by_power_of_two(1.0, (int)k);
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
    return __math_exp_kernel(x, 0.0);
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
    return __math_scale_by_power_of_two(__math_exp_kernel(scaled.hi, scaled.lo), (int)whole);
}

/* expm1(x) for 0 < |x| <= 40 as a double-double. */
struct dd __math_expm1_dd(double x) {
    if (fabs(x) < 0.34657359027997264) {
        /* x + x^2/2 + x^3 q(x), the square exact */
        struct dd half_square = two_product(x, x);
        half_square.hi *= 0.5;
        half_square.lo *= 0.5;
        struct dd sum = fast_two_sum(x, half_square.hi);
        return fast_two_sum(sum.hi, sum.lo + half_square.lo + x * x * x * __math_expm1_cubic_factor(x));
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
    struct dd result = __math_expm1_dd(x);
    return result.hi + result.lo;
}

/* log(x) as a double-double, for finite x > 0. */
struct dd __math_log_dd(double x) {
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
    /* log(m) = 2 atanh(s) = 2s + 2s^3/3 + 2s * z^2 (1/5 + z/7 + ...) with
     * z = s^2; the first two terms in double-double, so that the relative
     * error stays near 2^-67 (pow multiplies it by up to 745). */
    static const struct dd two_thirds = {0x1.5555555555555p-1, 0x1.5555555555555p-55};
    double z = s_high * s_high;
    double series = 1.0 / 25.0;
    for (int denominator_value = 23; denominator_value >= 5; denominator_value -= 2)
        series = series * z + 1.0 / denominator_value;
    double tail = 2.0 * s_high * z * z * series;
    struct dd s = {s_high, s_low};
    struct dd cube_term = dd_multiply(dd_multiply(dd_multiply(s, s), s), two_thirds);
    struct dd log_m = dd_add(fast_two_sum(2.0 * s_high, 2.0 * s_low), dd_add(cube_term, (struct dd){tail, 0}));
    struct dd k_ln2 = dd_scale(LN2, (double)k);
    return dd_add(k_ln2, log_m);
}

/* log of a positive double-double. */
struct dd __math_log_of_dd(struct dd x) {
    return dd_add(__math_log_dd(x.hi), (struct dd){x.lo / x.hi, 0});
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
    return __math_log_dd(x).hi;
}

double log2(double x) {
    double result;
    if (log_special(x, &result))
        return result;
    int exponent;
    double fraction = frexp(x, &exponent); /* [0.5, 1) */
    if (fraction == 0.5)
        return (double)(exponent - 1); /* exact for powers of two */
    return dd_multiply(__math_log_dd(x), INVERSE_LN2_DD).hi;
}

double log10(double x) {
    double result;
    if (log_special(x, &result))
        return result;
    return dd_multiply(__math_log_dd(x), INVERSE_LN10).hi;
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
    struct dd logarithm = __math_log_dd(u);
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
        if (x == 1)
            return sign; /* y may be too large for the product below */
    }
    struct dd logarithm = __math_log_dd(x);
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
    double result = __math_exp_kernel(product.hi, product.lo);
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
    return __math_scale_by_power_of_two(root, scale);
}
