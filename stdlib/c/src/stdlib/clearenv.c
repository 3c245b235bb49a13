/* clearenv.c: empties the environment. The kernel keeps it and offers no
 * call that lists it, so the names come from /proc/<pid>/environ
 * (NUL-terminated NAME=value entries) and are unset one by one. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

/* Reads all of `fd` into a NUL-terminated buffer; NULL if memory runs out. */
static char *read_everything(int fd, size_t *length) {
    size_t capacity = 1024, used = 0;
    char *text = malloc(capacity);
    while (text) {
        if (capacity - used < 512) {
            char *bigger = realloc(text, capacity * 2);
            if (!bigger)
                break;
            text = bigger;
            capacity *= 2;
        }
        ssize_t got = read(fd, text + used, capacity - used - 1);
        if (got <= 0) {
            text[used] = '\0';
            *length = used;
            return text;
        }
        used += (size_t)got;
    }
    free(text);
    return NULL;
}

int clearenv(void) {
    char path[40];
    snprintf(path, sizeof path, "/proc/%d/environ", (int)getpid());
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    size_t length = 0;
    char *entries = read_everything(fd, &length);
    close(fd);
    if (!entries)
        return -1;
    for (size_t start = 0; start < length; start += strlen(entries + start) + 1) {
        char *entry = entries + start;
        char *equals = strchr(entry, '=');
        if (equals && equals != entry)
            wasmos_env_set(entry, (unsigned)(equals - entry), "", -1);
    }
    free(entries);
    return 0;
}
