/* fd_write on standard output and error: several iovecs at once (possibly
 * written in parts), empty iovecs, no iovec at all; the counts written. */
#include "check.h"

int main(void) {
    start("c-stdout-iovecs");
    const char *parts[] = {"one ", "", "two ", "three\n"};
    __wasi_ciovec_t vectors[4];
    size_t total = 0;
    for (int index = 0; index < 4; index++) {
        vectors[index].buf = (const uint8_t *)parts[index];
        vectors[index].buf_len = strlen(parts[index]);
        total += strlen(parts[index]);
    }
    /* A write may be short (wasmtime writes one iovec at a time): the rest
     * follows in further writes, as a libc would do. */
    __wasi_size_t written = 0;
    size_t done = 0;
    int first = 0;
    while (done < total) {
        CHECK_WASI(__wasi_fd_write(1, vectors + first, 4 - first, &written), 0);
        CHECK(written > 0 && done + written <= total);
        done += written;
        while (first < 4 && written >= vectors[first].buf_len) {
            written -= vectors[first].buf_len;
            first++;
        }
        if (first < 4) {
            vectors[first].buf += written;
            vectors[first].buf_len -= written;
        }
    }
    CHECK_WASI(__wasi_fd_write(1, vectors, 0, &written), 0);
    CHECK(written == 0);
    __wasi_ciovec_t empty = {(const uint8_t *)"", 0};
    CHECK_WASI(__wasi_fd_write(1, &empty, 1, &written), 0);
    CHECK(written == 0);
    const char note[] = "c-stdout-iovecs: a line on standard error\n";
    __wasi_ciovec_t error_vector = {(const uint8_t *)note, sizeof note - 1};
    CHECK_WASI(__wasi_fd_write(2, &error_vector, 1, &written), 0);
    CHECK(written == sizeof note - 1);
    CHECK(write(1, "four\n", 5) == 5);
    return ok();
}
