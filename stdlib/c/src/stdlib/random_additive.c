/* random_additive.c: random/srandom/initstate/setstate and glibc's
 * reentrant random_r family: the BSD additive feedback generators, which
 * produce the same sequences as glibc's.
 *
 * A state of `degree` 32-bit words r[0..degree) is seeded with
 * r[0] = seed (1 for 0) and r[i] = 16807 r[i-1] mod (2^31 - 1) (computed
 * without overflow by Schrage's method), then stepped 10 x degree times.
 * A step adds the "rear" word to the "front" word, `separation` places
 * ahead of it (mod 2^32), returns the sum without its lowest bit and moves
 * both one place on, round the circle. initstate picks the degree from the
 * buffer size: 8 to 31 bytes an LCG (r = r x 1103515245 + 12345, 31 bits),
 * 32: degree 7 (separation 3), 64: 15 (1), 128: 31 (3), 256 and more: 63
 * (1). Without initstate, random() uses degree 31 seeded with 1.
 *
 * The caller's buffer starts with one word that records the generator's
 * type and rear position (written when another state takes over, so that
 * setstate can resume it); the state words follow. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

struct generator_type {
    int degree;
    int separation;
};

static const struct generator_type types[] = {{0, 0}, {7, 3}, {15, 1}, {31, 3}, {63, 1}};
#define TYPE_COUNT 5
#define LCG_TYPE 0

/* Records the generator's type and rear position in its header word. */
static void save_header(struct random_data *data) {
    if (!data->state)
        return;
    if (data->rand_type == LCG_TYPE)
        data->state[-1] = LCG_TYPE;
    else
        data->state[-1] = (int32_t)((data->rptr - data->state) * 8 + data->rand_type);
}

/* Points `data` at the state words after `header` for generator `type`,
 * with the rear at index `rear`. */
static void attach(struct random_data *data, int32_t *header, int type, int rear) {
    data->state = header + 1;
    data->rand_type = type;
    data->rand_deg = types[type].degree;
    data->rand_sep = types[type].separation;
    data->end_ptr = data->state + data->rand_deg;
    if (type != LCG_TYPE) {
        data->rptr = data->state + rear;
        data->fptr = data->state + (rear + data->rand_sep) % data->rand_deg;
    } else {
        data->rptr = data->fptr = data->state;
    }
}

int random_r(struct random_data *data, int32_t *result) {
    if (!data || !result) {
        errno = EINVAL;
        return -1;
    }
    int32_t *state = data->state;
    if (data->rand_type == LCG_TYPE) {
        uint32_t value = ((uint32_t)state[0] * 1103515245u + 12345u) & 0x7fffffffu;
        state[0] = (int32_t)value;
        *result = (int32_t)value;
        return 0;
    }
    uint32_t sum = (uint32_t)*data->fptr + (uint32_t)*data->rptr;
    *data->fptr = (int32_t)sum;
    *result = (int32_t)(sum >> 1);
    if (++data->fptr >= data->end_ptr)
        data->fptr = state;
    if (++data->rptr >= data->end_ptr)
        data->rptr = state;
    return 0;
}

int srandom_r(unsigned int seed, struct random_data *data) {
    if (!data || !data->state || data->rand_type < 0 || data->rand_type >= TYPE_COUNT) {
        errno = EINVAL;
        return -1;
    }
    int32_t *state = data->state;
    if (seed == 0)
        seed = 1;
    state[0] = (int32_t)seed;
    if (data->rand_type == LCG_TYPE)
        return 0;
    int32_t word = (int32_t)seed;
    for (int index = 1; index < data->rand_deg; index++) {
        /* word = 16807 word mod (2^31 - 1), by Schrage's method: 2^31 - 1 = 16807 x 127773 + 2836. */
        int32_t high = word / 127773, low = word % 127773;
        word = 16807 * low - 2836 * high;
        if (word < 0)
            word += 2147483647;
        state[index] = word;
    }
    data->rptr = state;
    data->fptr = state + data->rand_sep;
    int32_t discarded;
    for (int count = 10 * data->rand_deg; count > 0; count--)
        random_r(data, &discarded);
    return 0;
}

/* The generator type for a buffer of `size` bytes, or -1 if it is too small. */
static int type_for_size(size_t size) {
    if (size < 8)
        return -1;
    if (size < 32)
        return LCG_TYPE;
    if (size < 64)
        return 1;
    if (size < 128)
        return 2;
    if (size < 256)
        return 3;
    return 4;
}

int initstate_r(unsigned int seed, char *buffer, size_t size, struct random_data *data) {
    int type = type_for_size(size);
    if (!data || !buffer || type < 0) {
        errno = EINVAL;
        return -1;
    }
    save_header(data);
    attach(data, (int32_t *)(void *)buffer, type, 0);
    srandom_r(seed, data);
    save_header(data);
    return 0;
}

int setstate_r(char *buffer, struct random_data *data) {
    if (!data || !buffer) {
        errno = EINVAL;
        return -1;
    }
    int32_t header = *(int32_t *)(void *)buffer;
    int type = header & 7, rear = header >> 3;
    if (type >= TYPE_COUNT || rear < 0 || (type != LCG_TYPE && rear >= types[type].degree)) {
        errno = EINVAL;
        return -1;
    }
    save_header(data);
    attach(data, (int32_t *)(void *)buffer, type, rear);
    return 0;
}

/* The state of random(): a header word and degree 31 (glibc's default). */
static int32_t default_buffer[1 + 31];
static struct random_data generator;

static void ensure_seeded(void) {
    if (!generator.state)
        initstate_r(1, (char *)default_buffer, sizeof default_buffer, &generator);
}

long random(void) {
    ensure_seeded();
    int32_t result;
    random_r(&generator, &result);
    return result;
}

void srandom(unsigned int seed) {
    ensure_seeded();
    srandom_r(seed, &generator);
}

char *initstate(unsigned int seed, char *buffer, size_t size) {
    ensure_seeded();
    char *previous = (char *)(generator.state - 1);
    if (initstate_r(seed, buffer, size, &generator) < 0)
        return NULL;
    return previous;
}

char *setstate(char *buffer) {
    ensure_seeded();
    char *previous = (char *)(generator.state - 1);
    if (setstate_r(buffer, &generator) < 0)
        return NULL;
    return previous;
}
