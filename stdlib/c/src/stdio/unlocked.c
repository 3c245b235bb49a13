/* unlocked.c: stream locking and the *_unlocked functions. A WasmOS
 * process has one thread, so no other thread can hold a stream's lock:
 * flockfile and ftrylockfile always get it at once (ftrylockfile returns 0)
 * and each *_unlocked function is its locked twin. */
#include <stdio.h>

void flockfile(FILE *stream) {
    (void)stream;
}

int ftrylockfile(FILE *stream) {
    (void)stream;
    return 0;
}

void funlockfile(FILE *stream) {
    (void)stream;
}

int getc_unlocked(FILE *stream) {
    return fgetc(stream);
}

int getchar_unlocked(void) {
    return fgetc(stdin);
}

int putc_unlocked(int c, FILE *stream) {
    return fputc(c, stream);
}

int putchar_unlocked(int c) {
    return fputc(c, stdout);
}

int fgetc_unlocked(FILE *stream) {
    return fgetc(stream);
}

int fputc_unlocked(int c, FILE *stream) {
    return fputc(c, stream);
}

size_t fread_unlocked(void *buffer, size_t size, size_t count, FILE *stream) {
    return fread(buffer, size, count, stream);
}

size_t fwrite_unlocked(const void *buffer, size_t size, size_t count, FILE *stream) {
    return fwrite(buffer, size, count, stream);
}

char *fgets_unlocked(char *buffer, int size, FILE *stream) {
    return fgets(buffer, size, stream);
}

int fputs_unlocked(const char *s, FILE *stream) {
    return fputs(s, stream);
}

int feof_unlocked(FILE *stream) {
    return feof(stream);
}

int ferror_unlocked(FILE *stream) {
    return ferror(stream);
}

void clearerr_unlocked(FILE *stream) {
    clearerr(stream);
}

int fileno_unlocked(FILE *stream) {
    return fileno(stream);
}

int fflush_unlocked(FILE *stream) {
    return fflush(stream);
}
