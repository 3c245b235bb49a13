/* regcomp.c: parses a POSIX basic or extended regular expression (with
 * glibc's extensions and its answers to what POSIX leaves open) into a tree,
 * then numbers and links the tree into the automaton of regex_internal.h.
 *
 * Repetitions are expanded into copies as glibc does: x{2,4} is x x ((x)? x)?
 * (nested to the left), x+ is x x*, x? is (x|empty); the numbering of the
 * copies is what gives glibc's choice of subexpressions. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "regex_internal.h"

/* How deeply groups may nest: each level is four nested calls of the parser,
 * and the interpreter allows about a thousand. */
#define MAX_NESTING 100
/* The largest automaton regcomp builds. */
#define MAX_NODES (1 << 20)

/* ---- the parse tree ---- */

enum tree_kind {
    TREE_CHAR,
    TREE_SET,
    TREE_ANY,
    TREE_ASSERT,
    TREE_BACKREF,
    TREE_GROUP,  /* child in left; value = group number from 0 */
    TREE_CONCAT, /* children from left, linked by sibling; right = the last */
    TREE_ALT,    /* left | right, either may be -1 (empty) */
    TREE_STAR    /* left* */
};

struct tree {
    unsigned char kind;
    unsigned char optional;
    int value;
    int left, right, sibling;
    int index;       /* the automaton node (a group's OPEN) */
    int close_index; /* a group's CLOSE */
};

/* ---- tokens ---- */

enum token_kind {
    TOKEN_CHAR,        /* value: the byte (folded) */
    TOKEN_ANY,
    TOKEN_BRACKET,
    TOKEN_BACKREF,     /* value: 1-9 */
    TOKEN_OPEN,
    TOKEN_CLOSE,
    TOKEN_OPEN_BRACE,
    TOKEN_CLOSE_BRACE,
    TOKEN_STAR,
    TOKEN_PLUS,
    TOKEN_QUESTION,
    TOKEN_ALT,
    TOKEN_ANCHOR,      /* value: an assertion, or one of the two below */
    TOKEN_CLASS,       /* value: 'w', 'W', 's' or 'S' */
    TOKEN_END,
    TOKEN_LONE_BACKSLASH
};

/* \b and \B, which become an alternation of two assertions. */
#define ANCHOR_WORD_BOUNDARY 100
#define ANCHOR_NOT_WORD_BOUNDARY 101

struct token {
    enum token_kind kind;
    int value;
    /* The byte the token stands for when taken literally ('*', ')', ...). */
    int literal;
    size_t length;
};

struct parser {
    const unsigned char *pattern;
    size_t length;
    size_t position; /* just after `token` */
    struct token token;
    int extended;
    int icase;
    int newline;
    int error;
    int nesting;
    struct tree *trees;
    int tree_count, tree_capacity;
    unsigned char (*sets)[32];
    int set_count, set_capacity;
    size_t group_count;
    unsigned completed_groups; /* groups 0-8 that a back-reference may name */
    int has_backrefs;
};

static unsigned char fold_byte(const struct parser *parser, unsigned char byte) {
    return parser->icase && byte >= 'A' && byte <= 'Z' ? (unsigned char)(byte + 'a' - 'A') : byte;
}

/* Reads the token at `at` without consuming it. `caret_here`: a BRE '^'
 * here is an anchor (start of a group or alternative). */
static struct token read_token(const struct parser *parser, size_t at, int caret_here) {
    struct token token = {TOKEN_CHAR, 0, 0, 1};
    if (at >= parser->length) {
        token.kind = TOKEN_END;
        token.length = 0;
        return token;
    }
    unsigned char byte = parser->pattern[at];
    int extended = parser->extended;
    token.value = token.literal = fold_byte(parser, byte);
    if (byte == '\\') {
        if (at + 1 >= parser->length) {
            token.kind = TOKEN_LONE_BACKSLASH;
            return token;
        }
        unsigned char escaped = parser->pattern[at + 1];
        token.length = 2;
        token.value = token.literal = fold_byte(parser, escaped);
        switch (escaped) {
        case '|':
            if (!extended)
                token.kind = TOKEN_ALT;
            break;
        case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
            token.kind = TOKEN_BACKREF;
            token.value = escaped - '0';
            break;
        case '<': token.kind = TOKEN_ANCHOR; token.value = REGEX_WORD_START; break;
        case '>': token.kind = TOKEN_ANCHOR; token.value = REGEX_WORD_END; break;
        case 'b': token.kind = TOKEN_ANCHOR; token.value = ANCHOR_WORD_BOUNDARY; break;
        case 'B': token.kind = TOKEN_ANCHOR; token.value = ANCHOR_NOT_WORD_BOUNDARY; break;
        case '`': token.kind = TOKEN_ANCHOR; token.value = REGEX_BUFFER_START; break;
        case '\'': token.kind = TOKEN_ANCHOR; token.value = REGEX_BUFFER_END; break;
        case 'w': case 'W': case 's': case 'S':
            token.kind = TOKEN_CLASS;
            token.value = escaped;
            break;
        case '(': if (!extended) token.kind = TOKEN_OPEN; break;
        case ')': if (!extended) token.kind = TOKEN_CLOSE; break;
        case '+': if (!extended) token.kind = TOKEN_PLUS; break;
        case '?': if (!extended) token.kind = TOKEN_QUESTION; break;
        case '{': if (!extended) token.kind = TOKEN_OPEN_BRACE; break;
        case '}': if (!extended) token.kind = TOKEN_CLOSE_BRACE; break;
        default: break;
        }
        return token;
    }
    switch (byte) {
    case '|': if (extended) token.kind = TOKEN_ALT; break;
    case '*': token.kind = TOKEN_STAR; break;
    case '+': if (extended) token.kind = TOKEN_PLUS; break;
    case '?': if (extended) token.kind = TOKEN_QUESTION; break;
    case '{': if (extended) token.kind = TOKEN_OPEN_BRACE; break;
    case '}': if (extended) token.kind = TOKEN_CLOSE_BRACE; break;
    case '(': if (extended) token.kind = TOKEN_OPEN; break;
    case ')': if (extended) token.kind = TOKEN_CLOSE; break;
    case '[': token.kind = TOKEN_BRACKET; break;
    case '.': token.kind = TOKEN_ANY; break;
    case '^':
        /* In a BRE, '^' anchors only first in the expression, a group or an alternative. */
        if (extended || at == 0 || caret_here) {
            token.kind = TOKEN_ANCHOR;
            token.value = REGEX_LINE_START;
        }
        break;
    case '$':
        /* In a BRE, '$' anchors only last in the expression, a group or an alternative. */
        if (!extended && at + 1 != parser->length) {
            struct token after = read_token(parser, at + 1, 0);
            if (after.kind != TOKEN_ALT && after.kind != TOKEN_CLOSE)
                break;
        }
        token.kind = TOKEN_ANCHOR;
        token.value = REGEX_LINE_END;
        break;
    default:
        break;
    }
    return token;
}

