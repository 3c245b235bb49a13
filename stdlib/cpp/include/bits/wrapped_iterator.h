// bits/wrapped_iterator.h: a random-access iterator that wraps a pointer,
// used by std::string and std::vector. A class rather than a bare pointer,
// so that the literal 0 never converts to an iterator (s.erase(0) means a
// position) and iterators of different containers are different types.
#ifndef _WASMOS_CPP_BITS_WRAPPED_ITERATOR_H
#define _WASMOS_CPP_BITS_WRAPPED_ITERATOR_H

#include <bits/iterator_base.h>
#include <cstddef>
#include <type_traits>

namespace std::__detail {

template <class Pointer, class Container>
class wrapped_iterator {
  public:
    using iterator_category = random_access_iterator_tag;
    using iterator_concept = contiguous_iterator_tag;
    using value_type = remove_cv_t<remove_pointer_t<Pointer>>;
    using difference_type = ptrdiff_t;
    using pointer = Pointer;
    using reference = remove_pointer_t<Pointer> &;

    constexpr wrapped_iterator() noexcept : current_(nullptr) {}
    constexpr explicit wrapped_iterator(Pointer position) noexcept : current_(position) {}
    // iterator converts to const_iterator.
    template <class Other, enable_if_t<is_convertible<Other, Pointer>::value, int> = 0>
    constexpr wrapped_iterator(const wrapped_iterator<Other, Container> &other) noexcept : current_(other.base()) {}

    constexpr Pointer base() const noexcept { return current_; }
    constexpr reference operator*() const noexcept { return *current_; }
    constexpr Pointer operator->() const noexcept { return current_; }
    constexpr reference operator[](difference_type index) const noexcept { return current_[index]; }

    constexpr wrapped_iterator &operator++() noexcept {
        ++current_;
        return *this;
    }
    constexpr wrapped_iterator operator++(int) noexcept { return wrapped_iterator(current_++); }
    constexpr wrapped_iterator &operator--() noexcept {
        --current_;
        return *this;
    }
    constexpr wrapped_iterator operator--(int) noexcept { return wrapped_iterator(current_--); }
    constexpr wrapped_iterator &operator+=(difference_type count) noexcept {
        current_ += count;
        return *this;
    }
    constexpr wrapped_iterator &operator-=(difference_type count) noexcept {
        current_ -= count;
        return *this;
    }
    constexpr wrapped_iterator operator+(difference_type count) const noexcept {
        return wrapped_iterator(current_ + count);
    }
    constexpr wrapped_iterator operator-(difference_type count) const noexcept {
        return wrapped_iterator(current_ - count);
    }
    friend constexpr wrapped_iterator operator+(difference_type count, wrapped_iterator position) noexcept {
        return position + count;
    }

  private:
    Pointer current_;
};

#define _WASMOS_WRAPPED_ITERATOR_COMPARISON(Operator)                                                   \
    template <class Left, class Right, class Container>                                                \
    constexpr bool operator Operator(const wrapped_iterator<Left, Container> &left,                     \
                                     const wrapped_iterator<Right, Container> &right) noexcept {        \
        return left.base() Operator right.base();                                                      \
    }
_WASMOS_WRAPPED_ITERATOR_COMPARISON(==)
_WASMOS_WRAPPED_ITERATOR_COMPARISON(!=)
_WASMOS_WRAPPED_ITERATOR_COMPARISON(<)
_WASMOS_WRAPPED_ITERATOR_COMPARISON(>)
_WASMOS_WRAPPED_ITERATOR_COMPARISON(<=)
_WASMOS_WRAPPED_ITERATOR_COMPARISON(>=)
#undef _WASMOS_WRAPPED_ITERATOR_COMPARISON

template <class Left, class Right, class Container>
constexpr ptrdiff_t operator-(const wrapped_iterator<Left, Container> &left,
                              const wrapped_iterator<Right, Container> &right) noexcept {
    return left.base() - right.base();
}

// The pointer under an iterator (a raw pointer is its own).
template <class T> constexpr T *unwrap(T *pointer) noexcept { return pointer; }
template <class Pointer, class Container>
constexpr Pointer unwrap(wrapped_iterator<Pointer, Container> position) noexcept {
    return position.base();
}

} // namespace std::__detail

#endif
