/* The executor: runs the syntax tree. Lists run their items in order (or
 * in the background with &), && and || by status, and the compound
 * commands here: if, while, until, for, case, { } and ( ) (a subshell:
 * whatever it changes is given back). Simple commands and pipelines are in
 * command.c and pipeline.c. break, continue, return and exit leave their
 * constructs through pending_control, which every list and loop checks.
 * Also here: the function table, and running source text or a file
 * command by command, as a script runs. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

enum control pending_control;
int control_levels;
int control_status;
int loop_depth;
int function_depth;
int errexit_suppressed;
int last_status;
int last_background_pid;

/* The arena of the command running now: a function defined by it keeps it. */
static struct arena *current_arena;

/* ---- functions -------------------------------------------------------------------- */

static struct function *functions;

struct function *function_find(const char *name) {
    for (struct function *function = functions; function; function = function->next) {
        if (strcmp(function->name, name) == 0)
            return function;
    }
    return NULL;
}

void function_define(const char *name, struct node *body, struct arena *arena) {
    struct function *function = function_find(name);
    if (!function) {
        function = shell_allocate(sizeof *function);
        function->name = shell_copy(name);
        function->arena = NULL;
        function->next = functions;
        functions = function;
    }
    arena_retain(arena);
    if (function->arena)
        arena_release(function->arena);
    function->body = body;
    function->arena = arena;
}

int function_unset(const char *name) {
    for (struct function **link = &functions; *link; link = &(*link)->next) {
        struct function *function = *link;
        if (strcmp(function->name, name) == 0) {
            *link = function->next;
            arena_release(function->arena);
            free(function->name);
            free(function);
            return 0;
        }
    }
    return -1;
}

/* The definition's text is kept in the node of the definition, which is the
 * body's parent: rebuilt here from the name and the body's text. */
void function_serialize(struct text *out) {
    for (struct function *function = functions; function; function = function->next) {
        text_append_string(out, function->name);
        text_append_string(out, "() ");
        text_append_string(out, function->body->text ? function->body->text : "{ :; }");
        text_append_char(out, '\n');
    }
}

int call_function(struct function *function, int argc, char **argv) {
    struct arena *saved_arena = current_arena;
    int saved_loop_depth = loop_depth;
    int saved_report = report_failures;
    arena_retain(function->arena); /* it may be redefined while it runs */
    current_arena = function->arena;
    struct node *body = function->body;
    struct arena *arena = function->arena;
    positional_push(argc - 1, argv + 1);
    scope_push();
    function_depth++;
    loop_depth = 0;
    report_failures = 0;
    int status = execute(body);
    if (pending_control == CONTROL_RETURN) {
        pending_control = CONTROL_NONE;
        status = control_status;
    }
    report_failures = saved_report;
    loop_depth = saved_loop_depth;
    function_depth--;
    scope_pop();
    positional_pop();
    current_arena = saved_arena;
    arena_release(arena);
    return status;
}

/* ---- compound commands -------------------------------------------------------------- */

/* Runs a condition, where a failure does not end the shell under set -e. */
static int execute_condition(struct node *node) {
    errexit_suppressed++;
    int status = execute(node);
    errexit_suppressed--;
    return status;
}

/* After a loop's body: whether to leave the loop (break, a continue meant
 * for an outer loop, return or exit). */
static int leaves_loop(void) {
    if (pending_control == CONTROL_BREAK) {
        if (--control_levels <= 0)
            pending_control = CONTROL_NONE;
        return 1;
    }
    if (pending_control == CONTROL_CONTINUE) {
        if (--control_levels <= 0) {
            pending_control = CONTROL_NONE;
            return 0;
        }
        return 1;
    }
    return pending_control != CONTROL_NONE;
}

static int execute_loop(struct node *node) {
    int until = node->kind == NODE_UNTIL;
    int status = 0;
    loop_depth++;
    for (;;) {
        int condition = execute_condition(node->as.loop.condition);
        if (pending_control != CONTROL_NONE) {
            if (leaves_loop())
                break;
            continue;
        }
        if ((condition == 0) == until)
            break;
        status = execute(node->as.loop.body);
        if (leaves_loop())
            break;
    }
    loop_depth--;
    return status;
}

