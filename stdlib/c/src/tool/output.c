/* output.c: GNU-style quoting of names and -h sizes for the file tools
 * (see <wasmos/tool_output.h>). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos/tool_output.h>

#define QUOTE_SLOTS 8

/* Whether `byte` can stand inside single quotes as it is. */
static int is_plain(unsigned char byte) {
    return byte >= 0x20 && byte < 0x7f;
}

/* Whether `name` reads the same inside double quotes: printable, and none
 * of the characters a shell expands or escapes there. */
static int fits_double_quotes(const char *name) {
    for (const unsigned char *byte = (const unsigned char *)name; *byte; byte++) {
        if (!is_plain(*byte) || strchr("$`\\\"!", *byte))
            return 0;
    }
    return 1;
}

/* The $'..' escape of a control or non-ASCII byte, without the quotes. */
static int escape_byte(unsigned char byte, char *out) {
    static const char letters[] = "\aa\bb\ff\nn\rr\tt\vv";
    for (const char *pair = letters; *pair; pair += 2) {
        if ((unsigned char)pair[0] == byte)
            return sprintf(out, "\\%c", pair[1]);
    }
    return sprintf(out, "\\%03o", byte);
}

const char *wasmos_quote(const char *name) {
    static char *slots[QUOTE_SLOTS];
    static int next;
    size_t length = strlen(name);
    /* Worst case: each byte becomes '$'\ooo'' (11 bytes). */
    char *quoted = malloc(length * 11 + 3);
    if (!quoted)
        return "?";
    free(slots[next]);
    slots[next] = quoted;
    next = (next + 1) % QUOTE_SLOTS;

    char *out = quoted;
    if (strchr(name, '\'') && fits_double_quotes(name)) {
        out += sprintf(out, "\"%s\"", name);
        return quoted;
    }
    int open = 1; /* inside a '...' run */
    *out++ = '\'';
    for (const unsigned char *byte = (const unsigned char *)name; *byte; byte++) {
        if (*byte == '\'') {
            out += sprintf(out, "%s\\'", open ? "'" : "");
            open = 0;
        } else if (!is_plain(*byte)) {
            out += sprintf(out, "%s$'", open ? "'" : "");
            out += escape_byte(*byte, out);
            *out++ = '\'';
            open = 0;
        } else {
            if (!open)
                *out++ = '\'';
            open = 1;
            *out++ = (char)*byte;
        }
    }
    if (open)
        *out++ = '\'';
    *out = '\0';
    return quoted;
}

char *wasmos_human_size(unsigned long long bytes, char *buffer, size_t size) {
    static const char suffixes[] = "KMGTPE";
    if (bytes < 1024) {
        snprintf(buffer, size, "%llu", bytes);
        return buffer;
    }
    /* The smallest unit in which the rounded-up value stays below 1024. */
    int power = 0;
    unsigned long long unit = 1024;
    while (power < 5 && (bytes / unit + (bytes % unit != 0)) >= 1024) {
        unit *= 1024;
        power++;
    }
    unsigned long long whole = bytes / unit, remainder = bytes % unit;
    unsigned long long rounded = whole + (remainder != 0);
    if (whole < 10) {
        /* One decimal, rounded up; 9.95 rounds to 10 and loses it. */
        unsigned long long tenths = whole * 10 + (remainder * 10 + unit - 1) / unit;
        if (tenths < 100) {
            snprintf(buffer, size, "%llu.%llu%c", tenths / 10, tenths % 10, suffixes[power]);
            return buffer;
        }
        rounded = tenths / 10;
    }
    snprintf(buffer, size, "%llu%c", rounded, suffixes[power]);
    return buffer;
}
