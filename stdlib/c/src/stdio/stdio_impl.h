/* stdio_impl.h: the FILE structure and the stream primitives shared by the
 * stdio sources (file.c, printf.c, scanf.c). */
#ifndef WASMOS_STDIO_IMPL_H
#define WASMOS_STDIO_IMPL_H

#include <stddef.h>
#include <stdio.h>

#define STREAM_READABLE 1u
#define STREAM_WRITABLE 2u
#define STREAM_AT_EOF 4u
#define STREAM_ERROR 8u
#define STREAM_OWNS_BUFFER 16u /* the buffer came from malloc */
#define STREAM_STATIC 32u      /* stdin, stdout, stderr: never freed */
#define STREAM_MODE_DECIDED 64u
#define STREAM_REMOVE_ON_CLOSE 128u

#define STREAM_PUSHBACK 8

enum stream_direction { DIRECTION_NONE, DIRECTION_READING, DIRECTION_WRITING };

struct __wasmos_file {
    int fd;
    unsigned flags;
    int buffer_mode; /* _IOFBF, _IOLBF or _IONBF */
    enum stream_direction direction;
    unsigned char *buffer;
    size_t buffer_size;
    size_t read_position; /* reading: buffer[read_position, read_end) is unread */
    size_t read_end;
    size_t write_used; /* writing: buffer[0, write_used) is pending */
    unsigned char pushback[STREAM_PUSHBACK];
    int pushback_count;
    char *remove_path; /* tmpfile(): unlinked on close */
    /* A stream of fopencookie: `fd` is -1 and these do the I/O. */
    int has_cookie;
    void *cookie;
    cookie_io_functions_t functions;
    struct __wasmos_file *next_open;
};

/* Makes a stream whose reads, writes, seeks and close go to `functions`
 * with `cookie` (fopencookie; fmemopen and open_memstream are built on it);
 * `flags` are open()'s. Its descriptor is -1. NULL if memory ran out. */
FILE *__wasmos_stream_for_cookie(void *cookie, int flags, cookie_io_functions_t functions);

/* Writes `length` bytes through the stream's buffer; returns how many were accepted. */
size_t __wasmos_stream_write(FILE *stream, const void *data, size_t length);

#endif
