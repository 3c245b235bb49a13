/* The builtins: commands the shell runs itself because they change its own
 * state (cd, export, exit, ulimit, ...) or need none of an app's. The job
 * control builtins (jobs, fg, bg, wait, kill) are in job_builtins.c. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "shell.h"

/* The commands the shell runs itself (see run_builtin). */
const char *const builtin_names[] = {
    "help", "cd", "pwd", "history", "export", "unset", "exit", "shutdown",
    "poweroff", "ulimit", "jobs", "fg", "bg", "wait", "kill",
};
const size_t builtin_count = sizeof builtin_names / sizeof *builtin_names;

static char *previous_directory;

static void list_apps(void) {
    DIR *directory = opendir("/bin");
    if (!directory)
        return;
    struct dirent *entry;
    int column = 0;
    while ((entry = readdir(directory))) {
        size_t length = strlen(entry->d_name);
        if (length <= 5 || strcmp(entry->d_name + length - 5, ".wasm") != 0)
            continue;
        int width = (int)length - 5;
        if (column + width + 1 > 76) {
            printf("\n");
            column = 0;
        }
        printf("%s%.*s", column ? " " : "  ", width, entry->d_name);
        column += width + (column ? 1 : 2);
    }
    closedir(directory);
    if (column)
        printf("\n");
}

static int builtin_help(void) {
    printf("WasmOS shell. Builtins:\n"
           "  cd [dir]         change directory (default /; - for the previous one)\n"
           "  pwd              print the working directory\n"
           "  history          list previous command lines\n"
           "  export NAME=VAL  set an environment variable (unset NAME removes it)\n"
           "  exit [N]         leave the shell (powers off at the top level)\n"
           "  shutdown         power off\n"
           "  ulimit [-X N]    show or set this shell's limits for the apps it runs\n"
           "  jobs             list the jobs: running, stopped or done\n"
           "  fg [%%N]          continue a job in the foreground (default: the current one)\n"
           "  bg [%%N]          continue a stopped job in the background\n"
           "  wait [%%N|PID]    wait for background jobs (default: all of them)\n"
           "  kill [-SIG] %%N|PID  send a signal (default TERM; INT, KILL, STOP, CONT, 9, ...)\n"
           "  help             this text\n"
           "Syntax: words with '..' \"..\" \\; $? $! $$ $NAME; cmd > file, >> file, < file, 2> file,\n"
           "        2>&1; cmd1 | cmd2 (at once, through a pipe); cmd & (in the background);\n"
           "        cmd1 ; cmd2; cmd1 && cmd2; cmd1 || cmd2.\n"
           "Jobs: Ctrl-C ends the foreground job, Ctrl-Z stops it (fg or bg continue it).\n"
           "Editing: arrows, Home/End, Tab completes, Up/Down history, Ctrl-A/E/K/U/W/L,\n"
           "         Ctrl-C cancels the line, Ctrl-D on an empty line leaves.\n"
           "Apps in /bin:\n");
    list_apps();
    return 0;
}

static int builtin_cd(int argc, char **argv) {
    const char *target = argc > 1 ? argv[1] : "/";
    if (strcmp(target, "-") == 0) {
        if (!previous_directory) {
            fprintf(stderr, "cli: cd: no previous directory\n");
            return 1;
        }
        target = previous_directory;
    }
    char *current = getcwd(NULL, 0);
    if (chdir(target) < 0) {
        fprintf(stderr, "cli: cd: %s: %s\n", target, strerror(errno));
        free(current);
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "-") == 0) {
        char *now = getcwd(NULL, 0);
        if (now)
            printf("%s\n", now);
        free(now);
    }
    free(previous_directory);
    previous_directory = current;
    return 0;
}

static int builtin_pwd(void) {
    char *current = getcwd(NULL, 0);
    if (!current) {
        fprintf(stderr, "cli: pwd: %s\n", strerror(errno));
        return 1;
    }
    printf("%s\n", current);
    free(current);
    return 0;
}

