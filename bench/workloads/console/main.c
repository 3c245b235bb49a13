/* console: benchmark workload, output throughput: writes `bytes` of
 * printable text lines to `target` in 4 KiB writes, timed.
 * Usage: console <target> [bytes]   (default 1048576)
 * The summary goes to standard output and to /tmp/bench-console.txt, since
 * with /dev/console as the target it would be lost among the text. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __wasm__
#include <wasmos.h>
#else
#include <time.h>
#endif

#define DEFAULT_BYTES 1048576
#define CHUNK_BYTES 4096
#define LINE_BYTES 64
#define SUMMARY_PATH "/tmp/bench-console.txt"

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

/* 64 lines of 63 printable characters and a newline. */
static void fill_chunk(char chunk[CHUNK_BYTES]) {
    for (int index = 0; index < CHUNK_BYTES; index++)
        chunk[index] = index % LINE_BYTES == LINE_BYTES - 1
                           ? '\n'
                           : (char)('!' + (index * 7 + index / LINE_BYTES) % 94);
}

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: console <target> [bytes]\n");
        return 2;
    }
    const char *target = argv[1];
    long total = DEFAULT_BYTES;
    if (argc > 2) {
        char *end;
        total = strtol(argv[2], &end, 10);
        if (*end || end == argv[2] || total < 0) {
            fprintf(stderr, "console: %s: not a valid byte count\n", argv[2]);
            return 2;
        }
    }
    static char chunk[CHUNK_BYTES];
    fill_chunk(chunk);
    int fd = open(target, O_WRONLY);
    if (fd < 0) {
        perror(target);
        return 1;
    }
    int64_t started = now_ns();
    long written = 0;
    while (written < total) {
        size_t wanted = total - written < CHUNK_BYTES ? (size_t)(total - written) : CHUNK_BYTES;
        ssize_t result = write(fd, chunk, wanted);
        if (result <= 0) {
            perror(target);
            return 1;
        }
        written += result;
    }
    int64_t elapsed_ns = now_ns() - started;
    close(fd);
    char summary[256];
    snprintf(summary, sizeof summary, "console: %ld bytes to %s in %lld ns\n", written, target,
             (long long)elapsed_ns);
    /* Start on a fresh line if the text (shown when the target is the console) ended mid-line. */
    if (written % LINE_BYTES != 0)
        putchar('\n');
    fputs(summary, stdout);
    FILE *record = fopen(SUMMARY_PATH, "w");
    if (!record) {
        perror(SUMMARY_PATH);
        return 1;
    }
    fputs(summary, record);
    return fclose(record) == 0 ? 0 : 1;
}
