/* lsearch.c: linear search of an array (lfind, lsearch) and the doubly
 * linked queues of insque and remque. */
#include <search.h>
#include <string.h>

void *lfind(const void *key, const void *base, size_t *count, size_t width, __wasmos_compare_function compare) {
    const unsigned char *element = base;
    for (size_t index = 0; index < *count; index++, element += width) {
        if (compare(key, element) == 0)
            return (void *)element;
    }
    return NULL;
}

void *lsearch(const void *key, void *base, size_t *count, size_t width, __wasmos_compare_function compare) {
    void *found = lfind(key, base, count, width, compare);
    if (found)
        return found;
    unsigned char *end = (unsigned char *)base + *count * width;
    memcpy(end, key, width);
    (*count)++;
    return end;
}

void insque(void *element, void *previous) {
    struct qelem *inserted = element, *before = previous;
    if (!before) {
        inserted->q_forw = inserted->q_back = NULL;
        return;
    }
    inserted->q_forw = before->q_forw;
    inserted->q_back = before;
    before->q_forw = inserted;
    if (inserted->q_forw)
        inserted->q_forw->q_back = inserted;
}

void remque(void *element) {
    struct qelem *removed = element;
    if (removed->q_forw)
        removed->q_forw->q_back = removed->q_back;
    if (removed->q_back)
        removed->q_back->q_forw = removed->q_forw;
}
