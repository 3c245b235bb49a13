// vec-test-cpp: a test suite for std::vector. Prints one line per check
// ("ok" or "FAIL", a number and what was checked), then a summary; exits
// with status 0 if every check passed, 1 otherwise. The expected values are
// those of the C++ standard (and of libstdc++ for capacity growth), so the
// output is the same when built with g++ on Linux.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <memory>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace {

int checks_run = 0;
int checks_failed = 0;

void check(bool passed, const char *description) {
    ++checks_run;
    if (!passed)
        ++checks_failed;
    std::cout << (passed ? "ok   " : "FAIL ") << checks_run << " - " << description << '\n';
}

template <class T>
std::string joined(const std::vector<T> &values) {
    std::string text;
    for (const T &value : values) {
        if (!text.empty())
            text += ',';
        text += std::to_string(value);
    }
    return text;
}

// Counts its constructions and destructions, to check that the vector
// destroys exactly what it built.
struct Tracked {
    static int alive;
    static int copies;
    static int moves;
    int value;

    explicit Tracked(int initial = 0) : value(initial) { ++alive; }
    Tracked(const Tracked &other) : value(other.value) {
        ++alive;
        ++copies;
    }
    Tracked(Tracked &&other) noexcept : value(other.value) {
        other.value = -1;
        ++alive;
        ++moves;
    }
    Tracked &operator=(const Tracked &other) {
        value = other.value;
        ++copies;
        return *this;
    }
    Tracked &operator=(Tracked &&other) noexcept {
        value = other.value;
        other.value = -1;
        ++moves;
        return *this;
    }
    ~Tracked() { --alive; }
    bool operator==(const Tracked &other) const { return value == other.value; }
};
int Tracked::alive = 0;
int Tracked::copies = 0;
int Tracked::moves = 0;

// Has no default constructor.
struct Point {
    int x;
    int y;
    Point(int across, int down) : x(across), y(down) {}
};

struct alignas(32) Wide {
    double lanes[4];
};

void construction() {
    std::vector<int> empty;
    check(empty.empty() && empty.size() == 0 && empty.capacity() == 0, "default-constructed vector is empty");
    std::vector<int> zeros(5);
    check(zeros.size() == 5 && joined(zeros) == "0,0,0,0,0", "vector(5) value-initialises five elements");
    std::vector<int> sevens(3, 7);
    check(joined(sevens) == "7,7,7", "vector(3, 7) fills with copies");
    std::vector<int> listed{1, 2, 3, 4};
    check(joined(listed) == "1,2,3,4" && listed.capacity() == 4, "initializer list, exact capacity");
    const int raw[] = {9, 8, 7};
    std::vector<int> ranged(std::begin(raw), std::end(raw));
    check(joined(ranged) == "9,8,7", "constructed from an iterator range");
    std::vector<int> copied(listed);
    check(copied == listed && copied.data() != listed.data(), "copy constructor copies the elements");
    std::vector<int> moved(std::move(copied));
    check(moved == listed && copied.empty(), "move constructor steals and empties the source");
    std::vector deduced{1.5, 2.5};
    check(sizeof(deduced[0]) == sizeof(double) && deduced.size() == 2, "class template argument deduction");
    std::vector<std::string> words(2, "hi");
    check(words[0] == "hi" && words[1] == "hi", "vector of strings from a count and a value");
}

void element_access() {
    std::vector<int> values{10, 20, 30};
    check(values[1] == 20 && values.at(2) == 30, "operator[] and at()");
    check(values.front() == 10 && values.back() == 30, "front() and back()");
    check(values.data() == &values[0] && *(values.data() + 2) == 30, "data() points at contiguous storage");
    values[0] = 11;
    values.at(1) = 21;
    values.back() = 31;
    check(joined(values) == "11,21,31", "elements can be assigned through references");
    const std::vector<int> &constant = values;
    check(constant.front() + constant.back() == 42, "const access");
}

void iteration() {
    std::vector<int> values{1, 2, 3, 4, 5};
    int sum = 0;
    for (int value : values)
        sum += value;
    check(sum == 15, "range-for visits every element");
    check(values.end() - values.begin() == 5, "end() - begin() is size()");
    std::vector<int> reversed(values.rbegin(), values.rend());
    check(joined(reversed) == "5,4,3,2,1", "reverse iterators");
    std::vector<int>::const_iterator constant = values.begin();
    check(*constant == 1 && constant == values.cbegin(), "iterator converts to const_iterator");
    auto middle = values.begin() + 2;
    check(*middle == 3 && middle[1] == 4 && *(middle - 1) == 2, "random-access iterator arithmetic");
    check(values.begin() < middle && middle < values.end(), "iterator comparisons");
    for (auto &value : values)
        value *= 10;
    check(joined(values) == "10,20,30,40,50", "elements modified through iterators");
    check(std::distance(values.cbegin(), values.cend()) == 5, "std::distance over const iterators");
}

