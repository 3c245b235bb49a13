/* exponential.c: cexp, clog, cpow and csqrt. */
#include "internal.h"

/* e^x (cos y + i sin y). */
double _Complex cexp(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isfinite(x)) {
        if (!isfinite(y))
            return make_complex(NAN, NAN); /* invalid */
        SAVE_ERRNO;
        double _Complex result;
        if (y == 0) {
            result = make_complex(exp_times(x, 1.0, 0), y);
        } else {
            double sine, cosine;
            sincos(y, &sine, &cosine);
            result = make_complex(exp_times(x, cosine, 0), exp_times(x, sine, 0));
        }
        RESTORE_ERRNO;
        if (x < -745.1332191019412)
            errno = ERANGE; /* e^x underflows, as glibc reports */
        return result;
    }
    if (isinf(x)) {
        if (isfinite(y)) {
            double magnitude = x > 0 ? INFINITY : 0.0;
            if (y == 0)
                return make_complex(magnitude, y);
            double sine, cosine;
            sincos(y, &sine, &cosine);
            return make_complex(copysign(magnitude, cosine), copysign(magnitude, sine));
        }
        if (x > 0)
            return make_complex(x, y - y); /* +inf + iNaN, invalid for y infinite */
        return make_complex(0.0, copysign(0.0, y));
    }
    /* x is NaN */
    if (y == 0)
        return make_complex(x, y);
    return make_complex(x, x);
}

/* log|z| for finite z other than 0: near |z| = 1 as log1p(x^2 + y^2 - 1)/2
 * with the squares and the sum exact; elsewhere log(hypot), scaled to stay
 * clear of overflow and of the subnormal range. */
static double log_modulus(double x, double y) {
    double a = fabs(x), b = fabs(y);
    if (a < b) {
        double swap = a;
        a = b;
        b = swap;
    }
    if (a >= 0.5 && a <= 2.0) {
        struct twofold parts[3] = {exact_square(a), exact_square(b), {-1.0, 0.0}};
        double excess = twofold_total(parts, 3); /* |z|^2 - 1 */
        return 0.5 * log1p(excess);
    }
    if (a > 0x1p1000)
        return log(hypot(a * 0.25, b * 0.25)) + 2 * LN2;
    if (a < 0x1p-1000)
        return (log(hypot(a * 0x1p600, b * 0x1p600)) - 600 * LN2_LOW) - 600 * LN2_HIGH;
    return log(hypot(a, b));
}

double _Complex clog(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isinf(x) || isinf(y))
        return make_complex(INFINITY, atan2(y, x)); /* exact: no errno */
    if (isnan(x) || isnan(y))
        return make_complex(NAN, NAN);
    SAVE_ERRNO;
    double argument = atan2(y, x);
    double real = x == 0 && y == 0 ? -1.0 / fabs(x) /* -inf, divide-by-zero */ : log_modulus(x, y);
    RESTORE_ERRNO;
    return make_complex(real, argument);
}

/* z^w = e^(w log z), the principal value, as C11 7.3.8.2 allows. */
double _Complex cpow(double _Complex z, double _Complex w) { return cexp(w * clog(z)); }

/* With t = sqrt((|x| + |z|)/2): t + i y/(2t) for x >= 0, |y|/(2t) +- i t
 * for x < 0, so that nothing cancels; the argument is scaled by a power of
 * 4 where |x| + |z| could overflow or lose bits below 2^-1022. */
double _Complex csqrt(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isinf(y))
        return make_complex(INFINITY, y);
    if (isnan(x))
        return make_complex(x, x);
    if (isinf(x)) {
        if (x > 0)
            return make_complex(x, isnan(y) ? y : copysign(0.0, y));
        return make_complex(isnan(y) ? y : 0.0, copysign(INFINITY, y));
    }
    if (isnan(y))
        return make_complex(y, y);
    if (x == 0 && y == 0)
        return make_complex(0.0, y);
    SAVE_ERRNO;
    double a = fabs(x), b = fabs(y);
    int scale = 0;
    if (a > 0x1p1020 || b > 0x1p1020) {
        a *= 0x1p-4;
        b *= 0x1p-4;
        scale = 2; /* the root is 2^2 larger */
    } else if (a < 0x1p-1000 && b < 0x1p-1000) {
        a *= 0x1p600;
        b *= 0x1p600;
        scale = -300;
    }
    double t = sqrt(0.5 * (a + hypot(a, b)));
    double other = b / (2 * t);
    t = ldexp(t, scale);
    other = ldexp(other, scale);
    RESTORE_ERRNO;
    if (x >= 0)
        return make_complex(t, copysign(other, y));
    return make_complex(other, copysign(t, y));
}
