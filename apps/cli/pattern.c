/* Patterns: glob matching (* ? [...] [!...] with ranges and [:classes:],
 * backslash quoting) for case and ${x%pattern}, and pathname expansion,
 * which matches a pattern against the file names of each directory on its
 * way and returns the paths sorted. Names starting with a dot match only a
 * pattern that starts with a dot. */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "shell.h"

/* Whether `c` belongs to the class named by [:name:]. */
static int in_class(const char *name, size_t length, unsigned char c) {
    static const struct {
        const char *name;
        int (*test)(int);
    } classes[] = {
        {"alpha", isalpha}, {"digit", isdigit}, {"alnum", isalnum}, {"upper", isupper},
        {"lower", islower}, {"space", isspace}, {"punct", ispunct}, {"xdigit", isxdigit},
        {"print", isprint}, {"graph", isgraph}, {"cntrl", iscntrl}, {"blank", isblank},
    };
    for (size_t index = 0; index < sizeof classes / sizeof *classes; index++) {
        if (strlen(classes[index].name) == length && memcmp(classes[index].name, name, length) == 0)
            return classes[index].test(c) != 0;
    }
    return 0;
}

/* Matches `c` against the bracket expression at `open` ('['). Returns
 * where the pattern goes on after it, or NULL when the bracket is not
 * closed (then '[' is an ordinary character). */
static const char *match_bracket(const char *open, unsigned char c, int *matched) {
    const char *cursor = open + 1;
    int negated = *cursor == '!' || *cursor == '^';
    if (negated)
        cursor++;
    int found = 0;
    int first = 1;
    while (*cursor && (*cursor != ']' || first)) {
        first = 0;
        if (cursor[0] == '[' && cursor[1] == ':') {
            const char *end = strstr(cursor + 2, ":]");
            if (end) {
                found = found || in_class(cursor + 2, (size_t)(end - cursor - 2), c);
                cursor = end + 2;
                continue;
            }
        }
        unsigned char low = (unsigned char)*cursor;
        if (low == '\\' && cursor[1])
            low = (unsigned char)*++cursor;
        cursor++;
        unsigned char high = low;
        if (cursor[0] == '-' && cursor[1] && cursor[1] != ']') {
            cursor++;
            high = (unsigned char)*cursor;
            if (high == '\\' && cursor[1])
                high = (unsigned char)*++cursor;
            cursor++;
        }
        if (c >= low && c <= high)
            found = 1;
    }
    if (*cursor != ']')
        return NULL;
    *matched = found != negated;
    return cursor + 1;
}

int pattern_match(const char *pattern, const char *string) {
    const char *star_pattern = NULL;
    const char *star_string = NULL;
    while (*string) {
        if (*pattern == '*') {
            while (*pattern == '*')
                pattern++;
            star_pattern = pattern;
            star_string = string;
            continue;
        }
        int advance = 0;
        if (*pattern == '?') {
            advance = 1;
            pattern++;
        } else if (*pattern == '[') {
            int matched = 0;
            const char *after = match_bracket(pattern, (unsigned char)*string, &matched);
            if (!after) {
                advance = *string == '[';
                pattern += advance;
            } else if (matched) {
                advance = 1;
                pattern = after;
            }
        } else if (*pattern == '\\' && pattern[1]) {
            if (pattern[1] == *string) {
                advance = 1;
                pattern += 2;
            }
        } else if (*pattern && *pattern == *string) {
            advance = 1;
            pattern++;
        }
        if (advance) {
            string++;
            continue;
        }
        if (!star_pattern)
            return 0;
        pattern = star_pattern;
        string = ++star_string;
    }
    while (*pattern == '*')
        pattern++;
    return *pattern == '\0';
}

int pattern_has_magic(const char *pattern) {
    for (const char *cursor = pattern; *cursor; cursor++) {
        if (*cursor == '\\' && cursor[1])
            cursor++;
        else if (*cursor == '*' || *cursor == '?' || *cursor == '[')
            return 1;
    }
    return 0;
}

char *pattern_unescape(const char *pattern) {
    struct text result = {0};
    for (const char *cursor = pattern; *cursor; cursor++) {
        if (*cursor == '\\' && cursor[1])
            cursor++;
        text_append_char(&result, *cursor);
    }
    return text_take(&result);
}

static int path_exists(const char *path) {
    struct stat status;
    return stat(path, &status) == 0;
}

static int is_directory(const char *path) {
    struct stat status;
    return stat(path, &status) == 0 && S_ISDIR(status.st_mode);
}

/* Matches the components in `rest` below `prefix` (empty, or ending in /). */
static void expand_components(const char *prefix, const char *rest, struct string_list *matches) {
    const char *slash = rest;
    while (*slash && *slash != '/') {
        if (*slash == '\\' && slash[1])
            slash++;
        slash++;
    }
    char *component = shell_copy_length(rest, (size_t)(slash - rest));
    const char *next = slash;
    while (*next == '/')
        next++;
    int last = *slash == '\0';
    if (!pattern_has_magic(component)) {
        char *literal = pattern_unescape(component);
        struct text path = {0};
        text_append_string(&path, prefix);
        text_append_string(&path, literal);
        if (last) {
            if (path_exists(path.data))
                string_list_add(matches, text_take(&path));
        } else {
            text_append_char(&path, '/');
            expand_components(path.data, next, matches);
        }
        text_free(&path);
        free(literal);
        free(component);
        return;
    }
    DIR *directory = opendir(*prefix ? prefix : ".");
    struct dirent *entry;
    int dot_allowed = component[0] == '.' || (component[0] == '\\' && component[1] == '.');
    while (directory && (entry = readdir(directory))) {
        if ((entry->d_name[0] == '.' && !dot_allowed) || !pattern_match(component, entry->d_name))
            continue;
        struct text path = {0};
        text_append_string(&path, prefix);
        text_append_string(&path, entry->d_name);
        if (last) {
            string_list_add(matches, text_take(&path));
        } else if (is_directory(path.data)) {
            text_append_char(&path, '/');
            expand_components(path.data, next, matches);
        }
        text_free(&path);
    }
    if (directory)
        closedir(directory);
    free(component);
}

static int compare_strings(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

int pathname_expand(const char *pattern, struct string_list *out) {
    struct string_list matches = {0};
    if (pattern[0] == '/') {
        const char *rest = pattern;
        while (*rest == '/')
            rest++;
        expand_components("/", rest, &matches);
    } else {
        expand_components("", pattern, &matches);
    }
    if (matches.count > 1)
        qsort(matches.items, (size_t)matches.count, sizeof *matches.items, compare_strings);
    for (int index = 0; index < matches.count; index++)
        string_list_add(out, matches.items[index]);
    int count = matches.count;
    free(matches.items);
    return count;
}
