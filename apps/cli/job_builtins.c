/* The job control builtins: jobs, fg, bg, wait and kill (for %N; kill
 * without a job runs /bin/kill). Jobs are named %N, %% or %+ (the current
 * job); fg and bg also take a bare N. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#include "shell.h"

/* Reads a whole decimal number; returns -1 if `text` is not one. */
static int parse_number(const char *text) {
    if (!isdigit((unsigned char)*text))
        return -1;
    char *end;
    long long value = strtoll(text, &end, 10);
    return *end || value > 0x7fffffff ? -1 : (int)value;
}

/* The job a %N, %%, %+ (or, with `bare_number`, N) argument names; NULL
 * after a message. */
static struct job *parse_job(const char *builtin, const char *text, int bare_number) {
    const char *spec = text[0] == '%' ? text + 1 : text;
    if (text[0] != '%' && !bare_number) {
        shell_error("%s: %s: not a job", builtin, text);
        return NULL;
    }
    struct job *job;
    if (spec[0] == '\0' || strcmp(spec, "%") == 0 || strcmp(spec, "+") == 0) {
        job = current_job();
        if (!job)
            shell_error("%s: no current job", builtin);
        return job;
    }
    job = job_find(parse_number(spec));
    if (!job)
        shell_error("%s: %s: no such job", builtin, text);
    return job;
}

/* The job fg or bg acts on: the argument's, or the current one. */
static struct job *job_argument(const char *builtin, int argc, char **argv) {
    if (argc > 2) {
        shell_error("%s: too many arguments", builtin);
        return NULL;
    }
    update_jobs();
    return parse_job(builtin, argc > 1 ? argv[1] : "%%", 1);
}

int builtin_jobs(int argc, char **argv) {
    if (argc > 1) {
        shell_error("jobs: %s: unknown argument", argv[1]);
        return 2;
    }
    update_jobs();
    for (struct job *job = job_next(NULL); job; job = job_next(job)) {
        if (job->starting)
            continue;
        char state[32];
        describe_job_state(job, state, sizeof state);
        printf("[%d]  %s  %s\n", job->number, state, job->command);
        /* Listed as done once, like a report at the prompt. */
        if (job_has_ended(job))
            job_remove(job);
    }
    return 0;
}

int builtin_fg(int argc, char **argv) {
    struct job *job = job_argument("fg", argc, argv);
    if (!job)
        return 1;
    printf("%s\n", job->command);
    return run_in_foreground(job, 1);
}

int builtin_bg(int argc, char **argv) {
    struct job *job = job_argument("bg", argc, argv);
    if (!job)
        return 1;
    if (job_is_running(job)) {
        shell_error("bg: job %d is already running", job->number);
        return 0;
    }
    int result = signal_job(job, SIGNAL_CONTINUE);
    if (result < 0) {
        shell_error("bg: %%%d: %s", job->number, strerror(-result));
        return 1;
    }
    job_touch(job);
    printf("[%d]+ %s &\n", job->number, job->command);
    return 0;
}

/* wait %N or wait PID. Returns $?. */
static int wait_for_argument(const char *text) {
    if (text[0] == '%') {
        struct job *job = parse_job("wait", text, 0);
        return job ? wait_for_job(job) : 127;
    }
    int pid = parse_number(text);
    if (pid <= 0) {
        shell_error("wait: %s: not a pid or job", text);
        return 2;
    }
    int index;
    struct job *job = job_of_pid(pid, &index);
    if (job)
        return wait_for_job_process(job, index);
    int wait_status = 0;
    if (wasmos_wait(pid, &wait_status, 0) != pid) {
        shell_error("wait: pid %d is not a child of this shell", pid);
        return 127;
    }
    return status_from_wait(wait_status);
}

int builtin_wait(int argc, char **argv) {
    int status = 0;
    if (argc == 1) {
        /* Every running job; stopped ones would never end. */
        for (struct job *job = job_next(NULL); job; job = job_next(job)) {
            if (job_is_running(job) && !job->starting)
                status = wait_for_job(job);
        }
        return status;
    }
    for (int index = 1; index < argc; index++)
        status = wait_for_argument(argv[index]);
    return status;
}

/* Signal names kill knows, with or without SIG, besides numbers. */
static const struct {
    const char *name;
    int number;
} signal_names[] = {
    {"HUP", SIGNAL_HANGUP},    {"INT", SIGNAL_INTERRUPT},    {"QUIT", SIGNAL_QUIT},
    {"ABRT", SIGNAL_ABORT},    {"KILL", SIGNAL_KILL},        {"PIPE", SIGNAL_BROKEN_PIPE},
    {"ALRM", SIGNAL_ALARM},    {"TERM", SIGNAL_TERMINATE},   {"CONT", SIGNAL_CONTINUE},
    {"STOP", SIGNAL_STOP},     {"TSTP", SIGNAL_TERMINAL_STOP},
};

/* The number of signal `text` (a name or a number), or -1. */
static int parse_signal(const char *text) {
    if (isdigit((unsigned char)text[0]))
        return parse_number(text);
    if (strncmp(text, "SIG", 3) == 0)
        text += 3;
    for (size_t index = 0; index < sizeof signal_names / sizeof *signal_names; index++) {
        if (strcmp(text, signal_names[index].name) == 0)
            return signal_names[index].number;
    }
    return -1;
}

/* Where kill's targets start: after -SIG, -s SIG or --. */
static int first_target(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "-s") == 0)
        return 3;
    if (argc > 1 && argv[1][0] == '-')
        return 2;
    return 1;
}

int kill_names_a_job(int argc, char **argv) {
    for (int index = first_target(argc, argv); index < argc; index++) {
        if (argv[index][0] == '%')
            return 1;
    }
    return 0;
}

int builtin_kill(int argc, char **argv) {
    int first = first_target(argc, argv);
    int signal = SIGNAL_TERMINATE;
    if (first == 3)
        signal = parse_signal(argv[2]);
    else if (first == 2 && strcmp(argv[1], "--") != 0)
        signal = parse_signal(argv[1] + 1);
    if (signal < 0) {
        shell_error("kill: %s: unknown signal", first == 3 ? argv[2] : argv[1]);
        return 2;
    }
    int status = 0;
    for (int index = first; index < argc; index++) {
        const char *target = argv[index];
        int result;
        if (target[0] == '%') {
            struct job *job = parse_job("kill", target, 0);
            if (!job) {
                status = 1;
                continue;
            }
            result = signal_job(job, signal);
        } else {
            /* A pid, or -group after the signal. */
            int number = parse_number(target[0] == '-' ? target + 1 : target);
            if (number <= 0) {
                shell_error("kill: %s: not a pid or job", target);
                status = 1;
                continue;
            }
            result = wasmos_kill(target[0] == '-' ? -number : number, signal);
        }
        if (result < 0) {
            shell_error("kill: %s: %s", target, strerror(-result));
            status = 1;
        }
    }
    return status;
}
