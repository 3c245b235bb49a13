/* fib: prints the first N Fibonacci numbers (default 20), one per line. */
#include <stdio.h>
#include <stdlib.h>

/* F(92) is the largest that fits in a long long. */
#define MAX_COUNT 93

int main(int argc, char **argv) {
    long count = 20;
    if (argc > 1) {
        char *end;
        count = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || count < 0) {
            fprintf(stderr, "fib: %s: not a valid count\n", argv[1]);
            return 1;
        }
        if (count > MAX_COUNT) {
            fprintf(stderr, "fib: %ld: at most %d numbers fit in 64 bits\n", count, MAX_COUNT);
            return 1;
        }
    }
    long long previous = 0, current = 1;
    for (long index = 0; index < count; index++) {
        printf("%lld\n", previous);
        long long next = previous + current;
        previous = current;
        current = next;
    }
    return 0;
}
