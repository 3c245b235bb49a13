// bits/hash_table.h: the hash table under unordered_map, unordered_set
// and their multi forms, and the members those four share.
//
// Separate chaining: an array of buckets (a prime number of them), each a
// singly-linked chain of nodes that remember their hash. The table grows
// when size() would exceed bucket_count() * max_load_factor(). Equal keys
// sit next to each other in one chain, in insertion order.
#ifndef _WASMOS_CPP_BITS_HASH_TABLE_H
#define _WASMOS_CPP_BITS_HASH_TABLE_H

#include <bits/algorithm_base.h>
#include <bits/allocator.h>
#include <bits/iterator_base.h>
#include <bits/key_of.h>
#include <cstddef>
#include <initializer_list>
#include <tuple>
#include <type_traits>
#include <utility>

namespace std::__detail {

// The smallest prime in the table that is at least `wanted`.
size_t hash_table_bucket_count(size_t wanted) noexcept;

template <class Value>
struct hash_node {
    hash_node *next;
    size_t hash;
    alignas(Value) unsigned char storage[sizeof(Value)];
    Value *value() noexcept { return reinterpret_cast<Value *>(storage); }
};

template <class Value, bool Const>
class hash_iterator {
    using node = hash_node<Value>;

  public:
    using iterator_category = forward_iterator_tag;
    using value_type = Value;
    using difference_type = ptrdiff_t;
    using pointer = conditional_t<Const, const Value *, Value *>;
    using reference = conditional_t<Const, const Value &, Value &>;

    hash_iterator() noexcept = default;
    hash_iterator(node *current, node *const *buckets, size_t bucket_count) noexcept
        : node_(current), buckets_(buckets), bucket_count_(bucket_count) {}
    template <bool OtherConst, enable_if_t<Const && !OtherConst, int> = 0>
    hash_iterator(const hash_iterator<Value, OtherConst> &other) noexcept
        : node_(other.__node()), buckets_(other.__buckets()), bucket_count_(other.__bucket_count()) {}

    reference operator*() const noexcept { return *node_->value(); }
    pointer operator->() const noexcept { return node_->value(); }
    hash_iterator &operator++() noexcept {
        if (node_->next) {
            node_ = node_->next;
            return *this;
        }
        for (size_t bucket = node_->hash % bucket_count_ + 1; bucket < bucket_count_; ++bucket)
            if (buckets_[bucket]) {
                node_ = buckets_[bucket];
                return *this;
            }
        node_ = nullptr;
        return *this;
    }
    hash_iterator operator++(int) noexcept {
        hash_iterator previous = *this;
        ++*this;
        return previous;
    }
    friend bool operator==(const hash_iterator &left, const hash_iterator &right) noexcept {
        return left.node_ == right.node_;
    }
    friend bool operator!=(const hash_iterator &left, const hash_iterator &right) noexcept {
        return left.node_ != right.node_;
    }

    node *__node() const noexcept { return node_; }
    node *const *__buckets() const noexcept { return buckets_; }
    size_t __bucket_count() const noexcept { return bucket_count_; }

  private:
    node *node_ = nullptr;
    node *const *buckets_ = nullptr;
    size_t bucket_count_ = 0;
};

template <class Key, class Value, class KeyOf, class Hash, class Equal, class Allocator>
class hash_table {
    using node = hash_node<Value>;
    using node_allocator = typename allocator_traits<Allocator>::template rebind_alloc<node>;
    using node_traits = allocator_traits<node_allocator>;
    using bucket_allocator = typename allocator_traits<Allocator>::template rebind_alloc<node *>;
    using bucket_traits = allocator_traits<bucket_allocator>;

  public:
    using iterator = hash_iterator<Value, false>;
    using const_iterator = hash_iterator<Value, true>;

    hash_table() = default;
    hash_table(size_t buckets, const Hash &hash, const Equal &equal, const Allocator &allocator)
        : hash_(hash), equal_(equal), node_allocator_(allocator), bucket_allocator_(allocator) {
        if (buckets)
            rehash(buckets);
    }
    hash_table(const hash_table &other)
        : max_load_factor_(other.max_load_factor_), hash_(other.hash_), equal_(other.equal_),
          node_allocator_(other.node_allocator_), bucket_allocator_(other.bucket_allocator_) {
        copy_from(other);
    }
    hash_table(hash_table &&other) noexcept
        : max_load_factor_(other.max_load_factor_), hash_(std::move(other.hash_)), equal_(std::move(other.equal_)),
          node_allocator_(std::move(other.node_allocator_)), bucket_allocator_(std::move(other.bucket_allocator_)) {
        take(other);
    }
    ~hash_table() { release(); }

