// bits/invoke.h: the INVOKE operation behind std::invoke, std::function and
// std::apply: calls a function object, or a pointer to member on an
// object given by reference, pointer or reference_wrapper.
#ifndef _WASMOS_CPP_BITS_INVOKE_H
#define _WASMOS_CPP_BITS_INVOKE_H

#include <type_traits>
#include <utility>

namespace std::__detail {

template <class T> struct is_reference_wrapper : false_type {};
template <class T> struct is_reference_wrapper<reference_wrapper<T>> : true_type {};

// The object a pointer to member applies to.
template <class Member, class Object>
constexpr decltype(auto) member_target(Object &&object) {
    if constexpr (object_is_class<Member, Object>)
        return static_cast<Object &&>(object);
    else if constexpr (is_reference_wrapper<remove_cvref_t<Object>>::value)
        return object.get();
    else
        return *static_cast<Object &&>(object);
}

template <class F, class... Args>
constexpr decltype(auto) invoke(F &&function, Args &&...arguments) {
    using Function = remove_cvref_t<F>;
    if constexpr (is_member_function_pointer<Function>::value) {
        return [&](auto &&object, auto &&...rest) -> decltype(auto) {
            return (member_target<Function>(static_cast<decltype(object)>(object)).*function)(
                static_cast<decltype(rest)>(rest)...);
        }(static_cast<Args &&>(arguments)...);
    } else if constexpr (is_member_object_pointer<Function>::value) {
        return [&](auto &&object) -> decltype(auto) {
            return (member_target<Function>(static_cast<decltype(object)>(object)).*function);
        }(static_cast<Args &&>(arguments)...);
    } else {
        return static_cast<F &&>(function)(static_cast<Args &&>(arguments)...);
    }
}

} // namespace std::__detail

#endif
