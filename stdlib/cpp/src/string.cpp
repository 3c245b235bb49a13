// string.cpp: std::string's storage management, number conversions and
// stream I/O.
#include <bits/throw.h>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <new>
#include <ostream>
#include <string>

namespace std {

namespace {
// Reports a position past the end, worded as libstdc++ does.
[[noreturn]] void out_of_range(const char *operation, size_t position, size_t size) {
    char format[96];
    snprintf(format, sizeof format, "basic_string::%s: __pos (which is %%zu) > this->size() (which is %%zu)",
             operation);
    __detail::throw_out_of_range_format(format, position, size);
}

size_t clamp_count(size_t size, size_t position, size_t count) {
    return count > size - position ? size - position : count;
}
} // namespace

void string::release() noexcept {
    if (!is_local())
        ::operator delete(data_);
}

void string::take(string &other) noexcept {
    if (other.is_local()) {
        memcpy(local_, other.local_, other.size_ + 1);
        data_ = local_;
        capacity_ = local_capacity;
    } else {
        data_ = other.data_;
        capacity_ = other.capacity_;
    }
    size_ = other.size_;
    other.data_ = other.local_;
    other.size_ = 0;
    other.capacity_ = local_capacity;
    other.local_[0] = '\0';
}

void string::grow_to(size_type wanted) {
    if (wanted <= capacity_)
        return;
    // Grow geometrically so repeated appends stay linear.
    size_type new_capacity = capacity_ * 2 > wanted ? capacity_ * 2 : wanted;
    char *storage = static_cast<char *>(::operator new(new_capacity + 1));
    memcpy(storage, data_, size_ + 1);
    release();
    data_ = storage;
    capacity_ = new_capacity;
}

void string::reserve(size_type wanted) { grow_to(wanted); }

void string::shrink_to_fit() {
    if (is_local() || capacity_ == size_)
        return;
    if (size_ <= local_capacity) {
        char *heap = data_;
        memcpy(local_, heap, size_ + 1);
        data_ = local_;
        capacity_ = local_capacity;
        ::operator delete(heap);
        return;
    }
    char *storage = static_cast<char *>(::operator new(size_ + 1));
    memcpy(storage, data_, size_ + 1);
    release();
    data_ = storage;
    capacity_ = size_;
}

string &string::assign(const char *text, size_type count) {
    if (text >= data_ && text <= data_ + size_) {
        // Assigning part of ourselves: move it to the front.
        memmove(data_, text, count);
    } else {
        if (count > capacity_) {
            size_ = 0;
            grow_to(count);
        }
        memcpy(data_, text, count);
    }
    size_ = count;
    data_[size_] = '\0';
    return *this;
}

string &string::assign(size_type count, char c) {
    grow_to(count);
    memset(data_, c, count);
    size_ = count;
    data_[size_] = '\0';
    return *this;
}

string &string::assign(const string &other, size_type position, size_type count) {
    if (position > other.size_)
        out_of_range("assign", position, other.size_);
    return assign(other.data_ + position, clamp_count(other.size_, position, count));
}

char &string::at(size_type index) {
    if (index >= size_)
        __detail::throw_out_of_range_format("basic_string::at: __n (which is %zu) >= this->size() (which is %zu)",
                                            index, size_);
    return data_[index];
}

const char &string::at(size_type index) const {
    if (index >= size_)
        __detail::throw_out_of_range_format("basic_string::at: __n (which is %zu) >= this->size() (which is %zu)",
                                            index, size_);
    return data_[index];
}

void string::resize(size_type count, char c) {
    if (count > size_) {
        grow_to(count);
        memset(data_ + size_, c, count - size_);
    }
    size_ = count;
    data_[size_] = '\0';
}

string &string::append(const char *text, size_type count) {
    if (count == 0)
        return *this;
    if (text >= data_ && text <= data_ + size_) {
        // Appending part of ourselves: growing may move it.
        size_type offset = static_cast<size_type>(text - data_);
        grow_to(size_ + count);
        text = data_ + offset;
    } else {
        grow_to(size_ + count);
    }
    memmove(data_ + size_, text, count);
    size_ += count;
    data_[size_] = '\0';
    return *this;
}

string &string::append(const string &other, size_type position, size_type count) {
    if (position > other.size_)
        out_of_range("append", position, other.size_);
    return append(other.data_ + position, clamp_count(other.size_, position, count));
}

string &string::append(size_type count, char c) {
    grow_to(size_ + count);
    memset(data_ + size_, c, count);
    size_ += count;
    data_[size_] = '\0';
    return *this;
}

string &string::insert(size_type position, const char *text, size_type count) {
    return replace(position, 0, text, count);
}

string &string::insert(size_type position, size_type count, char c) {
    if (position > size_)
        out_of_range("insert", position, size_);
    grow_to(size_ + count);
    memmove(data_ + position + count, data_ + position, size_ - position + 1);
    memset(data_ + position, c, count);
    size_ += count;
    return *this;
}

string &string::erase(size_type position, size_type count) {
    if (position > size_)
        out_of_range("erase", position, size_);
    count = clamp_count(size_, position, count);
    memmove(data_ + position, data_ + position + count, size_ - position - count + 1);
    size_ -= count;
    return *this;
}

string &string::replace(size_type position, size_type count, size_type fill_count, char c) {
    if (position > size_)
        out_of_range("replace", position, size_);
    count = clamp_count(size_, position, count);
    size_type new_size = size_ - count + fill_count;
    grow_to(new_size);
    memmove(data_ + position + fill_count, data_ + position + count, size_ - position - count + 1);
    memset(data_ + position, c, fill_count);
    size_ = new_size;
    return *this;
}

string &string::replace(size_type position, size_type count, const char *text, size_type text_length) {
    if (position > size_)
        out_of_range("replace", position, size_);
    count = clamp_count(size_, position, count);
    // The replacement may be part of this string: work on a copy then.
    if (text >= data_ && text <= data_ + size_) {
        string copy(text, text_length);
        return replace(position, count, copy.data_, copy.size_);
    }
    size_type new_size = size_ - count + text_length;
    grow_to(new_size);
    memmove(data_ + position + text_length, data_ + position + count, size_ - position - count + 1);
    memcpy(data_ + position, text, text_length);
    size_ = new_size;
    return *this;
}

void string::swap(string &other) noexcept {
    string held(std::move(other));
    other.take(*this);
    take(held);
}

string operator+(const string &left, const string &right) {
    string result;
    result.reserve(left.size() + right.size());
    return std::move(result.append(left).append(right));
}

string operator+(const string &left, const char *right) {
    size_t right_length = strlen(right);
    string result;
    result.reserve(left.size() + right_length);
    return std::move(result.append(left).append(right, right_length));
}

string operator+(const char *left, const string &right) {
    size_t left_length = strlen(left);
    string result;
    result.reserve(left_length + right.size());
    return std::move(result.append(left, left_length).append(right));
}

string operator+(const string &left, char right) {
    string result;
    result.reserve(left.size() + 1);
    result.append(left);
    result.push_back(right);
    return result;
}

string operator+(char left, const string &right) {
    string result;
    result.reserve(right.size() + 1);
    result.push_back(left);
    return std::move(result.append(right));
}

namespace {
template <class T>
string format_number(const char *format, T value) {
    char text[400];
    int length = snprintf(text, sizeof text, format, value);
    if (length < 0)
        length = 0;
    if (length >= static_cast<int>(sizeof text))
        length = sizeof text - 1;
    return string(text, static_cast<size_t>(length));
}

// strto* with the std::sto* conventions: no number is invalid_argument, a
// number out of the type's range is out_of_range.
template <class T, class Parse>
T parse_number(const char *name, const string &text, size_t *end_index, Parse parse) {
    char *end = nullptr;
    int saved_errno = errno;
    errno = 0;
    auto value = parse(text.c_str(), &end);
    int parse_errno = errno;
    errno = saved_errno;
    if (end == text.c_str())
        __detail::throw_invalid_argument(name);
    if (parse_errno == ERANGE)
        __detail::throw_out_of_range(name);
    if (end_index)
        *end_index = static_cast<size_t>(end - text.c_str());
    return static_cast<T>(value);
}
} // namespace

string to_string(int value) { return format_number("%d", value); }
string to_string(unsigned value) { return format_number("%u", value); }
string to_string(long value) { return format_number("%ld", value); }
string to_string(unsigned long value) { return format_number("%lu", value); }
string to_string(long long value) { return format_number("%lld", value); }
string to_string(unsigned long long value) { return format_number("%llu", value); }
string to_string(float value) { return format_number("%f", static_cast<double>(value)); }
string to_string(double value) { return format_number("%f", value); }
string to_string(long double value) { return format_number("%f", static_cast<double>(value)); }

int stoi(const string &text, size_t *end_index, int base) {
    long value = parse_number<long>("stoi", text, end_index,
                                    [base](const char *s, char **end) { return strtol(s, end, base); });
    if (value < INT_MIN || value > INT_MAX)
        __detail::throw_out_of_range("stoi");
    return static_cast<int>(value);
}
long stol(const string &text, size_t *end_index, int base) {
    return parse_number<long>("stol", text, end_index,
                              [base](const char *s, char **end) { return strtol(s, end, base); });
}
long long stoll(const string &text, size_t *end_index, int base) {
    return parse_number<long long>("stoll", text, end_index,
                                   [base](const char *s, char **end) { return strtoll(s, end, base); });
}
unsigned long stoul(const string &text, size_t *end_index, int base) {
    return parse_number<unsigned long>("stoul", text, end_index,
                                       [base](const char *s, char **end) { return strtoul(s, end, base); });
}
unsigned long long stoull(const string &text, size_t *end_index, int base) {
    return parse_number<unsigned long long>("stoull", text, end_index,
                                            [base](const char *s, char **end) { return strtoull(s, end, base); });
}
float stof(const string &text, size_t *end_index) {
    return parse_number<float>("stof", text, end_index, [](const char *s, char **end) { return strtof(s, end); });
}
double stod(const string &text, size_t *end_index) {
    return parse_number<double>("stod", text, end_index, [](const char *s, char **end) { return strtod(s, end); });
}
long double stold(const string &text, size_t *end_index) {
    return parse_number<long double>("stold", text, end_index,
                                     [](const char *s, char **end) { return strtod(s, end); });
}

ostream &operator<<(ostream &stream, const string &text) { return stream.__write_field(text.data(), text.size()); }

istream &operator>>(istream &stream, string &text) {
    istream::sentry guard(stream);
    if (!guard)
        return stream;
    text.clear();
    size_t limit = stream.width() > 0 ? static_cast<size_t>(stream.width()) : text.max_size();
    streambuf *buffer = stream.rdbuf();
    while (text.size() < limit) {
        int byte = buffer->sgetc();
        if (byte == char_traits<char>::eof()) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        if (byte == ' ' || (byte >= '\t' && byte <= '\r'))
            break;
        text.push_back(static_cast<char>(buffer->sbumpc()));
    }
    stream.width(0);
    if (text.empty())
        stream.setstate(ios_base::failbit);
    return stream;
}

istream &getline(istream &stream, string &line, char delimiter) {
    istream::sentry guard(stream, true);
    if (!guard)
        return stream;
    line.clear();
    streamsize taken = 0;
    streambuf *buffer = stream.rdbuf();
    for (;;) {
        int byte = buffer->sbumpc();
        if (byte == char_traits<char>::eof()) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        ++taken;
        if (byte == static_cast<unsigned char>(delimiter))
            break;
        line.push_back(static_cast<char>(byte));
    }
    stream.__set_gcount(taken);
    if (taken == 0)
        stream.setstate(ios_base::failbit);
    return stream;
}

istream &getline(istream &stream, string &line) { return getline(stream, line, '\n'); }

} // namespace std
