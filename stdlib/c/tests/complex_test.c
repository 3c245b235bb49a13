/* complex_test.c: <complex.h> against the host's glibc: the macros, the
 * exact functions, every function over a grid of special values (signed
 * zeros, infinities, NaN: C11 Annex G, with glibc's choice where Annex G
 * leaves a sign open) and at ordinary points, for double, float and long
 * double. Zeros, infinities and NaN are printed exactly (NaN without its
 * sign, which libms choose differently), other values to 12 significant
 * digits (doubles) or 5 (floats): glibc's results are often an ulp or two
 * from ours (stdlib/c/tests/tools/complex_ulp.py measures ours against
 * mpmath). long double goes through double here, glibc's is x87's, so
 * those print through double to 12 digits too. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <complex.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>

static volatile double sink;

static double opaque(double x) {
    sink = x;
    return sink;
}

static void print_part(double value, int digits) {
    if (isnan(value))
        printf("nan");
    else if (value == 0 || isinf(value))
        printf("%a", value);
    else
        printf("%.*g", digits, value);
}

static void print_complex(double complex z, int digits) {
    print_part(creal(z), digits);
    printf(" ");
    print_part(cimag(z), digits);
}

static void show(const char *label, double complex argument, double complex value) {
    printf("%s(", label);
    print_complex(argument, 17);
    printf(") = ");
    print_complex(value, 12);
    printf("\n");
}

typedef double complex (*function)(double complex);
typedef float complex (*function_float)(float complex);
typedef long double complex (*function_long)(long double complex);

#define ENTRY(name) {#name, name, name##f, name##l}

static const struct {
    const char *name;
    function call;
    function_float call_float;
    function_long call_long;
} functions[] = {
    ENTRY(cexp),  ENTRY(clog),  ENTRY(csqrt), ENTRY(csin),   ENTRY(ccos),   ENTRY(ctan),   ENTRY(csinh),
    ENTRY(ccosh), ENTRY(ctanh), ENTRY(casin), ENTRY(cacos),  ENTRY(catan),  ENTRY(casinh), ENTRY(cacosh),
    ENTRY(catanh), ENTRY(conj), ENTRY(cproj),
};

#define COUNT(array) (sizeof(array) / sizeof *(array))

int main(void) {
    /* The macros. */
    double complex i = I;
    printf("I = %g %g, _Complex_I = %g %g, sizeof I %zu\n", creal(i), cimag(i), creal(_Complex_I), cimag(_Complex_I),
           sizeof I);
    double complex built = CMPLX(opaque(INFINITY), opaque(NAN));
    printf("CMPLX(inf, nan) = ");
    print_complex(built, 12);
    built = CMPLX(opaque(-0.0), opaque(INFINITY));
    printf(", CMPLX(-0, inf) = ");
    print_complex(built, 12);
    float complex built_float = CMPLXF(opaque(1.5), opaque(-0.0));
    long double complex built_long = CMPLXL(opaque(-2.5), opaque(0.25));
    printf(", CMPLXF = %g %a, CMPLXL = %g %g\n", crealf(built_float), cimagf(built_float), (double)creall(built_long),
           (double)cimagl(built_long));
    double complex sum = opaque(1.5) + opaque(2.0) * I;
    printf("1.5 + 2i: creal %g cimag %g cabs %.12g carg %.12g\n", creal(sum), cimag(sum), cabs(sum), carg(sum));
    double complex product = sum * (opaque(3.0) - opaque(4.0) * I), quotient = sum / (opaque(3.0) - opaque(4.0) * I);
    printf("(1.5 + 2i)(3 - 4i) = %g %g, (1.5 + 2i)/(3 - 4i) = %.12g %.12g\n", creal(product), cimag(product),
           creal(quotient), cimag(quotient));
    printf("cabsf %.6g cargf %.6g cabsl %.12g cargl %.12g crealf %g cimagl %g\n", (double)cabsf(3.0f + 4.0f * I),
           (double)cargf(-1.0f - 0.0f * I), (double)cabsl(5.0L + 12.0L * I), (double)cargl(CMPLXL(-1.0L, -0.0L)),
           (double)crealf(built_float), (double)cimagl(built_long));
    printf("cabs(inf + i nan) = %g, cabs(nan + i 1) = %s, carg(-0 - i0) = %g\n", cabs(CMPLX(opaque(INFINITY), NAN)),
           isnan(cabs(CMPLX(opaque(NAN), 1.0))) ? "nan" : "number", carg(CMPLX(opaque(-0.0), -0.0)));

    /* Every function over special values. */
    static const double special[] = {0.0, -0.0, 0.5, -1.0, 1.0, 2.0, -3.0, 1e300, INFINITY, -INFINITY, NAN};
    for (size_t f = 0; f < COUNT(functions); f++)
        for (size_t a = 0; a < COUNT(special); a++)
            for (size_t b = 0; b < COUNT(special); b++) {
                double complex z = CMPLX(opaque(special[a]), opaque(special[b]));
                errno = 0;
                double complex value = functions[f].call(z);
                show(functions[f].name, z, value);
                if (errno)
                    printf("  errno %d\n", errno);
            }

    /* Ordinary points, in every quadrant, near the branch points and the
     * poles, and where parts overflow only on the way. */
    static const double complex points[] = {
        CMPLX(0.5, 0.25),     CMPLX(-1.75, 2.5),      CMPLX(3.0, -0.125),     CMPLX(-0.3, -0.7),
        CMPLX(1.0, 1e-10),    CMPLX(1.0000001, 1e-3), CMPLX(0.999, -1e-8),    CMPLX(1e-12, 1.0),
        CMPLX(-2e-9, 1.00001), CMPLX(0.6, 0.8),       CMPLX(0.7071, -0.7071), CMPLX(20.0, 1.5),
        CMPLX(-30.0, 0.75),   CMPLX(5.0, 30.0),       CMPLX(1e10, -1e10),     CMPLX(1e-200, 1e-210),
        CMPLX(710.0, 1.5),    CMPLX(-720.0, 0.5),     CMPLX(1e150, 1e150),    CMPLX(1.5707963267948966, 0.5),
    };
    for (size_t f = 0; f < COUNT(functions); f++)
        for (size_t p = 0; p < COUNT(points); p++) {
            double complex z = CMPLX(opaque(creal(points[p])), opaque(cimag(points[p])));
            show(functions[f].name, z, functions[f].call(z));
        }

    /* cpow: the principal value e^(w log z). */
    static const double complex bases[] = {CMPLX(2.0, 0.0), CMPLX(-8.0, 0.0), CMPLX(0.0, 1.0), CMPLX(1.5, -2.5),
                                           CMPLX(0.0, 0.0), CMPLX(INFINITY, 0.0), CMPLX(-0.5, 1e-3)};
    static const double complex exponents[] = {CMPLX(0.5, 0.0), CMPLX(3.0, 0.0), CMPLX(0.0, 1.0),
                                               CMPLX(-1.25, 0.5), CMPLX(0.0, 0.0), CMPLX(1.0, 0.0)};
    for (size_t b = 0; b < COUNT(bases); b++)
        for (size_t e = 0; e < COUNT(exponents); e++) {
            double complex z = CMPLX(opaque(creal(bases[b])), opaque(cimag(bases[b])));
            double complex w = CMPLX(opaque(creal(exponents[e])), opaque(cimag(exponents[e])));
            double complex value = cpow(z, w);
            printf("cpow(");
            print_complex(z, 17);
            printf(", ");
            print_complex(w, 17);
            printf(") = ");
            print_complex(value, 12);
            printf("\n");
        }

    /* float and long double. */
    static const double complex narrow_points[] = {CMPLX(0.5, 0.25), CMPLX(-1.75, 2.5), CMPLX(3.0, -0.125),
                                                   CMPLX(0.0, -0.0), CMPLX(INFINITY, 1.0), CMPLX(NAN, 0.0)};
    for (size_t f = 0; f < COUNT(functions); f++)
        for (size_t p = 0; p < COUNT(narrow_points); p++) {
            float complex z = CMPLXF(opaque(creal(narrow_points[p])), opaque(cimag(narrow_points[p])));
            float complex value = functions[f].call_float(z);
            printf("%sf(", functions[f].name);
            print_complex(CMPLX(crealf(z), cimagf(z)), 9);
            printf(") = ");
            print_complex(CMPLX(crealf(value), cimagf(value)), 5);
            long double complex z_long = CMPLXL(opaque(creal(narrow_points[p])), opaque(cimag(narrow_points[p])));
            long double complex value_long = functions[f].call_long(z_long);
            printf(", %sl = ", functions[f].name);
            print_complex(CMPLX((double)creall(value_long), (double)cimagl(value_long)), 12);
            printf("\n");
        }
    float complex power_float = cpowf(CMPLXF(1.5f, -2.5f), CMPLXF(-1.25f, 0.5f));
    long double complex power_long = cpowl(CMPLXL(1.5L, -2.5L), CMPLXL(-1.25L, 0.5L));
    printf("cpowf = %.5g %.5g, cpowl = %.12g %.12g\n", (double)crealf(power_float), (double)cimagf(power_float),
           (double)creall(power_long), (double)cimagl(power_long));
    float complex projected = cprojf(CMPLXF(opaque(-INFINITY), opaque(-2.0)));
    long double complex projected_long = cprojl(CMPLXL(opaque(3.0), opaque(-INFINITY)));
    printf("cprojf(-inf - 2i) = %g %a, cprojl(3 - i inf) = %g %a, conjf(1 + 2i) = %g %g\n",
           (double)crealf(projected), (double)cimagf(projected), (double)creall(projected_long),
           (double)cimagl(projected_long), (double)crealf(conjf(1.0f + 2.0f * I)), (double)cimagf(conjf(1.0f + 2.0f * I)));
    return 0;
}
