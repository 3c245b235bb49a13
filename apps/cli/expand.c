/* Word expansion, in POSIX's order: tilde, parameters ($NAME, ${...} with
 * its - = ? + % # forms, $1, $#, $@, $*, $?, ...), command substitution
 * ($(...) and `...`), arithmetic ($((...))), then field splitting at $IFS,
 * pathname expansion (* ? [...]) and quote removal.
 *
 * The expander walks a word once and builds fields as it goes: every
 * character added remembers whether it was quoted, so that only unquoted
 * results of expansions are split and only unquoted pattern characters
 * match file names. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#include "shell.h"

enum expand_mode {
    MODE_FIELDS,  /* split into fields, then pathname expansion */
    MODE_SINGLE,  /* one string */
    MODE_PATTERN, /* one string, quoted pattern characters escaped */
};

struct expander {
    enum expand_mode mode;
    const char *word;        /* the whole word, for finding $( ... ) ends */
    size_t word_length;
    int heredoc;             /* a here-document body: " is an ordinary character */
    int in_parameter_word;   /* in the word of ${NAME-word}: its text is split too */
    struct text field;       /* the field being built */
    struct text quoted;      /* FIELDS: '1' for each quoted character of it */
    int field_exists;        /* quotes or characters started the field */
    int split_by_space;      /* the last field ended at IFS white space */
    struct string_list *fields;
    int failed;
};

const char *field_separators(void) {
    const char *separators = variable_get("IFS");
    return separators ? separators : " \t\n";
}

/* ---- building fields ------------------------------------------------------------ */

static void add_char(struct expander *expander, char c, int quoted) {
    if (expander->mode == MODE_PATTERN && quoted && strchr("*?[]\\", c))
        text_append_char(&expander->field, '\\');
    text_append_char(&expander->field, c);
    if (expander->mode == MODE_FIELDS)
        text_append_char(&expander->quoted, quoted ? '1' : '0');
    expander->field_exists = 1;
    expander->split_by_space = 0;
}

/* Ends the current field: pathname expansion if it has unquoted pattern
 * characters and matches something, else the characters themselves. */
static void end_field(struct expander *expander) {
    if (!expander->field_exists)
        return;
    const char *characters = expander->field.data ? expander->field.data : "";
    const char *quoted = expander->quoted.data;
    int magic = 0;
    for (size_t index = 0; index < expander->field.length && !options.noglob; index++)
        magic = magic || (quoted[index] == '0' && strchr("*?[", characters[index]));
    int matched = 0;
    if (magic) {
        struct text pattern = {0};
        for (size_t index = 0; index < expander->field.length; index++) {
            if (quoted[index] == '1' && strchr("*?[]\\", characters[index]))
                text_append_char(&pattern, '\\');
            text_append_char(&pattern, characters[index]);
        }
        matched = pathname_expand(pattern.data, expander->fields);
        text_free(&pattern);
    }
    if (!matched)
        string_list_add(expander->fields, text_take(&expander->field));
    text_free(&expander->field);
    text_free(&expander->quoted);
    expander->field_exists = 0;
}

static int is_space_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

/* Adds one unquoted character that an expansion produced: an $IFS
 * character ends the field instead. */
static void add_split_char(struct expander *expander, char c, const char *separators) {
    if (!strchr(separators, c)) {
        add_char(expander, c, 0);
    } else if (is_space_separator(c)) {
        if (expander->field_exists) {
            end_field(expander);
            expander->split_by_space = 1;
        }
    } else if (expander->split_by_space) {
        expander->split_by_space = 0; /* "a : b" splits once */
    } else {
        expander->field_exists = 1; /* "a::b" has an empty field */
        end_field(expander);
    }
}

/* Adds the result of an expansion: split at $IFS when unquoted and making
 * fields; as it is otherwise. */
static void add_expanded(struct expander *expander, const char *value, int quoted) {
    if (quoted || expander->mode != MODE_FIELDS) {
        for (const char *cursor = value; *cursor; cursor++)
            add_char(expander, *cursor, quoted);
        return;
    }
    const char *separators = field_separators();
    for (const char *cursor = value; *cursor; cursor++)
        add_split_char(expander, *cursor, separators);
}

