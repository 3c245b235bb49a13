// bits/function_objects.h: the comparison, arithmetic, logical and bitwise
// function objects (less, greater, plus, ...), each also as a transparent
// <void> form that deduces its argument types.
#ifndef _WASMOS_CPP_BITS_FUNCTION_OBJECTS_H
#define _WASMOS_CPP_BITS_FUNCTION_OBJECTS_H

#include <utility>

namespace std {

#define _WASMOS_BINARY_FUNCTION_OBJECT(Name, Result, Operator)                                      \
    template <class T = void>                                                                      \
    struct Name {                                                                                  \
        using result_type = Result;                                                                \
        using first_argument_type = T;                                                             \
        using second_argument_type = T;                                                            \
        constexpr Result operator()(const T &left, const T &right) const { return left Operator right; } \
    };                                                                                             \
    template <>                                                                                    \
    struct Name<void> {                                                                            \
        using is_transparent = void;                                                               \
        template <class T, class U>                                                                \
        constexpr auto operator()(T &&left, U &&right) const                                      \
            -> decltype(std::forward<T>(left) Operator std::forward<U>(right)) {                    \
            return std::forward<T>(left) Operator std::forward<U>(right);                           \
        }                                                                                          \
    };

_WASMOS_BINARY_FUNCTION_OBJECT(equal_to, bool, ==)
_WASMOS_BINARY_FUNCTION_OBJECT(not_equal_to, bool, !=)
_WASMOS_BINARY_FUNCTION_OBJECT(less, bool, <)
_WASMOS_BINARY_FUNCTION_OBJECT(greater, bool, >)
_WASMOS_BINARY_FUNCTION_OBJECT(less_equal, bool, <=)
_WASMOS_BINARY_FUNCTION_OBJECT(greater_equal, bool, >=)
_WASMOS_BINARY_FUNCTION_OBJECT(plus, T, +)
_WASMOS_BINARY_FUNCTION_OBJECT(minus, T, -)
_WASMOS_BINARY_FUNCTION_OBJECT(multiplies, T, *)
_WASMOS_BINARY_FUNCTION_OBJECT(divides, T, /)
_WASMOS_BINARY_FUNCTION_OBJECT(modulus, T, %)
_WASMOS_BINARY_FUNCTION_OBJECT(logical_and, bool, &&)
_WASMOS_BINARY_FUNCTION_OBJECT(logical_or, bool, ||)
_WASMOS_BINARY_FUNCTION_OBJECT(bit_and, T, &)
_WASMOS_BINARY_FUNCTION_OBJECT(bit_or, T, |)
_WASMOS_BINARY_FUNCTION_OBJECT(bit_xor, T, ^)
#undef _WASMOS_BINARY_FUNCTION_OBJECT

#define _WASMOS_UNARY_FUNCTION_OBJECT(Name, Result, Operator)                                    \
    template <class T = void>                                                                   \
    struct Name {                                                                               \
        using result_type = Result;                                                             \
        using argument_type = T;                                                                \
        constexpr Result operator()(const T &value) const { return Operator value; }           \
    };                                                                                          \
    template <>                                                                                 \
    struct Name<void> {                                                                         \
        using is_transparent = void;                                                            \
        template <class T>                                                                      \
        constexpr auto operator()(T &&value) const -> decltype(Operator std::forward<T>(value)) { \
            return Operator std::forward<T>(value);                                             \
        }                                                                                       \
    };

_WASMOS_UNARY_FUNCTION_OBJECT(negate, T, -)
_WASMOS_UNARY_FUNCTION_OBJECT(logical_not, bool, !)
_WASMOS_UNARY_FUNCTION_OBJECT(bit_not, T, ~)
#undef _WASMOS_UNARY_FUNCTION_OBJECT

} // namespace std

#endif