static void next_token(struct parser *parser, int caret_here) {
    parser->token = read_token(parser, parser->position, caret_here);
    parser->position += parser->token.length;
}

/* ---- building trees ---- */

static int new_tree(struct parser *parser, enum tree_kind kind, int value) {
    if (parser->tree_count == parser->tree_capacity) {
        int capacity = parser->tree_capacity ? parser->tree_capacity * 2 : 64;
        struct tree *bigger = capacity <= MAX_NODES ? realloc(parser->trees, (size_t)capacity * sizeof *bigger) : NULL;
        if (!bigger) {
            parser->error = REG_ESPACE;
            return -1;
        }
        parser->trees = bigger;
        parser->tree_capacity = capacity;
    }
    struct tree *tree = &parser->trees[parser->tree_count];
    memset(tree, 0, sizeof *tree);
    tree->kind = (unsigned char)kind;
    tree->value = value;
    tree->left = tree->right = tree->sibling = -1;
    tree->index = tree->close_index = -1;
    return parser->tree_count++;
}

static int new_pair(struct parser *parser, enum tree_kind kind, int left, int right) {
    int tree = new_tree(parser, kind, 0);
    if (tree >= 0) {
        parser->trees[tree].left = left;
        parser->trees[tree].right = right;
    }
    return tree;
}

/* `first` followed by `second`, either of which may be -1 (nothing). */
static int concatenate(struct parser *parser, int first, int second) {
    if (first < 0)
        return second;
    if (second < 0)
        return first;
    if (parser->trees[first].kind != TREE_CONCAT) {
        int list = new_pair(parser, TREE_CONCAT, first, first);
        if (list < 0)
            return -1;
        first = list;
    }
    struct tree *trees = parser->trees;
    int added_first = second, added_last = second;
    if (trees[second].kind == TREE_CONCAT) {
        added_first = trees[second].left;
        added_last = trees[second].right;
    }
    trees[trees[first].right].sibling = added_first;
    trees[first].right = added_last;
    return first;
}

/* A new node with the fields of `tree` but no children yet. */
static int clone_node(struct parser *parser, int tree, int keep_marks) {
    int copy = new_tree(parser, TREE_CHAR, 0);
    if (copy < 0)
        return -1;
    struct tree *node = &parser->trees[copy];
    *node = parser->trees[tree];
    node->left = node->right = node->sibling = -1;
    if (!keep_marks)
        node->optional = 0;
    return copy;
}

/* Grows `*stack` (of `*capacity` ints) to hold at least `needed`. */
static int reserve(struct parser *parser, int **stack, size_t *capacity, size_t needed) {
    if (needed <= *capacity)
        return 0;
    size_t bigger_capacity = *capacity * 2 > needed ? *capacity * 2 : needed + 64;
    int *bigger = realloc(*stack, bigger_capacity * sizeof(int));
    if (!bigger) {
        parser->error = REG_ESPACE;
        return -1;
    }
    *stack = bigger;
    *capacity = bigger_capacity;
    return 0;
}

/* A deep copy of `tree`. Like glibc's, a copy forgets which of its groups
 * were marked optional, unless `keep_marks`. (The tree walks here keep
 * their own stacks: the interpreter allows only about a thousand nested
 * calls, and x{0,n} nests n deep.) */
static int copy_tree(struct parser *parser, int tree, int keep_marks) {
    if (tree < 0 || parser->error)
        return -1;
    int root = clone_node(parser, tree, keep_marks);
    int *stack = NULL; /* pairs: original, copy */
    size_t depth = 0, capacity = 0;
    if (root < 0 || reserve(parser, &stack, &capacity, 2))
        return -1;
    stack[depth++] = tree;
    stack[depth++] = root;
    while (depth > 0 && !parser->error) {
        int copy = stack[--depth], original = stack[--depth];
        enum tree_kind kind = parser->trees[original].kind;
        if (kind == TREE_CONCAT) {
            int last = -1;
            for (int child = parser->trees[original].left; child >= 0; child = parser->trees[child].sibling) {
                int child_copy = clone_node(parser, child, keep_marks);
                if (child_copy < 0 || reserve(parser, &stack, &capacity, depth + 2))
                    break;
                if (last < 0)
                    parser->trees[copy].left = child_copy;
                else
                    parser->trees[last].sibling = child_copy;
                parser->trees[copy].right = child_copy;
                last = child_copy;
                stack[depth++] = child;
                stack[depth++] = child_copy;
            }
        } else if (kind == TREE_ALT || kind == TREE_STAR || kind == TREE_GROUP) {
            int children[2] = {parser->trees[original].left, parser->trees[original].right};
            for (int side = 0; side < 2; side++) {
                if (children[side] < 0)
                    continue;
                int child_copy = clone_node(parser, children[side], keep_marks);
                if (child_copy < 0 || reserve(parser, &stack, &capacity, depth + 2))
                    break;
                if (side == 0)
                    parser->trees[copy].left = child_copy;
                else
                    parser->trees[copy].right = child_copy;
                stack[depth++] = children[side];
                stack[depth++] = child_copy;
            }
        }
    }
    free(stack);
    return parser->error ? -1 : root;
}

