/* malloc.c: the heap allocator, living entirely in the app's linear memory.
 *
 * The heap runs from __heap_base to the end of memory and grows with
 * memory.grow. It is a sequence of chunks with boundary tags:
 *
 *   chunk:  [u32 previous_size][u32 size | flags][payload ...]
 *
 * `size` counts the whole chunk (a multiple of 16, at least 16); the payload
 * starts 8 bytes in and is 16-byte aligned. `previous_size` is only valid
 * when the previous chunk is free (flag PREVIOUS_IN_USE clear), which lets a
 * freed chunk merge with both neighbours. A free chunk keeps its free-list
 * links in its payload. The heap ends with an 8-byte epilogue header that is
 * always "in use", so merging never runs off the end.
 *
 * Free chunks sit in segregated lists ("bins"): one per 16-byte size up to 512
 * bytes, then four per power of two. A bitmap of non-empty bins makes finding
 * the smallest fitting bin cheap. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wasmos.h>

#define ALIGNMENT 16u
#define HEADER_SIZE 8u
#define MINIMUM_CHUNK 16u
#define PAGE_SIZE 65536u
#define IN_USE 1u
#define PREVIOUS_IN_USE 2u
#define FLAG_MASK 15u

#define SMALL_BIN_LIMIT 512u
#define SMALL_BINS 32u
#define BIN_COUNT 128u

struct chunk {
    uint32_t previous_size;
    uint32_t size_and_flags;
    /* Only in free chunks: */
    struct chunk *next_free;
    struct chunk *previous_free;
};

/* Provided by wasm-ld: the first byte after static data and the stack. */
extern unsigned char __heap_base;

static struct chunk *bins[BIN_COUNT];
static uint32_t nonempty_bins[BIN_COUNT / 32];
static uintptr_t heap_first;   /* the first chunk */
static struct chunk *epilogue; /* the end marker */
static int heap_ready;

static inline uint32_t chunk_size(const struct chunk *chunk) {
    return chunk->size_and_flags & ~FLAG_MASK;
}

static inline struct chunk *next_chunk(struct chunk *chunk) {
    return (struct chunk *)((uintptr_t)chunk + chunk_size(chunk));
}

static inline struct chunk *chunk_of(void *payload) {
    return (struct chunk *)((uintptr_t)payload - HEADER_SIZE);
}

static inline void *payload_of(struct chunk *chunk) {
    return (void *)((uintptr_t)chunk + HEADER_SIZE);
}

static unsigned bin_index(uint32_t size) {
    if (size <= SMALL_BIN_LIMIT)
        return size / ALIGNMENT - 1;
    unsigned power = 31 - (unsigned)__builtin_clz(size);
    unsigned quarter = (size >> (power - 2)) & 3;
    unsigned index = SMALL_BINS + (power - 9) * 4 + quarter;
    return index < BIN_COUNT ? index : BIN_COUNT - 1;
}

static void bin_insert(struct chunk *chunk) {
    unsigned index = bin_index(chunk_size(chunk));
    chunk->previous_free = NULL;
    chunk->next_free = bins[index];
    if (bins[index])
        bins[index]->previous_free = chunk;
    bins[index] = chunk;
    nonempty_bins[index / 32] |= 1u << (index % 32);
}

static void bin_remove(struct chunk *chunk) {
    unsigned index = bin_index(chunk_size(chunk));
    if (chunk->previous_free)
        chunk->previous_free->next_free = chunk->next_free;
    else
        bins[index] = chunk->next_free;
    if (chunk->next_free)
        chunk->next_free->previous_free = chunk->previous_free;
    if (!bins[index])
        nonempty_bins[index / 32] &= ~(1u << (index % 32));
}

/* Marks `chunk` (of `size` bytes) free, merges it with free neighbours and
 * files it in its bin. The PREVIOUS_IN_USE flag of `chunk` must be correct. */
