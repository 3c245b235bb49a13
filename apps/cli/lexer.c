/* The lexer: turns source text into tokens for the parser. Words keep their
 * quotes and $ forms (expand.c expands them when the command runs); the
 * lexer only finds where each ends, which for $( ... ) means parsing the
 * command inside. After a newline it reads the bodies of the here-documents
 * the line asked for. At the prompt, running out of text inside a quote, a
 * substitution or a here-document is not an error but a sign to read on. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

void lexer_init(struct lexer *lexer, const char *text, size_t length, const char *source_name, int first_line) {
    memset(lexer, 0, sizeof *lexer);
    lexer->text = text;
    lexer->length = length;
    lexer->line = first_line;
    lexer->source_name = source_name;
}

int is_name(const char *text, size_t length) {
    if (length == 0 || !(isalpha((unsigned char)text[0]) || text[0] == '_'))
        return 0;
    for (size_t index = 1; index < length; index++) {
        if (!(isalnum((unsigned char)text[index]) || text[index] == '_'))
            return 0;
    }
    return 1;
}

static int is_operator_char(char c) {
    return c == '|' || c == '&' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')';
}

static int at_end(const struct lexer *lexer) {
    return lexer->position >= lexer->length;
}

static char peek_char(const struct lexer *lexer, size_t offset) {
    size_t position = lexer->position + offset;
    return position < lexer->length ? lexer->text[position] : '\0';
}

/* Input ended inside something: at the prompt, a sign to read another
 * line; elsewhere a syntax error. Returns -1. */
static int running_out(struct lexer *lexer, const char *looking_for, int line) {
    if (lexer->more_input_possible) {
        lexer->incomplete = 1;
        return -1;
    }
    if (looking_for)
        shell_error_at(lexer->source_name, line, "syntax error: unexpected end of file (no closing %s)",
                       looking_for);
    else
        shell_error_at(lexer->source_name, line, "syntax error: unexpected end of file");
    lexer->failed = 1;
    return -1;
}

/* Consumes a backslash-newline; at the very end of the prompt's input it
 * asks for the next line. Returns -1 then. */
static int skip_continuation(struct lexer *lexer) {
    lexer->position += 2;
    lexer->line++;
    if (at_end(lexer) && lexer->more_input_possible) {
        lexer->incomplete = 1;
        return -1;
    }
    return 0;
}

static int scan_dollar(struct lexer *lexer, struct text *out);
static int scan_backquoted(struct lexer *lexer, struct text *out);

/* '...': everything up to the next quote, as it is. */
static int scan_single_quoted(struct lexer *lexer, struct text *out) {
    size_t start = lexer->position++;
    int start_line = lexer->line;
    while (!at_end(lexer) && lexer->text[lexer->position] != '\'') {
        if (lexer->text[lexer->position] == '\n')
            lexer->line++;
        lexer->position++;
    }
    if (at_end(lexer))
        return running_out(lexer, "'", start_line);
    lexer->position++;
    text_append(out, lexer->text + start, lexer->position - start);
    return 0;
}

/* "...": backslashes, $ forms and backquotes inside. */
static int scan_double_quoted(struct lexer *lexer, struct text *out) {
    int start_line = lexer->line;
    text_append_char(out, '"');
    lexer->position++;
    for (;;) {
        if (at_end(lexer))
            return running_out(lexer, "\"", start_line);
        char c = lexer->text[lexer->position];
        if (c == '"') {
            text_append_char(out, c);
            lexer->position++;
            return 0;
        }
        if (c == '\\' && peek_char(lexer, 1) == '\n') {
            if (skip_continuation(lexer) < 0)
                return -1;
            continue;
        }
        if (c == '\\' && lexer->position + 1 < lexer->length) {
            text_append(out, lexer->text + lexer->position, 2);
            lexer->position += 2;
            continue;
        }
        if (c == '$') {
            if (scan_dollar(lexer, out) < 0)
                return -1;
            continue;
        }
        if (c == '`') {
            if (scan_backquoted(lexer, out) < 0)
                return -1;
            continue;
        }
        if (c == '\n')
            lexer->line++;
        text_append_char(out, c);
        lexer->position++;
    }
}

