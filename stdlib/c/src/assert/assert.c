/* assert.c: the failure path of assert(). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <wasmos.h>

void __assert_fail(const char *expression, const char *file, int line, const char *function) {
    char program[64];
    int length = wasmos_arg_get(0, program, sizeof program - 1);
    if (length < 0)
        length = 0;
    if (length > (int)sizeof program - 1)
        length = sizeof program - 1;
    program[length] = '\0';
    fprintf(stderr, "%s%s%s:%d: %s: Assertion `%s' failed.\n", program, length ? ": " : "", file, line,
            function, expression);
    abort();
}
