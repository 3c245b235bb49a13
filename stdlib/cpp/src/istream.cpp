// istream.cpp: parsing numbers and words from a streambuf, the way
// libstdc++ does in the "C" locale.
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <ostream>

namespace std {

namespace {
using traits = char_traits<char>;

bool is_space(int byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); }
bool is_eof(int byte) { return traits::eq_int_type(byte, traits::eof()); }

// The value of `byte` as a digit, or 99.
unsigned digit_value(int byte) {
    if (byte >= '0' && byte <= '9')
        return static_cast<unsigned>(byte - '0');
    if (byte >= 'a' && byte <= 'z')
        return static_cast<unsigned>(byte - 'a' + 10);
    if (byte >= 'A' && byte <= 'Z')
        return static_cast<unsigned>(byte - 'A' + 10);
    return 99;
}

// An integer as read: the magnitude, its sign, and whether it overflowed
// 64 bits. `ok` is false if there were no digits.
struct integer_text {
    unsigned long long magnitude = 0;
    bool negative = false;
    bool overflow = false;
    bool ok = false;
};

// Reads [sign] [0x prefix] digits in the base of the stream's basefield
// (detected from the prefix when no base flag is set). Sets eofbit at the
// end of input.
integer_text read_integer_text(istream &stream) {
    integer_text result;
    streambuf *buffer = stream.rdbuf();
    int byte = buffer->sgetc();
    if (byte == '+' || byte == '-') {
        result.negative = byte == '-';
        byte = buffer->snextc();
    }
    ios_base::fmtflags base_flags = stream.flags() & ios_base::basefield;
    unsigned base = base_flags == ios_base::hex ? 16 : base_flags == ios_base::oct ? 8 : base_flags == ios_base::dec ? 10 : 0;
    bool digits = false;
    if ((base == 16 || base == 0) && byte == '0') {
        // A leading zero counts as a digit; an x after it is the prefix.
        digits = true;
        byte = buffer->snextc();
        if (byte == 'x' || byte == 'X') {
            base = 16;
            digits = false;
            byte = buffer->snextc();
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0)
        base = 10;
    for (;; byte = buffer->snextc()) {
        if (is_eof(byte)) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        unsigned digit = digit_value(byte);
        if (digit >= base)
            break;
        digits = true;
        if (result.magnitude > (ULLONG_MAX - digit) / base)
            result.overflow = true;
        else
            result.magnitude = result.magnitude * base + digit;
    }
    result.ok = digits;
    return result;
}

// Collects the text of a floating-point number into `token` (capacity
// bytes, NUL-terminated): [sign] digits [. digits] [e [sign] digits].
void read_float_text(istream &stream, char *token, size_t capacity) {
    streambuf *buffer = stream.rdbuf();
    size_t length = 0;
    bool mantissa = false;
    bool point = false;
    bool exponent = false;
    int byte = buffer->sgetc();
    auto take = [&](int c) {
        if (length + 1 < capacity)
            token[length++] = static_cast<char>(c);
        byte = buffer->snextc();
    };
    if (byte == '+' || byte == '-')
        take(byte);
    for (;;) {
        if (is_eof(byte)) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        if (byte >= '0' && byte <= '9') {
            mantissa = mantissa || !exponent;
            take(byte);
        } else if (byte == '.' && !point && !exponent) {
            point = true;
            take(byte);
        } else if ((byte == 'e' || byte == 'E') && !exponent && mantissa) {
            exponent = true;
            take(byte);
            if (byte == '+' || byte == '-')
                take(byte);
        } else {
            break;
        }
    }
    token[length] = '\0';
}
} // namespace

istream::sentry::sentry(istream &stream, bool keep_whitespace) : ok_(false) {
    if (stream.good()) {
        if (stream.tie())
            stream.tie()->flush();
        if (!keep_whitespace && (stream.flags() & skipws)) {
            streambuf *buffer = stream.rdbuf();
            int byte = buffer->sgetc();
            while (!is_eof(byte) && is_space(byte))
                byte = buffer->snextc();
            if (is_eof(byte))
                stream.setstate(eofbit);
        }
    }
    if (stream.good())
        ok_ = true;
    else
        stream.setstate(failbit);
}

template <class T>
istream &istream::read_integer(T &value) {
    sentry guard(*this);
    if (!guard)
        return *this;
    integer_text text = read_integer_text(*this);
    if (!text.ok) {
        value = 0;
        setstate(failbit);
        return *this;
    }
    using limits_type = make_unsigned_t<T>;
    constexpr unsigned long long type_max = static_cast<limits_type>(~limits_type(0)) >> (is_signed<T>::value ? 1 : 0);
    if constexpr (is_signed<T>::value) {
        // The most negative value's magnitude is one more than the maximum.
        unsigned long long limit = text.negative ? type_max + 1 : type_max;
        if (text.overflow || text.magnitude > limit) {
            value = text.negative ? static_cast<T>(-static_cast<long long>(type_max) - 1) : static_cast<T>(type_max);
            setstate(failbit);
        } else {
            value = text.negative ? static_cast<T>(0 - text.magnitude) : static_cast<T>(text.magnitude);
        }
    } else {
        if (text.overflow || text.magnitude > type_max) {
            value = static_cast<T>(type_max);
            setstate(failbit);
        } else {
            value = text.negative ? static_cast<T>(0 - text.magnitude) : static_cast<T>(text.magnitude);
        }
    }
    return *this;
}

istream &istream::operator>>(short &value) { return read_integer(value); }
istream &istream::operator>>(unsigned short &value) { return read_integer(value); }
istream &istream::operator>>(int &value) { return read_integer(value); }
istream &istream::operator>>(unsigned int &value) { return read_integer(value); }
istream &istream::operator>>(long &value) { return read_integer(value); }
istream &istream::operator>>(unsigned long &value) { return read_integer(value); }
istream &istream::operator>>(long long &value) { return read_integer(value); }
istream &istream::operator>>(unsigned long long &value) { return read_integer(value); }

istream &istream::operator>>(bool &value) {
    if (!(flags() & boolalpha)) {
        long number = 0;
        read_integer(number);
        if (!fail()) {
            value = number != 0;
            if (number != 0 && number != 1)
                setstate(failbit);
        } else {
            value = number != 0;
        }
        return *this;
    }
    sentry guard(*this);
    if (!guard)
        return *this;
    // Matches "true" or "false" a byte at a time.
    static const char *const names[2] = {"false", "true"};
    bool possible[2] = {true, true};
    streambuf *buffer = rdbuf();
    for (size_t position = 0;; ++position) {
        for (int which = 0; which < 2; ++which)
            if (possible[which] && names[which][position] == '\0') {
                value = which == 1;
                return *this;
            }
        int byte = buffer->sgetc();
        if (is_eof(byte))
            setstate(eofbit);
        bool any = false;
        for (int which = 0; which < 2; ++which) {
            possible[which] = possible[which] && !is_eof(byte) && names[which][position] == byte;
            any = any || possible[which];
        }
        if (!any) {
            value = false;
            setstate(failbit);
            return *this;
        }
        buffer->sbumpc();
    }
}

istream &istream::operator>>(double &value) {
    sentry guard(*this);
    if (!guard)
        return *this;
    char token[128];
    read_float_text(*this, token, sizeof token);
    char *end = nullptr;
    int saved_errno = errno;
    errno = 0;
    double parsed = strtod(token, &end);
    bool out_of_range = errno == ERANGE && (parsed > 1.0 || parsed < -1.0);
    errno = saved_errno;
    if (token[0] == '\0' || *end != '\0') {
        value = 0;
        setstate(failbit);
    } else if (out_of_range) {
        value = parsed > 0 ? __DBL_MAX__ : -__DBL_MAX__;
        setstate(failbit);
    } else {
        value = parsed;
    }
    return *this;
}

istream &istream::operator>>(float &value) {
    double parsed = 0;
    *this >> parsed;
    if (parsed > __FLT_MAX__ || parsed < -__FLT_MAX__) {
        value = parsed > 0 ? __FLT_MAX__ : -__FLT_MAX__;
        setstate(failbit);
    } else {
        value = static_cast<float>(parsed);
    }
    return *this;
}

istream &istream::operator>>(void *&pointer) {
    fmtflags saved = flags();
    setf(hex, basefield);
    unsigned long long address = 0;
    read_integer(address);
    flags(saved);
    if (!fail())
        pointer = reinterpret_cast<void *>(static_cast<__UINTPTR_TYPE__>(address));
    return *this;
}

istream &istream::operator>>(streambuf *destination) {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return *this;
    if (!destination) {
        setstate(badbit);
        return *this;
    }
    streambuf *buffer = rdbuf();
    for (;;) {
        int byte = buffer->sgetc();
        if (is_eof(byte)) {
            setstate(eofbit);
            break;
        }
        if (is_eof(destination->sputc(traits::to_char_type(byte))))
            break;
        buffer->sbumpc();
        ++count_;
    }
    if (count_ == 0)
        setstate(failbit);
    return *this;
}

istream::int_type istream::get() {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return traits::eof();
    int_type byte = rdbuf()->sbumpc();
    if (is_eof(byte))
        setstate(eofbit | failbit);
    else
        count_ = 1;
    return byte;
}

istream &istream::get(char &c) {
    int_type byte = get();
    if (!is_eof(byte))
        c = traits::to_char_type(byte);
    return *this;
}

istream &istream::get(char *text, streamsize count, char delimiter) {
    count_ = 0;
    sentry guard(*this, true);
    streamsize stored = 0;
    if (guard) {
        streambuf *buffer = rdbuf();
        while (stored + 1 < count) {
            int_type byte = buffer->sgetc();
            if (is_eof(byte)) {
                setstate(eofbit);
                break;
            }
            if (byte == traits::to_int_type(delimiter))
                break;
            text[stored++] = traits::to_char_type(buffer->sbumpc());
        }
    }
    if (count > 0)
        text[stored] = '\0';
    count_ = stored;
    if (stored == 0)
        setstate(failbit);
    return *this;
}

istream::int_type istream::peek() {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return traits::eof();
    int_type byte = rdbuf()->sgetc();
    if (is_eof(byte))
        setstate(eofbit);
    return byte;
}

istream &istream::unget() {
    count_ = 0;
    clear(rdstate() & ~eofbit);
    sentry guard(*this, true);
    if (guard && is_eof(rdbuf()->sungetc()))
        setstate(badbit);
    return *this;
}

istream &istream::putback(char c) {
    count_ = 0;
    clear(rdstate() & ~eofbit);
    sentry guard(*this, true);
    if (guard && is_eof(rdbuf()->sputbackc(c)))
        setstate(badbit);
    return *this;
}

istream &istream::ignore(streamsize count, int_type delimiter) {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return *this;
    // The largest count means "no limit".
    bool unlimited = count == __PTRDIFF_MAX__;
    streambuf *buffer = rdbuf();
    while (unlimited || count_ < count) {
        int_type byte = buffer->sbumpc();
        if (is_eof(byte)) {
            setstate(eofbit);
            break;
        }
        ++count_;
        if (!is_eof(delimiter) && byte == traits::to_int_type(traits::to_char_type(delimiter)))
            break;
    }
    return *this;
}

istream &istream::getline(char *text, streamsize count, char delimiter) {
    count_ = 0;
    sentry guard(*this, true);
    streamsize stored = 0;
    if (guard) {
        streambuf *buffer = rdbuf();
        for (;;) {
            int_type byte = buffer->sgetc();
            if (is_eof(byte)) {
                setstate(eofbit);
                break;
            }
            if (byte == traits::to_int_type(delimiter)) {
                buffer->sbumpc();
                ++count_;
                break;
            }
            if (stored + 1 >= count) {
                setstate(failbit);
                break;
            }
            text[stored++] = traits::to_char_type(buffer->sbumpc());
            ++count_;
        }
    }
    if (count > 0)
        text[stored] = '\0';
    if (count_ == 0)
        setstate(failbit);
    return *this;
}

istream &istream::read(char *data, streamsize count) {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return *this;
    count_ = rdbuf()->sgetn(data, count);
    if (count_ < count)
        setstate(eofbit | failbit);
    return *this;
}

streamsize istream::readsome(char *data, streamsize count) {
    count_ = 0;
    sentry guard(*this, true);
    if (!guard)
        return 0;
    streamsize available = rdbuf()->in_avail();
    if (available < 0) {
        setstate(eofbit);
        return 0;
    }
    if (available > 0)
        count_ = rdbuf()->sgetn(data, available < count ? available : count);
    return count_;
}

int istream::sync() {
    if (!rdbuf())
        return -1;
    if (rdbuf()->pubsync() == -1) {
        setstate(badbit);
        return -1;
    }
    return 0;
}

istream::pos_type istream::tellg() {
    if (fail())
        return pos_type(-1);
    return rdbuf()->pubseekoff(0, cur, in);
}

istream &istream::seekg(pos_type position) {
    clear(rdstate() & ~eofbit);
    if (!fail() && rdbuf()->pubseekpos(position, in) == pos_type(-1))
        setstate(failbit);
    return *this;
}

istream &istream::seekg(off_type offset, ios_base::seekdir direction) {
    clear(rdstate() & ~eofbit);
    if (!fail() && rdbuf()->pubseekoff(offset, direction, in) == pos_type(-1))
        setstate(failbit);
    return *this;
}

istream &operator>>(istream &stream, char &c) {
    istream::sentry guard(stream);
    if (!guard)
        return stream;
    istream::int_type byte = stream.rdbuf()->sbumpc();
    if (is_eof(byte))
        stream.setstate(ios_base::eofbit | ios_base::failbit);
    else
        c = traits::to_char_type(byte);
    return stream;
}

istream &__read_word(istream &stream, char *text, size_t capacity) {
    istream::sentry guard(stream);
    size_t stored = 0;
    if (guard) {
        size_t limit = capacity;
        if (stream.width() > 0 && static_cast<size_t>(stream.width()) < limit)
            limit = static_cast<size_t>(stream.width());
        streambuf *buffer = stream.rdbuf();
        while (stored + 1 < limit) {
            int byte = buffer->sgetc();
            if (is_eof(byte)) {
                stream.setstate(ios_base::eofbit);
                break;
            }
            if (is_space(byte))
                break;
            text[stored++] = traits::to_char_type(buffer->sbumpc());
        }
    }
    if (capacity > 0)
        text[stored] = '\0';
    stream.width(0);
    if (stored == 0)
        stream.setstate(ios_base::failbit);
    return stream;
}

istream &ws(istream &stream) {
    istream::sentry guard(stream, true);
    if (!guard)
        return stream;
    streambuf *buffer = stream.rdbuf();
    int byte = buffer->sgetc();
    while (!is_eof(byte) && is_space(byte))
        byte = buffer->snextc();
    if (is_eof(byte))
        stream.setstate(ios_base::eofbit);
    return stream;
}

} // namespace std
