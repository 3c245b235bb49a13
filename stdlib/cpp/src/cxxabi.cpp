// cxxabi.cpp: the Itanium C++ ABI entry points the compiler calls:
// pure and deleted virtual calls, and the guards of function-local statics.
// (__cxa_atexit and __dso_handle come from the C library.)
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" {

[[noreturn]] void __cxa_pure_virtual() {
    std::fputs("pure virtual function called\n", stderr);
    std::abort();
}

[[noreturn]] void __cxa_deleted_virtual() {
    std::fputs("deleted virtual function called\n", stderr);
    std::abort();
}

// A guard is 64 bits; its first byte is nonzero once the static is
// initialized. Apps are single-threaded, so the second byte only catches
// an initializer that re-enters itself (undefined behaviour: abort).
int __cxa_guard_acquire(std::uint64_t *guard) {
    auto *bytes = reinterpret_cast<unsigned char *>(guard);
    if (bytes[0])
        return 0;
    if (bytes[1]) {
        std::fputs("recursive initialization of a function-local static\n", stderr);
        std::abort();
    }
    bytes[1] = 1;
    return 1;
}

void __cxa_guard_release(std::uint64_t *guard) {
    auto *bytes = reinterpret_cast<unsigned char *>(guard);
    bytes[0] = 1;
    bytes[1] = 0;
}

void __cxa_guard_abort(std::uint64_t *guard) { reinterpret_cast<unsigned char *>(guard)[1] = 0; }

} // extern "C"
