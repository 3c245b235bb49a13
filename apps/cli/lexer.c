/* The lexer: splits a command line into words and operators, honouring
 * quotes and backslashes and expanding $?, $NAME and ${NAME}. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

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

/* Expands $?, $NAME or ${NAME} at *cursor (just after the $). */
static void expand_variable(struct text_builder *builder, const char **cursor) {
    const char *start = *cursor;
    if (*start == '?') {
        char number[12];
        int length = snprintf(number, sizeof number, "%d", last_status);
        builder_append(builder, number, (size_t)length);
        *cursor = start + 1;
        return;
    }
    int braced = *start == '{';
    const char *name = start + braced;
    const char *end = name;
    while (isalnum((unsigned char)*end) || *end == '_')
        end++;
    if (end == name || (braced && *end != '}')) {
        builder_append(builder, "$", 1); /* not a variable: keep the dollar */
        return;
    }
    char variable[128];
    size_t length = (size_t)(end - name) < sizeof variable - 1 ? (size_t)(end - name) : sizeof variable - 1;
    memcpy(variable, name, length);
    variable[length] = '\0';
    const char *value = getenv(variable);
    if (value)
        builder_append(builder, value, strlen(value));
    *cursor = end + braced;
}

static int is_operator_start(char c) {
    return c == '|' || c == ';' || c == '&' || c == '<' || c == '>';
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
        /* Operators, including 2> 2>> 2>&1 when the 2 stands alone. */
        if (cursor[0] == '2' && cursor[1] == '>') {
            if (cursor[2] == '&' && cursor[3] == '1') {
                token->kind = TOKEN_ERROR_TO_OUT;
                cursor += 4;
            } else if (cursor[2] == '>') {
                token->kind = TOKEN_ERROR_APPEND;
                cursor += 3;
            } else {
                token->kind = TOKEN_ERROR_OUT;
                cursor += 2;
            }
            count++;
            continue;
        }
        if (is_operator_start(*cursor)) {
            if (cursor[0] == '|' && cursor[1] == '|') {
                token->kind = TOKEN_OR;
                cursor += 2;
            } else if (cursor[0] == '&' && cursor[1] == '&') {
                token->kind = TOKEN_AND;
                cursor += 2;
            } else if (cursor[0] == '>' && cursor[1] == '>') {
                token->kind = TOKEN_APPEND;
                cursor += 2;
            } else if (*cursor == '|') {
                token->kind = TOKEN_PIPE;
                cursor++;
            } else if (*cursor == ';') {
                token->kind = TOKEN_SEQUENCE;
                cursor++;
            } else if (*cursor == '<') {
                token->kind = TOKEN_IN;
                cursor++;
            } else if (*cursor == '>') {
                token->kind = TOKEN_OUT;
                cursor++;
            } else {
                fprintf(stderr, "cli: '&' is not supported (no background jobs)\n");
                return -1;
            }
            count++;
            continue;
        }
        /* A word: runs until unquoted white space or an operator. */
        struct text_builder builder = {NULL, 0, 0, 0};
        builder_append(&builder, "", 0);
        while (*cursor && *cursor != ' ' && *cursor != '\t' && !is_operator_start(*cursor)) {
            if (*cursor == '\\') {
                cursor++;
                if (*cursor)
                    builder_append(&builder, cursor++, 1);
            } else if (*cursor == '\'') {
                const char *close = strchr(cursor + 1, '\'');
                if (!close) {
                    fprintf(stderr, "cli: unterminated quote\n");
                    free(builder.text);
                    return -1;
                }
                builder_append(&builder, cursor + 1, (size_t)(close - cursor - 1));
                cursor = close + 1;
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
                if (*cursor != '"') {
                    fprintf(stderr, "cli: unterminated quote\n");
                    free(builder.text);
                    return -1;
                }
                cursor++;
            } else if (*cursor == '$') {
                cursor++;
                expand_variable(&builder, &cursor);
            } else {
                builder_append(&builder, cursor++, 1);
            }
        }
        if (builder.failed) {
            fprintf(stderr, "cli: out of memory\n");
            free(builder.text);
            return -1;
        }
        token->kind = TOKEN_WORD;
        token->text = builder.text;
        count++;
    }
}
