// bits/red_black_tree.h: the balanced binary search tree under map, set,
// multimap and multiset.
//
// A header node stands for end(): its parent is the root, its left the
// smallest node and its right the largest; the root's parent is the
// header. Rebalancing and in-order stepping do not depend on the element
// type and live in src/red_black_tree.cpp.
#ifndef _WASMOS_CPP_BITS_RED_BLACK_TREE_H
#define _WASMOS_CPP_BITS_RED_BLACK_TREE_H

#include <bits/algorithm_base.h>
#include <bits/allocator.h>
#include <bits/iterator_base.h>
#include <bits/throw.h>
#include <cstddef>
#include <initializer_list>
#include <tuple>
#include <type_traits>
#include <utility>

namespace std::__detail {

struct tree_node_base {
    tree_node_base *parent;
    tree_node_base *left;
    tree_node_base *right;
    bool red;
    bool is_header;
};

// The next and previous nodes in order (the header is past the end).
tree_node_base *tree_next(tree_node_base *current) noexcept;
tree_node_base *tree_previous(tree_node_base *current) noexcept;
// Links `inserted` as a child of `parent` (the header for an empty tree)
// and restores the red-black properties.
void tree_insert_and_rebalance(bool as_left_child, tree_node_base *inserted, tree_node_base *parent,
                               tree_node_base *header) noexcept;
// Unlinks `erased` and restores the red-black properties.
void tree_erase_and_rebalance(tree_node_base *erased, tree_node_base *header) noexcept;

template <class Value>
struct tree_node : tree_node_base {
    alignas(Value) unsigned char storage[sizeof(Value)];
    Value *value() noexcept { return reinterpret_cast<Value *>(storage); }
};

template <class Value, bool Const>
class tree_iterator {
  public:
    using iterator_category = bidirectional_iterator_tag;
    using value_type = Value;
    using difference_type = ptrdiff_t;
    using pointer = conditional_t<Const, const Value *, Value *>;
    using reference = conditional_t<Const, const Value &, Value &>;

    tree_iterator() noexcept : node_(nullptr) {}
    explicit tree_iterator(tree_node_base *node) noexcept : node_(node) {}
    template <bool OtherConst, enable_if_t<Const && !OtherConst, int> = 0>
    tree_iterator(const tree_iterator<Value, OtherConst> &other) noexcept : node_(other.__node()) {}

    reference operator*() const noexcept { return *static_cast<tree_node<Value> *>(node_)->value(); }
    pointer operator->() const noexcept { return static_cast<tree_node<Value> *>(node_)->value(); }
    tree_iterator &operator++() noexcept {
        node_ = tree_next(node_);
        return *this;
    }
    tree_iterator operator++(int) noexcept {
        tree_iterator previous = *this;
        node_ = tree_next(node_);
        return previous;
    }
    tree_iterator &operator--() noexcept {
        node_ = tree_previous(node_);
        return *this;
    }
    tree_iterator operator--(int) noexcept {
        tree_iterator previous = *this;
        node_ = tree_previous(node_);
        return previous;
    }
    friend bool operator==(const tree_iterator &left, const tree_iterator &right) noexcept {
        return left.node_ == right.node_;
    }
    friend bool operator!=(const tree_iterator &left, const tree_iterator &right) noexcept {
        return left.node_ != right.node_;
    }

    tree_node_base *__node() const noexcept { return node_; }

  private:
    tree_node_base *node_;
};

template <class Compare, class = void> struct is_transparent_compare : false_type {};
template <class Compare>
struct is_transparent_compare<Compare, void_t<typename Compare::is_transparent>> : true_type {};

// KeyOf extracts the key from a stored value (the value itself for sets,
// its first member for maps).
template <class Key, class Value, class KeyOf, class Compare, class Allocator>
class red_black_tree {
    using node = tree_node<Value>;
    using node_allocator = typename allocator_traits<Allocator>::template rebind_alloc<node>;
    using node_traits = allocator_traits<node_allocator>;

  public:
    using iterator = tree_iterator<Value, false>;
    using const_iterator = tree_iterator<Value, true>;

    red_black_tree() : compare_() { reset_header(); }
    explicit red_black_tree(const Compare &compare, const Allocator &allocator = Allocator())
        : compare_(compare), allocator_(allocator) {
        reset_header();
    }
    red_black_tree(const red_black_tree &other) : compare_(other.compare_), allocator_(other.allocator_) {
        reset_header();
        copy_from(other);
    }
    red_black_tree(red_black_tree &&other) noexcept
        : compare_(std::move(other.compare_)), allocator_(std::move(other.allocator_)) {
        reset_header();
        take(other);
    }
    ~red_black_tree() { destroy_subtree(root()); }

