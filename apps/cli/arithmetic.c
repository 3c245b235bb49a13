/* Arithmetic expansion: $(( expression )) over 64-bit integers with C's
 * operators and precedence: ( ) , unary + - ! ~ and ++ --, ** (power), * / %, + -,
 * << >>, < <= > >=, == !=, &, ^, |, &&, ||, ?:, and the assignments =
 * += -= *= /= %= <<= >>= &= ^= |=. A name stands for its variable's value
 * (0 when unset or empty). && || and ?: skip the side effects of the part
 * they do not evaluate. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

struct calculator {
    const char *expression; /* the whole text, for messages */
    const char *cursor;
    int evaluate;           /* 0 inside the branch && || ?: skip */
    int failed;
};

static void fail(struct calculator *calculator, const char *message) {
    if (!calculator->failed)
        shell_error("%s: %s", calculator->expression, message);
    calculator->failed = 1;
}

static void skip_spaces(struct calculator *calculator) {
    while (isspace((unsigned char)*calculator->cursor))
        calculator->cursor++;
}

/* Consumes `operator` if it comes next (and is not the start of a longer
 * one given in `not_before`). */
static int accept(struct calculator *calculator, const char *operator, const char *not_before) {
    skip_spaces(calculator);
    size_t length = strlen(operator);
    if (strncmp(calculator->cursor, operator, length) != 0)
        return 0;
    if (not_before && calculator->cursor[length] && strchr(not_before, calculator->cursor[length]))
        return 0;
    calculator->cursor += length;
    return 1;
}

/* Reads an integer constant: decimal, 0x hex or 0 octal. */
static int parse_number(const char *text, long long *value) {
    while (isspace((unsigned char)*text))
        text++;
    if (!*text) {
        *value = 0;
        return 0;
    }
    const char *start = text;
    int negative = 0;
    if (*text == '-' || *text == '+')
        negative = *text++ == '-';
    if (!isdigit((unsigned char)*text))
        return -1;
    char *end;
    unsigned long long magnitude = strtoull(text, &end, 0);
    while (isspace((unsigned char)*end))
        end++;
    if (*end || end == start)
        return -1;
    *value = negative ? -(long long)magnitude : (long long)magnitude;
    return 0;
}

static long long variable_value(struct calculator *calculator, const char *name) {
    const char *text = variable_get(name);
    long long value = 0;
    if (text && parse_number(text, &value) < 0) {
        char message[160];
        snprintf(message, sizeof message, "%s: not a number (%.100s)", name, text);
        fail(calculator, message);
    }
    return value;
}

static void assign(struct calculator *calculator, const char *name, long long value) {
    if (!calculator->evaluate)
        return;
    char text[24];
    snprintf(text, sizeof text, "%lld", value);
    if (variable_set(name, text) < 0)
        calculator->failed = 1;
}

/* Reads a name at the cursor into `name`; 0 if there is none. */
static size_t read_name(struct calculator *calculator, char *name, size_t size) {
    skip_spaces(calculator);
    const char *start = calculator->cursor;
    size_t length = 0;
    if (isalpha((unsigned char)*start) || *start == '_') {
        while (isalnum((unsigned char)start[length]) || start[length] == '_')
            length++;
    }
    if (length == 0 || length >= size)
        return 0;
    memcpy(name, start, length);
    name[length] = '\0';
    return length;
}

static long long parse_comma(struct calculator *calculator);
static long long parse_assignment(struct calculator *calculator);

static long long parse_primary(struct calculator *calculator) {
    skip_spaces(calculator);
    if (calculator->failed)
        return 0;
    if (accept(calculator, "(", NULL)) {
        long long value = parse_comma(calculator);
        if (!accept(calculator, ")", NULL))
            fail(calculator, "missing ')'");
        return value;
    }
    char name[128];
    size_t length = read_name(calculator, name, sizeof name);
    if (length > 0) {
        calculator->cursor += length;
        long long value = variable_value(calculator, name);
        if (accept(calculator, "++", NULL))
            assign(calculator, name, value + 1);
        else if (accept(calculator, "--", NULL))
            assign(calculator, name, value - 1);
        return value;
    }
    if (isdigit((unsigned char)*calculator->cursor)) {
        char *end;
        unsigned long long value = strtoull(calculator->cursor, &end, 0);
        if (isalnum((unsigned char)*end) || *end == '_') {
            fail(calculator, "bad number");
            return 0;
        }
        calculator->cursor = end;
        return (long long)value;
    }
    fail(calculator, *calculator->cursor ? "syntax error in expression" : "expression expected");
    return 0;
}

