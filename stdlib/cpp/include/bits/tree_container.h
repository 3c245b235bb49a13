// bits/tree_container.h: what map, multimap, set and multiset have in
// common: iteration, size, lookup, erasure and comparison over a
// red-black tree. Each container adds its own insertion.
#ifndef _WASMOS_CPP_BITS_TREE_CONTAINER_H
#define _WASMOS_CPP_BITS_TREE_CONTAINER_H

#include <bits/algorithm_base.h>
#include <bits/iterator_base.h>
#include <bits/key_of.h>
#include <bits/red_black_tree.h>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace std::__detail {

// Enables a lookup with a key of another type when the comparison is
// transparent (std::less<> and friends).
template <class Compare, class K, class Key>
using require_transparent_key =
    enable_if_t<is_transparent_compare<Compare>::value && !is_convertible<const K &, const Key &>::value, int>;

template <class Key, class Value, class KeyOf, class Compare, class Allocator, bool ConstIterator>
class tree_container {
  protected:
    using tree_type = red_black_tree<Key, Value, KeyOf, Compare, Allocator>;

  public:
    using key_type = Key;
    using value_type = Value;
    using size_type = size_t;
    using difference_type = ptrdiff_t;
    using key_compare = Compare;
    using allocator_type = Allocator;
    using reference = Value &;
    using const_reference = const Value &;
    using pointer = Value *;
    using const_pointer = const Value *;
    using iterator = conditional_t<ConstIterator, typename tree_type::const_iterator, typename tree_type::iterator>;
    using const_iterator = typename tree_type::const_iterator;
    using reverse_iterator = std::reverse_iterator<iterator>;
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    allocator_type get_allocator() const noexcept { return tree_.allocator(); }
    key_compare key_comp() const { return tree_.compare(); }

    iterator begin() noexcept { return iterator(tree_.begin()); }
    const_iterator begin() const noexcept { return tree_.begin(); }
    const_iterator cbegin() const noexcept { return tree_.begin(); }
    iterator end() noexcept { return iterator(tree_.end()); }
    const_iterator end() const noexcept { return tree_.end(); }
    const_iterator cend() const noexcept { return tree_.end(); }
    reverse_iterator rbegin() noexcept { return reverse_iterator(end()); }
    const_reverse_iterator rbegin() const noexcept { return const_reverse_iterator(end()); }
    const_reverse_iterator crbegin() const noexcept { return rbegin(); }
    reverse_iterator rend() noexcept { return reverse_iterator(begin()); }
    const_reverse_iterator rend() const noexcept { return const_reverse_iterator(begin()); }
    const_reverse_iterator crend() const noexcept { return rend(); }

    [[nodiscard]] bool empty() const noexcept { return tree_.size() == 0; }
    size_type size() const noexcept { return tree_.size(); }
    size_type max_size() const noexcept { return tree_.max_size(); }
    void clear() noexcept { tree_.clear(); }

    iterator erase(iterator position) { return iterator(tree_.erase(position)); }
    template <bool Distinct = !ConstIterator, enable_if_t<Distinct, int> = 0>
    iterator erase(const_iterator position) {
        return iterator(tree_.erase(position));
    }
    iterator erase(const_iterator first, const_iterator last) { return iterator(tree_.erase(first, last)); }
    size_type erase(const key_type &key) { return tree_.erase_key(key); }

    iterator find(const key_type &key) { return iterator(tree_.find(key)); }
    const_iterator find(const key_type &key) const { return tree_.find(key); }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    iterator find(const K &key) {
        return iterator(tree_.find(key));
    }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    const_iterator find(const K &key) const {
        return tree_.find(key);
    }
    size_type count(const key_type &key) const { return tree_.count(key); }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    size_type count(const K &key) const {
        return tree_.count(key);
    }
    bool contains(const key_type &key) const { return tree_.find(key) != tree_.end(); }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    bool contains(const K &key) const {
        return tree_.find(key) != tree_.end();
    }

    iterator lower_bound(const key_type &key) { return iterator(tree_.lower_bound(key)); }
    const_iterator lower_bound(const key_type &key) const { return tree_.lower_bound(key); }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    iterator lower_bound(const K &key) {
        return iterator(tree_.lower_bound(key));
    }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    const_iterator lower_bound(const K &key) const {
        return tree_.lower_bound(key);
    }
    iterator upper_bound(const key_type &key) { return iterator(tree_.upper_bound(key)); }
    const_iterator upper_bound(const key_type &key) const { return tree_.upper_bound(key); }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    iterator upper_bound(const K &key) {
        return iterator(tree_.upper_bound(key));
    }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    const_iterator upper_bound(const K &key) const {
        return tree_.upper_bound(key);
    }
    pair<iterator, iterator> equal_range(const key_type &key) {
        return pair<iterator, iterator>(lower_bound(key), upper_bound(key));
    }
    pair<const_iterator, const_iterator> equal_range(const key_type &key) const {
        return pair<const_iterator, const_iterator>(lower_bound(key), upper_bound(key));
    }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    pair<iterator, iterator> equal_range(const K &key) {
        return pair<iterator, iterator>(lower_bound(key), upper_bound(key));
    }
    template <class K, require_transparent_key<Compare, K, Key> = 0>
    pair<const_iterator, const_iterator> equal_range(const K &key) const {
        return pair<const_iterator, const_iterator>(lower_bound(key), upper_bound(key));
    }

    friend bool operator==(const tree_container &left, const tree_container &right) {
        return left.size() == right.size() && std::equal(left.begin(), left.end(), right.begin());
    }
    friend bool operator!=(const tree_container &left, const tree_container &right) { return !(left == right); }
    friend bool operator<(const tree_container &left, const tree_container &right) {
        return std::lexicographical_compare(left.begin(), left.end(), right.begin(), right.end());
    }
    friend bool operator>(const tree_container &left, const tree_container &right) { return right < left; }
    friend bool operator<=(const tree_container &left, const tree_container &right) { return !(right < left); }
    friend bool operator>=(const tree_container &left, const tree_container &right) { return !(left < right); }

  protected:
    tree_container() = default;
    explicit tree_container(const Compare &compare, const Allocator &allocator) : tree_(compare, allocator) {}

    tree_type tree_;
};

} // namespace std::__detail

#endif
