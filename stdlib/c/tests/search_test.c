/* search_test.c: <search.h>: the hash table (hsearch and hsearch_r), binary
 * trees (tsearch, tfind, tdelete, twalk, twalk_r, tdestroy), linear search
 * and queues; the output must match the host's glibc exactly. Tree shapes
 * differ between libraries, so walks print only the keys in order. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare hsearch_r, twalk_r and tdestroy under -std=c11 */
#endif
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void hash_table(void) {
    static char *words[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};
    printf("hcreate(10): %d\n", hcreate(10) != 0);
    for (int index = 0; index < 10; index++) {
        ENTRY item = {words[index], (void *)(long)(index * 10)};
        ENTRY *entry = hsearch(item, ENTER);
        printf("enter %s: %s\n", words[index], entry && entry->key == words[index] ? "added" : "failed");
    }
    /* ENTER of a key that is there returns the old entry, its data unchanged. */
    char again[] = "gamma";
    ENTRY duplicate = {again, (void *)999L};
    ENTRY *found = hsearch(duplicate, ENTER);
    printf("enter gamma again: key is the first %d, data %ld\n", found->key == words[2], (long)found->data);
    for (int index = 9; index >= 0; index--) {
        char key[16];
        strcpy(key, words[index]);
        ENTRY item = {key, NULL};
        ENTRY *entry = hsearch(item, FIND);
        printf("find %s: %ld\n", key, entry ? (long)entry->data : -1L);
    }
    ENTRY missing = {"omega", NULL};
    errno = 0;
    ENTRY *result = hsearch(missing, FIND);
    printf("find omega: %s, errno %s\n", result ? "found" : "NULL", errno == ESRCH ? "ESRCH" : "other");
    hdestroy();

    /* hcreate(n) holds the first prime >= n (here 11) entries, then ENOMEM. */
    struct hsearch_data table;
    memset(&table, 0, sizeof table);
    printf("hcreate_r(10): %d\n", hcreate_r(10, &table) != 0);
    char keys[16][8];
    int added = 0;
    for (int index = 0; index < 16; index++) {
        snprintf(keys[index], sizeof keys[index], "k%d", index);
        ENTRY item = {keys[index], (void *)(long)index}, *entry;
        errno = 0;
        if (hsearch_r(item, ENTER, &entry, &table))
            added++;
        else
            printf("entry %d refused: %s, entry %s\n", index, errno == ENOMEM ? "ENOMEM" : "other",
                   entry ? "set" : "NULL");
    }
    printf("added %d\n", added);
    for (int index = 0; index < 16; index += 5) {
        ENTRY item = {keys[index], NULL}, *entry;
        int ok = hsearch_r(item, FIND, &entry, &table);
        printf("find %s: %d %ld\n", keys[index], ok, ok ? (long)entry->data : -1L);
    }
    hdestroy_r(&table);
}

static int compare_ints(const void *left, const void *right) {
    int a = *(const int *)left, b = *(const int *)right;
    return (a > b) - (a < b);
}

static int compare_strings(const void *left, const void *right) {
    return strcmp(left, right);
}

/* In-order keys, counting visits of each kind. */
static int visits[4];
static void print_in_order(const void *node, VISIT which, int depth) {
    (void)depth;
    visits[which]++;
    if (which == postorder || which == leaf)
        printf(" %d", **(int *const *)node);
}

static int walk_total;
static void sum_keys(const void *node, VISIT which, void *closure) {
    if (which == postorder || which == leaf)
        *(int *)closure += **(int *const *)node;
    walk_total++;
}

static int freed;
static void free_key(void *key) {
    freed++;
    free(key);
}

