/* qsort.c: qsort (introsort: quicksort, insertion sort for short runs,
 * heapsort when the recursion gets too deep) and bsearch. */
#include <stdlib.h>

typedef int (*compare_function)(const void *, const void *);

static void swap_elements(unsigned char *a, unsigned char *b, size_t size) {
    if (a == b)
        return;
    while (size--) {
        unsigned char byte = *a;
        *a++ = *b;
        *b++ = byte;
    }
}

static void insertion_sort(unsigned char *base, size_t count, size_t size, compare_function compare) {
    for (size_t index = 1; index < count; index++) {
        for (size_t position = index; position > 0; position--) {
            unsigned char *current = base + position * size;
            if (compare(current - size, current) <= 0)
                break;
            swap_elements(current - size, current, size);
        }
    }
}

static void sift_down(unsigned char *base, size_t root, size_t count, size_t size, compare_function compare) {
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= count)
            return;
        if (child + 1 < count && compare(base + child * size, base + (child + 1) * size) < 0)
            child++;
        if (compare(base + root * size, base + child * size) >= 0)
            return;
        swap_elements(base + root * size, base + child * size, size);
        root = child;
    }
}

static void heap_sort(unsigned char *base, size_t count, size_t size, compare_function compare) {
    for (size_t root = count / 2; root-- > 0;)
        sift_down(base, root, count, size, compare);
    for (size_t end = count; end-- > 1;) {
        swap_elements(base, base + end * size, size);
        sift_down(base, 0, end, size, compare);
    }
}

static void intro_sort(unsigned char *base, size_t count, size_t size, compare_function compare, int depth) {
    while (count > 12) {
        if (depth-- == 0) {
            heap_sort(base, count, size, compare);
            return;
        }
        /* Median of three moved to the front as the pivot. */
        unsigned char *first = base, *middle = base + (count / 2) * size, *last = base + (count - 1) * size;
        if (compare(middle, first) < 0)
            swap_elements(middle, first, size);
        if (compare(last, middle) < 0) {
            swap_elements(last, middle, size);
            if (compare(middle, first) < 0)
                swap_elements(middle, first, size);
        }
        swap_elements(first, middle, size);
        /* Hoare partition around base[0]. */
        size_t low = 0, high = count;
        for (;;) {
            do
                low++;
            while (low < count && compare(base + low * size, base) < 0);
            do
                high--;
            while (compare(base + high * size, base) > 0);
            if (low >= high)
                break;
            swap_elements(base + low * size, base + high * size, size);
        }
        swap_elements(base, base + high * size, size);
        /* Recurse into the smaller side, loop on the larger. */
        size_t left_count = high, right_count = count - high - 1;
        if (left_count < right_count) {
            intro_sort(base, left_count, size, compare, depth);
            base += (high + 1) * size;
            count = right_count;
        } else {
            intro_sort(base + (high + 1) * size, right_count, size, compare, depth);
            count = left_count;
        }
    }
    insertion_sort(base, count, size, compare);
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
    if (count < 2 || size == 0)
        return;
    int depth = 0;
    for (size_t remaining = count; remaining; remaining >>= 1)
        depth += 2;
    intro_sort(base, count, size, compare, depth);
}

void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *)) {
    const unsigned char *low = base;
    while (count > 0) {
        const unsigned char *middle = low + (count / 2) * size;
        int order = compare(key, middle);
        if (order == 0)
            return (void *)middle;
        if (order > 0) {
            low = middle + size;
            count -= count / 2 + 1;
        } else {
            count /= 2;
        }
    }
    return NULL;
}