/* ---- finding where things end --------------------------------------------------- */

static const char *find_brace_end(struct expander *expander, const char *cursor);
static const char *find_double_quote_end(struct expander *expander, const char *cursor);
static const char *find_arithmetic_end(const char *open);

/* The ")" that closes the $( starting at `open` (its "$"), or NULL. */
static const char *find_parenthesis_end(struct expander *expander, const char *open) {
    long end = find_substitution_end(expander->word, expander->word_length, (size_t)(open + 2 - expander->word));
    return end < 0 ? NULL : expander->word + end;
}

/* The closing backquote after `open`, or NULL. */
static const char *find_backquote_end(const char *open) {
    for (const char *cursor = open + 1; *cursor; cursor++) {
        if (*cursor == '\\' && cursor[1])
            cursor++;
        else if (*cursor == '`')
            return cursor;
    }
    return NULL;
}

/* Skips one $ form or backquoted part at `cursor`; returns where it ends
 * (just past it), or NULL. */
static const char *skip_substitution(struct expander *expander, const char *cursor) {
    if (cursor[0] == '`') {
        const char *end = find_backquote_end(cursor);
        return end ? end + 1 : NULL;
    }
    if (cursor[1] == '{') {
        const char *end = find_brace_end(expander, cursor);
        return end ? end + 1 : NULL;
    }
    if (cursor[1] == '(' && cursor[2] == '(') {
        const char *end = find_arithmetic_end(cursor);
        if (end)
            return end + 2;
    }
    if (cursor[1] == '(') {
        const char *end = find_parenthesis_end(expander, cursor);
        return end ? end + 1 : NULL;
    }
    return cursor + 1;
}

/* The } of the ${ at `open`, or NULL. */
static const char *find_brace_end(struct expander *expander, const char *open) {
    const char *cursor = open + 2;
    while (cursor && *cursor) {
        if (*cursor == '}')
            return cursor;
        if (*cursor == '\\' && cursor[1]) {
            cursor += 2;
        } else if (*cursor == '\'') {
            const char *close = strchr(cursor + 1, '\'');
            cursor = close ? close + 1 : NULL;
        } else if (*cursor == '"') {
            const char *close = find_double_quote_end(expander, cursor + 1);
            cursor = close && *close ? close + 1 : NULL;
        } else if (*cursor == '$' || *cursor == '`') {
            cursor = skip_substitution(expander, cursor);
        } else {
            cursor++;
        }
    }
    return NULL;
}

/* The " that closes a double-quoted part whose text starts at `cursor`
 * (or the end of the string). */
static const char *find_double_quote_end(struct expander *expander, const char *cursor) {
    while (*cursor && *cursor != '"') {
        if (*cursor == '\\' && cursor[1]) {
            cursor += 2;
        } else if (*cursor == '$' || *cursor == '`') {
            const char *next = skip_substitution(expander, cursor);
            if (!next)
                return cursor + strlen(cursor);
            cursor = next;
        } else {
            cursor++;
        }
    }
    return cursor;
}

/* The first ")" of the "))" closing the $(( at `open`, or NULL when it is a
 * command substitution after all. */
static const char *find_arithmetic_end(const char *open) {
    int depth = 0;
    for (const char *cursor = open + 3; *cursor; cursor++) {
        if (*cursor == '(') {
            depth++;
        } else if (*cursor == ')') {
            if (depth == 0)
                return cursor[1] == ')' ? cursor : NULL;
            depth--;
        }
    }
    return NULL;
}

/* ---- parameters -------------------------------------------------------------------- */

static char *number_text(long long number) {
    char buffer[24];
    snprintf(buffer, sizeof buffer, "%lld", number);
    return shell_copy(buffer);
}

/* $@ or $* joined by `separator` (for $* the first character of $IFS). */
static char *join_parameters(const char *separator) {
    struct text joined = {0};
    for (int index = 1; index <= positional_count(); index++) {
        if (index > 1)
            text_append_string(&joined, separator);
        text_append_string(&joined, positional_get(index));
    }
    return text_take(&joined);
}

