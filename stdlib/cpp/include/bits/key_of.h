// bits/key_of.h: how the associative containers find an element's key:
// a set element is its own key, a map element's key is its first member.
#ifndef _WASMOS_CPP_BITS_KEY_OF_H
#define _WASMOS_CPP_BITS_KEY_OF_H

namespace std::__detail {

template <class Key>
struct set_key_of {
    const Key &operator()(const Key &value) const noexcept { return value; }
};

template <class Key, class Value>
struct map_key_of {
    const Key &operator()(const Value &value) const noexcept { return value.first; }
};

} // namespace std::__detail

#endif
