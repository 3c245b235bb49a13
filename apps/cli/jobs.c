/* Jobs: the pipelines the shell started, each a process group. Keeps their
 * table, runs one in the foreground (the console's foreground group gets
 * Ctrl-C and Ctrl-Z), waits for them, and tells the user before a prompt
 * which background jobs ended or stopped. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

static struct job jobs[MAX_JOBS];
int report_failures;
/* Grows each time a job is stopped or put in the background. */
static int recency_counter;

/* ---- the table -------------------------------------------------------------- */

struct job *job_create(const char *command, size_t length) {
    /* The lowest free number: job N lives in slot N - 1. */
    for (int slot = 0; slot < MAX_JOBS; slot++) {
        struct job *job = &jobs[slot];
        if (job->number != 0)
            continue;
        char *copy = strndup(command, length);
        if (!copy) {
            shell_error("out of memory");
            return NULL;
        }
        memset(job, 0, sizeof *job);
        job->number = slot + 1;
        job->command = copy;
        job->last_stage_status = -1;
        job->console_mode = WASMOS_CONSOLE_COOKED;
        return job;
    }
    shell_error("too many jobs");
    return NULL;
}

void job_add_process(struct job *job, int pid, const char *name) {
    struct job_process *process = &job->processes[job->process_count++];
    process->pid = pid;
    process->name = strdup(name);
    process->state = PROCESS_RUNNING;
    process->wait_status = 0;
    if (job->group == 0)
        job->group = pid;
}

void job_remove(struct job *job) {
    for (int index = 0; index < job->process_count; index++)
        free(job->processes[index].name);
    free(job->command);
    memset(job, 0, sizeof *job);
}

struct job *job_find(int number) {
    if (number < 1 || number > MAX_JOBS || jobs[number - 1].number == 0)
        return NULL;
    return &jobs[number - 1];
}

struct job *job_of_pid(int pid, int *index) {
    for (int slot = 0; slot < MAX_JOBS; slot++) {
        if (jobs[slot].number == 0)
            continue;
        for (int stage = 0; stage < jobs[slot].process_count; stage++) {
            if (jobs[slot].processes[stage].pid == pid) {
                *index = stage;
                return &jobs[slot];
            }
        }
    }
    return NULL;
}

struct job *job_next(struct job *job) {
    /* By slot, so that removing `job` while walking the table is safe. */
    for (int slot = job ? (int)(job - jobs) + 1 : 0; slot < MAX_JOBS; slot++) {
        if (jobs[slot].number != 0)
            return &jobs[slot];
    }
    return NULL;
}

void job_touch(struct job *job) {
    job->recency = ++recency_counter;
}

struct job *current_job(void) {
    struct job *best = NULL;
    int best_stopped = 0;
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        if (job->recency == 0) /* the foreground job, not yet stopped */
            continue;
        int stopped = !job_is_running(job) && !job_has_ended(job);
        if (!best || stopped > best_stopped || (stopped == best_stopped && job->recency > best->recency)) {
            best = job;
            best_stopped = stopped;
        }
    }
    return best;
}

/* ---- states and statuses ---------------------------------------------------- */

int job_is_running(const struct job *job) {
    for (int index = 0; index < job->process_count; index++) {
        if (job->processes[index].state == PROCESS_RUNNING)
            return 1;
    }
    return 0;
}

int job_has_ended(const struct job *job) {
    for (int index = 0; index < job->process_count; index++) {
        if (job->processes[index].state != PROCESS_ENDED)
            return 0;
    }
    return 1;
}

static int wait_status_is_stop(int wait_status) {
    return (wait_status & 0xff) == 0x7f;
}

int status_from_wait(int wait_status) {
    if (wait_status_is_stop(wait_status))
        return 128 + ((wait_status >> 8) & 0xff);
    if ((wait_status & 0x7f) == 0)
        return (wait_status >> 8) & 0xff;
    return 128 + (wait_status & 0x7f);
}

int job_status(const struct job *job) {
    if (job->last_stage_status >= 0 || job->process_count == 0)
        return job->last_stage_status >= 0 ? job->last_stage_status : 0;
    return status_from_wait(job->processes[job->process_count - 1].wait_status);
}

/* How a process ended by `signal` is called, as other shells say it. */
static const char *signal_description(int signal) {
    switch (signal) {
    case SIGNAL_HANGUP: return "Hangup";
    case SIGNAL_INTERRUPT: return "Interrupt";
    case SIGNAL_QUIT: return "Quit";
    case SIGNAL_ABORT: return "Aborted";
    case SIGNAL_KILL: return "Killed";
    case SIGNAL_BROKEN_PIPE: return "Broken pipe";
    case SIGNAL_ALARM: return "Alarm clock";
    case SIGNAL_TERMINATE: return "Terminated";
    default: return NULL;
    }
}