static char *star_separator(char *buffer) {
    const char *separators = field_separators();
    buffer[0] = separators[0];
    buffer[1] = '\0';
    return buffer;
}

/* The value of parameter `name` (a name, digits or one special character)
 * as a malloc'd string, or NULL when it is unset. */
static char *parameter_value(const char *name) {
    if (isdigit((unsigned char)name[0])) {
        int index = atoi(name);
        if (index == 0)
            return shell_copy(script_name);
        const char *value = positional_get(index);
        return value ? shell_copy(value) : NULL;
    }
    if (name[1] == '\0') {
        char separator[2];
        switch (name[0]) {
        case '?': return number_text(last_status);
        case '$': return number_text(wasmos_getpid());
        case '!': return last_background_pid > 0 ? number_text(last_background_pid) : shell_copy("");
        case '#': return number_text(positional_count());
        case '@': return join_parameters(" ");
        case '*': return join_parameters(star_separator(separator));
        case '-': {
            char letters[16];
            option_letters(letters, sizeof letters);
            return shell_copy(letters);
        }
        default: break;
        }
    }
    if (strcmp(name, "LINENO") == 0)
        return number_text(current_line);
    const char *value = variable_get(name);
    return value ? shell_copy(value) : NULL;
}

/* Reads a parameter name at `cursor`: a name, digits (one only unless
 * `braced`) or a special character. Returns its length, 0 if none. */
static size_t parameter_name_length(const char *cursor, int braced) {
    if (isalpha((unsigned char)*cursor) || *cursor == '_') {
        size_t length = 1;
        while (isalnum((unsigned char)cursor[length]) || cursor[length] == '_')
            length++;
        return length;
    }
    if (isdigit((unsigned char)*cursor)) {
        size_t length = 1;
        while (braced && isdigit((unsigned char)cursor[length]))
            length++;
        return length;
    }
    return *cursor && strchr("@*#?-$!", *cursor) ? 1 : 0;
}

static int unset_is_error(struct expander *expander, const char *name) {
    if (!options.nounset || strcmp(name, "@") == 0 || strcmp(name, "*") == 0)
        return 0;
    shell_error("%s: unbound variable", name);
    expander->failed = 1;
    if (!interactive) {
        pending_control = CONTROL_EXIT;
        control_status = 1;
    }
    return 1;
}

static void expand_span(struct expander *expander, const char *cursor, const char *end, int quoted);

/* Adds $@ or $*: in double quotes "$@" makes one field per parameter and
 * "$*" one field; unquoted, each parameter is split. */
static void add_all_parameters(struct expander *expander, char which, int quoted) {
    int count = positional_count();
    if (expander->mode != MODE_FIELDS || (quoted && which == '*')) {
        char separator[2];
        char *joined = join_parameters(which == '*' ? star_separator(separator) : " ");
        add_expanded(expander, joined, quoted);
        free(joined);
        return;
    }
    for (int index = 1; index <= count; index++) {
        if (index > 1 && (quoted || expander->field_exists))
            end_field(expander);
        if (quoted)
            expander->field_exists = 1;
        add_expanded(expander, positional_get(index), quoted);
    }
}

/* Expands a span into a string of its own (for ${x=word}, ${x?word} and
 * patterns). */
static char *expand_span_alone(struct expander *outer, const char *start, const char *end, enum expand_mode mode) {
    struct expander inner = {0};
    inner.mode = mode;
    inner.word = outer->word;
    inner.word_length = outer->word_length;
    expand_span(&inner, start, end, 0);
    if (inner.failed) {
        outer->failed = 1;
        text_free(&inner.field);
        return NULL;
    }
    return text_take(&inner.field);
}

/* Removes the shortest or longest prefix or suffix of `value` that
 * matches `pattern`. */
