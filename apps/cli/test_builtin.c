/* test and [: string tests (-n -z = != < >), integer comparisons (-eq -ne
 * -lt -le -gt -ge), file tests (-e -f -d -r -w -x -s -c -h -L -t, -nt
 * -ot), and ! -a -o ( ) to combine them. Up to four arguments follow
 * POSIX's rules by count (so that `[ "$x" = ! ]` works whatever $x
 * holds); longer expressions are parsed with -o weaker than -a weaker
 * than !. Status 0 true, 1 false, 2 for a malformed expression. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "shell.h"

struct test_state {
    const char *name; /* "test" or "[" */
    char **arguments;
    int count;
    int position;
    int failed;
};

static int error_result(struct test_state *state, const char *format, const char *argument) {
    if (!state->failed) {
        char message[256];
        snprintf(message, sizeof message, format, argument);
        shell_error("%s: %s", state->name, message);
    }
    state->failed = 1;
    return 0;
}

static int is_unary_operator(const char *text) {
    static const char *const operators[] = {"-n", "-z", "-e", "-f", "-d", "-r", "-w", "-x",
                                            "-s", "-c", "-h", "-L", "-t", "-b", "-p", "-S"};
    for (size_t index = 0; index < sizeof operators / sizeof *operators; index++) {
        if (strcmp(text, operators[index]) == 0)
            return 1;
    }
    return 0;
}

static int is_binary_operator(const char *text) {
    static const char *const operators[] = {"=", "==", "!=", "<", ">", "-eq", "-ne", "-lt",
                                            "-le", "-gt", "-ge", "-nt", "-ot", "-a", "-o"};
    for (size_t index = 0; index < sizeof operators / sizeof *operators; index++) {
        if (strcmp(text, operators[index]) == 0)
            return 1;
    }
    return 0;
}

