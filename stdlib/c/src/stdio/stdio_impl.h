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
    struct __wasmos_file *next_open;
};

/* Writes `length` bytes through the stream's buffer; returns how many were accepted. */
size_t __wasmos_stream_write(FILE *stream, const void *data, size_t length);

#endif
