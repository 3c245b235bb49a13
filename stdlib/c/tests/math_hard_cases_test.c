/* math_hard_cases_test.c: inputs on which a libm is easily wrong in the last
 * bit, printed exactly (%a) and compared with the host's glibc: huge
 * arguments of sin/cos/tan (the reduction by pi/2 must be exact for every
 * double), fused multiply-add (one rounding, signed zeros), signed zeros of
 * expm1 and friends, and results that must be correctly rounded.
 * Inputs go through a volatile so that the compiler cannot fold the calls. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <math.h>
#include <stdio.h>

static volatile double sink;

static double opaque(double x) {
    sink = x;
    return sink;
}

static void show(const char *label, double argument, double value) {
    printf("%s(%a) = %a\n", label, argument, value);
}

int main(void) {
    /* Trigonometry of huge arguments: the reduction needs about 1100 bits of 2/pi. */
    static const double huge[] = {
        -0x1.0be4a97f5a84dp+331, 0x1.2a2a578d79469p+54, 0x1p+1023,     0x1.fffffffffffffp+1023,
        0x1.921fb54442d18p+0,    0x1.921fb54442d18p+1,  0x1p+60,       0x1.8p+52,
        0x1.5p+200,              -0x1.23456789abcdep+500, 1e22,         0x1.921fb54442d18p+51,
        0x1.9p+21,               1e300,        0x1.2d97c7f3321d2p+1,
    };
    for (size_t index = 0; index < sizeof huge / sizeof *huge; index++) {
        double x = opaque(huge[index]);
        show("sin", x, sin(x));
        show("cos", x, cos(x));
        show("tan", x, tan(x));
    }

    /* fma: one rounding of the exact x*y+z, and the sign of an exact zero. */
    static const double fused[][3] = {
        {0x1.0000000000001p+0, 0x1.fffffffffffffp-1, 0x1p+53},
        {0x1.0000000000001p+0, 0x1.0000000000001p+0, -0x1.0000000000002p+0},
        {-0.0, 0.0, -0.0},
        {0.0, -0.0, 0.0},
        {1.0, 1.0, -1.0},
        {0x1p-1074, 0x1p-1, 0.0},
        {0x1p-1074, 0x1.8p-1, 0.0},
        {0x1.fffffffffffffp+1023, 2.0, -0x1.fffffffffffffp+1023},
        {0x1.fffffffffffffp+1023, 0x1.fffffffffffffp+1023, -INFINITY},
        {0x1p-600, 0x1p-600, 1.0},
        {0x1p-600, 0x1p-600, -0x1p-1074},
        {3.0, 0x1.5555555555555p-2, -1.0},
        {0x1.fffffffffffffp-1, 0x1.fffffffffffffp-1, -1.0},
        {0x1.23456789abcdefp+3, -0x1.fedcba987654p-7, 0x1.1p-60},
        {0x1p+1000, 0x1p+100, -0x1p+1023},
        {0x1.0000000000001p-537, 0x1.0000000000001p-537, 0x1p-1074},
    };
    for (size_t index = 0; index < sizeof fused / sizeof *fused; index++) {
        double x = opaque(fused[index][0]), y = opaque(fused[index][1]), z = opaque(fused[index][2]);
        printf("fma(%a, %a, %a) = %a\n", x, y, z, fma(x, y, z));
        float xf = (float)x, yf = (float)y, zf = (float)z;
        printf("fmaf(%a, %a, %a) = %a\n", xf, yf, zf, fmaf(xf, yf, zf));
    }

    /* Signed zeros. */
    double zero = opaque(-0.0);
    show("expm1", zero, expm1(zero));
    show("log1p", zero, log1p(zero));
    show("sin", zero, sin(zero));
    show("tan", zero, tan(zero));
    show("asin", zero, asin(zero));
    show("atan", zero, atan(zero));
    show("sinh", zero, sinh(zero));
    show("tanh", zero, tanh(zero));
    show("asinh", zero, asinh(zero));
    show("atanh", zero, atanh(zero));
    show("cbrt", zero, cbrt(zero));
    show("round", zero, round(zero));
    printf("expm1f(%a) = %a\n", (float)zero, expm1f((float)zero));

    /* Results that must be exact. */
    double a = opaque(0x1.fffffffffffffp+1023), b = opaque(0x1p-1074);
    show("fmod", a, fmod(a, b));
    show("fmod", a, fmod(a, opaque(3.0)));
    show("remainder", a, remainder(a, opaque(7.0)));
    show("sqrt", b, sqrt(b));
    printf("fmodf(%a) = %a\n", 0x1.fffffep+127, fmodf((float)opaque(0x1.fffffep+127), (float)opaque(0x1p-149)));
    printf("roundf(%a) = %a\n", 2.5, roundf((float)opaque(2.5)));
    printf("fmaxf(1, 2) = %a, fminf(1, 2) = %a\n", fmaxf((float)opaque(1), 2.0f), fminf((float)opaque(1), 2.0f));
    return 0;
}
