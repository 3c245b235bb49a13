/* hyperbolic.c: the hyperbolic functions and their inverses. */
#include "math_internal.h"

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
        struct dd t = __math_expm1_dd(magnitude);
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
        struct dd t = __math_expm1_dd(magnitude);
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
        struct dd t = __math_expm1_dd(2.0 * magnitude);
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
        struct dd result = __math_log_of_dd(sum);
        return result.hi + result.lo;
    }
    /* log(1 + a) = log(u) + log(1 + (a - (u - 1)) / u) with u = sum.hi: the
     * first part exact in double-double, the correction small. */
    struct dd logarithm = __math_log_dd(sum.hi);
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
            struct dd value = __math_log_of_dd(dd_add(root, (struct dd){magnitude, 0}));
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
        struct dd value = __math_log_of_dd(dd_add(root, (struct dd){x, 0}));
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
