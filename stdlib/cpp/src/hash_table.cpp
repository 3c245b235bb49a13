// hash_table.cpp: the bucket counts of the unordered containers: primes
// roughly doubling, so that a weak hash still spreads over the buckets.
#include <bits/hash_table.h>

namespace std::__detail {

namespace {
constexpr size_t primes[] = {
    13ul,        29ul,        59ul,        127ul,       257ul,        541ul,        1109ul,      2357ul,
    5087ul,      10273ul,     20753ul,     42043ul,     85229ul,      172933ul,     351061ul,    712697ul,
    1447153ul,   2938679ul,   5967347ul,   12117689ul,  24607243ul,   49969847ul,   101473717ul, 206062531ul,
    418460329ul, 849757709ul, 1725587117ul, 4294967291ul,
};
} // namespace

size_t hash_table_bucket_count(size_t wanted) noexcept {
    for (size_t prime : primes)
        if (prime >= wanted)
            return prime;
    return primes[sizeof primes / sizeof primes[0] - 1];
}

} // namespace std::__detail
