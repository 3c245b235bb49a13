/* file.c: FILE streams over file descriptors: opening, buffering, character
 * and block I/O, seeking, and the standard streams.
 *
 * A stream is either reading (its buffer holds bytes read ahead of the
 * caller) or writing (its buffer holds bytes not yet written); switching
 * direction flushes or gives back the buffer. stdout is line-buffered when
 * it is a device (the console) and fully buffered otherwise; stderr is
 * unbuffered. A stream of fopencookie (fmemopen, open_memstream) has no
 * descriptor: the raw_* functions send its I/O to the cookie's functions. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasmos.h>

#include "../internal.h"
#include "stdio_impl.h"

static unsigned char stdin_buffer[BUFSIZ];
static unsigned char stdout_buffer[BUFSIZ];

static struct __wasmos_file standard_error = {
    .fd = 2,
    .flags = STREAM_WRITABLE | STREAM_STATIC | STREAM_MODE_DECIDED,
    .buffer_mode = _IONBF,
};
static struct __wasmos_file standard_output = {
    .fd = 1,
    .flags = STREAM_WRITABLE | STREAM_STATIC,
    .buffer_mode = _IOLBF,
    .buffer = stdout_buffer,
    .buffer_size = sizeof stdout_buffer,
    .next_open = &standard_error,
};
static struct __wasmos_file standard_input = {
    .fd = 0,
    .flags = STREAM_READABLE | STREAM_STATIC | STREAM_MODE_DECIDED,
    .buffer_mode = _IOFBF,
    .buffer = stdin_buffer,
    .buffer_size = sizeof stdin_buffer,
    .next_open = &standard_output,
};

FILE *const stdin = &standard_input;
FILE *const stdout = &standard_output;
FILE *const stderr = &standard_error;

/* Every open stream, for fflush(NULL) and exit. */
static struct __wasmos_file *open_streams = &standard_input;

/* ---- low level ------------------------------------------------------------ */

/* Reads up to `size` bytes from the stream's file: the count, 0 at the end,
 * or -1 with errno set. */
static ssize_t raw_read(FILE *stream, void *buffer, size_t size) {
    if (stream->has_cookie)
        return stream->functions.read ? stream->functions.read(stream->cookie, buffer, size) : 0;
    int count = wasmos_read(stream->fd, buffer, (unsigned)size);
    if (count < 0) {
        errno = -count;
        return -1;
    }
    return count;
}

/* Writes some of `data` to the stream's file: the count, or -1 (or 0) on error. */
static ssize_t raw_write(FILE *stream, const void *data, size_t length) {
    if (stream->has_cookie) {
        /* Without a write function, output is thrown away (as glibc does). */
        return stream->functions.write ? stream->functions.write(stream->cookie, data, length) : (ssize_t)length;
    }
    int written = wasmos_write(stream->fd, data, (unsigned)length);
    if (written < 0) {
        errno = -written;
        return -1;
    }
    if (written == 0)
        errno = EIO;
    return written;
}

/* Moves the file's position; the new position, or -1 with errno set. */
static long long raw_seek(FILE *stream, long long offset, int whence) {
    if (stream->has_cookie) {
        if (!stream->functions.seek) {
            errno = ESPIPE;
            return -1;
        }
        off_t position = offset;
        if (stream->functions.seek(stream->cookie, &position, whence) < 0)
            return -1;
        return position;
    }
    long long result = wasmos_lseek(stream->fd, offset, whence);
    if (result < 0) {
        errno = (int)-result;
        return -1;
    }
    return result;
}

static int raw_close(FILE *stream) {
    if (stream->has_cookie)
        return stream->functions.close ? stream->functions.close(stream->cookie) : 0;
    return close(stream->fd);
}

/* Writes all of data to the stream's file; returns 0, or -1 with errno set. */
static int write_all(FILE *stream, const unsigned char *data, size_t length) {
    while (length > 0) {
        ssize_t written = raw_write(stream, data, length);
        if (written <= 0)
            return -1;
        data += written;
        length -= (size_t)written;
    }
    return 0;
}

