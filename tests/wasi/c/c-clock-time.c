/* clock_time_get: realtime is after 2020, monotonic never goes back and
 * advances by at least a 20 ms sleep; libc's clock_gettime and time agree. */
#include <time.h>

#include "check.h"

int main(void) {
    start("c-clock-time");
    __wasi_timestamp_t realtime = 0;
    CHECK_WASI(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &realtime), 0);
    CHECK(realtime > 1577836800ull * 1000000000ull);
    unsigned long long previous = monotonic_ns();
    for (int index = 0; index < 1000; index++) {
        unsigned long long now = monotonic_ns();
        CHECK(now >= previous);
        previous = now;
    }
    unsigned long long before = monotonic_ns();
    __wasi_timestamp_t real_before = 0, real_after = 0;
    CHECK_WASI(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &real_before), 0);
    struct timespec pause = {0, 20 * 1000 * 1000};
    CHECK(nanosleep(&pause, NULL) == 0);
    unsigned long long after = monotonic_ns();
    CHECK_WASI(__wasi_clock_time_get(__WASI_CLOCKID_REALTIME, 1, &real_after), 0);
    CHECK(after - before >= 20ull * 1000 * 1000);
    CHECK(after - before < 10ull * 1000 * 1000 * 1000);
    CHECK(real_after >= real_before);
    struct timespec spec;
    CHECK(clock_gettime(CLOCK_REALTIME, &spec) == 0);
    CHECK(spec.tv_sec >= (time_t)(realtime / 1000000000ull));
    CHECK(time(NULL) >= (time_t)(realtime / 1000000000ull));
    CHECK(clock_gettime(CLOCK_MONOTONIC, &spec) == 0);
    CHECK((unsigned long long)spec.tv_sec * 1000000000ull + (unsigned long long)spec.tv_nsec >= after);
    printf("realtime after 2020, monotonic steady and advancing\n");
    return ok();
}
