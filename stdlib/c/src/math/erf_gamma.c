/* erf_gamma.c: erf, erfc, tgamma and lgamma. */
#include "math_internal.h"

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
    value = dd_add(value, (struct dd){low + low * (high + 0.5 * low) + r * r * r * __math_expm1_cubic_factor(r), 0});
    double power = __math_scale_by_power_of_two(1.0, (int)k);
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

/* sin(pi x) for finite x as a double-double (about 2^-70 relative), exact
 * in its reduction (x - round(x) is exact). */
static struct dd sin_pi_dd(double x) {
    double whole = __builtin_rint(2.0 * x);
    double fraction = x - 0.5 * whole; /* in [-1/4, 1/4] */
    struct dd angle = dd_scale(PI_DD, fraction);
    int quadrant = (int)fmod(whole, 4.0);
    if (quadrant < 0)
        quadrant += 4;
    switch (quadrant) {
    case 0: return __math_sin_kernel_dd(angle);
    case 1: return __math_cos_kernel_dd(angle);
    case 2: return dd_negate(__math_sin_kernel_dd(angle));
    default: return dd_negate(__math_cos_kernel_dd(angle));
    }
}

/* sin(pi x) for finite x. */
static double sin_pi(double x) {
    struct dd value = sin_pi_dd(x);
    return value.hi + value.lo;
}

/* log(gamma(x)) for x >= 12 by Stirling's series, as a double-double. */
static struct dd log_gamma_stirling(struct dd x) {
    /* B_2k / (2k (2k-1)) for k = 8 down to 2, of x^-(2k-1) */
    static const double coefficients[] = {-3617.0 / 122400.0, 1.0 / 156.0, -691.0 / 360360.0, 1.0 / 1188.0,
                                          -1.0 / 1680.0,      1.0 / 1260.0, -1.0 / 360.0};
    double inverse = 1.0 / x.hi, inverse_square = inverse * inverse;
    double series = 0;
    for (size_t index = 0; index < sizeof coefficients / sizeof *coefficients; index++)
        series = series * inverse_square + coefficients[index];
    series *= inverse * inverse_square;
    /* The first term, 1 / (12 x), in double-double: the rest is below 2^-11 of it. */
    struct dd first = dd_divide_dd((struct dd){1.0, 0}, dd_scale(x, 12.0));
    /* (x - 1/2) log x - x + log(2 pi)/2 + series */
    struct dd result = dd_multiply(dd_add(x, (struct dd){-0.5, 0}), __math_log_of_dd(x));
    result = dd_add(result, dd_negate(x));
    result = dd_add(result, HALF_LOG_TWO_PI);
    return dd_add(result, dd_add(first, (struct dd){series, 0}));
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
    return dd_add(log_gamma_stirling(x), dd_negate(__math_log_of_dd(product)));
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
static struct dd log_gamma_reflected(double x, struct dd sine) {
    struct dd log_pi = __math_log_of_dd(PI_DD);
    struct dd log_sine = __math_log_of_dd(sine.hi < 0 ? dd_negate(sine) : sine);
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
        return __math_exp_kernel(logarithm.hi, logarithm.lo);
    }
    /* Reflection: gamma(x) = pi / (sin(pi x) gamma(1 - x)). */
    if (x < -184) {
        errno = ERANGE;
        double sine = sin_pi(x);
        return sine > 0 ? 0.0 : -0.0;
    }
    struct dd sine = sin_pi_dd(x);
    struct dd exponent = log_gamma_reflected(x, sine);
    double magnitude = __math_exp_kernel(exponent.hi, exponent.lo);
    return sine.hi < 0 ? -magnitude : magnitude;
}

/* lgamma near its thirty-two negative zeros in (-18, -2) (below, no double
 * comes near enough to a zero for the result to be tiny), where the
 * reflection's absolute error (about 2^-60) would be many ulps of the tiny
 * result: a Taylor expansion around each zero, sum c_k (x - zero)^k, used
 * within `radius` (tests/tools/math_lgamma_zeros.py computed the table
 * with 300-bit arithmetic). The zero is in three parts, so x - zero is exact to 2^-160;
 * the expansion is in u = (x - zero) / scale, a power of two at or above
 * the radius, its coefficients c_k scale^k (finite even where c_k is not);
 * c_1 and c_2 are in two parts; `rest` holds c_24 down to c_3. */
struct lgamma_zero {
    double zero[3];
    double radius;
    double inverse_scale;
    double first[2];
    double second[2];
    double rest[22];
};

