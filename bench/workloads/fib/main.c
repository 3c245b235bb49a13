/* fib: benchmark workload, naive recursive Fibonacci (function calls).
 * Usage: fib [n]   (default 31) */
#include <stdio.h>
#include <stdlib.h>

#define DEFAULT_N 31
/* fib(46) is the largest that fits in 32 bits; recursion that deep is hours anyway. */
#define MAX_N 46

static unsigned fib(unsigned n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv) {
    long n = DEFAULT_N;
    if (argc > 1) {
        char *end;
        n = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || n < 0 || n > MAX_N) {
            fprintf(stderr, "fib: %s: n must be 0 to %d\n", argv[1], MAX_N);
            return 2;
        }
    }
    printf("fib(%ld) = %u\n", n, fib((unsigned)n));
    return 0;
}