static char *remove_match(const char *value, const char *pattern, int suffix, int longest) {
    size_t length = strlen(value);
    char *candidate = shell_allocate(length + 1);
    for (size_t step = 0; step <= length; step++) {
        size_t size = longest ? length - step : step; /* the part to remove */
        size_t offset = suffix ? length - size : 0;
        memcpy(candidate, value + offset, size);
        candidate[size] = '\0';
        if (pattern_match(pattern, candidate)) {
            free(candidate);
            return suffix ? shell_copy_length(value, length - size) : shell_copy(value + size);
        }
    }
    free(candidate);
    return shell_copy(value);
}

/* ${...}: `inside` is the text between the braces. */
static void expand_braced(struct expander *expander, const char *inside, const char *close, int quoted) {
    int length_of = inside[0] == '#' && inside + 1 < close && parameter_name_length(inside + 1, 1) > 0 &&
                    inside + 1 + parameter_name_length(inside + 1, 1) == close;
    const char *name_start = inside + length_of;
    size_t name_length = parameter_name_length(name_start, 1);
    if (name_length == 0) {
        shell_error("${%.*s}: bad substitution", (int)(close - inside), inside);
        expander->failed = 1;
        return;
    }
    char *name = shell_copy_length(name_start, name_length);
    const char *operation = name_start + name_length;
    char *value = parameter_value(name);
    if (length_of) {
        if (!value && unset_is_error(expander, name)) {
            free(name);
            return;
        }
        char *count = number_text(strcmp(name, "@") == 0 || strcmp(name, "*") == 0 ? positional_count()
                                                                                      : (long long)(value ? strlen(value) : 0));
        add_expanded(expander, count, quoted);
        free(count);
    } else if (operation == close) {
        if ((name[0] == '@' || name[0] == '*') && name[1] == '\0')
            add_all_parameters(expander, name[0], quoted);
        else if (value)
            add_expanded(expander, value, quoted);
        else
            unset_is_error(expander, name);
    } else {
        int colon = operation[0] == ':';
        char kind = operation[colon];
        const char *word = operation + colon + 1;
        int use_word = !value || (colon && !*value); /* unset, or null with : */
        if (kind == '-' || kind == '+') {
            int take_word = kind == '-' ? use_word : !use_word;
            if (take_word) {
                expander->in_parameter_word++;
                expand_span(expander, word, close, quoted);
                expander->in_parameter_word--;
            }
            else if (kind == '-')
                add_expanded(expander, value, quoted);
        } else if (kind == '=') {
            if (use_word) {
                char *assigned = expand_span_alone(expander, word, close, MODE_SINGLE);
                if (assigned && !is_name(name, strlen(name))) {
                    shell_error("%s: cannot assign in this way", name);
                    expander->failed = 1;
                } else if (assigned && variable_set(name, assigned) == 0) {
                    add_expanded(expander, assigned, quoted);
                }
                free(assigned);
            } else {
                add_expanded(expander, value, quoted);
            }
        } else if (kind == '?') {
            if (use_word) {
                char *message = expand_span_alone(expander, word, close, MODE_SINGLE);
                if (message && *message)
                    shell_error("%s: %s", name, message);
                else if (message)
                    shell_error("%s: parameter null or not set", name);
                free(message);
                expander->failed = 1;
                if (!interactive) {
                    pending_control = CONTROL_EXIT;
                    control_status = 1;
                }
            } else {
                add_expanded(expander, value, quoted);
            }
        } else if ((kind == '%' || kind == '#') && !colon) {
            int longest = word[0] == kind;
            char *pattern = expand_span_alone(expander, word + longest, close, MODE_PATTERN);
            if (pattern && (value || !unset_is_error(expander, name))) {
                char *result = remove_match(value ? value : "", pattern, kind == '%', longest);
                add_expanded(expander, result, quoted);
                free(result);
            }
            free(pattern);
        } else {
            shell_error("${%.*s}: bad substitution", (int)(close - inside), inside);
            expander->failed = 1;
        }
    }
    free(value);
    free(name);
}

/* ---- substitutions ------------------------------------------------------------------ */

static void add_command_output(struct expander *expander, const char *text, size_t length, int quoted) {
    char *output = capture_output(text, length, current_line);
    add_expanded(expander, output, quoted);
    free(output);
}

