/* process_test.c: pipes, poll(), posix_spawn() with file actions and
 * attributes, waitpid() and kill(), as POSIX describes them; the output must
 * match the host's glibc exactly. The children are /bin's echo, cat, true,
 * false and sleep. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU names under -std=c11 */
#endif
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void show_status(const char *what, int status) {
    if (WIFEXITED(status))
        printf("%s: exited with %d\n", what, WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        printf("%s: ended by signal %d\n", what, WTERMSIG(status));
    else if (WIFSTOPPED(status))
        printf("%s: stopped by signal %d\n", what, WSTOPSIG(status));
    else
        printf("%s: status %#x\n", what, status);
}

static void identities_and_no_children(void) {
    printf("getpid() > 0: %d\n", getpid() > 0);
    printf("getppid() >= 0: %d\n", getppid() >= 0);
    errno = 0;
    pid_t result = wait(NULL);
    printf("wait() without children: %d, %s\n", (int)result, strerror(errno));
    errno = 0;
    result = waitpid(-1, NULL, WNOHANG);
    printf("waitpid(-1, WNOHANG) without children: %d, %s\n", (int)result, strerror(errno));
}

static void pipes_and_poll(void) {
    int fds[2];
    if (pipe(fds) < 0) {
        printf("pipe: %s\n", strerror(errno));
        return;
    }
    struct pollfd records[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLOUT, 0}};
    int ready = poll(records, 2, 0);
    printf("empty pipe: %d ready; read end %#x, write end %#x\n", ready, records[0].revents, records[1].revents);
    printf("write: %d\n", (int)write(fds[1], "through the pipe", 16));
    ready = poll(records, 1, -1);
    printf("after a write: %d ready; read end %#x\n", ready, records[0].revents);
    char buffer[64];
    ssize_t got = read(fds[0], buffer, sizeof buffer);
    printf("read %d bytes: %.*s\n", (int)got, (int)got, buffer);
    ready = poll(records, 1, 10);
    printf("drained, 10 ms timeout: %d ready\n", ready);
    close(fds[1]);
    ready = poll(records, 1, 1000);
    printf("writer closed: %d ready; POLLHUP %d\n", ready, (records[0].revents & POLLHUP) != 0);
    printf("read at the end: %d\n", (int)read(fds[0], buffer, sizeof buffer));
    close(fds[0]);

    struct pollfd closed = {fds[0], POLLIN, 0};
    ready = poll(&closed, 1, 0);
    printf("a closed fd: %d ready; POLLNVAL %d\n", ready, (closed.revents & POLLNVAL) != 0);
    struct pollfd skipped = {-1, POLLIN, 0};
    printf("a negative fd is skipped: %d ready\n", poll(&skipped, 1, 0));
}

/* Runs `argv` with its standard output (and error, if `both`) into a pipe,
 * prints what came through and how it ended. */
static void run_captured(char *const argv[], posix_spawn_file_actions_t *more_actions, int both) {
    int fds[2];
    if (pipe(fds) < 0)
        return;
    posix_spawn_file_actions_t own_actions;
    posix_spawn_file_actions_t *actions = more_actions ? more_actions : &own_actions;
    if (!more_actions)
        posix_spawn_file_actions_init(&own_actions);
    posix_spawn_file_actions_adddup2(actions, fds[1], 1);
    if (both)
        posix_spawn_file_actions_adddup2(actions, 1, 2);
    posix_spawn_file_actions_addclose(actions, fds[0]);
    posix_spawn_file_actions_addclose(actions, fds[1]);
    pid_t pid = 0;
    int error = posix_spawnp(&pid, argv[0], actions, NULL, argv, NULL);
    posix_spawn_file_actions_destroy(actions);
    close(fds[1]);
    if (error) {
        printf("posix_spawnp(%s): %s\n", argv[0], strerror(error));
        close(fds[0]);
        return;
    }
    char output[256];
    size_t used = 0;
    ssize_t got;
    while (used < sizeof output && (got = read(fds[0], output + used, sizeof output - used)) > 0)
        used += (size_t)got;
    close(fds[0]);
    printf("%s wrote: \"%.*s\"\n", argv[0], (int)used, output);
    int status = 0;
    pid_t reaped = waitpid(pid, &status, 0);
    printf("waitpid returned the child's pid: %d\n", reaped == pid);
    show_status(argv[0], status);
}