    hash_table &operator=(const hash_table &other) {
        if (this != &other) {
            clear();
            hash_ = other.hash_;
            equal_ = other.equal_;
            max_load_factor_ = other.max_load_factor_;
            copy_from(other);
        }
        return *this;
    }
    hash_table &operator=(hash_table &&other) noexcept {
        if (this != &other) {
            release();
            hash_ = std::move(other.hash_);
            equal_ = std::move(other.equal_);
            max_load_factor_ = other.max_load_factor_;
            take(other);
        }
        return *this;
    }

    iterator begin() noexcept { return iterator(first_node(), buckets_, bucket_count_); }
    const_iterator begin() const noexcept { return const_iterator(first_node(), buckets_, bucket_count_); }
    iterator end() noexcept { return iterator(nullptr, buckets_, bucket_count_); }
    const_iterator end() const noexcept { return const_iterator(nullptr, buckets_, bucket_count_); }

    size_t size() const noexcept { return size_; }
    size_t max_size() const noexcept { return node_traits::max_size(node_allocator_); }
    const Hash &hash_function() const noexcept { return hash_; }
    const Equal &key_eq() const noexcept { return equal_; }
    Allocator allocator() const noexcept { return Allocator(node_allocator_); }

    size_t bucket_count() const noexcept { return bucket_count_; }
    size_t bucket_size(size_t bucket) const noexcept {
        size_t count = 0;
        for (node *current = buckets_[bucket]; current; current = current->next)
            ++count;
        return count;
    }
    template <class K>
    size_t bucket(const K &key) const {
        return bucket_count_ ? hash_(key) % bucket_count_ : 0;
    }
    float load_factor() const noexcept {
        return bucket_count_ ? static_cast<float>(size_) / static_cast<float>(bucket_count_) : 0.0f;
    }
    float max_load_factor() const noexcept { return max_load_factor_; }
    void max_load_factor(float factor) noexcept {
        if (factor > 0)
            max_load_factor_ = factor;
    }
    // Uses at least `wanted` buckets, and enough for the load factor.
    void rehash(size_t wanted) {
        size_t needed = minimum_buckets(size_);
        size_t count = hash_table_bucket_count(wanted > needed ? wanted : needed);
        if (count != bucket_count_)
            redistribute(count);
    }
    void reserve(size_t elements) { rehash(minimum_buckets(elements)); }

    void clear() noexcept {
        for (size_t bucket = 0; bucket < bucket_count_; ++bucket) {
            node *current = buckets_[bucket];
            while (current) {
                node *next = current->next;
                destroy_node(current);
                current = next;
            }
            buckets_[bucket] = nullptr;
        }
        size_ = 0;
        first_bucket_ = 0;
    }

    void swap(hash_table &other) noexcept {
        hash_table held(std::move(other));
        other = std::move(*this);
        *this = std::move(held);
    }

    template <class K>
    iterator find(const K &key) {
        return iterator(find_node(key, hash_(key)), buckets_, bucket_count_);
    }
    template <class K>
    const_iterator find(const K &key) const {
        return const_iterator(const_cast<hash_table *>(this)->find_node(key, hash_(key)), buckets_, bucket_count_);
    }
    template <class K>
    pair<iterator, iterator> equal_range(const K &key) {
        node *first = find_node(key, hash_(key));
        if (!first)
            return pair<iterator, iterator>(end(), end());
        iterator last(first, buckets_, bucket_count_);
        do {
            ++last;
        } while (last.__node() && equal_(KeyOf()(*last), key));
        return pair<iterator, iterator>(iterator(first, buckets_, bucket_count_), last);
    }
    template <class K>
    pair<const_iterator, const_iterator> equal_range(const K &key) const {
        auto range = const_cast<hash_table *>(this)->equal_range(key);
        return pair<const_iterator, const_iterator>(range.first, range.second);
    }
    template <class K>
    size_t count(const K &key) const {
        auto range = equal_range(key);
        size_t result = 0;
        for (auto current = range.first; current != range.second; ++current)
            ++result;
        return result;
    }

