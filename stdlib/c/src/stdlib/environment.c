/* environment.c: getenv/setenv/unsetenv/putenv over the process environment
 * kept by the kernel (env_get/env_set). getenv keeps each value it returns in
 * a small cache so the pointer stays valid until that variable changes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

struct cached_variable {
    struct cached_variable *next;
    char *name;
    char *value;
};

static struct cached_variable *cache;

static struct cached_variable *cache_entry(const char *name) {
    for (struct cached_variable *entry = cache; entry; entry = entry->next) {
        if (strcmp(entry->name, name) == 0)
            return entry;
    }
    struct cached_variable *entry = calloc(1, sizeof *entry);
    if (!entry)
        return NULL;
    entry->name = strdup(name);
    if (!entry->name) {
        free(entry);
        return NULL;
    }
    entry->next = cache;
    cache = entry;
    return entry;
}

static int valid_name(const char *name) {
    return name && *name && !strchr(name, '=');
}

char *getenv(const char *name) {
    if (!valid_name(name))
        return NULL;
    unsigned name_length = (unsigned)strlen(name);
    int length = wasmos_env_get(name, name_length, NULL, 0);
    if (length < 0)
        return NULL;
    struct cached_variable *entry = cache_entry(name);
    if (!entry)
        return NULL;
    char *value = malloc((size_t)length + 1);
    if (!value)
        return NULL;
    int copied = wasmos_env_get(name, name_length, value, (unsigned)length);
    if (copied < 0 || copied > length) {
        free(value);
        return NULL;
    }
    value[copied] = '\0';
    if (entry->value && strcmp(entry->value, value) == 0) {
        free(value);
        return entry->value;
    }
    free(entry->value);
    entry->value = value;
    return value;
}

int setenv(const char *name, const char *value, int overwrite) {
    if (!valid_name(name)) {
        errno = EINVAL;
        return -1;
    }
    unsigned name_length = (unsigned)strlen(name);
    if (!overwrite && wasmos_env_get(name, name_length, NULL, 0) >= 0)
        return 0;
    int result = wasmos_env_set(name, name_length, value, (int)strlen(value));
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}

int unsetenv(const char *name) {
    if (!valid_name(name)) {
        errno = EINVAL;
        return -1;
    }
    int result = wasmos_env_set(name, (unsigned)strlen(name), "", -1);
    if (result < 0 && result != -ENOENT) {
        errno = -result;
        return -1;
    }
    return 0;
}

/* The kernel keeps its own copy, so the string is not retained as POSIX says. */
int putenv(char *assignment) {
    char *equals = strchr(assignment, '=');
    if (!equals || equals == assignment) {
        errno = EINVAL;
        return -1;
    }
    int result = wasmos_env_set(assignment, (unsigned)(equals - assignment), equals + 1, (int)strlen(equals + 1));
    if (result < 0) {
        errno = -result;
        return -1;
    }
    return 0;
}
