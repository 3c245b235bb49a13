/* The parser: builds the syntax tree of shell.h from the lexer's tokens,
 * by recursive descent over the POSIX shell grammar (lists, && and ||,
 * pipelines, simple commands with assignments and redirections, { } and
 * ( ), if, while, until, for, case, and function definitions). Every node
 * lives in the arena of the command being parsed. A syntax error names the
 * token and its line; at the prompt, input that ends inside a construct is
 * reported as incomplete instead, so that the shell reads another line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

struct parser {
    struct lexer *lexer;
    struct arena *arena;
    int failed;
};

/* A growing array in the arena (the old copy is left to the arena). */
struct node_array {
    void **items;
    int count;
    int capacity;
};

static void array_add(struct parser *parser, struct node_array *array, void *item) {
    if (array->count == array->capacity) {
        int capacity = array->capacity ? array->capacity * 2 : 4;
        void **items = arena_allocate(parser->arena, (size_t)capacity * sizeof *items);
        if (array->count)
            memcpy(items, array->items, (size_t)array->count * sizeof *items);
        array->items = items;
        array->capacity = capacity;
    }
    array->items[array->count++] = item;
}

static struct token *peek(struct parser *parser) {
    return lexer_peek(parser->lexer);
}

static void advance(struct parser *parser) {
    lexer_advance(parser->lexer);
}

static int peek_is_word(struct parser *parser, const char *word) {
    struct token *token = peek(parser);
    return token->kind == TOKEN_WORD && strcmp(token->text, word) == 0;
}

static void skip_newlines(struct parser *parser) {
    while (peek(parser)->kind == TOKEN_NEWLINE)
        advance(parser);
}

/* Reports the token at hand as unexpected (once); returns NULL. */
static void *syntax_error(struct parser *parser) {
    if (parser->failed)
        return NULL;
    parser->failed = 1;
    struct lexer *lexer = parser->lexer;
    struct token *token = peek(parser);
    if (token->kind == TOKEN_ERROR || lexer->failed || lexer->incomplete)
        return NULL; /* said already, or the prompt reads on */
    if (token->kind == TOKEN_END) {
        if (lexer->more_input_possible) {
            lexer->incomplete = 1;
            return NULL;
        }
        shell_error_at(lexer->source_name, lexer->line, "syntax error: unexpected end of file");
    } else {
        shell_error_at(lexer->source_name, token->line, "syntax error near '%s'", token_description(token));
    }
    lexer->failed = 1;
    return NULL;
}

static int expect_word(struct parser *parser, const char *word) {
    if (peek_is_word(parser, word)) {
        advance(parser);
        return 1;
    }
    syntax_error(parser);
    return 0;
}

static int expect_token(struct parser *parser, enum token_kind kind) {
    if (peek(parser)->kind == kind) {
        advance(parser);
        return 1;
    }
    syntax_error(parser);
    return 0;
}

static struct node *new_node(struct parser *parser, enum node_kind kind, int line) {
    struct node *node = arena_allocate(parser->arena, sizeof *node);
    node->kind = kind;
    node->line = line;
    return node;
}

/* Gives `node` the source text from `start` to the last token read. */
static void set_text(struct parser *parser, struct node *node, size_t start) {
    struct lexer *lexer = parser->lexer;
    size_t end = lexer->last_end > start ? lexer->last_end : start;
    node->text = arena_copy(parser->arena, lexer->text + start, end - start);
}

/* Words that end a compound list where a command could start. */
static int ends_compound_list(const struct token *token) {
    static const char *const words[] = {"then", "else", "elif", "fi", "do", "done", "esac", "}"};
    switch (token->kind) {
    case TOKEN_END:
    case TOKEN_ERROR:
    case TOKEN_CLOSE_PAREN:
    case TOKEN_DOUBLE_SEMICOLON:
        return 1;
    case TOKEN_WORD:
        for (size_t index = 0; index < sizeof words / sizeof *words; index++) {
            if (strcmp(token->text, words[index]) == 0)
                return 1;
        }
        return 0;
    default:
        return 0;
    }
}