    template <class... Args>
    pair<iterator, bool> emplace_unique(Args &&...arguments) {
        node *created = create_node(std::forward<Args>(arguments)...);
        const Key &key = KeyOf()(*created->value());
        created->hash = hash_(key);
        if (node *existing = find_node(key, created->hash)) {
            destroy_node(created);
            return pair<iterator, bool>(iterator(existing, buckets_, bucket_count_), false);
        }
        return pair<iterator, bool>(link(created, nullptr), true);
    }
    // For try_emplace: builds the node only if the key is new.
    template <class K, class... Args>
    pair<iterator, bool> emplace_unique_key(K &&key, Args &&...arguments) {
        size_t hash = hash_(key);
        if (node *existing = find_node(key, hash))
            return pair<iterator, bool>(iterator(existing, buckets_, bucket_count_), false);
        node *created = create_node(piecewise_construct, std::forward_as_tuple(std::forward<K>(key)),
                                    std::forward_as_tuple(std::forward<Args>(arguments)...));
        created->hash = hash;
        return pair<iterator, bool>(link(created, nullptr), true);
    }
    template <class... Args>
    iterator emplace_equal(Args &&...arguments) {
        node *created = create_node(std::forward<Args>(arguments)...);
        const Key &key = KeyOf()(*created->value());
        created->hash = hash_(key);
        // Before the first equal key (as libstdc++ does): equal keys stay
        // together, the newest first. Grown first: growing moves nodes.
        grow_for_insert();
        node *after = nullptr;
        if (bucket_count_)
            for (node *current = buckets_[created->hash % bucket_count_], *previous = nullptr; current;
                 previous = current, current = current->next)
                if (current->hash == created->hash && equal_(KeyOf()(*current->value()), key)) {
                    if (!previous)
                        break;
                    after = previous;
                    break;
                }
        return link(created, after);
    }

    iterator erase(const_iterator position) noexcept {
        node *target = position.__node();
        iterator next(target, buckets_, bucket_count_);
        ++next;
        node **link_to = &buckets_[target->hash % bucket_count_];
        while (*link_to != target)
            link_to = &(*link_to)->next;
        *link_to = target->next;
        destroy_node(target);
        --size_;
        return next;
    }
    iterator erase(const_iterator first, const_iterator last) noexcept {
        while (first != last)
            first = erase(first);
        return iterator(last.__node(), buckets_, bucket_count_);
    }
    template <class K>
    size_t erase_key(const K &key) {
        auto range = equal_range(key);
        size_t removed = 0;
        for (auto current = range.first; current != range.second;) {
            current = erase(current);
            ++removed;
        }
        return removed;
    }

  private:
    size_t minimum_buckets(size_t elements) const noexcept {
        return static_cast<size_t>(static_cast<float>(elements) / max_load_factor_) + 1;
    }

    node *first_node() const noexcept {
        for (; first_bucket_ < bucket_count_; ++first_bucket_)
            if (buckets_[first_bucket_])
                return buckets_[first_bucket_];
        return nullptr;
    }

    template <class K>
    node *find_node(const K &key, size_t hash) {
        if (!bucket_count_)
            return nullptr;
        for (node *current = buckets_[hash % bucket_count_]; current; current = current->next)
            if (current->hash == hash && equal_(KeyOf()(*current->value()), key))
                return current;
        return nullptr;
    }

    // Makes room for one more element within the maximum load factor.
    void grow_for_insert() {
        if (static_cast<float>(size_ + 1) > static_cast<float>(bucket_count_) * max_load_factor_) {
            size_t needed = minimum_buckets(size_ + 1);
            redistribute(hash_table_bucket_count(bucket_count_ * 2 > needed ? bucket_count_ * 2 : needed));
        }
    }

    // Adds `created` (hash already set) after `after`, or at the front of
    // its bucket; grows the table first if needed (so `after` must be
    // found after growing).
    iterator link(node *created, node *after) {
        grow_for_insert();
        if (after) {
            created->next = after->next;
            after->next = created;
        } else {
            size_t bucket = created->hash % bucket_count_;
            created->next = buckets_[bucket];
            buckets_[bucket] = created;
            if (bucket < first_bucket_)
                first_bucket_ = bucket;
        }
        ++size_;
        return iterator(created, buckets_, bucket_count_);
    }

