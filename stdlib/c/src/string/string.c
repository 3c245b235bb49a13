/* string.c: the memory and byte-string functions of string.h and strings.h.
 * memcpy, memmove and memset compile to the bulk-memory instructions
 * memory.copy and memory.fill (built with -mbulk-memory). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void *memcpy(void *restrict destination, const void *restrict source, size_t count) {
    return __builtin_memcpy(destination, source, count);
}

void *memmove(void *destination, const void *source, size_t count) {
    /* memory.copy is defined for overlapping ranges. */
    return __builtin_memmove(destination, source, count);
}

void *mempcpy(void *restrict destination, const void *restrict source, size_t count) {
    return (unsigned char *)__builtin_memcpy(destination, source, count) + count;
}

void *memset(void *destination, int value, size_t count) {
    return __builtin_memset(destination, value, count);
}

int memcmp(const void *left, const void *right, size_t count) {
    const unsigned char *a = left, *b = right;
    for (size_t index = 0; index < count; index++) {
        if (a[index] != b[index])
            return a[index] - b[index];
    }
    return 0;
}

void *memchr(const void *memory, int value, size_t count) {
    const unsigned char *bytes = memory;
    unsigned char wanted = (unsigned char)value;
    for (size_t index = 0; index < count; index++) {
        if (bytes[index] == wanted)
            return (void *)(bytes + index);
    }
    return NULL;
}

void *memrchr(const void *memory, int value, size_t count) {
    const unsigned char *bytes = memory;
    unsigned char wanted = (unsigned char)value;
    while (count--) {
        if (bytes[count] == wanted)
            return (void *)(bytes + count);
    }
    return NULL;
}

void *memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length) {
    const unsigned char *hay = haystack, *pattern = needle;
    if (needle_length == 0)
        return (void *)hay;
    if (haystack_length < needle_length)
        return NULL;
    size_t last = haystack_length - needle_length;
    for (size_t index = 0; index <= last; index++) {
        if (hay[index] == pattern[0] && memcmp(hay + index, pattern, needle_length) == 0)
            return (void *)(hay + index);
    }
    return NULL;
}

size_t strlen(const char *s) {
    const char *end = s;
    while (*end)
        end++;
    return (size_t)(end - s);
}

size_t strnlen(const char *s, size_t limit) {
    size_t length = 0;
    while (length < limit && s[length])
        length++;
    return length;
}

int strcmp(const char *left, const char *right) {
    const unsigned char *a = (const unsigned char *)left, *b = (const unsigned char *)right;
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a - *b;
}

int strncmp(const char *left, const char *right, size_t count) {
    const unsigned char *a = (const unsigned char *)left, *b = (const unsigned char *)right;
    for (; count; count--, a++, b++) {
        if (*a != *b)
            return *a - *b;
        if (!*a)
            return 0;
    }
    return 0;
}

int strcasecmp(const char *left, const char *right) {
    const unsigned char *a = (const unsigned char *)left, *b = (const unsigned char *)right;
    for (;; a++, b++) {
        int difference = tolower(*a) - tolower(*b);
        if (difference || !*a)
            return difference;
    }
}

int strncasecmp(const char *left, const char *right, size_t count) {
    const unsigned char *a = (const unsigned char *)left, *b = (const unsigned char *)right;
    for (; count; count--, a++, b++) {
        int difference = tolower(*a) - tolower(*b);
        if (difference || !*a)
            return difference;
    }
    return 0;
}

int ffs(int value) {
    return value ? __builtin_ctz((unsigned)value) + 1 : 0;
}

/* Only the C locale exists, so collation is byte order. */
int strcoll(const char *left, const char *right) {
    return strcmp(left, right);
}

size_t strxfrm(char *restrict destination, const char *restrict source, size_t count) {
    size_t length = strlen(source);
    if (length < count)
        memcpy(destination, source, length + 1);
    return length;
}

char *strcpy(char *restrict destination, const char *restrict source) {
    char *cursor = destination;
    while ((*cursor = *source) != '\0') {
        cursor++;
        source++;
    }
    return destination;
}

char *stpcpy(char *restrict destination, const char *restrict source) {
    while ((*destination = *source) != '\0') {
        destination++;
        source++;
    }
    return destination;
}

char *strncpy(char *restrict destination, const char *restrict source, size_t count) {
    size_t index = 0;
    for (; index < count && source[index]; index++)
        destination[index] = source[index];
    for (; index < count; index++)
        destination[index] = '\0';
    return destination;
}

char *stpncpy(char *restrict destination, const char *restrict source, size_t count) {
    size_t length = strnlen(source, count);
    memcpy(destination, source, length);
    memset(destination + length, 0, count - length);
    return destination + length;
}

