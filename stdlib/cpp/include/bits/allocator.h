// bits/allocator.h: std::allocator, allocator_traits, addressof, and the
// algorithms that construct and destroy objects in raw memory
// (uninitialized_copy, destroy, ...). Every container allocates through
// these.
#ifndef _WASMOS_CPP_BITS_ALLOCATOR_H
#define _WASMOS_CPP_BITS_ALLOCATOR_H

#include <bits/iterator_base.h>
#include <bits/throw.h>
#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace std {

template <class T>
constexpr T *addressof(T &object) noexcept {
    return __builtin_addressof(object);
}
template <class T>
const T *addressof(const T &&) = delete;

template <class T, class... Args>
constexpr T *construct_at(T *location, Args &&...arguments) {
    return ::new (static_cast<void *>(location)) T(std::forward<Args>(arguments)...);
}

template <class T>
constexpr void destroy_at(T *location) {
    if constexpr (is_array<T>::value) {
        for (auto &element : *location)
            std::destroy_at(std::addressof(element));
    } else {
        location->~T();
    }
}

template <class Forward>
constexpr void destroy(Forward first, Forward last) {
    if constexpr (!is_trivially_destructible<__detail::iterator_value_t<Forward>>::value)
        for (; first != last; ++first)
            std::destroy_at(std::addressof(*first));
}

template <class Forward, class Size>
constexpr Forward destroy_n(Forward first, Size count) {
    for (; count > 0; --count, ++first)
        std::destroy_at(std::addressof(*first));
    return first;
}

template <class In, class Forward>
Forward uninitialized_copy(In first, In last, Forward result) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; first != last; ++first, ++result)
        ::new (static_cast<void *>(std::addressof(*result))) Value(*first);
    return result;
}

template <class In, class Size, class Forward>
Forward uninitialized_copy_n(In first, Size count, Forward result) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; count > 0; --count, ++first, ++result)
        ::new (static_cast<void *>(std::addressof(*result))) Value(*first);
    return result;
}

template <class In, class Forward>
Forward uninitialized_move(In first, In last, Forward result) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; first != last; ++first, ++result)
        ::new (static_cast<void *>(std::addressof(*result))) Value(std::move(*first));
    return result;
}

template <class Forward, class T>
void uninitialized_fill(Forward first, Forward last, const T &value) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; first != last; ++first)
        ::new (static_cast<void *>(std::addressof(*first))) Value(value);
}

template <class Forward, class Size, class T>
Forward uninitialized_fill_n(Forward first, Size count, const T &value) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; count > 0; --count, ++first)
        ::new (static_cast<void *>(std::addressof(*first))) Value(value);
    return first;
}

template <class Forward>
void uninitialized_value_construct(Forward first, Forward last) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; first != last; ++first)
        ::new (static_cast<void *>(std::addressof(*first))) Value();
}

template <class Forward>
void uninitialized_default_construct(Forward first, Forward last) {
    using Value = __detail::iterator_value_t<Forward>;
    for (; first != last; ++first)
        ::new (static_cast<void *>(std::addressof(*first))) Value;
}

// The default allocator: operator new and delete.
template <class T>
class allocator {
  public:
    using value_type = T;
    using size_type = size_t;
    using difference_type = ptrdiff_t;
    using pointer = T *;
    using const_pointer = const T *;
    using reference = T &;
    using const_reference = const T &;
    using propagate_on_container_move_assignment = true_type;
    using is_always_equal = true_type;
    template <class U> struct rebind {
        using other = allocator<U>;
    };

    constexpr allocator() noexcept = default;
    constexpr allocator(const allocator &) noexcept = default;
    allocator &operator=(const allocator &) noexcept = default;
    template <class U>
    constexpr allocator(const allocator<U> &) noexcept {}