/* Picks stdout's buffering the first time it is used: line-buffered on a device. */
static void decide_buffer_mode(FILE *stream) {
    if (stream->flags & STREAM_MODE_DECIDED)
        return;
    stream->flags |= STREAM_MODE_DECIDED;
    struct wasmos_stat status;
    if (wasmos_fstat(stream->fd, &status) >= 0 && status.kind == WASMOS_KIND_DEVICE)
        stream->buffer_mode = _IOLBF;
    else if (stream->buffer_mode != _IONBF)
        stream->buffer_mode = _IOFBF;
}

static int ensure_buffer(FILE *stream) {
    if (stream->buffer || stream->buffer_mode == _IONBF)
        return 0;
    stream->buffer = malloc(BUFSIZ);
    if (!stream->buffer) {
        stream->buffer_mode = _IONBF;
        return 0;
    }
    stream->buffer_size = BUFSIZ;
    stream->flags |= STREAM_OWNS_BUFFER;
    return 0;
}

static int flush_writes(FILE *stream) {
    if (stream->direction != DIRECTION_WRITING)
        return 0;
    size_t pending = stream->write_used;
    stream->write_used = 0;
    if (pending && write_all(stream, stream->buffer, pending) < 0) {
        stream->flags |= STREAM_ERROR;
        return EOF;
    }
    return 0;
}

/* Gives back read-ahead bytes by seeking the descriptor back over them. */
static void drop_read_ahead(FILE *stream) {
    if (stream->direction != DIRECTION_READING)
        return;
    long long unread = (long long)(stream->read_end - stream->read_position) + stream->pushback_count;
    if (unread) {
        int saved = errno;
        raw_seek(stream, -unread, SEEK_CUR); /* fails harmlessly on devices */
        errno = saved;
    }
    stream->read_position = stream->read_end = 0;
    stream->pushback_count = 0;
}

static int begin_writing(FILE *stream) {
    if (!(stream->flags & STREAM_WRITABLE)) {
        stream->flags |= STREAM_ERROR;
        errno = EBADF;
        return -1;
    }
    if (stream->direction == DIRECTION_WRITING)
        return 0;
    drop_read_ahead(stream);
    decide_buffer_mode(stream);
    ensure_buffer(stream);
    stream->direction = DIRECTION_WRITING;
    stream->write_used = 0;
    return 0;
}

static int begin_reading(FILE *stream) {
    if (!(stream->flags & STREAM_READABLE)) {
        stream->flags |= STREAM_ERROR;
        errno = EBADF;
        return -1;
    }
    if (stream->direction == DIRECTION_READING)
        return 0;
    if (flush_writes(stream) == EOF)
        return -1;
    ensure_buffer(stream);
    stream->direction = DIRECTION_READING;
    stream->read_position = stream->read_end = 0;
    return 0;
}

/* Reads more input into the buffer; returns the count, 0 at end, -1 on error. */
static int refill(FILE *stream) {
    if (stream == stdin)
        fflush(stdout); /* a prompt must be visible before we wait for input */
    unsigned char *target = stream->buffer;
    size_t size = stream->buffer_size;
    unsigned char single;
    if (!target) {
        target = &single;
        size = 1;
    }
    ssize_t count = raw_read(stream, target, size);
    if (count < 0) {
        stream->flags |= STREAM_ERROR;
        return -1;
    }
    if (count == 0) {
        stream->flags |= STREAM_AT_EOF;
        return 0;
    }
    if (!stream->buffer) {
        stream->pushback[stream->pushback_count++] = single;
        return 1;
    }
    stream->read_position = 0;
    stream->read_end = (size_t)count;
    return (int)count;
}

