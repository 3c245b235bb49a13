/* poll_oneoff with clock subscriptions: a relative timeout waits at least
 * that long and reports its userdata; an absolute one too; of two clocks
 * the earlier fires first. */
#include "check.h"

static __wasi_subscription_t clock_subscription(__wasi_userdata_t userdata, __wasi_timestamp_t timeout,
                                                __wasi_subclockflags_t flags) {
    __wasi_subscription_t subscription;
    memset(&subscription, 0, sizeof subscription);
    subscription.userdata = userdata;
    subscription.u.tag = __WASI_EVENTTYPE_CLOCK;
    subscription.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subscription.u.u.clock.timeout = timeout;
    subscription.u.u.clock.precision = 0;
    subscription.u.u.clock.flags = flags;
    return subscription;
}

int main(void) {
    start("c-poll-clock");
    const unsigned long long ms = 1000 * 1000;
    __wasi_event_t events[2];
    __wasi_size_t count = 0;
    unsigned long long before = monotonic_ns();
    __wasi_subscription_t relative = clock_subscription(0x1234, 50 * ms, 0);
    CHECK_WASI(__wasi_poll_oneoff(&relative, events, 1, &count), 0);
    unsigned long long waited = monotonic_ns() - before;
    CHECK(count == 1);
    CHECK(events[0].userdata == 0x1234 && events[0].error == 0 && events[0].type == __WASI_EVENTTYPE_CLOCK);
    CHECK(waited >= 50 * ms && waited < 5000 * ms);
    before = monotonic_ns();
    __wasi_subscription_t absolute =
        clock_subscription(0x5678, before + 30 * ms, __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME);
    CHECK_WASI(__wasi_poll_oneoff(&absolute, events, 1, &count), 0);
    CHECK(count == 1 && events[0].userdata == 0x5678 && events[0].type == __WASI_EVENTTYPE_CLOCK);
    CHECK(monotonic_ns() >= before + 30 * ms);
    __wasi_subscription_t past = clock_subscription(9, 0, __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME);
    CHECK_WASI(__wasi_poll_oneoff(&past, events, 1, &count), 0);
    CHECK(count == 1 && events[0].userdata == 9);
    __wasi_subscription_t two[2] = {clock_subscription(1, 400 * ms, 0), clock_subscription(2, 20 * ms, 0)};
    before = monotonic_ns();
    CHECK_WASI(__wasi_poll_oneoff(two, events, 2, &count), 0);
    waited = monotonic_ns() - before;
    CHECK(count >= 1 && events[0].userdata == 2);
    CHECK(waited >= 20 * ms && waited < 400 * ms);
    printf("slept 50 ms relative, 30 ms absolute; the 20 ms clock beat the 400 ms one\n");
    return ok();
}