static const struct lgamma_zero LGAMMA_ZEROS[] = {
    {{-0x1.5fb410a1bd901p+1, 0x1.a19a96d2e6f85p-54, 0x1.140b4ff4b7d60p-108}, 0x1.0b74244e42c42p-5, 0x1.0000000000000p+4, {-0x1.ea12da904b18cp-4, -0x1.220130f99b2cfp-58}, {0x1.3267f3c265a52p-5, -0x1.1c630ff19dc35p-59},
     {0x1.11882c2da5d4cp-53, -0x1.2012017bae3e2p-51, 0x1.2ff4c046bf0d3p-49, -0x1.4161becbaa4abp-47, 0x1.54943182b9752p-45, -0x1.69d3c3d06ea2ap-43, 0x1.81780ebc26f0ep-41, -0x1.9bed47276f3fdp-39, 0x1.b9bab1f9b6834p-37, -0x1.db8b9e6a8c538p-35, 0x1.011e34454c6c3p-32, -0x1.17767260da07ap-30, 0x1.318ef724f780ep-28, -0x1.506c65fad617ep-26, 0x1.7581739ee6087p-24, -0x1.a2d2504d7e987p-22, 0x1.dba65e27421c4p-20, -0x1.12239bdd6c013p-17, 0x1.4373f7cc709b3p-15, -0x1.8588458207eacp-13, 0x1.f504accc9f19bp-11, -0x1.4185ac30c8bf2p-8}},
    {{-0x1.3a7fc9600f86cp+1, -0x1.55f64f98af8d0p-55, -0x1.c4b0cd201366ap-110}, 0x1.51d1b97f9e467p-5, 0x1.0000000000000p+4, {0x1.83fe966af535fp-4, -0x1.775909a36a6a4p-59}, {0x1.36eebb002f55dp-6, -0x1.8d4b2124a3c2bp-60},
     {0x1.76b7e742dbbcap-74, 0x1.59187d933121fp-71, 0x1.57beb97e7a3d9p-68, 0x1.39440a7cdc431p-65, 0x1.3ec86cf132b64p-62, 0x1.1dffffc809619p-59, 0x1.2bb10938de2a6p-56, 0x1.06bcea0337924p-53, 0x1.1eacaecbf98b0p-50, 0x1.e602879652df6p-48, 0x1.18737ec8c5674p-44, 0x1.c4cd2594e7015p-42, 0x1.1a9d4d8c62a7fp-38, 0x1.a92e0a5de4bf8p-36, 0x1.286fb8cbaebb3p-32, 0x1.9297adb2def5ap-30, 0x1.48eaa81657361p-26, 0x1.809f04ee6e0fap-24, 0x1.8d32f682aa0bdp-20, 0x1.7339fe04b2764p-18, 0x1.1718d7ca09e5bp-13, 0x1.694a6058a7858p-12}},
    {{-0x1.fa471547c2fe5p+1, -0x1.70d4561291237p-56, 0x1.9e6fadbbc171ap-111}, 0x1.8b452f295e526p-9, 0x1.0000000000000p+8, {-0x1.4b99d966c5647p-4, 0x1.9cba2450afff3p-58}, {0x1.f76deae0436bep-9, -0x1.5af99a1af5717p-63},
     {0x1.02f4bf5e12ef9p-89, -0x1.8290a12a0d2d7p-86, 0x1.2113390db5d28p-82, -0x1.b13d10af548c3p-79, 0x1.4562eba286a8bp-75, -0x1.e9fde7b7f7589p-72, 0x1.71f55d099ee18p-68, -0x1.1831c904dee78p-64, 0x1.a9e4dda1fa758p-61, -0x1.44f2935b0d559p-57, 0x1.f211ab5311400p-54, -0x1.7fab626523b36p-50, 0x1.294e1bddb6102p-46, -0x1.cffc2a8f5fd74p-43, 0x1.6d12ae1936a57p-39, -0x1.2225fe4f8493dp-35, 0x1.d2f76de7bd027p-32, -0x1.7dbbe062ffd9ep-28, 0x1.3e8f3ab9fc1f4p-24, -0x1.116f7806d26d3p-20, 0x1.e8f829f141aa5p-17, -0x1.d25359d4b2f38p-13}},
    {{-0x1.9260dbc9e59afp+1, -0x1.f717cd335a7b3p-53, -0x1.d32a2a65bfd63p-107}, 0x1.072ce1e59e2a3p-7, 0x1.0000000000000p+6, {0x1.f20a65f2fac55p-4, -0x1.1d258e4b0be84p-59}, {0x1.9d4d2977150efp-8, 0x1.a040895788c19p-62},
     {0x1.8882543e58c02p-82, 0x1.d674f148be291p-79, 0x1.1a79da764eef5p-75, 0x1.53ea7bed84bfap-72, 0x1.99f734dc99d8bp-69, 0x1.efb0bc8c60f24p-66, 0x1.2c80a95baf903p-62, 0x1.6d79c294fad34p-59, 0x1.be0a490c4df0cp-56, 0x1.113fdd5c69526p-52, 0x1.50494b0fb07d3p-49, 0x1.9ffcd984abdd5p-46, 0x1.02d2219647af7p-42, 0x1.44520c3a4bb84p-39, 0x1.99c8650e3a38bp-36, 0x1.057f65c64b21bp-32, 0x1.51ea3345f5349p-29, 0x1.bb97aa0b71e45p-26, 0x1.293c3f78d3bdbp-22, 0x1.99a6337da39ddp-19, 0x1.267203d776b0ep-15, 0x1.c1137124d5c5bp-12}},
    {{-0x1.3f7577a6eeafdp+2, 0x1.5de5eab7f12cfp-53, -0x1.4075f5e0494a2p-110}, 0x1.192f1c3042b93p-11, 0x1.0000000000000p+10, {-0x1.d224a3ef9e41fp-4, -0x1.9be272a13babcp-58}, {0x1.b533c678a3956p-8, -0x1.37da6a2c2425cp-63},
     {0x1.99511dba2f315p-80, -0x1.ce423972ddd80p-77, 0x1.0584b74bf0c8fp-73, -0x1.288405f6f5450p-70, 0x1.50f5e6af5166dp-67, -0x1.7fe1bc42d03a1p-64, 0x1.b68d3198a8ef1p-61, -0x1.f68edeceb3e4cp-58, 0x1.20f3f9c92a5e8p-54, -0x1.4d941707780bcp-51, 0x1.82d0a2bda7309p-48, -0x1.c2d90d8b990e9p-45, 0x1.084de4426e886p-41, -0x1.380ebf618414ep-38, 0x1.7382570f089d4p-35, -0x1.bec12dd78a14bp-32, 0x1.0ffa575ea7fe9p-28, -0x1.5068b3ed69409p-25, 0x1.a8c5c53458ca5p-22, -0x1.13d5d163bd3f7p-18, 0x1.752a6f5ac2726p-15, -0x1.0d3f7fee65d34p-11}},
    {{-0x1.0284e78599581p+2, 0x1.e78c1e9e43cfep-53, -0x1.2ac17bfd6be92p-108}, 0x1.31c7be9a7d495p-9, 0x1.0000000000000p+8, {0x1.aca5cf4921642p-4, 0x1.a46a2e0d8fe10p-59}, {0x1.44415cd813f8ep-8, 0x1.afdc267272131p-65},
     {0x1.5790d4a9327b9p-85, 0x1.c39033ce0953cp-82, 0x1.29510c9b049a6p-78, 0x1.8853a53191cc6p-75, 0x1.036ff94b385dcp-71, 0x1.57fb1ced57c1dp-68, 0x1.c95779d27e83cp-65, 0x1.30f8cb66574ffp-61, 0x1.982505251d81ep-58, 0x1.122e774adbf8cp-54, 0x1.720575617731cp-51, 0x1.f5ec3352c68c7p-48, 0x1.56729dc75f00cp-44, 0x1.d68d794caefcep-41, 0x1.45fbe666d9402p-37, 0x1.c8399c7588cd0p-34, 0x1.433dce282da6ep-30, 0x1.d14fe49c4e437p-27, 0x1.55e3dbf99eb3dp-23, 0x1.0261eb5732e40p-19, 0x1.96d18e21aebdbp-16, 0x1.559b11b2a9c7cp-12}},
    {{-0x1.7fe92f591f40dp+2, -0x1.7dd4ed62cbd32p-52, 0x1.2071c071a2146p-108}, 0x1.6dff58c81578cp-14, 0x1.0000000000000p+13, {-0x1.661f6a43a5e12p-4, -0x1.0c437b83bc0e6p-58}, {0x1.f79dcb794f26fp-9, -0x1.ada8018d61fb8p-66},
     {0x1.17f75d11cfa2dp-89, -0x1.a092880b2f56fp-86, 0x1.3680fd6647ab4p-82, -0x1.cfd8045e945c0p-79, 0x1.5b3dfe21bb390p-75, -0x1.049a7e039cda5p-71, 0x1.883ff0616e794p-68, -0x1.281cf56357003p-64, 0x1.c0a12fef24050p-61, -0x1.552efbfef36bdp-57, 0x1.04a1032c75e6ep-53, -0x1.903aa9af8baf3p-50, 0x1.352178907a204p-46, -0x1.e0dffb5f77a15p-43, 0x1.79226ae04a7a4p-39, -0x1.2ac3053f4ee19p-35, 0x1.df44c1d81c723p-32, -0x1.8684e40cebb3dp-28, 0x1.44d54e9fe2397p-24, -0x1.15ea6b0ab529ep-20, 0x1.ef5d308dbfc97p-17, -0x1.d6e8088a19ffep-13}},
    {{-0x1.4086a57f0b6d9p+2, -0x1.95262b72ca9cap-55, -0x1.bd98d5e0861aap-109}, 0x1.099fd55aacf46p-11, 0x1.0000000000000p+10, {0x1.ed72e0829ae02p-4, -0x1.fdc1859aea473p-60}, {0x1.cecc32ec22f9bp-8, 0x1.b6ecc778e4471p-63},
     {0x1.95224b49db8a4p-79, 0x1.bcb32e66da947p-76, 0x1.e90df06e3363cp-73, 0x1.0d7924c0b3121p-69, 0x1.29a398b43bad5p-66, 0x1.4992a02ca6af1p-63, 0x1.6df243043de45p-60, 0x1.9797a1ff28289p-57, 0x1.c78dd75474154p-54, 0x1.ff27fe506ad9ep-51, 0x1.200d7ad1db285p-47, 0x1.465182ebf6449p-44, 0x1.73de2dd9728eep-41, 0x1.aabd28e6f7c6bp-38, 0x1.edc98d3bbb5dap-35, 0x1.209221a6240a0p-31, 0x1.557fd8c490b4bp-28, 0x1.9a8d00c77a92cp-25, 0x1.f7d8d5bdcb186p-22, 0x1.3e01773762671p-18, 0x1.a225df2da6e63p-15, 0x1.253d8563f7264p-11}},
    {{-0x1.bffcbf76b86f0p+2, 0x1.853b29347b806p-57, -0x1.0fa018051dd41p-111}, 0x1.a06f4e314cf25p-17, 0x1.0000000000000p+16, {-0x1.3abf7a5cea91bp-4, -0x1.8257b8abd0511p-58}, {0x1.8349a2550422dp-9, -0x1.c6f2ef41139eep-63},
     {0x1.7f423bfbd275cp-94, -0x1.45256bf735e08p-90, 0x1.145e15eaa9eb5p-86, -0x1.d6c93a3fddbadp-83, 0x1.91e5f14900ec8p-79, -0x1.57f3456aca08bp-75, 0x1.272cdde38c75ap-71, -0x1.fc33d1e2031d6p-68, 0x1.b7011fbab594ep-64, -0x1.7cb737da558d6p-60, 0x1.4ba3e5c03fddfp-56, -0x1.225f4a6a494c5p-52, 0x1.ff816dad7515cp-49, -0x1.c5ac12d48f08ep-45, 0x1.95bb17ce4279bp-41, -0x1.6e8557168cf8ep-37, 0x1.4f3d28edba5cdp-33, -0x1.377e70b463c13p-29, 0x1.2775e857fb69cp-25, -0x1.20427df1b3492p-21, 0x1.24f3d636f3339p-17, -0x1.3d91dadc98428p-13}},
    {{-0x1.8016b25897c8dp+2, 0x1.27e0f49a4ba72p-54, -0x1.72e1ab15a4d03p-110}, 0x1.6a35882dbcc59p-14, 0x1.0000000000000p+13, {0x1.69de49e3af2aap-4, 0x1.954b690943b33p-60}, {0x1.fce23484cfd10p-9, 0x1.8266e757b9e36p-63},
     {0x1.3d327e86a35ecp-89, 0x1.d58554eed4c3bp-86, 0x1.5c279079317d2p-82, 0x1.02b1d73e576f1p-78, 0x1.81514f635e779p-75, 0x1.1fadae58d1bcap-71, 0x1.aec150a4d4de7p-68, 0x1.437e70afcdf58p-64, 0x1.e791f4585a172p-61, 0x1.70dfb5065b675p-57, 0x1.1851c435e895cp-53, 0x1.ac3b9652b43f1p-50, 0x1.490b47682046dp-46, 0x1.fd3214a70281fp-43, 0x1.8d45f8be8912ep-39, 0x1.39152652eb3abp-35, 0x1.f3a2c23c19d79p-32, 0x1.9500994cd8a9ep-28, 0x1.4f21e2fb9e060p-24, 0x1.1d3d50714416ap-20, 0x1.f9c7b52558abbp-17, 0x1.de503a3c37c40p-13}},
    {{-0x1.ffff97f8159cfp+2, -0x1.e54f415a91586p-55, -0x1.53a5d106f9a3ep-109}, 0x1.a025519cb45d6p-20, 0x1.0000000000000p+19, {-0x1.3af76fe4c2fabp-4, -0x1.7cc92f0b996a5p-59}, {0x1.838e76caaf123p-9, 0x1.292e15f529375p-63},
     {0x1.8276dfdf8fc72p-94, -0x1.47c0817741c6bp-90, 0x1.167c58b19e14dp-86, -0x1.da3ad0f0c59aep-83, 0x1.94b29208a9322p-79, -0x1.5a39ce3047ce9p-75, 0x1.2906660d21163p-71, -0x1.ff35abe012e90p-68, 0x1.b972ec3a26abdp-64, -0x1.7eb3eb486c004p-60, 0x1.4d41695948489p-56, -0x1.23af6dd4635e3p-52, 0x1.00d1f4874360ap-48, -0x1.c7684c96f2617p-45, 0x1.9724323c8991ep-41, -0x1.6faadfece0e2fp-37, 0x1.502bc4dad47d3p-33, -0x1.384066c322246p-29, 0x1.28139342cef00p-25, -0x1.20c2a8418126ap-21, 0x1.255c052530c71p-17, -0x1.3de68b3256526p-13}},
    {{-0x1.c0033fdedfe1fp+2, 0x1.20bb7d2324678p-52, 0x1.f5536678d69d3p-106}, 0x1.9fc4e67aae761p-17, 0x1.0000000000000p+16, {0x1.3b407aa387bd1p-4, 0x1.da1e57343b1efp-59}, {0x1.83e85daafbad6p-9, -0x1.f37538d9dc4bfp-63},
     {0x1.86afe33c38edap-94, 0x1.4b2ee40aa98c5p-90, 0x1.194615aa0316bp-86, 0x1.dec2b8f31c03dp-83, 0x1.98610f8ddcfefp-79, 0x1.5d37a2004c585p-75, 0x1.2b74ad631f92ep-71, 0x1.019479082f294p-67, 0x1.bca8a41a47672p-64, 0x1.814f9cbfb69aep-60, 0x1.4f5ff358f4caep-56, 0x1.256845ecbeb17p-52, 0x1.02382a95938fcp-48, 0x1.c9ae6ef62604ap-45, 0x1.98fd36b906d52p-41, 0x1.712b3a86e1be0p-37, 0x1.5164141f5ae6ap-33, 0x1.393e2bc330081p-29, 0x1.28e1c70ef5313p-25, 0x1.216a3560743eep-21, 0x1.25e42a45e905bp-17, 0x1.3e552b5e3c226p-13}},
    {{-0x1.1ffffa3884bd0p+3, -0x1.ff90c9d2ae925p-53, 0x1.30c0efef78c04p-107}, 0x1.71df672a02bb3p-23, 0x1.0000000000000p+22, {-0x1.625edfc63db2fp-4, 0x1.da7fc3ed69467p-59}, {0x1.ea8c150480a7ap-9, 0x1.344e4cbf514d0p-63},
     {0x1.987328ee792d9p-90, -0x1.33e4f44ec93d6p-86, 0x1.d11168791f308p-83, -0x1.5ff707928b5c1p-79, 0x1.0af93d98aadcbp-75, -0x1.9606c2f7e1f9dp-72, 0x1.359c2851f3f32p-68, -0x1.d9a3c5a532222p-65, 0x1.6b8b3180efb2ep-61, -0x1.18222955c5804p-57, 0x1.b1a5fe767c44bp-54, -0x1.515dd6b889a42p-50, 0x1.0806315c1aa49p-46, -0x1.a0246d9c1b687p-43, 0x1.4aaf49e713c02p-39, -0x1.096e446edcfb3p-35, 0x1.af6ed589b3a86p-32, -0x1.64314b431cd64p-28, 0x1.2c334ae535e1dp-24, -0x1.043d21bc24decp-20, 0x1.d5fe468dbbf03p-17, -0x1.c4b30e4bc55c1p-13}},
    {{-0x1.000034028b3f9p+3, -0x1.f60cb3cec1cedp-52, 0x1.ea26620d6b1cap-106}, 0x1.a00eb27d765edp-20, 0x1.0000000000000p+19, {0x1.3b088fed67718p-4, -0x1.505613ba29a31p-58}, {0x1.83a3893550edcp-9, 0x1.f52e3b2434288p-63},
     {0x1.837351e8c168bp-94, 0x1.488daaf112ca9p-90, 0x1.172314d0294e0p-86, 0x1.db49d392475c2p-83, 0x1.958ed1efa7ebbp-79, 0x1.5aeccd4bbcdf4p-75, 0x1.2997de6ad4e7bp-71, 0x1.00110f1fa573dp-67, 0x1.ba331529ed6a5p-64, 0x1.7f50164dd19c1p-60, 0x1.4dc0543c441a3p-56, 0x1.2416931f15426p-52, 0x1.0125c811215a5p-48, 0x1.c7f08cdaef517p-45, 0x1.9792ed5f6dfc9p-41, 0x1.7004dd990d7d9p-37, 0x1.5074e788de770p-33, 0x1.387bd6a785478p-29, 0x1.2843e1313c83bp-25, 0x1.20e9ea0755a47p-21, 0x1.257bec9464251p-17, 0x1.3e0078db8ada4p-13}},
    {{-0x1.3fffff6c0d7c0p+3, 0x1.197cea8c42d7dp-51, 0x1.7072c5a292198p-105}, 0x1.27e5149a0ecd5p-26, 0x1.0000000000000p+25, {-0x1.baf7da5f3795dp-4, -0x1.16a79518c8122p-58}, {0x1.7f3e8791fa0d2p-8, -0x1.2aec811c70219p-62},
     {0x1.51e827b95e567p-82, -0x1.978bffb487d34p-79, 0x1.ec7858b71c12fp-76, -0x1.2a2924522ad28p-72, 0x1.69db5e43e430ap-69, -0x1.b842de1ec9297p-66, 0x1.0c921ae53b628p-62, -0x1.48af445c01ea7p-59, 0x1.93a6874ce10a9p-56, -0x1.f1a88f83f11a9p-53, 0x1.342652fd50c8cp-49, -0x1.7f91af3f00393p-46, 0x1.e04a0b28da2b0p-43, -0x1.2ecd481762ff2p-39, 0x1.80fd3420fba1dp-36, -0x1.ee6d90f2332c5p-33, 0x1.4174f65ff8680p-29, -0x1.a8a191db10900p-26, 0x1.1e4d8c35d22ccp-22, -0x1.8d1a9ab5a5050p-19, 0x1.1ede14765dc0cp-15, -0x1.ba18befcaaa63p-12}},
    {{-0x1.200005c7768fbp+3, -0x1.b5b610ffb70d4p-54, -0x1.deb7ad09ec5eap-108}, 0x1.71dd0d836fef9p-23, 0x1.0000000000000p+22, {0x1.6261203919440p-4, 0x1.7d5e8272cda81p-60}, {0x1.ea8f32fb7f586p-9, -0x1.345b1cc229264p-63},
     {0x1.98924f0a9df49p-90, 0x1.33fb74cb245e2p-86, 0x1.d131eb34eadecp-83, 0x1.600e83e74739ap-79, 0x1.0b0a34e551f09p-75, 0x1.961f4627b0e20p-72, 0x1.35addd8195315p-68, 0x1.d9bd5b2e01bd0p-65, 0x1.6b9dace0c9cc7p-61, 0x1.182f8345f3c60p-57, 0x1.b1b948b0b8090p-54, 0x1.516bc616e3904p-50, 0x1.0810426bfac85p-46, 0x1.a032f8f11473dp-43, 0x1.4ab9cba1e346ep-39, 0x1.0975db7d71fc6p-35, 0x1.af79ccdc71d33p-32, 0x1.64393744bb9bdp-28, 0x1.2c3903ec9c90cp-24, 0x1.04414411db7f4p-20, 0x1.d6043fa1ffaa5p-17, 0x1.c4b75ee68e2bap-13}},
    {{-0x1.5ffffff28cdd4p+3, 0x1.c9924a65aa486p-53, -0x1.8d05a4e458063p-108}, 0x1.ae6459f310478p-30, 0x1.0000000000000p+29, {-0x1.308a7d8eadb7cp-4, 0x1.a95a609877977p-60}, {0x1.6a4938065bfd2p-9, 0x1.67505fc89e444p-67},
     {0x1.582466e68e4e8p-95, -0x1.2dddeec767bd8p-91, 0x1.09494d7c0febbp-87, -0x1.d33e1d8cfc302p-84, 0x1.9c682d558d5b0p-80, -0x1.6ceb484c4bb4ap-76, 0x1.43cbd9237ae25p-72, -0x1.203276acacf26p-68, 0x1.01670b0202602p-64, -0x1.cd99929c61228p-61, 0x1.9fbdc2ececfc3p-57, -0x1.785bd6701e70bp-53, 0x1.56bc218a07779p-49, -0x1.3a4c2ff760a7cp-45, 0x1.229f2440f731ep-41, -0x1.0f71919049fbdp-37, 0x1.00b346bb02a7dp-33, -0x1.ed38daa0d4c2cp-30, 0x1.e3b550a815c55p-26, -0x1.e7ee7dccf100cp-22, 0x1.005993b17e047p-17, -0x1.1f51f646980c5p-13}},
    {{-0x1.40000093f2777p+3, -0x1.927b45d95e154p-52, -0x1.0780c21b6e452p-106}, 0x1.27e4e2550ad8dp-26, 0x1.0000000000000p+25, {0x1.baf825a0c63b2p-4, -0x1.20323f10165f2p-60}, {0x1.7f3ec8ae05f2ep-8, 0x1.2aec80d262b38p-62},
     {0x1.51ead89eb0342p-82, 0x1.978f1bf4fa192p-79, 0x1.ec7bf10d974e3p-76, 0x1.2a2b3833995b4p-72, 0x1.69ddc50869cd1p-69, 0x1.b845a4b122096p-66, 0x1.0c93b58c57c1cp-62, 0x1.48b11f01e3d30p-59, 0x1.93a8abea96591p-56, 0x1.f1ab09a064645p-53, 0x1.3427c1744d521p-49, 0x1.7f9356d1e72e2p-46, 0x1.e04bf4be0137bp-43, 0x1.2ece6307c7df4p-39, 0x1.80fe7b2913e7cp-36, 0x1.ee6f0af10b983p-33, 0x1.4175d0d35b3d4p-29, 0x1.a8a28e596cccep-26, 0x1.1e4e1e218c99cp-22, 0x1.8d1b435ece20fp-19, 0x1.1ede75ef431b0p-15, 0x1.ba192fa62a5c8p-12}},
    {{-0x1.7ffffffee1127p+3, -0x1.ce1f7906b30f5p-54, 0x1.b43a13e31b9dfp-111}, 0x1.1eed8f3252fd8p-33, 0x1.0000000000000p+32, {-0x1.c8cfbfaf2b0c8p-4, 0x1.7e94018c6c78dp-59}, {0x1.97926203e98acp-8, -0x1.3de4ff7fced10p-62},
     {0x1.6198e065e850cp-81, -0x1.9d8c167ae392fp-78, 0x1.e493d1a5ce2f0p-75, -0x1.1c7ddaa14a5cep-71, 0x1.4ece07e07dbdcp-68, -0x1.8b00e84d41bb8p-65, 0x1.d352182ba7b97p-62, -0x1.154b6ea5fc7cbp-58, 0x1.4a3850ea363cfp-55, -0x1.8ac9f8a8bdad6p-52, 0x1.da1721d8c8955p-49, -0x1.1e1ece477df90p-45, 0x1.5b6940a5e9dd8p-42, -0x1.a8c7f835a5b74p-39, 0x1.05dadf39fe06dp-35, -0x1.4619ae6d212bep-32, 0x1.9b2f368a135bap-29, -0x1.075951fd3e6e6p-25, 0x1.585bdc3e1a1e0p-22, -0x1.cf2769e629665p-19, 0x1.447163ae314a4p-15, -0x1.e4da54ebc6dacp-12}},
    {{-0x1.6000000d7322ap+3, -0x1.8aecb2d37ff52p-51, -0x1.c97d472001b98p-109}, 0x1.ae64530b9867cp-30, 0x1.0000000000000p+29, {0x1.308a827152450p-4, -0x1.1233b372bfd9ep-58}, {0x1.6a493dd62402ep-9, -0x1.67505fc8b40f1p-67},
     {0x1.5824a925d4da1p-95, 0x1.2dde26778789ap-91, 0x1.09497c4be46ecp-87, 0x1.d33e6c406c247p-84, 0x1.9c686f7dacb8bp-80, 0x1.6ceb7fe8f50fap-76, 0x1.43cc07e2f31c0p-72, 0x1.20329df8a4361p-68, 0x1.01672c0a8283dp-64, 0x1.cd99ca259ad9cp-61, 0x1.9fbdf19c0ea44p-57, 0x1.785bfdae59cc7p-53, 0x1.56bc4286fc1a7p-49, 0x1.3a4c4bb249170p-45, 0x1.229f3b905f980p-41, 0x1.0f71a5288c1c1p-37, 0x1.00b35733b93d4p-33, 0x1.ed38f6520c29fp-30, 0x1.e3b567ef58977p-26, 0x1.e7ee915e59f90p-22, 0x1.00599beaf8731p-17, 0x1.1f51fd307a7cdp-13}},
    {{-0x1.9fffffffe9edcp+3, 0x1.84f40342d001cp-51, 0x1.50556e5aede66p-105}, 0x1.6124613f7ad0dp-37, 0x1.0000000000000p+36, {-0x1.7328cbfacb4e5p-4, -0x1.eae875d913775p-60}, {0x1.0d0fa2e06b2f1p-8, -0x1.012507c5d1fb0p-65},
     {0x1.36158ffb37f0dp-88, -0x1.be58d53c398b0p-85, 0x1.41da52ab4cb7ep-81, -0x1.d12027d9371ddp-78, 0x1.50da1adfc6839p-74, -0x1.e9217d8df4072p-71, 0x1.641c79aa1df70p-67, -0x1.0411b24fb4aacp-63, 0x1.7d2d71e8037fap-60, -0x1.186fe932216a4p-56, 0x1.9e7c094cbb0c4p-53, -0x1.33dfa8748ce7ep-49, 0x1.cc176afbf85abp-46, -0x1.5a302f95ffb66p-42, 0x1.06a78089cd9f2p-38, -0x1.929453f57ff5ep-35, 0x1.38615a9e729aap-31, -0x1.ec79de0e58f55p-28, 0x1.8c49d9a550bffp-24, -0x1.47ffb069fc5a3p-20, 0x1.1ac9dd401f2e4p-16, -0x1.04105bec453b2p-12}},
    {{-0x1.800000011eed9p+3, 0x1.19d5307e1fb5ep-53, 0x1.8f0dbe4153150p-109}, 0x1.1eed8eccc8159p-33, 0x1.0000000000000p+32, {0x1.c8cfc050d4f38p-4, -0x1.7ef0726d4e7acp-58}, {0x1.9792629426754p-8, 0x1.3de4ff7fced10p-62},
     {0x1.6198e6438bdd1p-81, 0x1.9d8c1d0df1c0ep-78, 0x1.e493d90431d6ap-75, 0x1.1c7ddec26f478p-71, 0x1.4ece0c8159f98p-68, 0x1.8b00ed7d43480p-65, 0x1.d3521dfc19cbap-62, 0x1.154b71e81ed17p-58, 0x1.4a3854911ea34p-55, 0x1.8ac9fcc098df1p-52, 0x1.da17266f3bd61p-49, 0x1.1e1ed0d9a9469p-45, 0x1.5b69438798ffep-42, 0x1.a8c7fb7073eadp-39, 0x1.05dae10956d50p-35, 0x1.4619b074745a5p-32, 0x1.9b2f38d024339p-29, 0x1.075953436fe86p-25, 0x1.585bddabb4165p-22, 0x1.cf276b7feead7p-19, 0x1.44716493d49d4p-15, 0x1.e4da55ed2869fp-12}},
    {{-0x1.bffffffffe6c7p+3, 0x1.d2a30f3dae0fbp-51, 0x1.774491db8dc05p-107}, 0x1.93974a8c7223ap-41, 0x1.0000000000000p+40, {-0x1.44c3b27faa6bcp-4, -0x1.1972c0b160b2bp-61}, {0x1.9bfff16cfee53p-9, 0x1.067bfe64cbc35p-63},
     {0x1.928d893046e95p-93, -0x1.4b1d3d650d947p-89, 0x1.10de82360bbb2p-85, -0x1.c2abb4d06dd2ep-82, 0x1.75027c9525713p-78, -0x1.3581586ce8e72p-74, 0x1.018695cd17855p-70, -0x1.ade0e2e9dad4cp-67, 0x1.680941959102dp-63, -0x1.2eb9404ab0235p-59, 0x1.ff576cbfba8e2p-56, -0x1.b213d35bbabb0p-52, 0x1.72ae717cbca89p-48, -0x1.3ec2018a6e348p-44, 0x1.14644886639ffp-40, -0x1.e427911e97b22p-37, 0x1.ad58bb7f9c093p-33, -0x1.82c962042fed7p-29, 0x1.63b46f95b59ebp-25, -0x1.50778e66e7830p-21, 0x1.4b87e88b6aa31p-17, -0x1.5c71eb305bbbap-13}},
    {{-0x1.a000000016124p+3, -0x1.84e03341ee8ddp-51, 0x1.f8391fef50bd4p-105}, 0x1.6124613592d06p-37, 0x1.0000000000000p+36, {0x1.7328cc0534b1bp-4, -0x1.f63c3a52c12bfp-60}, {0x1.0d0fa2e7f760fp-8, 0x1.012507c5d1fb0p-65},
     {0x1.361590639972ep-88, 0x1.be58d5cc36d4cp-85, 0x1.41da530e9d146p-81, 0x1.d1202862370a6p-78, 0x1.50da1b3e44b23p-74, 0x1.e9217e104d730p-71, 0x1.641c7a0405e0ep-67, 0x1.0411b28db772fp-63, 0x1.7d2d723d8e259p-60, 0x1.186fe96d2195bp-56, 0x1.9e7c099e1eaa8p-53, 0x1.33dfa8acafdf0p-49, 0x1.cc176b49688bap-46, 0x1.5a302fcb6910cp-42, 0x1.06a780aea48d7p-38, 0x1.929454285190cp-35, 0x1.38615ac17fba5p-31, 0x1.ec79de3eb3092p-28, 0x1.8c49d9c6aa4a2p-24, 0x1.47ffb080fcf49p-20, 0x1.1ac9dd4ffcbb2p-16, 0x1.04105bf7369b6p-12}},
    {{-0x1.dfffffffffe52p+3, 0x1.fcf9ccfd8867ep-51, 0x1.1c0ec5919506cp-105}, 0x1.ae7f3e7343424p-45, 0x1.0000000000000p+44, {-0x1.30777757fa84ap-4, 0x1.86558a534b1cdp-58}, {0x1.6a1bf33124eddp-9, 0x1.85cd43e7e7f07p-63},
     {0x1.5621c397694b2p-95, -0x1.2c2d4542076b5p-91, 0x1.07dd8ef6a5511p-87, -0x1.d0da81dd73985p-84, 0x1.9a65fdaa0e9b5p-80, -0x1.6b3afffe7eb74p-76, 0x1.42606c58dea44p-72, -0x1.1f00ed8a8fd0bp-68, 0x1.00662cefc1c23p-64, -0x1.cbe9ab6e0fa32p-61, 0x1.9e52a7c8ddf0ep-57, -0x1.772a91f2a16cbp-53, 0x1.55bb7d2cf50dbp-49, -0x1.39746ce3ecf1ep-45, 0x1.21e9bf7818640p-41, -0x1.0ed9119b5a477p-37, 0x1.0033115fea2e8p-33, -0x1.ec6148051096fp-30, 0x1.e300149e44802p-26, -0x1.e7562019511d5p-22, 0x1.0019876a17ea6p-17, -0x1.1f1c1dba92510p-13}},
    {{-0x1.c000000001939p+3, -0x1.d2a2f4a73af63p-51, 0x1.1ce11583b5fc3p-105}, 0x1.93974a8b9d700p-41, 0x1.0000000000000p+40, {0x1.44c3b28055944p-4, -0x1.198d430af8ae5p-61}, {0x1.9bfff16dd8075p-9, -0x1.067bfe64cbc35p-63},
     {0x1.928d893a38c3cp-93, 0x1.4b1d3d6ce4623p-89, 0x1.10de823c399f0p-85, 0x1.c2abb4da2bb79p-82, 0x1.75027c9cd3499p-78, 0x1.35815872f681ep-74, 0x1.018695d1dd048p-70, 0x1.ade0e2f1608dep-67, 0x1.6809419b7efd1p-63, 0x1.2eb9404f5cb45p-59, 0x1.ff576cc718f98p-56, 0x1.b213d36189b9fp-52, 0x1.72ae718150cdap-48, 0x1.3ec2018e0a2a0p-44, 0x1.146448893bf2bp-40, 0x1.e427912313eaep-37, 0x1.ad58bb8325232p-33, 0x1.82c96206f962dp-29, 0x1.63b46f97e8037p-25, 0x1.50778e68a2d38p-21, 0x1.4b87e88cc815ep-17, 0x1.5c71eb316f30cp-13}},
    {{-0x1.fffffffffffe5p+3, -0x1.80c18cc43ea26p-53, 0x1.8d1b2eec9d961p-108}, 0x1.ae7f3e733c00dp-49, 0x1.0000000000000p+48, {-0x1.30777757ffa65p-4, 0x1.9865588a24e58p-58}, {0x1.6a1bf3312b084p-9, -0x1.0c5ed7c181810p-63},
     {0x1.5621c397ae7d8p-95, -0x1.2c2d45424199dp-91, 0x1.07dd8ef6d63cap-87, -0x1.d0da81ddc5dc4p-84, 0x1.9a65fdaa53c6dp-80, -0x1.6b3afffeb8e00p-76, 0x1.42606c590f8aep-72, -0x1.1f00ed8ab8ee9p-68, 0x1.00662cefe4548p-64, -0x1.cbe9ab6e49c61p-61, 0x1.9e52a7c90ed2bp-57, -0x1.772a91f2ca868p-53, 0x1.55bb7d2d179c9p-49, -0x1.39746ce40a008p-45, 0x1.21e9bf7830d28p-41, -0x1.0ed9119b6ed25p-37, 0x1.0033115ffb743p-33, -0x1.ec6148052da29p-30, 0x1.e300149e5cec2p-26, -0x1.e756201965a62p-22, 0x1.0019876a208c6p-17, -0x1.1f1c1dba99933p-13}},
    {{-0x1.e0000000001aep+3, -0x1.fcf9ccde87210p-51, -0x1.f0bd3dc636171p-105}, 0x1.ae7f3e7333c1ap-45, 0x1.0000000000000p+44, {0x1.30777758057b6p-4, 0x1.865586b64d417p-58}, {0x1.6a1bf33131f80p-9, 0x1.9a32bc18180f9p-63},
     {0x1.5621c397fd236p-95, 0x1.2c2d454283babp-91, 0x1.07dd8ef70dd6ap-87, 0x1.d0da81de235cap-84, 0x1.9a65fdaaa264dp-80, 0x1.6b3afffefafa4p-76, 0x1.42606c59471f6p-72, 0x1.1f00ed8ae7aa2p-68, 0x1.00662cf00b9f9p-64, 0x1.cbe9ab6e8bd9cp-61, 0x1.9e52a7c94661ap-57, 0x1.772a91f2f93d5p-53, 0x1.55bb7d2d3ee3cp-49, 0x1.39746ce42b070p-45, 0x1.21e9bf784c973p-41, 0x1.0ed9119b862b6p-37, 0x1.003311600f15dp-33, 0x1.ec6148054ea5dp-30, 0x1.e300149e78ae1p-26, 0x1.e75620197cfcep-22, 0x1.0019876a2a5c3p-17, 0x1.1f1c1dbaa1d33p-13}},
    {{-0x1.0ffffffffffffp+4, -0x1.ab4e23f3d49f1p-51, 0x1.dcafbae8ffbabp-107}, 0x1.952c77030adbdp-53, 0x1.0000000000000p+52, {-0x1.437eeecd7ffa4p-4, -0x1.9ef222eff1e74p-58}, {0x1.98c98d8a82058p-9, 0x1.86e3f1d84cccep-64},
     {0x1.6e7616845f2a4p-93, -0x1.2e9c123c1aca3p-89, 0x1.f4b6a0bb90a5ep-86, -0x1.9f1c5317c5fabp-82, 0x1.58ecc0e28baa3p-78, -0x1.1f52fad6cb054p-74, 0x1.e003bf7c923a5p-71, -0x1.9234eceb49e57p-67, 0x1.522e68294dc26p-63, -0x1.1d767bb8fae20p-59, 0x1.e4139993f9e21p-56, -0x1.9c8b336ef6efcp-52, 0x1.61ac9960b5329p-48, -0x1.31535b4f28ae9p-44, 0x1.09c872a5ea86dp-40, -0x1.d365a4a778f0ep-37, 0x1.a01c8de3771d1p-33, -0x1.7855662fb1671p-29, 0x1.5b72f0d68641cp-25, -0x1.49f2502d33c5cp-21, 0x1.466188ec8819dp-17, -0x1.5860a968a2643p-13}},
    {{-0x1.000000000000dp+4, -0x1.cfe7ce6768509p-50, -0x1.7f27723e2ef9fp-105}, 0x1.ae7f3e733b032p-49, 0x1.0000000000000p+48, {0x1.307777580059bp-4, 0x1.9865588674a06p-58}, {0x1.6a1bf3312bddap-9, 0x1.62f6be0c0c07cp-66},
     {0x1.5621c397b7f10p-95, 0x1.2c2d4542498c3p-91, 0x1.07dd8ef6dceb1p-87, 0x1.d0da81ddd118bp-84, 0x1.9a65fdaa5d395p-80, 0x1.6b3afffec0d18p-76, 0x1.42606c591638bp-72, 0x1.1f00ed8abe8c3p-68, 0x1.00662cefe90d4p-64, 0x1.cbe9ab6e51b6dp-61, 0x1.9e52a7c9157fdp-57, 0x1.772a91f2d0239p-53, 0x1.55bb7d2d1c54ep-49, 0x1.39746ce40df87p-45, 0x1.21e9bf783428bp-41, 0x1.0ed9119b71a09p-37, 0x1.0033115ffdd02p-33, 0x1.ec614805319a3p-30, 0x1.e300149e60421p-26, 0x1.e756201968742p-22, 0x1.0019876a21ba3p-17, 0x1.1f1c1dba9a910p-13}},
    {{-0x1.2000000000000p+4, 0x1.6827863b97d9ap-53, 0x1.7ba6a46cf3c1cp-107}, 0x1.6827863b97d9dp-57, 0x1.0000000000000p+56, {-0x1.6beecca72fffap-4, -0x1.50500b7a70397p-59}, {0x1.02af8b91a64bdp-8, -0x1.86d6a7cc4a99ap-64},
     {0x1.82df8a60300e5p-89, -0x1.1bf80b37de15ap-85, 0x1.a1a96941674f4p-82, -0x1.33c8da31864d9p-78, 0x1.c6a87768f3000p-75, -0x1.50a6af5c1a619p-71, 0x1.f3ee496ebb788p-68, -0x1.7459cb140144dp-64, 0x1.164a9f53ddd5ep-60, -0x1.a19dc3911f5c9p-57, 0x1.3abed21efffe2p-53, -0x1.dcdcb33fe3f05p-50, 0x1.6b63fdb054071p-46, -0x1.16db4cd505adep-42, 0x1.af8a96a391775p-39, -0x1.51494975895bep-35, 0x1.0ae9c34e52e46p-31, -0x1.ad26c963dfeafp-28, 0x1.603077a9f1971p-24, -0x1.294984ff8a674p-20, 0x1.05664db1b069ap-16, -0x1.ea55a1357b43fp-13}},
    {{-0x1.1000000000001p+4, 0x1.ab4e23f3d4bbcp-51, -0x1.db2968e993b05p-106}, 0x1.952c77030acd8p-53, 0x1.0000000000000p+52, {0x1.437eeecd8005cp-4, -0x1.9ef222eff5716p-58}, {0x1.98c98d8a82140p-9, -0x1.4851f8ec26667p-63},
     {0x1.6e7616845fc5fp-93, 0x1.2e9c123c1b456p-89, 0x1.f4b6a0bb9168dp-86, 0x1.9f1c5317c694fp-82, 0x1.58ecc0e28c244p-78, 0x1.1f52fad6cb65ep-74, 0x1.e003bf7c92d33p-71, 0x1.9234eceb4a5e7p-67, 0x1.522e68294e222p-63, 0x1.1d767bb8fb2ddp-59, 0x1.e4139993fa5a0p-56, 0x1.9c8b336ef74ebp-52, 0x1.61ac9960b57dbp-48, 0x1.31535b4f28ea0p-44, 0x1.09c872a5eab5dp-40, 0x1.d365a4a7793b5p-37, 0x1.a01c8de37757fp-33, 0x1.7855662fb195bp-29, 0x1.5b72f0d68666ap-25, 0x1.49f2502d33e2fp-21, 0x1.466188ec8830fp-17, 0x1.5860a968a2767p-13}},
};

