/* The lines of the file being edited, each in a buffer of its own, and
 * loading and saving them. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "edit.h"

/* Makes room for `needed` bytes in `line`; returns 0 or -1. */
static int line_reserve(struct line *line, size_t needed) {
    if (needed <= line->capacity)
        return 0;
    size_t capacity = line->capacity ? line->capacity : 16;
    while (capacity < needed)
        capacity *= 2;
    char *text = realloc(line->text, capacity);
    if (!text)
        return -1;
    line->text = text;
    line->capacity = capacity;
    return 0;
}

/* Makes room for one more line; returns 0 or -1. */
static int buffer_reserve_line(struct buffer *buffer) {
    if (buffer->count < buffer->capacity)
        return 0;
    size_t capacity = buffer->capacity ? buffer->capacity * 2 : 64;
    struct line *lines = realloc(buffer->lines, capacity * sizeof *lines);
    if (!lines)
        return -1;
    buffer->lines = lines;
    buffer->capacity = capacity;
    return 0;
}

/* Inserts an empty line before line `row` (or at the end). */
static int buffer_insert_line(struct buffer *buffer, size_t row) {
    if (buffer_reserve_line(buffer) < 0)
        return -1;
    memmove(buffer->lines + row + 1, buffer->lines + row, (buffer->count - row) * sizeof *buffer->lines);
    buffer->lines[row] = (struct line){NULL, 0, 0};
    buffer->count++;
    return 0;
}

static void buffer_remove_line(struct buffer *buffer, size_t row) {
    free(buffer->lines[row].text);
    memmove(buffer->lines + row, buffer->lines + row + 1, (buffer->count - row - 1) * sizeof *buffer->lines);
    buffer->count--;
}

/* Appends a line holding `length` bytes of `text` at the end. */
static int buffer_append_line(struct buffer *buffer, const char *text, size_t length) {
    if (buffer_insert_line(buffer, buffer->count) < 0)
        return -1;
    struct line *line = &buffer->lines[buffer->count - 1];
    if (line_reserve(line, length) < 0)
        return -1;
    memcpy(line->text, text, length);
    line->length = length;
    return 0;
}

void buffer_free(struct buffer *buffer) {
    for (size_t row = 0; row < buffer->count; row++)
        free(buffer->lines[row].text);
    free(buffer->lines);
    *buffer = (struct buffer){NULL, 0, 0, FINAL_NEWLINE_UNLESS_EMPTY};
}

/* Reads all of `fd`; returns a malloc'd buffer (its length in *length) or NULL with errno. */
static char *read_all(int fd, size_t *length) {
    size_t capacity = 4096, used = 0;
    char *bytes = malloc(capacity);
    if (!bytes) {
        errno = ENOMEM;
        return NULL;
    }
    for (;;) {
        if (used == capacity) {
            char *larger = realloc(bytes, capacity * 2);
            if (!larger) {
                free(bytes);
                errno = ENOMEM;
                return NULL;
            }
            bytes = larger;
            capacity *= 2;
        }
        ssize_t got = read(fd, bytes + used, capacity - used);
        if (got < 0) {
            int error = errno;
            free(bytes);
            errno = error;
            return NULL;
        }
        if (got == 0)
            break;
        used += (size_t)got;
    }
    *length = used;
    return bytes;
}

/* Splits `bytes` at newlines into the lines of `buffer`. */
static int buffer_fill(struct buffer *buffer, const char *bytes, size_t length) {
    size_t start = 0;
    while (start < length) {
        const char *newline = memchr(bytes + start, '\n', length - start);
        size_t end = newline ? (size_t)(newline - bytes) : length;
        if (buffer_append_line(buffer, bytes + start, end - start) < 0)
            return -1;
        start = end + 1;
    }
    if (length == 0)
        buffer->final_newline = FINAL_NEWLINE_UNLESS_EMPTY;
    else
        buffer->final_newline = bytes[length - 1] == '\n' ? FINAL_NEWLINE_YES : FINAL_NEWLINE_NO;
    if (buffer->count == 0 && buffer_append_line(buffer, "", 0) < 0)
        return -1;
    return 0;
}