/* `...`: up to the next unescaped backquote. */
static int scan_backquoted(struct lexer *lexer, struct text *out) {
    size_t start = lexer->position++;
    int start_line = lexer->line;
    for (;;) {
        if (at_end(lexer))
            return running_out(lexer, "`", start_line);
        char c = lexer->text[lexer->position];
        if (c == '\\' && lexer->position + 1 < lexer->length) {
            if (peek_char(lexer, 1) == '\n')
                lexer->line++;
            lexer->position += 2;
            continue;
        }
        if (c == '\n')
            lexer->line++;
        lexer->position++;
        if (c == '`')
            break;
    }
    text_append(out, lexer->text + start, lexer->position - start);
    return 0;
}

/* ${...}: up to the matching brace. */
static int scan_braced(struct lexer *lexer, struct text *out) {
    int start_line = lexer->line;
    text_append(out, "${", 2);
    lexer->position += 2;
    for (;;) {
        if (at_end(lexer))
            return running_out(lexer, "}", start_line);
        char c = lexer->text[lexer->position];
        int result = 0;
        if (c == '}') {
            text_append_char(out, c);
            lexer->position++;
            return 0;
        } else if (c == '\\' && peek_char(lexer, 1) == '\n') {
            result = skip_continuation(lexer);
        } else if (c == '\\' && lexer->position + 1 < lexer->length) {
            text_append(out, lexer->text + lexer->position, 2);
            lexer->position += 2;
        } else if (c == '\'') {
            result = scan_single_quoted(lexer, out);
        } else if (c == '"') {
            result = scan_double_quoted(lexer, out);
        } else if (c == '$') {
            result = scan_dollar(lexer, out);
        } else if (c == '`') {
            result = scan_backquoted(lexer, out);
        } else {
            if (c == '\n')
                lexer->line++;
            text_append_char(out, c);
            lexer->position++;
        }
        if (result < 0)
            return -1;
    }
}

/* $(( ... )): up to the "))" that closes it. Returns 1 when the text is
 * not arithmetic after all (a command substitution starting with a
 * subshell), having moved nothing. */
static int scan_arithmetic(struct lexer *lexer, struct text *out) {
    size_t start = lexer->position;
    int start_line = lexer->line;
    size_t position = start + 3;
    int line = lexer->line;
    int depth = 0;
    for (;;) {
        if (position >= lexer->length) {
            lexer->position = position;
            return running_out(lexer, "))", start_line);
        }
        char c = lexer->text[position];
        if (c == '(') {
            depth++;
        } else if (c == ')') {
            if (depth == 0) {
                if (position + 1 < lexer->length && lexer->text[position + 1] == ')')
                    break;
                lexer->line = start_line;
                return 1;
            }
            depth--;
        } else if (c == '\n') {
            line++;
        }
        position++;
    }
    lexer->position = position + 2;
    lexer->line = line;
    text_append(out, lexer->text + start, lexer->position - start);
    return 0;
}

/* A $ form: $( ), $(( )), ${ }, or a plain $ (whose name follows as
 * ordinary characters). */
static int scan_dollar(struct lexer *lexer, struct text *out) {
    char next = peek_char(lexer, 1);
    if (next == '(' && peek_char(lexer, 2) == '(') {
        int result = scan_arithmetic(lexer, out);
        if (result <= 0)
            return result;
    }
    if (next == '(') {
        text_append(out, "$(", 2);
        lexer->position += 2;
        size_t start = lexer->position;
        if (parser_skip_substitution(lexer) < 0)
            return -1;
        text_append(out, lexer->text + start, lexer->position - start);
        return 0;
    }
    if (next == '{')
        return scan_braced(lexer, out);
    text_append_char(out, '$');
    lexer->position++;
    return 0;
}

