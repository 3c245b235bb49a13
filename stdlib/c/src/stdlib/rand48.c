/* rand48.c: the drand48 family, POSIX's 48-bit linear congruential
 * generator X' = (a X + c) mod 2^48 with a = 0x5DEECE66D and c = 0xB until
 * lcong48 changes them. The functions without an argument use an internal
 * X; the others the three 16-bit words (least significant first) they are
 * given. As in glibc, the internal X starts at 0. */
#include <stdint.h>
#include <stdlib.h>

#define MASK_48 0xffffffffffffULL
#define DEFAULT_MULTIPLIER 0x5deece66dULL
#define DEFAULT_ADDEND 0xbU

static unsigned short state[3];
static uint64_t multiplier = DEFAULT_MULTIPLIER;
static unsigned short addend = DEFAULT_ADDEND;

static uint64_t from_words(const unsigned short words[3]) {
    return (uint64_t)words[0] | (uint64_t)words[1] << 16 | (uint64_t)words[2] << 32;
}

static void to_words(uint64_t value, unsigned short words[3]) {
    words[0] = (unsigned short)value;
    words[1] = (unsigned short)(value >> 16);
    words[2] = (unsigned short)(value >> 32);
}

/* Steps the generator held in `words` and returns the new 48-bit X. */
static uint64_t step(unsigned short words[3]) {
    uint64_t next = (multiplier * from_words(words) + addend) & MASK_48;
    to_words(next, words);
    return next;
}

double erand48(unsigned short words[3]) {
    return (double)step(words) / 281474976710656.0; /* exact: X < 2^48 < 2^53 */
}

double drand48(void) {
    return erand48(state);
}

long nrand48(unsigned short words[3]) {
    return (long)(step(words) >> 17);
}

long lrand48(void) {
    return nrand48(state);
}

long jrand48(unsigned short words[3]) {
    return (long)(int32_t)(uint32_t)(step(words) >> 16);
}

long mrand48(void) {
    return jrand48(state);
}

void srand48(long seed) {
    state[0] = 0x330e;
    state[1] = (unsigned short)seed;
    state[2] = (unsigned short)((unsigned long)seed >> 16);
    multiplier = DEFAULT_MULTIPLIER;
    addend = DEFAULT_ADDEND;
}

unsigned short *seed48(unsigned short seed[3]) {
    static unsigned short previous[3];
    previous[0] = state[0];
    previous[1] = state[1];
    previous[2] = state[2];
    state[0] = seed[0];
    state[1] = seed[1];
    state[2] = seed[2];
    multiplier = DEFAULT_MULTIPLIER;
    addend = DEFAULT_ADDEND;
    return previous;
}

/* parameters: X (3 words), a (3 words), c. */
void lcong48(unsigned short parameters[7]) {
    state[0] = parameters[0];
    state[1] = parameters[1];
    state[2] = parameters[2];
    multiplier = from_words(parameters + 3);
    addend = parameters[6];
}
