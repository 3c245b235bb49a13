/* crypt.c: password hashing as libxcrypt does it for "$6$" (SHA-512),
 * "$5$" (SHA-256), both after Ulrich Drepper's published SHA-crypt
 * specification, and "$1$" (Poul-Henning Kamp's MD5-crypt).
 *
 * Settings are checked as libxcrypt checks them: the salt is printable
 * ASCII other than "!*:;\" and white space, ends at '$' or the end, and is
 * cut to 16 characters (8 for MD5); "rounds=N$" (SHA only, N from 1000 to
 * 999999999 without leading zeros, default 5000) comes before it and is
 * repeated in the result. Anything else is an error: the result is "*0"
 * ("*1" when the setting itself starts with "*0"), errno EINVAL. */
#include <crypt.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "hash.h"

static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

#define DEFAULT_ROUNDS 5000
#define MINIMUM_ROUNDS 1000
#define MAXIMUM_ROUNDS 999999999UL

/* Where the output is being written. */
struct output {
    char *text;
    size_t used;
    size_t size;
};

static void put_text(struct output *output, const char *text, size_t length) {
    if (output->used + length < output->size) {
        memcpy(output->text + output->used, text, length);
        output->used += length;
        output->text[output->used] = '\0';
    }
}

/* `count` characters of 6 bits each from the 24 bits high:middle:low, low bits first. */
static void put_base64(struct output *output, unsigned high, unsigned middle, unsigned low, int count) {
    uint32_t bits = (uint32_t)high << 16 | (uint32_t)middle << 8 | low;
    char text[4];
    for (int index = 0; index < count; index++) {
        text[index] = alphabet[bits & 0x3f];
        bits >>= 6;
    }
    put_text(output, text, (size_t)count);
}

static int salt_character(unsigned char c) {
    return c > 0x20 && c < 0x7f && !strchr("!*:;\\$", c);
}

/* Reads the salt at `salt` (at most `limit` characters, up to '$' or the
 * end); its length, or -1 if it has a forbidden character. */
static int salt_length(const char *salt, int limit) {
    int length = 0;
    while (length < limit && salt[length] && salt[length] != '$') {
        if (!salt_character((unsigned char)salt[length]))
            return -1;
        length++;
    }
    return length;
}

/* ---- SHA-crypt ----------------------------------------------------------------------- */

/* Adds `length` bytes made of `source` (`size` bytes) repeated. */
static void add_repeated(struct digest *digest, const unsigned char *source, size_t size, size_t length) {
    for (; length > size; length -= size)
        __wasmos_digest_add(digest, source, size);
    __wasmos_digest_add(digest, source, length);
}

static int sha_crypt(const char *key, const char *setting, int prefix_length, const struct digest_algorithm *algorithm,
                     struct output *output) {
    const char *cursor = setting + prefix_length;
    unsigned long rounds = DEFAULT_ROUNDS;
    int explicit_rounds = 0;
    if (strncmp(cursor, "rounds=", 7) == 0) {
        const char *digits = cursor + 7;
        if (*digits < '1' || *digits > '9')
            return -1;
        rounds = 0;
        for (; *digits >= '0' && *digits <= '9'; digits++) {
            rounds = rounds * 10 + (unsigned long)(*digits - '0');
            if (rounds > MAXIMUM_ROUNDS)
                return -1;
        }
        if (*digits != '$' || rounds < MINIMUM_ROUNDS)
            return -1;
        cursor = digits + 1;
        explicit_rounds = 1;
    }
    int salt_size = salt_length(cursor, 16);
    if (salt_size < 0)
        return -1;
    const unsigned char *salt = (const unsigned char *)cursor;
    size_t key_length = strlen(key), size = algorithm->digest_size;
    unsigned char alternate[64], result[64], key_bytes[64], salt_bytes[64];

    struct digest digest;
    __wasmos_digest_start(&digest, algorithm);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_add(&digest, salt, (size_t)salt_size);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_finish(&digest, alternate);

    __wasmos_digest_start(&digest, algorithm);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_add(&digest, salt, (size_t)salt_size);
    add_repeated(&digest, alternate, size, key_length);
    for (size_t bits = key_length; bits > 0; bits >>= 1) {
        if (bits & 1)
            __wasmos_digest_add(&digest, alternate, size);
        else
            __wasmos_digest_add(&digest, key, key_length);
    }
    __wasmos_digest_finish(&digest, result);

    /* The key and the salt, each hashed over and over into a string of their own length. */
    __wasmos_digest_start(&digest, algorithm);
    for (size_t count = 0; count < key_length; count++)
        __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_finish(&digest, key_bytes);
    __wasmos_digest_start(&digest, algorithm);
    for (unsigned count = 0; count < 16u + result[0]; count++)
        __wasmos_digest_add(&digest, salt, (size_t)salt_size);
    __wasmos_digest_finish(&digest, salt_bytes);

    for (unsigned long round = 0; round < rounds; round++) {
        __wasmos_digest_start(&digest, algorithm);
        if (round & 1)
            add_repeated(&digest, key_bytes, size, key_length);
        else
            __wasmos_digest_add(&digest, result, size);
        if (round % 3)
            __wasmos_digest_add(&digest, salt_bytes, (size_t)salt_size);
        if (round % 7)
            add_repeated(&digest, key_bytes, size, key_length);
        if (round & 1)
            __wasmos_digest_add(&digest, result, size);
        else
            add_repeated(&digest, key_bytes, size, key_length);
        __wasmos_digest_finish(&digest, result);
    }

    put_text(output, setting, (size_t)prefix_length);
    if (explicit_rounds) /* "rounds=N$" as given */
        put_text(output, setting + prefix_length, (size_t)(cursor - setting - prefix_length));
    put_text(output, (const char *)salt, (size_t)salt_size);
    put_text(output, "$", 1);
    if (size == 64) {
        /* Byte i, i + 21, i + 42 in turn, rotated (the specification's order). */
        for (int group = 0; group < 21; group++) {
            int first = group * 22 % 63;
            put_base64(output, result[first], result[(first + 21) % 63], result[(first + 42) % 63], 4);
        }
        put_base64(output, 0, 0, result[63], 2);
    } else {
        for (int group = 0; group < 10; group++) {
            int first = group * 21 % 30;
            put_base64(output, result[first], result[(first + 10) % 30], result[(first + 20) % 30], 4);
        }
        put_base64(output, 0, result[31], result[30], 3);
    }
    memset(alternate, 0, sizeof alternate);
    memset(key_bytes, 0, sizeof key_bytes);
    return 0;
}

