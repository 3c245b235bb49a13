/* matcher.c: grep's patterns. Fixed strings (-F) become basic expressions
 * with their special characters escaped. -x needs the leftmost-longest match
 * to be the whole line; -w looks, as GNU grep does, at each match from the
 * left: if a word character touches either end it tries the longest shorter
 * match at the same start, then the next match further right. */
#include "matcher.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_word_byte(unsigned char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
           byte == '_';
}

/* A fixed string as a basic expression that matches exactly it. */
static char *escape_fixed(const char *text) {
    char *escaped = malloc(strlen(text) * 2 + 1);
    if (!escaped)
        return NULL;
    char *out = escaped;
    for (; *text; text++) {
        if (strchr("\\.[*^$", *text))
            *out++ = '\\';
        *out++ = *text;
    }
    *out = '\0';
    return escaped;
}

int matcher_compile(struct matcher *matcher, char *const *texts, size_t count, enum pattern_syntax syntax,
                    int ignore_case, char *error, size_t error_size) {
    matcher->patterns = calloc(count ? count : 1, sizeof *matcher->patterns);
    matcher->count = 0;
    if (!matcher->patterns) {
        snprintf(error, error_size, "memory exhausted");
        return -1;
    }
    int flags = (syntax == SYNTAX_EXTENDED ? REG_EXTENDED : 0) | (ignore_case ? REG_ICASE : 0);
    for (size_t index = 0; index < count; index++) {
        char *escaped = syntax == SYNTAX_FIXED ? escape_fixed(texts[index]) : NULL;
        if (syntax == SYNTAX_FIXED && !escaped) {
            snprintf(error, error_size, "memory exhausted");
            return -1;
        }
        int result = regcomp(&matcher->patterns[index], escaped ? escaped : texts[index], flags);
        free(escaped);
        if (result) {
            regerror(result, &matcher->patterns[index], error, error_size);
            return -1;
        }
        matcher->count++;
    }
    return 0;
}

/* The leftmost-longest match of `pattern` in line[from, limit), the line
 * ending at `length`; `flags` may add REG_NOTEOL. */
static int search(const regex_t *pattern, const char *line, size_t from, size_t limit, int flags, size_t *start,
                  size_t *end) {
    regmatch_t match = {(regoff_t)from, (regoff_t)limit};
    if (regexec(pattern, line, 1, &match, REG_STARTEND | flags))
        return 0;
    *start = (size_t)match.rm_so;
    *end = (size_t)match.rm_eo;
    return 1;
}

/* Whether word characters touch line[start, end). */
static int is_whole_word(const char *line, size_t length, size_t start, size_t end) {
    return (start == 0 || !is_word_byte((unsigned char)line[start - 1])) &&
           (end == length || !is_word_byte((unsigned char)line[end]));
}

/* The first match of `pattern` at or after `from` that -w and -x accept. */
static int find_one(const struct matcher *matcher, const regex_t *pattern, const char *line, size_t length,
                    size_t from, size_t *start, size_t *end) {
    if (!search(pattern, line, from, length, 0, start, end))
        return 0;
    if (matcher->line)
        return *start == 0 && *end == length;
    if (!matcher->word)
        return 1;
    size_t match = *start, match_length = *end - *start;
    for (;;) {
        if (is_whole_word(line, length, match, match + match_length)) {
            *start = match;
            *end = match + match_length;
            return 1;
        }
        /* The longest match at the same place, one byte shorter or more. */
        size_t shorter_start, shorter_end;
        if (match_length > 0 &&
            search(pattern, line, match, match + match_length - 1, REG_NOTEOL, &shorter_start, &shorter_end) &&
            shorter_start == match && shorter_end > match) {
            match_length = shorter_end - match;
            continue;
        }
        /* Further right. */
        if (match >= length || !search(pattern, line, match + 1, length, 0, &match, end))
            return 0;
        match_length = *end - match;
    }
}

int matcher_find(const struct matcher *matcher, const char *line, size_t length, size_t from, size_t *start,
                 size_t *end) {
    int found = 0;
    for (size_t index = 0; index < matcher->count; index++) {
        size_t match_start, match_end;
        if (!find_one(matcher, &matcher->patterns[index], line, length, from, &match_start, &match_end))
            continue;
        if (!found || match_start < *start || (match_start == *start && match_end > *end)) {
            *start = match_start;
            *end = match_end;
            found = 1;
        }
    }
    return found;
}

int matcher_matches(const struct matcher *matcher, const char *line, size_t length) {
    for (size_t index = 0; index < matcher->count; index++) {
        if (matcher->word || matcher->line) {
            size_t start, end;
            if (find_one(matcher, &matcher->patterns[index], line, length, 0, &start, &end))
                return 1;
        } else {
            regmatch_t match = {0, (regoff_t)length};
            if (regexec(&matcher->patterns[index], line, 0, &match, REG_STARTEND) == 0)
                return 1;
        }
    }
    return 0;
}

void matcher_free(struct matcher *matcher) {
    for (size_t index = 0; index < matcher->count; index++)
        regfree(&matcher->patterns[index]);
    free(matcher->patterns);
    matcher->patterns = NULL;
    matcher->count = 0;
}
