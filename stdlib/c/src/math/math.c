/* math.c: the functions of math.h.
 *
 * Rounding-type functions map to WebAssembly instructions. The others
 * reduce their argument and evaluate a Taylor series; where precision
 * matters (log, pow, the reduction of sin/cos) the work is done in
 * double-double arithmetic (a value kept as an unevaluated sum hi + lo),
 * so results are within about one unit in the last place. Constants that
 * are split into parts were computed with exact rational arithmetic. */
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
static const struct dd ATAN_HALF = {0x1.dac670561bb4fp-2, 0x1.a2b7f222f65e2p-56};
static const struct dd ATAN_THREE_HALVES = {0x1.f730bd281f69bp-1, 0x1.007887af0cbbdp-56};

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

double fma(double x, double y, double z) {
    if (!isfinite(x) || !isfinite(y) || !isfinite(z))
        return x * y + z;
    /* Exact product plus z in double-double: correct except for rare double roundings. */
    struct dd product = two_product(x, y);
    struct dd sum = two_sum(product.hi, z);
    return sum.hi + (sum.lo + product.lo);
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
double fmod(double x, double y) {
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

/* expm1 for 0.34 < |x| < 40: with x = k ln2 + r, expm1(x) = (2^k - 1) + 2^k expm1(r). */
static double expm1_reduced(double x) {
    double k = __builtin_rint(x * INVERSE_LN2);
    double reduced_high = x - k * LN2_HIGH32;
    double reduced_low = -k * LN2_LOW32;
    double r = reduced_high + reduced_low;
    double polynomial = 0;
    double factorial = 6227020800.0; /* 13! */
    for (int n = 13; n >= 2; n--) {
        polynomial = polynomial * r + 1.0 / factorial;
        factorial /= n;
    }
    double expm1_r = reduced_high + (reduced_low + r * r * polynomial);
    double power = scale_by_power_of_two(1.0, (int)k);
    struct dd sum = two_sum(power - 1.0, power * reduced_high); /* power - 1 is exact for k <= 53 */
    return sum.hi + (sum.lo + power * (expm1_r - reduced_high));
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

double expm1(double x) {
    if (isnan(x))
        return x;
    if (x > 709.782712893384) {
        errno = ERANGE;
        return HUGE_VAL;
    }
    if (x < -40)
        return -1.0;
    if (fabs(x) < 0.34657359027997264) {
        /* x + x^2 (1/2! + x/3! + ... + x^12/14!) */
        double polynomial = 0;
        double factorial = 87178291200.0; /* 14! */
        for (int n = 14; n >= 2; n--) {
            polynomial = polynomial * x + 1.0 / factorial;
            factorial /= n;
        }
        return x + x * x * polynomial;
    }
    return expm1_reduced(x);
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

/* Reduces x to r (hi + lo) in about [-pi/4, pi/4] with x = r + n pi/2;
 * returns n mod 4. Accurate while |x| < 2^50 or so. */
static int reduce_half_pi(double x, struct dd *r) {
    if (fabs(x) <= 0.7853981633974483) {
        r->hi = x;
        r->lo = 0;
        return 0;
    }
    double n = __builtin_rint(x * TWO_OVER_PI);
    struct dd result = fast_two_sum(x, -(n * HALF_PI_1));
    if (fabs(n) >= 0x1p20) {
        /* n * piece is no longer exact: use the exact products. */
        struct dd p1 = two_product(n, HALF_PI_1), p2 = two_product(n, HALF_PI_2);
        struct dd p3 = two_product(n, HALF_PI_3);
        struct dd negative_p1 = {-p1.hi, -p1.lo}, negative_p2 = {-p2.hi, -p2.lo}, negative_p3 = {-p3.hi, -p3.lo};
        result = two_sum(x, negative_p1.hi);
        result = dd_add(result, (struct dd){negative_p1.lo, 0});
        result = dd_add(result, negative_p2);
        result = dd_add(result, negative_p3);
        result = dd_add(result, (struct dd){-n * HALF_PI_TAIL, 0});
    } else {
        result = dd_add(result, (struct dd){-(n * HALF_PI_2), 0});
        result = dd_add(result, (struct dd){-(n * HALF_PI_3), -(n * HALF_PI_TAIL)});
    }
    *r = result;
    double quadrant = fmod(n, 4.0);
    if (quadrant < 0)
        quadrant += 4;
    return (int)quadrant;
}

/* sin(hi + lo) for |hi + lo| <= about pi/4. */
static double sin_kernel(struct dd r) {
    double x = r.hi, z = x * x;
    /* sin x = x + x^3 (-1/3! + z/5! - ... + z^7/17!) */
    static const double coefficients[] = {1.0 / 355687428096000.0, -1.0 / 1307674368000.0, 1.0 / 6227020800.0,
                                          -1.0 / 39916800.0,       1.0 / 362880.0,         -1.0 / 5040.0,
                                          1.0 / 120.0,             -1.0 / 6.0};
    double polynomial = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        polynomial = polynomial * z + coefficients[index];
    return x + (x * z * polynomial + r.lo * (1.0 - 0.5 * z));
}

/* cos(hi + lo) for |hi + lo| <= about pi/4. */
static double cos_kernel(struct dd r) {
    double x = r.hi, z = x * x;
    /* cos x = 1 - z/2 + z^2 (1/4! - z/6! + ... + z^6/16!) */
    static const double coefficients[] = {1.0 / 20922789888000.0, -1.0 / 87178291200.0, 1.0 / 479001600.0,
                                          -1.0 / 3628800.0,       1.0 / 40320.0,        -1.0 / 720.0,
                                          1.0 / 24.0};
    double polynomial = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        polynomial = polynomial * z + coefficients[index];
    double half_z = 0.5 * z;
    double w = 1.0 - half_z;
    double lost = (1.0 - w) - half_z;
    return w + (lost + (z * z * polynomial - x * r.lo));
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
    double sine = sin_kernel(r), cosine = cos_kernel(r);
    return quadrant & 1 ? -cosine / sine : sine / cosine;
}

/* atan(t) for |t| < 0.4375 by its series. */
static double atan_series(double t) {
    double z = t * t;
    double polynomial = 0;
    for (int n = 51; n >= 3; n -= 2)
        polynomial = polynomial * z + ((n & 2) ? -1.0 : 1.0) / n;
    return t + t * z * polynomial;
}

double atan(double x) {
    if (isnan(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-27) {
        return x;
    } else if (magnitude < 0.4375) {
        result = atan_series(magnitude);
    } else if (magnitude < 0.6875) {
        double t = (2.0 * magnitude - 1.0) / (2.0 + magnitude);
        result = ATAN_HALF.hi + (ATAN_HALF.lo + atan_series(t));
    } else if (magnitude < 1.1875) {
        double t = (magnitude - 1.0) / (magnitude + 1.0);
        result = QUARTER_PI.hi + (QUARTER_PI.lo + atan_series(t));
    } else if (magnitude < 2.4375) {
        double t = (magnitude - 1.5) / (1.0 + 1.5 * magnitude);
        result = ATAN_THREE_HALVES.hi + (ATAN_THREE_HALVES.lo + atan_series(t));
    } else if (magnitude < 0x1p66) {
        double t = -1.0 / magnitude;
        result = HALF_PI.hi + (HALF_PI.lo + atan_series(t));
    } else {
        result = HALF_PI.hi + HALF_PI.lo;
    }
    return copysign(result, x);
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
    double angle = atan(fabs(y / x));
    if (x < 0)
        angle = (PI_DD.hi - angle) + PI_DD.lo;
    return copysign(angle, y);
}

double asin(double x) {
    if (isnan(x))
        return x;
    if (fabs(x) > 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    return atan2(x, __builtin_sqrt((1.0 - x) * (1.0 + x)));
}

double acos(double x) {
    if (isnan(x))
        return x;
    if (fabs(x) > 1) {
        errno = EDOM;
        return __builtin_nan("");
    }
    return atan2(__builtin_sqrt((1.0 - x) * (1.0 + x)), x);
}

/* ---- hyperbolic functions -------------------------------------------------- */

double sinh(double x) {
    if (!isfinite(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-27) {
        return x;
    } else if (magnitude < 1) {
        double t = expm1(magnitude);
        result = 0.5 * (t + t / (t + 1.0));
    } else if (magnitude < 709) {
        double e = exp(magnitude);
        result = 0.5 * (e - 1.0 / e);
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
    if (magnitude < 1) {
        double t = expm1(magnitude);
        return 1.0 + t * t / (2.0 * (1.0 + t));
    }
    if (magnitude < 709) {
        double e = exp(magnitude);
        return 0.5 * (e + 1.0 / e);
    }
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
    if (magnitude > 22) {
        result = 1.0;
    } else if (magnitude >= 0.55) {
        result = 1.0 - 2.0 / (expm1(2.0 * magnitude) + 2.0);
    } else if (magnitude < 0x1p-27) {
        return x;
    } else {
        double t = expm1(-2.0 * magnitude);
        result = -t / (t + 2.0);
    }
    return copysign(result, x);
}

double asinh(double x) {
    if (!isfinite(x))
        return x;
    double magnitude = fabs(x);
    double result;
    if (magnitude < 0x1p-27)
        return x;
    if (magnitude > 0x1p28)
        result = log(magnitude) + LN2.hi;
    else if (magnitude > 2)
        result = log(2.0 * magnitude + 1.0 / (__builtin_sqrt(magnitude * magnitude + 1.0) + magnitude));
    else
        result = log1p(magnitude + magnitude * magnitude / (1.0 + __builtin_sqrt(1.0 + magnitude * magnitude)));
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
    if (x > 2)
        return log(2.0 * x - 1.0 / (x + __builtin_sqrt(x * x - 1.0)));
    double t = x - 1.0;
    return log1p(t + __builtin_sqrt(2.0 * t + t * t));
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
    return copysign(0.5 * log1p(2.0 * magnitude / (1.0 - magnitude)), x);
}

/* ---- float versions (computed in double, then rounded) --------------------- */

float fabsf(float x) { return __builtin_fabsf(x); }
float sqrtf(float x) { return __builtin_sqrtf(x); }
float floorf(float x) { return __builtin_floorf(x); }
float ceilf(float x) { return __builtin_ceilf(x); }
float truncf(float x) { return __builtin_truncf(x); }
float rintf(float x) { return __builtin_rintf(x); }
float roundf(float x) { return (float)round(x); }
long lroundf(float x) { return lround(x); }
float fminf(float x, float y) { return (float)fmin(x, y); }
float fmaxf(float x, float y) { return (float)fmax(x, y); }
float copysignf(float magnitude, float sign) { return __builtin_copysignf(magnitude, sign); }
float fmodf(float x, float y) { return (float)fmod(x, y); }
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
