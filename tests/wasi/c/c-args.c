/* args_sizes_get and args_get, through wasi-libc's argc/argv and raw.
 * Run with: alpha "beta gamma" "" */
#include "check.h"

int main(int argc, char **argv) {
    start("c-args");
    CHECK(argc == 4);
    CHECK(argv[argc] == NULL);
    CHECK(strcmp(argv[1], "alpha") == 0);
    CHECK(strcmp(argv[2], "beta gamma") == 0);
    CHECK(strcmp(argv[3], "") == 0);
    __wasi_size_t count = 0, size = 0;
    CHECK_WASI(__wasi_args_sizes_get(&count, &size), 0);
    CHECK(count == (__wasi_size_t)argc);
    size_t expected = 0;
    for (int index = 0; index < argc; index++)
        expected += strlen(argv[index]) + 1;
    CHECK(size == expected);
    uint8_t *pointers[8];
    uint8_t buffer[512];
    CHECK(size <= sizeof buffer);
    CHECK_WASI(__wasi_args_get(pointers, buffer), 0);
    for (int index = 0; index < argc; index++)
        CHECK(strcmp((char *)pointers[index], argv[index]) == 0);
    const char *slash = strrchr(argv[0], '/');
    printf("argv[0] ends in %s\n", slash ? slash + 1 : argv[0]);
    for (int index = 1; index < argc; index++)
        printf("argv[%d] = \"%s\"\n", index, argv[index]);
    return ok();
}
