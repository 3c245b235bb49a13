/* The executor: runs tokenized lines. A line is a list of pipelines joined
 * by ; & && ||; a pipeline's stages are joined by | and run at once as one
 * job (a process group), connected by kernel pipes; each stage may redirect
 * with < > >> 2> 2>> 2>&1. Builtins run inside the shell. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

int last_status;
int last_background_pid;

/* ---- checking a line ------------------------------------------------------ */

static const char *operator_text(enum token_kind kind) {
    switch (kind) {
    case TOKEN_PIPE: return "|";
    case TOKEN_SEQUENCE: return ";";
    case TOKEN_BACKGROUND: return "&";
    case TOKEN_AND: return "&&";
    case TOKEN_OR: return "||";
    default: return "?";
    }
}

static int is_redirection(enum token_kind kind) {
    return kind == TOKEN_IN || kind == TOKEN_OUT || kind == TOKEN_APPEND || kind == TOKEN_ERROR_OUT ||
           kind == TOKEN_ERROR_APPEND;
}

static int ends_pipeline(enum token_kind kind) {
    return kind == TOKEN_SEQUENCE || kind == TOKEN_BACKGROUND || kind == TOKEN_AND || kind == TOKEN_OR;
}

/* Checks the whole line before any of it runs; returns -1 after a message. */
static int check_syntax(const struct token *tokens, int count) {
    int stage_empty = 1;
    int stages = 1;
    int in_and_or_list = 0; /* the current pipeline follows && or || */
    for (int index = 0; index < count; index++) {
        enum token_kind kind = tokens[index].kind;
        if (kind == TOKEN_WORD || kind == TOKEN_ERROR_TO_OUT) {
            stage_empty = 0;
            continue;
        }
        if (is_redirection(kind)) {
            if (index + 1 >= count || tokens[index + 1].kind != TOKEN_WORD) {
                fprintf(stderr, "cli: syntax error: a redirection needs a file name\n");
                return -1;
            }
            index++;
            stage_empty = 0;
            continue;
        }
        if (stage_empty) {
            fprintf(stderr, "cli: syntax error near '%s'\n", operator_text(kind));
            return -1;
        }
        if (kind == TOKEN_PIPE && ++stages > MAX_STAGES) {
            fprintf(stderr, "cli: too many commands in one pipeline (at most %d)\n", MAX_STAGES);
            return -1;
        }
        if (kind == TOKEN_BACKGROUND && in_and_or_list) {
            fprintf(stderr, "cli: && and || lists cannot run in the background\n");
            return -1;
        }
        if (kind == TOKEN_AND || kind == TOKEN_OR)
            in_and_or_list = 1;
        else if (kind != TOKEN_PIPE)
            in_and_or_list = 0;
        if (kind != TOKEN_PIPE)
            stages = 1;
        stage_empty = 1;
    }
    if (stage_empty && count > 0) {
        enum token_kind last = tokens[count - 1].kind;
        if (last == TOKEN_PIPE || last == TOKEN_AND || last == TOKEN_OR) {
            fprintf(stderr, "cli: syntax error near '%s'\n", operator_text(last));
            return -1;
        }
    }
    return 0;
}

/* ---- the stages of a pipeline ---------------------------------------------- */

/* What one stage does with descriptors 0, 1 and 2 besides its pipes. */
struct redirections {
    const char *input_path;
    const char *output_path;
    int output_append;
    const char *error_path;
    int error_append;
    int error_to_output;
};

struct stage {
    char **argv; /* expanded words, NULL-terminated */
    int argc;
    struct redirections plan;
    int in_shell; /* a builtin, or only redirections: the shell runs it */
};

/* The expanded words of the pipeline being run, freed when it is done. */
static char *expanded_words[MAX_TOKENS];
static int expanded_count;
/* Every stage's argv, one after the other, each ended by NULL. */
static char *stage_words[MAX_TOKENS + MAX_STAGES];

static void free_expanded_words(void) {
    for (int index = 0; index < expanded_count; index++)
        free(expanded_words[index]);
    expanded_count = 0;
}

/* Expands one word into expanded_words; NULL when it vanished or memory ran
 * out (*failed is set then). */
static char *expand_into_list(const char *word, int *failed) {
    int removed = 0;
    char *text = expand_word(word, &removed);
    if (!text) {
        fprintf(stderr, "cli: out of memory\n");
        *failed = 1;
        return NULL;
    }
    expanded_words[expanded_count++] = text;
    return removed ? NULL : text;
}

