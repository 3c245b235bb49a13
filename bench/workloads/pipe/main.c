/* pipe: benchmark workload, pipe throughput between two concurrent
 * processes: the pipeline `cat FILE | wc -c` of our own apps (/bin/cat.wasm
 * and /bin/wc.wasm), started with posix_spawnp and connected by a pipe, over
 * a file of `mebibytes` MiB of text lines written to /tmp first.  Timed from
 * the first spawn until both are reaped and wc's count is read (which must be
 * the file's size).  wc looks at every byte, so its own loop is part of the
 * figure, as in the same pipeline typed at the shell.
 * Usage: pipe [mebibytes]   (default 16)
 * Prints   pipe: <bytes> bytes through cat | wc -c in <ns> ns, <x> MiB/s */
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wasmos.h>

#define DEFAULT_MEBIBYTES 16
#define MAX_MEBIBYTES 64
#define CHUNK_BYTES 4096
#define LINE_BYTES 64
#define FILE_PATH "/tmp/bench-pipe.txt"

/* 64 lines of 63 printable characters and a newline (as the console workload writes). */
static void fill_chunk(char chunk[CHUNK_BYTES]) {
    for (int index = 0; index < CHUNK_BYTES; index++)
        chunk[index] = index % LINE_BYTES == LINE_BYTES - 1
                           ? '\n'
                           : (char)('!' + (index * 7 + index / LINE_BYTES) % 94);
}

/* Writes `bytes` of text to FILE_PATH; returns 0 or -1. */
static int write_file(long bytes) {
    static char chunk[CHUNK_BYTES];
    fill_chunk(chunk);
    int fd = open(FILE_PATH, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        perror("pipe: " FILE_PATH);
        return -1;
    }
    for (long written = 0; written < bytes; written += CHUNK_BYTES) {
        if (write(fd, chunk, CHUNK_BYTES) != CHUNK_BYTES) {
            perror("pipe: " FILE_PATH);
            close(fd);
            return -1;
        }
    }
    return close(fd);
}

/* Starts `argv` (a program of /bin) with `input` as its fd 0 and `output` as
 * its fd 1; returns its pid, or -1. */
static pid_t start(char *const argv[], int input, int output) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (input != 0)
        posix_spawn_file_actions_adddup2(&actions, input, 0);
    posix_spawn_file_actions_adddup2(&actions, output, 1);
    pid_t child;
    int error = posix_spawnp(&child, argv[0], &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    if (error) {
        fprintf(stderr, "pipe: starting %s: %s\n", argv[0], strerror(error));
        return -1;
    }
    return child;
}

/* Waits for `child`; returns 0 if it exited with 0. */
static int reap(pid_t child, const char *name) {
    int status;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "pipe: %s failed\n", name);
        return -1;
    }
    return 0;
}

/* Runs `cat FILE_PATH | wc -c`; returns the count wc printed, or -1. */
static long long pipeline(void) {
    int between[2], result[2];
    if (pipe(between) < 0 || pipe(result) < 0) {
        perror("pipe: pipe");
        return -1;
    }
    char *cat[] = {"cat", FILE_PATH, NULL};
    char *wc[] = {"wc", "-c", NULL};
    pid_t writer = start(cat, 0, between[1]);
    pid_t reader = writer < 0 ? -1 : start(wc, between[0], result[1]);
    close(between[0]);
    close(between[1]);
    close(result[1]);
    char text[64];
    size_t length = 0;
    for (;;) {
        ssize_t got = read(result[0], text + length, sizeof text - 1 - length);
        if (got <= 0)
            break;
        length += (size_t)got;
    }
    text[length] = '\0';
    close(result[0]);
    int failed = writer < 0 || reader < 0;
    if (writer >= 0 && reap(writer, "cat") < 0)
        failed = 1;
    if (reader >= 0 && reap(reader, "wc") < 0)
        failed = 1;
    char *end;
    long long count = strtoll(text, &end, 10);
    if (failed || end == text)
        return -1;
    return count;
}

int main(int argc, char **argv) {
    long mebibytes = DEFAULT_MEBIBYTES;
    if (argc > 2) {
        fprintf(stderr, "usage: pipe [mebibytes]\n");
        return 2;
    }
    if (argc == 2) {
        char *end;
        mebibytes = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || mebibytes <= 0 || mebibytes > MAX_MEBIBYTES) {
            fprintf(stderr, "pipe: %s: not a size of 1 to %d MiB\n", argv[1], MAX_MEBIBYTES);
            return 2;
        }
    }
    long bytes = mebibytes * 1024 * 1024;
    if (write_file(bytes) < 0)
        return 1;
    int64_t started = wasmos_timesinceboot();
    long long counted = pipeline();
    int64_t elapsed_ns = wasmos_timesinceboot() - started;
    unlink(FILE_PATH);
    if (counted != bytes) {
        fprintf(stderr, "pipe: wc -c counted %lld bytes of %ld\n", counted, bytes);
        return 1;
    }
    printf("pipe: %ld bytes through cat | wc -c in %lld ns, %.2f MiB/s\n", bytes, (long long)elapsed_ns,
           (double)mebibytes * 1e9 / (double)elapsed_ns);
    return 0;
}
