/* crypt_test.c: crypt and crypt_r with SHA-512 ("$6$"), SHA-256 ("$5$")
 * and MD5 ("$1$"): the test vectors of the SHA-crypt specification (two
 * with fewer rounds, for time), more keys and salts, and the settings
 * libxcrypt refuses. The .expected file is the host's libxcrypt's output
 * (the libc comparison links no -lcrypt), DES-based settings left out,
 * which WasmOS lacks. */
#include <crypt.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *const cases[][2] = {
    {"Hello world!", "$6$saltstring"},
    {"Hello world!", "$5$saltstring"},
    {"Hello world!", "$6$rounds=10000$saltstringsaltstring"},
    {"Hello world!", "$5$rounds=10000$saltstringsaltstring"},
    {"This is just a test", "$5$rounds=5000$toolongsaltstring"},
    {"a very much longer text to encrypt.  This one even stretches over morethan one line.",
     "$6$rounds=1400$anotherlongsaltstring"},
    {"we have a short salt string but not a short password", "$5$rounds=3000$short"},
    {"a short string", "$6$rounds=2000$asaltof16chars.."},
    {"the minimum number is still observed", "$5$rounds=10$roundstoolow"},
    {"password", "$1$saltsalt"},
    {"", "$1$"},
    {"password", "$1$12345678901$x"},
    {"0123456789012345678901234567890123456789", "$1$long"},
    {"", "$6$"},
    {"x", "$6$$"},
    {"x", "$6$a$b$c"},
    {"x", "$5$rounds=5000$"},
    {"x", "$1$rounds=5$"},
    {"\xc3\xa9t\xc3\xa9", "$6$s"},
    {"x", "$6$saltsaltsaltsaltsalt$"},
    {"x", "$6$12345678901234567"},
    {"x", "$6$sa-lt"},
    {"x", "$6$sa~lt"},
    {"x", "$1$sa-lt"},
    {"x", "$6$rounds=1000$x"},
    {"x", "$6$Rounds=5000$x"},
    {"0123456789012345678901234567890123456789012345678901234567890123456789", "$6$long"},
    {"0123456789012345678901234567890123456789012345678901234567890123456789", "$5$long"},
    /* refused */
    {"x", "$6$rounds=abc$salt"},
    {"x", "$6$rounds=0$salt"},
    {"x", "$6$rounds=999$x"},
    {"x", "$6$rounds=1000000000$salt"},
    {"x", "$6$rounds=01000$salt"},
    {"x", "$6$rounds=+5000$x"},
    {"x", "$6$rounds=$salt"},
    {"x", "$6$rounds=5000"},
    {"x", "$6$sa:lt"},
    {"x", "$6$sa\nlt"},
    {"x", "$6$sa!lt"},
    {"x", "$6$sa lt"},
    {"x", "$1$sa:lt"},
    {"x", "$7$salt"},
    {"x", "$5"},
    {"x", "*0"},
    {"x", ""},
};

int main(void) {
    for (size_t index = 0; index < sizeof cases / sizeof cases[0]; index++) {
        errno = 0;
        char *result = crypt(cases[index][0], cases[index][1]);
        int error = errno;
        printf("crypt(\"%s\", \"%s\") = %s%s\n", cases[index][0], cases[index][1], result,
               error == EINVAL ? " (EINVAL)" : "");
    }
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    char *first = crypt_r("secret", "$6$abc", &data);
    printf("crypt_r: %s, in the data %d\n", first, first == data.output);
    char *again = crypt("secret", first);
    printf("checking a password against its hash: %s\n", strcmp(again, first) == 0 ? "matches" : "differs");
    again = crypt("Secret", first);
    printf("a wrong password: %s\n", strcmp(again, first) == 0 ? "matches" : "differs");
    return 0;
}
