/* bessel_test.c: j0 j1 jn y0 y1 yn and their float versions, against the
 * host's glibc. Special values (zeros, infinities, NaN, negative arguments,
 * overflow and underflow) and errno are printed exactly; other values to
 * 12 significant digits for doubles and 5 for floats, since glibc's own
 * results are a few ulp off (and far off next to the zeros, which are
 * therefore not printed here: stdlib/c/tests/tools/bessel_ulp.py measures
 * our errors against mpmath, about half an ulp everywhere). Inputs go
 * through a volatile so that the compiler can neither fold the calls nor
 * evaluate them itself. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the Bessel functions under -std=c11 */
#endif
#include <errno.h>
#include <math.h>
#include <stdio.h>

static volatile double sink;
static volatile float sink_float;

static double opaque(double x) {
    sink = x;
    return sink;
}

static float opaque_float(float x) {
    sink_float = x;
    return sink_float;
}

/* Zeros, infinities and NaN exactly (NaN without its sign, which libms
 * choose differently), anything else to `digits` significant digits. */
static void print_value(double value, int digits) {
    if (isnan(value))
        printf("nan");
    else if (value == 0 || isinf(value))
        printf("%a", value);
    else
        printf("%.*g", digits, value);
}

static void show(const char *label, double argument, double value, int error) {
    printf("%s(%.17g) = ", label, argument);
    print_value(value, 12);
    printf(error ? " errno %d\n" : "\n", error);
}

static void show_order(const char *label, int n, double argument, double value, int error) {
    printf("%s(%d, %.17g) = ", label, n, argument);
    print_value(value, 12);
    printf(error ? " errno %d\n" : "\n", error);
}

static void show_float(const char *label, float argument, float value, int error) {
    printf("%s(%.9g) = ", label, (double)argument);
    print_value(value, 5);
    printf(error ? " errno %d\n" : "\n", error);
}

typedef double (*unary)(double);