    [[nodiscard]] T *allocate(size_t count) {
        if (count > static_cast<size_t>(-1) / sizeof(T))
            __detail::throw_bad_alloc();
        if constexpr (alignof(T) > __STDCPP_DEFAULT_NEW_ALIGNMENT__)
            return static_cast<T *>(::operator new(count * sizeof(T), align_val_t(alignof(T))));
        else
            return static_cast<T *>(::operator new(count * sizeof(T)));
    }
    void deallocate(T *pointer, size_t) noexcept {
        if constexpr (alignof(T) > __STDCPP_DEFAULT_NEW_ALIGNMENT__)
            ::operator delete(pointer, align_val_t(alignof(T)));
        else
            ::operator delete(pointer);
    }
    size_t max_size() const noexcept { return static_cast<size_t>(-1) / sizeof(T); }
    template <class U, class... Args>
    void construct(U *location, Args &&...arguments) {
        ::new (static_cast<void *>(location)) U(std::forward<Args>(arguments)...);
    }
    template <class U>
    void destroy(U *location) {
        location->~U();
    }
};

template <class T, class U>
constexpr bool operator==(const allocator<T> &, const allocator<U> &) noexcept {
    return true;
}
template <class T, class U>
constexpr bool operator!=(const allocator<T> &, const allocator<U> &) noexcept {
    return false;
}

namespace __detail {
template <class A, class = void> struct allocator_pointer { using type = typename A::value_type *; };
template <class A> struct allocator_pointer<A, void_t<typename A::pointer>> { using type = typename A::pointer; };
template <class A, class = void> struct allocator_size { using type = size_t; };
template <class A> struct allocator_size<A, void_t<typename A::size_type>> { using type = typename A::size_type; };
template <class A, class = void> struct allocator_difference { using type = ptrdiff_t; };
template <class A> struct allocator_difference<A, void_t<typename A::difference_type>> {
    using type = typename A::difference_type;
};
template <class A, class = void> struct allocator_move_propagates : false_type {};
template <class A>
struct allocator_move_propagates<A, void_t<typename A::propagate_on_container_move_assignment>>
    : A::propagate_on_container_move_assignment {};
template <class A, class = void> struct allocator_is_always_equal : is_empty<A> {};
template <class A>
struct allocator_is_always_equal<A, void_t<typename A::is_always_equal>> : A::is_always_equal {};

template <class A, class U, class = void> struct allocator_rebind;
template <template <class, class...> class A, class T, class... Rest, class U>
struct allocator_rebind<A<T, Rest...>, U, void> {
    using type = A<U, Rest...>;
};
template <class A, class U>
struct allocator_rebind<A, U, void_t<typename A::template rebind<U>::other>> {
    using type = typename A::template rebind<U>::other;
};
} // namespace __detail

// The uniform interface to an allocator, filling in what it leaves out.
template <class Allocator>
struct allocator_traits {
    using allocator_type = Allocator;
    using value_type = typename Allocator::value_type;
    using pointer = typename __detail::allocator_pointer<Allocator>::type;
    using const_pointer = const value_type *;
    using void_pointer = void *;
    using const_void_pointer = const void *;
    using size_type = typename __detail::allocator_size<Allocator>::type;
    using difference_type = typename __detail::allocator_difference<Allocator>::type;
    using propagate_on_container_copy_assignment = false_type;
    using propagate_on_container_move_assignment = __detail::allocator_move_propagates<Allocator>;
    using propagate_on_container_swap = false_type;
    using is_always_equal = __detail::allocator_is_always_equal<Allocator>;
    template <class U> using rebind_alloc = typename __detail::allocator_rebind<Allocator, U>::type;
    template <class U> using rebind_traits = allocator_traits<rebind_alloc<U>>;

    [[nodiscard]] static pointer allocate(Allocator &allocator, size_type count) { return allocator.allocate(count); }
    static void deallocate(Allocator &allocator, pointer location, size_type count) {
        allocator.deallocate(location, count);
    }
    template <class T, class... Args>
    static void construct(Allocator &, T *location, Args &&...arguments) {
        ::new (static_cast<void *>(location)) T(std::forward<Args>(arguments)...);
    }
    template <class T>
    static void destroy(Allocator &, T *location) {
        location->~T();
    }
    static size_type max_size(const Allocator &) noexcept {
        return static_cast<size_type>(-1) / sizeof(value_type);
    }
    static Allocator select_on_container_copy_construction(const Allocator &allocator) { return allocator; }
};

} // namespace std

#endif
