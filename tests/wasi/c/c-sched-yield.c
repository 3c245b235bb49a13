/* sched_yield returns success, however often. */
#include <sched.h>

#include "check.h"

int main(void) {
    start("c-sched-yield");
    for (int round = 0; round < 100; round++) {
        CHECK(sched_yield() == 0);
        CHECK_WASI(__wasi_sched_yield(), 0);
    }
    printf("yielded 200 times\n");
    return ok();
}
