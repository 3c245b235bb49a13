/* cli: the WasmOS shell, started by the kernel at boot.
 *
 * It shows /etc/motd, then reads command lines with a small line editor
 * (raw console mode, VT100 redraws, history) and runs them: builtins run
 * here, anything else is an app started with spawn. A line is a list of
 * pipelines joined by ; & && ||; a pipeline's stages are joined by | and
 * run at once, connected by pipes, as one job (a process group) in the
 * foreground (Ctrl-C ends it, Ctrl-Z stops it) or, with &, in the
 * background (jobs, fg, bg, wait, kill); each stage may redirect with
 * < > >> 2> 2>> 2>&1. Words honour '..', ".." and backslash, and expand
 * $?, $!, $$ and $NAME / ${NAME}.
 *
 * This file starts the shell and runs the read-run loop; shell.h lists the
 * other parts. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

int top_level_shell;

static void show_motd(void) {
    int fd = open("/etc/motd", O_RDONLY);
    if (fd < 0)
        return;
    char buffer[1024];
    ssize_t count;
    while ((count = read(fd, buffer, sizeof buffer)) > 0)
        put_text(buffer, (size_t)count);
    close(fd);
}

/* The top-level shell powers the machine off on exit; a nested one just ends.
 * SHLVL tells them apart, as in other shells. */
static void note_shell_level(void) {
    const char *level_text = getenv("SHLVL");
    int level = level_text ? atoi(level_text) : 0;
    top_level_shell = level <= 0;
    char next[12];
    snprintf(next, sizeof next, "%d", level + 1);
    setenv("SHLVL", next, 1);
}

int main(void) {
    note_shell_level();
    show_motd();
    static struct editor editor;
    static char prompt[LINE_CAPACITY + 8];
    for (;;) {
        report_job_changes();
        char *directory = getcwd(NULL, 0);
        snprintf(prompt, sizeof prompt, "%s$ ", directory ? directory : "?");
        free(directory);
        editor.prompt = prompt;
        fflush(stdout);
        /* Raw only while editing: jobs run with the console cooked, where
         * Ctrl-C and Ctrl-Z reach the foreground job. */
        wasmos_console_mode(WASMOS_CONSOLE_RAW);
        enum read_result result = read_line(&editor);
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
        if (result == LINE_END_OF_INPUT)
            leave_shell(0);
        if (result == LINE_CANCELLED) {
            last_status = 130;
            continue;
        }
        history_add(editor.line);
        run_line(editor.line);
    }
}
