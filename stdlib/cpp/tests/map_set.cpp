// The ordered associative containers: map, multimap, set and multiset kept
// sorted by a red-black tree: insertion forms, lookup, bounds, erasure,
// custom comparisons and in-order iteration after heavy churn.
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

struct ByLength {
    bool operator()(const std::string &left, const std::string &right) const {
        return left.size() < right.size() || (left.size() == right.size() && left < right);
    }
};

template <class Map>
void show_map(const char *label, const Map &map) {
    std::cout << label << " (" << map.size() << "):";
    for (const auto &[key, value] : map)
        std::cout << ' ' << key << '=' << value;
    std::cout << '\n';
}

template <class Set>
void show_set(const char *label, const Set &set) {
    std::cout << label << " (" << set.size() << "):";
    for (const auto &value : set)
        std::cout << ' ' << value;
    std::cout << '\n';
}

void maps() {
    std::map<std::string, int> ages;
    ages["carol"] = 35;
    ages["alice"] = 30;
    ages.insert({"bob", 25});
    ages.insert(std::make_pair(std::string("dave"), 40));
    ages.emplace("eve", 28);
    ages.try_emplace("frank", 33);
    show_map("inserted", ages);
    auto [where, inserted] = ages.insert({"alice", 99});
    std::cout << "duplicate insert: " << inserted << ' ' << where->second << '\n';
    ages.insert_or_assign("alice", 31);
    ages.try_emplace("bob", 99);
    ++ages["bob"];
    std::cout << "after updates: alice=" << ages.at("alice") << " bob=" << ages["bob"] << " zed=" << ages["zed"]
              << '\n';
    std::cout << "count/find: " << ages.count("eve") << ages.count("nobody") << (ages.find("carol") != ages.end())
              << '\n';
    std::cout << "bounds: " << ages.lower_bound("c")->first << ' ' << ages.upper_bound("carol")->first << ' '
              << (ages.lower_bound("zz") == ages.end()) << '\n';
    ages.erase("zed");
    ages.erase(ages.begin());
    ages.erase(ages.find("eve"), ages.end());
    show_map("erased", ages);
    std::cout << "reverse:";
    for (auto entry = ages.rbegin(); entry != ages.rend(); ++entry)
        std::cout << ' ' << entry->first;
    std::cout << '\n';

    std::map<int, std::string, std::greater<int>> descending{{1, "one"}, {3, "three"}, {2, "two"}};
    show_map("greater<int>", descending);
    std::map<std::string, int, ByLength> by_length{{"ccc", 3}, {"a", 1}, {"bb", 2}, {"aa", 22}};
    show_map("custom comparison", by_length);
    std::map<std::string, int, std::less<>> transparent{{"key", 1}};
    std::cout << "transparent find: " << (transparent.find("key") != transparent.end()) << '\n';

    std::map<int, int> copy = {{1, 1}, {2, 4}};
    std::map<int, int> same = copy;
    std::cout << "equal: " << (copy == same);
    same[3] = 9;
    std::cout << " after change: " << (copy == same) << " less: " << (copy < same) << '\n';

    std::multimap<std::string, int> scores;
    scores.insert({"ann", 90});
    scores.insert({"bob", 70});
    scores.insert({"ann", 85});
    scores.emplace("ann", 95);
    std::cout << "multimap ann:";
    auto [first, last] = scores.equal_range("ann");
    for (auto score = first; score != last; ++score)
        std::cout << ' ' << score->second;
    std::cout << " count " << scores.count("ann") << '\n';
    scores.erase("ann");
    show_map("multimap after erase", scores);
}

void sets() {
    std::set<int> numbers{5, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    show_set("set", numbers);
    std::cout << "insert existing: " << numbers.insert(4).second << " new: " << numbers.insert(7).second << '\n';
    std::cout << "bounds: " << *numbers.lower_bound(7) << ' ' << *numbers.upper_bound(7) << ' '
              << std::distance(numbers.begin(), numbers.find(6)) << '\n';
    numbers.erase(1);
    numbers.erase(numbers.find(9));
    show_set("erased", numbers);
    std::set<std::string, std::greater<>> words{"pear", "apple", "fig"};
    show_set("greater strings", words);
    std::multiset<int> repeated{3, 1, 3, 2, 3};
    show_set("multiset", repeated);
    repeated.erase(repeated.find(3));
    std::cout << "after erasing one 3: " << repeated.count(3) << ' ';
    repeated.erase(3);
    std::cout << "after erasing all: " << repeated.count(3) << ' ' << repeated.size() << '\n';
}

void churn() {
    // Many inserts and erases in a scrambled order; the tree must stay sorted.
    std::map<int, int> tree;
    for (int index = 0; index < 20000; ++index)
        tree[(index * 7919) % 20011] = index;
    for (int key = 0; key < 20011; key += 3)
        tree.erase(key);
    bool sorted = true;
    int previous = -1;
    long long sum = 0;
    for (const auto &[key, value] : tree) {
        sorted = sorted && key > previous && key % 3 != 0;
        previous = key;
        sum += value;
    }
    std::cout << "churn: size " << tree.size() << " sorted " << sorted << " sum " << sum << '\n';
    std::set<int> ordered;
    for (int index = 0; index < 100000; ++index)
        ordered.insert(index);
    std::cout << "sequential inserts: " << ordered.size() << ' ' << *ordered.begin() << ' ' << *ordered.rbegin()
              << '\n';
}

} // namespace

int main() {
    maps();
    sets();
    churn();
    return 0;
}