/* lgamma(x) by the expansion around a zero within its radius; returns 0 if
 * x is near none. */
static int log_gamma_near_zero(double x, double *result) {
    for (size_t index = 0; index < sizeof LGAMMA_ZEROS / sizeof *LGAMMA_ZEROS; index++) {
        const struct lgamma_zero *entry = &LGAMMA_ZEROS[index];
        double difference = x - entry->zero[0]; /* exact near the zero (Sterbenz) */
        if (fabs(difference) >= entry->radius + fabs(entry->zero[1]))
            continue;
        struct dd d = dd_add(two_sum(difference, -entry->zero[1]), (struct dd){-entry->zero[2], 0});
        if (fabs(d.hi) >= entry->radius)
            continue;
        struct dd u = {d.hi * entry->inverse_scale, d.lo * entry->inverse_scale}; /* exact */
        double polynomial = 0;
        for (size_t term = 0; term < sizeof entry->rest / sizeof *entry->rest; term++)
            polynomial = polynomial * u.hi + entry->rest[term];
        struct dd linear = dd_multiply((struct dd){entry->first[0], entry->first[1]}, u);
        struct dd square = dd_multiply((struct dd){entry->second[0], entry->second[1]}, dd_square(u));
        struct dd sum = dd_add(linear, square);
        *result = sum.hi + (sum.lo + u.hi * u.hi * u.hi * polynomial);
        return 1;
    }
    return 0;
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
        if (x > 0x1p900) {
            /* x (log x - 1), the rest of Stirling's series far below an ulp;
             * scaled down so that the double-double product cannot overflow. */
            struct dd scaled = {x * 0x1p-100, 0};
            struct dd result = dd_add(dd_multiply(scaled, __math_log_dd(x)), (struct dd){-scaled.hi, 0});
            return (result.hi + result.lo) * 0x1p100;
        }
        if (x >= 0.75 && x <= 1.25)
            return log_gamma_near_one(x - 1.0); /* exact */
        if (x >= 1.5 && x <= 2.5)
            return log_gamma_near_two(x - 2.0); /* exact */
        struct dd result = log_gamma_positive((struct dd){x, 0});
        return result.hi + result.lo;
    }
    struct dd sine = sin_pi_dd(x);
    if (sine.hi < 0)
        *sign = -1;
    if (x < -0x1p52)
        return HUGE_VAL; /* every such double is an integer: a pole */
    double near_zero;
    if (x > -18 && x < -2 && log_gamma_near_zero(x, &near_zero))
        return near_zero;
    struct dd result = log_gamma_reflected(x, sine);
    return result.hi + result.lo;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }
