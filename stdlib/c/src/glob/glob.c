/* glob.c: path name expansion. The pattern is taken one '/'-separated
 * component at a time: a component without wildcards (* ? or a closed
 * bracket expression, backslash escapes removed) is appended as it is;
 * one with wildcards is matched with fnmatch (FNM_PERIOD unless
 * GLOB_PERIOD) against every name in the directory built so far, "." and
 * ".." included as glibc includes them. Slashes are kept as written. A
 * complete candidate is kept if it exists (and is a directory when it ends
 * in '/'). A directory that cannot be opened is skipped, unless
 * `error_function` returns nonzero for it or GLOB_ERR is set (then glob
 * returns GLOB_ABORTED); "not a directory" is never an error. The names
 * are sorted with strcmp (each brace alternative's on their own) unless
 * GLOB_NOSORT. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define KNOWN_FLAGS                                                                                                  \
    (GLOB_ERR | GLOB_MARK | GLOB_NOSORT | GLOB_DOOFFS | GLOB_NOCHECK | GLOB_APPEND | GLOB_NOESCAPE | GLOB_PERIOD |  \
     GLOB_BRACE | GLOB_NOMAGIC | GLOB_TILDE | GLOB_ONLYDIR | GLOB_TILDE_CHECK)

/* One call's state: the names found so far. */
struct search {
    int flags;
    int (*error_function)(const char *, int);
    char **found;
    size_t count;
    size_t capacity;
    int status; /* 0, GLOB_ABORTED or GLOB_NOSPACE */
};

/* A path being built, NUL-terminated. */
struct path {
    char *text;
    size_t length;
    size_t capacity;
};

static int path_append(struct search *search, struct path *path, const char *text, size_t length) {
    if (path->length + length + 1 > path->capacity) {
        size_t capacity = (path->length + length + 1) * 2;
        char *bigger = realloc(path->text, capacity);
        if (!bigger) {
            search->status = GLOB_NOSPACE;
            return -1;
        }
        path->text = bigger;
        path->capacity = capacity;
    }
    memcpy(path->text + path->length, text, length);
    path->length += length;
    path->text[path->length] = '\0';
    return 0;
}

static void path_truncate(struct path *path, size_t length) {
    path->length = length;
    if (path->text)
        path->text[length] = '\0';
}

/* Keeps a copy of `text` (with `suffix` added). */
static void add_found(struct search *search, const char *text, const char *suffix) {
    if (search->count == search->capacity) {
        size_t capacity = search->capacity ? search->capacity * 2 : 16;
        char **bigger = realloc(search->found, capacity * sizeof *bigger);
        if (!bigger) {
            search->status = GLOB_NOSPACE;
            return;
        }
        search->found = bigger;
        search->capacity = capacity;
    }
    size_t length = strlen(text), extra = strlen(suffix);
    char *copy = malloc(length + extra + 1);
    if (!copy) {
        search->status = GLOB_NOSPACE;
        return;
    }
    memcpy(copy, text, length);
    memcpy(copy + length, suffix, extra + 1);
    search->found[search->count++] = copy;
}

/* Whether the component [start, end) has wildcards: * ?, or a '[' that a
 * ']' closes. */
static int has_wildcards(const char *start, const char *end, int flags) {
    for (const char *at = start; at < end; at++) {
        if (*at == '\\' && !(flags & GLOB_NOESCAPE)) {
            if (at + 1 < end)
                at++;
            continue;
        }
        if (*at == '*' || *at == '?')
            return 1;
        if (*at == '[') {
            const char *close = at + 1;
            if (close < end && (*close == '!' || *close == '^'))
                close++;
            if (close < end && *close == ']')
                close++;
            for (; close < end; close++) {
                if (*close == ']')
                    return 1;
            }
        }
    }
    return 0;
}

static int pattern_has_wildcards(const char *pattern, int flags) {
    while (*pattern) {
        const char *end = strchr(pattern, '/');
        if (!end)
            end = pattern + strlen(pattern);
        if (has_wildcards(pattern, end, flags))
            return 1;
        pattern = *end ? end + 1 : end;
    }
    return 0;
}

/* A complete candidate: kept if it exists (as a directory if it ends in '/'). */
static void consider(struct search *search, const struct path *path) {
    struct stat status;
    if (path->length == 0 || stat(path->text, &status) < 0)
        return;
    int directory = S_ISDIR(status.st_mode);
    int slash = path->text[path->length - 1] == '/';
    if ((slash || (search->flags & GLOB_ONLYDIR)) && !directory)
        return;
    add_found(search, path->text, (search->flags & GLOB_MARK) && directory && !slash ? "/" : "");
}

static void expand(struct search *search, struct path *path, const char *rest);

/* The names of a directory that matched. */
struct name_list {
    char **names;
    size_t count;
    size_t capacity;
};

static void keep_if_matching(struct search *search, struct name_list *list, const char *component, const char *name,
                             int match_flags) {
    if (search->status || fnmatch(component, name, match_flags) != 0)
        return;
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 16;
        char **bigger = realloc(list->names, capacity * sizeof *bigger);
        if (!bigger) {
            search->status = GLOB_NOSPACE;
            return;
        }
        list->names = bigger;
        list->capacity = capacity;
    }
    if (!(list->names[list->count] = strdup(name)))
        search->status = GLOB_NOSPACE;
    else
        list->count++;
}

/* The names in the directory `path` names that match the component [start, end). */
static void match_directory(struct search *search, struct path *path, const char *start, const char *end) {
    /* The directory's name: the path without its trailing slashes ("." if empty). */
    size_t length = path->length;
    while (length > 1 && path->text[length - 1] == '/')
        length--;
    char *directory_name = length ? strndup(path->text, length) : strdup(".");
    char *component = strndup(start, (size_t)(end - start));
    if (!directory_name || !component) {
        free(directory_name);
        free(component);
        search->status = GLOB_NOSPACE;
        return;
    }
    DIR *directory = opendir(directory_name);
    if (!directory) {
        int error = errno;
        if (error != ENOTDIR && ((search->error_function && search->error_function(directory_name, error)) ||
                                 (search->flags & GLOB_ERR)))
            search->status = GLOB_ABORTED;
        free(directory_name);
        free(component);
        return;
    }
    int match_flags = (search->flags & GLOB_PERIOD ? 0 : FNM_PERIOD) | (search->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0);
    /* Read the whole directory first, so that deep patterns do not hold many open. */
    struct name_list names = {NULL, 0, 0};
    int dot_seen = 0, dot_dot_seen = 0;
    struct dirent *entry;
    while (!search->status && (entry = readdir(directory))) {
        dot_seen |= strcmp(entry->d_name, ".") == 0;
        dot_dot_seen |= strcmp(entry->d_name, "..") == 0;
        keep_if_matching(search, &names, component, entry->d_name, match_flags);
    }
    /* WasmOS directories do not list "." and "..": they match as on Linux. */
    if (!dot_seen)
        keep_if_matching(search, &names, component, ".", match_flags);
    if (!dot_dot_seen)
        keep_if_matching(search, &names, component, "..", match_flags);
    closedir(directory);
    free(directory_name);
    free(component);
    size_t mark = path->length;
    for (size_t index = 0; index < names.count; index++) {
        if (!search->status && path_append(search, path, names.names[index], strlen(names.names[index])) == 0) {
            expand(search, path, end);
            path_truncate(path, mark);
        }
        free(names.names[index]);
    }
    free(names.names);
}

/* Expands `rest` (what is left of the pattern) after `path`. */
static void expand(struct search *search, struct path *path, const char *rest) {
    if (search->status)
        return;
    size_t mark = path->length;
    const char *slashes = rest;
    while (*rest == '/')
        rest++;
    if (rest > slashes && path_append(search, path, slashes, (size_t)(rest - slashes)) < 0)
        return;
    if (!*rest) {
        consider(search, path);
    } else {
        const char *end = strchr(rest, '/');
        if (!end)
            end = rest + strlen(rest);
        if (has_wildcards(rest, end, search->flags)) {
            match_directory(search, path, rest, end);
        } else {
            /* A literal component: its escapes removed. */
            for (const char *at = rest; at < end && !search->status; at++) {
                if (*at == '\\' && !(search->flags & GLOB_NOESCAPE) && at + 1 < end)
                    at++;
                path_append(search, path, at, 1);
            }
            expand(search, path, end);
        }
    }
    path_truncate(path, mark);
}

