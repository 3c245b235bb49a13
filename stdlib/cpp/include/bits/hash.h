// bits/hash.h: std::hash for the built-in types, and the byte hash the
// string types use. Hash values are this library's own (FNV-1a for bytes,
// a mixing step for integers); do not expect them to match another
// library's.
#ifndef _WASMOS_CPP_BITS_HASH_H
#define _WASMOS_CPP_BITS_HASH_H

#include <cstddef>
#include <type_traits>

namespace std {

namespace __detail {
// FNV-1a over `length` bytes.
constexpr size_t hash_bytes(const char *bytes, size_t length) noexcept {
    size_t hash = sizeof(size_t) == 8 ? static_cast<size_t>(14695981039346656037ull) : 2166136261u;
    size_t prime = sizeof(size_t) == 8 ? static_cast<size_t>(1099511628211ull) : 16777619u;
    for (size_t index = 0; index < length; ++index) {
        hash ^= static_cast<unsigned char>(bytes[index]);
        hash *= prime;
    }
    return hash;
}

// Spreads the bits of an integer so that keys differing only in high bits
// still land in different buckets of a power-of-two table.
constexpr size_t hash_integer(unsigned long long value) noexcept {
    value ^= value >> 33;
    value *= 0xff51afd7ed558ccdull;
    value ^= value >> 33;
    return static_cast<size_t>(value);
}

template <class T, bool = is_enum<T>::value>
struct hash_enum {
    // Not hashable: std::hash<T> has no call operator.
    hash_enum() = delete;
    hash_enum(const hash_enum &) = delete;
    hash_enum &operator=(const hash_enum &) = delete;
};
template <class T>
struct hash_enum<T, true> {
    size_t operator()(T value) const noexcept {
        return hash_integer(static_cast<unsigned long long>(static_cast<underlying_type_t<T>>(value)));
    }
};
} // namespace __detail

template <class T> struct hash : __detail::hash_enum<T> {};

#define _WASMOS_INTEGER_HASH(Type)                                                                    \
    template <> struct hash<Type> {                                                                   \
        using argument_type = Type;                                                                   \
        using result_type = size_t;                                                                   \
        size_t operator()(Type value) const noexcept {                                                \
            return __detail::hash_integer(static_cast<unsigned long long>(value));                    \
        }                                                                                             \
    };
_WASMOS_INTEGER_HASH(bool)
_WASMOS_INTEGER_HASH(char)
_WASMOS_INTEGER_HASH(signed char)
_WASMOS_INTEGER_HASH(unsigned char)
_WASMOS_INTEGER_HASH(wchar_t)
_WASMOS_INTEGER_HASH(char16_t)
_WASMOS_INTEGER_HASH(char32_t)
_WASMOS_INTEGER_HASH(short)
_WASMOS_INTEGER_HASH(unsigned short)
_WASMOS_INTEGER_HASH(int)
_WASMOS_INTEGER_HASH(unsigned int)
_WASMOS_INTEGER_HASH(long)
_WASMOS_INTEGER_HASH(unsigned long)
_WASMOS_INTEGER_HASH(long long)
_WASMOS_INTEGER_HASH(unsigned long long)
#undef _WASMOS_INTEGER_HASH

#define _WASMOS_FLOAT_HASH(Type)                                                             \
    template <> struct hash<Type> {                                                          \
        using argument_type = Type;                                                          \
        using result_type = size_t;                                                          \
        size_t operator()(Type value) const noexcept {                                       \
            /* +0 and -0 are equal, so they must hash alike. */                              \
            return value == 0 ? 0 : __detail::hash_bytes(reinterpret_cast<const char *>(&value), sizeof value); \
        }                                                                                    \
    };
_WASMOS_FLOAT_HASH(float)
_WASMOS_FLOAT_HASH(double)
_WASMOS_FLOAT_HASH(long double)
#undef _WASMOS_FLOAT_HASH

template <class T> struct hash<T *> {
    using argument_type = T *;
    using result_type = size_t;
    size_t operator()(T *pointer) const noexcept {
        return __detail::hash_integer(reinterpret_cast<__UINTPTR_TYPE__>(pointer));
    }
};

template <> struct hash<decltype(nullptr)> {
    size_t operator()(decltype(nullptr)) const noexcept { return 0; }
};

} // namespace std

#endif