void describe_job_state(const struct job *job, char *text, size_t size) {
    if (job_is_running(job)) {
        snprintf(text, size, "Running");
    } else if (!job_has_ended(job)) {
        snprintf(text, size, "Stopped");
    } else {
        int status = job_status(job);
        const char *signal = status > 128 ? signal_description(status - 128) : NULL;
        if (status == 0)
            snprintf(text, size, "Done");
        else if (signal)
            snprintf(text, size, "%s", signal);
        else
            snprintf(text, size, "Exit %d", status);
    }
}

/* Prints "[N]+  State  command" for a job that changed (on standard error,
 * as other shells do, so that it stays out of redirected output). */
static void announce_job(const struct job *job) {
    char state[32];
    describe_job_state(job, state, sizeof state);
    fflush(stdout);
    fprintf(stderr, "[%d]+  %s  %s\n", job->number, state, job->command);
}

/* Records what a wait said about one process. */
static void record_wait_status(struct job_process *process, int wait_status) {
    process->wait_status = wait_status;
    process->state = wait_status_is_stop(wait_status) ? PROCESS_STOPPED : PROCESS_ENDED;
}

/* ---- waiting ---------------------------------------------------------------- */

/* Waits until no process of the job runs. Each process is waited for by
 * its pid, so that stops and ends of other jobs stay for the prompt. */
static void wait_until_not_running(struct job *job) {
    for (int index = 0; index < job->process_count; index++) {
        struct job_process *process = &job->processes[index];
        if (process->state != PROCESS_RUNNING)
            continue;
        int wait_status = 0;
        int result = wait_for_process(process->pid, &wait_status, WASMOS_WUNTRACED);
        if (result == process->pid) {
            record_wait_status(process, wait_status);
        } else {
            /* Not our child any more (reaped elsewhere): count it as ended. */
            process->state = PROCESS_ENDED;
        }
    }
}

/* After a wait: forgets an ended job, or keeps a stopped one as the
 * current job. Returns $?. */
static int settle_job(struct job *job, int announce_stop) {
    int status;
    if (job_has_ended(job)) {
        status = job_status(job);
        job_remove(job);
        return status;
    }
    /* Stopped: $? is 128 + the stop signal, as in other shells. */
    status = 128 + SIGNAL_TERMINAL_STOP;
    for (int index = 0; index < job->process_count; index++) {
        if (job->processes[index].state == PROCESS_STOPPED) {
            status = status_from_wait(job->processes[index].wait_status);
            break;
        }
    }
    job_touch(job);
    if (announce_stop) {
        announce_job(job);
        job->reported_stopped = 1;
    }
    return status;
}

/* Tells the user how a foreground job's last stage failed, in the shell's
 * usual words; Ctrl-C and traps (which the kernel reports) stay quiet. */
static void report_foreground_end(const struct job *job) {
    if (!report_failures || !interactive || job->last_stage_status >= 0 || job->process_count == 0)
        return;
    const struct job_process *last = &job->processes[job->process_count - 1];
    if (last->state != PROCESS_ENDED)
        return;
    int signal = last->wait_status & 0x7f;
    if (signal == 0) {
        int code = (last->wait_status >> 8) & 0xff;
        if (code != 0)
            fprintf(stderr, "[%s: exit status %d]\n", last->name ? last->name : "?", code);
    } else if (signal != SIGNAL_INTERRUPT && signal != SIGNAL_ABORT && signal != SIGNAL_BROKEN_PIPE) {
        const char *description = signal_description(signal);
        if (description)
            fprintf(stderr, "[%s: %s]\n", last->name ? last->name : "?", description);
        else
            fprintf(stderr, "[%s: signal %d]\n", last->name ? last->name : "?", signal);
    }
}

int run_in_foreground(struct job *job, int send_continue) {
    fflush(stdout);
    fflush(stderr);
    /* -ESRCH when every process has already ended: the shell keeps the console. */
    int shell_group = wasmos_console_foreground(job->group);
    if (job->console_mode != WASMOS_CONSOLE_COOKED)
        wasmos_console_mode(job->console_mode);
    /* Continued only once it has the console, so that Ctrl-C reaches it. */
    if (send_continue)
        signal_job(job, SIGNAL_CONTINUE);
    wait_until_not_running(job);
    if (shell_group > 0)
        wasmos_console_foreground(shell_group);
    /* The shell runs cooked until its next prompt; a stopped job gets back
     * the mode it had when it is continued. */
    job->console_mode = wasmos_console_mode(WASMOS_CONSOLE_COOKED);
    if (job->console_mode < 0)
        job->console_mode = WASMOS_CONSOLE_COOKED;
    if (job_has_ended(job))
        report_foreground_end(job);
    for (int index = 0; index < job->process_count; index++) {
        const struct job_process *process = &job->processes[index];
        if (process->state == PROCESS_ENDED && (process->wait_status & 0x7f) == SIGNAL_INTERRUPT &&
            pending_control == CONTROL_NONE) {
            pending_control = CONTROL_INTERRUPT;
            control_status = 128 + SIGNAL_INTERRUPT;
        }
    }
    return settle_job(job, 1);
}

