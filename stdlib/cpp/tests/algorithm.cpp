// <algorithm> and <numeric>: sorting (unstable, stable, partial, nth),
// searching, partitioning, set operations on sorted ranges, heaps,
// permutations, and the numeric folds and scans.
#include <algorithm>
#include <functional>
#include <iostream>
#include <iterator>
#include <numeric>
#include <string>
#include <vector>

namespace {

// A fixed pseudo-random sequence (the same on every platform).
unsigned next_random(unsigned &state) {
    state = state * 1103515245u + 12345u;
    return (state >> 8) & 0xffff;
}

template <class Container>
void show(const char *label, const Container &values) {
    std::cout << label << ':';
    for (const auto &value : values)
        std::cout << ' ' << value;
    std::cout << '\n';
}

template <class Container>
unsigned long long fingerprint(const Container &values) {
    unsigned long long hash = 0;
    for (const auto &value : values)
        hash = hash * 1000003u + static_cast<unsigned long long>(value);
    return hash;
}

struct Record {
    int key;
    int id;
};

void sorting() {
    unsigned state = 7;
    std::vector<int> values(2000);
    for (int &value : values)
        value = static_cast<int>(next_random(state) % 1000);
    std::vector<int> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    std::cout << "sort: " << std::is_sorted(sorted.begin(), sorted.end()) << ' ' << sorted.front() << ' '
              << sorted.back() << ' ' << fingerprint(sorted) << '\n';
    std::vector<int> descending = values;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    std::cout << "sort greater: " << std::is_sorted(descending.begin(), descending.end(), std::greater<>()) << '\n';

    std::vector<Record> records;
    for (int id = 0; id < 300; ++id)
        records.push_back({static_cast<int>(next_random(state) % 10), id});
    std::vector<Record> stable = records;
    std::stable_sort(stable.begin(), stable.end(), [](const Record &a, const Record &b) { return a.key < b.key; });
    std::vector<int> ids;
    for (const Record &record : stable)
        ids.push_back(record.id);
    std::cout << "stable_sort keeps order of equal keys: " << fingerprint(ids) << '\n';
    std::vector<Record> unstable = records;
    std::sort(unstable.begin(), unstable.end(), [](const Record &a, const Record &b) { return a.key < b.key; });
    ids.clear();
    for (const Record &record : unstable)
        ids.push_back(record.id);
    std::cout << "sort order of equal keys: " << fingerprint(ids) << '\n';

    std::vector<int> partial = values;
    std::partial_sort(partial.begin(), partial.begin() + 8, partial.end());
    std::cout << "partial_sort first 8:";
    for (int index = 0; index < 8; ++index)
        std::cout << ' ' << partial[index];
    std::cout << '\n';
    std::vector<int> nth = values;
    std::nth_element(nth.begin(), nth.begin() + 1000, nth.end());
    std::cout << "nth_element median: " << nth[1000] << " (sorted: " << sorted[1000] << ")\n";
    std::vector<int> top(5);
    std::partial_sort_copy(values.begin(), values.end(), top.begin(), top.end(), std::greater<>());
    show("partial_sort_copy largest 5", top);

    std::vector<std::string> words{"pear", "fig", "apple", "kiwi", "banana", "date"};
    std::sort(words.begin(), words.end(),
              [](const std::string &a, const std::string &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    show("words by length", words);
}

void searching() {
    std::vector<int> values{1, 3, 3, 5, 7, 9, 9, 9, 11};
    std::cout << "find: " << (std::find(values.begin(), values.end(), 7) - values.begin()) << ' '
              << (std::find_if(values.begin(), values.end(), [](int value) { return value > 8; }) - values.begin())
              << ' ' << (std::find_if_not(values.begin(), values.end(), [](int value) { return value < 5; }) - values.begin())
              << '\n';
    std::cout << "count: " << std::count(values.begin(), values.end(), 9) << ' '
              << std::count_if(values.begin(), values.end(), [](int value) { return value % 3 == 0; }) << '\n';
    std::cout << "bounds of 9: " << (std::lower_bound(values.begin(), values.end(), 9) - values.begin()) << ' '
              << (std::upper_bound(values.begin(), values.end(), 9) - values.begin()) << ' '
              << std::binary_search(values.begin(), values.end(), 4) << std::binary_search(values.begin(), values.end(), 5)
              << '\n';
    auto range = std::equal_range(values.begin(), values.end(), 3);
    std::cout << "equal_range of 3: " << (range.first - values.begin()) << ' ' << (range.second - values.begin()) << '\n';
    std::cout << "min/max: " << *std::min_element(values.begin(), values.end()) << ' '
              << *std::max_element(values.begin(), values.end()) << ' ' << std::min(4, 2) << ' ' << std::max({4, 8, 6})
              << ' ' << std::minmax(9, 3).first << ' ' << std::clamp(15, 0, 10) << '\n';
    std::cout << "adjacent_find: " << (std::adjacent_find(values.begin(), values.end()) - values.begin()) << '\n';
    std::string text = "needle in a haystack with a needle";
    std::string needle = "needle";
    std::cout << "search: " << (std::search(text.begin(), text.end(), needle.begin(), needle.end()) - text.begin())
              << " find_end: " << (std::find_end(text.begin(), text.end(), needle.begin(), needle.end()) - text.begin())
              << " search_n: " << (std::search_n(values.begin(), values.end(), 3, 9) - values.begin()) << '\n';
    std::vector<int> other{1, 3, 4};
    auto mismatch = std::mismatch(values.begin(), values.end(), other.begin(), other.end());
    std::cout << "mismatch at: " << (mismatch.first - values.begin()) << " equal: "
              << std::equal(values.begin(), values.begin() + 2, other.begin()) << " lexicographical: "
              << std::lexicographical_compare(values.begin(), values.end(), other.begin(), other.end()) << '\n';
    std::cout << "all/any/none: " << std::all_of(values.begin(), values.end(), [](int value) { return value % 2; })
              << std::any_of(values.begin(), values.end(), [](int value) { return value > 10; })
              << std::none_of(values.begin(), values.end(), [](int value) { return value < 0; }) << '\n';
}

void modifying() {
    std::vector<int> values(10);
    std::iota(values.begin(), values.end(), 1);
    std::reverse(values.begin(), values.end());
    show("reverse", values);
    std::rotate(values.begin(), values.begin() + 3, values.end());
    show("rotate by 3", values);
    values.erase(std::remove(values.begin(), values.end(), 5), values.end());
    values.erase(std::remove_if(values.begin(), values.end(), [](int value) { return value % 4 == 0; }), values.end());
    show("remove 5 and multiples of 4", values);
    std::replace(values.begin(), values.end(), 7, 70);
    std::replace_if(values.begin(), values.end(), [](int value) { return value < 3; }, 0);
    show("replace", values);
    std::vector<int> squares;
    std::transform(values.begin(), values.end(), std::back_inserter(squares), [](int value) { return value * value; });
    show("transform", squares);
    std::vector<int> sums(values.size());
    std::transform(values.begin(), values.end(), squares.begin(), sums.begin(), std::plus<>());
    show("transform binary", sums);
    std::vector<int> copied;
    std::copy_if(sums.begin(), sums.end(), std::back_inserter(copied), [](int value) { return value % 2 == 0; });
    std::copy_n(values.begin(), 2, std::back_inserter(copied));
    show("copy_if and copy_n", copied);
    std::vector<int> filled(6);
    std::fill(filled.begin(), filled.end(), 1);
    std::fill_n(filled.begin() + 1, 2, 8);
    int counter = 0;
    std::generate(filled.begin() + 4, filled.end(), [&counter] { return counter += 10; });
    show("fill and generate", filled);
    std::vector<int> duplicates{1, 1, 2, 3, 3, 3, 4, 1, 1};
    duplicates.erase(std::unique(duplicates.begin(), duplicates.end()), duplicates.end());
    show("unique", duplicates);
    std::vector<int> backward(5);
    std::copy_backward(duplicates.begin(), duplicates.begin() + 3, backward.end());
    show("copy_backward", backward);
    int total = 0;
    std::for_each(duplicates.begin(), duplicates.end(), [&total](int value) { total += value; });
    std::cout << "for_each total: " << total << '\n';
    std::swap_ranges(backward.begin(), backward.begin() + 2, duplicates.begin());
    show("swap_ranges", backward);
}

void partitions_and_sets() {
    std::vector<int> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    std::vector<int> unstable = values;
    auto split = std::partition(unstable.begin(), unstable.end(), [](int value) { return value % 3 == 0; });
    std::cout << "partition: " << (split - unstable.begin()) << ':';
    for (int value : unstable)
        std::cout << ' ' << value;
    std::cout << '\n';
    std::vector<int> stable = values;
    std::stable_partition(stable.begin(), stable.end(), [](int value) { return value % 3 == 0; });
    show("stable_partition", stable);
    std::cout << "is_partitioned: " << std::is_partitioned(stable.begin(), stable.end(), [](int value) { return value % 3 == 0; })
              << " point: "
              << (std::partition_point(stable.begin(), stable.end(), [](int value) { return value % 3 == 0; }) - stable.begin())
              << '\n';

    std::vector<int> left{1, 3, 5, 7, 9}, right{3, 4, 5, 6};
    std::vector<int> merged, united, common, difference, symmetric;
    std::merge(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(merged));
    std::set_union(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(united));
    std::set_intersection(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(common));
    std::set_difference(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(difference));
    std::set_symmetric_difference(left.begin(), left.end(), right.begin(), right.end(), std::back_inserter(symmetric));
    show("merge", merged);
    show("set_union", united);
    show("set_intersection", common);
    show("set_difference", difference);
    show("set_symmetric_difference", symmetric);
    std::cout << "includes: " << std::includes(united.begin(), united.end(), common.begin(), common.end()) << '\n';
    std::vector<int> halves{2, 4, 6, 8, 1, 3, 5, 7};
    std::inplace_merge(halves.begin(), halves.begin() + 4, halves.end());
    show("inplace_merge", halves);
}

void heaps_and_permutations() {
    std::vector<int> heap{5, 7, 1, 3, 9, 2, 8};
    std::make_heap(heap.begin(), heap.end());
    show("make_heap", heap);
    heap.push_back(6);
    std::push_heap(heap.begin(), heap.end());
    show("push_heap", heap);
    std::pop_heap(heap.begin(), heap.end());
    std::cout << "pop_heap took " << heap.back() << '\n';
    heap.pop_back();
    std::sort_heap(heap.begin(), heap.end());
    show("sort_heap", heap);
    std::cout << "is_heap: " << std::is_heap(heap.begin(), heap.end()) << '\n';

    std::string letters = "abc";
    std::cout << "permutations:";
    do
        std::cout << ' ' << letters;
    while (std::next_permutation(letters.begin(), letters.end()));
    std::cout << " | back to " << letters << '\n';
    std::vector<int> digits{3, 1, 2};
    std::prev_permutation(digits.begin(), digits.end());
    show("prev_permutation", digits);
    std::vector<int> shuffled{2, 3, 1};
    std::cout << "is_permutation: " << std::is_permutation(digits.begin(), digits.end(), shuffled.begin()) << '\n';
}

void numerics() {
    std::vector<int> values{1, 2, 3, 4, 5};
    std::cout << "accumulate: " << std::accumulate(values.begin(), values.end(), 0) << ' '
              << std::accumulate(values.begin(), values.end(), 1, std::multiplies<>()) << ' '
              << std::accumulate(values.begin(), values.end(), std::string("x"),
                                 [](std::string text, int value) { return text + std::to_string(value); })
              << '\n';
    std::cout << "reduce: " << std::reduce(values.begin(), values.end()) << " inner_product: "
              << std::inner_product(values.begin(), values.end(), values.begin(), 0) << " transform_reduce: "
              << std::transform_reduce(values.begin(), values.end(), 0, std::plus<>(), [](int value) { return value * 10; })
              << '\n';
    std::vector<int> output(values.size());
    std::partial_sum(values.begin(), values.end(), output.begin());
    show("partial_sum", output);
    std::adjacent_difference(output.begin(), output.end(), output.begin());
    show("adjacent_difference", output);
    std::inclusive_scan(values.begin(), values.end(), output.begin());
    show("inclusive_scan", output);
    std::exclusive_scan(values.begin(), values.end(), output.begin(), 100);
    show("exclusive_scan", output);
    std::vector<double> ramp(4);
    std::iota(ramp.begin(), ramp.end(), 0.5);
    show("iota", ramp);
    std::cout << "gcd/lcm: " << std::gcd(84, 36) << ' ' << std::gcd(-12, 18) << ' ' << std::lcm(4, 6) << ' '
              << std::lcm(21, 6) << ' ' << std::gcd(0, 5) << '\n';
}

} // namespace

int main() {
    sorting();
    searching();
    modifying();
    partitions_and_sets();
    heaps_and_permutations();
    numerics();
    return 0;
}
