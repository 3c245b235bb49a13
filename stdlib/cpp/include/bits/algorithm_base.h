// bits/algorithm_base.h: the algorithms containers are built from: min and
// max, copy and move (forwards and backwards), fill, equal,
// lexicographical_compare, swap_ranges, iter_swap, reverse and rotate.
#ifndef _WASMOS_CPP_BITS_ALGORITHM_BASE_H
#define _WASMOS_CPP_BITS_ALGORITHM_BASE_H

#include <bits/iterator_base.h>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace std {

template <class T>
constexpr const T &min(const T &left, const T &right) {
    return right < left ? right : left;
}
template <class T, class Compare>
constexpr const T &min(const T &left, const T &right, Compare compare) {
    return compare(right, left) ? right : left;
}
template <class T>
constexpr const T &max(const T &left, const T &right) {
    return left < right ? right : left;
}
template <class T, class Compare>
constexpr const T &max(const T &left, const T &right, Compare compare) {
    return compare(left, right) ? right : left;
}
template <class T, class Compare>
constexpr T min(initializer_list<T> list, Compare compare) {
    const T *best = list.begin();
    for (const T *item = list.begin() + 1; item < list.end(); ++item)
        if (compare(*item, *best))
            best = item;
    return *best;
}
template <class T>
constexpr T min(initializer_list<T> list) {
    return std::min(list, [](const T &left, const T &right) { return left < right; });
}
template <class T, class Compare>
constexpr T max(initializer_list<T> list, Compare compare) {
    const T *best = list.begin();
    for (const T *item = list.begin() + 1; item < list.end(); ++item)
        if (compare(*best, *item))
            best = item;
    return *best;
}
template <class T>
constexpr T max(initializer_list<T> list) {
    return std::max(list, [](const T &left, const T &right) { return left < right; });
}

namespace __detail {
// Copying between pointers to the same trivially copyable type can be a
// memmove.
template <class In, class Out>
inline constexpr bool is_memmove_copy =
    is_pointer<In>::value && is_pointer<Out>::value &&
    is_same<remove_cv_t<remove_pointer_t<In>>, remove_pointer_t<Out>>::value &&
    is_trivially_copyable<remove_pointer_t<Out>>::value;
} // namespace __detail

template <class In, class Out>
constexpr Out copy(In first, In last, Out result) {
    if constexpr (__detail::is_memmove_copy<In, Out>) {
        if (!is_constant_evaluated()) {
            size_t count = static_cast<size_t>(last - first);
            if (count)
                __builtin_memmove(result, first, count * sizeof(*first));
            return result + count;
        }
    }
    for (; first != last; ++first, ++result)
        *result = *first;
    return result;
}

template <class In, class Out>
constexpr Out copy_backward(In first, In last, Out result) {
    if constexpr (__detail::is_memmove_copy<In, Out>) {
        if (!is_constant_evaluated()) {
            size_t count = static_cast<size_t>(last - first);
            if (count)
                __builtin_memmove(result - count, first, count * sizeof(*first));
            return result - count;
        }
    }
    while (first != last)
        *--result = *--last;
    return result;
}

template <class In, class Out>
constexpr Out move(In first, In last, Out result) {
    if constexpr (__detail::is_memmove_copy<In, Out>) {
        return std::copy(first, last, result);
    } else {
        for (; first != last; ++first, ++result)
            *result = std::move(*first);
        return result;
    }
}

template <class In, class Out>
constexpr Out move_backward(In first, In last, Out result) {
    if constexpr (__detail::is_memmove_copy<In, Out>) {
        return std::copy_backward(first, last, result);
    } else {
        while (first != last)
            *--result = std::move(*--last);
        return result;
    }
}

template <class Forward, class T>
constexpr void fill(Forward first, Forward last, const T &value) {
    for (; first != last; ++first)
        *first = value;
}

template <class Out, class Size, class T>
constexpr Out fill_n(Out first, Size count, const T &value) {
    for (; count > 0; --count, ++first)
        *first = value;
    return first;
}

template <class In1, class In2>
constexpr bool equal(In1 first1, In1 last1, In2 first2) {
    for (; first1 != last1; ++first1, ++first2)
        if (!(*first1 == *first2))
            return false;
    return true;
}
template <class In1, class In2, class Predicate>
constexpr bool equal(In1 first1, In1 last1, In2 first2, Predicate predicate) {
    for (; first1 != last1; ++first1, ++first2)
        if (!predicate(*first1, *first2))
            return false;
    return true;
}
template <class In1, class In2, class Predicate>
constexpr bool equal(In1 first1, In1 last1, In2 first2, In2 last2, Predicate predicate) {
    if constexpr (__detail::is_random_access_iterator<In1> && __detail::is_random_access_iterator<In2>)
        if (last1 - first1 != last2 - first2)
            return false;
    for (; first1 != last1 && first2 != last2; ++first1, ++first2)
        if (!predicate(*first1, *first2))
            return false;
    return first1 == last1 && first2 == last2;
}
template <class In1, class In2>
constexpr bool equal(In1 first1, In1 last1, In2 first2, In2 last2) {
    return std::equal(first1, last1, first2, last2, [](const auto &left, const auto &right) { return left == right; });
}

template <class In1, class In2, class Compare>
constexpr bool lexicographical_compare(In1 first1, In1 last1, In2 first2, In2 last2, Compare compare) {
    for (; first1 != last1 && first2 != last2; ++first1, ++first2) {
        if (compare(*first1, *first2))
            return true;
        if (compare(*first2, *first1))
            return false;
    }
    return first1 == last1 && first2 != last2;
}
template <class In1, class In2>
constexpr bool lexicographical_compare(In1 first1, In1 last1, In2 first2, In2 last2) {
    return std::lexicographical_compare(first1, last1, first2, last2,
                                        [](const auto &left, const auto &right) { return left < right; });
}

template <class Forward1, class Forward2>
constexpr void iter_swap(Forward1 left, Forward2 right) {
    using std::swap;
    swap(*left, *right);
}

template <class Forward1, class Forward2>
constexpr Forward2 swap_ranges(Forward1 first1, Forward1 last1, Forward2 first2) {
    for (; first1 != last1; ++first1, ++first2)
        std::iter_swap(first1, first2);
    return first2;
}

template <class Bidirectional>
constexpr void reverse(Bidirectional first, Bidirectional last) {
    if constexpr (__detail::is_random_access_iterator<Bidirectional>) {
        if (first == last)
            return;
        for (--last; first < last; ++first, --last)
            std::iter_swap(first, last);
    } else {
        while (first != last && first != --last) {
            std::iter_swap(first, last);
            ++first;
        }
    }
}

// Makes `middle` the first element; returns where `first`'s element went.
template <class Forward>
constexpr Forward rotate(Forward first, Forward middle, Forward last) {
    if (first == middle)
        return last;
    if (middle == last)
        return first;
    if constexpr (__detail::is_bidirectional_iterator<Forward>) {
        Forward result = std::next(first, std::distance(middle, last));
        std::reverse(first, middle);
        std::reverse(middle, last);
        std::reverse(first, last);
        return result;
    } else {
        Forward write = first;
        Forward next_read = first;
        for (Forward read = middle; read != last; ++write, ++read) {
            if (write == next_read)
                next_read = read;
            std::iter_swap(write, read);
        }
        std::rotate(write, next_read, last);
        return write;
    }
}

} // namespace std

#endif