static int compare_names(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* Expands one pattern (braces already done) and sorts what it found. */
static void expand_pattern(struct search *search, const char *pattern) {
    size_t first = search->count;
    struct path path = {NULL, 0, 0};
    if (path_append(search, &path, "", 0) == 0)
        expand(search, &path, pattern);
    free(path.text);
    if (!(search->flags & GLOB_NOSORT) && search->count > first)
        qsort(search->found + first, search->count - first, sizeof *search->found, compare_names);
}

/* Where the brace expression opening at `open` closes (NULL if it does
 * not); its top-level commas go to `commas` (at most `room`), their count to *comma_count. */
static const char *brace_end(const char *open, int flags, const char **commas, size_t room, size_t *comma_count) {
    int depth = 0;
    *comma_count = 0;
    for (const char *at = open; *at; at++) {
        if (*at == '\\' && !(flags & GLOB_NOESCAPE) && at[1]) {
            at++;
        } else if (*at == '{') {
            depth++;
        } else if (*at == '}') {
            if (--depth == 0)
                return at;
        } else if (*at == ',' && depth == 1) {
            if (*comma_count < room)
                commas[*comma_count] = at;
            ++*comma_count;
        }
    }
    return NULL;
}

/* GLOB_BRACE: expands the first {a,b,...} and goes on with each alternative. */
static void expand_braces(struct search *search, const char *pattern) {
    const char *open = NULL;
    for (const char *at = pattern; *at; at++) {
        if (*at == '\\' && !(search->flags & GLOB_NOESCAPE) && at[1]) {
            at++;
        } else if (*at == '{') {
            open = at;
            break;
        }
    }
    size_t comma_count;
    const char *close = open ? brace_end(open, search->flags, NULL, 0, &comma_count) : NULL;
    if (!close) {
        expand_pattern(search, pattern);
        return;
    }
    const char **commas = malloc((comma_count + 1) * sizeof *commas);
    size_t length = strlen(pattern);
    char *alternative = malloc(length + 1);
    if (!commas || !alternative) {
        free(commas);
        free(alternative);
        search->status = GLOB_NOSPACE;
        return;
    }
    brace_end(open, search->flags, commas, comma_count, &comma_count);
    commas[comma_count] = close;
    const char *start = open + 1;
    size_t prefix = (size_t)(open - pattern);
    for (size_t index = 0; index <= comma_count && !search->status; index++) {
        size_t piece = (size_t)(commas[index] - start);
        memcpy(alternative, pattern, prefix);
        memcpy(alternative + prefix, start, piece);
        strcpy(alternative + prefix + piece, close + 1);
        expand_braces(search, alternative);
        start = commas[index] + 1;
    }
    free(commas);
    free(alternative);
}

/* GLOB_TILDE: the pattern with a leading ~ or ~user replaced by the home
 * directory; NULL with *unknown set for an unknown user, NULL alone if
 * memory ran out. */
static char *expand_tilde(const char *pattern, int *unknown) {
    const char *end = strchr(pattern, '/');
    if (!end)
        end = pattern + strlen(pattern);
    const char *home = NULL;
    if (end == pattern + 1) {
        home = getenv("HOME");
        if (!home || !*home) {
            struct passwd *entry = getpwuid(0);
            home = entry ? entry->pw_dir : "/";
        }
    } else {
        char *user = strndup(pattern + 1, (size_t)(end - pattern - 1));
        if (!user)
            return NULL;
        struct passwd *entry = getpwnam(user);
        free(user);
        if (!entry) {
            *unknown = 1;
            return NULL;
        }
        home = entry->pw_dir;
    }
    /* The home directory is text, not a pattern: its wildcards are escaped. */
    size_t home_length = strlen(home);
    char *result = malloc(2 * home_length + strlen(end) + 1);
    if (!result)
        return NULL;
    size_t used = 0;
    for (size_t index = 0; index < home_length; index++) {
        if (strchr("*?[\\{", home[index]))
            result[used++] = '\\';
        result[used++] = home[index];
    }
    strcpy(result + used, end);
    return result;
}

int glob(const char *restrict pattern, int flags, int (*error_function)(const char *path, int error),
         glob_t *restrict found) {
    if (flags & GLOB_ALTDIRFUNC)
        return GLOB_NOSYS;
    if (!pattern || !found || (flags & ~KNOWN_FLAGS)) {
        errno = EINVAL;
        return -1; /* as glibc does */
    }
    if (!(flags & GLOB_APPEND)) {
        found->gl_pathc = 0;
        found->gl_pathv = NULL;
        if (!(flags & GLOB_DOOFFS))
            found->gl_offs = 0;
    }
    /* The NULL slots before the names (0 unless GLOB_DOOFFS came with the first call). */
    size_t offsets = found->gl_offs;
    int magic = pattern_has_wildcards(pattern, flags);
    found->gl_flags = flags | (magic ? GLOB_MAGCHAR : 0);
    struct search search = {flags, error_function, NULL, 0, 0, 0};
    char *tilde_free = NULL;
    const char *work = pattern;
    if ((flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && pattern[0] == '~') {
        int unknown = 0;
        tilde_free = expand_tilde(pattern, &unknown);
        if (tilde_free)
            work = tilde_free;
        else if (!unknown)
            return GLOB_NOSPACE;
        else if (flags & GLOB_TILDE_CHECK)
            return GLOB_NOMATCH;
    }
    if (flags & GLOB_BRACE)
        expand_braces(&search, work);
    else
        expand_pattern(&search, work);
    free(tilde_free);
    if (!search.status && search.count == 0) {
        if ((flags & GLOB_NOCHECK) || ((flags & GLOB_NOMAGIC) && !magic))
            add_found(&search, pattern, "");
        else
            search.status = GLOB_NOMATCH;
    }
    if (!search.status) {
        size_t total = offsets + found->gl_pathc + search.count + 1;
        char **vector = realloc(found->gl_pathv, total * sizeof *vector);
        if (!vector) {
            search.status = GLOB_NOSPACE;
        } else {
            if (!found->gl_pathv) {
                for (size_t index = 0; index < offsets; index++)
                    vector[index] = NULL;
            }
            memcpy(vector + offsets + found->gl_pathc, search.found, search.count * sizeof *vector);
            found->gl_pathv = vector;
            found->gl_pathc += search.count;
            vector[offsets + found->gl_pathc] = NULL;
            free(search.found);
            return 0;
        }
    }
    for (size_t index = 0; index < search.count; index++)
        free(search.found[index]);
    free(search.found);
    return search.status;
}

void globfree(glob_t *found) {
    if (!found->gl_pathv)
        return;
    for (size_t index = 0; index < found->gl_pathc; index++)
        free(found->gl_pathv[found->gl_offs + index]);
    free(found->gl_pathv);
    found->gl_pathv = NULL;
    found->gl_pathc = 0;
}
