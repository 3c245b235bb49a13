/* memory_stream.c: streams on memory, as fopencookie streams (file.c does
 * the buffering, so the memory changes when the stream is flushed, as in
 * glibc).
 *
 * fmemopen: a fixed buffer of `size` bytes. The data reach to `end`: the
 * whole buffer for "r" and "r+", the first NUL (or `size`) for "a" and "a+",
 * nothing for "w" and "w+" ("w+" puts a NUL at the start). Reads stop at
 * `end`; seeks may go from 0 to `size`; "a" writes go to `end`. A write
 * that does not fit is cut short, and one is refused (ENOSPC) when only the
 * byte kept for the terminator is left. When a write takes the data further
 * than before, a NUL follows it: after the data if there is room, else in
 * the last byte of the buffer (not in append mode), so the buffer always
 * holds a string. A NULL buffer is one of `size` zero bytes, freed on close.
 *
 * open_memstream: a buffer that grows, always with a NUL after the data;
 * *pointer and *size are set on every flush, seek and close, *size to the
 * smaller of the position and the data's length. The length is the
 * furthest any write reached, as POSIX says (glibc instead takes the end of
 * the latest write as the end for SEEK_END); seeking past the end and
 * writing fills the gap with zeros. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdio_impl.h"

/* ---- fmemopen ---------------------------------------------------------------- */

struct fixed_memory {
    char *buffer;
    size_t size;
    size_t position;
    size_t end;
    int append;
    int owns_buffer;
};

static ssize_t fixed_read(void *cookie, char *target, size_t length) {
    struct fixed_memory *memory = cookie;
    if (memory->position >= memory->end)
        return 0;
    size_t available = memory->end - memory->position;
    if (length > available)
        length = available;
    memcpy(target, memory->buffer + memory->position, length);
    memory->position += length;
    return (ssize_t)length;
}

static ssize_t fixed_write(void *cookie, const char *data, size_t length) {
    struct fixed_memory *memory = cookie;
    size_t position = memory->append ? memory->end : memory->position;
    /* Data that end in a NUL bring their own terminator. */
    int wants_terminator = length == 0 || data[length - 1] != '\0';
    if (position > memory->size || length > memory->size - position) {
        if (position + wants_terminator >= memory->size) {
            errno = ENOSPC;
            return 0;
        }
        length = memory->size - position;
    }
    memcpy(memory->buffer + position, data, length);
    memory->position = position + length;
    if (memory->position > memory->end) {
        memory->end = memory->position;
        if (wants_terminator) {
            if (memory->end < memory->size)
                memory->buffer[memory->end] = '\0';
            else if (!memory->append)
                memory->buffer[memory->size - 1] = '\0';
        }
    }
    return (ssize_t)length;
}

/* The new position for a seek of `offset` from `whence`; -1 (errno EINVAL) if
 * it would fall outside [0, limit]. */
static long long seek_target(long long offset, int whence, size_t position, size_t end, size_t limit) {
    long long base;
    switch (whence) {
    case SEEK_SET: base = 0; break;
    case SEEK_CUR: base = (long long)position; break;
    case SEEK_END: base = (long long)end; break;
    default: errno = EINVAL; return -1;
    }
    if (offset < -base || offset > (long long)limit - base) {
        errno = EINVAL;
        return -1;
    }
    return base + offset;
}

static int fixed_seek(void *cookie, off_t *offset, int whence) {
    struct fixed_memory *memory = cookie;
    long long target = seek_target(*offset, whence, memory->position, memory->end, memory->size);
    if (target < 0)
        return -1;
    memory->position = (size_t)target;
    *offset = target;
    return 0;
}

static int fixed_close(void *cookie) {
    struct fixed_memory *memory = cookie;
    if (memory->owns_buffer)
        free(memory->buffer);
    free(memory);
    return 0;
}

