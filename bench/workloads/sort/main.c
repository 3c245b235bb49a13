/* sort: benchmark workload, qsort of 32-bit integers from a fixed LCG.
 * Usage: sort [count]   (default 1048576: 1M integers)
 * Prints a checksum of the sorted array; exits 1 if it is not sorted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DEFAULT_COUNT 1048576

static int compare_integers(const void *left, const void *right) {
    uint32_t a = *(const uint32_t *)left, b = *(const uint32_t *)right;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    long count = DEFAULT_COUNT;
    if (argc > 1) {
        char *end;
        count = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || count <= 0 || count > (1L << 24)) {
            fprintf(stderr, "sort: %s: count must be 1 to %ld\n", argv[1], 1L << 24);
            return 2;
        }
    }
    uint32_t *numbers = malloc((size_t)count * sizeof *numbers);
    if (!numbers) {
        fprintf(stderr, "sort: out of memory\n");
        return 1;
    }
    uint32_t generator = 42;
    for (long index = 0; index < count; index++) {
        generator = generator * 1664525u + 1013904223u;
        numbers[index] = generator ^ (generator >> 13);
    }
    qsort(numbers, (size_t)count, sizeof *numbers, compare_integers);
    uint32_t checksum = 0;
    long unsorted = 0;
    for (long index = 0; index < count; index++) {
        if (index > 0 && numbers[index - 1] > numbers[index])
            unsorted++;
        checksum = (checksum * 31 + numbers[index]) ^ (uint32_t)index;
    }
    printf("sort %ld ints: checksum 0x%08x%s\n", count, checksum, unsorted ? " NOT SORTED" : "");
    free(numbers);
    return unsorted ? 1 : 0;
}
