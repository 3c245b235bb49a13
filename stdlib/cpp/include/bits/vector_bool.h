// bits/vector_bool.h: std::vector<bool>, one bit per element in 64-bit
// words, with a proxy `reference` as the standard specifies. Capacity is
// a whole number of words and grows as libstdc++'s does.
#ifndef _WASMOS_CPP_BITS_VECTOR_BOOL_H
#define _WASMOS_CPP_BITS_VECTOR_BOOL_H

#include <bits/algorithm_base.h>
#include <bits/allocator.h>
#include <bits/hash.h>
#include <bits/iterator_base.h>
#include <bits/throw.h>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <utility>

namespace std {

template <class T, class Allocator> class vector;

namespace __detail {
using bit_word = unsigned long long;
constexpr size_t bit_word_bits = 64;

// A reference to one bit of a word.
class bit_reference {
  public:
    bit_reference(bit_word *word, bit_word mask) noexcept : word_(word), mask_(mask) {}
    bit_reference(const bit_reference &) = default;

    operator bool() const noexcept { return (*word_ & mask_) != 0; }
    bit_reference &operator=(bool value) noexcept {
        if (value)
            *word_ |= mask_;
        else
            *word_ &= ~mask_;
        return *this;
    }
    bit_reference &operator=(const bit_reference &other) noexcept { return *this = bool(other); }
    bool operator~() const noexcept { return !bool(*this); }
    void flip() noexcept { *word_ ^= mask_; }
    friend void swap(bit_reference left, bit_reference right) noexcept {
        bool held = left;
        left = bool(right);
        right = held;
    }
    friend void swap(bit_reference left, bool &right) noexcept {
        bool held = left;
        left = right;
        right = held;
    }
    friend void swap(bool &left, bit_reference right) noexcept {
        bool held = left;
        left = right;
        right = held;
    }

  private:
    bit_word *word_;
    bit_word mask_;
};

// A position in a bit array: a word and a bit within it.
template <bool Const>
class bit_iterator {
  public:
    using iterator_category = random_access_iterator_tag;
    using value_type = bool;
    using difference_type = ptrdiff_t;
    using pointer = void;
    using reference = conditional_t<Const, bool, bit_reference>;

    bit_iterator() noexcept : word_(nullptr), offset_(0) {}
    bit_iterator(bit_word *word, size_t offset) noexcept : word_(word), offset_(static_cast<unsigned>(offset)) {}
    template <bool OtherConst, enable_if_t<Const && !OtherConst, int> = 0>
    bit_iterator(const bit_iterator<OtherConst> &other) noexcept : word_(other.__word()), offset_(other.__offset()) {}

    reference operator*() const noexcept {
        if constexpr (Const)
            return (*word_ >> offset_) & 1;
        else
            return bit_reference(word_, bit_word(1) << offset_);
    }
    reference operator[](difference_type index) const noexcept { return *(*this + index); }
    bit_iterator &operator++() noexcept {
        if (++offset_ == bit_word_bits) {
            offset_ = 0;
            ++word_;
        }
        return *this;
    }
    bit_iterator operator++(int) noexcept {
        bit_iterator previous = *this;
        ++*this;
        return previous;
    }
    bit_iterator &operator--() noexcept {
        if (offset_-- == 0) {
            offset_ = bit_word_bits - 1;
            --word_;
        }
        return *this;
    }
    bit_iterator operator--(int) noexcept {
        bit_iterator previous = *this;
        --*this;
        return previous;
    }
    bit_iterator &operator+=(difference_type count) noexcept {
        difference_type bit = static_cast<difference_type>(offset_) + count;
        difference_type words = bit >= 0 ? bit / 64 : -((-bit + 63) / 64);
        word_ += words;
        offset_ = static_cast<unsigned>(bit - words * 64);
        return *this;
    }
    bit_iterator &operator-=(difference_type count) noexcept { return *this += -count; }
    bit_iterator operator+(difference_type count) const noexcept {
        bit_iterator result = *this;
        return result += count;
    }
    bit_iterator operator-(difference_type count) const noexcept {
        bit_iterator result = *this;
        return result -= count;
    }
    friend bit_iterator operator+(difference_type count, const bit_iterator &position) noexcept {
        return position + count;
    }
    friend difference_type operator-(const bit_iterator &left, const bit_iterator &right) noexcept {
        return (left.word_ - right.word_) * 64 + static_cast<difference_type>(left.offset_) -
               static_cast<difference_type>(right.offset_);
    }
    friend bool operator==(const bit_iterator &left, const bit_iterator &right) noexcept {
        return left.word_ == right.word_ && left.offset_ == right.offset_;
    }
    friend bool operator!=(const bit_iterator &left, const bit_iterator &right) noexcept { return !(left == right); }
    friend bool operator<(const bit_iterator &left, const bit_iterator &right) noexcept { return left - right < 0; }
    friend bool operator>(const bit_iterator &left, const bit_iterator &right) noexcept { return right < left; }
    friend bool operator<=(const bit_iterator &left, const bit_iterator &right) noexcept { return !(right < left); }
    friend bool operator>=(const bit_iterator &left, const bit_iterator &right) noexcept { return !(left < right); }