static int new_set(struct parser *parser) {
    if (parser->set_count == parser->set_capacity) {
        int capacity = parser->set_capacity ? parser->set_capacity * 2 : 8;
        unsigned char(*bigger)[32] = realloc(parser->sets, (size_t)capacity * sizeof *bigger);
        if (!bigger) {
            parser->error = REG_ESPACE;
            return -1;
        }
        parser->sets = bigger;
        parser->set_capacity = capacity;
    }
    memset(parser->sets[parser->set_count], 0, 32);
    return parser->set_count++;
}

static void set_add(unsigned char *set, unsigned char byte) {
    set[byte >> 3] |= (unsigned char)(1u << (byte & 7));
}

/* ---- character classes (the C locale's, ASCII only) ---- */

static int in_class(const char *name, int byte) {
    int upper = byte >= 'A' && byte <= 'Z', lower = byte >= 'a' && byte <= 'z';
    int digit = byte >= '0' && byte <= '9';
    int graph = byte > ' ' && byte < 127;
    if (strcmp(name, "alpha") == 0)
        return upper || lower;
    if (strcmp(name, "upper") == 0)
        return upper;
    if (strcmp(name, "lower") == 0)
        return lower;
    if (strcmp(name, "digit") == 0)
        return digit;
    if (strcmp(name, "alnum") == 0)
        return upper || lower || digit;
    if (strcmp(name, "xdigit") == 0)
        return digit || (byte >= 'a' && byte <= 'f') || (byte >= 'A' && byte <= 'F');
    if (strcmp(name, "space") == 0)
        return byte == ' ' || (byte >= '\t' && byte <= '\r');
    if (strcmp(name, "blank") == 0)
        return byte == ' ' || byte == '\t';
    if (strcmp(name, "punct") == 0)
        return graph && !(upper || lower || digit);
    if (strcmp(name, "print") == 0)
        return graph || byte == ' ';
    if (strcmp(name, "graph") == 0)
        return graph;
    if (strcmp(name, "cntrl") == 0)
        return byte < ' ' || byte == 127;
    return 0;
}

static int is_class_name(const char *name) {
    static const char *const names[] = {"alpha", "upper", "lower", "digit", "alnum", "xdigit",
                                        "space", "blank", "punct", "print", "graph", "cntrl"};
    for (size_t index = 0; index < sizeof names / sizeof names[0]; index++)
        if (strcmp(name, names[index]) == 0)
            return 1;
    return 0;
}

/* Adds the (folded) members of class `name` to `set`; 0, or REG_ECTYPE. */
static int add_class(struct parser *parser, unsigned char *set, const char *name) {
    /* Ignoring case, [:upper:] and [:lower:] both mean letters. */
    if (parser->icase && (strcmp(name, "upper") == 0 || strcmp(name, "lower") == 0))
        name = "alpha";
    if (!is_class_name(name))
        return REG_ECTYPE;
    for (int byte = 0; byte < 256; byte++)
        if (in_class(name, byte))
            set_add(set, fold_byte(parser, (unsigned char)byte));
    return 0;
}

/* ---- bracket expressions ---- */

enum bracket_token_kind {
    BRACKET_CHAR,
    BRACKET_RANGE,  /* '-' */
    BRACKET_CLOSE,  /* ']' */
    BRACKET_NEGATE, /* '^' */
    BRACKET_OPEN_COLLATING, /* "[." */
    BRACKET_OPEN_EQUIVALENCE, /* "[=" */
    BRACKET_OPEN_CLASS, /* "[:" */
    BRACKET_END
};

struct bracket_token {
    enum bracket_token_kind kind;
    unsigned char value; /* the byte, folded */
    size_t length;
};

static struct bracket_token read_bracket_token(const struct parser *parser, size_t at) {
    struct bracket_token token = {BRACKET_CHAR, 0, 1};
    if (at >= parser->length) {
        token.kind = BRACKET_END;
        token.length = 0;
        return token;
    }
    unsigned char byte = parser->pattern[at];
    token.value = fold_byte(parser, byte);
    if (byte == '[') {
        unsigned char after = at + 1 < parser->length ? parser->pattern[at + 1] : 0;
        token.length = 2;
        if (after == '.')
            token.kind = BRACKET_OPEN_COLLATING;
        else if (after == '=')
            token.kind = BRACKET_OPEN_EQUIVALENCE;
        else if (after == ':')
            token.kind = BRACKET_OPEN_CLASS;
        else
            token.length = 1;
        return token;
    }
    if (byte == '-')
        token.kind = BRACKET_RANGE;
    else if (byte == ']')
        token.kind = BRACKET_CLOSE;
    else if (byte == '^')
        token.kind = BRACKET_NEGATE;
    return token;
}

/* One element of a bracket expression. */
struct bracket_element {
    enum { ELEMENT_BYTE, ELEMENT_COLLATING, ELEMENT_EQUIVALENCE, ELEMENT_CLASS } kind;
    unsigned char byte;
    char name[33];
};

/* Reads the element `token` starts (consuming it); 0 or an error. A '-' is
 * an element only first in the list, last, or as a range's end. */