static struct node *parse_and_or(struct parser *parser);
static struct node *parse_command(struct parser *parser);

/* A list inside a compound command: and-or lists separated by ; & or
 * newlines, up to a word such as `then` or `done`. */
static struct node *parse_compound_list_inside(struct parser *parser, int allow_empty);

/* Counts the nesting, which each level of costs the parser a few frames. */
static struct node *parse_compound_list(struct parser *parser, int allow_empty) {
    struct lexer *lexer = parser->lexer;
    if (lexer->depth >= MAX_SYNTAX_NESTING) {
        if (!parser->failed)
            shell_error_at(lexer->source_name, peek(parser)->line, "syntax error: commands nested too deeply");
        parser->failed = lexer->failed = 1;
        return NULL;
    }
    lexer->depth++;
    struct node *list = parse_compound_list_inside(parser, allow_empty);
    lexer->depth--;
    return list;
}

static struct node *parse_compound_list_inside(struct parser *parser, int allow_empty) {
    skip_newlines(parser);
    struct node *list = new_node(parser, NODE_LIST, peek(parser)->line);
    struct node_array items = {0};
    struct node_array background = {0};
    while (!parser->failed && !ends_compound_list(peek(parser))) {
        struct node *item = parse_and_or(parser);
        if (!item)
            return NULL;
        enum token_kind kind = peek(parser)->kind;
        array_add(parser, &items, item);
        array_add(parser, &background, (void *)(size_t)(kind == TOKEN_BACKGROUND));
        if (kind == TOKEN_SEMICOLON || kind == TOKEN_BACKGROUND || kind == TOKEN_NEWLINE) {
            advance(parser);
            skip_newlines(parser);
        } else {
            break;
        }
    }
    if (parser->failed)
        return NULL;
    if (items.count == 0 && !allow_empty)
        return syntax_error(parser);
    list->as.list.count = items.count;
    list->as.list.items = (struct node **)items.items;
    list->as.list.background = arena_allocate(parser->arena, (size_t)(items.count + 1) * sizeof(int));
    for (int index = 0; index < items.count; index++)
        list->as.list.background[index] = (int)(size_t)background.items[index];
    return list;
}

static int is_assignment(const char *word) {
    const char *equals = strchr(word, '=');
    return equals && is_name(word, (size_t)(equals - word));
}

/* Whether a word can name a function: plain characters, not all digits. */
static int is_function_name(const char *word) {
    int digits_only = 1;
    for (const char *cursor = word; *cursor; cursor++) {
        if (strchr("'\"\\$`=*?[", *cursor))
            return 0;
        if (*cursor < '0' || *cursor > '9')
            digits_only = 0;
    }
    return *word && !digits_only;
}

/* A redirection: the operator at hand and its word. */
static struct redirection *parse_redirection(struct parser *parser) {
    struct token *token = peek(parser);
    enum token_kind kind = token->kind;
    int io_number = token->io_number;
    int line = token->line;
    advance(parser);
    token = peek(parser);
    if (token->kind != TOKEN_WORD)
        return syntax_error(parser);
    struct redirection *redirection = arena_allocate(parser->arena, sizeof *redirection);
    redirection->line = line;
    redirection->word = token->text;
    switch (kind) {
    case TOKEN_LESS: redirection->kind = REDIRECT_INPUT; redirection->fd = 0; break;
    case TOKEN_GREAT:
    case TOKEN_CLOBBER: redirection->kind = REDIRECT_OUTPUT; redirection->fd = 1; break;
    case TOKEN_DOUBLE_GREAT: redirection->kind = REDIRECT_APPEND; redirection->fd = 1; break;
    case TOKEN_LESS_GREAT: redirection->kind = REDIRECT_READ_WRITE; redirection->fd = 0; break;
    case TOKEN_LESS_AND: redirection->kind = REDIRECT_DUPLICATE; redirection->fd = 0; break;
    case TOKEN_GREAT_AND: redirection->kind = REDIRECT_DUPLICATE; redirection->fd = 1; break;
    default: {
        /* << and <<-: the body follows the next newline. */
        redirection->kind = REDIRECT_HEREDOC;
        redirection->fd = 0;
        redirection->expand_body = strpbrk(token->text, "'\"\\") == NULL;
        char *delimiter = remove_quotes(token->text);
        char *copy = arena_copy(parser->arena, delimiter, strlen(delimiter));
        free(delimiter);
        redirection->word = "";
        lexer_add_heredoc(parser->lexer, redirection, copy, kind == TOKEN_DOUBLE_LESS_DASH);
        break;
    }
    }
    if (io_number >= 0)
        redirection->fd = io_number;
    advance(parser);
    return redirection;
}

