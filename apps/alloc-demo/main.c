/* alloc-demo: shows malloc, calloc, realloc and free at work, checking each
 * step: alignment, contents kept across realloc, zeroed calloc memory, reuse
 * of freed blocks, a large block that grows linear memory, thousands of
 * mixed allocations, and refusals that return NULL. Exit status 0 when every
 * check passed, 1 otherwise. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks;
static int failures;

/* The compiler may assume that an allocation whose result is only compared
 * with NULL succeeded, and drop it; storing the result here keeps the call. */
static void *volatile keep;

/* errno, read where the compiler cannot see the malloc before it: clang 14
 * assumes malloc leaves errno alone and would reuse the value it had. */
__attribute__((noinline)) static int current_errno(void) {
    return errno;
}

static void check(int passed, const char *what) {
    checks++;
    if (!passed)
        failures++;
    printf("  [%s] %s\n", passed ? " ok " : "FAIL", what);
}

/* Fills a block with a pattern derived from `seed`. */
static void fill(unsigned char *block, size_t size, unsigned seed) {
    for (size_t index = 0; index < size; index++)
        block[index] = (unsigned char)(seed + index * 7);
}

/* Whether a block still holds the pattern of `fill`. */
static int holds(const unsigned char *block, size_t size, unsigned seed) {
    for (size_t index = 0; index < size; index++)
        if (block[index] != (unsigned char)(seed + index * 7))
            return 0;
    return 1;
}

static size_t memory_bytes(void) {
    return __builtin_wasm_memory_size(0) * (size_t)65536;
}

static void small_blocks(void) {
    printf("malloc: blocks of many sizes, aligned and independent\n");
    static const size_t sizes[] = {1, 3, 8, 15, 16, 17, 100, 1000, 4096, 65536};
    enum { COUNT = sizeof sizes / sizeof sizes[0] };
    unsigned char *blocks[COUNT];
    int aligned = 1, all_allocated = 1;
    for (int index = 0; index < COUNT; index++) {
        blocks[index] = malloc(sizes[index]);
        if (blocks[index] == NULL) {
            all_allocated = 0;
            continue;
        }
        if ((uintptr_t)blocks[index] % _Alignof(max_align_t) != 0)
            aligned = 0;
        fill(blocks[index], sizes[index], (unsigned)index);
    }
    check(all_allocated, "10 blocks from 1 byte to 64 KiB allocated");
    check(aligned, "every block aligned for any type (max_align_t)");
    int intact = 1;
    for (int index = 0; index < COUNT; index++)
        if (blocks[index] && !holds(blocks[index], sizes[index], (unsigned)index))
            intact = 0;
    check(intact, "no block overwrote another");
    for (int index = 0; index < COUNT; index++)
        free(blocks[index]);
    check(1, "all freed");
}

static void realloc_keeps_contents(void) {
    printf("realloc: growing and shrinking keep the contents\n");
    unsigned char *block = malloc(32);
    fill(block, 32, 5);
    unsigned char *grown = realloc(block, 100000);
    check(grown != NULL && holds(grown, 32, 5), "32 bytes grown to 100000 keep their 32 bytes");
    if (grown == NULL)
        return;
    fill(grown, 100000, 9);
    unsigned char *shrunk = realloc(grown, 10);
    check(shrunk != NULL && holds(shrunk, 10, 9), "shrunk to 10 bytes keeps the first 10");
    unsigned char *fresh = realloc(NULL, 64);
    check(fresh != NULL, "realloc(NULL, 64) is malloc(64)");
    free(fresh);
    free(shrunk);
}

static void calloc_zeroes(void) {
    printf("calloc: memory comes zeroed, even when reused\n");
    unsigned char *dirty = malloc(4096);
    memset(dirty, 0xAB, 4096);
    free(dirty);
    unsigned char *clean = calloc(1024, 4);
    int zero = clean != NULL;
    for (size_t index = 0; zero && index < 4096; index++)
        zero = clean[index] == 0;
    check(zero, "calloc(1024, 4) is 4096 zero bytes");
    free(clean);
    errno = 0;
    void *overflow = keep = calloc(SIZE_MAX / 2, 4);
    check(overflow == NULL && current_errno() == ENOMEM, "calloc whose size overflows returns NULL, errno ENOMEM");
}

