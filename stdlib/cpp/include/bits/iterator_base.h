// bits/iterator_base.h: what every container needs from <iterator>: the
// iterator categories and traits, advance/distance/next/prev,
// reverse_iterator, move_iterator, the insert iterators and the free
// begin/end/size/empty/data functions.
#ifndef _WASMOS_CPP_BITS_ITERATOR_BASE_H
#define _WASMOS_CPP_BITS_ITERATOR_BASE_H

#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace std {

struct input_iterator_tag {};
struct output_iterator_tag {};
struct forward_iterator_tag : input_iterator_tag {};
struct bidirectional_iterator_tag : forward_iterator_tag {};
struct random_access_iterator_tag : bidirectional_iterator_tag {};
struct contiguous_iterator_tag : random_access_iterator_tag {};

namespace __detail {
template <class I, class = void> struct iterator_traits_of {};
template <class I>
struct iterator_traits_of<I, void_t<typename I::iterator_category, typename I::value_type,
                                    typename I::difference_type, typename I::pointer, typename I::reference>> {
    using iterator_category = typename I::iterator_category;
    using value_type = typename I::value_type;
    using difference_type = typename I::difference_type;
    using pointer = typename I::pointer;
    using reference = typename I::reference;
};
} // namespace __detail

template <class I> struct iterator_traits : __detail::iterator_traits_of<I> {};
template <class T> struct iterator_traits<T *> {
    using iterator_category = random_access_iterator_tag;
    using value_type = remove_cv_t<T>;
    using difference_type = ptrdiff_t;
    using pointer = T *;
    using reference = T &;
};

// The old base class that spells out the five member types.
template <class Category, class T, class Distance = ptrdiff_t, class Pointer = T *, class Reference = T &>
struct iterator {
    using iterator_category = Category;
    using value_type = T;
    using difference_type = Distance;
    using pointer = Pointer;
    using reference = Reference;
};

namespace __detail {
template <class I> using iterator_category_t = typename iterator_traits<I>::iterator_category;
template <class I> using iterator_value_t = typename iterator_traits<I>::value_type;
template <class I> using iterator_difference_t = typename iterator_traits<I>::difference_type;
template <class I> using iterator_reference_t = typename iterator_traits<I>::reference;

template <class I, class Category, class = void> struct has_category : false_type {};
template <class I, class Category>
struct has_category<I, Category, void_t<iterator_category_t<I>>>
    : bool_constant<is_convertible<iterator_category_t<I>, Category>::value> {};
template <class I> inline constexpr bool is_input_iterator = has_category<I, input_iterator_tag>::value;
template <class I> inline constexpr bool is_forward_iterator = has_category<I, forward_iterator_tag>::value;
template <class I> inline constexpr bool is_bidirectional_iterator = has_category<I, bidirectional_iterator_tag>::value;
template <class I> inline constexpr bool is_random_access_iterator = has_category<I, random_access_iterator_tag>::value;
// Enables a container's (first, last) constructors only for iterators, so
// that (count, value) with two ints picks the other one.
template <class I> using require_input_iterator = enable_if_t<is_input_iterator<I>, int>;
} // namespace __detail

template <class I, class Distance>
constexpr void advance(I &position, Distance count) {
    auto steps = static_cast<__detail::iterator_difference_t<I>>(count);
    if constexpr (__detail::is_random_access_iterator<I>) {
        position += steps;
    } else if constexpr (__detail::is_bidirectional_iterator<I>) {
        for (; steps > 0; --steps)
            ++position;
        for (; steps < 0; ++steps)
            --position;
    } else {
        for (; steps > 0; --steps)
            ++position;
    }
}

template <class I>
constexpr __detail::iterator_difference_t<I> distance(I first, I last) {
    if constexpr (__detail::is_random_access_iterator<I>) {
        return last - first;
    } else {
        __detail::iterator_difference_t<I> count = 0;
        for (; first != last; ++first)
            ++count;
        return count;
    }
}

template <class I>
constexpr I next(I position, __detail::iterator_difference_t<I> count = 1) {
    std::advance(position, count);
    return position;
}

template <class I>
constexpr I prev(I position, __detail::iterator_difference_t<I> count = 1) {
    std::advance(position, -count);
    return position;
}