/* Redirections after a compound command. */
static int parse_trailing_redirections(struct parser *parser, struct node *node) {
    struct redirection **tail = &node->redirections;
    while (*tail)
        tail = &(*tail)->next;
    while (token_is_redirection(peek(parser)->kind)) {
        struct redirection *redirection = parse_redirection(parser);
        if (!redirection)
            return -1;
        *tail = redirection;
        tail = &redirection->next;
    }
    return 0;
}

/* The body of a function: a compound command and its redirections. */
static struct node *parse_function_body(struct parser *parser) {
    skip_newlines(parser);
    struct token *token = peek(parser);
    int compound = token->kind == TOKEN_OPEN_PAREN;
    static const char *const starters[] = {"{", "if", "while", "until", "for", "case"};
    for (size_t index = 0; token->kind == TOKEN_WORD && index < sizeof starters / sizeof *starters; index++)
        compound = compound || strcmp(token->text, starters[index]) == 0;
    if (!compound)
        return syntax_error(parser);
    size_t start = token->start;
    struct node *body = parse_command(parser);
    if (body)
        set_text(parser, body, start); /* for child shells, which define it again */
    return body;
}

/* name() body, with the name already read; `start` is where it began. */
static struct node *parse_function_definition(struct parser *parser, const char *name, int line, size_t start) {
    advance(parser); /* ( */
    if (!expect_token(parser, TOKEN_CLOSE_PAREN))
        return NULL;
    struct node *body = parse_function_body(parser);
    if (!body)
        return NULL;
    struct node *node = new_node(parser, NODE_FUNCTION, line);
    node->as.function.name = arena_copy(parser->arena, name, strlen(name));
    node->as.function.body = body;
    set_text(parser, node, start);
    return node;
}

/* `function name [()] body`, the form other shells also accept. */
static struct node *parse_function_keyword(struct parser *parser) {
    int line = peek(parser)->line;
    size_t start = peek(parser)->start;
    advance(parser);
    struct token *token = peek(parser);
    if (token->kind != TOKEN_WORD || !is_function_name(token->text))
        return syntax_error(parser);
    char *name = token->text;
    advance(parser);
    if (peek(parser)->kind == TOKEN_OPEN_PAREN) {
        advance(parser);
        if (!expect_token(parser, TOKEN_CLOSE_PAREN))
            return NULL;
    }
    struct node *body = parse_function_body(parser);
    if (!body)
        return NULL;
    struct node *node = new_node(parser, NODE_FUNCTION, line);
    node->as.function.name = name;
    node->as.function.body = body;
    set_text(parser, node, start);
    return node;
}

/* Assignments, words and redirections in any order (assignments only
 * before the first word). */