static void release_chunk(struct chunk *chunk, uint32_t size) {
    uint32_t flags = chunk->size_and_flags & PREVIOUS_IN_USE;
    if (!(flags & PREVIOUS_IN_USE)) {
        struct chunk *previous = (struct chunk *)((uintptr_t)chunk - chunk->previous_size);
        bin_remove(previous);
        size += chunk_size(previous);
        flags = previous->size_and_flags & PREVIOUS_IN_USE;
        chunk = previous;
    }
    struct chunk *next = (struct chunk *)((uintptr_t)chunk + size);
    if (!(next->size_and_flags & IN_USE)) {
        bin_remove(next);
        size += chunk_size(next);
        next = (struct chunk *)((uintptr_t)chunk + size);
    }
    chunk->size_and_flags = size | flags;
    next->previous_size = size;
    next->size_and_flags &= ~PREVIOUS_IN_USE;
    bin_insert(chunk);
}

/* Adds the memory [start, end) (16-aligned, freshly obtained) to the heap. */
static void add_region(uintptr_t start, uintptr_t end) {
    uintptr_t old_end = (uintptr_t)epilogue + HEADER_SIZE;
    struct chunk *free_chunk;
    uint32_t free_size;
    if (start == old_end) {
        /* Contiguous: the old epilogue becomes the header of the new space. */
        free_chunk = epilogue;
        free_size = (uint32_t)(end - HEADER_SIZE - (uintptr_t)free_chunk);
    } else {
        /* Someone else grew memory in between: fence the gap off as in use. */
        struct chunk *fence = epilogue;
        fence->size_and_flags = (uint32_t)(start + HEADER_SIZE - (uintptr_t)fence) | IN_USE |
                                (fence->size_and_flags & PREVIOUS_IN_USE);
        free_chunk = next_chunk(fence);
        free_chunk->size_and_flags = PREVIOUS_IN_USE;
        free_size = (uint32_t)(end - HEADER_SIZE - (uintptr_t)free_chunk);
    }
    epilogue = (struct chunk *)(end - HEADER_SIZE);
    epilogue->size_and_flags = IN_USE;
    if (free_size >= MINIMUM_CHUNK) {
        free_chunk->size_and_flags = free_size | (free_chunk->size_and_flags & PREVIOUS_IN_USE) | IN_USE;
        epilogue->size_and_flags |= PREVIOUS_IN_USE;
        release_chunk(free_chunk, free_size);
    } else {
        /* Too small to be a chunk: keep the epilogue where it was. */
        epilogue = free_chunk;
        epilogue->size_and_flags = IN_USE | (epilogue->size_and_flags & PREVIOUS_IN_USE);
    }
}

static void heap_init(void) {
    uintptr_t base = ((uintptr_t)&__heap_base + ALIGNMENT - 1) & ~(uintptr_t)(ALIGNMENT - 1);
    heap_first = base + HEADER_SIZE;
    epilogue = (struct chunk *)heap_first;
    epilogue->size_and_flags = IN_USE | PREVIOUS_IN_USE;
    heap_ready = 1;
    uintptr_t memory_end = (uintptr_t)__builtin_wasm_memory_size(0) * PAGE_SIZE;
    if (memory_end >= heap_first + HEADER_SIZE + MINIMUM_CHUNK)
        add_region(heap_first + HEADER_SIZE, memory_end);
}