    bit_word *__word() const noexcept { return word_; }
    unsigned __offset() const noexcept { return offset_; }

  private:
    bit_word *word_;
    unsigned offset_;
};
} // namespace __detail

template <class Allocator>
class vector<bool, Allocator> {
    using word = __detail::bit_word;
    static constexpr size_t word_bits = __detail::bit_word_bits;
    using word_allocator = typename allocator_traits<Allocator>::template rebind_alloc<word>;
    using word_traits = allocator_traits<word_allocator>;

  public:
    using value_type = bool;
    using allocator_type = Allocator;
    using size_type = size_t;
    using difference_type = ptrdiff_t;
    using reference = __detail::bit_reference;
    using const_reference = bool;
    using pointer = void;
    using const_pointer = void;
    using iterator = __detail::bit_iterator<false>;
    using const_iterator = __detail::bit_iterator<true>;
    using reverse_iterator = std::reverse_iterator<iterator>;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    vector() noexcept = default;
    explicit vector(const Allocator &allocator) noexcept : allocator_(allocator) {}
    explicit vector(size_type count, const Allocator &allocator = Allocator()) : vector(count, false, allocator) {}
    vector(size_type count, bool value, const Allocator &allocator = Allocator()) : allocator_(allocator) {
        allocate_words(words_for(count));
        size_ = count;
        fill_words(value);
    }
    template <class Iterator, __detail::require_input_iterator<Iterator> = 0>
    vector(Iterator first, Iterator last, const Allocator &allocator = Allocator()) : allocator_(allocator) {
        if constexpr (__detail::is_forward_iterator<Iterator>)
            allocate_words(words_for(static_cast<size_type>(std::distance(first, last))));
        for (; first != last; ++first)
            push_back(static_cast<bool>(*first));
    }
    vector(initializer_list<bool> values, const Allocator &allocator = Allocator())
        : vector(values.begin(), values.end(), allocator) {}
    vector(const vector &other) : allocator_(other.allocator_) {
        allocate_words(words_for(other.size_));
        size_ = other.size_;
        if (size_)
            memcpy(words_, other.words_, words_for(size_) * sizeof(word));
    }
    vector(vector &&other) noexcept
        : words_(std::exchange(other.words_, nullptr)), word_count_(std::exchange(other.word_count_, 0)),
          size_(std::exchange(other.size_, 0)), allocator_(std::move(other.allocator_)) {}
    ~vector() { release(); }

    vector &operator=(const vector &other) {
        if (this != &other) {
            vector copy(other);
            swap(copy);
        }
        return *this;
    }
    vector &operator=(vector &&other) noexcept {
        if (this != &other) {
            release();
            words_ = std::exchange(other.words_, nullptr);
            word_count_ = std::exchange(other.word_count_, 0);
            size_ = std::exchange(other.size_, 0);
        }
        return *this;
    }
    vector &operator=(initializer_list<bool> values) {
        assign(values.begin(), values.end());
        return *this;
    }

