/* Variables and parameters. Exported variables live in the process
 * environment (the kernel keeps it, and children inherit it); the shell's
 * own variables in a table here. Function calls open scopes for `local`,
 * `NAME=value command` sets values for one command, and subshells and
 * command substitutions take a snapshot to give everything back after. The
 * positional parameters are a stack: a function call pushes its arguments. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shell.h"

/* A shell variable that is not exported (value NULL: `export NAME` of an
 * unset name, which exports it once it is set). */
struct variable {
    char *name;
    char *value;
    int export_when_set;
};

static struct variable *table;
static int table_count;
static int table_capacity;

const char *script_name = "cli";

static struct variable *table_find(const char *name) {
    for (int index = 0; index < table_count; index++) {
        if (strcmp(table[index].name, name) == 0)
            return &table[index];
    }
    return NULL;
}

static void table_remove(const char *name) {
    struct variable *variable = table_find(name);
    if (!variable)
        return;
    free(variable->name);
    free(variable->value);
    *variable = table[--table_count];
}

static void table_set(const char *name, const char *value, int export_when_set) {
    struct variable *variable = table_find(name);
    if (!variable) {
        if (table_count == table_capacity) {
            table_capacity = table_capacity ? table_capacity * 2 : 16;
            table = shell_reallocate(table, (size_t)table_capacity * sizeof *table);
        }
        variable = &table[table_count++];
        variable->name = shell_copy(name);
        variable->value = NULL;
    }
    free(variable->value);
    variable->value = value ? shell_copy(value) : NULL;
    variable->export_when_set = export_when_set;
}

/* ---- the environment, with a journal for snapshots ------------------------------ */

struct environment_change {
    char *name;
    char *old_value; /* NULL: it was unset */
};

static struct environment_change *journal;
static int journal_count;
static int journal_capacity;
static int snapshots_open; /* changes are journaled while a snapshot is open */

static void journal_change(const char *name) {
    if (snapshots_open == 0)
        return;
    if (journal_count == journal_capacity) {
        journal_capacity = journal_capacity ? journal_capacity * 2 : 16;
        journal = shell_reallocate(journal, (size_t)journal_capacity * sizeof *journal);
    }
    const char *old = getenv(name);
    journal[journal_count].name = shell_copy(name);
    journal[journal_count].old_value = old ? shell_copy(old) : NULL;
    journal_count++;
}

static int environment_set(const char *name, const char *value) {
    journal_change(name);
    if (setenv(name, value, 1) < 0) {
        shell_error("%s: cannot set: %s", name, strerror(errno));
        return -1;
    }
    return 0;
}

static void environment_unset(const char *name) {
    if (!getenv(name))
        return;
    journal_change(name);
    unsetenv(name);
}

/* ---- variables --------------------------------------------------------------------- */

const char *variable_get(const char *name) {
    struct variable *variable = table_find(name);
    if (variable)
        return variable->value;
    return getenv(name);
}

int variable_set(const char *name, const char *value) {
    struct variable *variable = table_find(name);
    if (variable && variable->export_when_set) {
        table_remove(name);
        return environment_set(name, value);
    }
    if (variable) {
        table_set(name, value, 0);
        return 0;
    }
    if (getenv(name))
        return environment_set(name, value);
    table_set(name, value, 0);
    return 0;
}

int variable_export(const char *name, const char *value) {
    struct variable *variable = table_find(name);
    char *own_value = variable && variable->value ? shell_copy(variable->value) : NULL;
    const char *new_value = value ? value : own_value;
    int result = 0;
    if (new_value) {
        table_remove(name);
        result = environment_set(name, new_value);
    } else if (!getenv(name)) {
        table_set(name, NULL, 1);
    }
    free(own_value);
    return result;
}

void variable_unset(const char *name) {
    table_remove(name);
    environment_unset(name);
}

static int compare_variables(const void *left, const void *right) {
    return strcmp(((const struct variable *)left)->name, ((const struct variable *)right)->name);
}

void append_quoted(struct text *out, const char *value) {
    text_append_char(out, '\'');
    for (const char *cursor = value; *cursor; cursor++) {
        if (*cursor == '\'')
            text_append_string(out, "'\\''");
        else
            text_append_char(out, *cursor);
    }
    text_append_char(out, '\'');
}