static void spawning(void) {
    char *echo[] = {"echo", "hello", "from", "a", "child", NULL};
    run_captured(echo, NULL, 0);

    char *false_program[] = {"false", NULL};
    run_captured(false_program, NULL, 0);

    pid_t pid = 0;
    char *missing[] = {"no-such-program-3141", NULL};
    int error = posix_spawnp(&pid, missing[0], NULL, NULL, missing, NULL);
    printf("posix_spawnp of a missing program: %s\n", strerror(error));

    /* posix_spawn takes a path. */
#ifdef __wasm__
    char *echo_path = "/bin/echo.wasm";
#else
    char *echo_path = "/bin/echo";
#endif
    int fds[2];
    if (pipe(fds) == 0) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        char *arguments[] = {"echo", "by", "path", NULL};
        error = posix_spawn(&pid, echo_path, &actions, NULL, arguments, NULL);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        char output[64];
        ssize_t got = error ? 0 : read(fds[0], output, sizeof output);
        close(fds[0]);
        printf("posix_spawn by path: %s, wrote \"%.*s\"\n", strerror(error), (int)(got > 0 ? got : 0), output);
        int status = 0;
        if (!error && waitpid(pid, &status, 0) == pid)
            show_status("echo by path", status);
    }

    /* A file opened for the child's standard input. */
    FILE *file = fopen("process_test_input.txt", "w");
    if (file) {
        fputs("line one\nline two\n", file);
        fclose(file);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "process_test_input.txt", O_RDONLY, 0);
        char *cat[] = {"cat", NULL};
        run_captured(cat, &actions, 0);
        remove("process_test_input.txt");
    }

    /* Standard error joined to standard output. */
    char *cat_missing[] = {"cat", "no-such-file-2718", NULL};
    run_captured(cat_missing, NULL, 1);
}

static void waiting_and_signals(void) {
    char *sleeper[] = {"sleep", "20", NULL};
    pid_t pid = 0;
    int error = posix_spawnp(&pid, "sleep", NULL, NULL, sleeper, NULL);
    if (error) {
        printf("posix_spawnp(sleep): %s\n", strerror(error));
        return;
    }
    int status = -1;
    printf("WNOHANG while it runs: %d\n", (int)waitpid(pid, &status, WNOHANG));
    printf("kill(pid, 0): %d\n", kill(pid, 0));
    printf("kill(pid, SIGSTOP): %d\n", kill(pid, SIGSTOP));
    printf("WUNTRACED sees the stop: %d\n", waitpid(pid, &status, WUNTRACED) == pid);
    show_status("sleep", status);
    printf("kill(pid, SIGCONT): %d\n", kill(pid, SIGCONT));
    printf("kill(pid, SIGTERM): %d\n", kill(pid, SIGTERM));
    printf("waitpid reaps it: %d\n", waitpid(pid, &status, 0) == pid);
    show_status("sleep", status);
    errno = 0;
    int result = kill(pid, 0);
    printf("kill of the reaped child: %d, %s\n", result, strerror(errno));
    errno = 0;
    result = kill(0x7ffffff0, SIGTERM);
    printf("kill of no process: %d, %s\n", result, strerror(errno));

    /* A child in a group of its own, ended through the group. */
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    error = posix_spawnp(&pid, "sleep", NULL, &attributes, sleeper, NULL);
    posix_spawnattr_destroy(&attributes);
    if (error) {
        printf("posix_spawnp(sleep) in a new group: %s\n", strerror(error));
        return;
    }
    printf("kill(-group, SIGKILL): %d\n", kill(-pid, SIGKILL));
    printf("waitpid reaps it: %d\n", waitpid(pid, &status, 0) == pid);
    show_status("sleep in its own group", status);

    /* Two children, reaped in either order by wait(). */
    char *true_program[] = {"true", NULL};
    char *false_program[] = {"false", NULL};
    pid_t first = 0, second = 0;
    posix_spawnp(&first, "true", NULL, NULL, true_program, NULL);
    posix_spawnp(&second, "false", NULL, NULL, false_program, NULL);
    int statuses = 0;
    for (int round = 0; round < 2; round++) {
        pid_t reaped = wait(&status);
        if (reaped == first || reaped == second)
            statuses += WEXITSTATUS(status) + 1;
    }
    printf("wait() reaped true and false: %d\n", statuses == 3);
    errno = 0;
    result = wait(&status);
    printf("then no children: %d, %s\n", result, strerror(errno));
}

int main(void) {
    identities_and_no_children();
    pipes_and_poll();
    spawning();
    waiting_and_signals();
    return 0;
}