    red_black_tree &operator=(const red_black_tree &other) {
        if (this != &other) {
            clear();
            compare_ = other.compare_;
            copy_from(other);
        }
        return *this;
    }
    red_black_tree &operator=(red_black_tree &&other) noexcept {
        if (this != &other) {
            clear();
            compare_ = std::move(other.compare_);
            take(other);
        }
        return *this;
    }

    iterator begin() noexcept { return iterator(header_.left); }
    const_iterator begin() const noexcept { return const_iterator(const_cast<tree_node_base *>(header_.left)); }
    iterator end() noexcept { return iterator(&header_); }
    const_iterator end() const noexcept { return const_iterator(const_cast<tree_node_base *>(&header_)); }
    size_t size() const noexcept { return size_; }
    const Compare &compare() const noexcept { return compare_; }
    Allocator allocator() const noexcept { return Allocator(allocator_); }
    size_t max_size() const noexcept { return node_traits::max_size(allocator_); }

    void clear() noexcept {
        destroy_subtree(root());
        reset_header();
    }

    void swap(red_black_tree &other) noexcept {
        red_black_tree held(std::move(other));
        other = std::move(*this);
        *this = std::move(held);
    }

    // Lookup. The K forms take any key the comparison accepts (only
    // enabled for transparent comparisons by the containers).
    template <class K>
    iterator lower_bound(const K &key) {
        return iterator(lower_bound_node(key));
    }
    template <class K>
    const_iterator lower_bound(const K &key) const {
        return const_iterator(const_cast<red_black_tree *>(this)->lower_bound_node(key));
    }
    template <class K>
    iterator upper_bound(const K &key) {
        return iterator(upper_bound_node(key));
    }
    template <class K>
    const_iterator upper_bound(const K &key) const {
        return const_iterator(const_cast<red_black_tree *>(this)->upper_bound_node(key));
    }
    template <class K>
    iterator find(const K &key) {
        tree_node_base *found = lower_bound_node(key);
        if (found == &header_ || compare_(key, key_of(found)))
            return end();
        return iterator(found);
    }
    template <class K>
    const_iterator find(const K &key) const {
        return const_iterator(const_cast<red_black_tree *>(this)->find(key).__node());
    }
    template <class K>
    size_t count(const K &key) const {
        auto range = equal_range(key);
        return static_cast<size_t>(std::distance(range.first, range.second));
    }
    template <class K>
    pair<iterator, iterator> equal_range(const K &key) {
        return pair<iterator, iterator>(lower_bound(key), upper_bound(key));
    }
    template <class K>
    pair<const_iterator, const_iterator> equal_range(const K &key) const {
        return pair<const_iterator, const_iterator>(lower_bound(key), upper_bound(key));
    }

    // Insertion: `unique` rejects a key already present; otherwise an
    // equal key goes after the existing ones.
    template <class... Args>
    pair<iterator, bool> emplace_unique(Args &&...arguments) {
        node *created = create_node(std::forward<Args>(arguments)...);
        auto position = unique_position(KeyOf()(*created->value()));
        if (!position.second) {
            destroy_node(created);
            return pair<iterator, bool>(iterator(position.first), false);
        }
        return pair<iterator, bool>(link(created, position.first), true);
    }
    // For try_emplace: builds the node only if the key is new.
    template <class K, class... Args>
    pair<iterator, bool> emplace_unique_key(K &&key, Args &&...arguments) {
        auto position = unique_position(key);
        if (!position.second)
            return pair<iterator, bool>(iterator(position.first), false);
        node *created = create_node(piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                                    std::forward_as_tuple(std::forward<Args>(arguments)...));
        return pair<iterator, bool>(link(created, position.first), true);
    }
    template <class... Args>
    iterator emplace_equal(Args &&...arguments) {
        node *created = create_node(std::forward<Args>(arguments)...);
        tree_node_base *parent = &header_;
        tree_node_base *current = header_.parent;
        const Key &key = KeyOf()(*created->value());
        bool left = true;
        while (current) {
            parent = current;
            left = compare_(key, key_of(current));
            current = left ? current->left : current->right;
        }
        tree_insert_and_rebalance(left || parent == &header_, created, parent, &header_);
        ++size_;
        return iterator(created);
    }

    iterator erase(const_iterator position) noexcept {
        tree_node_base *target = position.__node();
        iterator next(tree_next(target));
        tree_erase_and_rebalance(target, &header_);
        destroy_node(static_cast<node *>(target));
        --size_;
        return next;
    }
    iterator erase(const_iterator first, const_iterator last) noexcept {
        if (first == begin() && last == end()) {
            clear();
            return end();
        }
        while (first != last)
            first = erase(first);
        return iterator(last.__node());
    }
    template <class K>
    size_t erase_key(const K &key) {
        auto range = equal_range(key);
        size_t removed = static_cast<size_t>(std::distance(range.first, range.second));
        erase(range.first, range.second);
        return removed;
    }

