/* Command substitution: $( ... ) and ` ... ` run inside this shell (they
 * see its functions and variables, and give back whatever they change, as
 * a subshell would) with standard output into a pipe. The shell reads the
 * pipe while it waits for the programs it starts, so that a program with a
 * lot to say never blocks on a full pipe, and after the command has run it
 * reads what is left up to the end. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

struct capture {
    int read_fd;
    struct text output;
    struct capture *outer;
};

/* The substitution running now (substitutions nest). */
static struct capture *innermost;
static int capture_depth;
int substitution_count;

/* Reads what the pipe holds, waiting at most `timeout` ms for the first byte. */
static void drain(struct capture *capture, int timeout) {
    for (;;) {
        struct pollfd record = {capture->read_fd, POLLIN, 0};
        if (poll(&record, 1, timeout) <= 0 || !(record.revents & (POLLIN | POLLHUP)))
            return;
        char buffer[4096];
        ssize_t count = read(capture->read_fd, buffer, sizeof buffer);
        if (count <= 0)
            return;
        text_append(&capture->output, buffer, (size_t)count);
        timeout = 0;
    }
}

void capture_drain(void) {
    if (innermost)
        drain(innermost, 0);
}

int wait_for_process(int pid, int *wait_status, int flags) {
    if (!innermost || (flags & WASMOS_WNOHANG))
        return wasmos_wait(pid, wait_status, flags);
    /* Poll the process and the pipe by turns, waiting longer each time
     * nothing happens (the end of a process does not wake poll). */
    int timeout = 1;
    for (;;) {
        int result = wasmos_wait(pid, wait_status, flags | WASMOS_WNOHANG);
        if (result != 0)
            return result;
        size_t before = innermost->output.length;
        drain(innermost, timeout);
        timeout = innermost->output.length > before ? 1 : (timeout < 16 ? timeout * 2 : 16);
    }
}

char *capture_output(const char *text, size_t length, int line) {
    substitution_count++;
    if (capture_depth >= MAX_NESTING) {
        shell_error("command substitutions nested too deeply");
        last_status = 1;
        return shell_copy("");
    }
    if (nesting_enter(3) < 0) {
        last_status = 2;
        return shell_copy("");
    }
    int ends[2];
    fflush(stdout);
    if (pipe(ends) < 0) {
        nesting_leave(3);
        shell_error("command substitution: %s", strerror(errno));
        last_status = 1;
        return shell_copy("");
    }
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    redirect_fd(&saved, 1, ends[1]);
    close(ends[1]);
    struct capture capture = {ends[0], {0}, innermost};
    innermost = &capture;
    capture_depth++;

    /* As in a subshell: what it changes is given back, exit ends only it. */
    struct shell_snapshot *snapshot = snapshot_take();
    int saved_loop_depth = loop_depth;
    int saved_function_depth = function_depth;
    int saved_report = report_failures;
    const char *saved_name = current_source_name;
    int saved_line = current_line;
    loop_depth = function_depth = report_failures = 0;
    char *command = shell_copy_length(text, length);
    int status = run_source(command, length, current_source_name, line);
    free(command);
    if (pending_control == CONTROL_EXIT)
        status = control_status;
    if (pending_control != CONTROL_INTERRUPT)
        pending_control = CONTROL_NONE;
    fflush(stdout);
    snapshot_restore(snapshot);
    loop_depth = saved_loop_depth;
    function_depth = saved_function_depth;
    report_failures = saved_report;
    current_source_name = saved_name;
    current_line = saved_line;

    innermost = capture.outer;
    capture_depth--;
    restore_descriptors(&saved); /* closes the shell's write end */
    char buffer[4096];
    ssize_t count;
    while ((count = read(ends[0], buffer, sizeof buffer)) > 0)
        text_append(&capture.output, buffer, (size_t)count);
    close(ends[0]);
    while (capture.output.length > 0 && capture.output.data[capture.output.length - 1] == '\n')
        capture.output.data[--capture.output.length] = '\0';
    nesting_leave(3);
    last_status = status;
    return text_take(&capture.output);
}
