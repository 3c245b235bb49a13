/* The builtins: the table of the commands the shell runs itself, and
 * those that change its own state (cd, export, unset, ulimit, exit, ...).
 * The scripting builtins (set, shift, local, read, source, ...) are in
 * script_builtins.c, test and [ in test_builtin.c, help in help.c, and the
 * job control builtins (jobs, fg, bg, wait, kill) in job_builtins.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

static int builtin_cd(int argc, char **argv);
static int builtin_pwd(int argc, char **argv);
static int builtin_history(int argc, char **argv);
static int builtin_export(int argc, char **argv);
static int builtin_unset(int argc, char **argv);
static int builtin_ulimit(int argc, char **argv);
static int builtin_shutdown(int argc, char **argv);

/* In name order, as help lists them. */
const struct builtin builtins[] = {
    {":", builtin_true, ": [ARGUMENT]...", "do nothing, successfully"},
    {".", builtin_source, ". FILE [ARGUMENT]...", "run the commands of FILE in this shell"},
    {"[", builtin_test, "[ EXPRESSION ]", "the same as test"},
    {"bg", builtin_bg, "bg [%N]", "continue a stopped job in the background"},
    {"break", builtin_break, "break [N]", "leave the enclosing loop (or N of them)"},
    {"cd", builtin_cd, "cd [DIR]", "change directory ($HOME, or - for the last one)"},
    {"continue", builtin_continue, "continue [N]", "start the next round of the loop (or of the Nth)"},
    {"eval", builtin_eval, "eval [WORD]...", "run the words as a command line"},
    {"exec", builtin_exec, "exec [COMMAND] [REDIRECTION]...", "run COMMAND, then leave; or keep redirections"},
    {"exit", builtin_exit, "exit [N]", "leave (at the top level: power off)"},
    {"export", builtin_export, "export NAME[=VALUE]...", "pass variables to the programs started from now"},
    {"false", builtin_false, "false", "do nothing, unsuccessfully"},
    {"fg", builtin_fg, "fg [%N]", "continue a job in the foreground"},
    {"help", builtin_help, "help", "this list"},
    {"history", builtin_history, "history", "list previous command lines"},
    {"jobs", builtin_jobs, "jobs", "list the jobs: running, stopped or done"},
    {"kill", builtin_kill, "kill [-SIG] %N|PID", "signal a job (with PIDs only: /bin/kill)"},
    {"local", builtin_local, "local NAME[=VALUE]...", "make variables local to the running function"},
    {"poweroff", builtin_shutdown, "poweroff", "power off"},
    {"pwd", builtin_pwd, "pwd", "print the working directory"},
    {"read", builtin_read, "read [-r] [-p PROMPT] [NAME]...", "read a line of standard input into variables"},
    {"return", builtin_return, "return [N]", "leave the running function or sourced file"},
    {"set", builtin_set, "set [-efux] [-o NAME] [--] [ARG]...", "set options or the positional parameters"},
    {"shift", builtin_shift, "shift [N]", "drop the first (or first N) parameters"},
    {"shutdown", builtin_shutdown, "shutdown", "power off"},
    {"source", builtin_source, "source FILE [ARGUMENT]...", "the same as ."},
    {"test", builtin_test, "test EXPRESSION", "check files, strings, numbers (0 when true)"},
    {"true", builtin_true, "true", "do nothing, successfully"},
    {"type", builtin_type, "type NAME...", "say what runs: builtin, function, app or script"},
    {"ulimit", builtin_ulimit, "ulimit [-X N]", "show or set limits for the apps this shell runs"},
    {"unset", builtin_unset, "unset [-f|-v] NAME...", "remove variables (or functions with -f)"},
    {"wait", builtin_wait, "wait [%N|PID]...", "wait for background jobs (default: all of them)"},
};
const size_t builtin_count = sizeof builtins / sizeof *builtins;

const struct builtin *builtin_find(const char *name) {
    for (size_t index = 0; index < builtin_count; index++) {
        if (strcmp(builtins[index].name, name) == 0)
            return &builtins[index];
    }
    return NULL;
}

int is_builtin_command(int argc, char **argv) {
    if (strcmp(argv[0], "kill") == 0)
        return kill_names_a_job(argc, argv);
    return builtin_find(argv[0]) != NULL;
}

int run_builtin(int argc, char **argv) {
    const struct builtin *builtin = builtin_find(argv[0]);
    int status = builtin ? builtin->run(argc, argv) : 127;
    fflush(stdout);
    return status;
}

/* ---- the shell's own state -------------------------------------------------------------- */

static char *previous_directory;

