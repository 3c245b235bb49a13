/* hash.h: the message digests under crypt: MD5, SHA-256 and SHA-512. */
#ifndef WASMOS_CRYPT_HASH_H
#define WASMOS_CRYPT_HASH_H

#include <stddef.h>
#include <stdint.h>

/* One digest in progress, whichever algorithm. */
struct digest {
    const struct digest_algorithm *algorithm;
    union {
        uint32_t words32[8];
        uint64_t words64[8];
    } state;
    unsigned char block[128];
    size_t used;        /* bytes waiting in `block` */
    uint64_t length;    /* bytes added so far */
};

struct digest_algorithm {
    size_t block_size;  /* 64 or 128 */
    size_t digest_size; /* 16, 32 or 64 */
    void (*start)(struct digest *digest);
    void (*compress)(struct digest *digest, const unsigned char *block);
    void (*finish)(struct digest *digest, unsigned char *result);
};

extern const struct digest_algorithm __wasmos_md5, __wasmos_sha256, __wasmos_sha512;

void __wasmos_digest_start(struct digest *digest, const struct digest_algorithm *algorithm);
void __wasmos_digest_add(struct digest *digest, const void *data, size_t length);
/* Writes digest_size bytes. */
void __wasmos_digest_finish(struct digest *digest, unsigned char *result);

#endif
