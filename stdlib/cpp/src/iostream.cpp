// iostream.cpp: cin, cout, cerr and clog over the C library's stdio FILEs,
// and the flush of cout and clog at exit.
//
// The objects have constexpr constructors, so they are ready before any
// static constructor runs (no initialization-order problem).
#include <cstdio>
#include <iostream>

namespace std {
namespace {

// A streambuf over a C FILE. Holds the address of the stdin/stdout/stderr
// variable, a constant, so it can be constant-initialized.
class stdio_buffer final : public streambuf {
  public:
    constexpr explicit stdio_buffer(FILE *const *file) : file_(file) {}

  protected:
    streamsize xsputn(const char *data, streamsize count) override {
        return static_cast<streamsize>(fwrite(data, 1, static_cast<size_t>(count), *file_));
    }
    int sync() override { return fflush(*file_) == 0 ? 0 : -1; }
    int_type underflow() override {
        int byte = getc(*file_);
        if (byte != EOF)
            ungetc(byte, *file_);
        return byte;
    }
    int_type uflow() override {
        last_taken_ = getc(*file_);
        return last_taken_;
    }
    int_type pbackfail() override {
        int_type byte = last_taken_;
        last_taken_ = eof;
        return byte == eof ? eof : ungetc(byte, *file_);
    }

  private:
    FILE *const *file_;
    // The byte the last uflow() took, which sungetc() can give back.
    int_type last_taken_ = eof;
};

stdio_buffer stdin_buffer(&stdin);
stdio_buffer stdout_buffer(&stdout);
stdio_buffer stderr_buffer(&stderr);

} // namespace

ostream cout(&stdout_buffer);
istream cin(&stdin_buffer, &cout);
ostream cerr(&stderr_buffer, &cout);
ostream clog(&stderr_buffer, &cout);

namespace {
// Constructed by __wasm_call_ctors; its destructor, registered with
// __cxa_atexit, runs in exit() and flushes what cout and clog hold.
struct flush_at_exit {
    flush_at_exit() { cerr.setf(ios_base::unitbuf); }
    ~flush_at_exit() {
        cout.flush();
        clog.flush();
    }
} flusher;
} // namespace

} // namespace std
