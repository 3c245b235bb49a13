/* temporary.c: unique files and directories from a template ending in
 * "XXXXXX" (before a suffix of `suffix_length` bytes for the *s versions):
 * the six X become letters and digits drawn from the kernel's random
 * source, and the name is created with O_EXCL (or mkdir), trying new names
 * while it exists. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasmos.h>

#define PLACEHOLDERS 6
#define ATTEMPTS 10000

static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

enum what { MAKE_FILE, MAKE_DIRECTORY, NAME_ONLY };

/* Where the six X begin, or NULL (errno EINVAL) if the template has none there. */
static char *placeholders(char *template, int suffix_length) {
    size_t length = strlen(template);
    if (suffix_length < 0 || length < (size_t)suffix_length + PLACEHOLDERS) {
        errno = EINVAL;
        return NULL;
    }
    char *start = template + length - suffix_length - PLACEHOLDERS;
    if (memcmp(start, "XXXXXX", PLACEHOLDERS) != 0) {
        errno = EINVAL;
        return NULL;
    }
    return start;
}

static void fill_random(char *start) {
    uint8_t bytes[PLACEHOLDERS];
    wasmos_random(bytes, sizeof bytes);
    for (int index = 0; index < PLACEHOLDERS; index++)
        start[index] = alphabet[bytes[index] % (sizeof alphabet - 1)];
}

/* Creates the file or directory; returns its fd (0 for a directory or a
 * bare name), or -1 with errno set. */
static int make_unique(char *template, int suffix_length, int flags, enum what what) {
    char *start = placeholders(template, suffix_length);
    if (!start)
        return -1;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        fill_random(start);
        int result;
        switch (what) {
        case MAKE_FILE: result = open(template, O_RDWR | O_CREAT | O_EXCL | flags, 0600); break;
        case MAKE_DIRECTORY: result = mkdir(template, 0700); break;
        default: {
            struct stat status;
            if (stat(template, &status) < 0)
                return errno == ENOENT ? 0 : -1;
            errno = EEXIST;
            result = -1;
            break;
        }
        }
        if (result >= 0 || errno != EEXIST)
            return result;
    }
    errno = EEXIST;
    return -1;
}

/* The flags mkostemp lets through (glibc's set, less what WasmOS lacks). */
#define ALLOWED_FLAGS (O_APPEND | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)

int mkstemp(char *template) {
    return make_unique(template, 0, 0, MAKE_FILE);
}

int mkostemp(char *template, int flags) {
    return make_unique(template, 0, flags & ALLOWED_FLAGS, MAKE_FILE);
}

int mkstemps(char *template, int suffix_length) {
    return make_unique(template, suffix_length, 0, MAKE_FILE);
}

int mkostemps(char *template, int suffix_length, int flags) {
    return make_unique(template, suffix_length, flags & ALLOWED_FLAGS, MAKE_FILE);
}

char *mkdtemp(char *template) {
    return make_unique(template, 0, 0, MAKE_DIRECTORY) < 0 ? NULL : template;
}

/* Only picks a name that does not exist yet: someone may create it before
 * the caller does (use mkstemp). On failure the template becomes "". */
char *mktemp(char *template) {
    if (make_unique(template, 0, 0, NAME_ONLY) < 0)
        template[0] = '\0';
    return template;
}
