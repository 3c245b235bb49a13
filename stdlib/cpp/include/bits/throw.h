// bits/throw.h: what the library does where the standard would throw.
//
// Without exceptions, an error the standard reports by throwing ends the
// program the way an uncaught exception does: a message naming the
// exception on stderr, then abort().
#ifndef _WASMOS_CPP_BITS_THROW_H
#define _WASMOS_CPP_BITS_THROW_H

namespace std::__detail {

// Prints "terminate called after throwing an instance of '<type>'" and
// "what(): <what>", then aborts.
[[noreturn]] void throw_error(const char *type, const char *what);

[[noreturn]] inline void throw_out_of_range(const char *what) { throw_error("std::out_of_range", what); }
// An out_of_range whose message is `format` (a printf format taking two
// size_t values) filled in, as libstdc++ words its range checks.
[[noreturn]] void throw_out_of_range_format(const char *format, __SIZE_TYPE__ first, __SIZE_TYPE__ second);
[[noreturn]] inline void throw_invalid_argument(const char *what) { throw_error("std::invalid_argument", what); }
[[noreturn]] inline void throw_length_error(const char *what) { throw_error("std::length_error", what); }
[[noreturn]] inline void throw_bad_alloc() { throw_error("std::bad_alloc", "std::bad_alloc"); }
[[noreturn]] inline void throw_bad_function_call() {
    throw_error("std::bad_function_call", "bad_function_call");
}
[[noreturn]] inline void throw_bad_optional_access() {
    throw_error("std::bad_optional_access", "bad optional access");
}

} // namespace std::__detail

#endif