size_t __wasmos_stream_write(FILE *stream, const void *data, size_t length) {
    const unsigned char *bytes = data;
    if (length == 0)
        return 0;
    if (begin_writing(stream) < 0)
        return 0;
    if (stream->buffer_mode == _IONBF || !stream->buffer) {
        if (write_all(stream, bytes, length) < 0) {
            stream->flags |= STREAM_ERROR;
            return 0;
        }
        return length;
    }
    size_t accepted = 0;
    while (accepted < length) {
        size_t rest = length - accepted;
        if (stream->write_used == 0 && rest >= stream->buffer_size) {
            /* Large writes bypass the buffer. */
            if (write_all(stream, bytes + accepted, rest) < 0) {
                stream->flags |= STREAM_ERROR;
                return accepted;
            }
            accepted = length;
            break;
        }
        size_t room = stream->buffer_size - stream->write_used;
        size_t piece = rest < room ? rest : room;
        memcpy(stream->buffer + stream->write_used, bytes + accepted, piece);
        stream->write_used += piece;
        accepted += piece;
        if (stream->write_used == stream->buffer_size && flush_writes(stream) == EOF)
            return 0;
    }
    /* Line buffering: a completed line goes out now. */
    if (stream->buffer_mode == _IOLBF && memchr(bytes, '\n', length) && flush_writes(stream) == EOF)
        return 0;
    return accepted;
}

/* ---- opening and closing -------------------------------------------------- */

/* Translates an fopen mode string into open() flags; -1 if it is invalid. */
static int flags_for_mode(const char *mode) {
    int flags;
    switch (*mode) {
    case 'r': flags = O_RDONLY; break;
    case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
    case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
    default: return -1;
    }
    for (mode++; *mode; mode++) {
        if (*mode == '+')
            flags = (flags & ~O_ACCMODE) | O_RDWR;
        else if (*mode == 'x')
            flags |= O_EXCL;
        /* 'b' (binary) and 'e' (close-on-exec) change nothing here. */
    }
    return flags;
}

static FILE *stream_for_fd(int fd, int flags) {
    FILE *stream = calloc(1, sizeof *stream);
    if (!stream)
        return NULL;
    stream->fd = fd;
    int access = flags & O_ACCMODE;
    stream->flags = (access == O_RDONLY || access == O_RDWR ? STREAM_READABLE : 0) |
                    (access == O_WRONLY || access == O_RDWR ? STREAM_WRITABLE : 0);
    stream->buffer_mode = _IOFBF;
    stream->next_open = open_streams;
    open_streams = stream;
    return stream;
}