/* A word: up to an unquoted blank, newline or operator character. */
static int scan_word(struct lexer *lexer, struct text *out) {
    for (;;) {
        if (at_end(lexer))
            return 0;
        char c = lexer->text[lexer->position];
        if (c == ' ' || c == '\t' || c == '\n' || is_operator_char(c))
            return 0;
        int result = 0;
        if (c == '\\' && peek_char(lexer, 1) == '\n') {
            result = skip_continuation(lexer);
        } else if (c == '\\') {
            size_t length = lexer->position + 1 < lexer->length ? 2 : 1;
            text_append(out, lexer->text + lexer->position, length);
            lexer->position += length;
        } else if (c == '\'') {
            result = scan_single_quoted(lexer, out);
        } else if (c == '"') {
            result = scan_double_quoted(lexer, out);
        } else if (c == '$') {
            result = scan_dollar(lexer, out);
        } else if (c == '`') {
            result = scan_backquoted(lexer, out);
        } else {
            text_append_char(out, c);
            lexer->position++;
        }
        if (result < 0)
            return -1;
    }
}

/* Reads an operator at the lexer's position. */
static enum token_kind scan_operator(struct lexer *lexer) {
    char c = peek_char(lexer, 0);
    char next = peek_char(lexer, 1);
    static const struct {
        const char *text;
        enum token_kind kind;
    } operators[] = {
        {"<<-", TOKEN_DOUBLE_LESS_DASH}, {"&&", TOKEN_AND}, {"||", TOKEN_OR}, {";;", TOKEN_DOUBLE_SEMICOLON},
        {"<<", TOKEN_DOUBLE_LESS}, {">>", TOKEN_DOUBLE_GREAT}, {">|", TOKEN_CLOBBER}, {"<>", TOKEN_LESS_GREAT},
        {"<&", TOKEN_LESS_AND}, {">&", TOKEN_GREAT_AND}, {"|", TOKEN_PIPE}, {"&", TOKEN_BACKGROUND},
        {";", TOKEN_SEMICOLON}, {"(", TOKEN_OPEN_PAREN}, {")", TOKEN_CLOSE_PAREN}, {"<", TOKEN_LESS},
        {">", TOKEN_GREAT},
    };
    for (size_t index = 0; index < sizeof operators / sizeof *operators; index++) {
        const char *text = operators[index].text;
        size_t length = strlen(text);
        if (text[0] == c && (length < 2 || text[1] == next) && (length < 3 || text[2] == peek_char(lexer, 2))) {
            lexer->position += length;
            return operators[index].kind;
        }
    }
    lexer->position++;
    return TOKEN_ERROR; /* not reached: callers check is_operator_char */
}

void lexer_add_heredoc(struct lexer *lexer, struct redirection *redirection, char *delimiter, int strip_tabs) {
    struct heredoc_request *request = arena_allocate(lexer->arena, sizeof *request);
    request->redirection = redirection;
    request->delimiter = delimiter;
    request->strip_tabs = strip_tabs;
    struct heredoc_request **tail = &lexer->heredocs;
    while (*tail)
        tail = &(*tail)->next;
    *tail = request;
}

/* Reads the bodies of the pending here-documents, which start at the
 * lexer's position (just after a newline). */
static int read_heredocs(struct lexer *lexer) {
    while (lexer->heredocs) {
        struct heredoc_request *request = lexer->heredocs;
        struct text body = {0};
        size_t delimiter_length = strlen(request->delimiter);
        int start_line = lexer->line;
        for (;;) {
            if (at_end(lexer)) {
                if (lexer->more_input_possible) {
                    lexer->incomplete = 1;
                    text_free(&body);
                    return -1;
                }
                shell_error_at(lexer->source_name, start_line - 1,
                               "warning: here-document delimited by end of file (wanted '%s')", request->delimiter);
                break;
            }
            const char *line = lexer->text + lexer->position;
            const char *newline = memchr(line, '\n', lexer->length - lexer->position);
            size_t line_length = newline ? (size_t)(newline - line) : lexer->length - lexer->position;
            lexer->position += line_length + (newline != NULL);
            if (newline)
                lexer->line++;
            if (request->strip_tabs) {
                while (line_length > 0 && *line == '\t') {
                    line++;
                    line_length--;
                }
            }
            if (line_length == delimiter_length && memcmp(line, request->delimiter, line_length) == 0)
                break;
            text_append(&body, line, line_length);
            text_append_char(&body, '\n');
        }
        request->redirection->word = arena_copy(lexer->arena, body.data ? body.data : "", body.length);
        text_free(&body);
        lexer->heredocs = request->next;
    }
    return 0;
}

