/* Simple commands: expanding one (words, then redirections, then
 * assignments), finding what it runs (a special builtin, a function, a
 * builtin, an app or script found through $PATH), and running what runs
 * inside the shell: builtins, functions, compound commands and commands
 * of only assignments and redirections. Programs and scripts go to
 * pipeline.c, which starts them as jobs. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"

/* Builtins that a function of the same name does not hide (POSIX's
 * special builtins, and local). */
static int is_special_builtin(const char *name) {
    static const char *const names[] = {"break", ":", ".", "continue", "eval", "exec", "exit",
                                        "export", "local", "return", "set", "shift", "source", "unset"};
    for (size_t index = 0; index < sizeof names / sizeof *names; index++) {
        if (strcmp(name, names[index]) == 0)
            return 1;
    }
    return 0;
}

/* ---- finding programs ---------------------------------------------------------------- */

static int is_regular_file(const char *path) {
    struct stat status;
    return stat(path, &status) == 0 && S_ISREG(status.st_mode);
}

/* Whether a file starts with the WebAssembly magic number. */
static int is_wasm_file(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    char magic[4];
    ssize_t count = read(fd, magic, sizeof magic);
    close(fd);
    return count == 4 && memcmp(magic, "\0asm", 4) == 0;
}

static int ends_with(const char *text, const char *suffix) {
    size_t length = strlen(text);
    size_t suffix_length = strlen(suffix);
    return length >= suffix_length && strcmp(text + length - suffix_length, suffix) == 0;
}

/* A path names a script when it is a file that is not a module: the
 * kernel cannot run it, a shell can. */
static enum stage_kind kind_of_path(const char *path) {
    if (!ends_with(path, ".wasm") && is_regular_file(path) && !is_wasm_file(path))
        return STAGE_SCRIPT;
    return STAGE_PROGRAM;
}

enum stage_kind resolve_program(const char *name, char **program) {
    *program = NULL;
    if (strchr(name, '/')) {
        *program = shell_copy(name);
        return kind_of_path(name);
    }
    const char *path = variable_get("PATH");
    if (!path)
        path = "/bin";
    while (1) {
        const char *colon = strchr(path, ':');
        size_t length = colon ? (size_t)(colon - path) : strlen(path);
        struct text candidate = {0};
        if (length == 0)
            text_append_char(&candidate, '.');
        else
            text_append(&candidate, path, length);
        int in_bin = strcmp(candidate.data, "/bin") == 0 || strcmp(candidate.data, "/bin/") == 0;
        if (candidate.data[candidate.length - 1] != '/')
            text_append_char(&candidate, '/');
        text_append_string(&candidate, name);
        size_t plain_length = candidate.length;
        text_append_string(&candidate, ".wasm");
        if (is_regular_file(candidate.data)) {
            /* The kernel finds /bin's apps by name, and `ps` shows the name. */
            *program = in_bin ? shell_copy(name) : text_take(&candidate);
            text_free(&candidate);
            return STAGE_PROGRAM;
        }
        candidate.data[plain_length] = '\0';
        if (is_regular_file(candidate.data)) {
            enum stage_kind kind = is_wasm_file(candidate.data) ? STAGE_PROGRAM : STAGE_SCRIPT;
            *program = shell_copy(candidate.data);
            text_free(&candidate);
            return kind;
        }
        text_free(&candidate);
        if (!colon)
            break;
        path = colon + 1;
    }
    return STAGE_FAILED;
}

/* ---- preparing a stage -------------------------------------------------------------- */

static char *expand_assignment(const char *assignment) {
    const char *equals = strchr(assignment, '=');
    char *value = expand_single(equals + 1);
    if (!value)
        return NULL;
    struct text result = {0};
    text_append(&result, assignment, (size_t)(equals - assignment) + 1);
    text_append_string(&result, value);
    free(value);
    return text_take(&result);
}

void prepare_stage(struct node *node, struct prepared_stage *stage) {
    memset(stage, 0, sizeof *stage);
    stage->node = node;
    if (node->kind != NODE_COMMAND) {
        stage->kind = STAGE_COMPOUND; /* its redirections are expanded when it runs */
        return;
    }
    current_line = node->line;
    int substitutions = substitution_count;
    int failed = expand_words(node->as.command.words, node->as.command.word_count, &stage->words) < 0 ||
                 redirect_plan_prepare(node->redirections, &stage->plan) < 0;
    for (int index = 0; index < node->as.command.assignment_count && !failed; index++) {
        char *assignment = expand_assignment(node->as.command.assignments[index]);
        if (assignment)
            string_list_add(&stage->assignments, assignment);
        else
            failed = 1;
    }
    stage->substitutions = substitution_count - substitutions;
    if (failed) {
        stage->kind = STAGE_FAILED;
        stage->status = 1;
        return;
    }
    if (stage->words.count == 0) {
        stage->kind = STAGE_NOTHING;
        return;
    }
    if (stage->words.count > 1 && strcmp(stage->words.items[0], "exec") == 0) {
        free(stage->words.items[0]);
        memmove(stage->words.items, stage->words.items + 1, (size_t)stage->words.count * sizeof *stage->words.items);
        stage->words.count--;
        stage->replaces_shell = 1;
    }
    const char *name = stage->words.items[0];
    int builtin = is_builtin_command(stage->words.count, stage->words.items);
    struct function *function = function_find(name);
    if (builtin && (!function || is_special_builtin(name))) {
        stage->kind = STAGE_BUILTIN;
    } else if (function) {
        stage->kind = STAGE_FUNCTION;
        stage->function = function;
    } else {
        stage->kind = resolve_program(name, &stage->program);
        if (stage->kind == STAGE_FAILED) {
            stage->status = 127;
            stage->not_found = 1; /* said when it runs, on its standard error */
        }
    }
}