static struct node *parse_simple_command(struct parser *parser) {
    struct token *first = peek(parser);
    struct node *node = new_node(parser, NODE_COMMAND, first->line);
    size_t start = first->start;
    struct node_array assignments = {0};
    struct node_array words = {0};
    struct redirection **tail = &node->redirections;
    for (;;) {
        struct token *token = peek(parser);
        if (token_is_redirection(token->kind)) {
            struct redirection *redirection = parse_redirection(parser);
            if (!redirection)
                return NULL;
            *tail = redirection;
            tail = &redirection->next;
        } else if (token->kind == TOKEN_WORD) {
            char *text = token->text;
            int line = token->line;
            if (words.count == 0 && is_assignment(text))
                array_add(parser, &assignments, text);
            else
                array_add(parser, &words, text);
            advance(parser);
            if (words.count == 1 && assignments.count == 0 && !node->redirections &&
                peek(parser)->kind == TOKEN_OPEN_PAREN) {
                if (!is_function_name(text))
                    return syntax_error(parser);
                return parse_function_definition(parser, text, line, start);
            }
        } else {
            break;
        }
    }
    if (assignments.count == 0 && words.count == 0 && !node->redirections)
        return syntax_error(parser);
    node->as.command.assignments = (char **)assignments.items;
    node->as.command.assignment_count = assignments.count;
    node->as.command.words = (char **)words.items;
    node->as.command.word_count = words.count;
    return node;
}

/* if / elif: the current token is either word; an elif consumes the fi. */
static struct node *parse_if(struct parser *parser) {
    struct node *node = new_node(parser, NODE_IF, peek(parser)->line);
    advance(parser);
    node->as.if_command.condition = parse_compound_list(parser, 0);
    if (!node->as.if_command.condition || !expect_word(parser, "then"))
        return NULL;
    node->as.if_command.then_part = parse_compound_list(parser, 0);
    if (!node->as.if_command.then_part)
        return NULL;
    if (peek_is_word(parser, "elif")) {
        node->as.if_command.else_part = parse_if(parser);
        return node->as.if_command.else_part ? node : NULL;
    }
    if (peek_is_word(parser, "else")) {
        advance(parser);
        node->as.if_command.else_part = parse_compound_list(parser, 0);
        if (!node->as.if_command.else_part)
            return NULL;
    }
    return expect_word(parser, "fi") ? node : NULL;
}

/* while/until condition; do body; done */
static struct node *parse_loop(struct parser *parser, enum node_kind kind) {
    struct node *node = new_node(parser, kind, peek(parser)->line);
    advance(parser);
    node->as.loop.condition = parse_compound_list(parser, 0);
    if (!node->as.loop.condition || !expect_word(parser, "do"))
        return NULL;
    node->as.loop.body = parse_compound_list(parser, 0);
    if (!node->as.loop.body || !expect_word(parser, "done"))
        return NULL;
    return node;
}

/* for NAME [in WORDS]; do body; done */
static struct node *parse_for(struct parser *parser) {
    struct node *node = new_node(parser, NODE_FOR, peek(parser)->line);
    advance(parser);
    struct token *token = peek(parser);
    if (token->kind != TOKEN_WORD || !is_name(token->text, strlen(token->text)))
        return syntax_error(parser);
    node->as.for_loop.name = token->text;
    advance(parser);
    if (peek(parser)->kind == TOKEN_SEMICOLON) {
        advance(parser);
    } else {
        skip_newlines(parser);
        if (peek_is_word(parser, "in")) {
            advance(parser);
            node->as.for_loop.has_in = 1;
            struct node_array words = {0};
            while (peek(parser)->kind == TOKEN_WORD) {
                array_add(parser, &words, peek(parser)->text);
                advance(parser);
            }
            node->as.for_loop.words = (char **)words.items;
            node->as.for_loop.word_count = words.count;
            enum token_kind kind = peek(parser)->kind;
            if (kind != TOKEN_SEMICOLON && kind != TOKEN_NEWLINE)
                return syntax_error(parser);
            advance(parser);
        }
    }
    skip_newlines(parser);
    if (!expect_word(parser, "do"))
        return NULL;
    node->as.for_loop.body = parse_compound_list(parser, 0);
    if (!node->as.for_loop.body || !expect_word(parser, "done"))
        return NULL;
    return node;
}

