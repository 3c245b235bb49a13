/* math.h: the double and float mathematical functions of C99 and a few
 * common extensions (accuracy: stdlib/c/README.md). long double is IEEE
 * binary128 on wasm32, its arithmetic done by compiler-rt's builtins; the
 * long double functions are exact where the function is exact by nature,
 * and computed through double otherwise (src/math/long_double.c). */
#ifndef _MATH_H
#define _MATH_H

#ifdef __cplusplus
extern "C" {
#endif

typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERRNO

#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

double fabs(double x);
double sqrt(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double rint(double x);
double nearbyint(double x);
long lround(double x);
long long llround(double x);
long lrint(double x);
long long llrint(double x);
double fmin(double x, double y);
double fmax(double x, double y);
double fdim(double x, double y);
double fma(double x, double y, double z);
double copysign(double magnitude, double sign);
double fmod(double x, double y);
double remainder(double x, double y);
double modf(double x, double *integral);
double frexp(double x, int *exponent);
double ldexp(double x, int exponent);
double scalbn(double x, int exponent);
double scalbln(double x, long exponent);
int ilogb(double x);
double logb(double x);
double nextafter(double x, double toward);
double nan(const char *tag);
float nanf(const char *tag);
double remquo(double x, double y, int *quotient);
double nexttoward(double x, long double toward);

double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double cbrt(double x);
double hypot(double x, double y);

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);
double erf(double x);
double erfc(double x);
double lgamma(double x);
double tgamma(double x);

/* Common extensions (glibc declares them with _GNU_SOURCE or _DEFAULT_SOURCE). */
double exp10(double x);
float exp10f(float x);
void sincos(double x, double *sine, double *cosine);
void sincosf(float x, float *sine, float *cosine);
double lgamma_r(double x, int *sign);
float lgammaf_r(float x, int *sign);
/* The sign of gamma(x) from the last lgamma call. */
extern int signgam;

float fabsf(float x);
float sqrtf(float x);
float floorf(float x);
float ceilf(float x);
float truncf(float x);
float roundf(float x);
float rintf(float x);
long lroundf(float x);
float fminf(float x, float y);
float fmaxf(float x, float y);
float copysignf(float magnitude, float sign);
float fmodf(float x, float y);
float modff(float x, float *integral);
float frexpf(float x, int *exponent);
float ldexpf(float x, int exponent);
float expf(float x);
float exp2f(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float powf(float x, float y);
float cbrtf(float x);
float hypotf(float x, float y);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float asinf(float x);
float acosf(float x);
float atanf(float x);
float atan2f(float y, float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float fmaf(float x, float y, float z);
float expm1f(float x);
float nearbyintf(float x);
float scalbnf(float x, int exponent);
float scalblnf(float x, long exponent);
float acoshf(float x);
float asinhf(float x);
float atanhf(float x);
float log1pf(float x);
float fdimf(float x, float y);
int ilogbf(float x);
float logbf(float x);
long lrintf(float x);
long long llrintf(float x);
long long llroundf(float x);
float nextafterf(float x, float toward);
float nexttowardf(float x, long double toward);
float remainderf(float x, float y);
float remquof(float x, float y, int *quotient);
float erff(float x);
float erfcf(float x);
float lgammaf(float x);
float tgammaf(float x);

/* long double: exact functions on all 113 bits, the others through double. */
long double fabsl(long double x);
long double copysignl(long double magnitude, long double sign);
long double floorl(long double x);
long double ceill(long double x);
long double truncl(long double x);
long double roundl(long double x);
long double rintl(long double x);
long double nearbyintl(long double x);
long lrintl(long double x);
long long llrintl(long double x);
long lroundl(long double x);
long long llroundl(long double x);
long double fminl(long double x, long double y);
long double fmaxl(long double x, long double y);
long double fdiml(long double x, long double y);
long double fmal(long double x, long double y, long double z);
long double fmodl(long double x, long double y);
long double remainderl(long double x, long double y);
long double remquol(long double x, long double y, int *quotient);
long double modfl(long double x, long double *integral);
long double frexpl(long double x, int *exponent);
long double ldexpl(long double x, int exponent);
long double scalbnl(long double x, int exponent);
long double scalblnl(long double x, long exponent);
int ilogbl(long double x);
long double logbl(long double x);
long double nextafterl(long double x, long double toward);
long double nexttowardl(long double x, long double toward);
long double nanl(const char *tag);
long double sqrtl(long double x);
long double cbrtl(long double x);
long double hypotl(long double x, long double y);
long double expl(long double x);
long double exp2l(long double x);
long double expm1l(long double x);
long double logl(long double x);
long double log2l(long double x);
long double log10l(long double x);
long double log1pl(long double x);
long double powl(long double x, long double y);
long double sinl(long double x);
long double cosl(long double x);
long double tanl(long double x);
long double asinl(long double x);
long double acosl(long double x);
long double atanl(long double x);
long double atan2l(long double y, long double x);
long double sinhl(long double x);
long double coshl(long double x);
long double tanhl(long double x);
long double asinhl(long double x);
long double acoshl(long double x);
long double atanhl(long double x);
long double erfl(long double x);
long double erfcl(long double x);
long double lgammal(long double x);
long double tgammal(long double x);

/* Bessel functions of the first and second kind, integer order (POSIX
 * XSI; the float versions are GNU extensions). src/math/bessel.c. */
double j0(double x);
double j1(double x);
double jn(int n, double x);
double y0(double x);
double y1(double x);
double yn(int n, double x);
float j0f(float x);
float j1f(float x);
float jnf(int n, float x);
float y0f(float x);
float y1f(float x);
float ynf(int n, float x);

#ifdef __cplusplus
}
#endif

#endif
