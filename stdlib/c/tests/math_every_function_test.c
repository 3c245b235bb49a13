/* math_every_function_test.c: every function of our math.h, called once
 * through a pointer (so that the compiler can neither fold the call nor
 * swap it for another). A wrapper that the compiler had turned back into a
 * call of itself (fmaxf written as (float)fmax(x, y) at -O2, say) recurses
 * until the stack is exhausted; a missing one does not link. Results are
 * printed to 10 digits (doubles) and 6 (floats), which libms agree on. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare exp10, sincos, lgamma_r and friends */
#endif
#include <math.h>
#include <stdio.h>

typedef double (*unary)(double);
typedef double (*binary)(double, double);
typedef float (*unary_float)(float);
typedef float (*binary_float)(float, float);

#define UNARY(name, argument) {#name, name, argument}
#define BINARY(name, left, right) {#name, name, left, right}

static const struct {
    const char *name;
    unary function;
    double argument;
} unaries[] = {
    UNARY(fabs, -2.5),  UNARY(sqrt, 2.0),   UNARY(floor, -2.5), UNARY(ceil, -2.5),  UNARY(trunc, -2.5),
    UNARY(round, 2.5),  UNARY(rint, 2.5),   UNARY(nearbyint, 3.5), UNARY(logb, 0.1), UNARY(exp, 1.5),
    UNARY(exp2, 1.5),   UNARY(expm1, 0.25), UNARY(log, 7.0),    UNARY(log2, 7.0),   UNARY(log10, 7.0),
    UNARY(log1p, 0.25), UNARY(cbrt, -7.0),  UNARY(sin, 2.0),    UNARY(cos, 2.0),    UNARY(tan, 2.0),
    UNARY(asin, 0.4),   UNARY(acos, 0.4),   UNARY(atan, 2.0),   UNARY(sinh, 1.5),   UNARY(cosh, 1.5),
    UNARY(tanh, 0.75),  UNARY(asinh, 1.5),  UNARY(acosh, 1.5),  UNARY(atanh, 0.5),  UNARY(erf, 0.75),
    UNARY(erfc, 0.75),  UNARY(lgamma, 4.5), UNARY(tgamma, 4.5), UNARY(exp10, 1.5),
};

static const struct {
    const char *name;
    binary function;
    double left, right;
} binaries[] = {
    BINARY(fmin, 1.0, 2.0),      BINARY(fmax, 1.0, 2.0),  BINARY(fdim, 5.0, 2.0),      BINARY(copysign, 3.0, -1.0),
    BINARY(fmod, 10.0, 3.0),     BINARY(remainder, 11.0, 3.0), BINARY(nextafter, 1.0, 2.0), BINARY(pow, 1.5, 2.5),
    BINARY(hypot, 3.0, 4.0),     BINARY(atan2, 1.0, -2.0),
};

static const struct {
    const char *name;
    unary_float function;
    float argument;
} float_unaries[] = {
    UNARY(fabsf, -2.5f),  UNARY(sqrtf, 2.0f),   UNARY(floorf, -2.5f), UNARY(ceilf, -2.5f), UNARY(truncf, -2.5f),
    UNARY(roundf, 2.5f),  UNARY(rintf, 2.5f),   UNARY(nearbyintf, 3.5f), UNARY(logbf, 0.1f), UNARY(expf, 1.5f),
    UNARY(exp2f, 1.5f),   UNARY(expm1f, 0.25f), UNARY(logf, 7.0f),    UNARY(log2f, 7.0f),  UNARY(log10f, 7.0f),
    UNARY(log1pf, 0.25f), UNARY(cbrtf, -7.0f),  UNARY(sinf, 2.0f),    UNARY(cosf, 2.0f),   UNARY(tanf, 2.0f),
    UNARY(asinf, 0.4f),   UNARY(acosf, 0.4f),   UNARY(atanf, 2.0f),   UNARY(sinhf, 1.5f),  UNARY(coshf, 1.5f),
    UNARY(tanhf, 0.75f),  UNARY(asinhf, 1.5f),  UNARY(acoshf, 1.5f),  UNARY(atanhf, 0.5f), UNARY(erff, 0.75f),
    UNARY(erfcf, 0.75f),  UNARY(lgammaf, 4.5f), UNARY(tgammaf, 4.5f), UNARY(exp10f, 1.5f),
};

static const struct {
    const char *name;
    binary_float function;
    float left, right;
} float_binaries[] = {
    BINARY(fminf, 1.0f, 2.0f),  BINARY(fmaxf, 1.0f, 2.0f),       BINARY(fdimf, 5.0f, 2.0f),
    BINARY(copysignf, 3.0f, -1.0f), BINARY(fmodf, 10.0f, 3.0f),  BINARY(remainderf, 11.0f, 3.0f),
    BINARY(nextafterf, 1.0f, 2.0f), BINARY(powf, 1.5f, 2.5f),    BINARY(hypotf, 3.0f, 4.0f),
    BINARY(atan2f, 1.0f, -2.0f),
};