/* case WORD in [(]PATTERN[|PATTERN]...) list ;; ... esac */
static struct node *parse_case(struct parser *parser) {
    struct node *node = new_node(parser, NODE_CASE, peek(parser)->line);
    advance(parser);
    struct token *token = peek(parser);
    if (token->kind != TOKEN_WORD)
        return syntax_error(parser);
    node->as.case_command.word = token->text;
    advance(parser);
    skip_newlines(parser);
    if (!expect_word(parser, "in"))
        return NULL;
    skip_newlines(parser);
    struct case_item **tail = &node->as.case_command.items;
    while (!peek_is_word(parser, "esac")) {
        if (peek(parser)->kind == TOKEN_OPEN_PAREN)
            advance(parser);
        struct node_array patterns = {0};
        while (peek(parser)->kind == TOKEN_WORD) {
            array_add(parser, &patterns, peek(parser)->text);
            advance(parser);
            if (peek(parser)->kind != TOKEN_PIPE)
                break;
            advance(parser);
        }
        if (patterns.count == 0 || !expect_token(parser, TOKEN_CLOSE_PAREN))
            return syntax_error(parser);
        struct case_item *item = arena_allocate(parser->arena, sizeof *item);
        item->patterns = (char **)patterns.items;
        item->pattern_count = patterns.count;
        struct node *body = parse_compound_list(parser, 1);
        if (!body)
            return NULL;
        item->body = body->as.list.count ? body : NULL;
        *tail = item;
        tail = &item->next;
        if (peek(parser)->kind == TOKEN_DOUBLE_SEMICOLON) {
            advance(parser);
            skip_newlines(parser);
        } else if (!peek_is_word(parser, "esac")) {
            return syntax_error(parser);
        }
    }
    advance(parser);
    return node;
}

/* { list; } and ( list ) */
static struct node *parse_group(struct parser *parser, enum node_kind kind) {
    struct node *node = new_node(parser, kind, peek(parser)->line);
    advance(parser);
    node->as.group.body = parse_compound_list(parser, 0);
    if (!node->as.group.body)
        return NULL;
    if (kind == NODE_GROUP ? !expect_word(parser, "}") : !expect_token(parser, TOKEN_CLOSE_PAREN))
        return NULL;
    return node;
}

/* A simple command, a compound command with its redirections, or a
 * function definition. */
static struct node *parse_command(struct parser *parser) {
    struct token *token = peek(parser);
    struct node *node = NULL;
    if (token->kind == TOKEN_OPEN_PAREN) {
        node = parse_group(parser, NODE_SUBSHELL);
    } else if (token->kind == TOKEN_WORD) {
        const char *word = token->text;
        if (strcmp(word, "{") == 0)
            node = parse_group(parser, NODE_GROUP);
        else if (strcmp(word, "if") == 0)
            node = parse_if(parser);
        else if (strcmp(word, "while") == 0)
            node = parse_loop(parser, NODE_WHILE);
        else if (strcmp(word, "until") == 0)
            node = parse_loop(parser, NODE_UNTIL);
        else if (strcmp(word, "for") == 0)
            node = parse_for(parser);
        else if (strcmp(word, "case") == 0)
            node = parse_case(parser);
        else if (strcmp(word, "function") == 0)
            return parse_function_keyword(parser);
        else if (ends_compound_list(token) || strcmp(word, "!") == 0)
            return syntax_error(parser);
        else
            return parse_simple_command(parser);
    } else if (token_is_redirection(token->kind)) {
        return parse_simple_command(parser);
    } else {
        return syntax_error(parser);
    }
    if (!node || parse_trailing_redirections(parser, node) < 0)
        return NULL;
    return node;
}

/* [!] command [| command]... */
static struct node *parse_pipeline(struct parser *parser) {
    struct token *token = peek(parser);
    size_t start = token->start;
    int line = token->line;
    int negated = 0;
    if (peek_is_word(parser, "!")) {
        negated = 1;
        advance(parser);
    }
    struct node_array stages = {0};
    for (;;) {
        size_t stage_start = peek(parser)->start;
        struct node *stage = parse_command(parser);
        if (!stage)
            return NULL;
        if (!stage->text)
            set_text(parser, stage, stage_start);
        array_add(parser, &stages, stage);
        if (peek(parser)->kind != TOKEN_PIPE)
            break;
        if (stages.count == MAX_STAGES) {
            shell_error_at(parser->lexer->source_name, peek(parser)->line,
                           "too many commands in one pipeline (at most %d)", MAX_STAGES);
            parser->failed = parser->lexer->failed = 1;
            return NULL;
        }
        advance(parser);
        skip_newlines(parser);
    }
    if (stages.count == 1 && !negated)
        return stages.items[0];
    struct node *node = new_node(parser, NODE_PIPELINE, line);
    node->as.pipeline.stages = (struct node **)stages.items;
    node->as.pipeline.count = stages.count;
    node->as.pipeline.negated = negated;
    set_text(parser, node, start);
    return node;
}