/* Splits tokens [first, end) into stages and expands their words now, so
 * that $? is the status of what ran before. Returns the number of stages,
 * or -1 after a message. */
static int prepare_stages(const struct token *tokens, int first, int end, struct stage *stages) {
    int stage_count = 0;
    int word_count = 0;
    int failed = 0;
    struct stage *stage = NULL;
    for (int index = first; index <= end && !failed; index++) {
        if (index == end || tokens[index].kind == TOKEN_PIPE) {
            stage_words[word_count++] = NULL;
            stage = NULL;
            continue;
        }
        if (!stage) {
            stage = &stages[stage_count++];
            memset(stage, 0, sizeof *stage);
            stage->argv = &stage_words[word_count];
        }
        enum token_kind kind = tokens[index].kind;
        if (kind == TOKEN_WORD) {
            char *word = expand_into_list(tokens[index].text, &failed);
            if (word) {
                stage_words[word_count++] = word;
                stage->argc++;
            }
            continue;
        }
        if (kind == TOKEN_ERROR_TO_OUT) {
            stage->plan.error_to_output = 1;
            continue;
        }
        /* A redirection: check_syntax made sure a word follows. */
        char *path = expand_into_list(tokens[++index].text, &failed);
        if (!path)
            path = "";
        switch (kind) {
        case TOKEN_IN: stage->plan.input_path = path; break;
        case TOKEN_OUT: stage->plan.output_path = path; stage->plan.output_append = 0; break;
        case TOKEN_APPEND: stage->plan.output_path = path; stage->plan.output_append = 1; break;
        case TOKEN_ERROR_OUT: stage->plan.error_path = path; stage->plan.error_append = 0; break;
        case TOKEN_ERROR_APPEND: stage->plan.error_path = path; stage->plan.error_append = 1; break;
        default: break;
        }
    }
    if (failed)
        return -1;
    for (int index = 0; index < stage_count; index++)
        stages[index].in_shell = stages[index].argc == 0 || is_builtin_command(stages[index].argc, stages[index].argv);
    return stage_count;
}

static int open_for_redirection(const char *path, int output, int append) {
    int flags = output ? O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC) : O_RDONLY;
    int fd = open(path, flags, 0644);
    if (fd < 0)
        fprintf(stderr, "cli: %s: %s\n", path, strerror(errno));
    return fd;
}

static void close_if_open(int *fd) {
    if (*fd >= 0)
        wasmos_close(*fd);
    *fd = -1;
}

/* ---- stages the shell runs itself -------------------------------------------- */

struct saved_descriptors {
    int saved[3]; /* copies of 0, 1, 2, or -1 where untouched */
};

static void restore_descriptors(struct saved_descriptors *saved) {
    fflush(stdout);
    fflush(stderr);
    for (int fd = 0; fd < 3; fd++) {
        if (saved->saved[fd] >= 0) {
            wasmos_dup2(saved->saved[fd], fd);
            wasmos_close(saved->saved[fd]);
            saved->saved[fd] = -1;
        }
    }
}

/* Points `target` (0, 1 or 2) at `fd`, saving the old one first. */
static int redirect_fd(struct saved_descriptors *saved, int target, int fd) {
    if (saved->saved[target] < 0) {
        saved->saved[target] = wasmos_dup(target);
        if (saved->saved[target] < 0)
            return saved->saved[target];
    }
    int result = wasmos_dup2(fd, target);
    return result < 0 ? result : 0;
}

static int open_and_redirect(struct saved_descriptors *saved, int target, const char *path, int output, int append) {
    int fd = open_for_redirection(path, output, append);
    if (fd < 0)
        return -1;
    int result = redirect_fd(saved, target, fd);
    wasmos_close(fd);
    if (result < 0) {
        fprintf(stderr, "cli: %s: %s\n", path, strerror(-result));
        return -1;
    }
    return 0;
}

/* Runs a builtin (or a stage of only redirections) in the shell, with its
 * standard output in `pipe_output_fd` unless that is -1. Returns $?. */
