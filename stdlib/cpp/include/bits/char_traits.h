// bits/char_traits.h: std::char_traits, the character operations the
// string types are defined in terms of (char only is used by this
// library's strings; the template serves generic code).
#ifndef _WASMOS_CPP_BITS_CHAR_TRAITS_H
#define _WASMOS_CPP_BITS_CHAR_TRAITS_H

#include <cstddef>

namespace std {

template <class CharT>
struct char_traits {
    using char_type = CharT;
    using int_type = long;
    using off_type = long long;
    using pos_type = long long;

    static constexpr void assign(char_type &target, const char_type &source) noexcept { target = source; }
    static constexpr bool eq(char_type left, char_type right) noexcept { return left == right; }
    static constexpr bool lt(char_type left, char_type right) noexcept { return left < right; }
    static constexpr int compare(const char_type *left, const char_type *right, size_t count) noexcept {
        for (size_t index = 0; index < count; ++index) {
            if (lt(left[index], right[index]))
                return -1;
            if (lt(right[index], left[index]))
                return 1;
        }
        return 0;
    }
    static constexpr size_t length(const char_type *text) noexcept {
        size_t count = 0;
        while (!eq(text[count], char_type()))
            ++count;
        return count;
    }
    static constexpr const char_type *find(const char_type *text, size_t count, const char_type &c) noexcept {
        for (size_t index = 0; index < count; ++index)
            if (eq(text[index], c))
                return text + index;
        return nullptr;
    }
    static constexpr char_type *move(char_type *target, const char_type *source, size_t count) noexcept {
        if (target < source)
            for (size_t index = 0; index < count; ++index)
                target[index] = source[index];
        else
            for (size_t index = count; index > 0; --index)
                target[index - 1] = source[index - 1];
        return target;
    }
    static constexpr char_type *copy(char_type *target, const char_type *source, size_t count) noexcept {
        for (size_t index = 0; index < count; ++index)
            target[index] = source[index];
        return target;
    }
    static constexpr char_type *assign(char_type *target, size_t count, char_type c) noexcept {
        for (size_t index = 0; index < count; ++index)
            target[index] = c;
        return target;
    }
    static constexpr char_type to_char_type(int_type value) noexcept { return static_cast<char_type>(value); }
    static constexpr int_type to_int_type(char_type c) noexcept { return static_cast<int_type>(c); }
    static constexpr bool eq_int_type(int_type left, int_type right) noexcept { return left == right; }
    static constexpr int_type eof() noexcept { return -1; }
    static constexpr int_type not_eof(int_type value) noexcept { return value == eof() ? 0 : value; }
};

template <>
struct char_traits<char> {
    using char_type = char;
    using int_type = int;
    using off_type = long long;
    using pos_type = long long;

    static constexpr void assign(char &target, const char &source) noexcept { target = source; }
    static constexpr bool eq(char left, char right) noexcept { return left == right; }
    // Characters compare as unsigned char, as memcmp does.
    static constexpr bool lt(char left, char right) noexcept {
        return static_cast<unsigned char>(left) < static_cast<unsigned char>(right);
    }
    static constexpr int compare(const char *left, const char *right, size_t count) noexcept {
        return count == 0 ? 0 : __builtin_memcmp(left, right, count);
    }
    static constexpr size_t length(const char *text) noexcept { return __builtin_strlen(text); }
    static constexpr const char *find(const char *text, size_t count, const char &c) noexcept {
        return count == 0 ? nullptr : __builtin_char_memchr(text, c, count);
    }
    static char *move(char *target, const char *source, size_t count) noexcept {
        return count == 0 ? target : static_cast<char *>(__builtin_memmove(target, source, count));
    }
    static char *copy(char *target, const char *source, size_t count) noexcept {
        return count == 0 ? target : static_cast<char *>(__builtin_memcpy(target, source, count));
    }
    static char *assign(char *target, size_t count, char c) noexcept {
        return count == 0 ? target : static_cast<char *>(__builtin_memset(target, c, count));
    }
    static constexpr char to_char_type(int value) noexcept { return static_cast<char>(value); }
    static constexpr int to_int_type(char c) noexcept { return static_cast<unsigned char>(c); }
    static constexpr bool eq_int_type(int left, int right) noexcept { return left == right; }
    static constexpr int eof() noexcept { return -1; }
    static constexpr int not_eof(int value) noexcept { return value == eof() ? 0 : value; }
};

} // namespace std

#endif
