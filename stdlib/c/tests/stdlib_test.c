/* stdlib_test.c: sorting, searching, integer helpers, the allocator and
 * calendar time, printed deterministically; the output must match the host's
 * glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <libgen.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int compare_ints(const void *left, const void *right) {
    int a = *(const int *)left, b = *(const int *)right;
    return (a > b) - (a < b);
}

static int compare_strings(const void *left, const void *right) {
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* A deterministic generator, so both builds sort the same data. */
static uint32_t generator_state = 12345;
static uint32_t next_random(void) {
    generator_state = generator_state * 1103515245u + 12345u;
    return generator_state >> 8;
}

static void sorting(void) {
    int values[1000];
    for (int index = 0; index < 1000; index++)
        values[index] = (int)(next_random() % 500) - 250;
    qsort(values, 1000, sizeof *values, compare_ints);
    int sorted = 1;
    long long sum = 0;
    for (int index = 0; index < 1000; index++) {
        sum += values[index];
        if (index && values[index - 1] > values[index])
            sorted = 0;
    }
    printf("qsort ints: sorted=%d sum=%lld first=%d last=%d\n", sorted, sum, values[0], values[999]);
    const char *names[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apple2", "kiwi"};
    qsort(names, 8, sizeof *names, compare_strings);
    printf("qsort strings:");
    for (int index = 0; index < 8; index++)
        printf(" %s", names[index]);
    printf("\n");
    int ordered[] = {1, 3, 5, 7, 9, 11};
    for (int key = 0; key <= 12; key++) {
        int *found = bsearch(&key, ordered, 6, sizeof *ordered, compare_ints);
        printf("%s", found ? "Y" : "n");
    }
    printf(" bsearch\n");
    qsort(values, 0, sizeof *values, compare_ints);
    int descending[50];
    for (int index = 0; index < 50; index++)
        descending[index] = 50 - index;
    qsort(descending, 50, sizeof *descending, compare_ints);
    printf("qsort descending: %d %d %d\n", descending[0], descending[25], descending[49]);
}

static void integers(void) {
    div_t d = div(17, 5);
    ldiv_t ld = ldiv(-17, 5);
    lldiv_t lld = lldiv(1000000000000LL, 7);
    printf("div: %d %d | %ld %ld | %lld %lld\n", d.quot, d.rem, ld.quot, ld.rem, lld.quot, lld.rem);
    printf("abs: %d %ld %lld\n", abs(-5), labs(-7L), llabs(-9000000000LL));
}

static void allocator(void) {
    enum { SLOTS = 500 };
    static unsigned char *blocks[SLOTS];
    static size_t sizes[SLOTS];
    unsigned long long checksum = 0;
    int failures = 0;
    for (int round = 0; round < 20000; round++) {
        int slot = (int)(next_random() % SLOTS);
        if (blocks[slot]) {
            for (size_t index = 0; index < sizes[slot]; index++) {
                if (blocks[slot][index] != (unsigned char)(slot + index))
                    failures++;
            }
            checksum += sizes[slot];
            if (next_random() % 3 == 0) {
                size_t size = next_random() % 3000;
                unsigned char *grown = realloc(blocks[slot], size + 1);
                size_t keep = size + 1 < sizes[slot] ? size + 1 : sizes[slot];
                for (size_t index = 0; index < keep; index++) {
                    if (grown[index] != (unsigned char)(slot + index))
                        failures++;
                }
                for (size_t index = 0; index < size + 1; index++)
                    grown[index] = (unsigned char)(slot + index);
                blocks[slot] = grown;
                sizes[slot] = size + 1;
                continue;
            }
            free(blocks[slot]);
            blocks[slot] = NULL;
        } else {
            size_t size = next_random() % 4 == 0 ? next_random() % 20000 : next_random() % 100;
            blocks[slot] = next_random() % 2 ? malloc(size + 1) : calloc(size + 1, 1);
            if (!blocks[slot]) {
                failures++;
                continue;
            }
            sizes[slot] = size + 1;
            for (size_t index = 0; index < size + 1; index++)
                blocks[slot][index] = (unsigned char)(slot + index);
        }
    }
    for (int slot = 0; slot < SLOTS; slot++)
        free(blocks[slot]);
    void *aligned = aligned_alloc(256, 1000);
    void *aligned_big = aligned_alloc(4096, 100);
    printf("malloc: failures=%d checksum=%llu aligned=%d %d\n", failures, checksum,
           (int)((uintptr_t)aligned % 256), (int)((uintptr_t)aligned_big % 4096));
    free(aligned);
    free(aligned_big);
    char *zeroed = calloc(100, 1);
    int zero = 1;
    for (int index = 0; index < 100; index++)
        zero &= zeroed[index] == 0;
    printf("calloc zero: %d\n", zero);
    free(zeroed);
    char *fresh = realloc(NULL, 10);
    printf("realloc NULL: %d\n", fresh != NULL);
    free(fresh);
}

static void calendar(void) {
    time_t moments[] = {0, 86399, 951782400, 1000000000, 1700000000, 4102444800LL, -86400};
    for (size_t index = 0; index < sizeof moments / sizeof *moments; index++) {
        struct tm broken_down;
        gmtime_r(&moments[index], &broken_down);
        char text[128];
        strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S %a %b %j %w|%F %T|%D %e %I %p %y %C %%", &broken_down);
        printf("gmtime(%lld): %s yday=%d\n", (long long)moments[index], text, broken_down.tm_yday);
        time_t back = timegm(&broken_down);
        printf("timegm: %lld\n", (long long)back);
    }
}

static void paths(void) {
    const char *samples[] = {"/usr/lib", "/usr/", "usr", "/", ".", "..", "a/b/c//", "//x", ""};
    for (size_t index = 0; index < sizeof samples / sizeof *samples; index++) {
        char first[32], second[32];
        strcpy(first, samples[index]);
        strcpy(second, samples[index]);
        printf("path [%s]: dirname [%s] basename [%s]\n", samples[index], dirname(first), basename(second));
    }
    printf("setlocale C: %s, decimal point: %s\n", setlocale(LC_ALL, "C"), localeconv()->decimal_point);
}

int main(void) {
    paths();
    sorting();
    integers();
    allocator();
    calendar();
    return 0;
}
