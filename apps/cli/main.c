/* cli: the WasmOS shell, started by the kernel at boot, and a POSIX-style
 * shell for scripts.
 *
 *     cli                          the interactive shell
 *     cli FILE [ARGUMENT]...       runs the script FILE ($0 FILE, $1 ...)
 *     cli -c COMMAND [NAME [ARGUMENT]...]
 *
 * Options -e -f -u -x (as for `set`) may come first. At the prompt it
 * shows /etc/motd, runs /etc/profile, then reads lines with a small line
 * editor (raw console mode, VT100 redraws, history); a line that leaves a
 * construct open (an if without fi, a quote, a trailing |, ...) is
 * continued on the next, after the prompt $PS2.
 *
 * The language: pipelines of concurrent jobs (|, &, jobs, fg, bg, wait,
 * kill), lists (; && ||), redirections (< > >> <> >& <& << <<-), if,
 * while, until, for, case, { }, ( ), functions with local and return,
 * parameters and their ${...} forms, $(...), $((...)), field splitting,
 * pathname expansion, and the builtins of builtins.c. shell.h lists the
 * parts. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"
#include <wasmos/description.h>

WASMOS_DESCRIPTION("the shell: runs commands, pipelines, jobs and scripts");

const char *shell_name = "cli";
const char *shell_program = "cli";
int top_level_shell;
int interactive;
struct shell_options options;
const char *current_source_name;
int current_line;

void shell_error_at(const char *source_name, int line, const char *format, ...) {
    fflush(stdout);
    fprintf(stderr, "%s: ", shell_name);
    if (source_name)
        fprintf(stderr, "%s: line %d: ", source_name, line);
    va_list arguments;
    va_start(arguments, format);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
    fputc('\n', stderr);
}

void shell_error(const char *format, ...) {
    fflush(stdout);
    fprintf(stderr, "%s: ", shell_name);
    if (current_source_name)
        fprintf(stderr, "%s: line %d: ", current_source_name, current_line);
    va_list arguments;
    va_start(arguments, format);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
    fputc('\n', stderr);
}

void shell_error_on(int fd, const char *format, ...) {
    if (fd < 0)
        return;
    char message[512];
    int length = snprintf(message, sizeof message, "%s: ", shell_name);
    if (current_source_name && length < (int)sizeof message)
        length += snprintf(message + length, sizeof message - (size_t)length, "%s: line %d: ", current_source_name,
                           current_line);
    va_list arguments;
    va_start(arguments, format);
    if (length < (int)sizeof message)
        length += vsnprintf(message + length, sizeof message - (size_t)length, format, arguments);
    va_end(arguments);
    if (length >= (int)sizeof message - 1)
        length = (int)sizeof message - 2;
    message[length++] = '\n';
    fflush(stdout);
    fflush(stderr);
    ssize_t written = write(fd, message, (size_t)length);
    (void)written;
}

void shell_message(const char *format, ...) {
    fflush(stdout);
    fprintf(stderr, "%s: ", shell_name);
    va_list arguments;
    va_start(arguments, format);
    vfprintf(stderr, format, arguments);
    va_end(arguments);
    fputc('\n', stderr);
}

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

/* The name for messages: the program's file name without .wasm. */
static const char *name_from_program(const char *program) {
    const char *slash = strrchr(program, '/');
    const char *base = slash ? slash + 1 : program;
    size_t length = strlen(base);
    if (length > 5 && strcmp(base + length - 5, ".wasm") == 0)
        length -= 5;
    return length ? shell_copy_length(base, length) : "cli";
}

static void usage(FILE *stream) {
    fprintf(stream,
            "usage: %s [-efux] [FILE [ARGUMENT]...]\n"
            "       %s [-efux] -c COMMAND [NAME [ARGUMENT]...]\n"
            "Without FILE or -c, an interactive shell; `help` there lists the builtins and apps.\n"
            "  -c COMMAND  run COMMAND (NAME becomes $0, the ARGUMENTs $1 ...)\n"
            "  -e          leave when a command fails      -f  no pathname expansion\n"
            "  -u          an unset variable is an error   -x  show commands as they run\n"
            "  --help      this text\n",
            shell_name, shell_name);
}

/* Leaves a script or -c with its status (or that of an exit). */
static __attribute__((noreturn)) void finish(int status) {
    if (pending_control == CONTROL_EXIT || pending_control == CONTROL_INTERRUPT)
        status = control_status;
    leave_shell(status);
}

/* ---- the prompt ----------------------------------------------------------------------- */

/* A prompt from $PS1 or $PS2: \w the working directory, \W its last
 * component, \h the host, \u the user, \$ a $, \\ a backslash. */