void capacity() {
    std::vector<int> values;
    std::vector<std::size_t> seen;
    for (int index = 0; index < 17; ++index) {
        values.push_back(index);
        if (seen.empty() || seen.back() != values.capacity())
            seen.push_back(values.capacity());
    }
    check(joined(seen) == "1,2,4,8,16,32", "capacity doubles as elements are pushed");
    values.reserve(100);
    check(values.capacity() == 100 && values.size() == 17, "reserve() sets capacity, keeps size");
    const int *before = values.data();
    for (int index = 0; index < 83; ++index)
        values.push_back(index);
    check(values.data() == before, "no reallocation within reserved capacity");
    values.reserve(10);
    check(values.capacity() == 100, "reserve() never shrinks");
    values.resize(3);
    values.shrink_to_fit();
    check(values.capacity() == 3 && joined(values) == "0,1,2", "shrink_to_fit() after resize()");
    values.clear();
    check(values.empty() && values.capacity() == 3, "clear() keeps the capacity");
    check(values.max_size() >= 1000000, "max_size() is large");
}

void modifiers() {
    std::vector<int> values{1, 2, 3};
    values.push_back(4);
    values.emplace_back(5);
    check(joined(values) == "1,2,3,4,5", "push_back() and emplace_back()");
    int &added = values.emplace_back(6);
    check(added == 6 && &added == &values.back(), "emplace_back() returns the new element");
    values.pop_back();
    check(joined(values) == "1,2,3,4,5", "pop_back()");
    auto position = values.insert(values.begin() + 1, 9);
    check(joined(values) == "1,9,2,3,4,5" && *position == 9, "insert() one element in the middle");
    values.insert(values.end(), 2, 0);
    check(joined(values) == "1,9,2,3,4,5,0,0", "insert() a count at the end");
    const std::vector<int> more{7, 8};
    values.insert(values.begin(), more.begin(), more.end());
    check(joined(values) == "7,8,1,9,2,3,4,5,0,0", "insert() a range at the front");
    values.insert(values.begin() + 3, {100, 200});
    check(joined(values) == "7,8,1,100,200,9,2,3,4,5,0,0", "insert() an initializer list");
    values.emplace(values.begin(), 42);
    check(values.front() == 42 && values.size() == 13, "emplace() at the front");
    auto after = values.erase(values.begin() + 1);
    check(*after == 8 && values.size() == 12, "erase() one element returns the next");
    values.erase(values.begin() + 3, values.begin() + 5);
    check(joined(values) == "42,8,1,9,2,3,4,5,0,0", "erase() a range");
    values.erase(std::remove(values.begin(), values.end(), 0), values.end());
    check(joined(values) == "42,8,1,9,2,3,4,5", "erase-remove idiom");
    values.resize(10, -1);
    check(joined(values) == "42,8,1,9,2,3,4,5,-1,-1", "resize() larger with a value");
    values.resize(2);
    check(joined(values) == "42,8", "resize() smaller");
    values.assign(4, 3);
    check(joined(values) == "3,3,3,3", "assign() a count");
    values.assign({5, 6});
    check(joined(values) == "5,6", "assign() a list");
    std::vector<int> other{1};
    values.swap(other);
    check(joined(values) == "1" && joined(other) == "5,6", "swap() exchanges contents");
    std::swap(values, other);
    check(joined(values) == "5,6", "std::swap on vectors");
}

void aliasing() {
    std::vector<int> values{1, 2, 3};
    values.shrink_to_fit();
    values.push_back(values[0]);
    check(joined(values) == "1,2,3,1", "push_back() of an own element while reallocating");
    values.insert(values.begin(), values[2]);
    check(joined(values) == "3,1,2,3,1", "insert() of an own element");
    values.insert(values.begin() + 1, values.size(), values.back());
    check(joined(values) == "3,1,1,1,1,1,1,2,3,1", "insert() of copies of an own element");
    const std::vector<int> &same_vector = values;
    values = same_vector;
    check(values.size() == 10 && values[9] == 1, "self-assignment");
    std::vector<std::string> words{"alpha", "beta"};
    words.emplace_back(words[0]);
    check(words[2] == "alpha" && words[0] == "alpha", "emplace_back() copying an own string");
}

