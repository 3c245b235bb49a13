/* try_test.c: wasmos_try/wasmos_throw: normal return, throws from deep and
 * nested frames, the shadow stack restored, codes passed through, and
 * setjmp's documented single return. Output is compared with
 * try_test.expected (WasmOS only: the host has no <wasmos/try.h>). */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <wasmos/try.h>

/* The C shadow stack pointer, which wasmos_try must put back after a throw. */
static void *stack_marker(void) {
    void *pointer;
    __asm__ volatile(".globaltype __stack_pointer, i32\n\t"
                     "global.get __stack_pointer\n\t"
                     "local.set %0"
                     : "=r"(pointer));
    return pointer;
}

static void returns_normally(void *context) {
    *(int *)context += 1;
}

/* Recurses with a large shadow-stack frame, then throws from the bottom. */
static int deep_throw(int depth, int code) {
    volatile char frame[512];
    memset((char *)frame, depth, sizeof frame);
    if (depth == 0)
        wasmos_throw(code);
    return deep_throw(depth - 1, code) + frame[7];
}

static void throws_from_deep(void *context) {
    deep_throw(50, *(int *)context);
}

static void throws_zero(void *context) {
    (void)context;
    wasmos_throw(0);
}

struct nesting {
    int inner_code;
    int after_inner;
};

static void inner_throws(void *context) {
    (void)context;
    wasmos_throw(7);
}

static void outer(void *context) {
    struct nesting *nesting = context;
    nesting->inner_code = wasmos_try(inner_throws, NULL);
    nesting->after_inner = 1;
    wasmos_throw(9);
}

static void recurse_tries(void *context) {
    int *remaining = context;
    if (*remaining == 0)
        wasmos_throw(3);
    *remaining -= 1;
    int code = wasmos_try(recurse_tries, context);
    wasmos_throw(code + 1);
}

int main(void) {
    int counter = 0;
    int normal = wasmos_try(returns_normally, &counter);
    printf("normal return: %d, counter %d\n", normal, counter);

    void *before = stack_marker();
    int code = 42;
    printf("deep throw: %d\n", wasmos_try(throws_from_deep, &code));
    printf("shadow stack restored: %s\n", stack_marker() == before ? "yes" : "no");

    printf("throw(0) arrives as: %d\n", wasmos_try(throws_zero, NULL));

    struct nesting nesting = {0, 0};
    int outer_code = wasmos_try(outer, &nesting);
    printf("nested: inner %d, went on %d, outer %d\n", nesting.inner_code, nesting.after_inner, outer_code);

    int remaining = 20;
    printf("20 nested tries: %d\n", wasmos_try(recurse_tries, &remaining));

    int many = 0;
    for (int round = 0; round < 10000; round++)
        many += wasmos_try(throws_from_deep, &code) == 42;
    printf("10000 throws caught: %d\n", many);
    printf("shadow stack still restored: %s\n", stack_marker() == before ? "yes" : "no");

    jmp_buf environment;
    printf("setjmp returns: %d\n", setjmp(environment));
    return 0;
}
