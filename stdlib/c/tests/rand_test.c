/* rand and srand give glibc's sequences (random()'s generator, whose state
 * they share), and rand_r glibc's own three-step LCG. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>

static void print_rand(const char *label, int count) {
    printf("%s:", label);
    for (int index = 0; index < count; index++)
        printf(" %d", rand());
    printf("\n");
}

int main(void) {
    printf("RAND_MAX %d\n", RAND_MAX);
    print_rand("unseeded", 8);
    srand(1);
    print_rand("srand(1)", 8);
    srand(0);
    print_rand("srand(0)", 4);
    srand(12345);
    print_rand("srand(12345)", 6);
    srand(4294967295u);
    print_rand("srand(UINT_MAX)", 4);

    /* One state for both: random() moves rand() on, srandom() seeds it. */
    srand(7);
    int first = rand();
    srandom(7);
    printf("srandom(7) then rand() repeats srand(7): %s\n", rand() == first ? "yes" : "no");
    (void)random();
    print_rand("after one random()", 3);

    long long sum = 0;
    srand(99);
    for (int index = 0; index < 100000; index++)
        sum += rand();
    printf("sum of 100000 after srand(99): %lld; next %d\n", sum, rand());

    unsigned int seeds[] = {0, 1, 42, 123456789, 4294967295u};
    for (unsigned index = 0; index < sizeof seeds / sizeof seeds[0]; index++) {
        unsigned int seed = seeds[index];
        printf("rand_r(%u):", seeds[index]);
        for (int step = 0; step < 6; step++)
            printf(" %d", rand_r(&seed));
        printf(" (seed now %u)\n", seed);
    }
    return 0;
}
