// string.cpp: std::string's storage management, searching, number
// conversions and stream I/O.
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <new>
#include <ostream>
#include <string>

namespace std {

namespace {
[[noreturn]] void out_of_range(const char *operation) {
    fprintf(stderr, "std::string::%s: position out of range\n", operation);
    abort();
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
        out_of_range("assign");
    return assign(other.data_ + position, clamp_count(other.size_, position, count));
}

char &string::at(size_type index) {
    if (index >= size_)
        out_of_range("at");
    return data_[index];
}

const char &string::at(size_type index) const {
    if (index >= size_)
        out_of_range("at");
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

void string::push_back(char c) {
    grow_to(size_ + 1);
    data_[size_++] = c;
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
        out_of_range("append");
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
        out_of_range("insert");
    grow_to(size_ + count);
    memmove(data_ + position + count, data_ + position, size_ - position + 1);
    memset(data_ + position, c, count);
    size_ += count;
    return *this;
}

string &string::erase(size_type position, size_type count) {
    if (position > size_)
        out_of_range("erase");
    count = clamp_count(size_, position, count);
    memmove(data_ + position, data_ + position + count, size_ - position - count + 1);
    size_ -= count;
    return *this;
}

string &string::replace(size_type position, size_type count, const char *text, size_type text_length) {
    if (position > size_)
        out_of_range("replace");
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

string::size_type string::copy(char *destination, size_type count, size_type position) const {
    if (position > size_)
        out_of_range("copy");
    count = clamp_count(size_, position, count);
    memcpy(destination, data_ + position, count);
    return count;
}

void string::swap(string &other) noexcept {
    string held(std::move(other));
    other.take(*this);
    take(held);
}

string::size_type string::find(const char *text, size_type position, size_type count) const {
    if (position > size_ || count > size_ - position)
        return npos;
    if (count == 0)
        return position;
    for (size_type index = position; index + count <= size_; ++index)
        if (data_[index] == text[0] && memcmp(data_ + index, text, count) == 0)
            return index;
    return npos;
}

string::size_type string::find(char c, size_type position) const {
    if (position >= size_)
        return npos;
    const void *found = memchr(data_ + position, static_cast<unsigned char>(c), size_ - position);
    return found ? static_cast<size_type>(static_cast<const char *>(found) - data_) : npos;
}

string::size_type string::rfind(const char *text, size_type position, size_type count) const {
    if (count > size_)
        return npos;
    size_type index = size_ - count < position ? size_ - count : position;
    for (;; --index) {
        if (memcmp(data_ + index, text, count) == 0)
            return index;
        if (index == 0)
            return npos;
    }
}

string::size_type string::rfind(char c, size_type position) const {
    if (size_ == 0)
        return npos;
    size_type index = position < size_ ? position : size_ - 1;
    for (;; --index) {
        if (data_[index] == c)
            return index;
        if (index == 0)
            return npos;
    }
}

string::size_type string::find_first_of(const char *set, size_type position) const {
    for (size_type index = position; index < size_; ++index)
        if (data_[index] != '\0' && strchr(set, data_[index]))
            return index;
    return npos;
}

string::size_type string::find_last_of(const char *set, size_type position) const {
    if (size_ == 0)
        return npos;
    for (size_type index = position < size_ ? position : size_ - 1;; --index) {
        if (data_[index] != '\0' && strchr(set, data_[index]))
            return index;
        if (index == 0)
            return npos;
    }
}

string::size_type string::find_first_not_of(const char *set, size_type position) const {
    for (size_type index = position; index < size_; ++index)
        if (data_[index] == '\0' || !strchr(set, data_[index]))
            return index;
    return npos;
}

string::size_type string::find_last_not_of(const char *set, size_type position) const {
    if (size_ == 0)
        return npos;
    for (size_type index = position < size_ ? position : size_ - 1;; --index) {
        if (data_[index] == '\0' || !strchr(set, data_[index]))
            return index;
        if (index == 0)
            return npos;
    }
}

int string::compare(const char *text, size_type count) const {
    size_type shorter = size_ < count ? size_ : count;
    int order = memcmp(data_, text, shorter);
    if (order != 0)
        return order;
    return size_ < count ? -1 : size_ > count ? 1 : 0;
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

// strto* with the std::sto* conventions for the end index.
template <class T, class Parse>
T parse_number(const string &text, size_t *end_index, Parse parse) {
    char *end = nullptr;
    T value = parse(text.c_str(), &end);
    if (end_index)
        *end_index = static_cast<size_t>(end - text.c_str());
    return value;
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

int stoi(const string &text, size_t *end_index, int base) {
    return static_cast<int>(stol(text, end_index, base));
}
long stol(const string &text, size_t *end_index, int base) {
    return parse_number<long>(text, end_index, [base](const char *s, char **end) { return strtol(s, end, base); });
}
long long stoll(const string &text, size_t *end_index, int base) {
    return parse_number<long long>(text, end_index,
                                   [base](const char *s, char **end) { return strtoll(s, end, base); });
}
unsigned long stoul(const string &text, size_t *end_index, int base) {
    return parse_number<unsigned long>(text, end_index,
                                       [base](const char *s, char **end) { return strtoul(s, end, base); });
}
unsigned long long stoull(const string &text, size_t *end_index, int base) {
    return parse_number<unsigned long long>(text, end_index,
                                            [base](const char *s, char **end) { return strtoull(s, end, base); });
}
float stof(const string &text, size_t *end_index) {
    return parse_number<float>(text, end_index, [](const char *s, char **end) { return strtof(s, end); });
}
double stod(const string &text, size_t *end_index) {
    return parse_number<double>(text, end_index, [](const char *s, char **end) { return strtod(s, end); });
}

ostream &operator<<(ostream &stream, const string &text) { return stream.__write_field(text.data(), text.size()); }

istream &operator>>(istream &stream, string &text) {
    if (!stream.__begin_input(true))
        return stream;
    text.clear();
    for (;;) {
        istream::int_type byte = stream.rdbuf()->sgetc();
        if (byte == streambuf::eof) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        if (byte == ' ' || (byte >= '\t' && byte <= '\r'))
            break;
        text.push_back(static_cast<char>(stream.rdbuf()->sbumpc()));
    }
    stream.width(0);
    if (text.empty())
        stream.setstate(ios_base::failbit);
    return stream;
}

istream &getline(istream &stream, string &line, char delimiter) {
    if (!stream.__begin_input(false))
        return stream;
    line.clear();
    bool took_any = false;
    for (;;) {
        istream::int_type byte = stream.rdbuf()->sbumpc();
        if (byte == streambuf::eof) {
            stream.setstate(ios_base::eofbit);
            break;
        }
        took_any = true;
        if (byte == static_cast<unsigned char>(delimiter))
            break;
        line.push_back(static_cast<char>(byte));
    }
    if (!took_any)
        stream.setstate(ios_base::failbit);
    return stream;
}

istream &getline(istream &stream, string &line) { return getline(stream, line, '\n'); }

} // namespace std