int main(void) {
    static const struct {
        const char *name;
        unary function;
    } functions[] = {{"j0", j0}, {"j1", j1}, {"y0", y0}, {"y1", y1}};

    /* Special arguments. */
    static const double special[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, -1.0, -0x1p-1074, 0x1p-1074,
                                     0x1p-1022, 1e-310, 1e-300, 0x1p-30, -1e-5, -3.5, -1e300};
    for (size_t f = 0; f < 4; f++)
        for (size_t i = 0; i < sizeof special / sizeof *special; i++) {
            double x = opaque(special[i]);
            errno = 0;
            double value = functions[f].function(x);
            show(functions[f].name, x, value, errno);
        }

    /* Values over the whole range: the power series, the Taylor series
     * about the zeros and extrema, Hankel's expansion, huge arguments. */
    static const double arguments[] = {1e-20, 1e-8,  0.001, 0.1,  0.25,  0.5,   0.625, 0.75,  1.0,    1.25,
                                       1.5,   1.75,  2.0,   2.25, 2.75,  3.0,   3.25,  4.5,   5.0,    6.0,
                                       7.5,   9.0,   10.0,  12.5, 15.0,  17.25, 20.0,  25.0,  30.0,   35.5,
                                       39.0,  40.5,  41.0,  45.0, 50.0,  64.0,  100.0, 250.0, 1000.0, 12345.678,
                                       1e5,   1e6,   1e8,   1e10, 1e15,  1e17,  1e20,  1e22,  1e100,  1e200,
                                       1e300, 0x1.fffffffffffffp+1023};
    for (size_t f = 0; f < 4; f++)
        for (size_t i = 0; i < sizeof arguments / sizeof *arguments; i++) {
            double x = opaque(arguments[i]);
            errno = 0;
            double value = functions[f].function(x);
            show(functions[f].name, x, value, errno);
        }
    /* Odd and even: j1(-x) = -j1(x), j0(-x) = j0(x). */
    show("j0", -7.5, j0(opaque(-7.5)), 0);
    show("j1", -7.5, j1(opaque(-7.5)), 0);
    show("j1", -1e10, j1(opaque(-1e10)), 0);

    /* Integer orders: forward recurrence (n <= x), Miller's backward
     * recurrence and the series (n > x), Hankel's expansion (x >> n^2). */
    static const int orders[] = {2, 3, 5, 10, 20, 50, 100, -2, -3};
    static const double order_arguments[] = {1e-5, 0.5, 1.0, 2.5, 4.0, 7.0, 12.0, 25.0, 60.0, 75.5, 150.0, 1e4, 1e9};
    for (size_t i = 0; i < sizeof orders / sizeof *orders; i++)
        for (size_t k = 0; k < sizeof order_arguments / sizeof *order_arguments; k++) {
            double x = opaque(order_arguments[k]);
            errno = 0;
            double value = jn(orders[i], x);
            show_order("jn", orders[i], x, value, errno);
            errno = 0;
            value = yn(orders[i], x);
            show_order("yn", orders[i], x, value, errno);
        }
    /* Orders 0 and 1 go to j0, j1, y0, y1; negative x for jn. */
    show_order("jn", 0, 3.5, jn(0, opaque(3.5)), 0);
    show_order("jn", 1, 3.5, jn(1, opaque(3.5)), 0);
    show_order("yn", 0, 3.5, yn(0, opaque(3.5)), 0);
    show_order("yn", -1, 3.5, yn(-1, opaque(3.5)), 0);
    show_order("jn", 3, -2.5, jn(3, opaque(-2.5)), 0);
    show_order("jn", 4, -2.5, jn(4, opaque(-2.5)), 0);
    show_order("jn", -3, -2.5, jn(-3, opaque(-2.5)), 0);

    /* Special values of jn and yn, overflow and underflow. */
    static const struct {
        int n;
        double x;
    } order_special[] = {{2, 0.0},     {3, -0.0},     {2, -0.0},    {-3, 0.0},       {2, INFINITY},  {3, -INFINITY},
                         {2, NAN},     {1000, 1.0},   {100000, 1.0}, {10, 1e-300},   {50, 1e-20},    {300, 10.0},
                         {-1, 0.0},    {-2, 0.0},     {3, -1.0},    {3, -INFINITY},  {200, 1.0},     {1000, 1.0},
                         {2, 1e-310},  {-1, 1e-310},  {-2, 1e-310}, {1000000, 999999.5}, {5, 1e300}};
    for (size_t i = 0; i < sizeof order_special / sizeof *order_special; i++) {
        double x = opaque(order_special[i].x);
        int n = order_special[i].n;
        errno = 0;
        double value = jn(n, x);
        show_order("jn", n, x, value, errno);
        if (n == 1000000)
            continue; /* yn would recur a million steps in both libraries: slow, not hard */
        errno = 0;
        value = yn(n, x);
        show_order("yn", n, x, value, errno);
    }

    /* The float versions. */
    static const float float_arguments[] = {0.0f, -0.0f, 0x1p-149f, 1e-20f, 0.1f, 0.75f, 1.5f,    3.0f,
                                            5.5f, 9.0f,  17.0f,     33.0f,  50.0f, 1e4f, 1e20f, 3e38f,
                                            INFINITY, -1.0f, NAN};
    for (size_t i = 0; i < sizeof float_arguments / sizeof *float_arguments; i++) {
        float x = opaque_float(float_arguments[i]);
        errno = 0;
        float value = j0f(x);
        show_float("j0f", x, value, errno);
        errno = 0;
        value = j1f(x);
        show_float("j1f", x, value, errno);
        errno = 0;
        value = y0f(x);
        show_float("y0f", x, value, errno);
        errno = 0;
        value = y1f(x);
        show_float("y1f", x, value, errno);
        errno = 0;
        value = jnf(3, x);
        show_float("jnf(3)", x, value, errno);
        errno = 0;
        value = ynf(3, x);
        show_float("ynf(3)", x, value, errno);
    }
    return 0;
}
