/* hyperbolic.c: csinh, ccosh, ctanh, and csin, ccos, ctan through
 * csin(z) = -i csinh(iz), ccos(z) = ccosh(iz), ctan(z) = -i ctanh(iz)
 * (C11 G.6: their special values follow from these). */
#include "internal.h"

/* sinh x cos y + i cosh x sin y */
double _Complex csinh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isfinite(x) && isfinite(y)) {
        SAVE_ERRNO;
        double sine = y, cosine = 1, real, imaginary;
        if (y != 0)
            sincos(y, &sine, &cosine);
        if (y == 0) {
            real = sinh(x);
            imaginary = y;
        } else if (fabs(x) < 709.0) {
            real = sinh(x) * cosine;
            imaginary = cosh(x) * sine;
        } else {
            /* sinh x and cosh x are +-e^|x|/2 within 2^-2000 */
            real = exp_times(fabs(x), cosine, -1);
            if (x < 0)
                real = -real;
            imaginary = exp_times(fabs(x), sine, -1);
        }
        RESTORE_ERRNO;
        return make_complex(real, imaginary);
    }
    if (isinf(x)) {
        if (isfinite(y)) {
            if (y == 0)
                return make_complex(x, y);
            double sine, cosine;
            sincos(y, &sine, &cosine);
            return make_complex(copysign(INFINITY, x * cosine), copysign(INFINITY, sine));
        }
        return make_complex(INFINITY, y - y); /* +inf + iNaN (glibc's sign), invalid for y infinite */
    }
    if (x == 0)
        return make_complex(x, y - y); /* +-0 + iNaN, invalid for y infinite */
    if (isnan(x) && y == 0)
        return make_complex(x, y);
    return make_complex(NAN, NAN);
}

/* cosh x cos y + i sinh x sin y */
double _Complex ccosh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isfinite(x) && isfinite(y)) {
        SAVE_ERRNO;
        double sine = y, cosine = 1, real, imaginary;
        if (y != 0)
            sincos(y, &sine, &cosine);
        if (y == 0) {
            real = cosh(x);
            imaginary = copysign(0.0, x) * y; /* sinh(x) sin(y) */
        } else if (fabs(x) < 709.0) {
            real = cosh(x) * cosine;
            imaginary = sinh(x) * sine;
        } else {
            real = exp_times(fabs(x), cosine, -1);
            imaginary = exp_times(fabs(x), sine, -1);
            if (x < 0)
                imaginary = -imaginary;
        }
        RESTORE_ERRNO;
        return make_complex(real, imaginary);
    }
    if (isinf(x)) {
        if (isfinite(y)) {
            if (y == 0)
                return make_complex(INFINITY, copysign(0.0, x) * y);
            double sine, cosine;
            sincos(y, &sine, &cosine);
            return make_complex(copysign(INFINITY, cosine), copysign(INFINITY, x * sine));
        }
        return make_complex(INFINITY, y - y); /* +inf + iNaN, invalid for y infinite */
    }
    if (x == 0)
        return make_complex(y - y, 0.0); /* NaN + i0 (glibc's sign) */
    if (isnan(x) && y == 0)
        return make_complex(x, y);
    return make_complex(NAN, NAN);
}

/* Kahan's form: with t = tan y, b = 1 + t^2, s = sinh x, r = sqrt(1 + s^2),
 * tanh(x + iy) = (b r s + i t) / (1 + b s^2), in which nothing cancels;
 * for |x| > 22, +-1 + i 4 sin y cos y e^(-2|x|). */
double _Complex ctanh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isfinite(x) && isfinite(y)) {
        SAVE_ERRNO;
        double _Complex result;
        if (fabs(x) > 22.0) {
            double sine, cosine;
            sincos(y, &sine, &cosine);
            result = make_complex(copysign(1.0, x), exp_times(-2 * fabs(x), sine * cosine, 2));
        } else {
            double t = tan(y);
            double b = 1.0 + t * t;
            double s = sinh(x);
            double r = sqrt(1.0 + s * s);
            double denominator = 1.0 + b * s * s;
            result = make_complex(b * r * s / denominator, t / denominator);
        }
        RESTORE_ERRNO;
        return result;
    }
    if (isinf(x)) {
        if (isfinite(y))
            return make_complex(copysign(1.0, x), copysign(0.0, sin(2 * y)));
        return make_complex(copysign(1.0, x), copysign(0.0, y));
    }
    if (x == 0)
        return make_complex(x, y - y); /* +-0 + iNaN (C23; C11 had NaN + iNaN) */
    if (isnan(x) && y == 0)
        return make_complex(x, y);
    return make_complex(NAN, NAN);
}

/* -i f(iz) for f = csinh, ctanh: iz = -y + ix, and -i(a + ib) = b - ia. */
double _Complex csin(double _Complex z) {
    double _Complex rotated = csinh(make_complex(-IMAG(z), REAL(z)));
    if (isinf(REAL(rotated)) && isnan(IMAG(rotated)))
        return make_complex(IMAG(rotated), INFINITY); /* the sign csinh leaves open: glibc's */
    return make_complex(IMAG(rotated), -REAL(rotated));
}

double _Complex ccos(double _Complex z) { return ccosh(make_complex(-IMAG(z), REAL(z))); }

double _Complex ctan(double _Complex z) {
    double _Complex rotated = ctanh(make_complex(-IMAG(z), REAL(z)));
    return make_complex(IMAG(rotated), -REAL(rotated));
}
