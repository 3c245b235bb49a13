/* Pipelines and jobs: the stages of a pipeline run at once as one job (a
 * process group), connected by kernel pipes. Apps and scripts are started
 * as processes; so are functions and compound commands that feed a pipe or
 * run in the background (in a child shell, see child_shell.c). Builtins,
 * and a function or compound command at the end of a foreground pipeline,
 * run inside the shell after the processes have started, with their
 * standard input and output on the pipes. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

/* $? for a program that could not start, after saying why on
 * `error_fd`, the standard error it would have had. */
static int report_spawn_failure(const char *name, int error, int error_fd) {
    if (error == -ENOENT) {
        shell_error_on(error_fd, "%s: command not found", name);
        return 127;
    }
    if (error == -ENOEXEC)
        shell_error_on(error_fd, "%s: not a valid WebAssembly program", name);
    else
        shell_error_on(error_fd, "%s: %s", name, strerror(-error));
    return 126;
}

static int spawn_words(int argc, char **argv, const int child[3], int group, int shell) {
    struct wasmos_word *words = shell_allocate((size_t)argc * sizeof *words);
    for (int index = 0; index < argc; index++) {
        words[index].ptr = argv[index];
        words[index].len = (uint32_t)strlen(argv[index]);
    }
    struct wasmos_spawn_options spawn_options;
    memset(&spawn_options, 0, sizeof spawn_options);
    spawn_options.stdin_fd = child[0];
    spawn_options.stdout_fd = child[1];
    spawn_options.stderr_fd = child[2];
    spawn_options.group = group;
    spawn_options.env_count = -1;
    int pid = shell ? spawn_shell_process(words, argc, &spawn_options) : wasmos_spawn(words, argc, &spawn_options);
    free(words);
    return pid;
}

/* Whether a command name starts a shell (cli or sh, by name or path). */
static int is_shell_name(const char *name) {
    const char *slash = strrchr(name, '/');
    const char *base = slash ? slash + 1 : name;
    return strcmp(base, "cli") == 0 || strcmp(base, "cli.wasm") == 0 || strcmp(base, "sh") == 0 ||
           strcmp(base, "sh.wasm") == 0;
}

/* The command a child shell runs for a function stage: its expanded words,
 * quoted (they must not be expanded again). */
static char *quoted_words(const struct string_list *words) {
    struct text command = {0};
    for (int index = 0; index < words->count; index++) {
        if (index > 0)
            text_append_char(&command, ' ');
        append_quoted(&command, words->items[index]);
    }
    return text_take(&command);
}

/* Starts the process of one stage in process group `group`. */
static int spawn_stage_process(struct prepared_stage *stage, const int child[3], int group) {
    if (stage->kind == STAGE_CHILD_SHELL && stage->node->kind != NODE_COMMAND)
        return spawn_child_shell(stage->node->text, child, group);
    if (stage->kind == STAGE_CHILD_SHELL) {
        char *command = quoted_words(&stage->words);
        int pid = spawn_child_shell(command, child, group);
        free(command);
        return pid;
    }
    char **argv = stage->words.items;
    int argc = stage->words.count;
    if (stage->kind == STAGE_SCRIPT) {
        /* A shell of its own runs the script: shell SCRIPT ARGUMENTS... */
        char **words = shell_allocate((size_t)(argc + 2) * sizeof *words);
        words[0] = (char *)shell_program;
        words[1] = stage->program;
        memcpy(words + 2, argv + 1, (size_t)(argc - 1) * sizeof *words);
        int pid = spawn_words(argc + 1, words, child, group, 1);
        free(words);
        return pid;
    }
    char *name = argv[0];
    argv[0] = stage->program;
    int pid = spawn_words(argc, argv, child, group, is_shell_name(name));
    argv[0] = name;
    return pid;
}

