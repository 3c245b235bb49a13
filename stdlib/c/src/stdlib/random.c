/* random.c: rand/srand (a 64-bit linear congruential generator; the high bits are returned). */
#include <stdlib.h>

static unsigned long long state = 1;

void srand(unsigned int seed) {
    state = seed;
}

static int next_value(unsigned long long *generator) {
    *generator = *generator * 6364136223846793005ULL + 1442695040888963407ULL;
    return (int)(*generator >> 33);
}

int rand(void) {
    return next_value(&state);
}

int rand_r(unsigned int *seed) {
    unsigned long long generator = *seed;
    int value = next_value(&generator);
    *seed = (unsigned int)generator;
    return value;
}
