// The other sequences and the adapters: list, deque, array, stack, queue
// and priority_queue.
#include <algorithm>
#include <array>
#include <deque>
#include <forward_list>
#include <functional>
#include <iostream>
#include <iterator>
#include <list>
#include <numeric>
#include <queue>
#include <stack>
#include <string>
#include <utility>
#include <vector>

namespace {

template <class Container>
void show(const char *label, const Container &values) {
    std::cout << label << ':';
    for (const auto &value : values)
        std::cout << ' ' << value;
    std::cout << '\n';
}

void lists() {
    std::list<int> numbers{5, 3, 8, 1};
    numbers.push_front(9);
    numbers.push_back(2);
    numbers.emplace(std::next(numbers.begin()), 7);
    show("list", numbers);
    numbers.sort();
    show("sorted", numbers);
    numbers.remove(8);
    numbers.remove_if([](int value) { return value > 6; });
    numbers.reverse();
    show("removed and reversed", numbers);
    std::list<int> more{4, 6, 10};
    numbers.sort();
    numbers.merge(more);
    show("merged", numbers);
    std::list<int> repeats{1, 1, 2, 2, 2, 3, 1};
    repeats.unique();
    show("unique", repeats);
    std::list<int> donor{100, 200, 300};
    numbers.splice(std::next(numbers.begin(), 2), donor, std::next(donor.begin()), donor.end());
    show("spliced", numbers);
    show("donor", donor);
    std::list<std::pair<int, char>> stable{{2, 'a'}, {1, 'b'}, {2, 'c'}, {1, 'd'}};
    stable.sort([](const auto &left, const auto &right) { return left.first < right.first; });
    std::cout << "stable sort:";
    for (const auto &[key, tag] : stable)
        std::cout << ' ' << key << tag;
    std::cout << '\n';
    std::cout << "sizes: " << numbers.size() << ' ' << donor.size() << ' ' << more.size() << '\n';
}

void forward_lists() {
    std::forward_list<int> numbers{5, 3, 8, 1};
    numbers.push_front(9);
    numbers.insert_after(numbers.begin(), 7);
    show("forward_list", numbers);
    numbers.sort();
    numbers.remove(8);
    show("sorted, 8 removed", numbers);
    std::forward_list<int> evens{2, 4, 6};
    numbers.merge(evens);
    numbers.reverse();
    show("merged and reversed", numbers);
    numbers.erase_after(numbers.before_begin());
    numbers.resize(4);
    show("erase_after and resize", numbers);
    std::cout << "distance: " << std::distance(numbers.begin(), numbers.end()) << " empty donor " << evens.empty()
              << '\n';
}

void deques() {
    std::deque<int> values;
    for (int index = 0; index < 1000; ++index) {
        values.push_back(index);
        values.push_front(-index);
    }
    std::cout << "deque: " << values.size() << ' ' << values.front() << ' ' << values.back() << ' ' << values[1000]
              << '\n';
    for (int index = 0; index < 600; ++index) {
        values.pop_front();
        values.pop_back();
    }
    std::cout << "popped: " << values.size() << ' ' << values.front() << ' ' << values.back() << ' '
              << std::accumulate(values.begin(), values.end(), 0) << '\n';
    values.insert(values.begin() + 5, 1234);
    values.erase(values.begin() + 100, values.begin() + 150);
    std::sort(values.begin(), values.end());
    std::cout << "edited: " << values.size() << ' ' << values.front() << ' ' << values.back() << ' '
              << std::is_sorted(values.begin(), values.end()) << '\n';
    std::deque<std::string> words{"b", "c"};
    words.emplace_front("a");
    words.emplace_back("d");
    int &reference_to_first = values.front();
    for (int index = 0; index < 10000; ++index)
        values.push_back(index);
    std::cout << "reference survives pushes: " << (reference_to_first == values.front()) << '\n';
    show("words", words);
}

void arrays() {
    std::array<int, 5> numbers{5, 3, 1, 4, 2};
    std::sort(numbers.begin(), numbers.end());
    show("array", numbers);
    std::cout << "array: size " << numbers.size() << " front " << numbers.front() << " back " << numbers.back()
              << " at(2) " << numbers.at(2) << " get<4> " << std::get<4>(numbers) << '\n';
    std::array<int, 5> filled;
    filled.fill(7);
    std::cout << "compare: " << (numbers < filled) << (numbers == numbers) << '\n';
    auto [a, b, c, d, e] = numbers;
    std::cout << "structured binding: " << a + b + c + d + e << '\n';
    std::array<std::string, 0> none;
    std::cout << "empty array: " << none.empty() << none.size() << '\n';
}

void adapters() {
    std::stack<int> stack;
    for (int index = 1; index <= 5; ++index)
        stack.push(index * index);
    std::cout << "stack:";
    while (!stack.empty()) {
        std::cout << ' ' << stack.top();
        stack.pop();
    }
    std::cout << '\n';
    std::queue<std::string> queue;
    queue.push("first");
    queue.push("second");
    queue.emplace("third");
    std::cout << "queue: " << queue.front() << ' ' << queue.back() << ' ' << queue.size();
    queue.pop();
    std::cout << " then " << queue.front() << '\n';
    std::priority_queue<int> largest;
    for (int value : {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5})
        largest.push(value);
    std::cout << "priority_queue:";
    while (!largest.empty()) {
        std::cout << ' ' << largest.top();
        largest.pop();
    }
    std::cout << '\n';
    std::priority_queue<int, std::vector<int>, std::greater<int>> smallest;
    for (int value : {3, 1, 4})
        smallest.push(value);
    std::cout << "min priority_queue top: " << smallest.top() << '\n';
    std::priority_queue<std::pair<int, std::string>> tasks;
    tasks.emplace(2, "write");
    tasks.emplace(5, "test");
    tasks.emplace(2, "read");
    tasks.emplace(1, "rest");
    std::cout << "tasks:";
    while (!tasks.empty()) {
        std::cout << ' ' << tasks.top().second;
        tasks.pop();
    }
    std::cout << '\n';
}

} // namespace

int main() {
    lists();
    forward_lists();
    deques();
    arrays();
    adapters();
    return 0;
}