FILE *fopen(const char *path, const char *mode) {
    int flags = flags_for_mode(mode);
    if (flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    int fd = open(path, flags, 0666);
    if (fd < 0)
        return NULL;
    FILE *stream = stream_for_fd(fd, flags);
    if (!stream)
        close(fd);
    return stream;
}

FILE *__wasmos_stream_for_cookie(void *cookie, int flags, cookie_io_functions_t functions) {
    FILE *stream = stream_for_fd(-1, flags);
    if (!stream)
        return NULL;
    stream->has_cookie = 1;
    stream->cookie = cookie;
    stream->functions = functions;
    stream->flags |= STREAM_MODE_DECIDED;
    return stream;
}

FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t functions) {
    int flags = flags_for_mode(mode);
    if (flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    return __wasmos_stream_for_cookie(cookie, flags, functions);
}

FILE *fdopen(int fd, const char *mode) {
    int flags = flags_for_mode(mode);
    if (flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    FILE *stream = stream_for_fd(fd, flags);
    if (stream)
        stream->flags &= ~STREAM_MODE_DECIDED;
    return stream;
}

static void unlink_stream(FILE *stream) {
    for (struct __wasmos_file **link = &open_streams; *link; link = &(*link)->next_open) {
        if (*link == stream) {
            *link = stream->next_open;
            return;
        }
    }
}

int fclose(FILE *stream) {
    int result = fflush(stream);
    if (raw_close(stream) < 0)
        result = EOF;
    if (stream->remove_path) {
        unlink(stream->remove_path);
        free(stream->remove_path);
        stream->remove_path = NULL;
    }
    if (stream->flags & STREAM_OWNS_BUFFER)
        free(stream->buffer);
    if (stream->flags & STREAM_STATIC) {
        /* The standard streams stay valid objects; further I/O fails with EBADF. */
        stream->flags &= ~(STREAM_READABLE | STREAM_WRITABLE);
        stream->direction = DIRECTION_NONE;
        if (stream->flags & STREAM_OWNS_BUFFER) {
            stream->buffer = NULL;
            stream->flags &= ~STREAM_OWNS_BUFFER;
        }
        return result;
    }
    unlink_stream(stream);
    free(stream);
    return result;
}

FILE *freopen(const char *path, const char *mode, FILE *stream) {
    int flags = flags_for_mode(mode);
    fflush(stream);
    if (!path || flags < 0) {
        errno = EINVAL;
        return NULL;
    }
    int fd = open(path, flags, 0666);
    if (fd < 0)
        return NULL;
    if (stream->has_cookie) {
        raw_close(stream);
        stream->has_cookie = 0;
        stream->fd = fd;
    } else if (fd != stream->fd) {
        /* Keep the stream's descriptor number (freopen(…, stdout) must stay fd 1). */
        if (dup2(fd, stream->fd) < 0) {
            close(fd);
            return NULL;
        }
        close(fd);
    }
    int access = flags & O_ACCMODE;
    stream->flags = (stream->flags & (STREAM_STATIC | STREAM_OWNS_BUFFER)) |
                    (access == O_RDONLY || access == O_RDWR ? STREAM_READABLE : 0) |
                    (access == O_WRONLY || access == O_RDWR ? STREAM_WRITABLE : 0);
    stream->direction = DIRECTION_NONE;
    stream->read_position = stream->read_end = stream->write_used = 0;
    stream->pushback_count = 0;
    if (stream->buffer_mode != _IONBF)
        stream->buffer_mode = _IOFBF;
    return stream;
}

FILE *tmpfile(void) {
    char path[64];
    for (int attempt = 0; attempt < 100; attempt++) {
        uint32_t random_value;
        wasmos_random(&random_value, sizeof random_value);
        snprintf(path, sizeof path, "/tmp/.tmpfile-%08x", (unsigned)random_value);
        int fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return NULL;
        }
        FILE *stream = stream_for_fd(fd, O_RDWR);
        if (!stream) {
            close(fd);
            unlink(path);
            return NULL;
        }
        stream->remove_path = strdup(path);
        return stream;
    }
    errno = EEXIST;
    return NULL;
}

int fflush(FILE *stream) {
    if (!stream) {
        int result = 0;
        for (FILE *each = open_streams; each; each = each->next_open) {
            if (each->direction == DIRECTION_WRITING && fflush(each) == EOF)
                result = EOF;
        }
        return result;
    }
    if (stream->direction == DIRECTION_WRITING)
        return flush_writes(stream);
    if (stream->direction == DIRECTION_READING) {
        drop_read_ahead(stream);
        stream->direction = DIRECTION_NONE;
    }
    return 0;
}

void __wasmos_stdio_flush_all(void) {
    fflush(NULL);
}

int fileno(FILE *stream) {
    if (stream->has_cookie) {
        errno = EBADF;
        return -1;
    }
    return stream->fd;
}

int setvbuf(FILE *stream, char *buffer, int mode, size_t size) {
    if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
        errno = EINVAL;
        return -1;
    }
    fflush(stream);
    if (stream->flags & STREAM_OWNS_BUFFER) {
        free(stream->buffer);
        stream->flags &= ~STREAM_OWNS_BUFFER;
    }
    stream->buffer = NULL;
    stream->buffer_size = 0;
    stream->direction = DIRECTION_NONE;
    stream->buffer_mode = mode;
    stream->flags |= STREAM_MODE_DECIDED;
    if (mode != _IONBF) {
        if (buffer && size > 0) {
            stream->buffer = (unsigned char *)buffer;
            stream->buffer_size = size;
        } else if (size > 0) {
            stream->buffer = malloc(size);
            if (stream->buffer) {
                stream->buffer_size = size;
                stream->flags |= STREAM_OWNS_BUFFER;
            }
        }
    }
    return 0;
}

void setbuf(FILE *stream, char *buffer) {
    setvbuf(stream, buffer, buffer ? _IOFBF : _IONBF, BUFSIZ);
}

/* ---- reading -------------------------------------------------------------- */

