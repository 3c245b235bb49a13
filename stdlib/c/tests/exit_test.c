/* exit_test.c: start-up and shut-down order: constructors before main,
 * atexit handlers in reverse order (also ones registered by a handler),
 * buffered output flushed at exit, and the exit status. The output and the
 * status must match the host's glibc exactly. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* glibc: declare the POSIX/GNU functions under -std=c11 */
#endif
#include <stdio.h>
#include <stdlib.h>

static int constructed;

__attribute__((constructor)) static void construct(void) {
    constructed = 42;
}

static void late(void) {
    printf("handler registered during exit\n");
}

static void first(void) {
    printf("first registered, runs last\n");
}

static void second(void) {
    printf("second registered, runs first; registering one more\n");
    atexit(late);
}

int main(int argc, char **argv) {
    printf("constructor ran: %d\n", constructed);
    printf("argc >= 1: %d, argv[argc] is NULL: %d\n", argc >= 1, argv[argc] == NULL);
    atexit(first);
    atexit(second);
    printf("unterminated line, flushed by exit");
    exit(3);
}