    // Moves every node into a new array of `count` buckets. Each old chain
    // is reversed first and its nodes then pushed onto the front of their
    // new chains, so equal keys keep their order.
    void redistribute(size_t count) {
        node **fresh = bucket_traits::allocate(bucket_allocator_, count);
        for (size_t bucket = 0; bucket < count; ++bucket)
            fresh[bucket] = nullptr;
        for (size_t bucket = 0; bucket < bucket_count_; ++bucket) {
            node *reversed = nullptr;
            for (node *current = buckets_[bucket]; current;) {
                node *next = current->next;
                current->next = reversed;
                reversed = current;
                current = next;
            }
            while (reversed) {
                node *next = reversed->next;
                node *&head = fresh[reversed->hash % count];
                reversed->next = head;
                head = reversed;
                reversed = next;
            }
        }
        if (buckets_)
            bucket_traits::deallocate(bucket_allocator_, buckets_, bucket_count_);
        buckets_ = fresh;
        bucket_count_ = count;
        first_bucket_ = 0;
    }

    template <class... Args>
    node *create_node(Args &&...arguments) {
        node *created = node_traits::allocate(node_allocator_, 1);
        ::new (static_cast<void *>(created->value())) Value(std::forward<Args>(arguments)...);
        created->next = nullptr;
        return created;
    }
    void destroy_node(node *target) noexcept {
        target->value()->~Value();
        node_traits::deallocate(node_allocator_, target, 1);
    }

    void copy_from(const hash_table &other) {
        if (!other.size_)
            return;
        redistribute(other.bucket_count_);
        for (size_t bucket = 0; bucket < other.bucket_count_; ++bucket) {
            node **tail = &buckets_[bucket];
            for (node *current = other.buckets_[bucket]; current; current = current->next) {
                node *copy = create_node(*current->value());
                copy->hash = current->hash;
                *tail = copy;
                tail = &copy->next;
            }
        }
        size_ = other.size_;
    }
    void take(hash_table &other) noexcept {
        first_bucket_ = std::exchange(other.first_bucket_, 0);
        buckets_ = std::exchange(other.buckets_, nullptr);
        bucket_count_ = std::exchange(other.bucket_count_, 0);
        size_ = std::exchange(other.size_, 0);
    }
    void release() noexcept {
        clear();
        if (buckets_)
            bucket_traits::deallocate(bucket_allocator_, buckets_, bucket_count_);
        buckets_ = nullptr;
        bucket_count_ = 0;
    }

    node **buckets_ = nullptr;
    size_t bucket_count_ = 0;
    size_t size_ = 0;
    // Every bucket before this one is empty (so begin() need not look there).
    mutable size_t first_bucket_ = 0;
    float max_load_factor_ = 1.0f;
    [[no_unique_address]] Hash hash_;
    [[no_unique_address]] Equal equal_;
    [[no_unique_address]] node_allocator node_allocator_;
    [[no_unique_address]] bucket_allocator bucket_allocator_;
};

template <class T, class = void> struct is_transparent_function : false_type {};
template <class T> struct is_transparent_function<T, void_t<typename T::is_transparent>> : true_type {};

// The members unordered_map, unordered_multimap, unordered_set and
// unordered_multiset share.
template <class Key, class Value, class KeyOf, class Hash, class Equal, class Allocator, bool ConstIterator>
class hash_container {
  protected:
    using table_type = hash_table<Key, Value, KeyOf, Hash, Equal, Allocator>;
    // Heterogeneous lookup needs both the hash and the equality transparent.
    template <class K>
    using require_transparent_key = enable_if_t<is_transparent_function<Hash>::value &&
                                                    is_transparent_function<Equal>::value &&
                                                    !is_convertible<const K &, const Key &>::value,
                                                int>;

  public:
    using key_type = Key;
    using value_type = Value;
    using size_type = size_t;
    using difference_type = ptrdiff_t;
    using hasher = Hash;
    using key_equal = Equal;
    using allocator_type = Allocator;
    using reference = Value &;
    using const_reference = const Value &;
    using pointer = Value *;
    using const_pointer = const Value *;
    using iterator = conditional_t<ConstIterator, typename table_type::const_iterator, typename table_type::iterator>;
    using const_iterator = typename table_type::const_iterator;

