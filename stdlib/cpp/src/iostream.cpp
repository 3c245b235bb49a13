// iostream.cpp: cin, cout, cerr and clog: filebufs over the C library's
// stdin, stdout and stderr FILEs.
//
// The objects are built in static storage by a constructor that runs before
// the app's own (init_priority 101), and never destroyed, so static
// constructors and destructors of an app can use them. The storage carries
// the mangled names of std::cin, std::cout, ... (an asm label), which the
// declarations in <iostream> refer to.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <new>

namespace std {
namespace __detail {
// Raw storage for an object that is constructed explicitly and never
// destroyed. (Not in an unnamed namespace: the stream objects below must
// have external linkage.)
template <class T>
struct alignas(T) storage_for {
    unsigned char bytes[sizeof(T)];
    template <class... Args>
    T *construct(Args... arguments) {
        return ::new (static_cast<void *>(bytes)) T(arguments...);
    }
};
} // namespace __detail

namespace {
using __detail::storage_for;

storage_for<filebuf> stdin_buffer;
storage_for<filebuf> stdout_buffer;
storage_for<filebuf> stderr_buffer;

} // namespace
} // namespace std

// The stream objects themselves, under the names <iostream> declares.
std::__detail::storage_for<std::istream> cin_storage __asm__("_ZSt3cin");
std::__detail::storage_for<std::ostream> cout_storage __asm__("_ZSt4cout");
std::__detail::storage_for<std::ostream> cerr_storage __asm__("_ZSt4cerr");
std::__detail::storage_for<std::ostream> clog_storage __asm__("_ZSt4clog");

namespace {
struct standard_streams {
    standard_streams() {
        std::ostream *out = cout_storage.construct(std::stdout_buffer.construct(stdout));
        std::streambuf *error_buffer = std::stderr_buffer.construct(stderr);
        std::istream *in = cin_storage.construct(std::stdin_buffer.construct(stdin));
        std::ostream *error = cerr_storage.construct(error_buffer);
        std::ostream *log = clog_storage.construct(error_buffer);
        in->tie(out);
        error->tie(out);
        error->setf(std::ios_base::unitbuf);
        log->tie(out);
    }
    // Runs after every destructor of the app's statics: cout's text is in
    // the C library's FILE, which exit() flushes, so this only makes sure.
    ~standard_streams() {
        std::fflush(stdout);
        std::fflush(stderr);
    }
} standard_streams_instance __attribute__((init_priority(101)));
} // namespace