enum load_result buffer_load(struct buffer *buffer, const char *path) {
    *buffer = (struct buffer){NULL, 0, 0, FINAL_NEWLINE_UNLESS_EMPTY};
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        if (errno != ENOENT)
            return LOAD_FAILED;
        if (buffer_append_line(buffer, "", 0) < 0) {
            errno = ENOMEM;
            return LOAD_FAILED;
        }
        return LOAD_NEW_FILE;
    }
    struct stat status;
    if (fstat(fd, &status) == 0 && S_ISDIR(status.st_mode)) {
        close(fd);
        errno = EISDIR;
        return LOAD_FAILED;
    }
    size_t length = 0;
    char *bytes = read_all(fd, &length);
    int error = errno;
    close(fd);
    if (!bytes) {
        errno = error;
        return LOAD_FAILED;
    }
    int filled = buffer_fill(buffer, bytes, length);
    free(bytes);
    if (filled < 0) {
        buffer_free(buffer);
        errno = ENOMEM;
        return LOAD_FAILED;
    }
    return LOAD_READ;
}

/* Writes all of `bytes` to `fd`; returns 0 or -1 with errno. */
static int write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0)
            return -1;
        if (written == 0) {
            errno = EIO;
            return -1;
        }
        bytes += written;
        length -= (size_t)written;
    }
    return 0;
}

long long buffer_save(const struct buffer *buffer, const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    static char chunk[16384];
    size_t used = 0;
    long long total = 0;
    int empty = buffer->count == 1 && buffer->lines[0].length == 0;
    int final_newline = buffer->final_newline == FINAL_NEWLINE_YES ||
                        (buffer->final_newline == FINAL_NEWLINE_UNLESS_EMPTY && !empty);
    for (size_t row = 0; row < buffer->count; row++) {
        const struct line *line = &buffer->lines[row];
        int newline = row + 1 < buffer->count || final_newline;
        if (used + line->length + 1 > sizeof chunk) {
            if (write_all(fd, chunk, used) < 0)
                goto failed;
            used = 0;
        }
        if (line->length + 1 > sizeof chunk) {
            if (write_all(fd, line->text, line->length) < 0)
                goto failed;
        } else {
            memcpy(chunk + used, line->text, line->length);
            used += line->length;
        }
        if (newline)
            chunk[used++] = '\n';
        total += (long long)line->length + newline;
    }
    if (write_all(fd, chunk, used) < 0)
        goto failed;
    if (close(fd) < 0)
        return -1;
    return total;
failed:;
    int error = errno;
    close(fd);
    errno = error;
    return -1;
}

int buffer_insert(struct buffer *buffer, size_t row, size_t column, const char *bytes, size_t length) {
    struct line *line = &buffer->lines[row];
    if (length == 0)
        return 0;
    if (line_reserve(line, line->length + length) < 0)
        return -1;
    memmove(line->text + column + length, line->text + column, line->length - column);
    memcpy(line->text + column, bytes, length);
    line->length += length;
    return 0;
}

void buffer_delete(struct buffer *buffer, size_t row, size_t column, size_t length) {
    struct line *line = &buffer->lines[row];
    memmove(line->text + column, line->text + column + length, line->length - column - length);
    line->length -= length;
}

int buffer_split_line(struct buffer *buffer, size_t row, size_t column) {
    if (buffer_insert_line(buffer, row + 1) < 0)
        return -1;
    struct line *line = &buffer->lines[row];
    size_t moved = line->length - column;
    if (moved > 0) {
        struct line *below = &buffer->lines[row + 1];
        if (line_reserve(below, moved) < 0) {
            buffer_remove_line(buffer, row + 1);
            return -1;
        }
        memcpy(below->text, line->text + column, moved);
        below->length = moved;
        line->length = column;
    }
    return 0;
}

int buffer_join_lines(struct buffer *buffer, size_t row) {
    struct line *below = &buffer->lines[row + 1];
    if (buffer_insert(buffer, row, buffer->lines[row].length, below->text, below->length) < 0)
        return -1;
    buffer_remove_line(buffer, row + 1);
    return 0;
}