    allocator_type get_allocator() const noexcept { return table_.allocator(); }
    hasher hash_function() const { return table_.hash_function(); }
    key_equal key_eq() const { return table_.key_eq(); }

    iterator begin() noexcept { return iterator(table_.begin()); }
    const_iterator begin() const noexcept { return table_.begin(); }
    const_iterator cbegin() const noexcept { return table_.begin(); }
    iterator end() noexcept { return iterator(table_.end()); }
    const_iterator end() const noexcept { return table_.end(); }
    const_iterator cend() const noexcept { return table_.end(); }

    [[nodiscard]] bool empty() const noexcept { return table_.size() == 0; }
    size_type size() const noexcept { return table_.size(); }
    size_type max_size() const noexcept { return table_.max_size(); }
    void clear() noexcept { table_.clear(); }

    iterator erase(iterator position) { return iterator(table_.erase(position)); }
    template <bool Distinct = !ConstIterator, enable_if_t<Distinct, int> = 0>
    iterator erase(const_iterator position) {
        return iterator(table_.erase(position));
    }
    iterator erase(const_iterator first, const_iterator last) { return iterator(table_.erase(first, last)); }
    size_type erase(const key_type &key) { return table_.erase_key(key); }

    iterator find(const key_type &key) { return iterator(table_.find(key)); }
    const_iterator find(const key_type &key) const { return table_.find(key); }
    template <class K, require_transparent_key<K> = 0>
    iterator find(const K &key) {
        return iterator(table_.find(key));
    }
    template <class K, require_transparent_key<K> = 0>
    const_iterator find(const K &key) const {
        return table_.find(key);
    }
    size_type count(const key_type &key) const { return table_.count(key); }
    template <class K, require_transparent_key<K> = 0>
    size_type count(const K &key) const {
        return table_.count(key);
    }
    bool contains(const key_type &key) const { return table_.find(key) != table_.end(); }
    template <class K, require_transparent_key<K> = 0>
    bool contains(const K &key) const {
        return table_.find(key) != table_.end();
    }
    pair<iterator, iterator> equal_range(const key_type &key) {
        auto range = table_.equal_range(key);
        return pair<iterator, iterator>(range.first, range.second);
    }
    pair<const_iterator, const_iterator> equal_range(const key_type &key) const { return table_.equal_range(key); }

    size_type bucket_count() const noexcept { return table_.bucket_count(); }
    size_type max_bucket_count() const noexcept { return table_.max_size(); }
    size_type bucket_size(size_type bucket) const { return table_.bucket_size(bucket); }
    size_type bucket(const key_type &key) const { return table_.bucket(key); }
    float load_factor() const noexcept { return table_.load_factor(); }
    float max_load_factor() const noexcept { return table_.max_load_factor(); }
    void max_load_factor(float factor) { table_.max_load_factor(factor); }
    void rehash(size_type buckets) { table_.rehash(buckets); }
    void reserve(size_type elements) { table_.reserve(elements); }

    // Equal if each holds the same elements (for the multi forms, the same
    // number of each), whatever the order.
    friend bool operator==(const hash_container &left, const hash_container &right) {
        if (left.size() != right.size())
            return false;
        for (auto current = left.begin(); current != left.end();) {
            const Key &key = KeyOf()(*current);
            auto mine = left.table_.equal_range(key);
            auto theirs = right.table_.equal_range(key);
            size_t count = 0;
            for (auto scan = mine.first; scan != mine.second; ++scan)
                ++count;
            size_t other_count = 0;
            for (auto scan = theirs.first; scan != theirs.second; ++scan)
                ++other_count;
            if (count != other_count)
                return false;
            // Each element of this group must appear in theirs.
            for (auto scan = mine.first; scan != mine.second; ++scan) {
                bool found = false;
                for (auto other = theirs.first; other != theirs.second && !found; ++other)
                    found = *scan == *other;
                if (!found)
                    return false;
            }
            current = mine.second;
        }
        return true;
    }
    friend bool operator!=(const hash_container &left, const hash_container &right) { return !(left == right); }

  protected:
    hash_container() = default;
    hash_container(size_type buckets, const Hash &hash, const Equal &equal, const Allocator &allocator)
        : table_(buckets, hash, equal, allocator) {}

    table_type table_;
};

} // namespace std::__detail

#endif