static long long parse_unary(struct calculator *calculator) {
    if (accept(calculator, "++", NULL) || accept(calculator, "--", NULL)) {
        int increment = calculator->cursor[-1] == '+';
        char name[128];
        size_t length = read_name(calculator, name, sizeof name);
        if (length == 0) {
            fail(calculator, "++ and -- need a variable");
            return 0;
        }
        calculator->cursor += length;
        long long value = variable_value(calculator, name) + (increment ? 1 : -1);
        assign(calculator, name, value);
        return value;
    }
    if (accept(calculator, "+", NULL))
        return parse_unary(calculator);
    if (accept(calculator, "-", NULL))
        return -(unsigned long long)parse_unary(calculator);
    if (accept(calculator, "!", "="))
        return !parse_unary(calculator);
    if (accept(calculator, "~", NULL))
        return ~parse_unary(calculator);
    return parse_primary(calculator);
}

/* Division and remainder, refusing 0 and the one overflowing case. */
static long long divide(struct calculator *calculator, long long left, long long right, int remainder) {
    if (!calculator->evaluate)
        return 0;
    if (right == 0) {
        fail(calculator, "division by zero");
        return 0;
    }
    if (right == -1)
        return remainder ? 0 : -(unsigned long long)left;
    return remainder ? left % right : left / right;
}

/* ** (as in other shells), binding tighter than * and from the right. */
static long long parse_power(struct calculator *calculator) {
    long long base = parse_unary(calculator);
    if (!accept(calculator, "**", "="))
        return base;
    long long exponent = parse_power(calculator);
    if (exponent < 0) {
        if (calculator->evaluate)
            fail(calculator, "negative exponent");
        return 0;
    }
    unsigned long long result = 1;
    unsigned long long square = (unsigned long long)base;
    for (; exponent > 0; exponent >>= 1) {
        if (exponent & 1)
            result *= square;
        square *= square;
    }
    return (long long)result;
}

static long long parse_multiplicative(struct calculator *calculator) {
    long long value = parse_power(calculator);
    for (;;) {
        if (accept(calculator, "*", "=*"))
            value = (long long)((unsigned long long)value * (unsigned long long)parse_power(calculator));
        else if (accept(calculator, "/", "="))
            value = divide(calculator, value, parse_power(calculator), 0);
        else if (accept(calculator, "%", "="))
            value = divide(calculator, value, parse_power(calculator), 1);
        else
            return value;
    }
}

static long long parse_additive(struct calculator *calculator) {
    long long value = parse_multiplicative(calculator);
    for (;;) {
        if (accept(calculator, "+", "=+"))
            value = (long long)((unsigned long long)value + (unsigned long long)parse_multiplicative(calculator));
        else if (accept(calculator, "-", "=-"))
            value = (long long)((unsigned long long)value - (unsigned long long)parse_multiplicative(calculator));
        else
            return value;
    }
}

static long long parse_shift(struct calculator *calculator) {
    long long value = parse_additive(calculator);
    for (;;) {
        if (accept(calculator, "<<", "="))
            value = (long long)((unsigned long long)value << (parse_additive(calculator) & 63));
        else if (accept(calculator, ">>", "="))
            value >>= parse_additive(calculator) & 63;
        else
            return value;
    }
}

static long long parse_relational(struct calculator *calculator) {
    long long value = parse_shift(calculator);
    for (;;) {
        if (accept(calculator, "<=", NULL))
            value = value <= parse_shift(calculator);
        else if (accept(calculator, ">=", NULL))
            value = value >= parse_shift(calculator);
        else if (accept(calculator, "<", "<"))
            value = value < parse_shift(calculator);
        else if (accept(calculator, ">", ">"))
            value = value > parse_shift(calculator);
        else
            return value;
    }
}

static long long parse_equality(struct calculator *calculator) {
    long long value = parse_relational(calculator);
    for (;;) {
        if (accept(calculator, "==", NULL))
            value = value == parse_relational(calculator);
        else if (accept(calculator, "!=", NULL))
            value = value != parse_relational(calculator);
        else
            return value;
    }
}