static void close_if_open(int *fd) {
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

/* Starts one process stage of `job`, reading `input_fd` and writing
 * `output_fd` (-1: the shell's own) unless its redirections say otherwise.
 * Returns 0, or $? for a stage that did not start. */
static int start_stage(struct job *job, struct prepared_stage *stage, int input_fd, int output_fd) {
    int child[3] = {input_fd >= 0 ? input_fd : 0, output_fd >= 0 ? output_fd : 1, 2};
    int *opened = shell_allocate((size_t)(stage->plan.count + 1) * sizeof *opened);
    int opened_count = 0;
    int status = 0;
    int compound = stage->node->kind != NODE_COMMAND; /* its own text has its redirections */
    if (!compound && redirect_plan_for_child(&stage->plan, child, opened, &opened_count) < 0)
        status = 1;
    const char *name = compound ? shell_name : stage->words.items[0];
    if (status == 0) {
        if (!compound && options.xtrace)
            trace_command(&stage->assignments, &stage->words);
        struct saved_assignments *temporary =
            assignments_apply_temporarily(stage->assignments.items, stage->assignments.count, 1);
        fflush(stdout);
        fflush(stderr);
        /* The first stage starts the job's group; the others join it. */
        int pid = spawn_stage_process(stage, child, job->group > 0 ? job->group : WASMOS_GROUP_NEW);
        if (pid == -ESRCH && job->group > 0) {
            /* Every earlier stage has ended already: start the group anew. */
            pid = spawn_stage_process(stage, child, WASMOS_GROUP_NEW);
            if (pid > 0)
                job->group = pid;
        }
        assignments_restore(temporary);
        if (pid > 0)
            job_add_process(job, pid, name);
        else
            status = report_spawn_failure(name, pid, child[2]);
    }
    for (int index = 0; index < opened_count; index++)
        close(opened[index]);
    free(opened);
    return status;
}

/* A builtin (or a stage of only assignments) that feeds a pipe writes into
 * a scratch file, which `cat` then copies into the pipe as a process of
 * the job: so the shell never writes to a pipe whose reader may be gone
 * (SIGPIPE would end the shell) nor waits on a full one. Returns $?. */
static int run_feeding_stage(struct job *job, struct prepared_stage *stage, int input_fd, int output_fd) {
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    int buffer = open_scratch_file();
    if (input_fd >= 0)
        redirect_fd(&saved, 0, input_fd);
    redirect_fd(&saved, 1, buffer >= 0 ? buffer : output_fd);
    int status = run_stage_in_shell(stage);
    restore_descriptors(&saved);
    if (buffer < 0)
        return status;
    if (lseek(buffer, 0, SEEK_END) > 0) {
        lseek(buffer, 0, SEEK_SET);
        int child[3] = {buffer, output_fd, 2};
        char *words[] = {"cat"};
        int pid = spawn_words(1, words, child, job->group > 0 ? job->group : WASMOS_GROUP_NEW, 0);
        if (pid == -ESRCH && job->group > 0) {
            pid = spawn_words(1, words, child, WASMOS_GROUP_NEW, 0);
            if (pid > 0)
                job->group = pid;
        }
        if (pid > 0)
            job_add_process(job, pid, "cat");
        else
            report_spawn_failure("cat", pid, 2);
    }
    close(buffer);
    return status;
}

static int runs_as_process(const struct prepared_stage *stage) {
    return stage->kind == STAGE_PROGRAM || stage->kind == STAGE_SCRIPT || stage->kind == STAGE_CHILD_SHELL;
}

int run_prepared_pipeline(struct prepared_stage *stages, int count, const char *text, int background) {
    /* Pipe i connects stage i's output to stage i + 1's input. */
    int read_ends[MAX_STAGES], write_ends[MAX_STAGES];
    for (int index = 0; index < count; index++)
        read_ends[index] = write_ends[index] = -1;
    int failed = 0;
    for (int index = 0; index + 1 < count && !failed; index++) {
        int ends[2];
        if (pipe(ends) < 0) {
            shell_error("pipe: %s", strerror(errno));
            failed = 1;
        } else {
            read_ends[index] = ends[0];
            write_ends[index] = ends[1];
        }
    }
    struct job *job = failed ? NULL : job_create(text, strlen(text));
    if (!job) {
        for (int index = 0; index < count; index++) {
            close_if_open(&read_ends[index]);
            close_if_open(&write_ends[index]);
        }
        return 1;
    }
    int last_started_pid = 0;
    job->starting = 1;
    for (int index = 0; index < count; index++) {
        if (!runs_as_process(&stages[index]))
            continue;
        int *input = index > 0 ? &read_ends[index - 1] : NULL;
        int *output = index + 1 < count ? &write_ends[index] : NULL;
        int processes_before = job->process_count;
        int status = start_stage(job, &stages[index], input ? *input : -1, output ? *output : -1);
        if (job->process_count > processes_before)
            last_started_pid = job->processes[job->process_count - 1].pid;
        else if (index + 1 == count)
            job->last_stage_status = status;
        /* The child has its own copies now; the shell's must go, or the
         * reader of a pipe would never see its end. */
        if (input)
            close_if_open(input);
        if (output)
            close_if_open(output);
    }
    /* The shell's own stages, after the processes that feed or read them. */
    for (int index = 0; index < count; index++) {
        if (runs_as_process(&stages[index]))
            continue;
        int *input = index > 0 ? &read_ends[index - 1] : NULL;
        int *output = index + 1 < count ? &write_ends[index] : NULL;
        int status;
        if (output) {
            status = run_feeding_stage(job, &stages[index], input ? *input : -1, *output);
        } else {
            struct saved_descriptors saved;
            saved_descriptors_init(&saved);
            if (input)
                redirect_fd(&saved, 0, *input);
            status = run_stage_in_shell(&stages[index]);
            restore_descriptors(&saved);
        }
        if (input)
            close_if_open(input);
        if (output)
            close_if_open(output);
        if (index + 1 == count)
            job->last_stage_status = status;
    }
    job->starting = 0;
    if (job->process_count == 0) {
        int status = job_status(job);
        job_remove(job);
        return status;
    }
    if (background) {
        job_touch(job);
        last_background_pid = last_started_pid;
        if (interactive) {
            fflush(stdout);
            fprintf(stderr, "[%d] %d\n", job->number, last_started_pid);
        }
        return 0;
    }
    return run_in_foreground(job, 0);
}

int execute_pipeline(struct node **nodes, int count, const char *text, int background) {
    struct prepared_stage *stages = shell_allocate((size_t)count * sizeof *stages);
    for (int index = 0; index < count; index++) {
        prepare_stage(nodes[index], &stages[index]);
        int feeds_pipe = index + 1 < count || background;
        if (feeds_pipe && (stages[index].kind == STAGE_FUNCTION || stages[index].kind == STAGE_COMPOUND))
            stages[index].kind = STAGE_CHILD_SHELL;
    }
    int status = run_prepared_pipeline(stages, count, text ? text : "", background);
    for (int index = 0; index < count; index++) {
        if (stages[index].replaces_shell && pending_control == CONTROL_NONE) {
            pending_control = CONTROL_EXIT;
            control_status = status;
        }
        prepared_stage_free(&stages[index]);
    }
    free(stages);
    return status;
}

int execute_in_background(struct node *node) {
    if (node->kind == NODE_COMMAND)
        return execute_pipeline(&node, 1, node->text, 1);
    if (node->kind == NODE_PIPELINE && !node->as.pipeline.negated)
        return execute_pipeline(node->as.pipeline.stages, node->as.pipeline.count, node->text, 1);
    /* Anything else runs whole in a shell of its own. */
    const char *text = node->text ? node->text : "";
    struct job *job = job_create(text, strlen(text));
    if (!job)
        return 1;
    int child[3] = {0, 1, 2};
    fflush(stdout);
    fflush(stderr);
    int pid = spawn_child_shell(text, child, WASMOS_GROUP_NEW);
    if (pid < 0) {
        job_remove(job);
        return report_spawn_failure(shell_name, pid, 2);
    }
    job_add_process(job, pid, shell_name);
    job_touch(job);
    last_background_pid = pid;
    if (interactive)
        fprintf(stderr, "[%d] %d\n", job->number, pid);
    return 0;
}