    void assign(size_type count, bool value) {
        clear();
        resize(count, value);
    }
    template <class Iterator, __detail::require_input_iterator<Iterator> = 0>
    void assign(Iterator first, Iterator last) {
        clear();
        for (; first != last; ++first)
            push_back(static_cast<bool>(*first));
    }
    void assign(initializer_list<bool> values) { assign(values.begin(), values.end()); }
    allocator_type get_allocator() const noexcept { return Allocator(allocator_); }

    reference operator[](size_type index) noexcept { return *iterator_at(index); }
    const_reference operator[](size_type index) const noexcept { return *const_iterator_at(index); }
    // Out of range: reported as an uncaught std::out_of_range (bits/throw.h).
    reference at(size_type index) {
        if (index >= size_)
            __detail::throw_out_of_range_format(
                "vector<bool>::_M_range_check: __n (which is %zu) >= this->size() (which is %zu)", index, size_);
        return (*this)[index];
    }
    const_reference at(size_type index) const {
        if (index >= size_)
            __detail::throw_out_of_range_format(
                "vector<bool>::_M_range_check: __n (which is %zu) >= this->size() (which is %zu)", index, size_);
        return (*this)[index];
    }
    reference front() noexcept { return (*this)[0]; }
    const_reference front() const noexcept { return (*this)[0]; }
    reference back() noexcept { return (*this)[size_ - 1]; }
    const_reference back() const noexcept { return (*this)[size_ - 1]; }

    iterator begin() noexcept { return iterator(words_, 0); }
    const_iterator begin() const noexcept { return const_iterator_at(0); }
    const_iterator cbegin() const noexcept { return begin(); }
    iterator end() noexcept { return iterator_at(size_); }
    const_iterator end() const noexcept { return const_iterator_at(size_); }
    const_iterator cend() const noexcept { return end(); }
    reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
    const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
    const_reverse_iterator crbegin() const noexcept { return rbegin(); }
    reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
    const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }
    const_reverse_iterator crend() const noexcept { return rend(); }

    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    size_type size() const noexcept { return size_; }
    size_type max_size() const noexcept { return word_traits::max_size(allocator_) / 2 * word_bits; }
    size_type capacity() const noexcept { return word_count_ * word_bits; }
    void reserve(size_type wanted) {
        if (wanted > capacity())
            reallocate(words_for(wanted));
    }
    void shrink_to_fit() {
        if (capacity() - size_ >= word_bits)
            reallocate(words_for(size_));
    }
    void clear() noexcept { size_ = 0; }

    void push_back(bool value) {
        if (size_ == capacity())
            reallocate(words_for(grown_size(1)));
        ++size_;
        back() = value;
    }
    template <class... Args>
    reference emplace_back(Args &&...arguments) {
        push_back(bool(std::forward<Args>(arguments)...));
        return back();
    }
    void pop_back() noexcept { --size_; }

    iterator insert(const_iterator position, bool value) { return insert(position, 1, value); }
    iterator insert(const_iterator position, size_type count, bool value) {
        size_type index = offset_of(position);
        make_gap(index, count);
        for (size_type bit = 0; bit < count; ++bit)
            (*this)[index + bit] = value;
        return iterator_at(index);
    }
    template <class Iterator, __detail::require_input_iterator<Iterator> = 0>
    iterator insert(const_iterator position, Iterator first, Iterator last) {
        size_type index = offset_of(position);
        vector inserted(first, last);
        make_gap(index, inserted.size());
        for (size_type bit = 0; bit < inserted.size(); ++bit)
            (*this)[index + bit] = inserted[bit];
        return iterator_at(index);
    }
    iterator insert(const_iterator position, initializer_list<bool> values) {
        return insert(position, values.begin(), values.end());
    }
    template <class... Args>
    iterator emplace(const_iterator position, Args &&...arguments) {
        return insert(position, bool(std::forward<Args>(arguments)...));
    }
    iterator erase(const_iterator position) { return erase(position, position + 1); }
    iterator erase(const_iterator first, const_iterator last) {
        size_type from = offset_of(first);
        size_type to = offset_of(last);
        for (size_type bit = to; bit < size_; ++bit)
            (*this)[from + bit - to] = bool((*this)[bit]);
        size_ -= to - from;
        return iterator_at(from);
    }

