/* random.c: rand/srand, which are random()/srandom() (the additive generator
 * of random_additive.c, whose state they share), as glibc defines them; and
 * rand_r, glibc's: three steps of the LCG x = x * 1103515245 + 12345 on the
 * caller's 32-bit word, taking 11, 10 and 10 bits from bits 16 up of each. */
#include <stdlib.h>

void srand(unsigned int seed) {
    srandom(seed);
}

int rand(void) {
    return (int)random();
}

/* One LCG step of *state; returns the bits from 16 up that the step keeps. */
static unsigned int next_bits(unsigned int *state, unsigned int modulus) {
    *state = *state * 1103515245u + 12345u;
    return (*state / 65536u) % modulus;
}

int rand_r(unsigned int *seed) {
    unsigned int state = *seed;
    unsigned int result = next_bits(&state, 2048);
    result = (result << 10) ^ next_bits(&state, 1024);
    result = (result << 10) ^ next_bits(&state, 1024);
    *seed = state;
    return (int)result;
}
