/* tsearch.c: POSIX's binary search trees (tsearch, tfind, tdelete, twalk)
 * and glibc's twalk_r and tdestroy, kept balanced as AVL trees: the heights
 * of a node's two subtrees differ by at most one, so a tree of n keys is at
 * most 1.44 log2(n) deep. Insertion and deletion remember the links they
 * passed through and rebalance on the way back up. A node starts with its
 * key pointer, so the pointer the functions return points at the key. */
#include <search.h>
#include <stdlib.h>

struct node {
    const void *key;
    struct node *left;
    struct node *right;
    int height;
};

/* Deep enough for any tree that fits in memory (an AVL tree of height 64
 * would need more than 2^44 nodes). */
#define MAX_PATH 64

static int height_of(const struct node *node) {
    return node ? node->height : 0;
}

static void update_height(struct node *node) {
    int left = height_of(node->left), right = height_of(node->right);
    node->height = 1 + (left > right ? left : right);
}

static struct node *rotate_right(struct node *node) {
    struct node *pivot = node->left;
    node->left = pivot->right;
    pivot->right = node;
    update_height(node);
    update_height(pivot);
    return pivot;
}

static struct node *rotate_left(struct node *node) {
    struct node *pivot = node->right;
    node->right = pivot->left;
    pivot->left = node;
    update_height(node);
    update_height(pivot);
    return pivot;
}

/* Restores the AVL property at `node`, whose subtrees are balanced and
 * differ in height by at most two; returns the subtree's new root. */
static struct node *balance(struct node *node) {
    update_height(node);
    int difference = height_of(node->left) - height_of(node->right);
    if (difference > 1) {
        if (height_of(node->left->left) < height_of(node->left->right))
            node->left = rotate_left(node->left);
        return rotate_right(node);
    }
    if (difference < -1) {
        if (height_of(node->right->right) < height_of(node->right->left))
            node->right = rotate_right(node->right);
        return rotate_left(node);
    }
    return node;
}

/* Rebalances the links path[0] (the root) to path[count - 1], deepest first. */
static void rebalance(struct node **path[], int count) {
    while (count-- > 0)
        *path[count] = balance(*path[count]);
}

void *tsearch(const void *key, void **root, __wasmos_compare_function compare) {
    if (!root)
        return NULL;
    struct node **path[MAX_PATH];
    int depth = 0;
    struct node **link = (struct node **)root;
    while (*link) {
        int order = compare(key, (*link)->key);
        if (order == 0)
            return *link;
        path[depth++] = link;
        link = order < 0 ? &(*link)->left : &(*link)->right;
    }
    struct node *node = malloc(sizeof *node);
    if (!node)
        return NULL;
    node->key = key;
    node->left = node->right = NULL;
    node->height = 1;
    *link = node;
    rebalance(path, depth);
    return node;
}

void *tfind(const void *key, void *const *root, __wasmos_compare_function compare) {
    if (!root)
        return NULL;
    struct node *node = *root;
    while (node) {
        int order = compare(key, node->key);
        if (order == 0)
            return node;
        node = order < 0 ? node->left : node->right;
    }
    return NULL;
}

void *tdelete(const void *restrict key, void **restrict root, __wasmos_compare_function compare) {
    if (!root || !*root)
        return NULL;
    struct node **path[MAX_PATH];
    int depth = 0;
    struct node **link = (struct node **)root;
    for (;;) {
        if (!*link)
            return NULL;
        int order = compare(key, (*link)->key);
        if (order == 0)
            break;
        path[depth++] = link;
        link = order < 0 ? &(*link)->left : &(*link)->right;
    }
    struct node *node = *link;
    void *parent = depth > 0 ? (void *)*path[depth - 1] : NULL;
    if (node->left && node->right) {
        /* The successor (leftmost of the right subtree) takes the node's place. */
        int place = depth;
        path[depth++] = link;
        struct node **successor_link = &node->right;
        while ((*successor_link)->left) {
            path[depth++] = successor_link;
            successor_link = &(*successor_link)->left;
        }
        struct node *successor = *successor_link;
        *successor_link = successor->right;
        successor->left = node->left;
        successor->right = node->right;
        successor->height = node->height;
        *link = successor;
        if (depth > place + 1)
            path[place + 1] = &successor->right; /* was the removed node's link */
    } else {
        *link = node->left ? node->left : node->right;
    }
    free(node);
    rebalance(path, depth);
    if (parent)
        return parent;
    /* The root went: POSIX wants some pointer that is not NULL. */
    return *root ? *root : (void *)root;
}

static void walk(const struct node *node, void (*action)(const void *, VISIT, int), int depth) {
    if (!node->left && !node->right) {
        action(node, leaf, depth);
        return;
    }
    action(node, preorder, depth);
    if (node->left)
        walk(node->left, action, depth + 1);
    action(node, postorder, depth);
    if (node->right)
        walk(node->right, action, depth + 1);
    action(node, endorder, depth);
}

void twalk(const void *root, void (*action)(const void *node, VISIT which, int depth)) {
    if (root && action)
        walk(root, action, 0);
}

static void walk_with_closure(const struct node *node, void (*action)(const void *, VISIT, void *), void *closure) {
    if (!node->left && !node->right) {
        action(node, leaf, closure);
        return;
    }
    action(node, preorder, closure);
    if (node->left)
        walk_with_closure(node->left, action, closure);
    action(node, postorder, closure);
    if (node->right)
        walk_with_closure(node->right, action, closure);
    action(node, endorder, closure);
}

void twalk_r(const void *root, void (*action)(const void *node, VISIT which, void *closure), void *closure) {
    if (root && action)
        walk_with_closure(root, action, closure);
}

void tdestroy(void *root, void (*free_key)(void *key)) {
    struct node *node = root;
    if (!node)
        return;
    tdestroy(node->left, free_key);
    tdestroy(node->right, free_key);
    if (free_key)
        free_key((void *)node->key);
    free(node);
}
