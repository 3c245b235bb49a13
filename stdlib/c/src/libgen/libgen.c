/* libgen.c: basename and dirname, POSIX style (trailing slashes are removed in place). */
#include <libgen.h>
#include <string.h>

char *basename(char *path) {
    if (!path || !*path)
        return ".";
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        path[--length] = '\0';
    char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

char *dirname(char *path) {
    if (!path || !*path)
        return ".";
    size_t length = strlen(path);
    while (length > 1 && path[length - 1] == '/')
        length--;
    while (length > 0 && path[length - 1] != '/')
        length--;
    if (length == 0)
        return ".";
    while (length > 1 && path[length - 1] == '/')
        length--;
    /* A leading "//" (exactly two) is kept, as POSIX allows and glibc does. */
    if (length == 1 && path[1] == '/' && path[2] != '/')
        length = 2;
    path[length] = '\0';
    return path;
}