/* ---- MD5-crypt ----------------------------------------------------------------------- */

static int md5_crypt(const char *key, const char *setting, struct output *output) {
    const char *salt = setting + 3;
    int salt_size = salt_length(salt, 8);
    if (salt_size < 0)
        return -1;
    size_t key_length = strlen(key);
    unsigned char alternate[16], result[16];
    struct digest digest;
    __wasmos_digest_start(&digest, &__wasmos_md5);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_add(&digest, salt, (size_t)salt_size);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_finish(&digest, alternate);

    __wasmos_digest_start(&digest, &__wasmos_md5);
    __wasmos_digest_add(&digest, key, key_length);
    __wasmos_digest_add(&digest, "$1$", 3);
    __wasmos_digest_add(&digest, salt, (size_t)salt_size);
    add_repeated(&digest, alternate, 16, key_length);
    for (size_t bits = key_length; bits > 0; bits >>= 1) {
        if (bits & 1)
            __wasmos_digest_add(&digest, "", 1);
        else
            __wasmos_digest_add(&digest, key, 1);
    }
    __wasmos_digest_finish(&digest, result);

    for (int round = 0; round < 1000; round++) {
        __wasmos_digest_start(&digest, &__wasmos_md5);
        if (round & 1)
            __wasmos_digest_add(&digest, key, key_length);
        else
            __wasmos_digest_add(&digest, result, 16);
        if (round % 3)
            __wasmos_digest_add(&digest, salt, (size_t)salt_size);
        if (round % 7)
            __wasmos_digest_add(&digest, key, key_length);
        if (round & 1)
            __wasmos_digest_add(&digest, result, 16);
        else
            __wasmos_digest_add(&digest, key, key_length);
        __wasmos_digest_finish(&digest, result);
    }
    put_text(output, "$1$", 3);
    put_text(output, salt, (size_t)salt_size);
    put_text(output, "$", 1);
    for (int group = 0; group < 5; group++)
        put_base64(output, result[group], result[group + 6], result[group == 4 ? 5 : group + 12], 4);
    put_base64(output, 0, 0, result[11], 2);
    return 0;
}

char *crypt_r(const char *key, const char *setting, struct crypt_data *data) {
    struct output output = {data->output, 0, sizeof data->output};
    data->output[0] = '\0';
    int result = -1;
    if (key && setting) {
        if (strncmp(setting, "$6$", 3) == 0)
            result = sha_crypt(key, setting, 3, &__wasmos_sha512, &output);
        else if (strncmp(setting, "$5$", 3) == 0)
            result = sha_crypt(key, setting, 3, &__wasmos_sha256, &output);
        else if (strncmp(setting, "$1$", 3) == 0)
            result = md5_crypt(key, setting, &output);
    }
    if (result < 0) {
        strcpy(data->output, setting && strncmp(setting, "*0", 2) == 0 ? "*1" : "*0");
        errno = EINVAL;
    }
    return data->output;
}

char *crypt(const char *key, const char *setting) {
    static struct crypt_data data;
    return crypt_r(key, setting, &data);
}