void variable_print_all(void) {
    if (table_count > 1)
        qsort(table, (size_t)table_count, sizeof *table, compare_variables);
    for (int index = 0; index < table_count; index++) {
        if (!table[index].value)
            continue;
        struct text line = {0};
        text_append_string(&line, table[index].name);
        text_append_char(&line, '=');
        append_quoted(&line, table[index].value);
        printf("%s\n", line.data);
        text_free(&line);
    }
}

void variable_serialize(struct text *out) {
    for (int index = 0; index < table_count; index++) {
        if (!table[index].value)
            continue;
        text_append_string(out, table[index].name);
        text_append_char(out, '=');
        append_quoted(out, table[index].value);
        text_append_char(out, '\n');
    }
}

/* ---- saving and restoring one variable ------------------------------------------ */

struct saved_variable {
    char *name;
    int in_table;
    char *table_value;
    int export_when_set;
    char *environment_value; /* NULL: not in the environment */
    struct saved_variable *next;
};

static struct saved_variable *save_variable(const char *name) {
    struct saved_variable *saved = shell_allocate(sizeof *saved);
    struct variable *variable = table_find(name);
    const char *environment = getenv(name);
    saved->name = shell_copy(name);
    saved->in_table = variable != NULL;
    saved->table_value = variable && variable->value ? shell_copy(variable->value) : NULL;
    saved->export_when_set = variable ? variable->export_when_set : 0;
    saved->environment_value = environment ? shell_copy(environment) : NULL;
    saved->next = NULL;
    return saved;
}

static void restore_variable(struct saved_variable *saved) {
    table_remove(saved->name);
    if (saved->in_table)
        table_set(saved->name, saved->table_value, saved->export_when_set);
    if (saved->environment_value)
        environment_set(saved->name, saved->environment_value);
    else
        environment_unset(saved->name);
    free(saved->name);
    free(saved->table_value);
    free(saved->environment_value);
    free(saved);
}

/* ---- local scopes ----------------------------------------------------------------- */

static struct saved_variable **scopes;
static int scope_count;
static int scope_capacity;

void scope_push(void) {
    if (scope_count == scope_capacity) {
        scope_capacity = scope_capacity ? scope_capacity * 2 : 8;
        scopes = shell_reallocate(scopes, (size_t)scope_capacity * sizeof *scopes);
    }
    scopes[scope_count++] = NULL;
}

void scope_pop(void) {
    struct saved_variable *saved = scopes[--scope_count];
    while (saved) {
        struct saved_variable *next = saved->next;
        restore_variable(saved);
        saved = next;
    }
}

int scope_depth(void) {
    return scope_count;
}

int variable_make_local(const char *name) {
    if (scope_count == 0)
        return -1;
    for (struct saved_variable *saved = scopes[scope_count - 1]; saved; saved = saved->next) {
        if (strcmp(saved->name, name) == 0)
            return 0;
    }
    struct saved_variable *saved = save_variable(name);
    saved->next = scopes[scope_count - 1];
    scopes[scope_count - 1] = saved;
    table_remove(name);
    environment_unset(name);
    return 0;
}

/* ---- temporary assignments -------------------------------------------------------- */

struct saved_assignments {
    struct saved_variable *saved; /* newest first */
};

struct saved_assignments *assignments_apply_temporarily(char **assignments, int count, int export) {
    struct saved_assignments *result = shell_allocate(sizeof *result);
    result->saved = NULL;
    for (int index = 0; index < count; index++) {
        char *equals = strchr(assignments[index], '=');
        *equals = '\0';
        struct saved_variable *saved = save_variable(assignments[index]);
        saved->next = result->saved;
        result->saved = saved;
        if (export)
            variable_export(assignments[index], equals + 1);
        else
            variable_set(assignments[index], equals + 1);
        *equals = '=';
    }
    return result;
}

void assignments_restore(struct saved_assignments *saved) {
    if (!saved)
        return;
    struct saved_variable *entry = saved->saved;
    while (entry) {
        struct saved_variable *next = entry->next;
        restore_variable(entry);
        entry = next;
    }
    free(saved);
}

/* ---- positional parameters --------------------------------------------------------- */

