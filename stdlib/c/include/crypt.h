/* crypt.h: password hashing: SHA-512 ("$6$"), SHA-256 ("$5$") and MD5
 * ("$1$") crypt, with libxcrypt's results and checks (src/crypt/crypt.c).
 * The old DES-based hashes (a two-character salt) are not supported. */
#ifndef _CRYPT_H
#define _CRYPT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Room for the result of crypt_r; `initialized` is not needed (zeroing the
 * structure is still a good habit, as libxcrypt asks for it). */
struct crypt_data {
    char output[384];
    int initialized;
};

/* Hashes `key` with the method and salt `setting` names ("$6$salt",
 * "$5$rounds=N$salt", ...; the salt ends at '$' and is cut to 16
 * characters, 8 for MD5). A bad setting gives "*0" ("*1" if the setting
 * starts with "*0"), which matches no hash, with errno EINVAL. crypt's
 * result is overwritten by the next call. */
char *crypt(const char *key, const char *setting);
char *crypt_r(const char *key, const char *setting, struct crypt_data *data);

#ifdef __cplusplus
}
#endif

#endif