int fgetc(FILE *stream) {
    if (begin_reading(stream) < 0)
        return EOF;
    if (stream->pushback_count > 0)
        return stream->pushback[--stream->pushback_count];
    if (stream->flags & STREAM_AT_EOF)
        return EOF;
    if (stream->read_position == stream->read_end) {
        if (refill(stream) <= 0)
            return EOF;
        if (stream->pushback_count > 0)
            return stream->pushback[--stream->pushback_count];
    }
    return stream->buffer[stream->read_position++];
}

int getc(FILE *stream) {
    return fgetc(stream);
}

int getchar(void) {
    return fgetc(stdin);
}

int ungetc(int c, FILE *stream) {
    if (c == EOF || begin_reading(stream) < 0)
        return EOF;
    if (stream->pushback_count == 0 && stream->read_position > 0) {
        stream->buffer[--stream->read_position] = (unsigned char)c;
    } else if (stream->pushback_count < STREAM_PUSHBACK) {
        stream->pushback[stream->pushback_count++] = (unsigned char)c;
    } else {
        return EOF;
    }
    stream->flags &= ~STREAM_AT_EOF;
    return (unsigned char)c;
}

size_t fread(void *buffer, size_t size, size_t count, FILE *stream) {
    size_t total;
    if (size == 0 || count == 0 || __builtin_mul_overflow(size, count, &total))
        return 0;
    if (begin_reading(stream) < 0)
        return 0;
    unsigned char *target = buffer;
    size_t done = 0;
    while (done < total && stream->pushback_count > 0)
        target[done++] = stream->pushback[--stream->pushback_count];
    while (done < total) {
        size_t available = stream->read_end - stream->read_position;
        if (available > 0) {
            size_t piece = total - done < available ? total - done : available;
            memcpy(target + done, stream->buffer + stream->read_position, piece);
            stream->read_position += piece;
            done += piece;
            continue;
        }
        if (stream->flags & STREAM_AT_EOF)
            break;
        if (stream->buffer && total - done >= stream->buffer_size) {
            /* Large reads go straight into the caller's memory. */
            if (stream == stdin)
                fflush(stdout);
            ssize_t got = raw_read(stream, target + done, total - done);
            if (got < 0) {
                stream->flags |= STREAM_ERROR;
                break;
            }
            if (got == 0) {
                stream->flags |= STREAM_AT_EOF;
                break;
            }
            done += (size_t)got;
            continue;
        }
        if (refill(stream) <= 0)
            break;
        while (done < total && stream->pushback_count > 0)
            target[done++] = stream->pushback[--stream->pushback_count];
    }
    return done / size;
}

char *fgets(char *buffer, int size, FILE *stream) {
    if (size <= 0)
        return NULL;
    int length = 0;
    while (length < size - 1) {
        int c = fgetc(stream);
        if (c == EOF)
            break;
        buffer[length++] = (char)c;
        if (c == '\n')
            break;
    }
    if (length == 0)
        return NULL;
    buffer[length] = '\0';
    return buffer;
}

ssize_t getdelim(char **line, size_t *capacity, int delimiter, FILE *stream) {
    if (!line || !capacity) {
        errno = EINVAL;
        return -1;
    }
    size_t length = 0;
    for (;;) {
        int c = fgetc(stream);
        if (c == EOF)
            break;
        if (length + 2 > *capacity || !*line) {
            size_t bigger = *capacity < 64 ? 128 : *capacity * 2;
            char *grown = realloc(*line, bigger);
            if (!grown) {
                stream->flags |= STREAM_ERROR;
                return -1;
            }
            *line = grown;
            *capacity = bigger;
        }
        (*line)[length++] = (char)c;
        if (c == delimiter)
            break;
    }
    if (length == 0)
        return -1;
    (*line)[length] = '\0';
    return (ssize_t)length;
}

ssize_t getline(char **line, size_t *capacity, FILE *stream) {
    return getdelim(line, capacity, '\n', stream);
}

/* ---- writing -------------------------------------------------------------- */

size_t fwrite(const void *buffer, size_t size, size_t count, FILE *stream) {
    size_t total;
    if (size == 0 || count == 0 || __builtin_mul_overflow(size, count, &total))
        return 0;
    return __wasmos_stream_write(stream, buffer, total) / size;
}