static int read_bracket_element(struct parser *parser, struct bracket_token token, int hyphen_allowed,
                                struct bracket_element *element) {
    parser->position += token.length;
    if (token.kind == BRACKET_OPEN_COLLATING || token.kind == BRACKET_OPEN_EQUIVALENCE ||
        token.kind == BRACKET_OPEN_CLASS) {
        unsigned char delimiter = parser->pattern[parser->position - 1];
        size_t length = 0;
        if (parser->position >= parser->length)
            return REG_EBRACK;
        for (;;) {
            if (length >= 32)
                return REG_EBRACK;
            unsigned char byte = parser->pattern[parser->position++];
            /* Class names keep their case; the others fold like any byte. */
            if (token.kind != BRACKET_OPEN_CLASS)
                byte = fold_byte(parser, byte);
            if (parser->position >= parser->length)
                return REG_EBRACK;
            if (byte == delimiter && parser->pattern[parser->position] == ']')
                break;
            element->name[length++] = (char)byte;
        }
        parser->position++;
        element->name[length] = '\0';
        element->kind = token.kind == BRACKET_OPEN_COLLATING     ? ELEMENT_COLLATING
                        : token.kind == BRACKET_OPEN_EQUIVALENCE ? ELEMENT_EQUIVALENCE
                                                                 : ELEMENT_CLASS;
        return 0;
    }
    if (token.kind == BRACKET_RANGE && !hyphen_allowed &&
        read_bracket_token(parser, parser->position).kind != BRACKET_CLOSE)
        return REG_ERANGE;
    element->kind = ELEMENT_BYTE;
    element->byte = token.value;
    return 0;
}

/* The byte a range's end stands for; -1 (with *error set) if none. */
static int range_end(const struct bracket_element *element, int *error) {
    if (element->kind == ELEMENT_CLASS || element->kind == ELEMENT_EQUIVALENCE) {
        *error = REG_ERANGE;
        return -1;
    }
    if (element->kind == ELEMENT_COLLATING) {
        if (strlen(element->name) != 1) {
            *error = REG_ECOLLATE;
            return -1;
        }
        return (unsigned char)element->name[0];
    }
    return element->byte;
}

/* Adds a single element (not a range) to `set`. */
static int add_element(struct parser *parser, unsigned char *set, const struct bracket_element *element) {
    switch (element->kind) {
    case ELEMENT_BYTE:
        set_add(set, element->byte);
        return 0;
    case ELEMENT_CLASS:
        return add_class(parser, set, element->name);
    default:
        /* The C locale has single-byte collating elements only, each its own class. */
        if (strlen(element->name) != 1)
            return REG_ECOLLATE;
        set_add(set, (unsigned char)element->name[0]);
        return 0;
    }
}

/* Parses a bracket expression; the '[' has been read. Returns its set's tree. */
static int parse_bracket(struct parser *parser) {
    int set_index = new_set(parser);
    if (set_index < 0)
        return -1;
    unsigned char set[32] = {0};
    int negated = 0;
    struct bracket_token token = read_bracket_token(parser, parser->position);
    if (token.kind == BRACKET_NEGATE) {
        negated = 1;
        if (parser->newline)
            set_add(set, '\n');
        parser->position += token.length;
        token = read_bracket_token(parser, parser->position);
    }
    if (token.kind == BRACKET_END) {
        parser->error = REG_BADPAT; /* glibc's answer to a pattern ending in [ or [^ */
        return -1;
    }
    if (token.kind == BRACKET_CLOSE)
        token.kind = BRACKET_CHAR; /* a ']' first is an ordinary byte */
    int first = 1;
    int error = 0;
    for (;;) {
        struct bracket_element start, end;
        error = read_bracket_element(parser, token, first, &start);
        if (error)
            break;
        first = 0;
        token = read_bracket_token(parser, parser->position);
        int is_range = 0;
        struct bracket_token end_token = token;
        if (start.kind != ELEMENT_CLASS && start.kind != ELEMENT_EQUIVALENCE) {
            if (token.kind == BRACKET_END) {
                error = REG_EBRACK;
                break;
            }
            if (token.kind == BRACKET_RANGE) {
                end_token = read_bracket_token(parser, parser->position + token.length);
                if (end_token.kind == BRACKET_END) {
                    error = REG_EBRACK;
                    break;
                }
                if (end_token.kind == BRACKET_CLOSE) {
                    token.kind = BRACKET_CHAR; /* a '-' last is an ordinary byte */
                } else {
                    parser->position += token.length;
                    is_range = 1;
                }
            }
        }
        if (is_range) {
            error = read_bracket_element(parser, end_token, 1, &end);
            if (error)
                break;
            token = read_bracket_token(parser, parser->position);
            int low = range_end(&start, &error);
            int high = low < 0 ? -1 : range_end(&end, &error);
            if (high < 0)
                break;
            if (low > high) {
                error = REG_ERANGE;
                break;
            }
            for (int byte = low; byte <= high; byte++)
                set_add(set, (unsigned char)byte);
        } else {
            error = add_element(parser, set, &start);
            if (error)
                break;
        }
        if (token.kind == BRACKET_END) {
            error = REG_EBRACK;
            break;
        }
        if (token.kind == BRACKET_CLOSE)
            break;
    }
    if (error) {
        parser->error = error;
        return -1;
    }
    parser->position += token.length;
    if (negated)
        for (int index = 0; index < 32; index++)
            set[index] = (unsigned char)~set[index];
    memcpy(parser->sets[set_index], set, 32);
    return new_tree(parser, TREE_SET, set_index);
}

/* \w \W \s \S as a set. */
static int class_escape(struct parser *parser, int letter) {
    int set_index = new_set(parser);
    if (set_index < 0)
        return -1;
    unsigned char *set = parser->sets[set_index];
    int word = letter == 'w' || letter == 'W';
    add_class(parser, set, word ? "alnum" : "space");
    if (word)
        set_add(set, '_');
    if (letter == 'W' || letter == 'S')
        for (int index = 0; index < 32; index++)
            set[index] = (unsigned char)~set[index];
    return new_tree(parser, TREE_SET, set_index);
}

