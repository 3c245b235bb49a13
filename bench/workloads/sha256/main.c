/* sha256: benchmark workload, SHA-256 (FIPS 180-4) over generated data.
 * Usage: sha256 [kibibytes]   (default 1024: 1 MiB)
 * The data is byte i = the top byte of the i-th step of the LCG
 * x = x * 1103515245 + 12345 (mod 2^32) from x = 1, so the digest can be
 * checked against sha256sum of the same bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_KIBIBYTES 1024

struct sha256 {
    uint32_t state[8];
    uint8_t block[64];
    uint32_t block_used;
    uint64_t total_bytes;
};

static const uint32_t round_constants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotate_right(uint32_t value, unsigned count) {
    return (value >> count) | (value << (32 - count));
}

static void sha256_init(struct sha256 *hash) {
    static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(hash->state, initial, sizeof initial);
    hash->block_used = 0;
    hash->total_bytes = 0;
}

static void sha256_compress(uint32_t state[8], const uint8_t block[64]) {
    uint32_t schedule[64];
    for (int index = 0; index < 16; index++)
        schedule[index] = (uint32_t)block[index * 4] << 24 | (uint32_t)block[index * 4 + 1] << 16 |
                          (uint32_t)block[index * 4 + 2] << 8 | block[index * 4 + 3];
    for (int index = 16; index < 64; index++) {
        uint32_t early = schedule[index - 15], late = schedule[index - 2];
        uint32_t sigma0 = rotate_right(early, 7) ^ rotate_right(early, 18) ^ (early >> 3);
        uint32_t sigma1 = rotate_right(late, 17) ^ rotate_right(late, 19) ^ (late >> 10);
        schedule[index] = schedule[index - 16] + sigma0 + schedule[index - 7] + sigma1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int index = 0; index < 64; index++) {
        uint32_t sum1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
        uint32_t choose = (e & f) ^ (~e & g);
        uint32_t temporary1 = h + sum1 + choose + round_constants[index] + schedule[index];
        uint32_t sum0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
        uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        uint32_t temporary2 = sum0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + temporary1;
        d = c;
        c = b;
        b = a;
        a = temporary1 + temporary2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
}

static void sha256_update(struct sha256 *hash, const uint8_t *bytes, size_t length) {
    hash->total_bytes += length;
    while (length > 0) {
        size_t taken = 64 - hash->block_used;
        if (taken > length)
            taken = length;
        memcpy(hash->block + hash->block_used, bytes, taken);
        hash->block_used += (uint32_t)taken;
        bytes += taken;
        length -= taken;
        if (hash->block_used == 64) {
            sha256_compress(hash->state, hash->block);
            hash->block_used = 0;
        }
    }
}

static void sha256_finish(struct sha256 *hash, uint8_t digest[32]) {
    uint64_t total_bits = hash->total_bytes * 8;
    static const uint8_t padding[64] = {0x80};
    size_t padding_length = hash->block_used < 56 ? 56 - hash->block_used : 120 - hash->block_used;
    sha256_update(hash, padding, padding_length);
    uint8_t length_bytes[8];
    for (int index = 0; index < 8; index++)
        length_bytes[index] = (uint8_t)(total_bits >> (56 - 8 * index));
    sha256_update(hash, length_bytes, 8);
    for (int index = 0; index < 32; index++)
        digest[index] = (uint8_t)(hash->state[index / 4] >> (24 - 8 * (index % 4)));
}

int main(int argc, char **argv) {
    long kibibytes = DEFAULT_KIBIBYTES;
    if (argc > 1) {
        char *end;
        kibibytes = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || kibibytes <= 0 || kibibytes > 65536) {
            fprintf(stderr, "sha256: %s: size must be 1 to 65536 KiB\n", argv[1]);
            return 2;
        }
    }
    size_t length = (size_t)kibibytes * 1024;
    uint8_t *data = malloc(length);
    if (!data) {
        fprintf(stderr, "sha256: out of memory\n");
        return 1;
    }
    uint32_t generator = 1;
    for (size_t index = 0; index < length; index++) {
        generator = generator * 1103515245u + 12345u;
        data[index] = (uint8_t)(generator >> 24);
    }
    struct sha256 hash;
    uint8_t digest[32];
    sha256_init(&hash);
    sha256_update(&hash, data, length);
    sha256_finish(&hash, digest);
    printf("sha256 %zu bytes: ", length);
    for (int index = 0; index < 32; index++)
        printf("%02x", digest[index]);
    printf("\n");
    free(data);
    return 0;
}
