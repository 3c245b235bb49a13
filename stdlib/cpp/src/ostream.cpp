// ostream.cpp: formatting numbers, text and pointers onto a streambuf,
// the way libstdc++ does in the "C" locale.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <string_view>

namespace std {

ostream::sentry::sentry(ostream &stream) : stream_(stream), ok_(false) {
    if (stream.tie() && stream.good())
        stream.tie()->flush();
    if (stream.good())
        ok_ = true;
    else
        stream.setstate(failbit);
}

ostream::sentry::~sentry() {
    if ((stream_.flags() & unitbuf) && stream_.good() && stream_.rdbuf()->pubsync() == -1)
        stream_.setstate(badbit);
}

ostream &ostream::__write_field(const char *text, size_t length, size_t internal_split) {
    sentry guard(*this);
    if (!guard)
        return *this;
    streambuf *buffer = rdbuf();
    streamsize padding = width() > static_cast<streamsize>(length) ? width() - static_cast<streamsize>(length) : 0;
    width(0);
    fmtflags adjust = flags() & adjustfield;
    char fill_byte = fill();
    bool failed = false;
    auto write = [&](const char *data, size_t count) {
        if (count && buffer->sputn(data, static_cast<streamsize>(count)) != static_cast<streamsize>(count))
            failed = true;
    };
    auto pad = [&] {
        for (; padding > 0; --padding)
            if (buffer->sputc(fill_byte) == traits_type::eof())
                failed = true;
    };
    if (adjust == internal) {
        write(text, internal_split);
        pad();
        write(text + internal_split, length - internal_split);
    } else if (adjust == left) {
        write(text, length);
        pad();
    } else {
        pad();
        write(text, length);
    }
    if (failed)
        setstate(badbit);
    return *this;
}

ostream &ostream::write_number(const char *text, size_t length) {
    size_t split = 0;
    if (length > 0 && (text[0] == '-' || text[0] == '+'))
        split = 1;
    else if (length > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        split = 2;
    return __write_field(text, length, split);
}

ostream &ostream::write_integer(unsigned long long magnitude, bool negative, bool is_signed) {
    // 64 bits in octal is 22 digits; plus sign and base prefix.
    char digits[32];
    char *end = digits + sizeof digits;
    char *start = end;
    fmtflags base_flags = flags() & basefield;
    unsigned base = base_flags == hex ? 16 : base_flags == oct ? 8 : 10;
    const char *alphabet = (flags() & uppercase) ? "0123456789ABCDEF" : "0123456789abcdef";
    bool nonzero = magnitude != 0;
    do {
        *--start = alphabet[magnitude % base];
        magnitude /= base;
    } while (magnitude != 0);
    if (base == 10) {
        if (negative)
            *--start = '-';
        else if (is_signed && (flags() & showpos))
            *--start = '+';
    } else if ((flags() & showbase) && nonzero) {
        if (base == 16)
            *--start = (flags() & uppercase) ? 'X' : 'x';
        *--start = '0';
    }
    return write_number(start, static_cast<size_t>(end - start));
}

namespace {
// The magnitude and sign of a signed value; in hex and octal it prints as
// the bit pattern of its unsigned type.
template <class Signed, class Unsigned>
bool split_signed(const ios_base &stream, Signed value, unsigned long long &magnitude) {
    ios_base::fmtflags base = stream.flags() & ios_base::basefield;
    if (base != ios_base::hex && base != ios_base::oct && value < 0) {
        magnitude = 0ull - static_cast<unsigned long long>(static_cast<long long>(value));
        return true;
    }
    magnitude = static_cast<Unsigned>(value);
    return false;
}
} // namespace

ostream &ostream::operator<<(bool value) {
    if (flags() & boolalpha)
        return value ? __write_field("true", 4) : __write_field("false", 5);
    return write_integer(value ? 1 : 0, false, true);
}

#define _WASMOS_SIGNED_INSERTER(Signed, Unsigned)                                   \
    ostream &ostream::operator<<(Signed value) {                                    \
        unsigned long long magnitude;                                               \
        bool negative = split_signed<Signed, Unsigned>(*this, value, magnitude);    \
        return write_integer(magnitude, negative, true);                            \
    }                                                                               \
    ostream &ostream::operator<<(Unsigned value) { return write_integer(value, false, false); }
_WASMOS_SIGNED_INSERTER(short, unsigned short)
_WASMOS_SIGNED_INSERTER(int, unsigned int)
_WASMOS_SIGNED_INSERTER(long, unsigned long)
_WASMOS_SIGNED_INSERTER(long long, unsigned long long)
#undef _WASMOS_SIGNED_INSERTER

ostream &ostream::operator<<(double value) {
    // The printf conversion for the float field, as libstdc++ builds it:
    // %g by default, %f fixed, %e scientific, %a for fixed|scientific
    // (without a precision); upper case with the uppercase flag, except %f.
    fmtflags float_flags = flags() & floatfield;
    bool upper = (flags() & uppercase) != 0;
    bool hexadecimal = float_flags == (fixed | scientific);
    char conversion = float_flags == fixed        ? 'f'
                      : float_flags == scientific ? (upper ? 'E' : 'e')
                      : hexadecimal               ? (upper ? 'A' : 'a')
                                                  : (upper ? 'G' : 'g');
    char format[8];
    char *cursor = format;
    *cursor++ = '%';
    if (flags() & showpos)
        *cursor++ = '+';
    if (flags() & showpoint)
        *cursor++ = '#';
    if (!hexadecimal) {
        *cursor++ = '.';
        *cursor++ = '*';
    }
    *cursor++ = conversion;
    *cursor = '\0';
    int digits = precision() < 0 ? 6 : static_cast<int>(precision());
    char local[128];
    int length = hexadecimal ? snprintf(local, sizeof local, format, value)
                             : snprintf(local, sizeof local, format, digits, value);
    if (length < 0)
        return *this;
    if (length < static_cast<int>(sizeof local))
        return write_number(local, static_cast<size_t>(length));
    // Long fixed output (a large number or many decimals).
    char *text = static_cast<char *>(malloc(static_cast<size_t>(length) + 1));
    if (!text) {
        setstate(badbit);
        return *this;
    }
    snprintf(text, static_cast<size_t>(length) + 1, format, digits, value);
    write_number(text, static_cast<size_t>(length));
    free(text);
    return *this;
}

ostream &ostream::operator<<(const void *pointer) {
    // As an unsigned hex number with showbase (so a null pointer is "0").
    fmtflags saved = flags();
    flags((saved & ~(basefield | uppercase)) | hex | showbase);
    write_integer(reinterpret_cast<__UINTPTR_TYPE__>(pointer), false, false);
    flags(saved);
    return *this;
}

ostream &ostream::operator<<(decltype(nullptr)) { return __write_field("nullptr", 7); }

ostream &ostream::operator<<(streambuf *source) {
    sentry guard(*this);
    if (!guard)
        return *this;
    if (!source) {
        setstate(badbit);
        return *this;
    }
    streamsize copied = 0;
    for (;;) {
        int_type c = source->sgetc();
        if (traits_type::eq_int_type(c, traits_type::eof()))
            break;
        if (traits_type::eq_int_type(rdbuf()->sputc(traits_type::to_char_type(c)), traits_type::eof()))
            break;
        source->sbumpc();
        ++copied;
    }
    if (copied == 0)
        setstate(failbit);
    return *this;
}

ostream &ostream::put(char c) {
    sentry guard(*this);
    if (guard && traits_type::eq_int_type(rdbuf()->sputc(c), traits_type::eof()))
        setstate(badbit);
    return *this;
}

ostream &ostream::write(const char *data, streamsize count) {
    sentry guard(*this);
    if (guard && rdbuf()->sputn(data, count) != count)
        setstate(badbit);
    return *this;
}

ostream &ostream::flush() {
    if (rdbuf() && rdbuf()->pubsync() == -1)
        setstate(badbit);
    return *this;
}

ostream::pos_type ostream::tellp() {
    if (fail())
        return pos_type(-1);
    return rdbuf()->pubseekoff(0, cur, out);
}

ostream &ostream::seekp(pos_type position) {
    if (!fail() && rdbuf()->pubseekpos(position, out) == pos_type(-1))
        setstate(failbit);
    return *this;
}

ostream &ostream::seekp(off_type offset, ios_base::seekdir direction) {
    if (!fail() && rdbuf()->pubseekoff(offset, direction, out) == pos_type(-1))
        setstate(failbit);
    return *this;
}

ostream &operator<<(ostream &stream, char c) { return stream.__write_field(&c, 1); }

ostream &operator<<(ostream &stream, const char *text) {
    if (!text) {
        stream.setstate(ios_base::badbit);
        return stream;
    }
    return stream.__write_field(text, strlen(text));
}

ostream &operator<<(ostream &stream, string_view text) { return stream.__write_field(text.data(), text.size()); }

ostream &endl(ostream &stream) {
    stream.put('\n');
    return stream.flush();
}

ostream &ends(ostream &stream) { return stream.put('\0'); }

ostream &flush(ostream &stream) { return stream.flush(); }

} // namespace std