static int run_in_shell(struct stage *stage, int pipe_output_fd) {
    const struct redirections *plan = &stage->plan;
    struct saved_descriptors saved = {{-1, -1, -1}};
    fflush(stdout);
    fflush(stderr);
    int failed = (pipe_output_fd >= 0 && redirect_fd(&saved, 1, pipe_output_fd) < 0) ||
                 (plan->input_path && open_and_redirect(&saved, 0, plan->input_path, 0, 0) < 0) ||
                 (plan->output_path && open_and_redirect(&saved, 1, plan->output_path, 1, plan->output_append) < 0) ||
                 (plan->error_to_output && redirect_fd(&saved, 2, 1) < 0) ||
                 (plan->error_path && open_and_redirect(&saved, 2, plan->error_path, 1, plan->error_append) < 0);
    int status = 0;
    if (failed)
        status = 1;
    else if (stage->argc > 0) /* with no words, the files were created or checked */
        status = run_builtin(stage->argc, stage->argv);
    restore_descriptors(&saved);
    return status;
}

/* ---- stages that are programs ----------------------------------------------- */

/* $? for a program that could not start, after saying why. */
static int report_spawn_failure(const char *name, int error) {
    if (error == -ENOENT) {
        fprintf(stderr, "cli: %s: command not found\n", name);
        return 127;
    }
    if (error == -ENOEXEC)
        fprintf(stderr, "cli: %s: not a valid WebAssembly program\n", name);
    else
        fprintf(stderr, "cli: %s: %s\n", name, strerror(-error));
    return 126;
}

/* Starts one stage as a process of `job`, reading `input_fd` and writing
 * `output_fd` (-1: the shell's own) unless its redirections say otherwise.
 * Returns 0, or $? for a stage that did not start. */
static int spawn_stage(struct job *job, const struct stage *stage, int input_fd, int output_fd) {
    static struct wasmos_word words[MAX_TOKENS];
    const struct redirections *plan = &stage->plan;
    int input_file = -1, output_file = -1, error_file = -1;
    int status = 0;
    if (plan->input_path && (input_file = open_for_redirection(plan->input_path, 0, 0)) < 0)
        status = 1;
    if (!status && plan->output_path &&
        (output_file = open_for_redirection(plan->output_path, 1, plan->output_append)) < 0)
        status = 1;
    if (!status && plan->error_path &&
        (error_file = open_for_redirection(plan->error_path, 1, plan->error_append)) < 0)
        status = 1;
    if (status == 0) {
        struct wasmos_spawn_options options;
        memset(&options, 0, sizeof options);
        options.stdin_fd = input_file >= 0 ? input_file : input_fd >= 0 ? input_fd : WASMOS_FD_INHERIT;
        options.stdout_fd = output_file >= 0 ? output_file : output_fd >= 0 ? output_fd : WASMOS_FD_INHERIT;
        if (error_file >= 0)
            options.stderr_fd = error_file;
        else if (plan->error_to_output) /* the shell's own fd 1 when stdout is not redirected */
            options.stderr_fd = options.stdout_fd == WASMOS_FD_INHERIT ? 1 : options.stdout_fd;
        else
            options.stderr_fd = WASMOS_FD_INHERIT;
        options.env_count = -1;
        for (int index = 0; index < stage->argc; index++) {
            words[index].ptr = stage->argv[index];
            words[index].len = (uint32_t)strlen(stage->argv[index]);
        }
        /* The first stage starts the job's group; the others join it. */
        options.group = job->group > 0 ? job->group : WASMOS_GROUP_NEW;
        fflush(stdout);
        fflush(stderr);
        int pid = wasmos_spawn(words, stage->argc, &options);
        if (pid == -ESRCH && job->group > 0) {
            /* Every earlier stage has ended already: start the group anew. */
            options.group = WASMOS_GROUP_NEW;
            pid = wasmos_spawn(words, stage->argc, &options);
            if (pid > 0)
                job->group = pid;
        }
        if (pid > 0)
            job_add_process(job, pid, stage->argv[0]);
        else
            status = report_spawn_failure(stage->argv[0], pid);
    }
    close_if_open(&input_file);
    close_if_open(&output_file);
    close_if_open(&error_file);
    return status;
}

/* Starts the stages of a pipeline as one job, then waits for it (or, in
 * the background, announces it). `command` is its text for `jobs`.
 * Returns $?. */