/* `...`: the text with \$ \` \\ (and \" in double quotes) unescaped. */
static void expand_backquoted(struct expander *expander, const char *open, const char *close, int quoted) {
    struct text command = {0};
    for (const char *cursor = open + 1; cursor < close; cursor++) {
        if (*cursor == '\\' && cursor + 1 < close &&
            (cursor[1] == '$' || cursor[1] == '`' || cursor[1] == '\\' || (quoted && cursor[1] == '"')))
            cursor++;
        text_append_char(&command, *cursor);
    }
    add_command_output(expander, command.data ? command.data : "", command.length, quoted);
    text_free(&command);
}

static void expand_arithmetic(struct expander *expander, const char *open, const char *close, int quoted) {
    char *expression = expand_span_alone(expander, open + 3, close, MODE_SINGLE);
    if (!expression)
        return;
    long long result;
    if (arithmetic_evaluate(expression, &result) < 0) {
        expander->failed = 1;
    } else {
        char *text = number_text(result);
        add_expanded(expander, text, quoted);
        free(text);
    }
    free(expression);
}

/* A $ form at `cursor`; returns where the word goes on. */
static const char *expand_dollar(struct expander *expander, const char *cursor, int quoted) {
    if (cursor[1] == '(' && cursor[2] == '(') {
        const char *close = find_arithmetic_end(cursor);
        if (close) {
            expand_arithmetic(expander, cursor, close, quoted);
            return close + 2;
        }
    }
    if (cursor[1] == '(') {
        const char *close = find_parenthesis_end(expander, cursor);
        if (!close) {
            expander->failed = 1;
            return cursor + strlen(cursor);
        }
        add_command_output(expander, cursor + 2, (size_t)(close - cursor - 2), quoted);
        return close + 1;
    }
    if (cursor[1] == '{') {
        const char *close = find_brace_end(expander, cursor);
        if (!close) {
            shell_error("%s: bad substitution", cursor);
            expander->failed = 1;
            return cursor + strlen(cursor);
        }
        expand_braced(expander, cursor + 2, close, quoted);
        return close + 1;
    }
    size_t length = parameter_name_length(cursor + 1, 0);
    if (length == 0) {
        add_char(expander, '$', quoted);
        return cursor + 1;
    }
    char *name = shell_copy_length(cursor + 1, length);
    if ((name[0] == '@' || name[0] == '*') && name[1] == '\0') {
        add_all_parameters(expander, name[0], quoted);
    } else {
        char *value = parameter_value(name);
        if (value)
            add_expanded(expander, value, quoted);
        else
            unset_is_error(expander, name);
        free(value);
    }
    free(name);
    return cursor + 1 + length;
}

/* Whether a double-quoted part is exactly $@ or ${@}, which makes no field
 * at all when there are no parameters. */
static int is_lone_at(const char *start, const char *end) {
    size_t length = (size_t)(end - start);
    return (length == 2 && memcmp(start, "$@", 2) == 0) || (length == 4 && memcmp(start, "${@}", 4) == 0);
}

/* ~ or ~/...: $HOME (other users' homes do not exist here). */
static const char *expand_tilde(struct expander *expander, const char *cursor, const char *end) {
    if (cursor + 1 < end && cursor[1] != '/') {
        add_char(expander, '~', 0);
        return cursor + 1;
    }
    const char *home = variable_get("HOME");
    add_expanded(expander, home ? home : "/", 1);
    return cursor + 1;
}

