/* nanosleep, clock_nanosleep, usleep and sleep(0) (poll_oneoff with a
 * clock, inside wasi-libc) wait at least as long as asked. */
#include <time.h>

#include "check.h"

int main(void) {
    start("c-nanosleep");
    const unsigned long long ms = 1000 * 1000;
    unsigned long long before = monotonic_ns();
    struct timespec pause = {0, 25 * 1000 * 1000};
    CHECK(nanosleep(&pause, NULL) == 0);
    unsigned long long after_nanosleep = monotonic_ns();
    CHECK(after_nanosleep - before >= 25 * ms);
    CHECK(clock_nanosleep(CLOCK_MONOTONIC, 0, &pause, NULL) == 0);
    unsigned long long after_clock = monotonic_ns();
    CHECK(after_clock - after_nanosleep >= 25 * ms);
    CHECK(usleep(15000) == 0);
    unsigned long long after_usleep = monotonic_ns();
    CHECK(after_usleep - after_clock >= 15 * ms);
    CHECK(sleep(0) == 0);
    struct timespec bad = {0, 1000000000};
    CHECK(nanosleep(&bad, NULL) != 0);
    printf("slept 25 + 25 + 15 ms at least\n");
    return ok();
}