size_t strlcpy(char *restrict destination, const char *restrict source, size_t size) {
    size_t length = strlen(source);
    if (size) {
        size_t copied = length < size - 1 ? length : size - 1;
        memcpy(destination, source, copied);
        destination[copied] = '\0';
    }
    return length;
}

size_t strlcat(char *restrict destination, const char *restrict source, size_t size) {
    size_t used = strnlen(destination, size);
    if (used == size)
        return size + strlen(source);
    return used + strlcpy(destination + used, source, size - used);
}

char *strcat(char *restrict destination, const char *restrict source) {
    strcpy(destination + strlen(destination), source);
    return destination;
}

char *strncat(char *restrict destination, const char *restrict source, size_t count) {
    char *end = destination + strlen(destination);
    size_t length = strnlen(source, count);
    memcpy(end, source, length);
    end[length] = '\0';
    return destination;
}

char *strchr(const char *s, int c) {
    char wanted = (char)c;
    for (;; s++) {
        if (*s == wanted)
            return (char *)s;
        if (!*s)
            return NULL;
    }
}

char *strchrnul(const char *s, int c) {
    char wanted = (char)c;
    while (*s && *s != wanted)
        s++;
    return (char *)s;
}

char *strrchr(const char *s, int c) {
    char wanted = (char)c;
    const char *found = NULL;
    for (;; s++) {
        if (*s == wanted)
            found = s;
        if (!*s)
            return (char *)found;
    }
}

char *strstr(const char *haystack, const char *needle) {
    size_t needle_length = strlen(needle);
    if (needle_length == 0)
        return (char *)haystack;
    for (; *haystack; haystack++) {
        if (*haystack == *needle && strncmp(haystack, needle, needle_length) == 0)
            return (char *)haystack;
    }
    return NULL;
}

/* A 256-bit membership set of the bytes in `characters`. */
struct byte_set {
    uint32_t bits[8];
};

static void byte_set_fill(struct byte_set *set, const char *characters) {
    memset(set, 0, sizeof *set);
    for (const unsigned char *c = (const unsigned char *)characters; *c; c++)
        set->bits[*c / 32] |= 1u << (*c % 32);
}

static int byte_set_has(const struct byte_set *set, unsigned char c) {
    return (set->bits[c / 32] >> (c % 32)) & 1;
}

size_t strspn(const char *s, const char *accept) {
    struct byte_set set;
    byte_set_fill(&set, accept);
    size_t length = 0;
    while (s[length] && byte_set_has(&set, (unsigned char)s[length]))
        length++;
    return length;
}

size_t strcspn(const char *s, const char *reject) {
    struct byte_set set;
    byte_set_fill(&set, reject);
    size_t length = 0;
    while (s[length] && !byte_set_has(&set, (unsigned char)s[length]))
        length++;
    return length;
}

char *strpbrk(const char *s, const char *accept) {
    s += strcspn(s, accept);
    return *s ? (char *)s : NULL;
}

char *strtok_r(char *restrict s, const char *restrict delimiters, char **restrict state) {
    if (!s)
        s = *state;
    if (!s)
        return NULL;
    s += strspn(s, delimiters);
    if (!*s) {
        *state = NULL;
        return NULL;
    }
    char *end = s + strcspn(s, delimiters);
    if (*end) {
        *end = '\0';
        *state = end + 1;
    } else {
        *state = NULL;
    }
    return s;
}

char *strtok(char *restrict s, const char *restrict delimiters) {
    static char *state;
    return strtok_r(s, delimiters, &state);
}

char *strsep(char **s, const char *delimiters) {
    char *token = *s;
    if (!token)
        return NULL;
    char *end = token + strcspn(token, delimiters);
    if (*end) {
        *end = '\0';
        *s = end + 1;
    } else {
        *s = NULL;
    }
    return token;
}

char *strdup(const char *s) {
    size_t size = strlen(s) + 1;
    char *copy = malloc(size);
    if (copy)
        memcpy(copy, s, size);
    return copy;
}

char *strndup(const char *s, size_t limit) {
    size_t length = strnlen(s, limit);
    char *copy = malloc(length + 1);
    if (copy) {
        memcpy(copy, s, length);
        copy[length] = '\0';
    }
    return copy;
}

char *strsignal(int signal_number) {
    switch (signal_number) {
    case 2: return "Interrupt";
    case 4: return "Illegal instruction";
    case 6: return "Aborted";
    case 8: return "Floating point exception";
    case 9: return "Killed";
    case 11: return "Segmentation fault";
    case 15: return "Terminated";
    default: return "Unknown signal";
    }
}