/* Expands word text from `cursor` to `end`; `quoted` inside double quotes. */
static void expand_span(struct expander *expander, const char *cursor, const char *end, int quoted) {
    const char *start = cursor;
    while (cursor < end && !expander->failed) {
        char c = *cursor;
        if (c == '\\') {
            if (cursor + 1 >= end) {
                add_char(expander, '\\', 1);
                cursor++;
            } else if (!quoted || strchr("$`\"\\\n", cursor[1])) {
                if (quoted && expander->heredoc && cursor[1] == '"')
                    add_char(expander, '\\', 1);
                if (cursor[1] != '\n')
                    add_char(expander, cursor[1], 1);
                cursor += 2;
            } else {
                add_char(expander, '\\', 1);
                cursor++;
            }
        } else if (c == '\'' && !quoted) {
            const char *close = memchr(cursor + 1, '\'', (size_t)(end - cursor - 1));
            if (!close)
                close = end;
            expander->field_exists = 1;
            for (const char *inner = cursor + 1; inner < close; inner++)
                add_char(expander, *inner, 1);
            cursor = close < end ? close + 1 : end;
        } else if (c == '"' && !expander->heredoc) {
            if (quoted) { /* only reached for a stray quote inside ${...} */
                cursor++;
                continue;
            }
            const char *close = find_double_quote_end(expander, cursor + 1);
            if (close > end)
                close = end;
            if (!(is_lone_at(cursor + 1, close) && positional_count() == 0))
                expander->field_exists = 1;
            expand_span(expander, cursor + 1, close, 1);
            cursor = close < end ? close + 1 : end;
        } else if (c == '$') {
            cursor = expand_dollar(expander, cursor, quoted);
        } else if (c == '`') {
            const char *close = find_backquote_end(cursor);
            if (!close || close >= end) {
                add_char(expander, c, quoted);
                cursor++;
            } else {
                expand_backquoted(expander, cursor, close, quoted);
                cursor = close + 1;
            }
        } else if (c == '~' && cursor == start && !quoted && cursor == expander->word &&
                   expander->mode != MODE_PATTERN) {
            cursor = expand_tilde(expander, cursor, end);
        } else if (expander->in_parameter_word && !quoted && expander->mode == MODE_FIELDS) {
            add_split_char(expander, c, field_separators());
            cursor++;
        } else {
            add_char(expander, c, quoted);
            cursor++;
        }
    }
}

/* ---- the entry points ------------------------------------------------------------------- */

static void expander_init(struct expander *expander, enum expand_mode mode, const char *word) {
    memset(expander, 0, sizeof *expander);
    expander->mode = mode;
    expander->word = word;
    expander->word_length = strlen(word);
}

int expand_words(char **words, int count, struct string_list *fields) {
    for (int index = 0; index < count; index++) {
        struct expander expander;
        expander_init(&expander, MODE_FIELDS, words[index]);
        expander.fields = fields;
        expand_span(&expander, words[index], words[index] + expander.word_length, 0);
        if (!expander.failed)
            end_field(&expander);
        text_free(&expander.field);
        text_free(&expander.quoted);
        if (expander.failed)
            return -1;
    }
    return 0;
}

static char *expand_to_string(const char *word, enum expand_mode mode, int heredoc) {
    struct expander expander;
    expander_init(&expander, mode, word);
    expander.heredoc = heredoc;
    expand_span(&expander, word, word + expander.word_length, heredoc);
    if (expander.failed) {
        text_free(&expander.field);
        return NULL;
    }
    return text_take(&expander.field);
}

char *expand_single(const char *word) {
    return expand_to_string(word, MODE_SINGLE, 0);
}

char *expand_pattern(const char *word) {
    return expand_to_string(word, MODE_PATTERN, 0);
}

char *expand_heredoc(const char *body) {
    return expand_to_string(body, MODE_SINGLE, 1);
}

char *remove_quotes(const char *word) {
    struct text result = {0};
    for (const char *cursor = word; *cursor; cursor++) {
        if (*cursor == '\\' && cursor[1]) {
            text_append_char(&result, *++cursor);
        } else if (*cursor == '\'') {
            while (cursor[1] && cursor[1] != '\'')
                text_append_char(&result, *++cursor);
            if (cursor[1])
                cursor++;
        } else if (*cursor == '"') {
            while (cursor[1] && cursor[1] != '"') {
                cursor++;
                if (*cursor == '\\' && strchr("$`\"\\", cursor[1]) && cursor[1])
                    cursor++;
                text_append_char(&result, *cursor);
            }
            if (cursor[1])
                cursor++;
        } else {
            text_append_char(&result, *cursor);
        }
    }
    return text_take(&result);
}