// Walks a bidirectional range backwards: *r is *(base() - 1).
template <class I>
class reverse_iterator {
  public:
    using iterator_type = I;
    using iterator_category = __detail::iterator_category_t<I>;
    using value_type = __detail::iterator_value_t<I>;
    using difference_type = __detail::iterator_difference_t<I>;
    using pointer = typename iterator_traits<I>::pointer;
    using reference = __detail::iterator_reference_t<I>;

    constexpr reverse_iterator() : current_() {}
    constexpr explicit reverse_iterator(I position) : current_(position) {}
    template <class U, enable_if_t<is_convertible<const U &, I>::value, int> = 0>
    constexpr reverse_iterator(const reverse_iterator<U> &other) : current_(other.base()) {}

    constexpr I base() const { return current_; }
    constexpr reference operator*() const {
        I before = current_;
        return *--before;
    }
    constexpr pointer operator->() const {
        I before = current_;
        --before;
        if constexpr (is_pointer<I>::value)
            return before;
        else
            return before.operator->();
    }
    constexpr reference operator[](difference_type index) const { return *(*this + index); }

    constexpr reverse_iterator &operator++() {
        --current_;
        return *this;
    }
    constexpr reverse_iterator operator++(int) {
        reverse_iterator previous = *this;
        --current_;
        return previous;
    }
    constexpr reverse_iterator &operator--() {
        ++current_;
        return *this;
    }
    constexpr reverse_iterator operator--(int) {
        reverse_iterator previous = *this;
        ++current_;
        return previous;
    }
    constexpr reverse_iterator operator+(difference_type count) const { return reverse_iterator(current_ - count); }
    constexpr reverse_iterator operator-(difference_type count) const { return reverse_iterator(current_ + count); }
    constexpr reverse_iterator &operator+=(difference_type count) {
        current_ -= count;
        return *this;
    }
    constexpr reverse_iterator &operator-=(difference_type count) {
        current_ += count;
        return *this;
    }

  private:
    I current_;
};

template <class I1, class I2>
constexpr bool operator==(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() == right.base();
}
template <class I1, class I2>
constexpr bool operator!=(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() != right.base();
}
template <class I1, class I2>
constexpr bool operator<(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() > right.base();
}
template <class I1, class I2>
constexpr bool operator>(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() < right.base();
}
template <class I1, class I2>
constexpr bool operator<=(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() >= right.base();
}
template <class I1, class I2>
constexpr bool operator>=(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right) {
    return left.base() <= right.base();
}
template <class I1, class I2>
constexpr auto operator-(const reverse_iterator<I1> &left, const reverse_iterator<I2> &right)
    -> decltype(right.base() - left.base()) {
    return right.base() - left.base();
}
template <class I>
constexpr reverse_iterator<I> operator+(typename reverse_iterator<I>::difference_type count,
                                        const reverse_iterator<I> &position) {
    return position + count;
}
template <class I>
constexpr reverse_iterator<I> make_reverse_iterator(I position) {
    return reverse_iterator<I>(position);
}

// An iterator whose elements are moved from when read.
template <class I>
class move_iterator {
  public:
    using iterator_type = I;
    using iterator_category = __detail::iterator_category_t<I>;
    using value_type = __detail::iterator_value_t<I>;
    using difference_type = __detail::iterator_difference_t<I>;
    using pointer = I;
    using reference = conditional_t<is_reference<__detail::iterator_reference_t<I>>::value,
                                    remove_reference_t<__detail::iterator_reference_t<I>> &&,
                                    __detail::iterator_reference_t<I>>;

    constexpr move_iterator() : current_() {}
    constexpr explicit move_iterator(I position) : current_(position) {}
    template <class U>
    constexpr move_iterator(const move_iterator<U> &other) : current_(other.base()) {}