FILE *fmemopen(void *restrict buffer, size_t size, const char *restrict mode) {
    int flags;
    switch (mode[0]) {
    case 'r': flags = O_RDONLY; break;
    case 'w': flags = O_WRONLY | O_TRUNC; break;
    case 'a': flags = O_WRONLY | O_APPEND; break;
    default: errno = EINVAL; return NULL;
    }
    if (strchr(mode, '+'))
        flags = (flags & ~O_ACCMODE) | O_RDWR;
    struct fixed_memory *memory = calloc(1, sizeof *memory);
    if (!memory)
        return NULL;
    if (!buffer) {
        buffer = calloc(size ? size : 1, 1);
        if (!buffer) {
            free(memory);
            return NULL;
        }
        memory->owns_buffer = 1;
    }
    memory->buffer = buffer;
    memory->size = size;
    if (mode[0] == 'w' && (flags & O_ACCMODE) == O_RDWR && size > 0)
        memory->buffer[0] = '\0'; /* "w+" truncates; "w" leaves the buffer until written (as glibc) */
    memory->end = mode[0] == 'r' ? size : mode[0] == 'a' ? strnlen(memory->buffer, size) : 0;
    memory->append = mode[0] == 'a';
    memory->position = memory->append ? memory->end : 0;
    cookie_io_functions_t functions = {fixed_read, fixed_write, fixed_seek, fixed_close};
    FILE *stream = __wasmos_stream_for_cookie(memory, flags, functions);
    if (!stream)
        fixed_close(memory);
    return stream;
}

/* ---- open_memstream ------------------------------------------------------------ */

struct growing_memory {
    char **pointer;
    size_t *size;
    char *buffer;
    size_t capacity; /* bytes allocated, more than `length` (room for the NUL) */
    size_t length;
    size_t position;
};

static void publish(struct growing_memory *memory) {
    *memory->pointer = memory->buffer;
    *memory->size = memory->position < memory->length ? memory->position : memory->length;
}

static ssize_t growing_write(void *cookie, const char *data, size_t length) {
    struct growing_memory *memory = cookie;
    if (length > (size_t)-1 / 2 - memory->position) {
        errno = EFBIG;
        return -1;
    }
    size_t end = memory->position + length;
    if (end >= memory->capacity) {
        size_t capacity = memory->capacity * 2;
        if (capacity <= end)
            capacity = end + 1;
        char *bigger = realloc(memory->buffer, capacity);
        if (!bigger)
            return -1;
        memory->buffer = bigger;
        memory->capacity = capacity;
    }
    if (memory->position > memory->length)
        memset(memory->buffer + memory->length, 0, memory->position - memory->length);
    memcpy(memory->buffer + memory->position, data, length);
    memory->position = end;
    if (end > memory->length)
        memory->length = end;
    memory->buffer[memory->length] = '\0';
    publish(memory);
    return (ssize_t)length;
}

static int growing_seek(void *cookie, off_t *offset, int whence) {
    struct growing_memory *memory = cookie;
    long long target = seek_target(*offset, whence, memory->position, memory->length, (size_t)-1 / 2);
    if (target < 0)
        return -1;
    memory->position = (size_t)target;
    *offset = target;
    publish(memory);
    return 0;
}

static int growing_close(void *cookie) {
    struct growing_memory *memory = cookie;
    publish(memory);
    free(memory);
    return 0;
}

FILE *open_memstream(char **pointer, size_t *size) {
    if (!pointer || !size) {
        errno = EINVAL;
        return NULL;
    }
    struct growing_memory *memory = calloc(1, sizeof *memory);
    if (!memory)
        return NULL;
    memory->capacity = 64;
    memory->buffer = calloc(memory->capacity, 1);
    if (!memory->buffer) {
        free(memory);
        return NULL;
    }
    memory->pointer = pointer;
    memory->size = size;
    cookie_io_functions_t functions = {NULL, growing_write, growing_seek, growing_close};
    FILE *stream = __wasmos_stream_for_cookie(memory, O_WRONLY, functions);
    if (!stream) {
        free(memory->buffer);
        free(memory);
    }
    return stream;
}