  private:
    static const Key &key_of(tree_node_base *target) noexcept {
        return KeyOf()(*static_cast<node *>(target)->value());
    }
    tree_node_base *root() const noexcept { return header_.parent; }

    void reset_header() noexcept {
        header_.parent = nullptr;
        header_.left = &header_;
        header_.right = &header_;
        header_.red = false;
        header_.is_header = true;
        size_ = 0;
    }

    // Takes other's nodes; other is left empty.
    void take(red_black_tree &other) noexcept {
        if (!other.header_.parent)
            return;
        header_.parent = other.header_.parent;
        header_.left = other.header_.left;
        header_.right = other.header_.right;
        header_.parent->parent = &header_;
        size_ = other.size_;
        other.reset_header();
    }

    template <class K>
    tree_node_base *lower_bound_node(const K &key) {
        tree_node_base *result = &header_;
        for (tree_node_base *current = header_.parent; current;) {
            if (!compare_(key_of(current), key)) {
                result = current;
                current = current->left;
            } else {
                current = current->right;
            }
        }
        return result;
    }
    template <class K>
    tree_node_base *upper_bound_node(const K &key) {
        tree_node_base *result = &header_;
        for (tree_node_base *current = header_.parent; current;) {
            if (compare_(key, key_of(current))) {
                result = current;
                current = current->left;
            } else {
                current = current->right;
            }
        }
        return result;
    }

    // Where a unique key would go: (parent, true), or (the node holding an
    // equal key, false).
    template <class K>
    pair<tree_node_base *, bool> unique_position(const K &key) {
        tree_node_base *parent = &header_;
        tree_node_base *current = header_.parent;
        bool went_left = true;
        while (current) {
            parent = current;
            went_left = compare_(key, key_of(current));
            current = went_left ? current->left : current->right;
        }
        // The candidate equal key is the predecessor of the insertion point.
        tree_node_base *before = parent;
        if (went_left) {
            if (parent == header_.left)
                return pair<tree_node_base *, bool>(parent, true);
            before = tree_previous(parent);
        }
        if (compare_(key_of(before), key))
            return pair<tree_node_base *, bool>(parent, true);
        return pair<tree_node_base *, bool>(before, false);
    }

    iterator link(node *created, tree_node_base *parent) {
        bool left = parent == &header_ || compare_(KeyOf()(*created->value()), key_of(parent));
        tree_insert_and_rebalance(left, created, parent, &header_);
        ++size_;
        return iterator(created);
    }

    template <class... Args>
    node *create_node(Args &&...arguments) {
        node *created = node_traits::allocate(allocator_, 1);
        ::new (static_cast<void *>(created->value())) Value(std::forward<Args>(arguments)...);
        return created;
    }
    void destroy_node(node *target) noexcept {
        target->value()->~Value();
        node_traits::deallocate(allocator_, target, 1);
    }
    void destroy_subtree(tree_node_base *top) noexcept {
        // Recursion on the right, iteration on the left: depth stays O(log n).
        while (top) {
            destroy_subtree(top->right);
            tree_node_base *left = top->left;
            destroy_node(static_cast<node *>(top));
            top = left;
        }
    }

    // Copies other's nodes with the same shape and colours.
    tree_node_base *clone_subtree(const tree_node_base *source, tree_node_base *parent) {
        node *copy = create_node(*static_cast<node *>(const_cast<tree_node_base *>(source))->value());
        copy->parent = parent;
        copy->red = source->red;
        copy->is_header = false;
        copy->left = source->left ? clone_subtree(source->left, copy) : nullptr;
        copy->right = source->right ? clone_subtree(source->right, copy) : nullptr;
        return copy;
    }
    void copy_from(const red_black_tree &other) {
        if (!other.header_.parent)
            return;
        header_.parent = clone_subtree(other.header_.parent, &header_);
        tree_node_base *smallest = header_.parent;
        while (smallest->left)
            smallest = smallest->left;
        tree_node_base *largest = header_.parent;
        while (largest->right)
            largest = largest->right;
        header_.left = smallest;
        header_.right = largest;
        size_ = other.size_;
    }

    tree_node_base header_;
    size_t size_ = 0;
    [[no_unique_address]] Compare compare_;
    [[no_unique_address]] node_allocator allocator_;
};

} // namespace std::__detail

#endif
