/* tail-follow: checks `tail -f` from outside: starts it on a file with its
 * output on a pipe, appends to the file, truncates and rewrites it, and
 * reads each change back within a few seconds; then ends it with SIGTERM. */
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char path[] = "/tmp/tail-follow.txt";

static int write_file(const char *mode, const char *text) {
    FILE *file = fopen(path, mode);
    if (!file)
        return -1;
    fputs(text, file);
    return fclose(file);
}

/* Reads from `fd` until `expected` has arrived (within 5 s); keeps what came. */
static int expect(int fd, const char *expected, char *seen, size_t capacity) {
    size_t used = strlen(seen);
    for (int waited = 0; waited < 50 && !strstr(seen, expected); waited++) {
        struct pollfd ready = {fd, POLLIN, 0};
        if (poll(&ready, 1, 100) <= 0)
            continue;
        ssize_t got = read(fd, seen + used, capacity - 1 - used);
        if (got <= 0)
            return -1;
        used += (size_t)got;
        seen[used] = '\0';
    }
    return strstr(seen, expected) ? 0 : -1;
}

int main(void) {
    if (write_file("w", "one\n") != 0) {
        perror("tail-follow: writing the file");
        return 1;
    }
    int ends[2];
    if (pipe(ends) != 0) {
        perror("tail-follow: pipe");
        return 1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], 1);
    posix_spawn_file_actions_addclose(&actions, ends[0]);
    char *argv[] = {"tail", "-f", "-s", "0.1", "-n", "1", (char *)path, NULL};
    pid_t pid;
    if (posix_spawnp(&pid, "tail", &actions, NULL, argv, NULL) != 0) {
        fprintf(stderr, "tail-follow: cannot start tail\n");
        return 1;
    }
    close(ends[1]);
    static char seen[4096];
    int failed = expect(ends[0], "one\n", seen, sizeof seen);
    if (!failed) {
        write_file("a", "two\n");
        failed = expect(ends[0], "two\n", seen, sizeof seen);
    }
    if (!failed) {
        write_file("w", "three\n");
        failed = expect(ends[0], "three\n", seen, sizeof seen);
    }
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    if (failed) {
        fprintf(stderr, "tail-follow: tail -f printed only:\n%s", seen);
        return 1;
    }
    if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGTERM) {
        fprintf(stderr, "tail-follow: tail ended with status %#x, not by SIGTERM\n", status);
        return 1;
    }
    printf("tail -f followed an append and a rewrite: %s", seen);
    return 0;
}
