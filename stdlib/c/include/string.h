/* string.h: byte-string and memory functions. */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memcpy(void *__restrict destination, const void *__restrict source, size_t count);
void *memmove(void *destination, const void *source, size_t count);
void *memset(void *destination, int value, size_t count);
int memcmp(const void *left, const void *right, size_t count);
void *memchr(const void *memory, int value, size_t count);
void *memrchr(const void *memory, int value, size_t count);
void *memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);
void *mempcpy(void *__restrict destination, const void *__restrict source, size_t count);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t limit);
int strcmp(const char *left, const char *right);
int strncmp(const char *left, const char *right, size_t count);
int strcoll(const char *left, const char *right);
size_t strxfrm(char *__restrict destination, const char *__restrict source, size_t count);
char *strcpy(char *__restrict destination, const char *__restrict source);
char *strncpy(char *__restrict destination, const char *__restrict source, size_t count);
char *stpcpy(char *__restrict destination, const char *__restrict source);
char *stpncpy(char *__restrict destination, const char *__restrict source, size_t count);
size_t strlcpy(char *__restrict destination, const char *__restrict source, size_t size);
size_t strlcat(char *__restrict destination, const char *__restrict source, size_t size);
char *strcat(char *__restrict destination, const char *__restrict source);
char *strncat(char *__restrict destination, const char *__restrict source, size_t count);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strchrnul(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strtok(char *__restrict s, const char *__restrict delimiters);
char *strtok_r(char *__restrict s, const char *__restrict delimiters, char **__restrict state);
char *strsep(char **s, const char *delimiters);
char *strdup(const char *s);
char *strndup(const char *s, size_t limit);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strerror(int error_number);
int strerror_r(int error_number, char *buffer, size_t size);
char *strsignal(int signal_number);
/* GNU: compares as version numbers ("a9" < "a10"; src/string/strverscmp.c). */
int strverscmp(const char *left, const char *right);

#ifdef __cplusplus
}
#endif

#endif