static void build_prompt(const char *format, char *prompt, size_t size) {
    struct text text = {0};
    char *directory = getcwd(NULL, 0);
    const char *cwd = directory ? directory : "?";
    for (const char *cursor = format; *cursor; cursor++) {
        if (*cursor != '\\' || !cursor[1]) {
            text_append_char(&text, *cursor);
            continue;
        }
        cursor++;
        switch (*cursor) {
        case 'w': text_append_string(&text, cwd); break;
        case 'W': {
            const char *slash = strrchr(cwd, '/');
            text_append_string(&text, slash && slash[1] ? slash + 1 : cwd);
            break;
        }
        case 'h': text_append_string(&text, "wasmos"); break;
        case 'u': text_append_string(&text, variable_get("USER") ? variable_get("USER") : "root"); break;
        case '$': text_append_char(&text, '$'); break;
        case 'n': text_append_char(&text, '\n'); break;
        case '\\': text_append_char(&text, '\\'); break;
        default:
            text_append_char(&text, '\\');
            text_append_char(&text, *cursor);
            break;
        }
    }
    free(directory);
    snprintf(prompt, size, "%s", text.data ? text.data : "");
    text_free(&text);
}

/* Whether the text typed so far is whole: PARSE_COMMAND (run it),
 * PARSE_INCOMPLETE (read on) or PARSE_ERROR (said why). */
static enum parse_result check_input(const char *text, size_t length) {
    struct lexer lexer;
    lexer_init(&lexer, text, length, NULL, 1);
    lexer.more_input_possible = 1;
    for (;;) {
        struct arena *arena = arena_create();
        struct node *command;
        enum parse_result result = parse_next_command(&lexer, arena, &command);
        arena_release(arena);
        if (result == PARSE_END)
            return PARSE_COMMAND;
        if (result != PARSE_COMMAND)
            return result;
    }
}

static __attribute__((noreturn)) void run_interactive(void) {
    interactive = 1;
    show_motd();
    if (access("/etc/profile", F_OK) == 0) {
        run_file("/etc/profile");
        if (pending_control == CONTROL_EXIT)
            leave_shell(control_status);
        pending_control = CONTROL_NONE;
    }
    static struct editor editor;
    static char prompt[LINE_CAPACITY + 8];
    struct text input = {0};
    for (;;) {
        if (input.length == 0)
            report_job_changes();
        const char *format = input.length == 0 ? variable_get("PS1") : variable_get("PS2");
        build_prompt(format ? format : input.length == 0 ? "\\w$ " : "> ", prompt, sizeof prompt);
        editor.prompt = prompt;
        fflush(stdout);
        /* Raw only while editing: jobs run with the console cooked, where
         * Ctrl-C and Ctrl-Z reach the foreground job. */
        wasmos_console_mode(WASMOS_CONSOLE_RAW);
        enum read_result result = read_line(&editor);
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
        if (result == LINE_END_OF_INPUT) {
            if (input.length > 0)
                shell_message("syntax error: unexpected end of file");
            leave_shell(0);
        }
        if (result == LINE_CANCELLED) {
            text_free(&input);
            last_status = 130;
            continue;
        }
        history_add(editor.line);
        text_append_string(&input, editor.line);
        text_append_char(&input, '\n');
        enum parse_result check = check_input(input.data, input.length);
        if (check == PARSE_INCOMPLETE)
            continue;
        if (check == PARSE_ERROR) {
            last_status = 2;
        } else {
            report_failures = 1;
            run_source(input.data, input.length, NULL, 1);
            report_failures = 0;
        }
        text_free(&input);
        if (pending_control == CONTROL_EXIT)
            leave_shell(control_status);
        pending_control = CONTROL_NONE;
    }
}

int main(int argc, char **argv) {
    if (argc > 0 && argv[0][0]) {
        shell_program = argv[0];
        shell_name = name_from_program(argv[0]);
    }
    int index = 1;
    const char *command = NULL;
    for (; index < argc; index++) {
        const char *argument = argv[index];
        if (strcmp(argument, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argument, "--") == 0) {
            index++;
            break;
        }
        if ((argument[0] != '-' && argument[0] != '+') || argument[1] == '\0')
            break;
        if (strcmp(argument, "-c") == 0) {
            if (index + 1 >= argc) {
                fprintf(stderr, "%s: -c: option requires an argument\n", shell_name);
                usage(stderr);
                return 2;
            }
            command = argv[++index];
            continue;
        }
        int bad = set_option_letters(argument + 1, argument[0] == '-');
        if (bad) {
            fprintf(stderr, "%s: invalid option -- '%c'\n", shell_name, bad);
            usage(stderr);
            return 2;
        }
    }
    note_shell_level();
    nesting_init();
    if (command) {
        script_name = index < argc ? argv[index++] : shell_name;
        positional_replace(argc - index, argv + index);
        child_shell_restore_state();
        finish(run_source(command, strlen(command), "-c", 1));
    }
    if (index < argc) {
        script_name = argv[index];
        positional_replace(argc - index - 1, argv + index + 1);
        size_t length;
        char *text = read_whole_file(script_name, &length);
        if (!text) {
            shell_message("%s: %s", script_name, strerror(errno));
            return errno == ENOENT ? 127 : 126;
        }
        finish(run_source(text, length, script_name, 1));
    }
    script_name = shell_name;
    run_interactive();
}
