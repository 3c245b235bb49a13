/* search.h: POSIX's search tables: a hash table (hsearch, and glibc's
 * reentrant hsearch_r), balanced binary trees (tsearch; glibc's twalk_r and
 * tdestroy too), linear search (lsearch, lfind) and doubly linked queues
 * (insque, remque). */
#ifndef _SEARCH_H
#define _SEARCH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- hash table ---- */

typedef struct entry {
    char *key;
    void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;

/* A table for the _r functions; zero it before hcreate_r. */
struct hsearch_data {
    struct __wasmos_hash_slot *table;
    unsigned int size;
    unsigned int filled;
};

/* Makes the one table of hsearch, for at least `count` entries (it holds
 * the first prime at or above max(count, 3)); nonzero on success. */
int hcreate(size_t count);
void hdestroy(void);
/* FIND: the entry whose key equals item.key, or NULL (errno ESRCH).
 * ENTER: that entry, or item added; NULL (errno ENOMEM) when full. Keys
 * and data are not copied, nor freed by hdestroy. */
ENTRY *hsearch(ENTRY item, ACTION action);
int hcreate_r(size_t count, struct hsearch_data *table);
void hdestroy_r(struct hsearch_data *table);
/* As hsearch; the entry goes to *result. Returns nonzero on success. */
int hsearch_r(ENTRY item, ACTION action, ENTRY **result, struct hsearch_data *table);

/* ---- binary trees (AVL trees: O(log n) per call) ---- */

typedef enum { preorder, postorder, endorder, leaf } VISIT;

/* A tree node as the tree functions return it: its first member is the key. */
typedef void posix_tnode;

typedef int (*__wasmos_compare_function)(const void *, const void *);

/* Finds `key` in the tree *root, adding it if absent; returns its node (a
 * pointer to the key pointer), or NULL if memory ran out. */
void *tsearch(const void *key, void **root, __wasmos_compare_function compare);
/* Finds `key`; its node or NULL. */
void *tfind(const void *key, void *const *root, __wasmos_compare_function compare);
/* Removes `key`'s node; returns its parent's node (the new root, or a
 * pointer that is not NULL, when the root was removed), or NULL if absent. */
void *tdelete(const void *__restrict key, void **__restrict root, __wasmos_compare_function compare);
/* Calls `action` for each node: preorder before its left subtree,
 * postorder between the subtrees, endorder after both; `leaf` once for a
 * node without children. `depth` is 0 at the root. */
void twalk(const void *root, void (*action)(const void *node, VISIT which, int depth));
void twalk_r(const void *root, void (*action)(const void *node, VISIT which, void *closure), void *closure);
/* Frees every node, calling free_key (if not NULL) on each key first. */
void tdestroy(void *root, void (*free_key)(void *key));

/* ---- linear search ---- */

/* The first of the *count elements of `width` bytes equal to `key`
 * (compare returns 0), or NULL; lsearch appends `key` when absent. */
void *lfind(const void *key, const void *base, size_t *count, size_t width, __wasmos_compare_function compare);
void *lsearch(const void *key, void *base, size_t *count, size_t width, __wasmos_compare_function compare);

/* ---- queues ---- */

/* An element for insque/remque: any structure starting with these two links. */
struct qelem {
    struct qelem *q_forw;
    struct qelem *q_back;
    char q_data[1];
};

/* Inserts `element` after `previous` (NULL starts a new linear list). */
void insque(void *element, void *previous);
void remque(void *element);

#ifdef __cplusplus
}
#endif

#endif
