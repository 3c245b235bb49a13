/* stdlib.h: memory, conversions, sorting, the environment and process exit. */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fffffff
#define MB_CUR_MAX 1

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t size);
void *reallocarray(void *pointer, size_t count, size_t size);
void free(void *pointer);
void *aligned_alloc(size_t alignment, size_t size);
int posix_memalign(void **result, size_t alignment, size_t size);
void *memalign(size_t alignment, size_t size);
size_t malloc_usable_size(void *pointer);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *s, char **end, int base);
unsigned long strtoul(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
/* Correctly rounded to binary128 (113 bits; src/stdlib/strtold.c). */
long double strtold(const char *s, char **end);

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));

int abs(int value);
long labs(long value);
long long llabs(long long value);
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
lldiv_t lldiv(long long numerator, long long denominator);

int rand(void);
void srand(unsigned int seed);
int rand_r(unsigned int *state);

/* The BSD additive generators, giving glibc's sequences (src/stdlib/random_additive.c). */
long random(void);
void srandom(unsigned int seed);
char *initstate(unsigned int seed, char *state, size_t size);
char *setstate(char *state);
/* glibc's reentrant versions: zero a random_data, then initstate_r. */
struct random_data {
    int32_t *fptr;
    int32_t *rptr;
    int32_t *state;
    int rand_type;
    int rand_deg;
    int rand_sep;
    int32_t *end_ptr;
};
int random_r(struct random_data *data, int32_t *result);
int srandom_r(unsigned int seed, struct random_data *data);
int initstate_r(unsigned int seed, char *state, size_t size, struct random_data *data);
int setstate_r(char *state, struct random_data *data);

/* POSIX's 48-bit linear congruential generator (src/stdlib/rand48.c). */
double drand48(void);
double erand48(unsigned short state[3]);
long lrand48(void);
long nrand48(unsigned short state[3]);
long mrand48(void);
long jrand48(unsigned short state[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short parameters[7]);

__attribute__((noreturn)) void exit(int status);
__attribute__((noreturn)) void _Exit(int status);
__attribute__((noreturn)) void abort(void);
int atexit(void (*function)(void));

char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *assignment);
int clearenv(void);
int system(const char *command);
char *realpath(const char *path, char *resolved);

/* Unique names from a template ending in "XXXXXX" (then `suffix_length`
 * more bytes for the *s versions), created exclusively. */
int mkstemp(char *template_name);
int mkostemp(char *template_name, int flags);
int mkstemps(char *template_name, int suffix_length);
int mkostemps(char *template_name, int suffix_length, int flags);
char *mkdtemp(char *template_name);
char *mktemp(char *template_name);

#ifdef __cplusplus
}
#endif

#endif
