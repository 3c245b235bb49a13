/* random_get: fills buffers of any length (0 included) with bytes that
 * differ between calls and cover every value. */
#include "check.h"

static unsigned char big[16384];

int main(void) {
    start("c-random");
    unsigned char first[64], second[64], nothing[1] = {0x5a};
    CHECK_WASI(__wasi_random_get(nothing, 0), 0);
    CHECK(nothing[0] == 0x5a);
    CHECK_WASI(__wasi_random_get(first, sizeof first), 0);
    CHECK_WASI(__wasi_random_get(second, sizeof second), 0);
    CHECK(memcmp(first, second, sizeof first) != 0);
    int zeros = 0;
    for (size_t index = 0; index < sizeof first; index++)
        zeros += first[index] == 0;
    CHECK(zeros < 16);
    CHECK_WASI(__wasi_random_get(big, sizeof big), 0);
    int seen[256] = {0};
    for (size_t index = 0; index < sizeof big; index++)
        seen[big[index]] = 1;
    for (int value = 0; value < 256; value++)
        CHECK(seen[value]);
    unsigned char entropy[256];
    CHECK(getentropy(entropy, sizeof entropy) == 0);
    printf("random_get: 0, 64 and 16384 bytes, every byte value seen\n");
    return ok();
}
