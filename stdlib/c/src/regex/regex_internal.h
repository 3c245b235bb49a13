/* regex_internal.h: the compiled form of an expression, which regcomp.c
 * builds and regexec.c runs. Not installed for apps.
 *
 * An expression becomes a Thompson automaton: an array of nodes, each either
 * consuming one byte (CHAR, SET, ANY), a back-reference, or an epsilon node
 * (group OPEN and CLOSE, an assertion, a two-way SPLIT), and one END. The
 * nodes are numbered and SPLIT's two edges ordered the way glibc numbers its
 * own automaton (a post-order walk of the parse tree, repetitions expanded
 * into copies), because that order decides which of several equally long
 * paths reports the subexpressions; see regexec.c. */
#ifndef WASMOS_REGEX_INTERNAL_H
#define WASMOS_REGEX_INTERNAL_H

#include <stddef.h>

enum regex_node_kind {
    REGEX_CHAR,    /* one byte that folds to `value` */
    REGEX_SET,     /* one byte whose folded value is in sets[value] */
    REGEX_ANY,     /* any byte but NUL (and newline under REG_NEWLINE) */
    REGEX_BACKREF, /* the text register `value` holds, again */
    REGEX_END,     /* the whole expression has matched */
    REGEX_OPEN,    /* register `value` starts here (epsilon) */
    REGEX_CLOSE,   /* register `value` ends here (epsilon) */
    REGEX_ASSERT,  /* a zero-width test of kind `value` (epsilon) */
    REGEX_SPLIT    /* two ways on: `next` first, then `other` (epsilon) */
};

/* The zero-width tests. */
enum regex_assertion {
    REGEX_LINE_START,   /* ^ */
    REGEX_LINE_END,     /* $ */
    REGEX_BUFFER_START, /* \` */
    REGEX_BUFFER_END,   /* \' */
    REGEX_WORD_START,   /* \< */
    REGEX_WORD_END,     /* \> */
    REGEX_INSIDE_WORD,  /* \B, between two word bytes */
    REGEX_OUTSIDE_WORD  /* \B, between two other bytes */
};

struct regex_node {
    unsigned char kind;
    /* OPEN and CLOSE of a group repeated as optional (x*, x?, x{0,n}): an
     * empty pass through it does not replace an earlier, non-empty match. */
    unsigned char optional;
    int value;
    int next;  /* the successor (END: -1) */
    int other; /* SPLIT's second successor, or -1 */
};

struct regex_program {
    struct regex_node *nodes;
    int node_count;
    int start;                   /* the first node */
    int end;                     /* the END node */
    unsigned char (*sets)[32];   /* bitmaps of byte values */
    int set_count;
    unsigned char fold[256];     /* identity, or tolower under REG_ICASE */
    int newline;                 /* REG_NEWLINE */
    int no_sub;                  /* REG_NOSUB */
    int has_backrefs;
    size_t group_count;          /* re_nsub */
    int *group_register;         /* the register each group reports (nested ((x)) share one) */
    /* For each node, the epsilon nodes (and back-references) with an edge
     * to it: predecessors[predecessor_start[n] .. predecessor_start[n + 1]). */
    int *predecessor_start;
    int *predecessors;
    /* The bytes a match can begin with, unless it can begin with anything
     * (it can be empty, or starts with a back-reference). */
    unsigned char first_bytes[32];
    int any_first_byte;
};

static inline int __wasmos_regex_bit(const unsigned char *set, unsigned char byte) {
    return (set[byte >> 3] >> (byte & 7)) & 1;
}

#endif