void prepared_stage_free(struct prepared_stage *stage) {
    string_list_free(&stage->words);
    string_list_free(&stage->assignments);
    redirect_plan_free(&stage->plan);
    free(stage->program);
    stage->program = NULL;
}

/* ---- set -x ---------------------------------------------------------------------------- */

/* A word as set -x shows it: quoted when it is not plain; an assignment
 * as NAME='value'. */
static void append_traced(struct text *line, const char *word, int assignment) {
    if (assignment) {
        const char *equals = strchr(word, '=');
        text_append(line, word, (size_t)(equals - word) + 1);
        word = equals + 1;
    }
    int plain = *word != '\0';
    for (const char *cursor = word; *cursor && plain; cursor++)
        plain = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=,+-@%^", *cursor) != NULL;
    if (plain)
        text_append_string(line, word);
    else
        append_quoted(line, word);
}

void trace_command(struct string_list *assignments, struct string_list *words) {
    struct text line = {0};
    text_append_char(&line, '+');
    for (int index = 0; index < assignments->count; index++) {
        text_append_char(&line, ' ');
        append_traced(&line, assignments->items[index], 1);
    }
    for (int index = 0; index < words->count; index++) {
        text_append_char(&line, ' ');
        append_traced(&line, words->items[index], 0);
    }
    fflush(stdout);
    fprintf(stderr, "%s\n", line.data);
    text_free(&line);
}

/* ---- running in the shell ------------------------------------------------------------------ */

static int run_compound(struct node *node) {
    struct redirect_plan plan = {0};
    current_line = node->line;
    if (redirect_plan_prepare(node->redirections, &plan) < 0)
        return 1;
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    int status = 1;
    if (redirect_plan_apply(&plan, &saved) == 0)
        status = execute_compound(node);
    restore_descriptors(&saved);
    redirect_plan_free(&plan);
    return status;
}

/* Assignments alone set variables for good; $? is that of the last command
 * substitution in them, else 0. */
static int run_assignments(struct prepared_stage *stage) {
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    int status = redirect_plan_apply(&stage->plan, &saved) < 0 ? 1 : 0;
    restore_descriptors(&saved);
    for (int index = 0; index < stage->assignments.count && status == 0; index++) {
        char *assignment = stage->assignments.items[index];
        char *equals = strchr(assignment, '=');
        *equals = '\0';
        if (variable_set(assignment, equals + 1) < 0)
            status = 1;
        *equals = '=';
    }
    if (status == 0 && stage->substitutions > 0)
        status = last_status;
    return status;
}

/* `exec` with only redirections: they stay. */
static int run_exec_redirections(struct prepared_stage *stage) {
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    if (redirect_plan_apply(&stage->plan, &saved) < 0) {
        restore_descriptors(&saved);
        return 1;
    }
    for (int fd = 0; fd < 10; fd++) {
        if (saved.saved[fd] >= 0)
            close(saved.saved[fd]);
    }
    return 0;
}

/* A command that was not found says so on its own standard error, as if
 * it had run: `nosuch 2>/dev/null` is quiet. */
static int report_not_found(struct prepared_stage *stage) {
    if (options.xtrace)
        trace_command(&stage->assignments, &stage->words);
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    if (redirect_plan_apply(&stage->plan, &saved) == 0)
        shell_error("%s: command not found", stage->words.items[0]);
    restore_descriptors(&saved);
    return stage->status;
}

int run_stage_in_shell(struct prepared_stage *stage) {
    switch (stage->kind) {
    case STAGE_FAILED: return stage->not_found ? report_not_found(stage) : stage->status;
    case STAGE_COMPOUND: return run_compound(stage->node);
    default: break;
    }
    if (options.xtrace)
        trace_command(&stage->assignments, &stage->words);
    if (stage->kind == STAGE_NOTHING)
        return run_assignments(stage);
    if (stage->kind == STAGE_BUILTIN && strcmp(stage->words.items[0], "exec") == 0)
        return run_exec_redirections(stage);
    struct saved_descriptors saved;
    saved_descriptors_init(&saved);
    if (redirect_plan_apply(&stage->plan, &saved) < 0) {
        restore_descriptors(&saved);
        return 1;
    }
    struct saved_assignments *temporary =
        assignments_apply_temporarily(stage->assignments.items, stage->assignments.count, 0);
    int status;
    if (stage->kind == STAGE_FUNCTION)
        status = call_function(stage->function, stage->words.count, stage->words.items);
    else
        status = run_builtin(stage->words.count, stage->words.items);
    assignments_restore(temporary);
    restore_descriptors(&saved);
    capture_drain();
    return status;
}

int execute_command(struct node *node) {
    struct prepared_stage stage;
    prepare_stage(node, &stage);
    int status;
    if (stage.kind == STAGE_PROGRAM || stage.kind == STAGE_SCRIPT) {
        const char *text = node->text ? node->text : stage.words.items[0];
        status = run_prepared_pipeline(&stage, 1, text, 0);
    } else {
        status = run_stage_in_shell(&stage);
    }
    if (stage.replaces_shell && pending_control == CONTROL_NONE) {
        pending_control = CONTROL_EXIT;
        control_status = status;
    }
    prepared_stage_free(&stage);
    return status;
}
