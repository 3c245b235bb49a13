/* malloc: benchmark workload, allocator churn: malloc of varied sizes,
 * frees in random order, reallocs that must keep their contents.
 * Usage: malloc [operations]   (default 100000)
 * The checksum depends only on sizes and contents, never on addresses. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_OPERATIONS 100000
#define SLOTS 2048

struct block {
    uint8_t *bytes;
    size_t size;
    uint8_t fill;
};

/* Set up by main, so the workload can also run repeatedly in one program
 * (the bench build of the kernel calls it as a function). */
static struct block blocks[SLOTS];
static uint32_t generator;
static long corrupted;

static uint32_t next_random(void) {
    generator = generator * 1664525u + 1013904223u;
    return generator >> 8;
}

/* Mostly small sizes, some medium, a few large, as real programs ask. */
static size_t random_size(void) {
    uint32_t choice = next_random() % 100;
    if (choice < 75)
        return 1 + next_random() % 128;
    if (choice < 97)
        return 128 + next_random() % 2048;
    return 2048 + next_random() % 65536;
}

/* Whether the first and last bytes of a block still hold its fill byte. */
static uint32_t block_check(const struct block *block, size_t size) {
    uint32_t sum = 0;
    size_t head = size < 16 ? size : 16;
    for (size_t index = 0; index < head; index++) {
        if (block->bytes[index] != block->fill)
            corrupted++;
        sum += block->bytes[index];
    }
    if (block->bytes[size - 1] != block->fill)
        corrupted++;
    return sum + block->bytes[size - 1];
}

static int block_allocate(struct block *block, size_t size, uint8_t fill) {
    block->bytes = malloc(size);
    if (!block->bytes)
        return -1;
    block->size = size;
    block->fill = fill;
    memset(block->bytes, fill, size);
    return 0;
}

int main(int argc, char **argv) {
    long operations = DEFAULT_OPERATIONS;
    if (argc > 1) {
        char *end;
        operations = strtol(argv[1], &end, 10);
        if (*end || end == argv[1] || operations < 0) {
            fprintf(stderr, "malloc: %s: not a valid operation count\n", argv[1]);
            return 2;
        }
    }
    memset(blocks, 0, sizeof blocks);
    generator = 7;
    corrupted = 0;
    uint32_t checksum = 0;
    for (long operation = 0; operation < operations; operation++) {
        struct block *block = &blocks[next_random() % SLOTS];
        uint32_t action = next_random() % 4;
        if (!block->bytes) {
            if (block_allocate(block, random_size(), (uint8_t)operation) < 0) {
                fprintf(stderr, "malloc: out of memory\n");
                return 1;
            }
            checksum = checksum * 33 + (uint32_t)block->size;
        } else if (action == 0) {
            /* Grow or shrink: the common prefix must survive. */
            size_t old_size = block->size, new_size = random_size();
            uint8_t *moved = realloc(block->bytes, new_size);
            if (!moved) {
                fprintf(stderr, "malloc: out of memory\n");
                return 1;
            }
            block->bytes = moved;
            checksum = checksum * 33 + block_check(block, old_size < new_size ? old_size : new_size);
            block->size = new_size;
            block->fill = (uint8_t)(block->fill + 1);
            memset(block->bytes, block->fill, new_size);
        } else {
            checksum = checksum * 33 + block_check(block, block->size);
            free(block->bytes);
            block->bytes = NULL;
        }
    }
    long live = 0;
    for (int slot = SLOTS - 1; slot >= 0; slot--) {
        if (blocks[slot].bytes) {
            checksum = checksum * 33 + block_check(&blocks[slot], blocks[slot].size);
            free(blocks[slot].bytes);
            blocks[slot].bytes = NULL;
            live++;
        }
    }
    printf("malloc %ld operations: %ld live at end, checksum 0x%08x%s\n", operations, live, checksum,
           corrupted ? " CORRUPTED" : "");
    return corrupted ? 1 : 0;
}
