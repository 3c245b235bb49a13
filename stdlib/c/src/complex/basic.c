/* basic.c: the parts, the modulus and the argument, conj and cproj, for
 * double, float and long double (all exact but cabs and carg, which are
 * hypot and atan2). */
#include "internal.h"

double creal(double _Complex z) { return REAL(z); }
double cimag(double _Complex z) { return IMAG(z); }
double _Complex conj(double _Complex z) { return make_complex(REAL(z), -IMAG(z)); }

double cabs(double _Complex z) {
    SAVE_ERRNO;
    double result = hypot(REAL(z), IMAG(z));
    RESTORE_ERRNO;
    return result;
}

double carg(double _Complex z) { return atan2(IMAG(z), REAL(z)); }

/* The projection onto the Riemann sphere: every infinity goes to +inf +-i0. */
double _Complex cproj(double _Complex z) {
    if (isinf(REAL(z)) || isinf(IMAG(z)))
        return make_complex(INFINITY, copysign(0.0, IMAG(z)));
    return z;
}

float crealf(float _Complex z) { return __builtin_crealf(z); }
float cimagf(float _Complex z) { return __builtin_cimagf(z); }
float _Complex conjf(float _Complex z) { return __builtin_complex(__builtin_crealf(z), -__builtin_cimagf(z)); }
float cabsf(float _Complex z) { return (float)cabs(make_complex(__builtin_crealf(z), __builtin_cimagf(z))); }
float cargf(float _Complex z) { return (float)atan2(__builtin_cimagf(z), __builtin_crealf(z)); }

float _Complex cprojf(float _Complex z) {
    if (isinf(__builtin_crealf(z)) || isinf(__builtin_cimagf(z)))
        return __builtin_complex(INFINITY, copysignf(0.0f, __builtin_cimagf(z)));
    return z;
}

long double creall(long double _Complex z) { return __builtin_creall(z); }
long double cimagl(long double _Complex z) { return __builtin_cimagl(z); }
long double _Complex conjl(long double _Complex z) {
    return __builtin_complex(__builtin_creall(z), -__builtin_cimagl(z));
}
long double cabsl(long double _Complex z) { return hypotl(__builtin_creall(z), __builtin_cimagl(z)); }
long double cargl(long double _Complex z) { return atan2l(__builtin_cimagl(z), __builtin_creall(z)); }

long double _Complex cprojl(long double _Complex z) {
    if (isinf(__builtin_creall(z)) || isinf(__builtin_cimagl(z)))
        return __builtin_complex((long double)INFINITY, copysignl(0.0L, __builtin_cimagl(z)));
    return z;
}