/* pipeline [&& or || pipeline]... */
static struct node *parse_and_or(struct parser *parser) {
    size_t start = peek(parser)->start;
    struct node *left = parse_pipeline(parser);
    while (left) {
        enum token_kind kind = peek(parser)->kind;
        if (kind != TOKEN_AND && kind != TOKEN_OR)
            break;
        advance(parser);
        skip_newlines(parser);
        struct node *right = parse_pipeline(parser);
        if (!right)
            return NULL;
        struct node *pair = new_node(parser, kind == TOKEN_AND ? NODE_AND : NODE_OR, left->line);
        pair->as.pair.left = left;
        pair->as.pair.right = right;
        set_text(parser, pair, start);
        left = pair;
    }
    return left;
}

/* What a failed parse means: more input wanted, or an error. */
static enum parse_result failure(struct parser *parser) {
    return parser->lexer->incomplete ? PARSE_INCOMPLETE : PARSE_ERROR;
}

enum parse_result parse_next_command(struct lexer *lexer, struct arena *arena, struct node **command) {
    struct parser parser = {lexer, arena, 0};
    lexer->arena = arena;
    *command = NULL;
    skip_newlines(&parser);
    struct token *token = peek(&parser);
    if (token->kind == TOKEN_END)
        return PARSE_END;
    if (token->kind == TOKEN_ERROR)
        return failure(&parser);
    struct node *list = new_node(&parser, NODE_LIST, token->line);
    struct node_array items = {0};
    struct node_array background = {0};
    for (;;) {
        struct node *item = parse_and_or(&parser);
        if (!item)
            return failure(&parser);
        enum token_kind kind = peek(&parser)->kind;
        array_add(&parser, &items, item);
        array_add(&parser, &background, (void *)(size_t)(kind == TOKEN_BACKGROUND));
        if (kind != TOKEN_SEMICOLON && kind != TOKEN_BACKGROUND)
            break;
        advance(&parser);
        kind = peek(&parser)->kind;
        if (kind == TOKEN_NEWLINE || kind == TOKEN_END)
            break;
    }
    token = peek(&parser);
    if (token->kind == TOKEN_NEWLINE) {
        advance(&parser);
    } else if (token->kind != TOKEN_END) {
        syntax_error(&parser);
        return failure(&parser);
    }
    list->as.list.items = (struct node **)items.items;
    list->as.list.count = items.count;
    list->as.list.background = arena_allocate(arena, (size_t)(items.count + 1) * sizeof(int));
    for (int index = 0; index < items.count; index++)
        list->as.list.background[index] = (int)(size_t)background.items[index];
    *command = list;
    return PARSE_COMMAND;
}

int parser_skip_substitution(struct lexer *lexer) {
    struct heredoc_request *outer_heredocs = lexer->heredocs;
    lexer->heredocs = NULL;
    struct parser parser = {lexer, lexer->arena, 0};
    int result = -1;
    if (parse_compound_list(&parser, 1) && expect_token(&parser, TOKEN_CLOSE_PAREN))
        result = 0;
    lexer->heredocs = outer_heredocs;
    return result;
}

long find_substitution_end(const char *text, size_t length, size_t start) {
    struct lexer lexer;
    lexer_init(&lexer, text, length, current_source_name, current_line);
    lexer.position = start;
    lexer.arena = arena_create();
    int result = parser_skip_substitution(&lexer);
    arena_release(lexer.arena);
    return result < 0 ? -1 : (long)lexer.position - 1;
}
