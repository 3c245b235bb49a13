/* The builtins scripts need: set, shift, local, return, break, continue,
 * exit, source (.), eval, read, true, false, exec and type. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "shell.h"

int builtin_true(int argc, char **argv) {
    (void)argc;
    (void)argv;
    return 0;
}

int builtin_false(int argc, char **argv) {
    (void)argc;
    (void)argv;
    return 1;
}

/* Reads a whole non-negative number; -1 if `text` is not one. */
static long parse_count(const char *text) {
    if (!isdigit((unsigned char)*text))
        return -1;
    char *end;
    long value = strtol(text, &end, 10);
    return *end ? -1 : value;
}

/* ---- options ------------------------------------------------------------------------ */

static const struct {
    char letter;
    const char *name;
    int *flag;
} option_table[] = {
    {'e', "errexit", &options.errexit},
    {'f', "noglob", &options.noglob},
    {'u', "nounset", &options.nounset},
    {'x', "xtrace", &options.xtrace},
};
#define OPTION_COUNT (sizeof option_table / sizeof *option_table)

int set_option_letters(const char *letters, int enable) {
    for (const char *letter = letters; *letter; letter++) {
        size_t index = 0;
        while (index < OPTION_COUNT && option_table[index].letter != *letter)
            index++;
        if (index == OPTION_COUNT)
            return *letter;
        *option_table[index].flag = enable;
    }
    return 0;
}

void option_letters(char *out, size_t size) {
    size_t length = 0;
    for (size_t index = 0; index < OPTION_COUNT && length + 1 < size; index++) {
        if (*option_table[index].flag)
            out[length++] = option_table[index].letter;
    }
    out[length] = '\0';
}

static int set_named_option(const char *name, int enable) {
    for (size_t index = 0; index < OPTION_COUNT; index++) {
        if (strcmp(option_table[index].name, name) == 0) {
            *option_table[index].flag = enable;
            return 0;
        }
    }
    shell_error("set: %s: unknown option name", name);
    return 2;
}

/* set: no arguments lists the variables; -X/+X and -o NAME/+o NAME switch
 * options; the rest (after -- if it starts with -) become $1 ... */
int builtin_set(int argc, char **argv) {
    if (argc == 1) {
        variable_print_all();
        return 0;
    }
    int index = 1;
    for (; index < argc; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--") == 0) {
            index++;
            positional_replace(argc - index, argv + index);
            return 0;
        }
        if ((argument[0] != '-' && argument[0] != '+') || argument[1] == '\0')
            break;
        int enable = argument[0] == '-';
        if (strcmp(argument + 1, "o") == 0) {
            if (index + 1 >= argc) {
                for (size_t option = 0; option < OPTION_COUNT; option++)
                    printf("%-10s %s\n", option_table[option].name, *option_table[option].flag ? "on" : "off");
                return 0;
            }
            if (set_named_option(argv[++index], enable) != 0)
                return 2;
            continue;
        }
        int bad = set_option_letters(argument + 1, enable);
        if (bad) {
            shell_error("set: %c%c: invalid option", argument[0], bad);
            return 2;
        }
    }
    if (index < argc)
        positional_replace(argc - index, argv + index);
    return 0;
}

int builtin_shift(int argc, char **argv) {
    long count = argc > 1 ? parse_count(argv[1]) : 1;
    if (count < 0) {
        shell_error("shift: %s: numeric argument required", argv[1]);
        return 2;
    }
    if (positional_shift((int)count) < 0) {
        shell_error("shift: %ld: shift count out of range", count);
        return 1;
    }
    return 0;
}

int builtin_local(int argc, char **argv) {
    if (scope_depth() == 0) {
        shell_error("local: can only be used in a function");
        return 1;
    }
    int status = 0;
    for (int index = 1; index < argc; index++) {
        char *equals = strchr(argv[index], '=');
        size_t name_length = equals ? (size_t)(equals - argv[index]) : strlen(argv[index]);
        if (!is_name(argv[index], name_length)) {
            shell_error("local: '%s': not a valid name", argv[index]);
            status = 1;
            continue;
        }
        if (equals)
            *equals = '\0';
        variable_make_local(argv[index]);
        if (equals) {
            if (variable_set(argv[index], equals + 1) < 0)
                status = 1;
            *equals = '=';
        }
    }
    return status;
}