static int execute_for(struct node *node) {
    struct string_list values = {0};
    if (node->as.for_loop.has_in) {
        current_line = node->line;
        if (expand_words(node->as.for_loop.words, node->as.for_loop.word_count, &values) < 0)
            return 1;
    } else {
        for (int index = 1; index <= positional_count(); index++)
            string_list_add(&values, shell_copy(positional_get(index)));
    }
    int status = 0;
    loop_depth++;
    for (int index = 0; index < values.count; index++) {
        if (variable_set(node->as.for_loop.name, values.items[index]) < 0) {
            status = 1;
            break;
        }
        status = execute(node->as.for_loop.body);
        if (leaves_loop())
            break;
    }
    loop_depth--;
    string_list_free(&values);
    return status;
}

static int execute_case(struct node *node) {
    current_line = node->line;
    char *word = expand_single(node->as.case_command.word);
    if (!word)
        return 1;
    int status = 0;
    for (struct case_item *item = node->as.case_command.items; item; item = item->next) {
        int matched = 0;
        for (int index = 0; index < item->pattern_count && !matched; index++) {
            char *pattern = expand_pattern(item->patterns[index]);
            if (!pattern) {
                free(word);
                return 1;
            }
            matched = pattern_match(pattern, word);
            free(pattern);
        }
        if (matched) {
            status = item->body ? execute(item->body) : 0;
            break;
        }
    }
    free(word);
    return status;
}

static int execute_if(struct node *node) {
    int condition = execute_condition(node->as.if_command.condition);
    if (pending_control != CONTROL_NONE)
        return condition;
    if (condition == 0)
        return execute(node->as.if_command.then_part);
    if (node->as.if_command.else_part)
        return execute(node->as.if_command.else_part);
    return 0;
}

/* ( list ): runs in this shell, then gives back variables, parameters,
 * options and the working directory; exit ends only the subshell. */
static int execute_subshell(struct node *node) {
    struct shell_snapshot *snapshot = snapshot_take();
    int saved_loop_depth = loop_depth;
    int saved_function_depth = function_depth;
    loop_depth = 0;
    function_depth = 0;
    int status = execute(node->as.group.body);
    if (pending_control == CONTROL_EXIT)
        status = control_status;
    if (pending_control != CONTROL_INTERRUPT)
        pending_control = CONTROL_NONE;
    loop_depth = saved_loop_depth;
    function_depth = saved_function_depth;
    fflush(stdout);
    snapshot_restore(snapshot);
    return status;
}

int execute_compound(struct node *node) {
    switch (node->kind) {
    case NODE_GROUP: return execute(node->as.group.body);
    case NODE_SUBSHELL: return execute_subshell(node);
    case NODE_IF: return execute_if(node);
    case NODE_WHILE:
    case NODE_UNTIL: return execute_loop(node);
    case NODE_FOR: return execute_for(node);
    case NODE_CASE: return execute_case(node);
    case NODE_FUNCTION:
        function_define(node->as.function.name, node->as.function.body, current_arena);
        return 0;
    default: return execute(node);
    }
}

/* ---- lists and and-or lists ------------------------------------------------------------ */

static int execute_list(struct node *node) {
    int status = 0;
    int report = report_failures;
    for (int index = 0; index < node->as.list.count; index++) {
        struct node *item = node->as.list.items[index];
        report_failures = report && (item->kind == NODE_COMMAND || item->kind == NODE_PIPELINE);
        if (node->as.list.background[index]) {
            status = execute_in_background(item);
            last_status = status;
        } else {
            status = execute(item);
        }
        if (pending_control != CONTROL_NONE)
            break;
    }
    report_failures = report;
    return status;
}

static int execute_pipeline_node(struct node *node) {
    int negated = node->as.pipeline.negated;
    if (negated)
        errexit_suppressed++;
    int status;
    if (node->as.pipeline.count == 1)
        status = execute_command(node->as.pipeline.stages[0]);
    else
        status = execute_pipeline(node->as.pipeline.stages, node->as.pipeline.count, node->text, 0);
    if (negated) {
        errexit_suppressed--;
        status = !status;
    }
    return status;
}

