/* matcher.h: grep's patterns, compiled with <regex.h>, and where they match
 * in a line. */
#ifndef GREP_MATCHER_H
#define GREP_MATCHER_H

#include <regex.h>
#include <stddef.h>

struct matcher {
    regex_t *patterns;
    size_t count;
    int word;  /* -w: a match must be a whole word */
    int line;  /* -x: a match must be the whole line */
};

/* How the pattern texts are read. */
enum pattern_syntax { SYNTAX_BASIC, SYNTAX_EXTENDED, SYNTAX_FIXED };

/* Compiles `count` patterns. Returns 0, or -1 with regerror's message for
 * the first bad pattern in `error`. */
int matcher_compile(struct matcher *matcher, char *const *texts, size_t count, enum pattern_syntax syntax,
                    int ignore_case, char *error, size_t error_size);

/* Whether any pattern matches in line[0, length). */
int matcher_matches(const struct matcher *matcher, const char *line, size_t length);

/* Finds the leftmost (then longest) match of any pattern that starts at
 * `from` or later; returns 1 and its bounds, or 0. */
int matcher_find(const struct matcher *matcher, const char *line, size_t length, size_t from, size_t *start,
                 size_t *end);

void matcher_free(struct matcher *matcher);

#endif