/* ---- control flow --------------------------------------------------------------------- */

/* The status argument of return and exit: N, or $? without one. */
static int status_argument(const char *builtin, int argc, char **argv, int *status) {
    *status = last_status;
    if (argc < 2)
        return 0;
    char *end;
    long value = strtol(argv[1], &end, 10);
    if (*end || end == argv[1]) {
        shell_error("%s: %s: numeric argument required", builtin, argv[1]);
        *status = 2;
        return -1;
    }
    *status = (int)(value & 255);
    return 0;
}

int builtin_return(int argc, char **argv) {
    int status;
    status_argument("return", argc, argv, &status);
    if (function_depth == 0) {
        shell_error("return: can only be used in a function or a sourced file");
        return 1;
    }
    pending_control = CONTROL_RETURN;
    control_status = status;
    return status;
}

int builtin_exit(int argc, char **argv) {
    int status;
    status_argument("exit", argc, argv, &status);
    /* At the prompt, a bare exit (which powers off at the top level) is a
     * clean end, whatever the last command did; scripts leave with $?. */
    if (argc < 2 && interactive && function_depth == 0)
        status = 0;
    pending_control = CONTROL_EXIT;
    control_status = status;
    return status;
}

/* break and continue: N loops (1 by default, at most as many as there are). */
static int leave_loops(const char *builtin, enum control control, int argc, char **argv) {
    long count = argc > 1 ? parse_count(argv[1]) : 1;
    if (count <= 0) {
        shell_error("%s: %s: loop count out of range", builtin, argv[1]);
        return 1;
    }
    if (loop_depth == 0) {
        shell_error("%s: only meaningful in a loop", builtin);
        return 1;
    }
    pending_control = control;
    control_levels = count < loop_depth ? (int)count : loop_depth;
    return 0;
}

int builtin_break(int argc, char **argv) {
    return leave_loops("break", CONTROL_BREAK, argc, argv);
}

int builtin_continue(int argc, char **argv) {
    return leave_loops("continue", CONTROL_CONTINUE, argc, argv);
}

/* ---- running more commands -------------------------------------------------------------- */

/* The file `source NAME` reads: NAME itself, or the first NAME in $PATH. */
static char *find_sourced_file(const char *name) {
    if (strchr(name, '/') || access(name, F_OK) == 0)
        return shell_copy(name);
    const char *path = variable_get("PATH");
    while (path && *path) {
        const char *colon = strchr(path, ':');
        size_t length = colon ? (size_t)(colon - path) : strlen(path);
        struct text candidate = {0};
        text_append(&candidate, path, length);
        text_append_char(&candidate, '/');
        text_append_string(&candidate, name);
        if (access(candidate.data, F_OK) == 0)
            return text_take(&candidate);
        text_free(&candidate);
        path = colon ? colon + 1 : NULL;
    }
    return shell_copy(name);
}

int builtin_source(int argc, char **argv) {
    if (argc < 2) {
        shell_error("%s: a file name is needed", argv[0]);
        return 2;
    }
    char *path = find_sourced_file(argv[1]);
    if (argc > 2)
        positional_push(argc - 2, argv + 2);
    function_depth++;
    int status = run_file(path);
    function_depth--;
    if (argc > 2)
        positional_pop();
    free(path);
    if (pending_control == CONTROL_RETURN) {
        pending_control = CONTROL_NONE;
        status = control_status;
    }
    return status < 0 ? 1 : status;
}

int builtin_eval(int argc, char **argv) {
    struct text command = {0};
    for (int index = 1; index < argc; index++) {
        if (index > 1)
            text_append_char(&command, ' ');
        text_append_string(&command, argv[index]);
    }
    int status = command.data ? run_source(command.data, command.length, current_source_name, current_line) : 0;
    text_free(&command);
    return status;
}

int builtin_exec(int argc, char **argv) {
    /* Reached only for `exec` alone: command.c keeps its redirections, and
     * runs `exec COMMAND` as COMMAND followed by exit. */
    (void)argc;
    (void)argv;
    return 0;
}

