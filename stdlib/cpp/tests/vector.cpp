// std::vector beyond the vec-test-cpp app: growth as elements are added,
// element lifetimes across insert/erase/reallocation, vector<bool>, and
// vectors of non-trivial elements.
#include <algorithm>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>

namespace {

struct Counted {
    static int live;
    static int constructed;
    int value;
    explicit Counted(int initial = 0) : value(initial) {
        ++live;
        ++constructed;
    }
    Counted(const Counted &other) : value(other.value) {
        ++live;
        ++constructed;
    }
    Counted(Counted &&other) noexcept : value(other.value) {
        other.value = -1;
        ++live;
        ++constructed;
    }
    Counted &operator=(const Counted &) = default;
    Counted &operator=(Counted &&) = default;
    ~Counted() { --live; }
};
int Counted::live = 0;
int Counted::constructed = 0;

template <class Vector>
void show(const char *label, const Vector &values) {
    std::cout << label << " (" << values.size() << '/' << values.capacity() << "):";
    for (const auto &value : values)
        std::cout << ' ' << value;
    std::cout << '\n';
}

} // namespace

int main() {
    std::vector<int> growing;
    std::cout << "capacities:";
    for (int index = 0; index < 40; ++index) {
        growing.push_back(index);
        std::cout << ' ' << growing.capacity();
    }
    std::cout << '\n';
    growing.insert(growing.begin() + 10, 30, 7);
    std::cout << "after inserting 30: " << growing.size() << '/' << growing.capacity() << '\n';
    std::vector<int> resized;
    resized.resize(5);
    resized.resize(7);
    resized.resize(20);
    std::cout << "resize capacities: " << resized.capacity() << '\n';

    std::vector<int> values{5, 3, 8, 1, 9, 2};
    show("start", values);
    values.insert(values.begin() + 2, {10, 11});
    show("insert list", values);
    const std::vector<int> tail(values.begin() + 4, values.end());
    values.insert(values.begin(), tail.begin(), tail.end());
    show("insert range", values);
    values.erase(std::remove_if(values.begin(), values.end(), [](int value) { return value % 2 == 0; }), values.end());
    show("odd only", values);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    show("sorted unique", values);
    values.shrink_to_fit();
    show("shrunk", values);
    std::vector<int> assigned;
    assigned.assign(values.rbegin(), values.rend());
    show("assigned reversed", assigned);
    std::cout << "compare: " << (values < assigned) << (values == values) << (assigned > values) << '\n';

    {
        std::vector<Counted> items;
        for (int index = 0; index < 8; ++index)
            items.emplace_back(index);
        items.insert(items.begin() + 3, Counted(100));
        items.erase(items.begin(), items.begin() + 2);
        items.emplace(items.end() - 1, 200);
        std::cout << "counted values:";
        for (const Counted &item : items)
            std::cout << ' ' << item.value;
        std::cout << "\nlive " << Counted::live << " after " << Counted::constructed << " constructions\n";
        items.clear();
        std::cout << "after clear live " << Counted::live << " capacity kept " << (items.capacity() > 0) << '\n';
    }
    std::cout << "after scope live " << Counted::live << '\n';

    std::vector<std::string> words{"delta", "alpha", "charlie", "bravo"};
    std::sort(words.begin(), words.end());
    words.emplace_back(3, '!');
    words.insert(words.begin() + 1, "inserted");
    show("strings", words);

    std::vector<std::vector<int>> triangle;
    for (int row = 0; row < 6; ++row) {
        triangle.emplace_back(row + 1, 1);
        for (int column = 1; column < row; ++column)
            triangle[row][column] = triangle[row - 1][column - 1] + triangle[row - 1][column];
    }
    for (const auto &row : triangle) {
        for (int value : row)
            std::cout << value << ' ';
        std::cout << '\n';
    }

    std::vector<bool> flags(70, false);
    flags[3] = flags[65] = true;
    flags.push_back(true);
    flags.flip();
    std::cout << "vector<bool>: size " << flags.size() << " capacity " << flags.capacity() << " set "
              << std::count(flags.begin(), flags.end(), true) << " [3]=" << flags[3] << " [4]=" << flags[4] << '\n';
    std::vector<bool> sieve(100001, true);
    sieve[0] = sieve[1] = false;
    for (std::size_t factor = 2; factor * factor < sieve.size(); ++factor)
        if (sieve[factor])
            for (std::size_t multiple = factor * factor; multiple < sieve.size(); multiple += factor)
                sieve[multiple] = false;
    std::cout << "primes below 100001: " << std::count(sieve.begin(), sieve.end(), true) << '\n';

    std::vector<long long> big(1 << 20);
    std::iota(big.begin(), big.end(), 0LL);
    std::cout << "sum of 0..2^20-1: " << std::accumulate(big.begin(), big.end(), 0LL) << '\n';
    return 0;
}
