/* pingpong: benchmark workload, the round trip between two processes over
 * pipes: the parent writes one byte to the child over one pipe, the child
 * writes it back over another, `rounds` times, timed.
 * Usage: pingpong [rounds]   (default 10000)
 * On WasmOS (and the host runner) the child is this program again, started
 * with posix_spawn with its standard input and output on the pipes; the
 * native build (bench/build-native.sh, for the Linux guest only) forks
 * instead, as a plain POSIX program would. The summary line
 *   pingpong: <rounds> round trips in <ns> ns, <ns> ns per round trip
 * goes to standard output, and in the native build to standard error, since
 * the Linux guest's init discards the standard output of the native programs
 * it times. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __wasm__
#include <spawn.h>
#include <wasmos.h>
#else
#include <time.h>
#endif

#define DEFAULT_ROUNDS 10000
/* The argument that makes the program the child. */
#define CHILD_ARGUMENT "--child"

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

/* The child: sends back every byte read from `input` on `output` until the
 * end of its input; returns its exit status. */
static int echo_bytes(int input, int output) {
    char byte;
    for (;;) {
        ssize_t got = read(input, &byte, 1);
        if (got == 0)
            return 0;
        if (got < 0 || write(output, &byte, 1) != 1) {
            perror("pingpong: child");
            return 1;
        }
    }
}

/* One round trip: one byte out on `output` and the same byte back on `input`. */
static int round_trip(int output, int input, char byte) {
    char answer;
    if (write(output, &byte, 1) != 1 || read(input, &answer, 1) != 1 || answer != byte) {
        perror("pingpong: round trip");
        return -1;
    }
    return 0;
}

/* Starts the child with `to_child` and `to_parent`; returns its pid, or -1. */
static pid_t start_child(const char *program, int to_child[2], int to_parent[2]) {
#ifdef __wasm__
    /* A spawned child has only fds 0, 1 and 2: the pipes' other ends stay here. */
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
    posix_spawn_file_actions_adddup2(&actions, to_parent[1], 1);
    char *argv[] = {(char *)program, CHILD_ARGUMENT, NULL};
    pid_t child;
    int error = posix_spawn(&child, program, &actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(&actions);
    if (error) {
        fprintf(stderr, "pingpong: starting %s: %s\n", program, strerror(error));
        return -1;
    }
    return child;
#else
    (void)program;
    pid_t child = fork();
    if (child < 0) {
        perror("pingpong: fork");
        return -1;
    }
    if (child == 0) {
        close(to_child[1]);
        close(to_parent[0]);
        _exit(echo_bytes(to_child[0], to_parent[1]));
    }
    return child;
#endif
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], CHILD_ARGUMENT) == 0)
        return echo_bytes(0, 1);
    long rounds = DEFAULT_ROUNDS;
    if (argc > 2) {
        fprintf(stderr, "usage: pingpong [rounds]\n");
        return 2;
    }
    if (argc == 2) {
        char *end;
        rounds = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || rounds <= 0) {
            fprintf(stderr, "pingpong: %s: not a valid number of round trips\n", argv[1]);
            return 2;
        }
    }
    int to_child[2], to_parent[2];
    if (pipe(to_child) < 0 || pipe(to_parent) < 0) {
        perror("pingpong: pipe");
        return 1;
    }
    pid_t child = start_child(argv[0], to_child, to_parent);
    if (child < 0)
        return 1;
    close(to_child[0]);
    close(to_parent[1]);
    /* One round trip untimed: the child has started and is waiting. */
    int status = round_trip(to_child[1], to_parent[0], 'a') == 0 ? 0 : 1;
    int64_t started = now_ns();
    for (long round = 0; round < rounds && status == 0; round++)
        if (round_trip(to_child[1], to_parent[0], (char)('a' + round % 26)) < 0)
            status = 1;
    int64_t elapsed_ns = now_ns() - started;
    /* The end of its input ends the child. */
    close(to_child[1]);
    int child_status;
    if (waitpid(child, &child_status, 0) != child || !WIFEXITED(child_status) || WEXITSTATUS(child_status) != 0) {
        fprintf(stderr, "pingpong: the child failed\n");
        status = 1;
    }
    if (status != 0)
        return status;
#ifdef __wasm__
    FILE *summary = stdout;
#else
    FILE *summary = stderr;
#endif
    fprintf(summary, "pingpong: %ld round trips in %lld ns, %.1f ns per round trip\n", rounds,
            (long long)elapsed_ns, (double)elapsed_ns / (double)rounds);
    return 0;
}
