/* sort.h: the lines, keys and comparison shared by sort's files. */
#ifndef SORT_H
#define SORT_H

#include <stddef.h>

/* One input line, without its newline. */
struct line {
    const char *text;
    size_t length;
};

/* Which characters a key comparison ignores. */
enum ignored { IGNORE_NONE, IGNORE_NONPRINTING, IGNORE_NONDICTIONARY };

/* A sort key: where it lies in a line and how it compares. Fields and
 * characters count from 1; an end field of 0 is the end of the line, an end
 * character of 0 the end of the end field. */
struct key {
    size_t start_field, start_char;
    size_t end_field, end_char;
    int skip_start_blanks, skip_end_blanks;
    int numeric, fold, reverse;
    enum ignored ignored;
};

/* The ordering shared by every comparison. */
struct order {
    struct key *keys;
    size_t key_count;
    int separator;  /* the -t character, or -1 for runs of blanks */
    int reverse;    /* -r: also reverses the last-resort comparison */
    int last_resort; /* compare whole lines when the keys tie (neither -s nor -u) */
};

extern struct order order;

/* Whether `key` has any ordering option of its own (else it takes the global ones). */
int key_has_options(const struct key *key);

/* <0, 0 or >0 as `a` sorts before, with or after `b`. */
int compare_lines(const struct line *a, const struct line *b);

#endif
