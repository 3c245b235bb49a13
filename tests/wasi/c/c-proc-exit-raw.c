/* __wasi_proc_exit(42) ends the program at once: nothing after it runs,
 * and unflushed stdio buffers stay unwritten (so only fd_write is used). */
#include "check.h"

int main(void) {
    start("c-proc-exit-raw");
    const char text[] = "calling proc_exit(42)\n";
    __wasi_ciovec_t vector = {(const uint8_t *)text, sizeof text - 1};
    __wasi_size_t written = 0;
    CHECK_WASI(__wasi_fd_write(1, &vector, 1, &written), 0);
    __wasi_proc_exit(42);
}
