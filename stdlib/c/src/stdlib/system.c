/* system.c: realpath(). (system() is in process/popen.c.) */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

/* Makes `path` absolute and removes ".", ".." and repeated slashes. There are
 * no symbolic links. The result must exist, as POSIX requires. */
char *realpath(const char *path, char *resolved) {
    char combined[PATH_MAX * 2];
    if (!path || !*path) {
        errno = path ? ENOENT : EINVAL;
        return NULL;
    }
    size_t length = 0;
    if (path[0] != '/') {
        if (!getcwd(combined, PATH_MAX))
            return NULL;
        length = strlen(combined);
        combined[length++] = '/';
    }
    size_t path_length = strlen(path);
    if (length + path_length >= sizeof combined) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    memcpy(combined + length, path, path_length + 1);

    char normal[PATH_MAX];
    size_t used = 0;
    for (char *cursor = combined; *cursor;) {
        while (*cursor == '/')
            cursor++;
        char *end = cursor;
        while (*end && *end != '/')
            end++;
        size_t component = (size_t)(end - cursor);
        if (component == 0 || (component == 1 && cursor[0] == '.')) {
            /* nothing */
        } else if (component == 2 && cursor[0] == '.' && cursor[1] == '.') {
            while (used > 0 && normal[used - 1] != '/')
                used--;
            if (used > 0)
                used--;
        } else {
            if (used + 1 + component >= sizeof normal) {
                errno = ENAMETOOLONG;
                return NULL;
            }
            normal[used++] = '/';
            memcpy(normal + used, cursor, component);
            used += component;
        }
        cursor = end;
    }
    if (used == 0)
        normal[used++] = '/';
    normal[used] = '\0';
    struct stat status;
    if (stat(normal, &status) < 0)
        return NULL;
    if (!resolved) {
        resolved = strdup(normal);
        if (!resolved)
            errno = ENOMEM;
        return resolved;
    }
    memcpy(resolved, normal, used + 1);
    return resolved;
}