    void resize(size_type count, bool value = false) {
        if (count > capacity())
            reallocate(words_for(grown_size(count - size_)));
        size_type old_size = size_;
        size_ = count;
        for (size_type bit = old_size; bit < count; ++bit)
            (*this)[bit] = value;
    }
    void flip() noexcept {
        for (size_type index = 0; index < word_count_; ++index)
            words_[index] = ~words_[index];
    }
    void swap(vector &other) noexcept {
        std::swap(words_, other.words_);
        std::swap(word_count_, other.word_count_);
        std::swap(size_, other.size_);
    }
    static void swap(reference left, reference right) noexcept {
        bool held = left;
        left = bool(right);
        right = held;
    }

    // For hash<vector<bool>>: the words holding the bits, the unused bits
    // of the last word cleared.
    size_t __hash() const noexcept {
        size_t result = size_;
        for (size_type index = 0; index < words_for(size_); ++index) {
            word value = words_[index];
            if (index == words_for(size_) - 1 && size_ % word_bits)
                value &= (word(1) << (size_ % word_bits)) - 1;
            result = result * 31 + __detail::hash_integer(value);
        }
        return result;
    }

  private:
    static size_type words_for(size_type bits) noexcept { return (bits + word_bits - 1) / word_bits; }
    size_type offset_of(const_iterator position) const noexcept {
        return static_cast<size_type>(position - const_iterator_at(0));
    }
    iterator iterator_at(size_type index) const noexcept { return iterator(words_ + index / word_bits, index % word_bits); }
    const_iterator const_iterator_at(size_type index) const noexcept {
        return const_iterator(words_ + index / word_bits, index % word_bits);
    }
    // The bit count after growing to hold `added` more (libstdc++'s policy).
    size_type grown_size(size_type added) const {
        if (max_size() - size_ < added)
            __detail::throw_length_error("vector<bool>::_M_insert_aux");
        size_type grown = size_ + (size_ > added ? size_ : added);
        return grown < size_ || grown > max_size() ? max_size() : grown;
    }
    void allocate_words(size_type count) {
        if (count) {
            words_ = word_traits::allocate(allocator_, count);
            word_count_ = count;
        }
    }
    void fill_words(bool value) noexcept {
        if (word_count_)
            memset(words_, value ? 0xff : 0, word_count_ * sizeof(word));
    }
    void reallocate(size_type new_word_count) {
        word *fresh = new_word_count ? word_traits::allocate(allocator_, new_word_count) : nullptr;
        size_type kept = words_for(size_) < new_word_count ? words_for(size_) : new_word_count;
        if (kept)
            memcpy(fresh, words_, kept * sizeof(word));
        if (words_)
            word_traits::deallocate(allocator_, words_, word_count_);
        words_ = fresh;
        word_count_ = new_word_count;
    }
    // Opens `count` bits at `index`, moving the later bits up.
    void make_gap(size_type index, size_type count) {
        if (size_ + count > capacity())
            reallocate(words_for(grown_size(count)));
        size_type old_size = size_;
        size_ += count;
        for (size_type bit = old_size; bit-- > index;)
            (*this)[bit + count] = bool((*this)[bit]);
    }
    void release() noexcept {
        if (words_)
            word_traits::deallocate(allocator_, words_, word_count_);
        words_ = nullptr;
        word_count_ = 0;
        size_ = 0;
    }

    word *words_ = nullptr;
    size_type word_count_ = 0;
    size_type size_ = 0;
    [[no_unique_address]] word_allocator allocator_;
};

template <class Allocator> struct hash<vector<bool, Allocator>> {
    size_t operator()(const vector<bool, Allocator> &bits) const noexcept { return bits.__hash(); }
};

} // namespace std

#endif
