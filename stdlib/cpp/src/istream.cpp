// istream.cpp: parsing numbers and words from a streambuf.
#include <cctype>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <istream>
#include <ostream>

namespace std {

namespace {
constexpr size_t token_capacity = 128;

bool is_space(int byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); }

// Accepts a sign first, then any digits of bases up to 16 and an 'x'
// prefix; strtoll/strtoull validate the rest.
bool accept_integer(int byte, size_t position) {
    if (position == 0 && (byte == '+' || byte == '-'))
        return true;
    return isxdigit(byte) || byte == 'x' || byte == 'X';
}

bool accept_float(int byte, size_t position) {
    (void)position;
    return isdigit(byte) || byte == '+' || byte == '-' || byte == '.' || byte == 'e' || byte == 'E' ||
           byte == 'x' || byte == 'X' || byte == 'p' || byte == 'P' || isalpha(byte);
}

int base_of(const ios_base &stream) {
    switch (stream.flags() & ios_base::basefield) {
    case ios_base::hex:
        return 16;
    case ios_base::oct:
        return 8;
    case ios_base::dec:
        return 10;
    default:
        return 0;
    }
}
} // namespace

bool istream::__begin_input(bool skip_whitespace) {
    count_ = 0;
    if (tie_)
        tie_->flush();
    if (!good()) {
        setstate(failbit);
        return false;
    }
    if (skip_whitespace && (flags() & skipws)) {
        for (;;) {
            int_type byte = buffer_->sgetc();
            if (byte == streambuf::eof) {
                setstate(eofbit | failbit);
                return false;
            }
            if (!is_space(byte))
                break;
            buffer_->sbumpc();
        }
    }
    return true;
}

size_t istream::__take_token(char *token, size_t capacity, bool (*accept)(int byte, size_t position)) {
    size_t length = 0;
    for (;;) {
        int_type byte = buffer_->sgetc();
        if (byte == streambuf::eof) {
            setstate(eofbit);
            break;
        }
        if (is_space(byte) || !accept(byte, length) || length + 1 >= capacity)
            break;
        token[length++] = static_cast<char>(buffer_->sbumpc());
    }
    token[length] = '\0';
    return length;
}

template <class T>
istream &istream::read_signed(T &value, long long minimum, long long maximum) {
    if (!__begin_input(true))
        return *this;
    char token[token_capacity];
    size_t length = __take_token(token, sizeof token, accept_integer);
    char *end = nullptr;
    long long parsed = strtoll(token, &end, base_of(*this));
    if (length == 0 || end != token + length) {
        value = 0;
        setstate(failbit);
    } else if (parsed < minimum || parsed > maximum) {
        value = static_cast<T>(parsed < minimum ? minimum : maximum);
        setstate(failbit);
    } else {
        value = static_cast<T>(parsed);
    }
    return *this;
}

template <class T>
istream &istream::read_unsigned(T &value, unsigned long long maximum) {
    if (!__begin_input(true))
        return *this;
    char token[token_capacity];
    size_t length = __take_token(token, sizeof token, accept_integer);
    char *end = nullptr;
    unsigned long long parsed = strtoull(token, &end, base_of(*this));
    if (length == 0 || end != token + length) {
        value = 0;
        setstate(failbit);
    } else if (parsed > maximum) {
        value = static_cast<T>(maximum);
        setstate(failbit);
    } else {
        value = static_cast<T>(parsed);
    }
    return *this;
}

istream &istream::operator>>(bool &value) {
    if (flags() & boolalpha) {
        if (!__begin_input(true))
            return *this;
        char token[8];
        __take_token(token, sizeof token, [](int byte, size_t) { return isalpha(byte) != 0; });
        if (strcmp(token, "true") == 0)
            value = true;
        else if (strcmp(token, "false") == 0)
            value = false;
        else
            setstate(failbit);
        return *this;
    }
    long number = 0;
    *this >> number;
    if (!fail()) {
        if (number == 0 || number == 1)
            value = number == 1;
        else
            setstate(failbit);
    }
    return *this;
}

