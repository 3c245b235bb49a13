// fstream.cpp: std::filebuf over a C FILE: every operation goes straight
// to the FILE, which does the buffering.
#include <cstdio>
#include <fstream>

namespace std {

namespace {
// The fopen mode for an openmode, as the standard's table lists them
// (ate aside); nullptr for a combination that is not allowed.
const char *fopen_mode(ios_base::openmode mode) {
    using base = ios_base;
    base::openmode kind = mode & (base::in | base::out | base::trunc | base::app);
    bool binary = (mode & base::binary) != 0;
    switch (kind) {
    case base::out:
    case base::out | base::trunc:
        return binary ? "wb" : "w";
    case base::out | base::app:
    case base::app:
        return binary ? "ab" : "a";
    case base::in:
        return binary ? "rb" : "r";
    case base::in | base::out:
        return binary ? "r+b" : "r+";
    case base::in | base::out | base::trunc:
        return binary ? "w+b" : "w+";
    case base::in | base::out | base::app:
    case base::in | base::app:
        return binary ? "a+b" : "a+";
    default:
        return nullptr;
    }
}
} // namespace

filebuf *filebuf::open(const char *path, ios_base::openmode mode) {
    if (file_)
        return nullptr;
    const char *fopen_text = fopen_mode(mode);
    if (!fopen_text)
        return nullptr;
    file_ = fopen(path, fopen_text);
    if (!file_)
        return nullptr;
    owned_ = true;
    if ((mode & ios_base::ate) && fseek(file_, 0, SEEK_END) != 0) {
        close();
        return nullptr;
    }
    return this;
}

filebuf *filebuf::close() {
    if (!file_)
        return nullptr;
    bool ok = owned_ ? fclose(file_) == 0 : fflush(file_) == 0;
    file_ = nullptr;
    owned_ = false;
    return ok ? this : nullptr;
}

streamsize filebuf::xsputn(const char *data, streamsize count) {
    if (!file_ || count <= 0)
        return 0;
    return static_cast<streamsize>(fwrite(data, 1, static_cast<size_t>(count), file_));
}

filebuf::int_type filebuf::overflow(int_type c) {
    if (!file_)
        return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    return fputc(c, file_) == EOF ? traits_type::eof() : c;
}

int filebuf::sync() { return !file_ || fflush(file_) == 0 ? 0 : -1; }

filebuf::int_type filebuf::underflow() {
    if (!file_)
        return traits_type::eof();
    int byte = getc(file_);
    if (byte != EOF)
        ungetc(byte, file_);
    return byte;
}

filebuf::int_type filebuf::uflow() {
    if (!file_)
        return traits_type::eof();
    last_taken_ = getc(file_);
    return last_taken_;
}

filebuf::int_type filebuf::pbackfail(int_type c) {
    int_type byte = traits_type::eq_int_type(c, traits_type::eof()) ? last_taken_ : c;
    last_taken_ = traits_type::eof();
    if (!file_ || traits_type::eq_int_type(byte, traits_type::eof()))
        return traits_type::eof();
    return ungetc(byte, file_);
}

streamsize filebuf::xsgetn(char *data, streamsize count) {
    if (!file_ || count <= 0)
        return 0;
    return static_cast<streamsize>(fread(data, 1, static_cast<size_t>(count), file_));
}

filebuf::pos_type filebuf::seekoff(off_type offset, ios_base::seekdir direction, ios_base::openmode) {
    if (!file_)
        return pos_type(-1);
    int whence = direction == ios_base::beg ? SEEK_SET : direction == ios_base::cur ? SEEK_CUR : SEEK_END;
    if (fseeko(file_, static_cast<off_t>(offset), whence) != 0)
        return pos_type(-1);
    last_taken_ = traits_type::eof();
    return pos_type(ftello(file_));
}

filebuf::pos_type filebuf::seekpos(pos_type position, ios_base::openmode which) {
    return seekoff(off_type(position), ios_base::beg, which);
}

} // namespace std
