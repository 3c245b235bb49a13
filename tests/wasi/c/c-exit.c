/* proc_exit through exit(7): atexit handlers run, buffered output is
 * flushed, the status is 7. */
#include "check.h"

static void at_exit(void) {
    printf("atexit handler ran\n");
}

int main(void) {
    start("c-exit");
    CHECK(atexit(at_exit) == 0);
    printf("exiting with 7\n");
    exit(7);
}
