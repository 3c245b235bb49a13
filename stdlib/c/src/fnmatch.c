/* fnmatch.c: shell wildcard matching (POSIX fnmatch). '*' is matched by
 * remembering only the latest star and letting it take one more character
 * whenever the rest fails, which is linear in practice and never exponential. */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

/* The result of reading one bracket expression. */
enum bracket {
    BRACKET_MATCH,
    BRACKET_NO_MATCH,
    BRACKET_INVALID, /* not a bracket expression: the '[' is an ordinary character */
    BRACKET_ERROR,   /* an unknown class name: the pattern matches nothing */
};

static int fold(int character, int flags) {
    return (flags & FNM_CASEFOLD) ? tolower(character) : character;
}

/* Whether `character` is in the character class `name` (of `length` bytes);
 * -1 for an unknown class name. */
static int in_class(const char *name, size_t length, int character) {
    static const struct {
        const char *name;
        int (*test)(int);
    } classes[] = {
        {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
        {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
        {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
    };
    for (size_t index = 0; index < sizeof classes / sizeof classes[0]; index++) {
        if (strlen(classes[index].name) == length && memcmp(classes[index].name, name, length) == 0)
            return classes[index].test(character) != 0;
    }
    return -1;
}

/* Reads one character of a bracket expression at *cursor (escaped, or
 * named as a collating symbol "[.c.]" or an equivalence class "[=c=]");
 * returns it, or -1 for a malformed "[." or "[=". */
static int bracket_character(const char **cursor, int flags) {
    const char *at = *cursor;
    if (at[0] == '[' && (at[1] == '.' || at[1] == '=')) {
        if (!at[2] || at[3] != at[1] || at[4] != ']')
            return -1;
        *cursor = at + 5;
        return (unsigned char)at[2];
    }
    if (at[0] == '\\' && !(flags & FNM_NOESCAPE) && at[1])
        at++;
    *cursor = at + 1;
    return (unsigned char)*at;
}

/* Reads the bracket expression whose '[' is at `*pattern` and tells whether
 * `character` is in it; on a match or a mismatch *pattern moves past the ']'. */
static enum bracket match_bracket(const char **pattern, unsigned char character, int flags) {
    const char *cursor = *pattern + 1;
    int negated = *cursor == '!' || *cursor == '^';
    if (negated)
        cursor++;
    int folded = fold(character, flags);
    int found = 0;
    int first = 1;
    while (first || *cursor != ']') {
        first = 0;
        if (*cursor == '\0')
            return BRACKET_INVALID;
        if (cursor[0] == '[' && cursor[1] == ':') {
            /* "[:name:]" is a class; a '[' that does not start one is itself. */
            const char *name = cursor + 2, *end = name;
            while (isalpha((unsigned char)*end))
                end++;
            if (end[0] == ':' && end[1] == ']') {
                int member = in_class(name, (size_t)(end - name), character);
                if (member < 0)
                    return BRACKET_ERROR;
                found |= member;
                cursor = end + 2;
                continue;
            }
        }
        int low = bracket_character(&cursor, flags);
        if (low < 0)
            return BRACKET_INVALID;
        int high = low;
        if (cursor[0] == '-' && cursor[1] != ']' && cursor[1] != '\0') {
            cursor++;
            high = bracket_character(&cursor, flags);
            if (high < 0)
                return BRACKET_INVALID;
        }
        /* Under FNM_CASEFOLD the range's ends are folded like the character. */
        if (folded >= fold(low, flags) && folded <= fold(high, flags))
            found = 1;
    }
    *pattern = cursor + 1;
    return found != negated ? BRACKET_MATCH : BRACKET_NO_MATCH;
}

/* Whether a '.' at `string` is a leading period that FNM_PERIOD protects. */
static int leading_period(const char *start, const char *string, int flags) {
    if (!(flags & FNM_PERIOD) || *string != '.')
        return 0;
    return string == start || ((flags & FNM_PATHNAME) && string[-1] == '/');
}

int fnmatch(const char *pattern, const char *string, int flags) {
    const char *start = string;
    const char *star_pattern = NULL; /* just after the latest '*' */
    const char *star_string = NULL;  /* where that star's match ends so far */
    for (;;) {
        if (*pattern == '\0') {
            if (*string == '\0' || ((flags & FNM_LEADING_DIR) && *string == '/'))
                return 0;
        } else if (*pattern == '*') {
            if (leading_period(start, string, flags))
                return FNM_NOMATCH;
            while (*pattern == '*')
                pattern++;
            star_pattern = pattern;
            star_string = string;
            continue;
        } else if (*string != '\0') {
            unsigned char character = (unsigned char)*string;
            int slash_protected = (flags & FNM_PATHNAME) && character == '/';
            const char *next = pattern + 1;
            int matched;
            if (*pattern == '?') {
                matched = !slash_protected && !leading_period(start, string, flags);
            } else if (*pattern == '[') {
                const char *after = pattern;
                enum bracket result = match_bracket(&after, character, flags);
                if (result == BRACKET_ERROR)
                    return FNM_NOMATCH;
                if (result == BRACKET_INVALID) {
                    matched = character == '[';
                } else {
                    matched = result == BRACKET_MATCH && !slash_protected && !leading_period(start, string, flags);
                    next = after;
                }
            } else {
                const char *literal = pattern;
                if (*literal == '\\' && !(flags & FNM_NOESCAPE)) {
                    /* A backslash at the end escapes nothing: the pattern is broken. */
                    if (!literal[1])
                        return FNM_NOMATCH;
                    literal++;
                    next = literal + 1;
                }
                matched = fold((unsigned char)*literal, flags) == fold(character, flags);
            }
            if (matched) {
                pattern = next;
                string++;
                continue;
            }
        }
        /* A mismatch: let the latest star take one more character, if it may. */
        if (!star_pattern || *star_string == '\0')
            return FNM_NOMATCH;
        if ((flags & FNM_PATHNAME) && *star_string == '/')
            return FNM_NOMATCH;
        star_string++;
        pattern = star_pattern;
        string = star_string;
    }
}