static int nesting_weight;
static int nesting_limit = 250;

void nesting_init(void) {
    /* About 3 frames per unit; the rest is kept for the work done at the
     * deepest point (expanding, parsing, a builtin, the C library). */
    long long frames = wasmos_limit_get(WASMOS_LIMIT_CALL_DEPTH);
    if (frames > 0)
        nesting_limit = (int)((frames - 280) / 3 > 20 ? (frames - 280) / 3 : 20);
}

int nesting_enter(int weight) {
    if (nesting_weight + weight > nesting_limit) {
        shell_error("commands nested too deeply (functions, substitutions or sourced files)");
        if (pending_control == CONTROL_NONE) {
            pending_control = CONTROL_INTERRUPT; /* abandon the whole command line */
            control_status = 2;
        }
        return -1;
    }
    nesting_weight += weight;
    return 0;
}

void nesting_leave(int weight) {
    nesting_weight -= weight;
}

int execute(struct node *node) {
    if (!node)
        return 0;
    if (nesting_enter(1) < 0)
        return last_status = 2;
    int status = 0;
    int checked = 0; /* set -e looks at simple commands, pipelines and subshells */
    int saved_report = report_failures;
    switch (node->kind) {
    case NODE_LIST:
        status = execute_list(node);
        break;
    case NODE_AND:
    case NODE_OR:
        report_failures = 0;
        status = execute_condition(node->as.pair.left);
        if (pending_control == CONTROL_NONE && (node->kind == NODE_AND) == (status == 0))
            status = execute(node->as.pair.right);
        break;
    case NODE_PIPELINE:
        status = execute_pipeline_node(node);
        checked = !node->as.pipeline.negated;
        break;
    default:
        if (node->kind != NODE_COMMAND)
            report_failures = 0;
        status = execute_command(node);
        checked = node->kind == NODE_COMMAND || node->kind == NODE_SUBSHELL;
        break;
    }
    report_failures = saved_report;
    last_status = status;
    nesting_leave(1);
    if (checked && status != 0 && options.errexit && errexit_suppressed == 0 && pending_control == CONTROL_NONE) {
        pending_control = CONTROL_EXIT;
        control_status = status;
    }
    return status;
}

/* ---- source text and files ------------------------------------------------------------ */

int run_source(const char *text, size_t length, const char *name, int first_line) {
    const char *saved_name = current_source_name;
    int saved_line = current_line;
    struct arena *saved_arena = current_arena;
    if (nesting_enter(1) < 0)
        return 2;
    struct lexer lexer;
    lexer_init(&lexer, text, length, name, first_line);
    int status = 0;
    for (;;) {
        struct arena *arena = arena_create();
        struct node *command;
        enum parse_result result = parse_next_command(&lexer, arena, &command);
        if (result != PARSE_COMMAND) {
            arena_release(arena);
            if (result != PARSE_END)
                status = last_status = 2;
            break;
        }
        current_source_name = name;
        current_arena = arena;
        status = execute(command);
        arena_release(arena);
        if (!interactive)
            forget_ended_jobs();
        if (pending_control != CONTROL_NONE)
            break;
    }
    current_source_name = saved_name;
    current_line = saved_line;
    current_arena = saved_arena;
    nesting_leave(1);
    return status;
}

char *read_whole_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat status;
    if (fstat(fd, &status) == 0 && S_ISDIR(status.st_mode)) {
        close(fd);
        errno = EISDIR;
        return NULL;
    }
    struct text content = {0};
    char buffer[4096];
    ssize_t count;
    while ((count = read(fd, buffer, sizeof buffer)) > 0)
        text_append(&content, buffer, (size_t)count);
    int error = errno;
    close(fd);
    if (count < 0) {
        text_free(&content);
        errno = error;
        return NULL;
    }
    *length = content.length;
    return text_take(&content);
}

int run_file(const char *path) {
    size_t length;
    char *text = read_whole_file(path, &length);
    if (!text) {
        shell_error("%s: %s", path, strerror(errno));
        return -1;
    }
    int status = run_source(text, length, path, 1);
    free(text);
    return status;
}