static void trees(void) {
    void *root = NULL;
    static int numbers[200];
    for (int index = 0; index < 200; index++)
        numbers[index] = (index * 37) % 200; /* a permutation of 0..199 */
    int fresh = 0;
    for (int index = 0; index < 200; index++) {
        void *node = tsearch(&numbers[index], &root, compare_ints);
        if (node && *(int **)node == &numbers[index])
            fresh++;
    }
    printf("inserted %d new keys\n", fresh);
    int duplicate = 74;
    int **node = tsearch(&duplicate, &root, compare_ints);
    printf("tsearch 74 again: the old key %d (same pointer %d)\n", **node, *node != &duplicate);
    int probe = 150;
    node = tfind(&probe, &root, compare_ints);
    printf("tfind 150: %d\n", node ? **node : -1);
    probe = 1000;
    printf("tfind 1000: %s\n", tfind(&probe, &root, compare_ints) ? "found" : "NULL");

    /* Delete the even keys, in a scrambled order. */
    int deleted = 0, parents = 0;
    for (int index = 0; index < 200; index++) {
        int key = (index * 53) % 200;
        if (key % 2)
            continue;
        void *parent = tdelete(&key, &root, compare_ints);
        deleted++;
        parents += parent != NULL;
    }
    printf("deleted %d, every tdelete returned non-NULL: %d\n", deleted, parents == deleted);
    probe = 2;
    printf("tdelete of a missing key: %s\n", tdelete(&probe, &root, compare_ints) ? "non-NULL" : "NULL");
    printf("keys in order:");
    memset(visits, 0, sizeof visits);
    twalk(root, print_in_order);
    printf("\npreorder = postorder = endorder: %d, leaves + postorder = 100: %d\n",
           visits[preorder] == visits[postorder] && visits[postorder] == visits[endorder],
           visits[leaf] + visits[postorder] == 100);
    int total = 0;
    twalk_r(root, sum_keys, &total);
    printf("twalk_r sum %d\n", total);
    while (root) {
        int first = **(int **)root;
        tdelete(&first, &root, compare_ints);
    }
    printf("emptied: root %s\n", root ? "set" : "NULL");
    twalk(NULL, print_in_order);

    /* String keys owned by the tree, freed by tdestroy. */
    static const char *const fruit[] = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "apple", "lime"};
    void *words = NULL;
    for (size_t index = 0; index < sizeof fruit / sizeof fruit[0]; index++) {
        char *copy = strdup(fruit[index]);
        char **found = tsearch(copy, &words, compare_strings);
        if (*found != copy)
            free(copy);
    }
    char *key = "fig";
    char **fig = tfind(key, &words, compare_strings);
    printf("tfind fig: %s\n", fig ? *fig : "(none)");
    freed = 0;
    tdestroy(words, free_key);
    printf("tdestroy freed %d keys\n", freed);
}

static void linear(void) {
    int table[10] = {5, 3, 8};
    size_t count = 3;
    int key = 8;
    int *found = lfind(&key, table, &count, sizeof(int), compare_ints);
    printf("lfind 8: index %ld\n", found ? (long)(found - table) : -1L);
    key = 7;
    printf("lfind 7: %s\n", lfind(&key, table, &count, sizeof(int), compare_ints) ? "found" : "NULL");
    found = lsearch(&key, table, &count, sizeof(int), compare_ints);
    printf("lsearch 7: index %ld, count %zu\n", (long)(found - table), count);
    key = 3;
    found = lsearch(&key, table, &count, sizeof(int), compare_ints);
    printf("lsearch 3: index %ld, count %zu\n", (long)(found - table), count);
    printf("table:");
    for (size_t index = 0; index < count; index++)
        printf(" %d", table[index]);
    printf("\n");
}

struct element {
    struct element *next;
    struct element *previous;
    char name;
};

static void print_queue(struct element *first) {
    printf("queue:");
    for (struct element *each = first; each; each = each->next)
        printf(" %c(back %c)", each->name, each->previous ? each->previous->name : '-');
    printf("\n");
}

static void queues(void) {
    struct element a = {NULL, NULL, 'a'}, b = {NULL, NULL, 'b'}, c = {NULL, NULL, 'c'}, d = {NULL, NULL, 'd'};
    insque(&a, NULL);
    insque(&c, &a);
    insque(&b, &a);
    insque(&d, &c);
    print_queue(&a);
    remque(&b);
    print_queue(&a);
    remque(&d);
    print_queue(&a);
    remque(&a);
    print_queue(&c);

    /* A circular queue: the element is its own neighbour. */
    struct element ring = {NULL, NULL, 'r'}, second = {NULL, NULL, 's'};
    ring.next = ring.previous = &ring;
    insque(&second, &ring);
    printf("ring: %c -> %c -> %c, back %c\n", ring.name, ring.next->name, ring.next->next->name, ring.previous->name);
}

int main(void) {
    hash_table();
    trees();
    linear();
    queues();
    return 0;
}
