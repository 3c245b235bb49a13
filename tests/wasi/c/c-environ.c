/* environ_sizes_get and environ_get agree with each other and with
 * wasi-libc's environ; setenv/getenv work in the process. */
#include "check.h"

extern char **environ;

int main(void) {
    start("c-environ");
    __wasi_size_t count = 0, size = 0;
    CHECK_WASI(__wasi_environ_sizes_get(&count, &size), 0);
    uint8_t **pointers = calloc(count + 1, sizeof *pointers);
    uint8_t *buffer = malloc(size + 1);
    CHECK(pointers && buffer);
    CHECK_WASI(__wasi_environ_get(pointers, buffer), 0);
    size_t total = 0, in_libc = 0;
    for (__wasi_size_t index = 0; index < count; index++) {
        const char *entry = (const char *)pointers[index];
        CHECK(strchr(entry, '=') != NULL);
        total += strlen(entry) + 1;
    }
    CHECK(total == size);
    while (environ && environ[in_libc])
        in_libc++;
    CHECK(in_libc == count);
    CHECK(getenv("WASI_CONFORMANCE_UNSET") == NULL);
    CHECK(setenv("WASI_CONFORMANCE_SET", "value=with=equals", 1) == 0);
    CHECK(strcmp(getenv("WASI_CONFORMANCE_SET"), "value=with=equals") == 0);
    CHECK(unsetenv("WASI_CONFORMANCE_SET") == 0);
    CHECK(getenv("WASI_CONFORMANCE_SET") == NULL);
    printf("environ_get agrees with environ_sizes_get and environ\n");
    return ok();
}