static int builtin_history(void) {
    for (int index = 0; index < history_length(); index++)
        printf("%5d  %s\n", history_number(index), history_line(index));
    return 0;
}

static int builtin_export(int argc, char **argv) {
    int status = 0;
    for (int index = 1; index < argc; index++) {
        char *equals = strchr(argv[index], '=');
        if (!equals)
            continue; /* every variable is exported already */
        *equals = '\0';
        if (setenv(argv[index], equals + 1, 1) < 0) {
            fprintf(stderr, "cli: export: %s: %s\n", argv[index], strerror(errno));
            status = 1;
        }
        *equals = '=';
    }
    return status;
}

static int builtin_unset(int argc, char **argv) {
    for (int index = 1; index < argc; index++)
        unsetenv(argv[index]);
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
            fprintf(stderr, "cli: ulimit: %s: unknown option (try -m -t -s -p -u -n -a)\n", flag);
            return 2;
        }
        if (argument + 1 >= argc || argv[argument + 1][0] == '-') {
            printf("%lld\n", (long long)wasmos_limit_get(limit_table[index].kind));
            continue;
        }
        char *end;
        long long value = strtoll(argv[++argument], &end, 10);
        if (*end || value <= 0) {
            fprintf(stderr, "cli: ulimit: %s: not a positive number\n", argv[argument]);
            return 2;
        }
        int result = wasmos_limit_set(limit_table[index].kind, value);
        if (result < 0) {
            fprintf(stderr, "cli: ulimit: -%c %lld: %s\n", limit_table[index].flag, value, strerror(-result));
            return 1;
        }
    }
    return 0;
}

void leave_shell(int status) {
    hang_up_stopped_jobs(); /* running jobs go on; the kernel reaps them */
    fflush(stdout);
    wasmos_console_mode(WASMOS_CONSOLE_COOKED);
    if (top_level_shell)
        wasmos_poweroff(status);
    exit(status);
}

static int parse_status_argument(int argc, char **argv) {
    if (argc < 2)
        return 0;
    char *end;
    long value = strtol(argv[1], &end, 10);
    if (*end || end == argv[1]) {
        fprintf(stderr, "cli: exit: %s: numeric argument required\n", argv[1]);
        return 2;
    }
    return (int)(value & 255);
}

int run_builtin(int argc, char **argv) {
    const char *name = argv[0];
    if (strcmp(name, "help") == 0)
        return builtin_help();
    if (strcmp(name, "cd") == 0)
        return builtin_cd(argc, argv);
    if (strcmp(name, "pwd") == 0)
        return builtin_pwd();
    if (strcmp(name, "history") == 0)
        return builtin_history();
    if (strcmp(name, "export") == 0)
        return builtin_export(argc, argv);
    if (strcmp(name, "unset") == 0)
        return builtin_unset(argc, argv);
    if (strcmp(name, "ulimit") == 0)
        return builtin_ulimit(argc, argv);
    if (strcmp(name, "jobs") == 0)
        return builtin_jobs(argc, argv);
    if (strcmp(name, "fg") == 0)
        return builtin_fg(argc, argv);
    if (strcmp(name, "bg") == 0)
        return builtin_bg(argc, argv);
    if (strcmp(name, "wait") == 0)
        return builtin_wait(argc, argv);
    if (strcmp(name, "kill") == 0)
        return builtin_kill(argc, argv);
    if (strcmp(name, "exit") == 0)
        leave_shell(parse_status_argument(argc, argv));
    if (strcmp(name, "shutdown") == 0 || strcmp(name, "poweroff") == 0) {
        fflush(stdout);
        wasmos_console_mode(WASMOS_CONSOLE_COOKED);
        wasmos_poweroff(0);
    }
    return -1;
}

int is_builtin_command(int argc, char **argv) {
    const char *name = argv[0];
    if (strcmp(name, "kill") == 0)
        return kill_names_a_job(argc, argv);
    for (size_t index = 0; index < builtin_count; index++) {
        if (strcmp(name, builtin_names[index]) == 0)
            return 1;
    }
    return 0;
}
