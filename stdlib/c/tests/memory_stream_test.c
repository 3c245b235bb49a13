/* memory_stream_test.c: streams on memory (fmemopen, open_memstream), GNU's
 * fopencookie, the stream locks and the *_unlocked functions; the output
 * must match the host's glibc exactly. Memory changes are looked at only
 * after a flush, which is when both libraries make them.
 * tests/wasmos/memory_stream_end_test.c has what differs from glibc. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare fmemopen, fopencookie and the rest under -std=c11 */
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void show_bytes(const char *label, const char *bytes, size_t count) {
    printf("%s:", label);
    for (size_t index = 0; index < count; index++) {
        unsigned char byte = (unsigned char)bytes[index];
        if (byte >= 32 && byte < 127)
            printf(" %c", byte);
        else
            printf(" \\%o", byte);
    }
    printf("\n");
}

static void fixed_buffers(void) {
    char buffer[16];
    memset(buffer, 'Z', sizeof buffer);
    FILE *stream = fmemopen(buffer, 8, "w");
    int written = fprintf(stream, "%d-%s", 42, "ab");
    int flushed = fflush(stream);
    long position = ftell(stream);
    printf("fprintf %d, fflush %d, ftell %ld\n", written, flushed, position);
    show_bytes("after flush", buffer, 10);
    fputs("xyz", stream);
    int closed = fclose(stream);
    printf("fclose %d\n", closed);
    show_bytes("after close", buffer, 10);

    /* Exactly the size: the last byte becomes the terminator. */
    memset(buffer, 'Z', sizeof buffer);
    stream = fmemopen(buffer, 8, "w");
    fputs("abcdefgh", stream);
    closed = fclose(stream);
    printf("eight bytes into eight: fclose %d\n", closed);
    show_bytes("buffer", buffer, 10);

    /* Too much: the flush fails and the stream has an error. */
    memset(buffer, 'Z', sizeof buffer);
    stream = fmemopen(buffer, 8, "w");
    fputs("hello world", stream);
    flushed = fflush(stream);
    int error = ferror(stream);
    position = ftell(stream);
    printf("overflow: fflush %d, ferror %d, ftell %ld\n", flushed, error != 0, position);
    show_bytes("buffer", buffer, 10);
    fclose(stream);

    /* Reading: the whole buffer is data for "r". */
    char text[] = "line one\nline two\nthree";
    stream = fmemopen(text, strlen(text), "r");
    char line[32];
    while (fgets(line, sizeof line, stream))
        printf("read [%s]\n", strtok(line, "\n"));
    printf("feof %d\n", feof(stream) != 0);
    int seek = fseek(stream, 5, SEEK_SET);
    char word[8] = {0};
    size_t got = fread(word, 1, 3, stream);
    printf("fseek 5: %d, fread %zu [%s], ftell %ld\n", seek, got, word, ftell(stream));
    seek = fseek(stream, -5, SEEK_END);
    int c = fgetc(stream);
    printf("fseek -5 from the end: %d, then '%c'\n", seek, c);
    ungetc('Q', stream);
    c = fgetc(stream);
    printf("ungetc Q, fgetc '%c'\n", c);
    errno = 0;
    seek = fseek(stream, 100, SEEK_SET);
    printf("fseek past the size: %d, EINVAL %d\n", seek, errno == EINVAL);
    errno = 0;
    seek = fseek(stream, -1, SEEK_SET);
    printf("fseek before the start: %d, EINVAL %d\n", seek, errno == EINVAL);
    fclose(stream);

    /* Scanning from memory. */
    char numbers[] = "12 34.5 word";
    stream = fmemopen(numbers, strlen(numbers), "r");
    int integer;
    double real;
    char name[8];
    int count = fscanf(stream, "%d %lf %7s", &integer, &real, name);
    printf("fscanf: %d: %d %g %s\n", count, integer, real, name);
    fclose(stream);

    /* Appending starts at the first NUL. */
    strcpy(buffer, "abc");
    stream = fmemopen(buffer, 12, "a");
    position = ftell(stream);
    fputs("de", stream);
    fclose(stream);
    printf("append: started at %ld, now [%s]\n", position, buffer);
    strcpy(buffer, "abc");
    stream = fmemopen(buffer, 12, "a+");
    c = fgetc(stream);
    printf("a+: fgetc at the end %d\n", c);
    rewind(stream);
    c = fgetc(stream);
    fputs("X", stream); /* still goes to the end */
    fclose(stream);
    printf("a+: first '%c', now [%s]\n", c, buffer);

    /* Update mode: overwrite in the middle, no terminator inside the data. */
    strcpy(buffer, "hello there");
    stream = fmemopen(buffer, 12, "r+");
    fseek(stream, 6, SEEK_SET);
    fputs("THE", stream);
    fseek(stream, 0, SEEK_END);
    position = ftell(stream);
    fclose(stream);
    printf("r+: [%s], end at %ld\n", buffer, position);

    /* w+ truncates; writes after a gap leave the gap alone. */
    memset(buffer, 'Z', sizeof buffer);
    stream = fmemopen(buffer, 16, "w+");
    fputs("abc", stream);
    fseek(stream, 6, SEEK_SET);
    fputs("X", stream);
    fflush(stream);
    rewind(stream);
    got = fread(line, 1, sizeof line, stream);
    fclose(stream);
    printf("w+: read back %zu bytes\n", got);
    show_bytes("buffer", buffer, 9);

    /* A buffer of the stream's own. */
    stream = fmemopen(NULL, 32, "w+");
    fprintf(stream, "own buffer %d", 7);
    rewind(stream);
    memset(line, 0, sizeof line);
    got = fread(line, 1, sizeof line - 1, stream);
    printf("NULL buffer: %zu [%s]\n", got, line);
    fclose(stream);

    errno = 0;
    stream = fmemopen(buffer, 8, "x");
    printf("bad mode: %s, EINVAL %d\n", stream ? "opened" : "NULL", errno == EINVAL);
    stream = fmemopen(buffer, 8, "r");
    int descriptor = fileno(stream);
    printf("fileno of a memory stream: %d\n", descriptor);
    fclose(stream);
}