/* ---- the grammar ---- */

static int parse_alternation(struct parser *parser, int nest);

/* Reads one number of an interval, up to '}' or ','. Returns the number,
 * -1 if there was none, or -2 if it was not a number (or the pattern ended). */
static int read_count(struct parser *parser) {
    int count = -1;
    for (;;) {
        next_token(parser, 0);
        struct token token = parser->token;
        if (token.kind == TOKEN_END)
            return -2;
        if (token.kind == TOKEN_CLOSE_BRACE || (token.kind == TOKEN_CHAR && token.value == ','))
            break;
        if (token.kind != TOKEN_CHAR || token.value < '0' || token.value > '9' || count == -2)
            count = -2;
        else if (count == -1)
            count = token.value - '0';
        else
            count = count * 10 + token.value - '0' > RE_DUP_MAX + 1 ? RE_DUP_MAX + 1 : count * 10 + token.value - '0';
    }
    return count;
}

/* Marks group `tree` as repeated optionally. */
static void mark_optional(struct parser *parser, int tree) {
    if (tree >= 0 && parser->trees[tree].kind == TREE_GROUP)
        parser->trees[tree].optional = 1;
}

/* Applies the repetition operator in `parser->token` to `element` (-1 for
 * nothing), consuming it, and returns the expanded tree. */
static int parse_repetition(struct parser *parser, int element) {
    int minimum, maximum; /* maximum -1: no limit */
    if (parser->token.kind == TOKEN_OPEN_BRACE) {
        minimum = read_count(parser);
        maximum = 0;
        if (minimum == -1) {
            if (parser->token.kind == TOKEN_CHAR && parser->token.value == ',') {
                minimum = 0; /* {,n} is {0,n} */
            } else {
                parser->error = REG_BADBR; /* {} */
                return -1;
            }
        }
        if (minimum != -2) {
            if (parser->token.kind == TOKEN_CLOSE_BRACE)
                maximum = minimum;
            else if (parser->token.kind == TOKEN_CHAR && parser->token.value == ',')
                maximum = read_count(parser);
            else
                maximum = -2;
        }
        if (minimum == -2 || maximum == -2) {
            parser->error = parser->token.kind == TOKEN_END ? REG_EBRACE : REG_BADBR;
            return -1;
        }
        if ((maximum != -1 && minimum > maximum) || parser->token.kind != TOKEN_CLOSE_BRACE) {
            parser->error = REG_BADBR;
            return -1;
        }
        if ((maximum == -1 ? minimum : maximum) > RE_DUP_MAX) {
            parser->error = REG_ESIZE;
            return -1;
        }
    } else {
        minimum = parser->token.kind == TOKEN_PLUS ? 1 : 0;
        maximum = parser->token.kind == TOKEN_QUESTION ? 1 : -1;
    }
    next_token(parser, 0);
    if (element < 0 || (minimum == 0 && maximum == 0))
        return -1;

    /* The mandatory copies, then the optional ones. As in glibc, the first
     * piece is the element itself and the others fresh copies, which lose
     * their optional marks; the first optional piece, if a group, is marked
     * optional. (The element is copied even where glibc uses it, since
     * concatenation may rebuild the pieces.) */
    int required = -1;
    for (int count = 1; count <= minimum; count++)
        required = concatenate(parser, required, copy_tree(parser, element, count == 1));
    if ((minimum > 0 && minimum == maximum) || parser->error)
        return parser->error ? -1 : required;
    int piece = copy_tree(parser, element, minimum == 0);
    mark_optional(parser, piece);
    int tree = new_pair(parser, maximum == -1 ? TREE_STAR : TREE_ALT, piece, -1);
    for (int count = minimum + 2; tree >= 0 && count <= maximum; count++) {
        tree = new_pair(parser, TREE_ALT, concatenate(parser, tree, copy_tree(parser, element, 0)), -1);
        if (parser->error)
            return -1;
    }
    return concatenate(parser, required, tree);
}

/* A group; the opening token has been read. */
static int parse_group(struct parser *parser, int nest) {
    int group = (int)parser->group_count++;
    next_token(parser, 1);
    int body = -1;
    if (parser->token.kind != TOKEN_CLOSE) {
        body = parse_alternation(parser, nest + 1);
        if (parser->error)
            return -1;
        if (parser->token.kind != TOKEN_CLOSE) {
            parser->error = REG_EPAREN;
            return -1;
        }
    }
    if (group < 9)
        parser->completed_groups |= 1u << group;
    int tree = new_pair(parser, TREE_GROUP, body, -1);
    if (tree >= 0)
        parser->trees[tree].value = group;
    return tree;
}