void comparisons() {
    const std::vector<int> small{1, 2, 3};
    const std::vector<int> same{1, 2, 3};
    const std::vector<int> larger{1, 2, 4};
    const std::vector<int> longer{1, 2, 3, 0};
    check(small == same && !(small != same), "equal vectors compare equal");
    check(small < larger && larger > small, "lexicographic order by elements");
    check(small < longer && small <= longer && longer >= small, "a prefix orders first");
    check(!(small < same) && small <= same && small >= same, "<= and >= on equal vectors");
}

void element_lifetimes() {
    Tracked::alive = 0;
    {
        std::vector<Tracked> values;
        for (int index = 0; index < 10; ++index)
            values.emplace_back(index);
        check(Tracked::alive == 10, "ten live elements after ten emplace_back()s");
        values.erase(values.begin() + 2, values.begin() + 5);
        check(Tracked::alive == 7 && values[2].value == 5, "erase() destroys exactly the removed count");
        values.insert(values.begin(), 3, Tracked(7));
        check(Tracked::alive == 10 && values[0].value == 7 && values[3].value == 0, "insert() of copies");
        values.resize(4);
        check(Tracked::alive == 4, "resize() smaller destroys the tail");
        values.shrink_to_fit();
        check(Tracked::alive == 4, "reallocation keeps the live count");
        Tracked::moves = 0;
        Tracked::copies = 0;
        values.reserve(64);
        check(Tracked::moves == 4 && Tracked::copies == 0, "reallocation moves (noexcept move) rather than copies");
        std::vector<Tracked> copy = values;
        check(Tracked::alive == 8 && copy == values, "copying doubles the live count");
    }
    check(Tracked::alive == 0, "every element destroyed with the vectors");
}

void special_element_types() {
    std::vector<std::unique_ptr<int>> owners;
    for (int index = 0; index < 5; ++index)
        owners.push_back(std::make_unique<int>(index * index));
    owners.erase(owners.begin());
    check(owners.size() == 4 && *owners[0] == 1 && *owners[3] == 16, "move-only elements");
    std::vector<Point> points;
    points.emplace_back(1, 2);
    points.emplace_back(3, 4);
    points.insert(points.begin(), Point(0, 0));
    check(points.size() == 3 && points[2].y == 4, "elements without a default constructor");
    std::vector<Wide> wide(3);
    const auto address = reinterpret_cast<std::uintptr_t>(wide.data());
    check(address % 32 == 0, "over-aligned elements are aligned");
    std::vector<std::vector<int>> grid(3, std::vector<int>(4, 1));
    grid[1][2] = 5;
    int total = 0;
    for (const auto &row : grid)
        total = std::accumulate(row.begin(), row.end(), total);
    check(grid.size() == 3 && grid[1].size() == 4 && total == 16, "vector of vectors");
    std::vector<bool> flags(10, false);
    flags[3] = true;
    flags.push_back(true);
    check(std::count(flags.begin(), flags.end(), true) == 2 && flags.size() == 11, "vector<bool>");
}

void with_algorithms() {
    std::vector<int> values(20);
    std::iota(values.begin(), values.end(), 1);
    check(std::accumulate(values.begin(), values.end(), 0) == 210, "iota and accumulate");
    std::reverse(values.begin(), values.end());
    std::sort(values.begin(), values.end());
    check(std::is_sorted(values.begin(), values.end()) && values.front() == 1, "reverse then sort");
    auto found = std::find(values.begin(), values.end(), 13);
    check(found - values.begin() == 12, "find returns the position");
    std::vector<int> evens;
    std::copy_if(values.begin(), values.end(), std::back_inserter(evens), [](int value) { return value % 2 == 0; });
    check(evens.size() == 10 && evens.back() == 20, "copy_if into a back_inserter");
    std::vector<int> squares(evens.size());
    std::transform(evens.begin(), evens.end(), squares.begin(), [](int value) { return value * value; });
    check(squares[9] == 400, "transform");
    check(std::binary_search(values.begin(), values.end(), 17), "binary_search on a sorted vector");
    std::vector<int> big(1000000, 1);
    check(std::accumulate(big.begin(), big.end(), 0) == 1000000, "a million elements");
}

} // namespace

int main() {
    construction();
    element_access();
    iteration();
    capacity();
    modifiers();
    aliasing();
    comparisons();
    element_lifetimes();
    special_element_types();
    with_algorithms();
    std::cout << '\n'
              << checks_run - checks_failed << " of " << checks_run << " checks passed";
    if (checks_failed)
        std::cout << ", " << checks_failed << " FAILED";
    std::cout << '\n';
    return checks_failed == 0 ? 0 : 1;
}
