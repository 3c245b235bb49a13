/* syscall: benchmark workload, the cost of one system call: `count`
 * zero-byte writes to /dev/null, then `count` turns of an empty loop, each
 * timed, and the difference per call.  Usage: syscall [count]   (default 1000000) */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#ifdef __wasm__
#include <wasmos.h>
#else
#include <time.h>
#endif

#define DEFAULT_COUNT 1000000

/* Monotonic nanoseconds. */
static int64_t now_ns(void) {
#ifdef __wasm__
    return wasmos_timesinceboot();
#else
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
#endif
}

/* The raw zero-byte write: the system call itself, without the C library's wrapper. */
static int zero_write(int fd, const char *buffer) {
#ifdef __wasm__
    return wasmos_write(fd, buffer, 0);
#else
    return (int)write(fd, buffer, 0);
#endif
}

int main(int argc, char **argv) {
    long count = DEFAULT_COUNT;
    if (argc > 1) {
        char *end;
        count = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || count <= 0) {
            fprintf(stderr, "syscall: %s: not a valid count\n", argv[1]);
            return 2;
        }
    }
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0) {
        perror("syscall: /dev/null");
        return 1;
    }
    static const char buffer[1] = {0};
    long failures = 0;
    int64_t started = now_ns();
    for (long call = 0; call < count; call++)
        if (zero_write(fd, buffer) != 0)
            failures++;
    int64_t calls_ns = now_ns() - started;
    close(fd);

    /* The same loop without the call: a volatile counter keeps the compiler from removing it. */
    volatile long turns = 0;
    started = now_ns();
    for (long call = 0; call < count; call++)
        turns = turns + 1;
    int64_t loop_ns = now_ns() - started;

    double per_call = (double)(calls_ns - loop_ns) / (double)count;
    printf("syscall: %ld calls in %lld ns, empty loop %lld ns, %.1f ns per call\n", count, (long long)calls_ns,
           (long long)loop_ns, per_call);
    if (failures) {
        fprintf(stderr, "syscall: %ld writes failed\n", failures);
        return 1;
    }
    return 0;
}