/* Integer results and odd signatures, through pointers as well. */
static long (*volatile lround_pointer)(double) = lround;
static long long (*volatile llround_pointer)(double) = llround;
static long (*volatile lrint_pointer)(double) = lrint;
static long long (*volatile llrint_pointer)(double) = llrint;
static long (*volatile lroundf_pointer)(float) = lroundf;
static long long (*volatile llroundf_pointer)(float) = llroundf;
static long (*volatile lrintf_pointer)(float) = lrintf;
static long long (*volatile llrintf_pointer)(float) = llrintf;
static int (*volatile ilogb_pointer)(double) = ilogb;
static int (*volatile ilogbf_pointer)(float) = ilogbf;
static double (*volatile fma_pointer)(double, double, double) = fma;
static float (*volatile fmaf_pointer)(float, float, float) = fmaf;
static double (*volatile modf_pointer)(double, double *) = modf;
static float (*volatile modff_pointer)(float, float *) = modff;
static double (*volatile frexp_pointer)(double, int *) = frexp;
static float (*volatile frexpf_pointer)(float, int *) = frexpf;
static double (*volatile ldexp_pointer)(double, int) = ldexp;
static float (*volatile ldexpf_pointer)(float, int) = ldexpf;
static double (*volatile scalbn_pointer)(double, int) = scalbn;
static float (*volatile scalbnf_pointer)(float, int) = scalbnf;
static double (*volatile scalbln_pointer)(double, long) = scalbln;
static float (*volatile scalblnf_pointer)(float, long) = scalblnf;
static double (*volatile remquo_pointer)(double, double, int *) = remquo;
static float (*volatile remquof_pointer)(float, float, int *) = remquof;
static double (*volatile nexttoward_pointer)(double, long double) = nexttoward;
static float (*volatile nexttowardf_pointer)(float, long double) = nexttowardf;
static double (*volatile nan_pointer)(const char *) = nan;
static float (*volatile nanf_pointer)(const char *) = nanf;
static void (*volatile sincos_pointer)(double, double *, double *) = sincos;
static void (*volatile sincosf_pointer)(float, float *, float *) = sincosf;
static double (*volatile lgamma_r_pointer)(double, int *) = lgamma_r;
static float (*volatile lgammaf_r_pointer)(float, int *) = lgammaf_r;

int main(void) {
    for (size_t index = 0; index < sizeof unaries / sizeof *unaries; index++)
        printf("%s(%g) = %.10g\n", unaries[index].name, unaries[index].argument,
               unaries[index].function(unaries[index].argument));
    for (size_t index = 0; index < sizeof binaries / sizeof *binaries; index++)
        printf("%s(%g, %g) = %.10g\n", binaries[index].name, binaries[index].left, binaries[index].right,
               binaries[index].function(binaries[index].left, binaries[index].right));
    for (size_t index = 0; index < sizeof float_unaries / sizeof *float_unaries; index++)
        printf("%s(%g) = %.6g\n", float_unaries[index].name, float_unaries[index].argument,
               float_unaries[index].function(float_unaries[index].argument));
    for (size_t index = 0; index < sizeof float_binaries / sizeof *float_binaries; index++)
        printf("%s(%g, %g) = %.6g\n", float_binaries[index].name, float_binaries[index].left,
               float_binaries[index].right, float_binaries[index].function(float_binaries[index].left,
                                                                            float_binaries[index].right));
    printf("lround %ld llround %lld lrint %ld llrint %lld\n", lround_pointer(-2.5), llround_pointer(2.5),
           lrint_pointer(2.5), llrint_pointer(3.5));
    printf("lroundf %ld llroundf %lld lrintf %ld llrintf %lld\n", lroundf_pointer(-2.5f), llroundf_pointer(2.5f),
           lrintf_pointer(2.5f), llrintf_pointer(3.5f));
    printf("ilogb %d ilogbf %d\n", ilogb_pointer(1000.0), ilogbf_pointer(1000.0f));
    printf("fma %.10g fmaf %.6g\n", fma_pointer(1.5, 2.0, 0.25), fmaf_pointer(1.5f, 2.0f, 0.25f));
    double whole;
    float whole_float;
    double fraction = modf_pointer(-3.75, &whole);
    float fraction_float = modff_pointer(-3.75f, &whole_float);
    printf("modf %g %g modff %g %g\n", fraction, whole, fraction_float, whole_float);
    int exponent, exponent_float;
    fraction = frexp_pointer(48.0, &exponent);
    fraction_float = frexpf_pointer(48.0f, &exponent_float);
    printf("frexp %g %d frexpf %g %d\n", fraction, exponent, fraction_float, exponent_float);
    printf("ldexp %g ldexpf %g scalbn %g scalbnf %g scalbln %g scalblnf %g\n", ldexp_pointer(0.75, 4),
           ldexpf_pointer(0.75f, 4), scalbn_pointer(0.75, -2), scalbnf_pointer(0.75f, -2), scalbln_pointer(3.0, 3L),
           scalblnf_pointer(3.0f, 3L));
    int quotient, quotient_float;
    double rest = remquo_pointer(29.0, 3.0, &quotient);
    float rest_float = remquof_pointer(-29.0f, 3.0f, &quotient_float);
    printf("remquo %g %d remquof %g %d\n", rest, quotient, rest_float, quotient_float);
    printf("nexttoward %a nexttowardf %a\n", nexttoward_pointer(1.0, 2.0L), nexttowardf_pointer(1.0f, 0.0L));
    printf("nan %d nanf %d\n", isnan(nan_pointer("")), isnan(nanf_pointer("")));
    double sine, cosine;
    float sine_float, cosine_float;
    sincos_pointer(1.0, &sine, &cosine);
    sincosf_pointer(1.0f, &sine_float, &cosine_float);
    printf("sincos %.10g %.10g sincosf %.6g %.6g\n", sine, cosine, sine_float, cosine_float);
    int sign, sign_float;
    double log_gamma = lgamma_r_pointer(-2.5, &sign);
    float log_gamma_float = lgammaf_r_pointer(-2.5f, &sign_float);
    printf("lgamma_r %.10g %d lgammaf_r %.6g %d\n", log_gamma, sign, log_gamma_float, sign_float);
    return 0;
}