/* One atom with its repetition operators; -1 for an empty one (check error). */
static int parse_expression(struct parser *parser, int nest) {
    struct token token = parser->token;
    int tree = -1;
    switch (token.kind) {
    case TOKEN_CHAR:
        tree = new_tree(parser, TREE_CHAR, token.value);
        break;
    case TOKEN_ANY:
        tree = new_tree(parser, TREE_ANY, 0);
        break;
    case TOKEN_BRACKET:
        tree = parse_bracket(parser);
        break;
    case TOKEN_BACKREF:
        if (!(parser->completed_groups & (1u << (token.value - 1)))) {
            parser->error = REG_ESUBREG;
            return -1;
        }
        parser->has_backrefs = 1;
        tree = new_tree(parser, TREE_BACKREF, token.value - 1);
        break;
    case TOKEN_OPEN:
        if (++parser->nesting > MAX_NESTING) {
            parser->error = REG_ESPACE;
            return -1;
        }
        tree = parse_group(parser, nest);
        parser->nesting--;
        break;
    case TOKEN_OPEN_BRACE:
    case TOKEN_STAR:
    case TOKEN_PLUS:
    case TOKEN_QUESTION:
        /* Nothing to repeat: an error, except that a BRE takes '*' (and
         * \+ \?) literally; a BRE's \{ is an error here too. */
        if (parser->extended || token.kind == TOKEN_OPEN_BRACE) {
            parser->error = REG_BADRPT;
            return -1;
        }
        tree = new_tree(parser, TREE_CHAR, token.literal);
        break;
    case TOKEN_CLOSE:
        /* Only an ERE takes an unmatched ')' literally. */
        if (!parser->extended) {
            parser->error = REG_EPAREN;
            return -1;
        }
        tree = new_tree(parser, TREE_CHAR, token.literal);
        break;
    case TOKEN_CLOSE_BRACE:
        tree = new_tree(parser, TREE_CHAR, token.literal);
        break;
    case TOKEN_ANCHOR:
        if (token.value == ANCHOR_WORD_BOUNDARY || token.value == ANCHOR_NOT_WORD_BOUNDARY) {
            int boundary = token.value == ANCHOR_WORD_BOUNDARY;
            int left = new_tree(parser, TREE_ASSERT, boundary ? REGEX_WORD_START : REGEX_INSIDE_WORD);
            int right = new_tree(parser, TREE_ASSERT, boundary ? REGEX_WORD_END : REGEX_OUTSIDE_WORD);
            tree = new_pair(parser, TREE_ALT, left, right);
        } else {
            tree = new_tree(parser, TREE_ASSERT, token.value);
        }
        /* An anchor cannot be repeated: what follows starts a new atom. */
        next_token(parser, 0);
        return tree;
    case TOKEN_CLASS:
        tree = class_escape(parser, token.value);
        break;
    case TOKEN_LONE_BACKSLASH:
        parser->error = REG_EESCAPE;
        return -1;
    case TOKEN_ALT:
    case TOKEN_END:
        return -1;
    }
    if (parser->error)
        return -1;
    next_token(parser, 0);
    while (parser->token.kind == TOKEN_STAR || parser->token.kind == TOKEN_PLUS ||
           parser->token.kind == TOKEN_QUESTION || parser->token.kind == TOKEN_OPEN_BRACE) {
        tree = parse_repetition(parser, tree);
        if (parser->error)
            return -1;
        /* A BRE may not repeat a repetition with * or \{. */
        if (!parser->extended &&
            (parser->token.kind == TOKEN_STAR || parser->token.kind == TOKEN_OPEN_BRACE)) {
            parser->error = REG_BADRPT;
            return -1;
        }
    }
    return tree;
}

/* A sequence of atoms, up to '|', the end, or a group's ')'. */
static int parse_branch(struct parser *parser, int nest) {
    int tree = parse_expression(parser, nest);
    while (!parser->error && parser->token.kind != TOKEN_ALT && parser->token.kind != TOKEN_END &&
           (nest == 0 || parser->token.kind != TOKEN_CLOSE)) {
        int expression = parse_expression(parser, nest);
        if (parser->error)
            return -1;
        tree = concatenate(parser, tree, expression);
    }
    return parser->error ? -1 : tree;
}

/* Branches separated by '|'. A back-reference may only name a group closed
 * in its own branch (or before the alternation). */
static int parse_alternation(struct parser *parser, int nest) {
    unsigned initial_groups = parser->completed_groups;
    int tree = parse_branch(parser, nest);
    unsigned all_groups = parser->completed_groups;
    while (!parser->error && parser->token.kind == TOKEN_ALT) {
        parser->completed_groups = initial_groups;
        next_token(parser, 1);
        int branch = -1;
        if (parser->token.kind != TOKEN_ALT && parser->token.kind != TOKEN_END &&
            (nest == 0 || parser->token.kind != TOKEN_CLOSE))
            branch = parse_branch(parser, nest);
        if (parser->error)
            return -1;
        all_groups |= parser->completed_groups;
        tree = new_pair(parser, TREE_ALT, tree, branch);
    }
    parser->completed_groups = all_groups;
    return parser->error ? -1 : tree;
}

/* ---- from tree to automaton ---- */

/* Pushes the children of `tree` on `stack` so that they pop in order. */
static int push_children(struct parser *parser, int tree, int **stack, size_t *depth, size_t *capacity) {
    const struct tree *node = &parser->trees[tree];
    int children[2] = {node->left, node->right};
    if (node->kind == TREE_CONCAT) {
        size_t count = 0;
        for (int child = node->left; child >= 0; child = parser->trees[child].sibling)
            count++;
        if (reserve(parser, stack, capacity, *depth + count))
            return -1;
        size_t at = *depth + count;
        for (int child = node->left; child >= 0; child = parser->trees[child].sibling)
            (*stack)[--at] = child;
        *depth += count;
        return 0;
    }
    if (node->kind != TREE_ALT && node->kind != TREE_STAR && node->kind != TREE_GROUP)
        return 0;
    if (reserve(parser, stack, capacity, *depth + 2))
        return -1;
    for (int side = 1; side >= 0; side--)
        if (children[side] >= 0)
            (*stack)[(*depth)++] = children[side];
    return 0;
}

/* glibc drops a group that is the whole body of another, ((x)): the inner
 * one reports what the outer one matched. A pre-order walk, so that a
 * back-reference is renamed after the groups before it. */
