/* poll_oneoff on standard input (given "hello wasi\n") with a 5 s clock
 * beside it: the read readiness comes first; standard output is writable. */
#include "check.h"

int main(void) {
    start("c-poll-stdin");
    __wasi_subscription_t subscriptions[2];
    memset(subscriptions, 0, sizeof subscriptions);
    subscriptions[0].userdata = 1;
    subscriptions[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    subscriptions[0].u.u.fd_read.file_descriptor = 0;
    subscriptions[1].userdata = 2;
    subscriptions[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    subscriptions[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subscriptions[1].u.u.clock.timeout = 5000ull * 1000 * 1000;
    __wasi_event_t events[2];
    __wasi_size_t count = 0;
    unsigned long long before = monotonic_ns();
    CHECK_WASI(__wasi_poll_oneoff(subscriptions, events, 2, &count), 0);
    CHECK(count >= 1);
    CHECK(events[0].userdata == 1 && events[0].type == __WASI_EVENTTYPE_FD_READ && events[0].error == 0);
    CHECK(monotonic_ns() - before < 4000ull * 1000 * 1000);
    char text[32] = {0};
    size_t length = 0;
    ssize_t got;
    while ((got = read(0, text + length, sizeof text - 1 - length)) > 0)
        length += (size_t)got;
    CHECK(got == 0 && strcmp(text, "hello wasi\n") == 0);
    __wasi_subscription_t writable;
    memset(&writable, 0, sizeof writable);
    writable.userdata = 3;
    writable.u.tag = __WASI_EVENTTYPE_FD_WRITE;
    writable.u.u.fd_write.file_descriptor = 1;
    CHECK_WASI(__wasi_poll_oneoff(&writable, events, 1, &count), 0);
    CHECK(count == 1 && events[0].userdata == 3 && events[0].type == __WASI_EVENTTYPE_FD_WRITE);
    CHECK(events[0].error == 0);
    printf("stdin was ready before the clock: %s", text);
    return ok();
}