int fputc(int c, FILE *stream) {
    unsigned char byte = (unsigned char)c;
    if (stream->direction == DIRECTION_WRITING && stream->buffer && stream->buffer_mode == _IOFBF &&
        stream->write_used < stream->buffer_size) {
        stream->buffer[stream->write_used++] = byte;
        if (stream->write_used == stream->buffer_size && flush_writes(stream) == EOF)
            return EOF;
        return byte;
    }
    return __wasmos_stream_write(stream, &byte, 1) == 1 ? byte : EOF;
}

int putc(int c, FILE *stream) {
    return fputc(c, stream);
}

int putchar(int c) {
    return fputc(c, stdout);
}

int fputs(const char *s, FILE *stream) {
    size_t length = strlen(s);
    return __wasmos_stream_write(stream, s, length) == length ? 1 : EOF;
}

int puts(const char *s) {
    /* One buffered write of line and newline, so unbuffered output stays one line. */
    if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
        return EOF;
    return 1;
}

/* ---- positioning and status ------------------------------------------------ */

int fseeko(FILE *stream, off_t offset, int whence) {
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) {
        errno = EINVAL;
        return -1;
    }
    if (stream->direction == DIRECTION_WRITING && flush_writes(stream) == EOF)
        return -1;
    if (stream->direction == DIRECTION_READING && whence == SEEK_CUR)
        offset -= (off_t)(stream->read_end - stream->read_position) + stream->pushback_count;
    stream->read_position = stream->read_end = 0;
    stream->pushback_count = 0;
    stream->direction = DIRECTION_NONE;
    if (raw_seek(stream, offset, whence) < 0)
        return -1;
    stream->flags &= ~STREAM_AT_EOF;
    return 0;
}

int fseek(FILE *stream, long offset, int whence) {
    return fseeko(stream, offset, whence);
}

off_t ftello(FILE *stream) {
    long long position = raw_seek(stream, 0, SEEK_CUR);
    if (position < 0)
        return -1;
    if (stream->direction == DIRECTION_READING)
        position -= (long long)(stream->read_end - stream->read_position) + stream->pushback_count;
    else if (stream->direction == DIRECTION_WRITING)
        position += (long long)stream->write_used;
    return position;
}

long ftell(FILE *stream) {
    off_t position = ftello(stream);
    if (position > 0x7fffffffLL) {
        errno = EOVERFLOW;
        return -1;
    }
    return (long)position;
}

void rewind(FILE *stream) {
    fseeko(stream, 0, SEEK_SET);
    stream->flags &= ~STREAM_ERROR;
}

int fgetpos(FILE *stream, fpos_t *position) {
    off_t offset = ftello(stream);
    if (offset < 0)
        return -1;
    *position = offset;
    return 0;
}

int fsetpos(FILE *stream, const fpos_t *position) {
    return fseeko(stream, *position, SEEK_SET);
}

int feof(FILE *stream) {
    return (stream->flags & STREAM_AT_EOF) != 0;
}

int ferror(FILE *stream) {
    return (stream->flags & STREAM_ERROR) != 0;
}

void clearerr(FILE *stream) {
    stream->flags &= ~(STREAM_AT_EOF | STREAM_ERROR);
}

/* ---- files by name -------------------------------------------------------- */

int remove(const char *path) {
    int result = wasmos_unlink(path, __wasmos_path_length(path));
    if (result == -EISDIR)
        result = wasmos_rmdir(path, __wasmos_path_length(path));
    return __wasmos_check(result) < 0 ? -1 : 0;
}

int rename(const char *old_path, const char *new_path) {
    int result = wasmos_rename(old_path, __wasmos_path_length(old_path), new_path, __wasmos_path_length(new_path));
    return __wasmos_check(result) < 0 ? -1 : 0;
}

void perror(const char *prefix) {
    const char *message = strerror(errno);
    if (prefix && *prefix)
        fprintf(stderr, "%s: %s\n", prefix, message);
    else
        fprintf(stderr, "%s\n", message);
}
