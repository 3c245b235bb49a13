/* lines.c: reads a file into memory and splits it into lines. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"

/* How far into a file a NUL byte makes it binary (GNU looks at its first buffer). */
enum { BINARY_SNIFF_BYTES = 32768 };

/* Reads all of `fd` into `file`; returns 0 or an errno value. */
int read_file(int fd, struct file_text *file) {
    size_t capacity = 65536;
    memset(file, 0, sizeof *file);
    file->bytes = malloc(capacity);
    if (!file->bytes)
        return ENOMEM;
    for (;;) {
        if (file->size == capacity) {
            char *larger = realloc(file->bytes, capacity * 2);
            if (!larger)
                return ENOMEM;
            file->bytes = larger;
            capacity *= 2;
        }
        ssize_t got = read(fd, file->bytes + file->size, capacity - file->size);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (got == 0)
            break;
        file->size += (size_t)got;
    }
    size_t sniffed = file->size < BINARY_SNIFF_BYTES ? file->size : BINARY_SNIFF_BYTES;
    file->binary = !options.text && memchr(file->bytes, '\0', sniffed) != NULL;
    return 0;
}

/* Splits the bytes of `file` into its lines. */
void split_lines(struct file_text *file) {
    long count = 0;
    for (size_t index = 0; index < file->size; index++)
        count += file->bytes[index] == '\n';
    if (file->size > 0 && file->bytes[file->size - 1] != '\n')
        count++;
    file->lines = allocate((size_t)(count > 0 ? count : 1) * sizeof *file->lines);
    file->line_count = 0;
    const char *start = file->bytes;
    const char *end = file->bytes + file->size;
    while (start < end) {
        const char *newline = memchr(start, '\n', (size_t)(end - start));
        struct line *line = &file->lines[file->line_count++];
        line->text = start;
        line->length = (size_t)((newline ? newline : end) - start);
        line->has_newline = newline != NULL;
        start = newline ? newline + 1 : end;
    }
}

void free_file(struct file_text *file) {
    free(file->bytes);
    free(file->lines);
    memset(file, 0, sizeof *file);
}