static void merge_nested_groups(struct parser *parser, int root, int *group_register) {
    int *stack = NULL;
    size_t depth = 0, capacity = 0;
    if (root < 0 || reserve(parser, &stack, &capacity, 1))
        return;
    stack[depth++] = root;
    while (depth > 0 && !parser->error) {
        int tree = stack[--depth];
        struct tree *node = &parser->trees[tree];
        if (node->kind == TREE_GROUP && node->left >= 0 && parser->trees[node->left].kind == TREE_GROUP) {
            group_register[parser->trees[node->left].value] = group_register[node->value];
            node->left = parser->trees[node->left].left;
        } else if (node->kind == TREE_BACKREF) {
            node->value = group_register[node->value];
        }
        push_children(parser, tree, &stack, &depth, &capacity);
    }
    free(stack);
}

/* Numbers the automaton's nodes in post-order (a group: OPEN, body, CLOSE);
 * returns how many there are. A node is pushed as 2 * tree, and again as
 * 2 * tree + 1 once its children are done. */
static int number_nodes(struct parser *parser, int root) {
    int count = 0;
    int *stack = NULL;
    size_t depth = 0, capacity = 0;
    if (root < 0 || reserve(parser, &stack, &capacity, 1))
        return 0;
    stack[depth++] = 2 * root;
    while (depth > 0 && !parser->error) {
        int entry = stack[--depth], tree = entry / 2;
        struct tree *node = &parser->trees[tree];
        if (entry % 2 == 1) {
            if (node->kind == TREE_GROUP)
                node->close_index = count++;
            else
                node->index = count++;
            continue;
        }
        if (node->kind == TREE_GROUP)
            node->index = count++;
        int before = (int)depth;
        if (node->kind != TREE_CONCAT) {
            if (reserve(parser, &stack, &capacity, depth + 1))
                break;
            stack[depth++] = 2 * tree + 1;
            before++;
        }
        if (push_children(parser, tree, &stack, &depth, &capacity))
            break;
        for (int index = before; index < (int)depth; index++)
            stack[index] *= 2;
    }
    free(stack);
    return count;
}

/* The node where matching `tree` begins. */
static int first_node(const struct parser *parser, int tree) {
    while (parser->trees[tree].kind == TREE_CONCAT)
        tree = parser->trees[tree].left;
    return parser->trees[tree].index;
}

/* A two-way node's edges, lower-numbered first (as glibc orders them). */
static void set_split(struct regex_node *node, int one, int two) {
    node->kind = REGEX_SPLIT;
    node->next = one < two ? one : two;
    node->other = one == two ? -1 : (one < two ? two : one);
}

/* Fills in the node of `tree` alone, whose successor is node `next`. */
static void link_node(struct parser *parser, int tree, int next, struct regex_node *nodes) {
    const struct tree *node = &parser->trees[tree];
    struct regex_node *out = &nodes[node->index];
    out->next = next;
    out->other = -1;
    out->value = node->value;
    switch (node->kind) {
    case TREE_CHAR: out->kind = REGEX_CHAR; break;
    case TREE_SET: out->kind = REGEX_SET; break;
    case TREE_ANY: out->kind = REGEX_ANY; break;
    case TREE_ASSERT: out->kind = REGEX_ASSERT; break;
    case TREE_BACKREF: out->kind = REGEX_BACKREF; break;
    case TREE_ALT:
        set_split(out, node->left >= 0 ? first_node(parser, node->left) : next,
                  node->right >= 0 ? first_node(parser, node->right) : next);
        break;
    case TREE_STAR:
        set_split(out, first_node(parser, node->left), next);
        break;
    case TREE_GROUP: {
        struct regex_node *close = &nodes[node->close_index];
        out->kind = REGEX_OPEN;
        out->optional = node->optional;
        out->next = node->left >= 0 ? first_node(parser, node->left) : node->close_index;
        close->kind = REGEX_CLOSE;
        close->optional = node->optional;
        close->value = node->value;
        close->next = next;
        close->other = -1;
        break;
    }
    default: /* TREE_CONCAT has no node of its own */
        break;
    }
}

/* Fills in the nodes of `root`, whose successor is node `next`. The stack
 * holds pairs: a tree and its successor. */
static void link_nodes(struct parser *parser, int root, int next, struct regex_node *nodes) {
    int *stack = NULL;
    size_t depth = 0, capacity = 0;
    if (reserve(parser, &stack, &capacity, 2))
        return;
    stack[depth++] = root;
    stack[depth++] = next;
    while (depth > 0 && !parser->error) {
        int successor = stack[--depth], tree = stack[--depth];
        const struct tree *node = &parser->trees[tree];
        if (node->kind == TREE_CONCAT) {
            for (int child = node->left; child >= 0; child = parser->trees[child].sibling) {
                int sibling = parser->trees[child].sibling;
                if (reserve(parser, &stack, &capacity, depth + 2))
                    break;
                stack[depth++] = child;
                stack[depth++] = sibling >= 0 ? first_node(parser, sibling) : successor;
            }
            continue;
        }
        link_node(parser, tree, successor, nodes);
        /* Alternatives lead where the alternation does, a repetition's body
         * back to it, a group's body to its CLOSE. */
        int children[2] = {node->left, node->kind == TREE_ALT ? node->right : -1};
        int child_successor = node->kind == TREE_STAR    ? node->index
                              : node->kind == TREE_GROUP ? node->close_index
                                                         : successor;
        for (int side = 0; side < 2; side++) {
            if (children[side] < 0 || reserve(parser, &stack, &capacity, depth + 2))
                continue;
            stack[depth++] = children[side];
            stack[depth++] = child_successor;
        }
    }
    free(stack);
}

static int is_epsilon(const struct regex_node *node) {
    return node->kind >= REGEX_OPEN;
}

/* The reverse of the epsilon edges (and back-references' edges), for the
 * backward pass of regexec. */
