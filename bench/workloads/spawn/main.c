/* spawn: benchmark workload, starting a process and waiting for it: `count`
 * times posix_spawn of /bench/hello.wasm (the launch workload's hello world)
 * then waitpid for it, timed.  Unlike the driver's launch rows (runapp,
 * which runs a program to its end within the call), the child runs as a
 * task of its own beside this one, as a shell's job does.  The child's
 * standard output goes to /dev/null, so that only starting, running and
 * reaping it is measured.  One spawn before the timed ones lets the program
 * cache hold the module, so the figure is a warm start.
 * Usage: spawn [count]   (default 100)
 * Prints   spawn: <count> spawn+wait of <program> in <ns> ns, <ns> ns each */
#include <fcntl.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wasmos.h>

#define DEFAULT_COUNT 100
#define PROGRAM "/bench/hello.wasm"

/* Starts PROGRAM with `actions` and waits for it; returns 0 if it exited with 0. */
static int spawn_and_wait(const posix_spawn_file_actions_t *actions) {
    char *argv[] = {PROGRAM, NULL};
    pid_t child;
    int error = posix_spawn(&child, PROGRAM, actions, NULL, argv, NULL);
    if (error) {
        fprintf(stderr, "spawn: %s: %s\n", PROGRAM, strerror(error));
        return -1;
    }
    int status;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "spawn: %s failed\n", PROGRAM);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    long count = DEFAULT_COUNT;
    if (argc > 2) {
        fprintf(stderr, "usage: spawn [count]\n");
        return 2;
    }
    if (argc == 2) {
        char *end;
        count = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || count <= 0) {
            fprintf(stderr, "spawn: %s: not a valid count\n", argv[1]);
            return 2;
        }
    }
    int null = open("/dev/null", O_WRONLY);
    if (null < 0) {
        perror("spawn: /dev/null");
        return 1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, null, 1);
    int status = spawn_and_wait(&actions) == 0 ? 0 : 1;
    int64_t started = wasmos_timesinceboot();
    for (long round = 0; round < count && status == 0; round++)
        if (spawn_and_wait(&actions) < 0)
            status = 1;
    int64_t elapsed_ns = wasmos_timesinceboot() - started;
    posix_spawn_file_actions_destroy(&actions);
    close(null);
    if (status != 0)
        return status;
    printf("spawn: %ld spawn+wait of %s in %lld ns, %.1f ns each\n", count, PROGRAM, (long long)elapsed_ns,
           (double)elapsed_ns / (double)count);
    return 0;
}