static int run_job(struct stage *stages, int stage_count, const char *command, size_t command_length,
                   int background) {
    /* Pipe i connects stage i's output to stage i + 1's input. */
    int read_ends[MAX_STAGES], write_ends[MAX_STAGES];
    for (int index = 0; index < stage_count; index++)
        read_ends[index] = write_ends[index] = -1;
    int status = 0;
    for (int index = 0; index + 1 < stage_count && status == 0; index++) {
        int ends[2];
        int result = wasmos_pipe(ends);
        if (result < 0) {
            fprintf(stderr, "cli: pipe: %s\n", strerror(-result));
            status = 1;
        } else {
            read_ends[index] = ends[0];
            write_ends[index] = ends[1];
        }
    }
    struct job *job = status == 0 ? job_create(command, command_length) : NULL;
    if (!job) {
        for (int index = 0; index < stage_count; index++) {
            close_if_open(&read_ends[index]);
            close_if_open(&write_ends[index]);
        }
        return 1;
    }
    int last_started_pid = 0;
    for (int index = 0; index < stage_count; index++) {
        int *input = index > 0 ? &read_ends[index - 1] : NULL;
        int *output = index + 1 < stage_count ? &write_ends[index] : NULL;
        if (stages[index].in_shell) {
            /* Builtins never read standard input; closing its pipe gives the
             * stage before an end of pipe instead of a full buffer. */
            if (input)
                close_if_open(input);
            continue;
        }
        int count_before = job->process_count;
        int stage_status = spawn_stage(job, &stages[index], input ? *input : -1, output ? *output : -1);
        if (job->process_count > count_before)
            last_started_pid = job->processes[job->process_count - 1].pid;
        else if (index + 1 == stage_count)
            job->last_stage_status = stage_status;
        /* The child has its own copies now; the shell's must go, or the
         * reader of a pipe would never see its end. */
        if (input)
            close_if_open(input);
        if (output)
            close_if_open(output);
    }
    /* The shell's own stages, after the programs that read their output. */
    for (int index = 0; index < stage_count; index++) {
        if (!stages[index].in_shell)
            continue;
        int *output = index + 1 < stage_count ? &write_ends[index] : NULL;
        int stage_status = run_in_shell(&stages[index], output ? *output : -1);
        if (output)
            close_if_open(output);
        if (index + 1 == stage_count)
            job->last_stage_status = stage_status;
    }
    if (job->process_count == 0) {
        status = job_status(job);
        job_remove(job);
        return status;
    }
    if (background) {
        job_touch(job);
        last_background_pid = last_started_pid;
        fflush(stdout);
        fprintf(stderr, "[%d] %d\n", job->number, last_started_pid);
        return 0;
    }
    return run_in_foreground(job, 0);
}

/* Runs a pipeline: tokens [first, end) with stages separated by |. */
static int run_pipeline(const char *line, struct token *tokens, int first, int end, int background) {
    static struct stage stages[MAX_STAGES];
    int stage_count = prepare_stages(tokens, first, end, stages);
    int status;
    if (stage_count < 0) {
        status = 1;
    } else if (stage_count == 1 && stages[0].in_shell) {
        /* A lone builtin changes the shell itself, even with a final &. */
        status = run_in_shell(&stages[0], -1);
    } else {
        size_t start = tokens[first].start;
        status = run_job(stages, stage_count, line + start, tokens[end - 1].end - start, background);
    }
    free_expanded_words();
    return status;
}

void run_line(const char *line) {
    static struct token tokens[MAX_TOKENS];
    int count = tokenize(line, tokens, MAX_TOKENS);
    if (count < 0) {
        last_status = 2;
        return;
    }
    if (check_syntax(tokens, count) < 0) {
        last_status = 2;
    } else {
        int start = 0;
        enum token_kind joiner = TOKEN_SEQUENCE;
        for (int index = 0; index <= count; index++) {
            if (index < count && !ends_pipeline(tokens[index].kind))
                continue;
            if (index > start) {
                int background = index < count && tokens[index].kind == TOKEN_BACKGROUND;
                int run = joiner == TOKEN_SEQUENCE || joiner == TOKEN_BACKGROUND ||
                          (joiner == TOKEN_AND && last_status == 0) || (joiner == TOKEN_OR && last_status != 0);
                if (run)
                    last_status = run_pipeline(line, tokens, start, index, background);
            }
            if (index < count)
                joiner = tokens[index].kind;
            start = index + 1;
        }
    }
    for (int index = 0; index < count; index++)
        free(tokens[index].text);
}
