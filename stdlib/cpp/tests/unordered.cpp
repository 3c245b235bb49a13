// The hash containers: unordered_map, unordered_set and the multi forms.
// Their iteration order is unspecified, so everything printed here is
// sorted or counted first.
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

template <class Container>
std::vector<typename Container::value_type> sorted(const Container &container) {
    std::vector<typename Container::value_type> values(container.begin(), container.end());
    std::sort(values.begin(), values.end());
    return values;
}

template <class Map>
std::vector<std::pair<typename Map::key_type, typename Map::mapped_type>> sorted_entries(const Map &map) {
    std::vector<std::pair<typename Map::key_type, typename Map::mapped_type>> entries(map.begin(), map.end());
    std::sort(entries.begin(), entries.end());
    return entries;
}

struct PointHash {
    std::size_t operator()(const std::pair<int, int> &point) const {
        return std::hash<int>()(point.first) * 31 + std::hash<int>()(point.second);
    }
};

} // namespace

int main() {
    std::unordered_map<std::string, int> counts;
    const std::string text = "the cat and the dog and the bird";
    std::string word;
    for (char c : text + ' ') {
        if (c == ' ') {
            ++counts[word];
            word.clear();
        } else {
            word += c;
        }
    }
    std::cout << "word counts:";
    for (const auto &[key, value] : sorted_entries(counts))
        std::cout << ' ' << key << '=' << value;
    std::cout << '\n';
    std::cout << "lookups: " << counts.count("the") << counts.count("fish") << counts.at("and") << ' '
              << (counts.find("cat") != counts.end()) << '\n';
    counts.erase("the");
    counts.insert({"fish", 1});
    counts.emplace("cow", 2);
    counts.insert_or_assign("cat", 10);
    std::cout << "after edits:";
    for (const auto &[key, value] : sorted_entries(counts))
        std::cout << ' ' << key << '=' << value;
    std::cout << '\n';

    std::unordered_map<int, int> squares;
    for (int index = 0; index < 50000; ++index)
        squares[index] = index * index;
    std::cout << "grown: " << squares.size() << " load factor <= 1: " << (squares.load_factor() <= 1.0f)
              << " [777]=" << squares[777] << '\n';
    int removed = 0;
    for (auto entry = squares.begin(); entry != squares.end();) {
        if (entry->first % 2) {
            entry = squares.erase(entry);
            ++removed;
        } else {
            ++entry;
        }
    }
    long long sum = 0;
    for (const auto &entry : squares)
        sum += entry.first;
    std::cout << "erased while iterating: " << removed << " left " << squares.size() << " key sum " << sum << '\n';
    squares.reserve(200000);
    std::cout << "reserve: buckets >= 200000: " << (squares.bucket_count() >= 200000) << " size " << squares.size()
              << '\n';

    std::unordered_set<int> seen;
    int duplicates = 0;
    for (int value : {4, 8, 15, 16, 23, 42, 8, 15, 4})
        if (!seen.insert(value).second)
            ++duplicates;
    std::cout << "set: " << seen.size() << " unique, " << duplicates << " duplicates:";
    for (int value : sorted(seen))
        std::cout << ' ' << value;
    std::cout << '\n';

    std::unordered_set<std::pair<int, int>, PointHash> points{{1, 2}, {3, 4}, {1, 2}};
    std::cout << "custom hash: " << points.size() << ' ' << points.count({3, 4}) << '\n';

    std::unordered_multimap<std::string, int> multi;
    multi.insert({"a", 1});
    multi.insert({"b", 2});
    multi.insert({"a", 3});
    multi.emplace("a", 5);
    std::vector<int> a_values;
    auto [first, last] = multi.equal_range("a");
    for (auto entry = first; entry != last; ++entry)
        a_values.push_back(entry->second);
    std::sort(a_values.begin(), a_values.end());
    std::cout << "multimap a:";
    for (int value : a_values)
        std::cout << ' ' << value;
    std::cout << " count " << multi.count("a") << " erased " << multi.erase("a") << " left " << multi.size() << '\n';

    std::unordered_multiset<int> bag{1, 1, 2, 3, 3, 3};
    std::cout << "multiset: " << bag.count(3) << ' ' << bag.count(1) << ' ' << bag.size() << '\n';

    std::unordered_map<int, int> left{{1, 10}, {2, 20}};
    std::unordered_map<int, int> right{{2, 20}, {1, 10}};
    std::cout << "equality: " << (left == right);
    right[3] = 30;
    std::cout << (left == right) << '\n';
    std::unordered_map<int, int> moved = std::move(right);
    std::cout << "moved: " << moved.size() << ' ' << right.size() << '\n';
    return 0;
}