/* Grows memory so that a chunk of `size` bytes fits; returns 0 on failure. */
static int grow_heap(uint32_t size) {
    uint32_t needed = size + 2 * ALIGNMENT;
    if (!(epilogue->size_and_flags & PREVIOUS_IN_USE)) {
        uint32_t tail = epilogue->previous_size;
        needed = tail >= needed ? ALIGNMENT : needed - tail;
    }
    uint32_t pages = (needed + PAGE_SIZE - 1) / PAGE_SIZE;
    /* Grow by at least 1 MiB or an eighth of the memory, so that a growing
     * heap needs few (possibly costly) memory.grow calls; fall back to the
     * exact need near the memory limit. */
    uint32_t generous = (uint32_t)__builtin_wasm_memory_size(0) / 8;
    if (generous < 16)
        generous = 16;
    uintptr_t old_pages = (uintptr_t)-1;
    if (generous > pages) {
        old_pages = __builtin_wasm_memory_grow(0, generous);
        if (old_pages != (uintptr_t)-1)
            pages = generous;
    }
    if (old_pages == (uintptr_t)-1)
        old_pages = __builtin_wasm_memory_grow(0, pages);
    if (old_pages == (uintptr_t)-1)
        return 0;
    add_region(old_pages * PAGE_SIZE, (old_pages + pages) * PAGE_SIZE);
    return 1;
}

/* The chunk size that holds `request` payload bytes, or 0 if impossible. */
static uint32_t size_for_request(size_t request) {
    if (request > 0x7fff0000u)
        return 0;
    uint32_t size = ((uint32_t)request + HEADER_SIZE + ALIGNMENT - 1) & ~(ALIGNMENT - 1);
    return size < MINIMUM_CHUNK ? MINIMUM_CHUNK : size;
}

static struct chunk *find_free_chunk(uint32_t size) {
    unsigned index = bin_index(size);
    if (index >= SMALL_BINS) {
        /* Large bins hold a range of sizes: take the best fit in this one. */
        struct chunk *best = NULL;
        for (struct chunk *chunk = bins[index]; chunk; chunk = chunk->next_free) {
            uint32_t candidate = chunk_size(chunk);
            if (candidate >= size && (!best || candidate < chunk_size(best))) {
                best = chunk;
                if (candidate == size)
                    break;
            }
        }
        if (best)
            return best;
        index++;
    }
    /* Any chunk of a higher bin is big enough. */
    for (unsigned word = index / 32; word < BIN_COUNT / 32; word++) {
        uint32_t bits = nonempty_bins[word];
        if (word == index / 32)
            bits &= ~0u << (index % 32);
        if (bits)
            return bins[word * 32 + (unsigned)__builtin_ctz(bits)];
    }
    return NULL;
}

/* Marks `chunk` in use with exactly `size` bytes, freeing what is left over. */
static void take_chunk(struct chunk *chunk, uint32_t size) {
    uint32_t available = chunk_size(chunk);
    uint32_t flags = chunk->size_and_flags & PREVIOUS_IN_USE;
    if (available - size >= MINIMUM_CHUNK) {
        chunk->size_and_flags = size | flags | IN_USE;
        struct chunk *rest = next_chunk(chunk);
        rest->size_and_flags = (available - size) | PREVIOUS_IN_USE | IN_USE;
        release_chunk(rest, available - size);
    } else {
        chunk->size_and_flags = available | flags | IN_USE;
        next_chunk(chunk)->size_and_flags |= PREVIOUS_IN_USE;
    }
}

void *malloc(size_t request) {
    if (!heap_ready)
        heap_init();
    uint32_t size = size_for_request(request);
    if (!size) {
        errno = ENOMEM;
        return NULL;
    }
    struct chunk *chunk = find_free_chunk(size);
    if (!chunk) {
        if (!grow_heap(size) || !(chunk = find_free_chunk(size))) {
            errno = ENOMEM;
            return NULL;
        }
    }
    bin_remove(chunk);
    take_chunk(chunk, size);
    return payload_of(chunk);
}

/* Stops the program on a pointer that malloc did not hand out. */
static void heap_corruption(const char *function) {
    static const char message[] = ": invalid pointer\n";
    wasmos_write(2, function, (unsigned)strlen(function));
    wasmos_write(2, message, sizeof message - 1);
    __builtin_trap();
}

