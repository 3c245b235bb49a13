/* math_test.c: math.h on fixed inputs. Exact results are printed with 17
 * digits; approximations with 12, so that the last-bit differences allowed
 * between libms do not show. The output must match the host's glibc.
 * (errno is not checked: clang assumes -fno-math-errno for wasm32.) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <float.h>
#include <math.h>
#include <stdio.h>

static void exact(const char *label, double value) {
    printf("%s = %.17g\n", label, value);
}

static void approximate(const char *label, double value) {
    printf("%s = %.12g\n", label, value);
}

int main(void) {
    exact("sqrt(2)", sqrt(2.0));
    exact("sqrt(1e-310)", sqrt(1e-310));
    exact("floor(-2.5)", floor(-2.5));
    exact("ceil(-2.5)", ceil(-2.5));
    exact("trunc(-2.7)", trunc(-2.7));
    exact("round(2.5)", round(2.5));
    exact("round(-2.5)", round(-2.5));
    exact("round(0.49999999999999994)", round(0.49999999999999994));
    exact("rint(2.5)", rint(2.5));
    exact("rint(3.5)", rint(3.5));
    printf("lround(-3.5) = %ld, llround(1e15+0.5) = %lld\n", lround(-3.5), llround(1e15 + 0.5));
    exact("fabs(-0.0)", fabs(-0.0));
    exact("fmod(10, 3)", fmod(10.0, 3.0));
    exact("fmod(-10, 3)", fmod(-10.0, 3.0));
    exact("fmod(5.5, 1.25)", fmod(5.5, 1.25));
    exact("fmod(1e300, 3)", fmod(1e300, 3.0));
    exact("fmod(1, 0.1)", fmod(1.0, 0.1));
    exact("remainder(10, 3)", remainder(10.0, 3.0));
    exact("remainder(11, 3)", remainder(11.0, 3.0));
    double integral;
    exact("modf(-3.75) fraction", modf(-3.75, &integral));
    exact("modf(-3.75) integral", integral);
    int exponent;
    exact("frexp(48) fraction", frexp(48.0, &exponent));
    printf("frexp(48) exponent = %d\n", exponent);
    exact("frexp(5e-320) fraction", frexp(5e-320, &exponent));
    printf("frexp(5e-320) exponent = %d\n", exponent);
    exact("ldexp(0.75, 4)", ldexp(0.75, 4));
    exact("ldexp(1, -1074)", ldexp(1.0, -1074));
    exact("ldexp(1, 1024)", ldexp(1.0, 1024));
    printf("ilogb(1000) = %d, logb(0.1) = %g\n", ilogb(1000.0), logb(0.1));
    exact("nextafter(1, 2)", nextafter(1.0, 2.0));
    exact("copysign(3, -0.0)", copysign(3.0, -0.0));
    exact("fmin(-0.0, 0.0)", fmin(-0.0, 0.0));
    exact("fmax(NAN, 1)", fmax(NAN, 1.0));
    exact("hypot(3, 4)", hypot(3.0, 4.0));
    exact("hypot(1e300, 1e300)", hypot(1e300, 1e300));
    exact("cbrt(27)", cbrt(27.0));
    exact("cbrt(-0.001)", cbrt(-0.001));
    exact("pow(2, 10)", pow(2.0, 10.0));
    exact("pow(10, 15)", pow(10.0, 15.0));
    exact("pow(-2, 3)", pow(-2.0, 3.0));
    exact("pow(4, 0.5)", pow(4.0, 0.5));
    exact("pow(0, -1)", pow(0.0, -1.0));
    printf("pow(-8, 1.0/3) is nan: %d\n", isnan(pow(-8.0, 1.0 / 3.0)) != 0);
    exact("pow(1, NAN)", pow(1.0, NAN));
    exact("pow(-1, INFINITY)", pow(-1.0, INFINITY));
    exact("pow(0.5, -INFINITY)", pow(0.5, -INFINITY));
    exact("exp(0)", exp(0.0));
    exact("exp(1000)", exp(1000.0));
    exact("exp(-1000)", exp(-1000.0));
    exact("exp2(10)", exp2(10.0));
    exact("exp2(-1074)", exp2(-1074.0));
    exact("log(1)", log(1.0));
    exact("log(0)", log(0.0));
    exact("log(-1)", fabs(log(-1.0)));
    exact("log2(1024)", log2(1024.0));
    exact("log2(0.125)", log2(0.125));
    exact("log10(1000)", log10(1000.0));
    exact("log10(1e-5)", log10(1e-5));
    exact("sin(0)", sin(0.0));
    exact("cos(0)", cos(0.0));
    exact("atan(INFINITY)", atan(INFINITY));
    exact("atan2(0, -1)", atan2(0.0, -1.0));
    exact("atan2(-0.0, -1)", atan2(-0.0, -1.0));
    exact("atan2(1, 0)", atan2(1.0, 0.0));
    exact("asin(1)", asin(1.0));
    exact("acos(-1)", acos(-1.0));
    exact("tanh(30)", tanh(30.0));

    approximate("exp(1)", exp(1.0));
    approximate("exp(-2.5)", exp(-2.5));
    approximate("exp(700)", exp(700.0));
    approximate("expm1(1e-10)", expm1(1e-10));
    approximate("expm1(0.7)", expm1(0.7));
    approximate("log(10)", log(10.0));
    approximate("log(1e-300)", log(1e-300));
    approximate("log1p(1e-12)", log1p(1e-12));
    approximate("log1p(-0.5)", log1p(-0.5));
    approximate("log2(10)", log2(10.0));
    approximate("log10(2)", log10(2.0));
    approximate("pow(2.5, 3.7)", pow(2.5, 3.7));
    approximate("pow(1.0001, 100000)", pow(1.0001, 100000.0));
    approximate("pow(10, -300)", pow(10.0, -300.0));
    for (double angle = -7.0; angle <= 7.0; angle += 0.875) {
        printf("angle %.3f: ", angle);
        printf("sin %.12g cos %.12g tan %.12g\n", sin(angle), cos(angle), tan(angle));
    }
    approximate("sin(1e6)", sin(1e6));
    approximate("cos(1e10)", cos(1e10));
    approximate("sin(1e15)", sin(1e15));
    approximate("atan(0.5)", atan(0.5));
    approximate("atan(-3)", atan(-3.0));
    approximate("atan2(1, -1)", atan2(1.0, -1.0));
    approximate("atan2(-2, -3)", atan2(-2.0, -3.0));
    approximate("asin(0.3)", asin(0.3));
    approximate("acos(0.3)", acos(0.3));
    approximate("sinh(2)", sinh(2.0));
    approximate("cosh(-2)", cosh(-2.0));
    approximate("tanh(0.3)", tanh(0.3));
    approximate("asinh(2)", asinh(2.0));
    approximate("acosh(2)", acosh(2.0));
    approximate("atanh(0.5)", atanh(0.5));
    approximate("cbrt(2)", cbrt(2.0));
    printf("sinf(1) = %.6g, powf(2, 0.5) = %.6g, sqrtf(2) = %.6g\n", (double)sinf(1.0f), (double)powf(2.0f, 0.5f),
           (double)sqrtf(2.0f));
    printf("classify: %d %d %d %d %d\n", fpclassify(0.0) == FP_ZERO, fpclassify(1e-310) == FP_SUBNORMAL,
           fpclassify(1.0) == FP_NORMAL, fpclassify(INFINITY) == FP_INFINITE, fpclassify(NAN) == FP_NAN);
    printf("isnan %d isinf %d isfinite %d signbit %d\n", isnan(NAN) != 0, isinf(-INFINITY) != 0, isfinite(1.0) != 0,
           signbit(-0.0) != 0);
    return 0;
}