static int builtin_cd(int argc, char **argv) {
    const char *home = variable_get("HOME");
    const char *target = argc > 1 ? argv[1] : home && *home ? home : "/";
    if (strcmp(target, "-") == 0) {
        if (!previous_directory) {
            shell_error("cd: no previous directory");
            return 1;
        }
        target = previous_directory;
    }
    char *current = getcwd(NULL, 0);
    if (chdir(target) < 0) {
        shell_error("cd: %s: %s", target, strerror(errno));
        free(current);
        return 1;
    }
    char *now = getcwd(NULL, 0);
    if (argc > 1 && strcmp(argv[1], "-") == 0 && now)
        printf("%s\n", now);
    if (now) {
        variable_set("PWD", now);
        if (current)
            variable_set("OLDPWD", current);
    }
    free(now);
    free(previous_directory);
    previous_directory = current;
    return 0;
}

static int builtin_pwd(int argc, char **argv) {
    (void)argc;
    (void)argv;
    char *current = getcwd(NULL, 0);
    if (!current) {
        shell_error("pwd: %s", strerror(errno));
        return 1;
    }
    printf("%s\n", current);
    free(current);
    return 0;
}

static int builtin_history(int argc, char **argv) {
    (void)argc;
    (void)argv;
    for (int index = 0; index < history_length(); index++)
        printf("%5d  %s\n", history_number(index), history_line(index));
    return 0;
}

static int builtin_export(int argc, char **argv) {
    int status = 0;
    for (int index = 1; index < argc; index++) {
        char *equals = strchr(argv[index], '=');
        size_t name_length = equals ? (size_t)(equals - argv[index]) : strlen(argv[index]);
        if (strcmp(argv[index], "-p") == 0)
            continue;
        if (!is_name(argv[index], name_length)) {
            shell_error("export: '%s': not a valid name", argv[index]);
            status = 1;
            continue;
        }
        if (equals)
            *equals = '\0';
        if (variable_export(argv[index], equals ? equals + 1 : NULL) < 0)
            status = 1;
        if (equals)
            *equals = '=';
    }
    return status;
}

static int builtin_unset(int argc, char **argv) {
    int functions = 0;
    int first = 1;
    if (argc > 1 && (strcmp(argv[1], "-f") == 0 || strcmp(argv[1], "-v") == 0)) {
        functions = argv[1][1] == 'f';
        first = 2;
    }
    for (int index = first; index < argc; index++) {
        if (functions)
            function_unset(argv[index]);
        else
            variable_unset(argv[index]);
    }
    return 0;
}

/* The per-process limits of docs/ABI.md: flag, ABI kind, description. */
static const struct {
    char flag;
    int kind;
    const char *description;
} limit_table[] = {
    {'m', WASMOS_LIMIT_MEMORY_PAGES, "linear memory (64 KiB pages)"},
    {'t', WASMOS_LIMIT_TABLE_ENTRIES, "table entries"},
    {'s', WASMOS_LIMIT_CALL_DEPTH, "call depth (Wasm frames)"},
    {'p', WASMOS_LIMIT_NESTING, "nested runapp depth"},
    {'u', WASMOS_LIMIT_PROCESSES, "processes alive at once"},
    {'n', WASMOS_LIMIT_OPEN_FILES, "open files"},
    {'a', WASMOS_LIMIT_ARGUMENTS, "arguments per program"},
};

/* ulimit: no arguments lists every limit; -X shows one; -X N sets it. */
static int builtin_ulimit(int argc, char **argv) {
    size_t count = sizeof limit_table / sizeof *limit_table;
    if (argc == 1 || (argc == 2 && strcmp(argv[1], "-a") == 0)) {
        for (size_t index = 0; index < count; index++)
            printf("-%c  %-30s %lld\n", limit_table[index].flag, limit_table[index].description,
                   (long long)wasmos_limit_get(limit_table[index].kind));
        return 0;
    }
    for (int argument = 1; argument < argc; argument++) {
        const char *flag = argv[argument];
        size_t index = 0;
        while (index < count && !(flag[0] == '-' && flag[1] == limit_table[index].flag && flag[2] == '\0'))
            index++;
        if (index == count) {
            shell_error("ulimit: %s: unknown option (try -m -t -s -p -u -n -a)", flag);
            return 2;
        }
        if (argument + 1 >= argc || argv[argument + 1][0] == '-') {
            printf("%lld\n", (long long)wasmos_limit_get(limit_table[index].kind));
            continue;
        }
        char *end;
        long long value = strtoll(argv[++argument], &end, 10);
        if (*end || value <= 0) {
            shell_error("ulimit: %s: not a positive number", argv[argument]);
            return 2;
        }
        int result = wasmos_limit_set(limit_table[index].kind, value);
        if (result < 0) {
            shell_error("ulimit: -%c %lld: %s", limit_table[index].flag, value, strerror(-result));
            return 1;
        }
    }
    return 0;
}

void leave_shell(int status) {
    hang_up_stopped_jobs(); /* running jobs go on; the kernel reaps them */
    fflush(stdout);
    fflush(stderr);
    if (interactive)
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
    if (top_level_shell && interactive)
        wasmos_poweroff(status);
    exit(status);
}

static int builtin_shutdown(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fflush(stdout);
    wasmos_console_mode(WASMOS_CONSOLE_COOKED);
    wasmos_poweroff(0);
}