    constexpr I base() const { return current_; }
    constexpr reference operator*() const { return static_cast<reference>(*current_); }
    constexpr pointer operator->() const { return current_; }
    constexpr reference operator[](difference_type index) const { return static_cast<reference>(current_[index]); }
    constexpr move_iterator &operator++() {
        ++current_;
        return *this;
    }
    constexpr move_iterator operator++(int) {
        move_iterator previous = *this;
        ++current_;
        return previous;
    }
    constexpr move_iterator &operator--() {
        --current_;
        return *this;
    }
    constexpr move_iterator operator--(int) {
        move_iterator previous = *this;
        --current_;
        return previous;
    }
    constexpr move_iterator operator+(difference_type count) const { return move_iterator(current_ + count); }
    constexpr move_iterator operator-(difference_type count) const { return move_iterator(current_ - count); }
    constexpr move_iterator &operator+=(difference_type count) {
        current_ += count;
        return *this;
    }
    constexpr move_iterator &operator-=(difference_type count) {
        current_ -= count;
        return *this;
    }

  private:
    I current_;
};

template <class I1, class I2>
constexpr bool operator==(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() == right.base();
}
template <class I1, class I2>
constexpr bool operator!=(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() != right.base();
}
template <class I1, class I2>
constexpr bool operator<(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() < right.base();
}
template <class I1, class I2>
constexpr bool operator>(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() > right.base();
}
template <class I1, class I2>
constexpr bool operator<=(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() <= right.base();
}
template <class I1, class I2>
constexpr bool operator>=(const move_iterator<I1> &left, const move_iterator<I2> &right) {
    return left.base() >= right.base();
}
template <class I1, class I2>
constexpr auto operator-(const move_iterator<I1> &left, const move_iterator<I2> &right)
    -> decltype(left.base() - right.base()) {
    return left.base() - right.base();
}
template <class I>
constexpr move_iterator<I> operator+(typename move_iterator<I>::difference_type count,
                                     const move_iterator<I> &position) {
    return position + count;
}
template <class I>
constexpr move_iterator<I> make_move_iterator(I position) {
    return move_iterator<I>(position);
}

// Output iterators that add to a container.
template <class Container>
class back_insert_iterator {
  public:
    using iterator_category = output_iterator_tag;
    using value_type = void;
    using difference_type = ptrdiff_t;
    using pointer = void;
    using reference = void;
    using container_type = Container;

    constexpr explicit back_insert_iterator(Container &target) : container_(&target) {}
    constexpr back_insert_iterator &operator=(const typename Container::value_type &value) {
        container_->push_back(value);
        return *this;
    }
    constexpr back_insert_iterator &operator=(typename Container::value_type &&value) {
        container_->push_back(std::move(value));
        return *this;
    }
    constexpr back_insert_iterator &operator*() { return *this; }
    constexpr back_insert_iterator &operator++() { return *this; }
    constexpr back_insert_iterator operator++(int) { return *this; }

  protected:
    Container *container_;
};

template <class Container>
class front_insert_iterator {
  public:
    using iterator_category = output_iterator_tag;
    using value_type = void;
    using difference_type = ptrdiff_t;
    using pointer = void;
    using reference = void;
    using container_type = Container;

    constexpr explicit front_insert_iterator(Container &target) : container_(&target) {}
    constexpr front_insert_iterator &operator=(const typename Container::value_type &value) {
        container_->push_front(value);
        return *this;
    }
    constexpr front_insert_iterator &operator=(typename Container::value_type &&value) {
        container_->push_front(std::move(value));
        return *this;
    }
    constexpr front_insert_iterator &operator*() { return *this; }
    constexpr front_insert_iterator &operator++() { return *this; }
    constexpr front_insert_iterator operator++(int) { return *this; }

  protected:
    Container *container_;
};

template <class Container>
class insert_iterator {
  public:
    using iterator_category = output_iterator_tag;
    using value_type = void;
    using difference_type = ptrdiff_t;
    using pointer = void;
    using reference = void;
    using container_type = Container;

    constexpr insert_iterator(Container &target, typename Container::iterator position)
        : container_(&target), position_(position) {}
    constexpr insert_iterator &operator=(const typename Container::value_type &value) {
        position_ = container_->insert(position_, value);
        ++position_;
        return *this;
    }
    constexpr insert_iterator &operator=(typename Container::value_type &&value) {
        position_ = container_->insert(position_, std::move(value));
        ++position_;
        return *this;
    }
    constexpr insert_iterator &operator*() { return *this; }
    constexpr insert_iterator &operator++() { return *this; }
    constexpr insert_iterator &operator++(int) { return *this; }

