/* inverse.c: casinh, casin, cacos, cacosh, catanh, catan.
 *
 * The arcsine and arccosine follow Hull, Fairgrieve and Tang, "Implementing
 * the complex arcsine and arccosine functions using exception handling"
 * (ACM TOMS 23, 1997): in the first quadrant, with r = |z + 1|,
 * s = |z - 1|, A = (r + s)/2 and B = x/A, asin z = asin B + i log(A +
 * sqrt(A^2 - 1)) and acos z = acos B - i log(...), where B near 1 and A
 * near 1 are given forms in which nothing cancels. Very large and very
 * small |z| and nearly real z take their limits. casinh, cacosh and the
 * other quadrants follow by symmetry. */
#include "internal.h"

struct arcsine {
    double asin_real; /* Re asin(x + iy), in [0, pi/2] */
    double acos_real; /* Re acos(x + iy), in [0, pi/2] */
    double imaginary; /* Im asin(x + iy) = -Im acos(x + iy), >= 0 */
};

#define A_CROSSOVER 1.5
#define B_CROSSOVER 0.6417

/* asin and acos of x + iy for finite x, y >= 0. */
static struct arcsine arcsine_kernel(double x, double y) {
    struct arcsine result;
    if (x > 0x1p28 || y > 0x1p28) {
        /* asin z = -i log(2iz) + O(1/z^2) */
        result.asin_real = atan2(x, y);
        result.acos_real = atan2(y, x);
        if (x > 0x1p1000 || y > 0x1p1000)
            result.imaginary = log(hypot(x * 0.5, y * 0.5)) + 2 * LN2;
        else
            result.imaginary = log(hypot(x, y)) + LN2;
        return result;
    }
    if (x < 0x1p-28 && y < 0x1p-28) {
        /* asin z = z + z^3/6 + ... */
        result.asin_real = x;
        result.acos_real = (HALF_PI - x) + HALF_PI_LOW;
        result.imaginary = y;
        return result;
    }
    if (y < 0x1p-500) {
        /* next to the real axis, y tiny against |x - 1| (or x = 1) */
        if (x < 1) {
            /* asin(x) + i y / sqrt(1 - x^2) */
            result.asin_real = asin(x);
            result.acos_real = acos(x);
            result.imaginary = y / sqrt((1 - x) * (1 + x));
        } else if (x == 1) {
            /* asin(1 + iy) = pi/2 - sqrt(y) + i sqrt(y) + O(y^(3/2)) */
            double root = sqrt(y);
            result.asin_real = (HALF_PI - root) + HALF_PI_LOW;
            result.acos_real = root;
            result.imaginary = root;
        } else {
            /* pi/2 - y / sqrt(x^2 - 1) + i acosh(x) */
            double root = sqrt((x - 1) * (x + 1));
            result.acos_real = y / root;
            result.asin_real = (HALF_PI - result.acos_real) + HALF_PI_LOW;
            result.imaginary = log1p((x - 1) + root);
        }
        return result;
    }
    double r = hypot(x + 1, y), s = hypot(x - 1, y);
    double a = 0.5 * (r + s);
    double b = x / a;
    double y_square = y * y;
    if (b <= B_CROSSOVER) {
        result.asin_real = asin(b);
        result.acos_real = acos(b);
    } else if (x <= 1) {
        /* sqrt(a^2 - x^2) = sqrt((a + x)/2 (y^2/(r + x + 1) + s + 1 - x)) */
        double root = sqrt(0.5 * (a + x) * (y_square / (r + (x + 1)) + (s + (1 - x))));
        result.asin_real = atan(x / root);
        result.acos_real = atan(root / x);
    } else {
        double root = y * sqrt(0.5 * ((a + x) / (r + (x + 1)) + (a + x) / (s + (x - 1))));
        result.asin_real = atan(x / root);
        result.acos_real = atan(root / x);
    }
    if (a <= A_CROSSOVER) {
        double a_less_one; /* a - 1 without cancellation */
        if (x < 1)
            a_less_one = 0.5 * (y_square / (r + (x + 1)) + y_square / (s + (1 - x)));
        else
            a_less_one = 0.5 * (y_square / (r + (x + 1)) + (s + (x - 1)));
        result.imaginary = log1p(a_less_one + sqrt(a_less_one * (a + 1)));
    } else {
        result.imaginary = log(a + sqrt(a * a - 1));
    }
    return result;
}

double _Complex casinh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isnan(x) || isnan(y)) {
        if (isinf(x))
            return make_complex(x, y);
        if (isinf(y))
            return make_complex(copysign(INFINITY, x), x); /* +-inf + iNaN: glibc's sign */
        if (y == 0)
            return make_complex(x, y);
        return make_complex(NAN, NAN);
    }
    if (isinf(x) || isinf(y)) {
        if (isinf(x) && isinf(y))
            return make_complex(x, copysign(QUARTER_PI, y));
        if (isinf(x))
            return make_complex(x, copysign(0.0, y));
        return make_complex(copysign(INFINITY, x), copysign(HALF_PI, y));
    }
    SAVE_ERRNO;
    /* asinh(x + iy) = Im asin(y + ix) + i Re asin(y + ix) in the first quadrant */
    struct arcsine kernel = arcsine_kernel(fabs(y), fabs(x));
    RESTORE_ERRNO;
    return make_complex(copysign(kernel.imaginary, x), copysign(kernel.asin_real, y));
}

