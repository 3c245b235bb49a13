/* Child shells: a compound command or a function that must run beside
 * this shell (in the background, or feeding a pipe) runs in a new shell
 * process, `cli -c TEXT NAME`. Without fork, the child is given this
 * shell's state as a script it runs first: `set --` with the positional
 * parameters, the shell's own variables (exported ones it inherits), the
 * functions, and the options. The script goes through a temporary file
 * named by $CLI_STATE_FILE (arguments are limited to 64 KiB, and one
 * variable may be longer), which the child reads and removes. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

#define STATE_VARIABLE "CLI_STATE_FILE"

/* The script that recreates this shell's state. */
static char *state_script(void) {
    struct text script = {0};
    text_append_string(&script, "set --");
    for (int index = 1; index <= positional_count(); index++) {
        text_append_char(&script, ' ');
        append_quoted(&script, positional_get(index));
    }
    text_append_char(&script, '\n');
    variable_serialize(&script);
    function_serialize(&script);
    char letters[16];
    option_letters(letters, sizeof letters);
    if (letters[0]) {
        text_append_string(&script, "set -");
        text_append_string(&script, letters);
        text_append_char(&script, '\n');
    }
    return text_take(&script);
}

/* Writes `content` to a new temporary file; returns its path, or NULL. */
static char *write_state_file(const char *content) {
    static int counter;
    char path[64];
    snprintf(path, sizeof path, "/tmp/.cli-state-%d-%d", wasmos_getpid(), ++counter);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0600);
    if (fd < 0)
        return NULL;
    size_t length = strlen(content);
    size_t done = 0;
    while (done < length) {
        ssize_t written = write(fd, content + done, length - done);
        if (written <= 0)
            break;
        done += (size_t)written;
    }
    close(fd);
    if (done < length) {
        unlink(path);
        return NULL;
    }
    return shell_copy(path);
}

int spawn_shell_process(const struct wasmos_word *argv, int argc, const struct wasmos_spawn_options *spawn_options) {
    /* A shell's functions and substitutions nest in Wasm frames: a shell
     * started from this one gets at least SHELL_CALL_DEPTH of them. */
    long long frames = wasmos_limit_get(WASMOS_LIMIT_CALL_DEPTH);
    int raise = frames > 0 && frames < SHELL_CALL_DEPTH;
    if (raise)
        wasmos_limit_set(WASMOS_LIMIT_CALL_DEPTH, SHELL_CALL_DEPTH);
    int pid = wasmos_spawn(argv, argc, spawn_options);
    if (raise)
        wasmos_limit_set(WASMOS_LIMIT_CALL_DEPTH, frames);
    return pid;
}

static int spawn_shell(const char *command, const int child[3], int group) {
    const char *words[] = {shell_program, "-c", command, script_name};
    struct wasmos_word argv[4];
    for (int index = 0; index < 4; index++) {
        argv[index].ptr = words[index];
        argv[index].len = (uint32_t)strlen(words[index]);
    }
    struct wasmos_spawn_options spawn_options;
    memset(&spawn_options, 0, sizeof spawn_options);
    spawn_options.stdin_fd = child[0];
    spawn_options.stdout_fd = child[1];
    spawn_options.stderr_fd = child[2];
    spawn_options.group = group;
    spawn_options.env_count = -1;
    return spawn_shell_process(argv, 4, &spawn_options);
}

int spawn_child_shell(const char *text, const int child[3], int group) {
    char *state = state_script();
    char *path = write_state_file(state);
    int pid;
    if (path) {
        setenv(STATE_VARIABLE, path, 1);
        pid = spawn_shell(text, child, group);
        unsetenv(STATE_VARIABLE);
        if (pid < 0)
            unlink(path);
        free(path);
    } else {
        /* No /tmp: the state goes before the command. */
        struct text command = {0};
        text_append_string(&command, state);
        text_append_string(&command, text);
        pid = spawn_shell(command.data, child, group);
        text_free(&command);
    }
    free(state);
    return pid;
}

void child_shell_restore_state(void) {
    const char *variable = getenv(STATE_VARIABLE);
    if (!variable)
        return;
    char *path = shell_copy(variable);
    unsetenv(STATE_VARIABLE);
    run_file(path);
    unlink(path);
    free(path);
}
