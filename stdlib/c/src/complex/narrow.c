/* narrow.c: the float and long double versions of the transcendental
 * complex functions, through the double ones: a float result is the
 * double one rounded once (within about half an ulp); a long double one
 * carries double's 53 bits, as the transcendental functions of math.h do. */
#include "internal.h"

static double _Complex from_float(float _Complex z) {
    return make_complex(__builtin_crealf(z), __builtin_cimagf(z));
}

static float _Complex to_float(double _Complex z) { return __builtin_complex((float)REAL(z), (float)IMAG(z)); }

static double _Complex from_long(long double _Complex z) {
    return make_complex((double)__builtin_creall(z), (double)__builtin_cimagl(z));
}

static long double _Complex to_long(double _Complex z) {
    return __builtin_complex((long double)REAL(z), (long double)IMAG(z));
}

#define NARROW(name)                                                                                                   \
    float _Complex name##f(float _Complex z) { return to_float(name(from_float(z))); }                               \
    long double _Complex name##l(long double _Complex z) { return to_long(name(from_long(z))); }

NARROW(cexp)
NARROW(clog)
NARROW(csqrt)
NARROW(csin)
NARROW(ccos)
NARROW(ctan)
NARROW(casin)
NARROW(cacos)
NARROW(catan)
NARROW(csinh)
NARROW(ccosh)
NARROW(ctanh)
NARROW(casinh)
NARROW(cacosh)
NARROW(catanh)

float _Complex cpowf(float _Complex z, float _Complex w) { return to_float(cpow(from_float(z), from_float(w))); }

long double _Complex cpowl(long double _Complex z, long double _Complex w) {
    return to_long(cpow(from_long(z), from_long(w)));
}