/* Scans the next token into `token`. */
static void scan_token(struct lexer *lexer, struct token *token) {
    memset(token, 0, sizeof *token);
    token->io_number = -1;
    for (;;) {
        char c = peek_char(lexer, 0);
        if (c == ' ' || c == '\t') {
            lexer->position++;
        } else if (c == '\\' && peek_char(lexer, 1) == '\n') {
            if (skip_continuation(lexer) < 0) {
                token->kind = TOKEN_ERROR;
                return;
            }
        } else if (c == '#') {
            while (!at_end(lexer) && lexer->text[lexer->position] != '\n')
                lexer->position++;
        } else {
            break;
        }
    }
    token->start = lexer->position;
    token->line = lexer->line;
    if (at_end(lexer)) {
        token->kind = TOKEN_END;
    } else if (lexer->text[lexer->position] == '\n') {
        lexer->position++;
        lexer->line++;
        token->kind = read_heredocs(lexer) < 0 ? TOKEN_ERROR : TOKEN_NEWLINE;
    } else if (is_operator_char(lexer->text[lexer->position])) {
        token->kind = scan_operator(lexer);
    } else {
        struct text word = {0};
        if (scan_word(lexer, &word) < 0) {
            token->kind = TOKEN_ERROR;
        } else {
            int digits = word.length > 0 && word.length < 3;
            for (size_t index = 0; index < word.length; index++)
                digits = digits && isdigit((unsigned char)word.data[index]);
            char next = peek_char(lexer, 0);
            if (digits && (next == '<' || next == '>')) {
                token->io_number = atoi(word.data);
                token->kind = scan_operator(lexer);
            } else {
                token->kind = TOKEN_WORD;
                token->text = arena_copy(lexer->arena, word.data, word.length);
            }
        }
        text_free(&word);
    }
    token->end = lexer->position;
}

struct token *lexer_peek(struct lexer *lexer) {
    if (!lexer->has_token) {
        /* Scanned aside: a $( ... ) inside the word parses with this lexer. */
        struct token token;
        scan_token(lexer, &token);
        lexer->token = token;
        lexer->has_token = 1;
    }
    return &lexer->token;
}

void lexer_advance(struct lexer *lexer) {
    lexer->last_end = lexer->token.end;
    lexer->has_token = 0;
}

const char *token_description(const struct token *token) {
    switch (token->kind) {
    case TOKEN_WORD: return token->text;
    case TOKEN_NEWLINE: return "newline";
    case TOKEN_END: return "end of file";
    case TOKEN_PIPE: return "|";
    case TOKEN_AND: return "&&";
    case TOKEN_OR: return "||";
    case TOKEN_SEMICOLON: return ";";
    case TOKEN_DOUBLE_SEMICOLON: return ";;";
    case TOKEN_BACKGROUND: return "&";
    case TOKEN_OPEN_PAREN: return "(";
    case TOKEN_CLOSE_PAREN: return ")";
    case TOKEN_LESS: return "<";
    case TOKEN_GREAT: return ">";
    case TOKEN_DOUBLE_GREAT: return ">>";
    case TOKEN_CLOBBER: return ">|";
    case TOKEN_LESS_GREAT: return "<>";
    case TOKEN_LESS_AND: return "<&";
    case TOKEN_GREAT_AND: return ">&";
    case TOKEN_DOUBLE_LESS: return "<<";
    case TOKEN_DOUBLE_LESS_DASH: return "<<-";
    default: return "?";
    }
}

int token_is_redirection(enum token_kind kind) {
    return kind >= TOKEN_LESS && kind <= TOKEN_DOUBLE_LESS_DASH;
}