struct positional_frame {
    char **values;
    int count;
};

static struct positional_frame *frames;
static int frame_count;
static int frame_capacity;

static struct positional_frame *current_frame(void) {
    if (frame_count == 0)
        positional_push(0, NULL);
    return &frames[frame_count - 1];
}

static void frame_fill(struct positional_frame *frame, int count, char **values) {
    frame->values = shell_allocate((size_t)(count + 1) * sizeof *frame->values);
    for (int index = 0; index < count; index++)
        frame->values[index] = shell_copy(values[index]);
    frame->values[count] = NULL;
    frame->count = count;
}

static void frame_clear(struct positional_frame *frame) {
    for (int index = 0; index < frame->count; index++)
        free(frame->values[index]);
    free(frame->values);
    frame->values = NULL;
    frame->count = 0;
}

void positional_push(int count, char **values) {
    if (frame_count == frame_capacity) {
        frame_capacity = frame_capacity ? frame_capacity * 2 : 8;
        frames = shell_reallocate(frames, (size_t)frame_capacity * sizeof *frames);
    }
    frame_fill(&frames[frame_count++], count, values);
}

void positional_pop(void) {
    if (frame_count > 1)
        frame_clear(&frames[--frame_count]);
}

void positional_replace(int count, char **values) {
    struct positional_frame *frame = current_frame();
    struct positional_frame replacement;
    frame_fill(&replacement, count, values); /* values may be the frame's own */
    frame_clear(frame);
    *frame = replacement;
}

int positional_count(void) {
    return current_frame()->count;
}

const char *positional_get(int index) {
    struct positional_frame *frame = current_frame();
    return index >= 1 && index <= frame->count ? frame->values[index - 1] : NULL;
}

int positional_shift(int count) {
    struct positional_frame *frame = current_frame();
    if (count > frame->count)
        return -1;
    for (int index = 0; index < count; index++)
        free(frame->values[index]);
    memmove(frame->values, frame->values + count, (size_t)(frame->count - count + 1) * sizeof *frame->values);
    frame->count -= count;
    return 0;
}

/* ---- snapshots ----------------------------------------------------------------------- */

struct shell_snapshot {
    struct variable *table;
    int table_count;
    int journal_mark;
    struct positional_frame positional;
    int frame_count;
    struct shell_options options;
    char *directory;
};

struct shell_snapshot *snapshot_take(void) {
    struct shell_snapshot *snapshot = shell_allocate(sizeof *snapshot);
    snapshot->table = shell_allocate((size_t)(table_count + 1) * sizeof *snapshot->table);
    for (int index = 0; index < table_count; index++) {
        snapshot->table[index].name = shell_copy(table[index].name);
        snapshot->table[index].value = table[index].value ? shell_copy(table[index].value) : NULL;
        snapshot->table[index].export_when_set = table[index].export_when_set;
    }
    snapshot->table_count = table_count;
    snapshot->journal_mark = journal_count;
    struct positional_frame *frame = current_frame();
    frame_fill(&snapshot->positional, frame->count, frame->values);
    snapshot->frame_count = frame_count;
    snapshot->options = options;
    snapshot->directory = getcwd(NULL, 0);
    snapshots_open++;
    return snapshot;
}

void snapshot_restore(struct shell_snapshot *snapshot) {
    while (table_count > 0)
        table_remove(table[table_count - 1].name);
    free(table);
    table = snapshot->table;
    table_count = table_capacity = snapshot->table_count;
    if (table_capacity == 0) {
        free(table);
        table = NULL;
    }
    while (journal_count > snapshot->journal_mark) {
        struct environment_change *change = &journal[--journal_count];
        if (change->old_value)
            setenv(change->name, change->old_value, 1);
        else
            unsetenv(change->name);
        free(change->name);
        free(change->old_value);
    }
    while (frame_count > snapshot->frame_count)
        positional_pop();
    struct positional_frame *frame = current_frame();
    frame_clear(frame);
    *frame = snapshot->positional;
    options = snapshot->options;
    if (snapshot->directory) {
        if (chdir(snapshot->directory) < 0)
            shell_error("cd: %s: %s", snapshot->directory, strerror(errno));
        free(snapshot->directory);
    }
    snapshots_open--;
    free(snapshot);
}
