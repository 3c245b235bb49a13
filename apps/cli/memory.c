/* Memory: checked allocation, arenas for parsed commands, growing strings
 * and string lists. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"

static __attribute__((noreturn)) void out_of_memory(void) {
    fflush(stdout);
    fprintf(stderr, "%s: out of memory\n", shell_name);
    leave_shell(2);
}

void *shell_allocate(size_t size) {
    void *memory = malloc(size ? size : 1);
    if (!memory)
        out_of_memory();
    return memory;
}

void *shell_reallocate(void *memory, size_t size) {
    void *grown = realloc(memory, size ? size : 1);
    if (!grown)
        out_of_memory();
    return grown;
}

char *shell_copy(const char *text) {
    return shell_copy_length(text, strlen(text));
}

char *shell_copy_length(const char *text, size_t length) {
    char *copy = shell_allocate(length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

/* ---- arenas ------------------------------------------------------------------ */

struct arena_block {
    struct arena_block *next;
    size_t used;
    size_t capacity;
    _Alignas(8) unsigned char data[];
};

struct arena {
    struct arena_block *blocks;
    int references;
};

#define ARENA_BLOCK_SIZE 4096

struct arena *arena_create(void) {
    struct arena *arena = shell_allocate(sizeof *arena);
    arena->blocks = NULL;
    arena->references = 1;
    return arena;
}

void *arena_allocate(struct arena *arena, size_t size) {
    size = (size + 7) & ~(size_t)7;
    struct arena_block *block = arena->blocks;
    if (!block || block->capacity - block->used < size) {
        size_t capacity = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = shell_allocate(sizeof *block + capacity);
        block->used = 0;
        block->capacity = capacity;
        block->next = arena->blocks;
        arena->blocks = block;
    }
    void *memory = block->data + block->used;
    block->used += size;
    memset(memory, 0, size);
    return memory;
}

char *arena_copy(struct arena *arena, const char *text, size_t length) {
    char *copy = arena_allocate(arena, length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

void arena_retain(struct arena *arena) {
    arena->references++;
}

void arena_release(struct arena *arena) {
    if (--arena->references > 0)
        return;
    struct arena_block *block = arena->blocks;
    while (block) {
        struct arena_block *next = block->next;
        free(block);
        block = next;
    }
    free(arena);
}

/* ---- growing strings ------------------------------------------------------------ */

void text_append(struct text *text, const char *data, size_t length) {
    if (text->length + length + 1 > text->capacity) {
        size_t capacity = text->capacity ? text->capacity * 2 : 64;
        while (capacity < text->length + length + 1)
            capacity *= 2;
        text->data = shell_reallocate(text->data, capacity);
        text->capacity = capacity;
    }
    memcpy(text->data + text->length, data, length);
    text->length += length;
    text->data[text->length] = '\0';
}

void text_append_string(struct text *text, const char *data) {
    text_append(text, data, strlen(data));
}

void text_append_char(struct text *text, char c) {
    text_append(text, &c, 1);
}

char *text_take(struct text *text) {
    char *result = text->data ? text->data : shell_copy("");
    text->data = NULL;
    text->length = text->capacity = 0;
    return result;
}

void text_free(struct text *text) {
    free(text->data);
    text->data = NULL;
    text->length = text->capacity = 0;
}

/* ---- string lists -------------------------------------------------------------- */

void string_list_add(struct string_list *list, char *item) {
    if (list->count + 2 > list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 8;
        list->items = shell_reallocate(list->items, (size_t)list->capacity * sizeof *list->items);
    }
    list->items[list->count++] = item;
    list->items[list->count] = NULL;
}

void string_list_free(struct string_list *list) {
    for (int index = 0; index < list->count; index++)
        free(list->items[index]);
    free(list->items);
    list->items = NULL;
    list->count = list->capacity = 0;
}