static int build_predecessors(struct regex_program *program) {
    int count = program->node_count;
    program->predecessor_start = calloc((size_t)count + 1, sizeof(int));
    int edges = 0;
    for (int index = 0; index < count; index++) {
        const struct regex_node *node = &program->nodes[index];
        if (is_epsilon(node) || node->kind == REGEX_BACKREF)
            edges += 1 + (node->other >= 0);
    }
    program->predecessors = malloc((size_t)(edges ? edges : 1) * sizeof(int));
    if (!program->predecessor_start || !program->predecessors)
        return REG_ESPACE;
    int *start = program->predecessor_start;
    for (int pass = 0; pass < 2; pass++) {
        for (int index = 0; index < count; index++) {
            const struct regex_node *node = &program->nodes[index];
            if (!is_epsilon(node) && node->kind != REGEX_BACKREF)
                continue;
            int targets[2] = {node->next, node->other};
            for (int edge = 0; edge < 2; edge++) {
                if (targets[edge] < 0)
                    continue;
                if (pass == 0)
                    start[targets[edge] + 1]++;
                else
                    program->predecessors[start[targets[edge]]++] = index;
            }
        }
        if (pass == 0) {
            for (int index = 0; index < count; index++)
                start[index + 1] += start[index];
        } else {
            /* The fill moved each start to the next one's; move them back. */
            for (int index = count; index > 0; index--)
                start[index] = start[index - 1];
            start[0] = 0;
        }
    }
    return 0;
}

/* Works out which bytes a match can begin with. */
static int compute_first_bytes(struct regex_program *program) {
    int count = program->node_count;
    int *stack = malloc(((size_t)count * 2 + 1) * sizeof(int));
    unsigned char *seen = calloc((size_t)count, 1);
    if (!stack || !seen) {
        free(stack);
        free(seen);
        return REG_ESPACE;
    }
    memset(program->first_bytes, 0, sizeof program->first_bytes);
    int depth = 0;
    stack[depth++] = program->start;
    while (depth > 0 && !program->any_first_byte) {
        int index = stack[--depth];
        if (seen[index])
            continue;
        seen[index] = 1;
        const struct regex_node *node = &program->nodes[index];
        switch (node->kind) {
        case REGEX_END:
        case REGEX_BACKREF:
            program->any_first_byte = 1;
            break;
        case REGEX_CHAR:
        case REGEX_SET:
        case REGEX_ANY:
            for (int byte = 0; byte < 256; byte++) {
                unsigned char folded = program->fold[byte];
                int accepted = node->kind == REGEX_CHAR  ? folded == node->value
                               : node->kind == REGEX_SET ? __wasmos_regex_bit(program->sets[node->value], folded)
                                                         : byte != 0 && !(program->newline && byte == '\n');
                if (accepted)
                    set_add(program->first_bytes, (unsigned char)byte);
            }
            break;
        default:
            stack[depth++] = node->next;
            if (node->other >= 0)
                stack[depth++] = node->other;
            break;
        }
    }
    free(stack);
    free(seen);
    return 0;
}

static void free_program(struct regex_program *program) {
    if (!program)
        return;
    free(program->nodes);
    free(program->sets);
    free(program->group_register);
    free(program->predecessor_start);
    free(program->predecessors);
    free(program);
}

/* Builds the automaton from the parsed tree `root`. */
static int build_program(struct parser *parser, int root, int flags, struct regex_program **result) {
    struct regex_program *program = calloc(1, sizeof *program);
    if (!program)
        return REG_ESPACE;
    program->group_count = parser->group_count;
    program->group_register = malloc((parser->group_count ? parser->group_count : 1) * sizeof(int));
    if (!program->group_register) {
        free_program(program);
        return REG_ESPACE;
    }
    for (size_t group = 0; group < parser->group_count; group++)
        program->group_register[group] = (int)group;
    merge_nested_groups(parser, root, program->group_register);
    int count = number_nodes(parser, root);
    int end = count++;
    if (parser->error || count > MAX_NODES) {
        free_program(program);
        return REG_ESPACE;
    }
    program->nodes = calloc((size_t)count, sizeof *program->nodes);
    if (!program->nodes) {
        free_program(program);
        return REG_ESPACE;
    }
    program->node_count = count;
    program->end = end;
    program->nodes[end].kind = REGEX_END;
    program->nodes[end].next = program->nodes[end].other = -1;
    program->start = root >= 0 ? first_node(parser, root) : end;
    if (root >= 0)
        link_nodes(parser, root, end, program->nodes);
    if (parser->error) {
        free_program(program);
        return REG_ESPACE;
    }

    program->sets = parser->sets;
    program->set_count = parser->set_count;
    parser->sets = NULL;
    for (int byte = 0; byte < 256; byte++)
        program->fold[byte] = fold_byte(parser, (unsigned char)byte);
    program->newline = (flags & REG_NEWLINE) != 0;
    program->no_sub = (flags & REG_NOSUB) != 0;
    program->has_backrefs = parser->has_backrefs;
    if (build_predecessors(program) || compute_first_bytes(program)) {
        free_program(program);
        return REG_ESPACE;
    }
    *result = program;
    return 0;
}

int regcomp(regex_t *regex, const char *pattern, int flags) {
    struct parser parser;
    memset(&parser, 0, sizeof parser);
    parser.pattern = (const unsigned char *)pattern;
    parser.length = strlen(pattern);
    parser.extended = (flags & REG_EXTENDED) != 0;
    parser.icase = (flags & REG_ICASE) != 0;
    parser.newline = (flags & REG_NEWLINE) != 0;
    regex->re_nsub = 0;
    regex->__program = NULL;

    next_token(&parser, 1);
    int root = parse_alternation(&parser, 0);
    int error = parser.error;
    struct regex_program *program = NULL;
    if (!error)
        error = build_program(&parser, root, flags, &program);
    free(parser.trees);
    free(parser.sets);
    if (error)
        return error;
    regex->re_nsub = parser.group_count;
    regex->__program = program;
    return 0;
}

void regfree(regex_t *regex) {
    free_program(regex->__program);
    regex->__program = NULL;
}