int wait_for_job(struct job *job) {
    wait_until_not_running(job);
    return settle_job(job, 1);
}

int wait_for_job_process(struct job *job, int index) {
    struct job_process *process = &job->processes[index];
    if (process->state == PROCESS_RUNNING) {
        int wait_status = 0;
        if (wait_for_process(process->pid, &wait_status, WASMOS_WUNTRACED) == process->pid)
            record_wait_status(process, wait_status);
        else
            process->state = PROCESS_ENDED;
    }
    int status = status_from_wait(process->wait_status);
    if (job_has_ended(job))
        job_remove(job);
    return status;
}

int signal_job(struct job *job, int signal) {
    int result = wasmos_kill(-job->group, signal);
    /* Even when no process of the group is left (-ESRCH), continuing marks
     * them running, so that the next wait reaps them. */
    if (result < 0 && !(result == -ESRCH && signal == SIGNAL_CONTINUE))
        return result;
    if (signal == SIGNAL_CONTINUE) {
        for (int index = 0; index < job->process_count; index++) {
            if (job->processes[index].state == PROCESS_STOPPED)
                job->processes[index].state = PROCESS_RUNNING;
        }
        job->reported_stopped = 0;
    }
    return 0;
}

/* ---- noticing changes ------------------------------------------------------- */

/* The State letter of /proc/<pid>/status, or 0 if it cannot be read. */
static char process_state_letter(int pid) {
    char path[32];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    char text[512];
    ssize_t length = read(fd, text, sizeof text - 1);
    close(fd);
    if (length <= 0)
        return 0;
    text[length] = '\0';
    const char *state = strstr(text, "State:");
    if (!state)
        return 0;
    state += strlen("State:");
    while (*state == ' ' || *state == '\t')
        state++;
    return *state;
}

void update_jobs(void) {
    /* Reap every child that ended, whichever job it belongs to. */
    for (;;) {
        int wait_status = 0;
        int pid = wasmos_wait(-1, &wait_status, WASMOS_WNOHANG);
        if (pid <= 0)
            break;
        int index;
        struct job *job = job_of_pid(pid, &index);
        if (job)
            record_wait_status(&job->processes[index], wait_status);
    }
    /* Stops are reported by wait only once and only with WUNTRACED; the
     * kernel's process files say whether a process is stopped now. */
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        for (int index = 0; index < job->process_count; index++) {
            struct job_process *process = &job->processes[index];
            if (process->state == PROCESS_ENDED)
                continue;
            char letter = process_state_letter(process->pid);
            if (letter == 'T' && process->state == PROCESS_RUNNING) {
                process->state = PROCESS_STOPPED;
                process->wait_status = (SIGNAL_STOP << 8) | 0x7f;
            } else if (letter != 'T' && letter != 0 && process->state == PROCESS_STOPPED) {
                process->state = PROCESS_RUNNING;
                job->reported_stopped = 0;
            }
        }
    }
}

void report_job_changes(void) {
    update_jobs();
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        if (job_has_ended(job)) {
            announce_job(job);
            job_remove(job);
        } else if (!job_is_running(job) && !job->reported_stopped) {
            job_touch(job);
            announce_job(job);
            job->reported_stopped = 1;
        }
    }
}

void forget_ended_jobs(void) {
    /* Kept while there is room, for `wait PID` to read their statuses. */
    int count = 0;
    for (struct job *job = job_next(NULL); job; job = job_next(job))
        count++;
    if (count < MAX_JOBS / 2)
        return;
    update_jobs();
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        if (job_has_ended(job) && !job->starting)
            job_remove(job);
    }
}

void hang_up_stopped_jobs(void) {
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        if (!job_is_running(job) && !job_has_ended(job)) {
            wasmos_kill(-job->group, SIGNAL_HANGUP);
            /* WasmOS ends a stopped process at once; POSIX wants it continued. */
            wasmos_kill(-job->group, SIGNAL_CONTINUE);
        }
    }
}