static long long parse_bit_and(struct calculator *calculator) {
    long long value = parse_equality(calculator);
    while (accept(calculator, "&", "&="))
        value &= parse_equality(calculator);
    return value;
}

static long long parse_bit_xor(struct calculator *calculator) {
    long long value = parse_bit_and(calculator);
    while (accept(calculator, "^", "="))
        value ^= parse_bit_and(calculator);
    return value;
}

static long long parse_bit_or(struct calculator *calculator) {
    long long value = parse_bit_xor(calculator);
    while (accept(calculator, "|", "|="))
        value |= parse_bit_xor(calculator);
    return value;
}

/* Parses an operand that is evaluated only when `evaluate` (the skipped
 * side of && || ?:). */
static long long parse_maybe(struct calculator *calculator, long long (*parse)(struct calculator *), int evaluate) {
    int saved = calculator->evaluate;
    calculator->evaluate = saved && evaluate;
    long long value = parse(calculator);
    calculator->evaluate = saved;
    return value;
}

static long long parse_logical_and(struct calculator *calculator) {
    long long value = parse_bit_or(calculator);
    while (accept(calculator, "&&", NULL)) {
        long long right = parse_maybe(calculator, parse_bit_or, value != 0);
        value = value && right;
    }
    return value;
}

static long long parse_logical_or(struct calculator *calculator) {
    long long value = parse_logical_and(calculator);
    while (accept(calculator, "||", NULL)) {
        long long right = parse_maybe(calculator, parse_logical_and, value == 0);
        value = value || right;
    }
    return value;
}

static long long parse_conditional(struct calculator *calculator) {
    long long condition = parse_logical_or(calculator);
    if (!accept(calculator, "?", NULL))
        return condition;
    long long if_true = parse_maybe(calculator, parse_comma, condition != 0);
    if (!accept(calculator, ":", NULL)) {
        fail(calculator, "missing ':'");
        return 0;
    }
    long long if_false = parse_maybe(calculator, parse_conditional, condition == 0);
    return condition ? if_true : if_false;
}

static long long parse_assignment(struct calculator *calculator) {
    static const char *const operators[] = {"=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="};
    const char *start = calculator->cursor;
    char name[128];
    size_t length = read_name(calculator, name, sizeof name);
    if (length > 0) {
        calculator->cursor += length;
        for (size_t index = 0; index < sizeof operators / sizeof *operators; index++) {
            if (!accept(calculator, operators[index], index == 0 ? "=" : NULL))
                continue;
            long long right = parse_assignment(calculator);
            long long left = index == 0 ? 0 : variable_value(calculator, name);
            long long value = right;
            switch (operators[index][0]) {
            case '+': value = (long long)((unsigned long long)left + (unsigned long long)right); break;
            case '-': value = (long long)((unsigned long long)left - (unsigned long long)right); break;
            case '*': value = (long long)((unsigned long long)left * (unsigned long long)right); break;
            case '/': value = divide(calculator, left, right, 0); break;
            case '%': value = divide(calculator, left, right, 1); break;
            case '<': value = (long long)((unsigned long long)left << (right & 63)); break;
            case '>': value = left >> (right & 63); break;
            case '&': value = left & right; break;
            case '^': value = left ^ right; break;
            case '|': value = left | right; break;
            default: break;
            }
            assign(calculator, name, value);
            return value;
        }
        calculator->cursor = start;
    }
    return parse_conditional(calculator);
}

static long long parse_comma(struct calculator *calculator) {
    long long value = parse_assignment(calculator);
    while (accept(calculator, ",", NULL))
        value = parse_assignment(calculator);
    return value;
}

int arithmetic_evaluate(const char *expression, long long *result) {
    struct calculator calculator = {expression, expression, 1, 0};
    skip_spaces(&calculator);
    if (!*calculator.cursor) {
        *result = 0;
        return 0;
    }
    long long value = parse_comma(&calculator);
    skip_spaces(&calculator);
    if (!calculator.failed && *calculator.cursor)
        fail(&calculator, "syntax error in expression");
    if (calculator.failed)
        return -1;
    *result = value;
    return 0;
}
