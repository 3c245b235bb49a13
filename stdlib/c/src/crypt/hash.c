/* hash.c: MD5 (RFC 1321), SHA-256 and SHA-512 (FIPS 180-4), for crypt.
 * The round constants are the standard ones: MD5's from the sine function,
 * SHA's the fractional parts of the cube (and, for the initial values,
 * square) roots of the first primes. */
#include <string.h>

#include "hash.h"

/* ---- MD5 --------------------------------------------------------------------- */

static const uint32_t md5_constants[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu,
    0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu,
    0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau,
    0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu,
    0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu,
    0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u,
    0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u,
    0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u,
    0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};

static const unsigned char md5_shifts[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static uint32_t rotate_left32(uint32_t value, int count) {
    return value << count | value >> (32 - count);
}

static void md5_start(struct digest *digest) {
    static const uint32_t initial[4] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
    memcpy(digest->state.words32, initial, sizeof initial);
}

static void md5_compress(struct digest *digest, const unsigned char *block) {
    uint32_t words[16];
    for (int index = 0; index < 16; index++)
        words[index] = (uint32_t)block[4 * index] | (uint32_t)block[4 * index + 1] << 8 |
                       (uint32_t)block[4 * index + 2] << 16 | (uint32_t)block[4 * index + 3] << 24;
    uint32_t *state = digest->state.words32;
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    for (int step = 0; step < 64; step++) {
        uint32_t mixed;
        int word;
        switch (step / 16) {
        case 0: mixed = (b & c) | (~b & d); word = step; break;
        case 1: mixed = (d & b) | (~d & c); word = (5 * step + 1) % 16; break;
        case 2: mixed = b ^ c ^ d; word = (3 * step + 5) % 16; break;
        default: mixed = c ^ (b | ~d); word = (7 * step) % 16; break;
        }
        uint32_t next = b + rotate_left32(a + mixed + md5_constants[step] + words[word],
                                          md5_shifts[(step / 16) * 4 + step % 4]);
        a = d;
        d = c;
        c = b;
        b = next;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
}

/* ---- SHA-256 ----------------------------------------------------------------- */

static const uint32_t sha256_constants[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u,
    0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u,
    0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu,
    0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u,
    0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u,
    0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u,
    0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u,
    0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};

static uint32_t rotate_right32(uint32_t value, int count) {
    return value >> count | value << (32 - count);
}

static void sha256_start(struct digest *digest) {
    static const uint32_t initial[8] = {
        0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
        0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
    };
    memcpy(digest->state.words32, initial, sizeof initial);
}

static void sha256_compress(struct digest *digest, const unsigned char *block) {
    uint32_t schedule[64];
    for (int index = 0; index < 16; index++)
        schedule[index] = (uint32_t)block[4 * index] << 24 | (uint32_t)block[4 * index + 1] << 16 |
                          (uint32_t)block[4 * index + 2] << 8 | (uint32_t)block[4 * index + 3];
    for (int index = 16; index < 64; index++) {
        uint32_t low = schedule[index - 15], high = schedule[index - 2];
        uint32_t sigma0 = rotate_right32(low, 7) ^ rotate_right32(low, 18) ^ (low >> 3);
        uint32_t sigma1 = rotate_right32(high, 17) ^ rotate_right32(high, 19) ^ (high >> 10);
        schedule[index] = schedule[index - 16] + sigma0 + schedule[index - 7] + sigma1;
    }
    uint32_t *state = digest->state.words32;
    uint32_t v[8];
    memcpy(v, state, sizeof v);
    for (int index = 0; index < 64; index++) {
        uint32_t sum1 = rotate_right32(v[4], 6) ^ rotate_right32(v[4], 11) ^ rotate_right32(v[4], 25);
        uint32_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t first = v[7] + sum1 + choose + sha256_constants[index] + schedule[index];
        uint32_t sum0 = rotate_right32(v[0], 2) ^ rotate_right32(v[0], 13) ^ rotate_right32(v[0], 22);
        uint32_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint32_t second = sum0 + majority;
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += first;
        v[0] = first + second;
    }
    for (int index = 0; index < 8; index++)
        state[index] += v[index];
}

/* ---- SHA-512 ----------------------------------------------------------------- */

static const uint64_t sha512_constants[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL,
    0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL,
    0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL,
    0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL,
    0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL,
    0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL,
    0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL,
    0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL,
    0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL,
    0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL,
    0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t rotate_right64(uint64_t value, int count) {
    return value >> count | value << (64 - count);
}

static void sha512_start(struct digest *digest) {
    static const uint64_t initial[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
        0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
        0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    memcpy(digest->state.words64, initial, sizeof initial);
}

static void sha512_compress(struct digest *digest, const unsigned char *block) {
    uint64_t schedule[80];
    for (int index = 0; index < 16; index++) {
        uint64_t word = 0;
        for (int byte = 0; byte < 8; byte++)
            word = word << 8 | block[8 * index + byte];
        schedule[index] = word;
    }
    for (int index = 16; index < 80; index++) {
        uint64_t low = schedule[index - 15], high = schedule[index - 2];
        uint64_t sigma0 = rotate_right64(low, 1) ^ rotate_right64(low, 8) ^ (low >> 7);
        uint64_t sigma1 = rotate_right64(high, 19) ^ rotate_right64(high, 61) ^ (high >> 6);
        schedule[index] = schedule[index - 16] + sigma0 + schedule[index - 7] + sigma1;
    }
    uint64_t *state = digest->state.words64;
    uint64_t v[8];
    memcpy(v, state, sizeof v);
    for (int index = 0; index < 80; index++) {
        uint64_t sum1 = rotate_right64(v[4], 14) ^ rotate_right64(v[4], 18) ^ rotate_right64(v[4], 41);
        uint64_t choose = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t first = v[7] + sum1 + choose + sha512_constants[index] + schedule[index];
        uint64_t sum0 = rotate_right64(v[0], 28) ^ rotate_right64(v[0], 34) ^ rotate_right64(v[0], 39);
        uint64_t majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        uint64_t second = sum0 + majority;
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += first;
        v[0] = first + second;
    }
    for (int index = 0; index < 8; index++)
        state[index] += v[index];
}

/* ---- padding and output ---------------------------------------------------------- */

void __wasmos_digest_start(struct digest *digest, const struct digest_algorithm *algorithm) {
    digest->algorithm = algorithm;
    digest->used = 0;
    digest->length = 0;
    algorithm->start(digest);
}

void __wasmos_digest_add(struct digest *digest, const void *data, size_t length) {
    const unsigned char *bytes = data;
    size_t block_size = digest->algorithm->block_size;
    digest->length += length;
    while (length > 0) {
        size_t piece = block_size - digest->used;
        if (piece > length)
            piece = length;
        memcpy(digest->block + digest->used, bytes, piece);
        digest->used += piece;
        bytes += piece;
        length -= piece;
        if (digest->used == block_size) {
            digest->algorithm->compress(digest, digest->block);
            digest->used = 0;
        }
    }
}

/* Pads with 0x80, zeros and the bit length (little-endian for MD5, big for SHA). */
static void pad(struct digest *digest, int big_endian) {
    size_t block_size = digest->algorithm->block_size;
    size_t length_size = block_size == 128 ? 16 : 8;
    uint64_t bits = digest->length * 8;
    digest->block[digest->used++] = 0x80;
    if (digest->used > block_size - length_size) {
        memset(digest->block + digest->used, 0, block_size - digest->used);
        digest->algorithm->compress(digest, digest->block);
        digest->used = 0;
    }
    memset(digest->block + digest->used, 0, block_size - digest->used);
    for (int index = 0; index < 8; index++) {
        unsigned char byte = (unsigned char)(bits >> (8 * index));
        if (big_endian)
            digest->block[block_size - 1 - index] = byte;
        else
            digest->block[block_size - length_size + index] = byte;
    }
    digest->algorithm->compress(digest, digest->block);
}

static void md5_finish(struct digest *digest, unsigned char *result) {
    pad(digest, 0);
    for (int index = 0; index < 16; index++)
        result[index] = (unsigned char)(digest->state.words32[index / 4] >> (8 * (index % 4)));
}

static void sha256_finish(struct digest *digest, unsigned char *result) {
    pad(digest, 1);
    for (int index = 0; index < 32; index++)
        result[index] = (unsigned char)(digest->state.words32[index / 4] >> (8 * (3 - index % 4)));
}

static void sha512_finish(struct digest *digest, unsigned char *result) {
    pad(digest, 1);
    for (int index = 0; index < 64; index++)
        result[index] = (unsigned char)(digest->state.words64[index / 8] >> (8 * (7 - index % 8)));
}

void __wasmos_digest_finish(struct digest *digest, unsigned char *result) {
    digest->algorithm->finish(digest, result);
}

const struct digest_algorithm __wasmos_md5 = {64, 16, md5_start, md5_compress, md5_finish};
const struct digest_algorithm __wasmos_sha256 = {64, 32, sha256_start, sha256_compress, sha256_finish};
const struct digest_algorithm __wasmos_sha512 = {128, 64, sha512_start, sha512_compress, sha512_finish};