  protected:
    Container *container_;
    typename Container::iterator position_;
};

template <class Container>
constexpr back_insert_iterator<Container> back_inserter(Container &target) {
    return back_insert_iterator<Container>(target);
}
template <class Container>
constexpr front_insert_iterator<Container> front_inserter(Container &target) {
    return front_insert_iterator<Container>(target);
}
template <class Container>
constexpr insert_iterator<Container> inserter(Container &target, typename Container::iterator position) {
    return insert_iterator<Container>(target, position);
}

// Range access for containers and arrays.
template <class C> constexpr auto begin(C &container) -> decltype(container.begin()) { return container.begin(); }
template <class C> constexpr auto begin(const C &container) -> decltype(container.begin()) { return container.begin(); }
template <class C> constexpr auto end(C &container) -> decltype(container.end()) { return container.end(); }
template <class C> constexpr auto end(const C &container) -> decltype(container.end()) { return container.end(); }
template <class T, size_t N> constexpr T *begin(T (&array)[N]) noexcept { return array; }
template <class T, size_t N> constexpr T *end(T (&array)[N]) noexcept { return array + N; }
template <class C> constexpr auto cbegin(const C &container) -> decltype(std::begin(container)) {
    return std::begin(container);
}
template <class C> constexpr auto cend(const C &container) -> decltype(std::end(container)) {
    return std::end(container);
}
template <class C> constexpr auto rbegin(C &container) -> decltype(container.rbegin()) { return container.rbegin(); }
template <class C> constexpr auto rbegin(const C &container) -> decltype(container.rbegin()) {
    return container.rbegin();
}
template <class C> constexpr auto rend(C &container) -> decltype(container.rend()) { return container.rend(); }
template <class C> constexpr auto rend(const C &container) -> decltype(container.rend()) { return container.rend(); }
template <class T, size_t N> constexpr reverse_iterator<T *> rbegin(T (&array)[N]) {
    return reverse_iterator<T *>(array + N);
}
template <class T, size_t N> constexpr reverse_iterator<T *> rend(T (&array)[N]) {
    return reverse_iterator<T *>(array);
}
template <class E> constexpr reverse_iterator<const E *> rbegin(initializer_list<E> list) {
    return reverse_iterator<const E *>(list.end());
}
template <class E> constexpr reverse_iterator<const E *> rend(initializer_list<E> list) {
    return reverse_iterator<const E *>(list.begin());
}
template <class C> constexpr auto crbegin(const C &container) -> decltype(std::rbegin(container)) {
    return std::rbegin(container);
}
template <class C> constexpr auto crend(const C &container) -> decltype(std::rend(container)) {
    return std::rend(container);
}
template <class C> constexpr auto size(const C &container) -> decltype(container.size()) { return container.size(); }
template <class T, size_t N> constexpr size_t size(const T (&)[N]) noexcept { return N; }
template <class C>
constexpr auto ssize(const C &container) -> common_type_t<ptrdiff_t, make_signed_t<decltype(container.size())>> {
    return static_cast<common_type_t<ptrdiff_t, make_signed_t<decltype(container.size())>>>(container.size());
}
template <class T, ptrdiff_t N> constexpr ptrdiff_t ssize(const T (&)[N]) noexcept { return N; }
template <class C> [[nodiscard]] constexpr auto empty(const C &container) -> decltype(container.empty()) {
    return container.empty();
}
template <class T, size_t N> [[nodiscard]] constexpr bool empty(const T (&)[N]) noexcept { return false; }
template <class E> [[nodiscard]] constexpr bool empty(initializer_list<E> list) noexcept { return list.size() == 0; }
template <class C> constexpr auto data(C &container) -> decltype(container.data()) { return container.data(); }
template <class C> constexpr auto data(const C &container) -> decltype(container.data()) { return container.data(); }
template <class T, size_t N> constexpr T *data(T (&array)[N]) noexcept { return array; }
template <class E> constexpr const E *data(initializer_list<E> list) noexcept { return list.begin(); }

} // namespace std

#endif