/* type: what each name runs. */
int builtin_type(int argc, char **argv) {
    int status = 0;
    for (int index = 1; index < argc; index++) {
        const char *name = argv[index];
        char *program = NULL;
        if (builtin_find(name) && (!function_find(name) || strcmp(name, "exec") == 0)) {
            printf("%s is a shell builtin\n", name);
        } else if (function_find(name)) {
            printf("%s is a function\n", name);
        } else {
            enum stage_kind kind = resolve_program(name, &program);
            if (kind == STAGE_FAILED) {
                shell_error("type: %s: not found", name);
                status = 1;
            } else if (kind == STAGE_SCRIPT) {
                printf("%s is a script, %s\n", name, program);
            } else if (strchr(program, '/')) {
                printf("%s is %s\n", name, program);
            } else {
                printf("%s is /bin/%s.wasm\n", name, program);
            }
        }
        free(program);
    }
    return status;
}

/* ---- read ----------------------------------------------------------------------------------- */

/* One line of standard input, a byte at a time so that nothing after it
 * is taken from the commands that read next. Without `raw`, a backslash
 * quotes the next character (and joins lines); quoted[] marks those.
 * Returns 1 at end of input before a newline, 0 otherwise. */
static int read_input_line(int raw, struct text *line, struct text *quoted) {
    for (;;) {
        char c;
        ssize_t count = read(0, &c, 1);
        if (count <= 0)
            return 1;
        if (c == '\n')
            return 0;
        if (c == '\\' && !raw) {
            if (read(0, &c, 1) <= 0)
                return 1;
            if (c == '\n')
                continue;
            text_append_char(line, c);
            text_append_char(quoted, '1');
            continue;
        }
        text_append_char(line, c);
        text_append_char(quoted, '0');
    }
}

int builtin_read(int argc, char **argv) {
    int raw = 0;
    const char *prompt = NULL;
    int index = 1;
    for (; index < argc && argv[index][0] == '-' && argv[index][1]; index++) {
        if (strcmp(argv[index], "--") == 0) {
            index++;
            break;
        }
        if (strcmp(argv[index], "-r") == 0) {
            raw = 1;
        } else if (strcmp(argv[index], "-p") == 0 && index + 1 < argc) {
            prompt = argv[++index];
        } else {
            shell_error("read: %s: invalid option", argv[index]);
            return 2;
        }
    }
    char *default_names[] = {"REPLY"};
    char **names = index < argc ? argv + index : default_names;
    int name_count = index < argc ? argc - index : 1;
    for (int name = 0; name < name_count; name++) {
        if (!is_name(names[name], strlen(names[name]))) {
            shell_error("read: '%s': not a valid name", names[name]);
            return 2;
        }
    }
    if (prompt) {
        fprintf(stderr, "%s", prompt);
        fflush(stderr);
    }
    fflush(stdout);
    struct text line = {0};
    struct text quoted = {0};
    int ended = read_input_line(raw, &line, &quoted);
    const char *characters = line.data ? line.data : "";
    const char *quoted_marks = quoted.data ? quoted.data : "";
    size_t length = line.length;
    char *separators = shell_copy(field_separators()); /* `read IFS` may change it */
#define IS_SEPARATOR(at) (quoted_marks[at] == '0' && strchr(separators, characters[at]))
#define IS_SPACE_SEPARATOR(at) (IS_SEPARATOR(at) && strchr(" \t\n", characters[at]))
    size_t position = 0;
    while (position < length && IS_SPACE_SEPARATOR(position))
        position++;
    for (int name = 0; name < name_count; name++) {
        size_t start = position;
        size_t end;
        if (name + 1 == name_count) {
            /* The last name takes the rest, less trailing IFS white space. */
            end = length;
            while (end > start && IS_SPACE_SEPARATOR(end - 1))
                end--;
            position = length;
        } else {
            while (position < length && !IS_SEPARATOR(position))
                position++;
            end = position;
            while (position < length && IS_SPACE_SEPARATOR(position))
                position++;
            if (position < length && IS_SEPARATOR(position)) {
                position++; /* one non-space separator, with the spaces around it */
                while (position < length && IS_SPACE_SEPARATOR(position))
                    position++;
            }
        }
        char *value = shell_copy_length(characters + start, end - start);
        variable_set(names[name], value);
        free(value);
    }
#undef IS_SEPARATOR
#undef IS_SPACE_SEPARATOR
    free(separators);
    text_free(&line);
    text_free(&quoted);
    return ended;
}