static void freed_memory_is_reused(void) {
    printf("free: freed memory is used again\n");
    size_t before = memory_bytes();
    for (int round = 0; round < 1000; round++) {
        void *block = malloc(50000);
        if (block == NULL)
            break;
        memset(block, round, 50000);
        free(block);
    }
    check(memory_bytes() - before <= 65536 * 2,
          "1000 rounds of malloc(50000)/free grow memory by at most two pages");
    free(NULL);
    check(1, "free(NULL) does nothing");
}

static void large_block(void) {
    printf("a large block grows the linear memory\n");
    size_t before = memory_bytes();
    size_t size = 8 * 1024 * 1024;
    unsigned char *block = malloc(size);
    check(block != NULL, "8 MiB allocated");
    if (block == NULL)
        return;
    fill(block, size, 3);
    check(holds(block, size, 3), "all 8 MiB written and read back");
    check(memory_bytes() >= size, "linear memory is now larger than 8 MiB");
    printf("  linear memory: %zu KiB before, %zu KiB after\n", before / 1024, memory_bytes() / 1024);
    free(block);
}

static void many_mixed_allocations(void) {
    printf("10000 allocations of random sizes, freed in random order\n");
    enum { SLOTS = 512, ROUNDS = 10000 };
    static unsigned char *blocks[SLOTS];
    static size_t sizes[SLOTS];
    unsigned random_state = 12345;
    int intact = 1, allocated = 1;
    for (int round = 0; round < ROUNDS; round++) {
        random_state = random_state * 1103515245u + 12345u;
        int slot = (int)((random_state >> 8) % SLOTS);
        if (blocks[slot]) {
            if (!holds(blocks[slot], sizes[slot], (unsigned)slot))
                intact = 0;
            free(blocks[slot]);
            blocks[slot] = NULL;
        } else {
            size_t size = 1 + (random_state >> 12) % 3000;
            if (round % 100 == 0)
                size *= 50;
            blocks[slot] = malloc(size);
            if (blocks[slot] == NULL) {
                allocated = 0;
                continue;
            }
            sizes[slot] = size;
            fill(blocks[slot], size, (unsigned)slot);
        }
    }
    for (int slot = 0; slot < SLOTS; slot++) {
        if (blocks[slot] && !holds(blocks[slot], sizes[slot], (unsigned)slot))
            intact = 0;
        free(blocks[slot]);
    }
    check(allocated, "every allocation succeeded");
    check(intact, "every block kept its contents until freed");
}

static void refusals(void) {
    printf("impossible requests return NULL and set errno\n");
    errno = 0;
    void *huge = keep = malloc(SIZE_MAX - 16);
    check(huge == NULL && current_errno() == ENOMEM, "malloc(SIZE_MAX - 16) returns NULL, errno ENOMEM");
    errno = 0;
    void *beyond = keep = malloc((size_t)3 << 30);
    check(beyond == NULL && current_errno() == ENOMEM, "3 GiB (beyond the memory limit) returns NULL, errno ENOMEM");
    void *block = malloc(100);
    void *failed = keep = realloc(block, SIZE_MAX - 16);
    check(failed == NULL, "a failed realloc returns NULL...");
    memset(block, 1, 100);
    check(1, "...and leaves the old block usable");
    free(block);
    void *after = malloc(1000);
    check(after != NULL, "the heap works after the refusals");
    free(after);
}

int main(void) {
    small_blocks();
    realloc_keeps_contents();
    calloc_zeroes();
    freed_memory_is_reused();
    large_block();
    many_mixed_allocations();
    refusals();
    if (failures == 0)
        printf("all %d checks passed\n", checks);
    else
        printf("%d of %d checks FAILED\n", failures, checks);
    return failures == 0 ? 0 : 1;
}
