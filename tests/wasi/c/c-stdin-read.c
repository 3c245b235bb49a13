/* fd_read on standard input (given "hello wasi\n"): into two iovecs, then
 * end of file as a read of 0 bytes. */
#include "check.h"

int main(void) {
    start("c-stdin-read");
    char head[4], rest[64];
    char text[80];
    size_t length = 0;
    for (;;) {
        __wasi_iovec_t vectors[2] = {{(uint8_t *)head, sizeof head}, {(uint8_t *)rest, sizeof rest}};
        __wasi_size_t got = 0;
        CHECK_WASI(__wasi_fd_read(0, vectors, 2, &got), 0);
        if (got == 0)
            break;
        CHECK(length + got < sizeof text);
        size_t in_head = got < sizeof head ? got : sizeof head;
        memcpy(text + length, head, in_head);
        memcpy(text + length + in_head, rest, got - in_head);
        length += got;
    }
    text[length] = '\0';
    CHECK(strcmp(text, "hello wasi\n") == 0);
    __wasi_iovec_t vector = {(uint8_t *)head, sizeof head};
    __wasi_size_t got = 1;
    CHECK_WASI(__wasi_fd_read(0, &vector, 1, &got), 0);
    CHECK(got == 0);
    printf("read %zu bytes: %s", length, text);
    return ok();
}