/* -i casinh(iz): iz = -y + ix, and -i(a + ib) = b - ia. */
double _Complex casin(double _Complex z) {
    double _Complex rotated = casinh(make_complex(-IMAG(z), REAL(z)));
    return make_complex(IMAG(rotated), -REAL(rotated));
}

double _Complex cacos(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isnan(x) || isnan(y)) {
        if (isinf(y))
            return make_complex(x, -y);
        if (isinf(x))
            return make_complex(y, -copysign(INFINITY, y)); /* NaN +- i inf: glibc's sign */
        if (x == 0)
            return make_complex(HALF_PI, y);
        return make_complex(NAN, NAN);
    }
    if (isinf(x) || isinf(y)) {
        double real;
        if (isinf(x) && isinf(y))
            real = x > 0 ? QUARTER_PI : THREE_QUARTER_PI;
        else if (isinf(x))
            real = x > 0 ? 0.0 : PI_HIGH;
        else
            real = HALF_PI;
        return make_complex(real, signbit(y) ? INFINITY : -INFINITY);
    }
    SAVE_ERRNO;
    struct arcsine kernel = arcsine_kernel(fabs(x), fabs(y));
    RESTORE_ERRNO;
    double real = signbit(x) ? (PI_HIGH - kernel.acos_real) + PI_LOW : kernel.acos_real;
    return make_complex(real, signbit(y) ? kernel.imaginary : -kernel.imaginary);
}

double _Complex cacosh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isnan(x) || isnan(y)) {
        if (isinf(x) || isinf(y))
            return make_complex(INFINITY, NAN);
        if (x == 0)
            return make_complex(NAN, HALF_PI); /* as glibc (and C23) */
        return make_complex(NAN, NAN);
    }
    if (isinf(x) || isinf(y)) {
        double imaginary;
        if (isinf(x) && isinf(y))
            imaginary = x > 0 ? QUARTER_PI : THREE_QUARTER_PI;
        else if (isinf(x))
            imaginary = x > 0 ? 0.0 : PI_HIGH;
        else
            imaginary = HALF_PI;
        return make_complex(INFINITY, copysign(imaginary, y));
    }
    SAVE_ERRNO;
    struct arcsine kernel = arcsine_kernel(fabs(x), fabs(y));
    RESTORE_ERRNO;
    double imaginary = signbit(x) ? (PI_HIGH - kernel.acos_real) + PI_LOW : kernel.acos_real;
    return make_complex(kernel.imaginary, copysign(imaginary, y));
}

/* atanh(x + iy) for finite x, y >= 0:
 * (1/4) log1p(4x / ((1 - x)^2 + y^2)) + (i/2) atan2(2y, (1 - x)(1 + x) - y^2),
 * the last difference with exact squares; z + z^3/3 for tiny |z| and
 * x/|z|^2 + i (pi/2 - y/|z|^2) for huge |z|. */
static double _Complex arctanh_kernel(double x, double y) {
    if (x > 0x1p28 || y > 0x1p28) {
        double modulus = hypot(x, y);
        double real = x / modulus / modulus;
        double imaginary = (HALF_PI - y / modulus / modulus) + HALF_PI_LOW;
        return make_complex(real, imaginary);
    }
    if (x < 0x1p-28 && y < 0x1p-28)
        return make_complex(x, y);
    double distance = hypot(1 - x, y); /* |1 - z| */
    double real;
    if (distance < 0x1p-500) {
        real = 0.25 * log(4 * x) - 0.5 * log(distance);
    } else {
        /* |1 - z|^2 = a^2 + y^2 with 1 - x = a_hi + a_lo exactly */
        struct twofold a = exact_sum(1.0, -x);
        struct twofold squares[3] = {exact_square(a.hi), {2 * a.hi * a.lo, 0.0}, exact_square(y)};
        real = 0.25 * log1p(4 * x / twofold_total(squares, 3));
    }
    struct twofold parts[3] = {{1.0, 0.0}, exact_square(x), exact_square(y)};
    parts[1].hi = -parts[1].hi;
    parts[1].lo = -parts[1].lo;
    parts[2].hi = -parts[2].hi;
    parts[2].lo = -parts[2].lo;
    double imaginary = 0.5 * atan2(2 * y, twofold_total(parts, 3));
    return make_complex(real, imaginary);
}

double _Complex catanh(double _Complex z) {
    double x = REAL(z), y = IMAG(z);
    if (isnan(x) || isnan(y)) {
        if (isinf(y))
            return make_complex(copysign(0.0, x), copysign(HALF_PI, y));
        if (isinf(x) || x == 0)
            return make_complex(copysign(0.0, x), y);
        return make_complex(NAN, NAN);
    }
    if (isinf(x) || isinf(y))
        return make_complex(copysign(0.0, x), copysign(HALF_PI, y));
    if (fabs(x) == 1 && y == 0) {
        errno = ERANGE; /* a pole */
        return make_complex(copysign(INFINITY, x), y);
    }
    SAVE_ERRNO;
    double _Complex kernel = arctanh_kernel(fabs(x), fabs(y));
    RESTORE_ERRNO;
    return make_complex(copysign(REAL(kernel), x), copysign(IMAG(kernel), y));
}

/* -i catanh(iz) */
double _Complex catan(double _Complex z) {
    double _Complex rotated = catanh(make_complex(-IMAG(z), REAL(z)));
    return make_complex(IMAG(rotated), -REAL(rotated));
}
