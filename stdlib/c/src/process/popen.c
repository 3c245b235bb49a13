/* popen.c: system(), popen() and pclose(), which run a command line through
 * the shell (`sh -c COMMAND`, /bin/sh.wasm, the `cli` shell under the name
 * sh), so redirections, pipelines and `exit N` mean what they mean in sh. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The shell every command line goes through. */
static const char shell_path[] = "/bin/sh.wasm";

/* Starts `sh -c command` with the file actions given; returns 0 or an errno. */
static int start_shell(pid_t *pid, const char *command, const posix_spawn_file_actions_t *actions) {
    char *argv[] = {"sh", "-c", (char *)command, NULL};
    return posix_spawn(pid, shell_path, actions, NULL, argv, NULL);
}

/* Waits for `pid`, going on after EINTR; returns its wait status or -1. */
static int wait_for(pid_t pid) {
    int status;
    for (;;) {
        pid_t ended = waitpid(pid, &status, 0);
        if (ended == pid)
            return status;
        if (ended < 0 && errno != EINTR)
            return -1;
    }
}

/* Runs `command` through the shell and returns its wait status (use
 * WIFEXITED/WEXITSTATUS), or -1 with errno if it could not be started; with
 * no command, whether a shell exists. A shell that cannot find the command
 * exits with 127, as POSIX says. */
int system(const char *command) {
    if (!command)
        return access(shell_path, F_OK) == 0;
    pid_t pid;
    int error = start_shell(&pid, command, NULL);
    if (error) {
        errno = error;
        return -1;
    }
    return wait_for(pid);
}

/* The processes behind open popen() streams. */
struct piped {
    FILE *stream;
    pid_t pid;
    struct piped *next;
};
static struct piped *piped_list;

/* Runs `command` through the shell with its standard output ("r") or input
 * ("w") connected to the returned stream. */
FILE *popen(const char *command, const char *mode) {
    if (!command || !mode || (strcmp(mode, "r") != 0 && strcmp(mode, "w") != 0 && strcmp(mode, "re") != 0 &&
                              strcmp(mode, "we") != 0)) {
        errno = EINVAL;
        return NULL;
    }
    int reading = mode[0] == 'r';
    int ends[2];
    if (pipe(ends) < 0)
        return NULL;
    /* The child's end becomes its fd 1 (reading) or 0 (writing); ours stays. */
    int child_end = reading ? ends[1] : ends[0];
    int our_end = reading ? ends[0] : ends[1];
    struct piped *entry = malloc(sizeof *entry);
    posix_spawn_file_actions_t actions;
    int error = entry ? posix_spawn_file_actions_init(&actions) : ENOMEM;
    if (!error) {
        error = posix_spawn_file_actions_adddup2(&actions, child_end, reading ? 1 : 0);
        if (!error)
            error = posix_spawn_file_actions_addclose(&actions, our_end);
        pid_t pid = -1;
        if (!error)
            error = start_shell(&pid, command, &actions);
        posix_spawn_file_actions_destroy(&actions);
        entry->pid = pid;
    }
    close(child_end);
    FILE *stream = error ? NULL : fdopen(our_end, reading ? "r" : "w");
    if (!stream) {
        int saved = error ? error : errno;
        close(our_end);
        if (!error && entry->pid > 0)
            wait_for(entry->pid);
        free(entry);
        errno = saved;
        return NULL;
    }
    entry->stream = stream;
    entry->next = piped_list;
    piped_list = entry;
    return stream;
}

/* Closes a popen() stream and waits for its command; returns its wait status,
 * or -1 with errno ECHILD if the stream did not come from popen(). */
int pclose(FILE *stream) {
    struct piped **link = &piped_list;
    while (*link && (*link)->stream != stream)
        link = &(*link)->next;
    struct piped *entry = *link;
    if (!entry) {
        errno = ECHILD;
        return -1;
    }
    *link = entry->next;
    pid_t pid = entry->pid;
    free(entry);
    fclose(stream);
    return wait_for(pid);
}
