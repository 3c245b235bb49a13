// ostream.cpp: formatting numbers, text and pointers onto a streambuf.
#include <cstdio>
#include <cstring>
#include <ostream>

namespace std {

ostream &ostream::__write_field(const char *text, size_t length) {
    if (tie_)
        tie_->flush();
    streamsize padding = width() > static_cast<streamsize>(length) ? width() - static_cast<streamsize>(length) : 0;
    width(0);
    bool pad_after = (flags() & adjustfield) == left;
    char fill_byte = fill();
    if (!pad_after)
        for (; padding > 0; --padding)
            buffer_->sputc(fill_byte);
    if (buffer_->sputn(text, static_cast<streamsize>(length)) != static_cast<streamsize>(length))
        setstate(badbit);
    for (; padding > 0; --padding)
        buffer_->sputc(fill_byte);
    if (flags() & unitbuf)
        flush();
    return *this;
}

ostream &ostream::write_integer(unsigned long long magnitude, bool negative) {
    // 64 bits in octal is 22 digits; plus sign and base prefix.
    char digits[32];
    char *end = digits + sizeof digits;
    char *start = end;
    fmtflags base_flags = flags() & basefield;
    unsigned base = base_flags == hex ? 16 : base_flags == oct ? 8 : 10;
    const char *alphabet = (flags() & uppercase) ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        *--start = alphabet[magnitude % base];
        magnitude /= base;
    } while (magnitude != 0);
    if (flags() & showbase) {
        if (base == 16) {
            *--start = (flags() & uppercase) ? 'X' : 'x';
            *--start = '0';
        } else if (base == 8 && *start != '0') {
            *--start = '0';
        }
    }
    if (negative)
        *--start = '-';
    else if (base == 10 && (flags() & showpos))
        *--start = '+';
    return __write_field(start, static_cast<size_t>(end - start));
}

namespace {
// In hex and octal a signed value prints as its unsigned bit pattern.
template <class Signed, class Unsigned>
bool split_signed(const ios_base &stream, Signed value, unsigned long long &magnitude) {
    if ((stream.flags() & ios_base::basefield) != ios_base::hex && (stream.flags() & ios_base::basefield) != ios_base::oct &&
        value < 0) {
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
    return write_integer(value ? 1 : 0, false);
}

ostream &ostream::operator<<(short value) {
    unsigned long long magnitude;
    bool negative = split_signed<short, unsigned short>(*this, value, magnitude);
    return write_integer(magnitude, negative);
}

ostream &ostream::operator<<(unsigned short value) { return write_integer(value, false); }

ostream &ostream::operator<<(int value) {
    unsigned long long magnitude;
    bool negative = split_signed<int, unsigned int>(*this, value, magnitude);
    return write_integer(magnitude, negative);
}

ostream &ostream::operator<<(unsigned int value) { return write_integer(value, false); }

ostream &ostream::operator<<(long value) {
    unsigned long long magnitude;
    bool negative = split_signed<long, unsigned long>(*this, value, magnitude);
    return write_integer(magnitude, negative);
}

ostream &ostream::operator<<(unsigned long value) { return write_integer(value, false); }

ostream &ostream::operator<<(long long value) {
    unsigned long long magnitude;
    bool negative = split_signed<long long, unsigned long long>(*this, value, magnitude);
    return write_integer(magnitude, negative);
}

ostream &ostream::operator<<(unsigned long long value) { return write_integer(value, false); }

ostream &ostream::operator<<(double value) {
    // The printf conversion for the float field: %g by default, %f fixed,
    // %e scientific, upper case with the uppercase flag.
    fmtflags float_flags = flags() & floatfield;
    bool upper = (flags() & uppercase) != 0;
    char conversion = float_flags == fixed ? (upper ? 'F' : 'f')
                      : float_flags == scientific ? (upper ? 'E' : 'e')
                                                  : (upper ? 'G' : 'g');
    char format[8];
    char *cursor = format;
    *cursor++ = '%';
    if (flags() & showpos)
        *cursor++ = '+';
    if (flags() & showpoint)
        *cursor++ = '#';
    *cursor++ = '.';
    *cursor++ = '*';
    *cursor++ = conversion;
    *cursor = '\0';
    int digits = precision() < 0 ? 6 : precision() > 100 ? 100 : static_cast<int>(precision());
    // Enough for %f of the largest double (309 digits) plus 100 decimals.
    char text[420];
    int length = snprintf(text, sizeof text, format, digits, value);
    if (length < 0)
        length = 0;
    if (length >= static_cast<int>(sizeof text))
        length = sizeof text - 1;
    return __write_field(text, static_cast<size_t>(length));
}

ostream &ostream::operator<<(const void *pointer) {
    char text[2 + 2 * sizeof(void *) + 1];
    int length = snprintf(text, sizeof text, "0x%llx",
                          static_cast<unsigned long long>(reinterpret_cast<__UINTPTR_TYPE__>(pointer)));
    return __write_field(text, static_cast<size_t>(length));
}

ostream &ostream::operator<<(decltype(nullptr)) { return __write_field("nullptr", 7); }

ostream &ostream::put(char c) {
    if (buffer_->sputc(c) == streambuf::eof)
        setstate(badbit);
    return *this;
}

ostream &ostream::write(const char *data, streamsize count) {
    if (buffer_->sputn(data, count) != count)
        setstate(badbit);
    return *this;
}

ostream &ostream::flush() {
    if (buffer_->pubsync() != 0)
        setstate(badbit);
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

ostream &endl(ostream &stream) {
    stream.put('\n');
    return stream.flush();
}

ostream &ends(ostream &stream) { return stream.put('\0'); }

ostream &flush(ostream &stream) { return stream.flush(); }

} // namespace std
