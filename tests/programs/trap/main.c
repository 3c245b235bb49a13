/* trap: fails on purpose, for tests of the kernel's trap handling.
 *   trap        executes an unreachable instruction
 *   trap oob    reads far outside the linear memory
 *   trap div    divides by zero
 *   trap stack  recurses until the call stack is exhausted
 *   trap abort  calls abort() */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Always true, but the compiler cannot know: keeps the recursion a real one. */
static volatile int keep_going = 1;

static int recurse(int depth) {
    volatile char frame[64];
    frame[0] = (char)depth;
    if (!keep_going)
        return frame[0];
    return recurse(depth + 1) + frame[0];
}

int main(int argc, char **argv) {
    const char *kind = argc > 1 ? argv[1] : "unreachable";
    fflush(stdout);
    if (strcmp(kind, "unreachable") == 0) {
        __builtin_trap();
    } else if (strcmp(kind, "oob") == 0) {
        volatile int *far = (volatile int *)0xfffffff0u;
        printf("%d\n", *far);
    } else if (strcmp(kind, "div") == 0) {
        volatile int numerator = 1, denominator = 0;
        printf("%d\n", numerator / denominator);
    } else if (strcmp(kind, "stack") == 0) {
        printf("%d\n", recurse(0));
    } else if (strcmp(kind, "abort") == 0) {
        abort();
    } else {
        fprintf(stderr, "trap: %s: unknown kind (unreachable, oob, div, stack, abort)\n", kind);
        return 1;
    }
    fprintf(stderr, "trap: %s: did not trap\n", kind);
    return 1;
}
