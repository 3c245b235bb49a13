/* stdio.h: buffered streams over WasmOS file descriptors, and formatted I/O. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The stream object is private to the library (src/stdio/stdio_impl.h). */
typedef struct __wasmos_file FILE;
typedef long long fpos_t;

#define EOF (-1)
#define BUFSIZ 4096
#define FILENAME_MAX 4096
#define FOPEN_MAX 64
#define L_tmpnam 32
#define TMP_MAX 10000

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

FILE *fopen(const char *path, const char *mode);
FILE *freopen(const char *path, const char *mode, FILE *stream);
FILE *fdopen(int fd, const char *mode);
/* Runs a command through `sh -c` with its standard output ("r") or input
 * ("w") connected to the stream; pclose waits and returns its wait status. */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *stream);
/* A stream on the `size` bytes at `buffer` (NULL: a zeroed buffer of its
 * own), or on a buffer that grows, its address and size reported in
 * *pointer and *size on each flush (src/stdio/memory_stream.c). */
FILE *fmemopen(void *__restrict buffer, size_t size, const char *__restrict mode);
FILE *open_memstream(char **pointer, size_t *size);

/* GNU's streams over functions of the caller's (NULL read: end of file at
 * once; NULL write: output discarded; NULL seek: ESPIPE). */
typedef ssize_t cookie_read_function_t(void *cookie, char *buffer, size_t size);
typedef ssize_t cookie_write_function_t(void *cookie, const char *buffer, size_t size);
typedef int cookie_seek_function_t(void *cookie, off_t *offset, int whence);
typedef int cookie_close_function_t(void *cookie);
typedef struct {
    cookie_read_function_t *read;
    cookie_write_function_t *write;
    cookie_seek_function_t *seek;
    cookie_close_function_t *close;
} cookie_io_functions_t;
FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t functions);

int fclose(FILE *stream);
int fflush(FILE *stream);
int fileno(FILE *stream);
int setvbuf(FILE *stream, char *buffer, int mode, size_t size);
void setbuf(FILE *stream, char *buffer);

size_t fread(void *buffer, size_t size, size_t count, FILE *stream);
size_t fwrite(const void *buffer, size_t size, size_t count, FILE *stream);
int fgetc(FILE *stream);
int getc(FILE *stream);
int getchar(void);
int ungetc(int c, FILE *stream);
char *fgets(char *buffer, int size, FILE *stream);
ssize_t getline(char **line, size_t *capacity, FILE *stream);
ssize_t getdelim(char **line, size_t *capacity, int delimiter, FILE *stream);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int putchar(int c);
int fputs(const char *s, FILE *stream);
int puts(const char *s);

int fseek(FILE *stream, long offset, int whence);
int fseeko(FILE *stream, off_t offset, int whence);
long ftell(FILE *stream);
off_t ftello(FILE *stream);
void rewind(FILE *stream);
int fgetpos(FILE *stream, fpos_t *position);
int fsetpos(FILE *stream, const fpos_t *position);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);

/* Locking: a process has one thread, so these never wait (src/stdio/unlocked.c). */
void flockfile(FILE *stream);
int ftrylockfile(FILE *stream);
void funlockfile(FILE *stream);
int getc_unlocked(FILE *stream);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *stream);
int putchar_unlocked(int c);
int fgetc_unlocked(FILE *stream);
int fputc_unlocked(int c, FILE *stream);
size_t fread_unlocked(void *buffer, size_t size, size_t count, FILE *stream);
size_t fwrite_unlocked(const void *buffer, size_t size, size_t count, FILE *stream);
char *fgets_unlocked(char *buffer, int size, FILE *stream);
int fputs_unlocked(const char *s, FILE *stream);
int feof_unlocked(FILE *stream);
int ferror_unlocked(FILE *stream);
void clearerr_unlocked(FILE *stream);
int fileno_unlocked(FILE *stream);
int fflush_unlocked(FILE *stream);

int remove(const char *path);
int rename(const char *old_path, const char *new_path);
void perror(const char *prefix);
FILE *tmpfile(void);
/* A name in /tmp that no file has yet (in `name`, at least L_tmpnam bytes, or a static buffer). */
char *tmpnam(char *name);

int printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *stream, const char *format, ...) __attribute__((format(printf, 2, 3)));
int dprintf(int fd, const char *format, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *buffer, const char *format, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buffer, size_t size, const char *format, ...) __attribute__((format(printf, 3, 4)));
int asprintf(char **result, const char *format, ...) __attribute__((format(printf, 2, 3)));
int vprintf(const char *format, va_list args) __attribute__((format(printf, 1, 0)));
int vfprintf(FILE *stream, const char *format, va_list args) __attribute__((format(printf, 2, 0)));
int vdprintf(int fd, const char *format, va_list args) __attribute__((format(printf, 2, 0)));
int vsprintf(char *buffer, const char *format, va_list args) __attribute__((format(printf, 2, 0)));
int vsnprintf(char *buffer, size_t size, const char *format, va_list args) __attribute__((format(printf, 3, 0)));
int vasprintf(char **result, const char *format, va_list args) __attribute__((format(printf, 2, 0)));

int scanf(const char *format, ...) __attribute__((format(scanf, 1, 2)));
int fscanf(FILE *stream, const char *format, ...) __attribute__((format(scanf, 2, 3)));
int sscanf(const char *input, const char *format, ...) __attribute__((format(scanf, 2, 3)));
int vscanf(const char *format, va_list args) __attribute__((format(scanf, 1, 0)));
int vfscanf(FILE *stream, const char *format, va_list args) __attribute__((format(scanf, 2, 0)));
int vsscanf(const char *input, const char *format, va_list args) __attribute__((format(scanf, 2, 0)));

#ifdef __cplusplus
}
#endif

#endif
