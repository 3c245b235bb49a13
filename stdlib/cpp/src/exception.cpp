// exception.cpp: std::exception, std::terminate, and the report made where
// the standard library would throw (bits/throw.h).
#include <bits/throw.h>
#include <cstdio>
#include <cstdlib>
#include <exception>

namespace std {

exception::~exception() {}
const char *exception::what() const noexcept { return "std::exception"; }
const char *bad_exception::what() const noexcept { return "std::bad_exception"; }

namespace {
terminate_handler current_terminate_handler = nullptr;
} // namespace

terminate_handler set_terminate(terminate_handler handler) noexcept {
    terminate_handler previous = current_terminate_handler;
    current_terminate_handler = handler;
    return previous;
}

terminate_handler get_terminate() noexcept { return current_terminate_handler; }

void terminate() noexcept {
    if (current_terminate_handler)
        current_terminate_handler();
    abort();
}

namespace __detail {
void throw_error(const char *type, const char *what) {
    fflush(stdout);
    fprintf(stderr, "terminate called after throwing an instance of '%s'\n  what():  %s\n", type, what);
    terminate();
}
void throw_out_of_range_format(const char *format, size_t first, size_t second) {
    char what[160];
    snprintf(what, sizeof what, format, first, second);
    throw_error("std::out_of_range", what);
}
} // namespace __detail

} // namespace std