istream &istream::operator>>(short &value) { return read_signed(value, SHRT_MIN, SHRT_MAX); }
istream &istream::operator>>(unsigned short &value) { return read_unsigned(value, USHRT_MAX); }
istream &istream::operator>>(int &value) { return read_signed(value, INT_MIN, INT_MAX); }
istream &istream::operator>>(unsigned int &value) { return read_unsigned(value, UINT_MAX); }
istream &istream::operator>>(long &value) { return read_signed(value, LONG_MIN, LONG_MAX); }
istream &istream::operator>>(unsigned long &value) { return read_unsigned(value, ULONG_MAX); }
istream &istream::operator>>(long long &value) { return read_signed(value, LLONG_MIN, LLONG_MAX); }
istream &istream::operator>>(unsigned long long &value) { return read_unsigned(value, ULLONG_MAX); }

istream &istream::operator>>(double &value) {
    if (!__begin_input(true))
        return *this;
    char token[token_capacity];
    size_t length = __take_token(token, sizeof token, accept_float);
    char *end = nullptr;
    double parsed = strtod(token, &end);
    if (length == 0 || end != token + length) {
        value = 0;
        setstate(failbit);
    } else {
        value = parsed;
    }
    return *this;
}

istream &istream::operator>>(float &value) {
    double parsed = 0;
    *this >> parsed;
    value = static_cast<float>(parsed);
    return *this;
}

istream::int_type istream::get() {
    if (!__begin_input(false))
        return streambuf::eof;
    int_type byte = buffer_->sbumpc();
    if (byte == streambuf::eof)
        setstate(eofbit | failbit);
    else
        count_ = 1;
    return byte;
}

istream &istream::get(char &c) {
    int_type byte = get();
    if (byte != streambuf::eof)
        c = static_cast<char>(byte);
    return *this;
}

istream::int_type istream::peek() {
    if (!__begin_input(false))
        return streambuf::eof;
    int_type byte = buffer_->sgetc();
    if (byte == streambuf::eof)
        setstate(eofbit);
    return byte;
}

istream &istream::unget() {
    clear(rdstate() & ~eofbit);
    if (!__begin_input(false))
        return *this;
    if (buffer_->sungetc() == streambuf::eof)
        setstate(badbit);
    return *this;
}

istream &istream::putback(char) { return unget(); }

istream &istream::ignore(streamsize count, int_type delimiter) {
    if (!__begin_input(false))
        return *this;
    streamsize taken = 0;
    while (taken < count) {
        int_type byte = buffer_->sbumpc();
        if (byte == streambuf::eof) {
            setstate(eofbit);
            break;
        }
        ++taken;
        if (byte == delimiter)
            break;
    }
    count_ = taken;
    return *this;
}

istream &istream::getline(char *text, streamsize count, char delimiter) {
    if (count > 0)
        text[0] = '\0';
    if (!__begin_input(false))
        return *this;
    streamsize stored = 0;
    streamsize taken = 0;
    for (;;) {
        int_type byte = buffer_->sgetc();
        if (byte == streambuf::eof) {
            setstate(eofbit);
            break;
        }
        if (byte == static_cast<unsigned char>(delimiter)) {
            buffer_->sbumpc();
            ++taken;
            break;
        }
        if (stored + 1 >= count) {
            setstate(failbit);
            break;
        }
        text[stored++] = static_cast<char>(buffer_->sbumpc());
        ++taken;
    }
    if (count > 0)
        text[stored] = '\0';
    count_ = taken;
    if (taken == 0)
        setstate(failbit);
    return *this;
}

istream &istream::read(char *data, streamsize count) {
    if (!__begin_input(false))
        return *this;
    streamsize taken = 0;
    while (taken < count) {
        int_type byte = buffer_->sbumpc();
        if (byte == streambuf::eof) {
            setstate(eofbit | failbit);
            break;
        }
        data[taken++] = static_cast<char>(byte);
    }
    count_ = taken;
    return *this;
}

istream &operator>>(istream &stream, char &c) {
    if (!stream.__begin_input(true))
        return stream;
    istream::int_type byte = stream.rdbuf()->sbumpc();
    if (byte == streambuf::eof)
        stream.setstate(ios_base::eofbit | ios_base::failbit);
    else
        c = static_cast<char>(byte);
    return stream;
}

istream &ws(istream &stream) {
    for (;;) {
        istream::int_type byte = stream.rdbuf()->sgetc();
        if (byte == streambuf::eof) {
            stream.setstate(ios_base::eofbit);
            return stream;
        }
        if (!is_space(byte))
            return stream;
        stream.rdbuf()->sbumpc();
    }
}

} // namespace std
