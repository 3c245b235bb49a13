/* clock_res_get: realtime and monotonic have a resolution between 1 ns and
 * 1 s; the CPU-time clocks either do too or are refused. (An unknown clock
 * id is left out: wasmtime traps on it rather than returning EINVAL.) */
#include <time.h>

#include "check.h"

static void check_resolution(__wasi_clockid_t clock, int optional) {
    __wasi_timestamp_t resolution = 0;
    __wasi_errno_t error = __wasi_clock_res_get(clock, &resolution);
    if (optional && error != 0) {
        CHECK_WASI_ANY(error, __WASI_ERRNO_INVAL, __WASI_ERRNO_NOTSUP, __WASI_ERRNO_NOSYS, __WASI_ERRNO_BADF);
        return;
    }
    CHECK_WASI(error, 0);
    CHECK(resolution >= 1 && resolution <= 1000000000ull);
}

int main(void) {
    start("c-clock-res");
    check_resolution(__WASI_CLOCKID_REALTIME, 0);
    check_resolution(__WASI_CLOCKID_MONOTONIC, 0);
    check_resolution(__WASI_CLOCKID_PROCESS_CPUTIME_ID, 1);
    check_resolution(__WASI_CLOCKID_THREAD_CPUTIME_ID, 1);
    struct timespec spec;
    CHECK(clock_getres(CLOCK_MONOTONIC, &spec) == 0);
    CHECK(spec.tv_sec == 0 || (spec.tv_sec == 1 && spec.tv_nsec == 0));
    CHECK(clock_getres(CLOCK_REALTIME, &spec) == 0);
    printf("realtime and monotonic resolutions are between 1 ns and 1 s\n");
    return ok();
}
