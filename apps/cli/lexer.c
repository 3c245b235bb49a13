/* The lexer: splits a command line into words and operators, checking
 * quotes; and expands a word (quotes, backslashes, $?, $!, $$, $NAME and
 * ${NAME}) when its pipeline is about to run. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#include "shell.h"

/* ---- splitting a line into tokens ---------------------------------------- */

static int is_operator_start(char c) {
    return c == '|' || c == ';' || c == '&' || c == '<' || c == '>';
}

/* Reads an operator at `cursor`; returns its length, 0 if there is none. */
static size_t read_operator(const char *cursor, enum token_kind *kind) {
    /* 2> 2>> 2>&1 count only when the 2 starts the token. */
    if (cursor[0] == '2' && cursor[1] == '>') {
        if (cursor[2] == '&' && cursor[3] == '1') {
            *kind = TOKEN_ERROR_TO_OUT;
            return 4;
        }
        if (cursor[2] == '>') {
            *kind = TOKEN_ERROR_APPEND;
            return 3;
        }
        *kind = TOKEN_ERROR_OUT;
        return 2;
    }
    if (!is_operator_start(cursor[0]))
        return 0;
    if (cursor[0] == '|' && cursor[1] == '|') {
        *kind = TOKEN_OR;
        return 2;
    }
    if (cursor[0] == '&' && cursor[1] == '&') {
        *kind = TOKEN_AND;
        return 2;
    }
    if (cursor[0] == '>' && cursor[1] == '>') {
        *kind = TOKEN_APPEND;
        return 2;
    }
    switch (cursor[0]) {
    case '|': *kind = TOKEN_PIPE; break;
    case ';': *kind = TOKEN_SEQUENCE; break;
    case '&': *kind = TOKEN_BACKGROUND; break;
    case '<': *kind = TOKEN_IN; break;
    default: *kind = TOKEN_OUT; break;
    }
    return 1;
}

/* Finds the end of the word at `cursor`: unquoted white space or an
 * operator. NULL after a message if a quote is not closed. */
static const char *find_word_end(const char *cursor) {
    while (*cursor && *cursor != ' ' && *cursor != '\t' && !is_operator_start(*cursor)) {
        if (*cursor == '\\') {
            cursor += cursor[1] ? 2 : 1;
        } else if (*cursor == '\'' || *cursor == '"') {
            char quote = *cursor++;
            while (*cursor && *cursor != quote)
                cursor += (quote == '"' && *cursor == '\\' && cursor[1]) ? 2 : 1;
            if (!*cursor) {
                fprintf(stderr, "cli: unterminated quote\n");
                return NULL;
            }
            cursor++;
        } else {
            cursor++;
        }
    }
    return cursor;
}

int tokenize(const char *line, struct token *tokens, int capacity) {
    int count = 0;
    const char *cursor = line;
    for (;;) {
        while (*cursor == ' ' || *cursor == '\t')
            cursor++;
        if (!*cursor || *cursor == '#')
            return count;
        if (count == capacity) {
            fprintf(stderr, "cli: too many words\n");
            return -1;
        }
        struct token *token = &tokens[count];
        token->text = NULL;
        token->start = (size_t)(cursor - line);
        size_t operator_length = read_operator(cursor, &token->kind);
        if (operator_length > 0) {
            cursor += operator_length;
        } else {
            const char *end = find_word_end(cursor);
            if (!end || !(token->text = strndup(cursor, (size_t)(end - cursor)))) {
                if (end)
                    fprintf(stderr, "cli: out of memory\n");
                for (int index = 0; index < count; index++)
                    free(tokens[index].text);
                return -1;
            }
            token->kind = TOKEN_WORD;
            cursor = end;
        }
        token->end = (size_t)(cursor - line);
        count++;
    }
}

/* ---- expanding a word ------------------------------------------------------ */

/* A growing string for building one word. */
struct text_builder {
    char *text;
    size_t length, capacity;
    int failed;
};

static void builder_append(struct text_builder *builder, const char *text, size_t length) {
    if (builder->failed)
        return;
    if (builder->length + length + 1 > builder->capacity) {
        size_t capacity = builder->capacity ? builder->capacity * 2 : 32;
        while (capacity < builder->length + length + 1)
            capacity *= 2;
        char *grown = realloc(builder->text, capacity);
        if (!grown) {
            builder->failed = 1;
            return;
        }
        builder->text = grown;
        builder->capacity = capacity;
    }
    memcpy(builder->text + builder->length, text, length);
    builder->length += length;
    builder->text[builder->length] = '\0';
}

static void append_number(struct text_builder *builder, int number) {
    char text[12];
    int length = snprintf(text, sizeof text, "%d", number);
    builder_append(builder, text, (size_t)length);
}

/* Expands $?, $!, $$, $NAME or ${NAME} (also ${?} ...) at *cursor, just
 * after the $. Anything else keeps the dollar as it is. */
static void expand_variable(struct text_builder *builder, const char **cursor) {
    const char *start = *cursor;
    int braced = *start == '{';
    const char *name = start + braced;
    const char *end = name;
    if (*name == '?' || *name == '!' || *name == '$') {
        end = name + 1;
    } else {
        while (isalnum((unsigned char)*end) || *end == '_')
            end++;
    }
    if (end == name || (braced && *end != '}')) {
        builder_append(builder, "$", 1);
        return;
    }
    *cursor = end + braced;
    if (*name == '?') {
        append_number(builder, last_status);
    } else if (*name == '!') {
        if (last_background_pid > 0) /* empty before any background job */
            append_number(builder, last_background_pid);
    } else if (*name == '$') {
        append_number(builder, wasmos_getpid());
    } else {
        char variable[128];
        size_t length = (size_t)(end - name) < sizeof variable - 1 ? (size_t)(end - name) : sizeof variable - 1;
        memcpy(variable, name, length);
        variable[length] = '\0';
        const char *value = getenv(variable);
        if (value)
            builder_append(builder, value, strlen(value));
    }
}

char *expand_word(const char *word, int *removed) {
    struct text_builder builder = {NULL, 0, 0, 0};
    builder_append(&builder, "", 0);
    int quoted = 0;
    const char *cursor = word;
    while (*cursor) {
        if (*cursor == '\\') {
            cursor++;
            if (*cursor)
                builder_append(&builder, cursor++, 1);
            quoted = 1;
        } else if (*cursor == '\'') {
            const char *close = strchr(cursor + 1, '\'');
            size_t length = close ? (size_t)(close - cursor - 1) : strlen(cursor + 1);
            builder_append(&builder, cursor + 1, length);
            cursor += length + 1 + (close != NULL);
            quoted = 1;
        } else if (*cursor == '"') {
            cursor++;
            while (*cursor && *cursor != '"') {
                if (*cursor == '\\' && (cursor[1] == '"' || cursor[1] == '\\' || cursor[1] == '$')) {
                    builder_append(&builder, cursor + 1, 1);
                    cursor += 2;
                } else if (*cursor == '$') {
                    cursor++;
                    expand_variable(&builder, &cursor);
                } else {
                    builder_append(&builder, cursor++, 1);
                }
            }
            if (*cursor == '"')
                cursor++;
            quoted = 1;
        } else if (*cursor == '$') {
            cursor++;
            expand_variable(&builder, &cursor);
        } else {
            builder_append(&builder, cursor++, 1);
        }
    }
    if (builder.failed) {
        free(builder.text);
        return NULL;
    }
    *removed = !quoted && builder.length == 0;
    return builder.text;
}