static void growing_buffers(void) {
    char *data = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&data, &size);
    fputs("hello", stream);
    fflush(stream);
    printf("after hello: [%s] size %zu\n", data, size);
    for (int index = 0; index < 1000; index++)
        fprintf(stream, "%03d,", index);
    fflush(stream);
    printf("after 1000 numbers: size %zu, tail [%s], terminated %d\n", size, data + size - 8, data[size] == '\0');
    fseek(stream, 2, SEEK_SET);
    fflush(stream);
    printf("after fseek 2: size %zu\n", size);
    fputs("XY", stream);
    fflush(stream);
    printf("after XY: size %zu, start [%.8s]\n", size, data);
    fclose(stream);
    printf("after fclose: size %zu, data [%.*s]\n", size, (int)size, data);
    free(data);

    data = NULL;
    stream = open_memstream(&data, &size);
    fclose(stream);
    printf("nothing written: data %s, size %zu, empty %d\n", data ? "set" : "NULL", size, data && data[0] == '\0');
    free(data);
}

/* A cookie stream that upper-cases what it is given and counts its calls. */
struct recorder {
    char text[64];
    size_t used;
    int closes;
};

static ssize_t recorder_write(void *cookie, const char *buffer, size_t size) {
    struct recorder *recorder = cookie;
    for (size_t index = 0; index < size && recorder->used + 1 < sizeof recorder->text; index++) {
        char c = buffer[index];
        recorder->text[recorder->used++] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    recorder->text[recorder->used] = '\0';
    return (ssize_t)size;
}

static int recorder_close(void *cookie) {
    ((struct recorder *)cookie)->closes++;
    return 0;
}

/* A source of the letters a, b, c, ... */
static ssize_t letters_read(void *cookie, char *buffer, size_t size) {
    int *next = cookie;
    size_t count = 0;
    while (count < size && *next < 26)
        buffer[count++] = (char)('a' + (*next)++);
    return (ssize_t)count;
}

static void cookies(void) {
    struct recorder recorder = {{0}, 0, 0};
    cookie_io_functions_t functions = {NULL, recorder_write, NULL, recorder_close};
    FILE *stream = fopencookie(&recorder, "w", functions);
    fprintf(stream, "value %d", 12);
    printf("before flush: [%s]\n", recorder.text);
    fflush(stream);
    printf("after flush: [%s]\n", recorder.text);
    errno = 0;
    int seek = fseek(stream, 0, SEEK_SET);
    printf("fseek without a seek function fails: %d\n", seek);
    fclose(stream);
    printf("closes %d\n", recorder.closes);

    int next = 0;
    cookie_io_functions_t reader = {letters_read, NULL, NULL, NULL};
    stream = fopencookie(&next, "r", reader);
    char text[40] = {0};
    size_t got = fread(text, 1, sizeof text - 1, stream);
    printf("read %zu [%s], feof %d\n", got, text, feof(stream) != 0);
    fclose(stream);
}

static void locking(void) {
    char buffer[64] = {0};
    FILE *stream = fmemopen(buffer, sizeof buffer, "w+");
    flockfile(stream);
    printf("ftrylockfile while locked (the same thread): %d\n", ftrylockfile(stream));
    putc_unlocked('a', stream);
    fputc_unlocked('b', stream);
    fputs_unlocked("cd", stream);
    fwrite_unlocked("ef", 1, 2, stream);
    funlockfile(stream);
    funlockfile(stream);
    fflush_unlocked(stream);
    rewind(stream);
    int first = getc_unlocked(stream);
    int second = fgetc_unlocked(stream);
    char rest[8] = {0};
    fgets_unlocked(rest, sizeof rest, stream);
    printf("unlocked: %c %c [%s], feof %d, ferror %d\n", first, second, rest, feof_unlocked(stream) != 0,
           ferror_unlocked(stream) != 0);
    clearerr_unlocked(stream);
    char more[4];
    size_t got = fread_unlocked(more, 1, sizeof more, stream);
    printf("fread_unlocked at the end: %zu\n", got);
    fclose(stream);
    flockfile(stdout);
    putchar_unlocked('o');
    putchar_unlocked('k');
    putchar_unlocked('\n');
    funlockfile(stdout);
    printf("fileno_unlocked(stdout) %d\n", fileno_unlocked(stdout));
}

int main(void) {
    fixed_buffers();
    growing_buffers();
    cookies();
    locking();
    return 0;
}