static int parse_integer(struct test_state *state, const char *text, long long *value) {
    const char *cursor = text;
    while (isspace((unsigned char)*cursor))
        cursor++;
    char *end;
    errno = 0;
    *value = strtoll(cursor, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    if (end == cursor || *end || errno) {
        error_result(state, "%s: integer expression expected", text);
        return -1;
    }
    return 0;
}

static int unary_test(struct test_state *state, const char *operator, const char *operand) {
    struct stat status;
    switch (operator[1]) {
    case 'n': return *operand != '\0';
    case 'z': return *operand == '\0';
    case 't': {
        long long fd;
        return parse_integer(state, operand, &fd) == 0 && isatty((int)fd);
    }
    case 'h':
    case 'L':
    case 'b':
    case 'p':
    case 'S': return 0; /* no links, block devices, fifos or sockets in the file system */
    default: break;
    }
    if (stat(operand, &status) < 0)
        return 0;
    switch (operator[1]) {
    case 'f': return S_ISREG(status.st_mode);
    case 'd': return S_ISDIR(status.st_mode);
    case 'c': return S_ISCHR(status.st_mode);
    case 's': return status.st_size > 0;
    default: return 1; /* -e -r -w -x: there are no permissions to refuse */
    }
}

/* Compares modification times for -nt and -ot (a missing file is older). */
static int newer_than(const char *left, const char *right) {
    struct stat left_status, right_status;
    int left_exists = stat(left, &left_status) == 0;
    int right_exists = stat(right, &right_status) == 0;
    if (!left_exists)
        return 0;
    if (!right_exists)
        return 1;
    if (left_status.st_mtim.tv_sec != right_status.st_mtim.tv_sec)
        return left_status.st_mtim.tv_sec > right_status.st_mtim.tv_sec;
    return left_status.st_mtim.tv_nsec > right_status.st_mtim.tv_nsec;
}

static int binary_test(struct test_state *state, const char *left, const char *operator, const char *right) {
    if (strcmp(operator, "=") == 0 || strcmp(operator, "==") == 0)
        return strcmp(left, right) == 0;
    if (strcmp(operator, "!=") == 0)
        return strcmp(left, right) != 0;
    if (strcmp(operator, "<") == 0)
        return strcmp(left, right) < 0;
    if (strcmp(operator, ">") == 0)
        return strcmp(left, right) > 0;
    if (strcmp(operator, "-a") == 0)
        return *left && *right;
    if (strcmp(operator, "-o") == 0)
        return *left || *right;
    if (strcmp(operator, "-nt") == 0)
        return newer_than(left, right);
    if (strcmp(operator, "-ot") == 0)
        return newer_than(right, left);
    long long a, b;
    if (parse_integer(state, left, &a) < 0 || parse_integer(state, right, &b) < 0)
        return 0;
    switch (operator[1] * 256 + operator[2]) {
    case 'e' * 256 + 'q': return a == b;
    case 'n' * 256 + 'e': return a != b;
    case 'l' * 256 + 't': return a < b;
    case 'l' * 256 + 'e': return a <= b;
    case 'g' * 256 + 't': return a > b;
    default: return a >= b;
    }
}

/* ---- the general grammar, for more than four arguments -------------------------------- */

static const char *current(struct test_state *state) {
    return state->position < state->count ? state->arguments[state->position] : NULL;
}

static int parse_or(struct test_state *state);

static int parse_primary(struct test_state *state) {
    const char *argument = current(state);
    if (!argument)
        return error_result(state, "%s", "argument expected");
    if (strcmp(argument, "(") == 0) {
        state->position++;
        int result = parse_or(state);
        if (!current(state) || strcmp(current(state), ")") != 0)
            return error_result(state, "%s", "missing ')'");
        state->position++;
        return result;
    }
    if (is_unary_operator(argument) && state->position + 1 < state->count) {
        state->position += 2;
        return unary_test(state, argument, state->arguments[state->position - 1]);
    }
    if (state->position + 2 < state->count && is_binary_operator(state->arguments[state->position + 1]) &&
        strcmp(state->arguments[state->position + 1], "-a") != 0 &&
        strcmp(state->arguments[state->position + 1], "-o") != 0) {
        state->position += 3;
        return binary_test(state, argument, state->arguments[state->position - 2], state->arguments[state->position - 1]);
    }
    state->position++;
    return *argument != '\0';
}

static int parse_not(struct test_state *state) {
    const char *argument = current(state);
    if (argument && strcmp(argument, "!") == 0) {
        state->position++;
        return !parse_not(state);
    }
    return parse_primary(state);
}

static int parse_and(struct test_state *state) {
    int result = parse_not(state);
    while (current(state) && strcmp(current(state), "-a") == 0) {
        state->position++;
        int right = parse_not(state);
        result = result && right;
    }
    return result;
}

static int parse_or(struct test_state *state) {
    int result = parse_and(state);
    while (current(state) && strcmp(current(state), "-o") == 0) {
        state->position++;
        int right = parse_and(state);
        result = result || right;
    }
    return result;
}

/* ---- POSIX's rules by argument count ------------------------------------------------------------ */

static int evaluate(struct test_state *state, char **arguments, int count) {
    switch (count) {
    case 0: return 0;
    case 1: return *arguments[0] != '\0';
    case 2:
        if (strcmp(arguments[0], "!") == 0)
            return !evaluate(state, arguments + 1, 1);
        if (is_unary_operator(arguments[0]))
            return unary_test(state, arguments[0], arguments[1]);
        return error_result(state, "%s: unary operator expected", arguments[0]);
    case 3:
        if (is_binary_operator(arguments[1]))
            return binary_test(state, arguments[0], arguments[1], arguments[2]);
        if (strcmp(arguments[0], "!") == 0)
            return !evaluate(state, arguments + 1, 2);
        if (strcmp(arguments[0], "(") == 0 && strcmp(arguments[2], ")") == 0)
            return evaluate(state, arguments + 1, 1);
        return error_result(state, "%s: binary operator expected", arguments[1]);
    case 4:
        if (strcmp(arguments[0], "!") == 0)
            return !evaluate(state, arguments + 1, 3);
        if (strcmp(arguments[0], "(") == 0 && strcmp(arguments[3], ")") == 0)
            return evaluate(state, arguments + 1, 2);
        break;
    default: break;
    }
    state->arguments = arguments;
    state->count = count;
    state->position = 0;
    int result = parse_or(state);
    if (!state->failed && state->position < count)
        error_result(state, "%s: too many arguments", arguments[state->position]);
    return result;
}

int builtin_test(int argc, char **argv) {
    struct test_state state = {argv[0], NULL, 0, 0, 0};
    int count = argc - 1;
    if (strcmp(argv[0], "[") == 0) {
        if (count == 0 || strcmp(argv[argc - 1], "]") != 0) {
            shell_error("[: missing ']'");
            return 2;
        }
        count--;
    }
    int result = evaluate(&state, argv + 1, count);
    if (state.failed)
        return 2;
    return result ? 0 : 1;
}
