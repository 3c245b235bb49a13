/* hsearch.c: POSIX's hash table (hcreate/hsearch/hdestroy) and glibc's
 * reentrant versions. Open addressing with double hashing over a table
 * whose size is a prime: the first probe is hash % size, each further one
 * steps by 1 + hash % (size - 2), which visits every slot. As in glibc,
 * the table holds exactly `size` entries (the first prime at or above the
 * count asked for, at least 3) and ENTER fails with ENOMEM beyond that. */
#include <errno.h>
#include <limits.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

struct __wasmos_hash_slot {
    unsigned int hash; /* 0: the slot is empty (hashes are made nonzero) */
    ENTRY entry;
};

static int is_prime(unsigned int number) {
    if (number < 2)
        return 0;
    for (unsigned int divisor = 2; divisor <= number / divisor; divisor++) {
        if (number % divisor == 0)
            return 0;
    }
    return 1;
}

/* FNV-1a over the key's bytes, never 0. */
static unsigned int hash_key(const char *key) {
    unsigned int hash = 2166136261u;
    for (const unsigned char *byte = (const unsigned char *)key; *byte; byte++)
        hash = (hash ^ *byte) * 16777619u;
    return hash ? hash : 1;
}

int hcreate_r(size_t count, struct hsearch_data *table) {
    if (!table) {
        errno = EINVAL;
        return 0;
    }
    if (table->table)
        return 0; /* already made (glibc leaves errno alone here too) */
    if (count < 3)
        count = 3;
    if (count > UINT_MAX - 2) {
        errno = ENOMEM;
        return 0;
    }
    unsigned int size = (unsigned int)count | 1;
    while (!is_prime(size)) {
        if (size > UINT_MAX - 2) {
            errno = ENOMEM;
            return 0;
        }
        size += 2;
    }
    table->table = calloc(size, sizeof *table->table);
    if (!table->table)
        return 0;
    table->size = size;
    table->filled = 0;
    return 1;
}

void hdestroy_r(struct hsearch_data *table) {
    if (!table) {
        errno = EINVAL;
        return;
    }
    free(table->table);
    table->table = NULL;
    table->size = table->filled = 0;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **result, struct hsearch_data *table) {
    *result = NULL;
    if (!table || !table->table || !item.key) {
        errno = table && table->table ? EINVAL : ESRCH;
        return 0;
    }
    unsigned int hash = hash_key(item.key);
    unsigned int size = table->size;
    unsigned int index = hash % size;
    unsigned int step = 1 + hash % (size - 2);
    for (unsigned int probes = 0; probes < size; probes++) {
        struct __wasmos_hash_slot *slot = &table->table[index];
        if (slot->hash == 0) {
            if (action == FIND) {
                errno = ESRCH;
                return 0;
            }
            if (table->filled == size) {
                errno = ENOMEM;
                return 0;
            }
            slot->hash = hash;
            slot->entry = item;
            table->filled++;
            *result = &slot->entry;
            return 1;
        }
        if (slot->hash == hash && strcmp(slot->entry.key, item.key) == 0) {
            *result = &slot->entry;
            return 1;
        }
        index = index >= size - step ? index - (size - step) : index + step;
    }
    /* Every slot is taken and none holds the key. */
    errno = action == FIND ? ESRCH : ENOMEM;
    return 0;
}

static struct hsearch_data the_table;

int hcreate(size_t count) {
    return hcreate_r(count, &the_table);
}

void hdestroy(void) {
    hdestroy_r(&the_table);
}

ENTRY *hsearch(ENTRY item, ACTION action) {
    ENTRY *result;
    hsearch_r(item, action, &result, &the_table);
    return result;
}
