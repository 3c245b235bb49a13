/* tsearch_balance_test.c: the trees of tsearch stay balanced (AVL: at most
 * 1.44 log2(n) deep) whatever the order keys come in, and tdelete keeps
 * them so. Tree shapes are the library's own, hence a .expected file. */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>

static int compare(const void *left, const void *right) {
    long a = (long)left, b = (long)right;
    return (a > b) - (a < b);
}

static int deepest, nodes;
static void measure(const void *node, VISIT which, int depth) {
    (void)node;
    if (which == leaf || which == postorder)
        nodes++;
    if (depth > deepest)
        deepest = depth;
}

static void report(const char *what, void *root) {
    deepest = nodes = 0;
    twalk(root, measure);
    printf("%s: %d nodes, height %d\n", what, nodes, root ? deepest + 1 : 0);
}

int main(void) {
    void *root = NULL;
    for (long key = 1; key <= 1023; key++)
        tsearch((void *)key, &root, compare);
    report("1..1023 ascending", root);
    for (long key = 1; key <= 1023; key += 2)
        tdelete((void *)key, &root, compare);
    report("odd keys deleted", root);
    tdestroy(root, NULL);

    root = NULL;
    for (long key = 100000; key > 0; key--)
        tsearch((void *)key, &root, compare);
    report("100000 descending", root);
    for (long key = 1; key <= 99000; key++)
        tdelete((void *)key, &root, compare);
    report("all but the last 1000 deleted", root);
    tdestroy(root, NULL);

    root = NULL;
    unsigned state = 1;
    for (int count = 0; count < 50000; count++) {
        state = state * 1103515245u + 12345u;
        tsearch((void *)(long)(state >> 8), &root, compare);
    }
    report("50000 random", root);
    tdestroy(root, NULL);
    return 0;
}