static struct chunk *checked_chunk(void *pointer, const char *function) {
    uintptr_t address = (uintptr_t)pointer;
    if (!heap_ready || address % ALIGNMENT || address < heap_first + HEADER_SIZE ||
        address > (uintptr_t)epilogue)
        heap_corruption(function);
    struct chunk *chunk = chunk_of(pointer);
    if (!(chunk->size_and_flags & IN_USE) || chunk_size(chunk) < MINIMUM_CHUNK ||
        (uintptr_t)next_chunk(chunk) > (uintptr_t)epilogue)
        heap_corruption(function);
    return chunk;
}

void free(void *pointer) {
    if (!pointer)
        return;
    struct chunk *chunk = checked_chunk(pointer, "free()");
    release_chunk(chunk, chunk_size(chunk));
}

void *calloc(size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return NULL;
    }
    void *pointer = malloc(total);
    if (pointer)
        memset(pointer, 0, total);
    return pointer;
}

void *realloc(void *pointer, size_t request) {
    if (!pointer)
        return malloc(request);
    if (request == 0) {
        free(pointer);
        return NULL;
    }
    struct chunk *chunk = checked_chunk(pointer, "realloc()");
    uint32_t size = size_for_request(request);
    if (!size) {
        errno = ENOMEM;
        return NULL;
    }
    uint32_t current = chunk_size(chunk);
    if (size <= current) {
        take_chunk(chunk, size);
        return pointer;
    }
    struct chunk *next = next_chunk(chunk);
    if (!(next->size_and_flags & IN_USE) && current + chunk_size(next) >= size) {
        bin_remove(next);
        chunk->size_and_flags = (current + chunk_size(next)) | (chunk->size_and_flags & FLAG_MASK);
        take_chunk(chunk, size);
        return pointer;
    }
    void *moved = malloc(request);
    if (!moved)
        return NULL;
    memcpy(moved, pointer, current - HEADER_SIZE);
    free(pointer);
    return moved;
}

void *reallocarray(void *pointer, size_t count, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(count, size, &total)) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(pointer, total);
}

void *memalign(size_t alignment, size_t request) {
    if (alignment == 0 || (alignment & (alignment - 1))) {
        errno = EINVAL;
        return NULL;
    }
    if (alignment <= ALIGNMENT)
        return malloc(request);
    if (alignment > 0x10000000u || request > 0x7fff0000u - alignment) {
        errno = ENOMEM;
        return NULL;
    }
    uint32_t size = size_for_request(request);
    unsigned char *raw = malloc(size + alignment + MINIMUM_CHUNK);
    if (!raw)
        return NULL;
    uintptr_t aligned = ((uintptr_t)raw + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (aligned != (uintptr_t)raw && aligned - (uintptr_t)raw < MINIMUM_CHUNK)
        aligned += alignment;
    if (aligned == (uintptr_t)raw)
        return raw;
    /* Give the bytes in front of the aligned payload back as a free chunk. */
    struct chunk *original = chunk_of(raw);
    struct chunk *result = chunk_of((void *)aligned);
    uint32_t lead = (uint32_t)(aligned - (uintptr_t)raw);
    uint32_t rest = chunk_size(original) - lead;
    result->size_and_flags = rest | IN_USE | PREVIOUS_IN_USE;
    original->size_and_flags = lead | (original->size_and_flags & PREVIOUS_IN_USE) | IN_USE;
    release_chunk(original, lead);
    take_chunk(result, size);
    return (void *)aligned;
}

void *aligned_alloc(size_t alignment, size_t request) {
    return memalign(alignment, request);
}

int posix_memalign(void **result, size_t alignment, size_t request) {
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)))
        return EINVAL;
    void *pointer = memalign(alignment, request);
    if (!pointer)
        return ENOMEM;
    *result = pointer;
    return 0;
}

size_t malloc_usable_size(void *pointer) {
    if (!pointer)
        return 0;
    return chunk_size(checked_chunk(pointer, "malloc_usable_size()")) - HEADER_SIZE;
}
