// collatz: Collatz (3n + 1) chains of every start below a limit, built on
// std::vector: the length of each chain (memoised), the longest chain and
// its sequence, the highest value reached, a histogram of lengths and the
// top starts. Usage: collatz [limit] (default 100000, at most 5000000).
// The output is the same on every run and every machine.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iomanip>
#include <iostream>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr std::uint64_t default_limit = 100000;
constexpr std::uint64_t largest_limit = 5000000;

// One step of the Collatz map.
std::uint64_t next_value(std::uint64_t value) { return value % 2 == 0 ? value / 2 : 3 * value + 1; }

// The number of steps from each start below `limit` down to 1 (index 0 is
// unused). Values met on the way that are below the limit are remembered,
// so each chain is walked only until it reaches a known one.
std::vector<std::uint32_t> chain_lengths(std::uint64_t limit, std::uint64_t &highest_value,
                                         std::uint64_t &highest_start) {
    std::vector<std::uint32_t> lengths(limit, 0);
    std::vector<std::uint64_t> path;
    highest_value = 1;
    highest_start = 1;
    for (std::uint64_t start = 2; start < limit; ++start) {
        path.clear();
        std::uint64_t value = start;
        while (value >= limit || (value != 1 && lengths[value] == 0)) {
            path.push_back(value);
            value = next_value(value);
            if (value > highest_value) {
                highest_value = value;
                highest_start = start;
            }
        }
        // Walk back: each value on the path is one step further than the next.
        std::uint32_t length = value == 1 ? 0 : lengths[value];
        for (auto step = path.rbegin(); step != path.rend(); ++step) {
            ++length;
            if (*step < limit)
                lengths[*step] = length;
        }
    }
    return lengths;
}

// The whole chain from `start` down to 1.
std::vector<std::uint64_t> sequence_from(std::uint64_t start) {
    std::vector<std::uint64_t> sequence{start};
    while (sequence.back() != 1)
        sequence.push_back(next_value(sequence.back()));
    return sequence;
}

bool parse_limit(int argc, char **argv, std::uint64_t &limit) {
    limit = default_limit;
    if (argc < 2)
        return true;
    const std::string text = argv[1];
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 9)
        return false;
    limit = std::stoull(text);
    return limit >= 2 && limit <= largest_limit;
}

void print_sequence(const std::vector<std::uint64_t> &sequence) {
    constexpr std::size_t per_line = 8;
    for (std::size_t index = 0; index < sequence.size(); ++index) {
        std::cout << std::setw(12) << sequence[index];
        if ((index + 1) % per_line == 0 || index + 1 == sequence.size())
            std::cout << '\n';
    }
}

} // namespace

int main(int argc, char **argv) {
    std::uint64_t limit = 0;
    if (!parse_limit(argc, argv, limit)) {
        std::cerr << "usage: collatz [limit]   (2 <= limit <= " << largest_limit << ")\n";
        return 2;
    }

    std::uint64_t highest_value = 0;
    std::uint64_t highest_start = 0;
    const std::vector<std::uint32_t> lengths = chain_lengths(limit, highest_value, highest_start);

    // Starts 1 .. limit-1 with their lengths, longest first (ties: smaller start first).
    std::vector<std::pair<std::uint32_t, std::uint64_t>> ranked;
    ranked.reserve(limit - 1);
    for (std::uint64_t start = 1; start < limit; ++start)
        ranked.emplace_back(lengths[start], start);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &left, const auto &right) { return left.first > right.first; });

    const std::uint64_t total_steps =
        std::accumulate(lengths.begin() + 1, lengths.end(), std::uint64_t{0});
    const std::uint64_t starts = limit - 1;
    const std::uint64_t longest_start = ranked.front().second;
    const std::uint32_t longest_length = ranked.front().first;

    std::cout << "Collatz chains for starts 1 to " << limit - 1 << '\n';
    std::cout << "longest chain: " << longest_start << " (" << longest_length << " steps)\n";
    std::cout << "average steps: " << std::fixed << std::setprecision(3)
              << static_cast<double>(total_steps) / static_cast<double>(starts) << '\n';
    std::cout << "total steps:   " << total_steps << '\n';
    std::cout << "highest value: " << highest_value << " (reached from " << highest_start << ")\n";

    // The median length, from a sorted copy of the lengths.
    std::vector<std::uint32_t> sorted_lengths(lengths.begin() + 1, lengths.end());
    std::nth_element(sorted_lengths.begin(), sorted_lengths.begin() + sorted_lengths.size() / 2,
                     sorted_lengths.end());
    std::cout << "median steps:  " << sorted_lengths[sorted_lengths.size() / 2] << "\n\n";

    std::cout << "top starts:\n";
    const std::size_t shown = std::min<std::size_t>(10, ranked.size());
    for (std::size_t index = 0; index < shown; ++index)
        std::cout << std::setw(4) << index + 1 << ". " << std::setw(9) << ranked[index].second << std::setw(6)
                  << ranked[index].first << " steps\n";

    // How many starts need 0-19 steps, 20-39, ...
    constexpr std::uint32_t bucket_width = 20;
    std::vector<std::uint64_t> histogram(longest_length / bucket_width + 1, 0);
    for (std::uint64_t start = 1; start < limit; ++start)
        ++histogram[lengths[start] / bucket_width];
    const std::uint64_t fullest = *std::max_element(histogram.begin(), histogram.end());
    std::cout << "\nsteps        starts\n";
    for (std::size_t bucket = 0; bucket < histogram.size(); ++bucket) {
        const std::size_t bar = static_cast<std::size_t>(histogram[bucket] * 40 / fullest);
        std::cout << std::setw(4) << bucket * bucket_width << '-' << std::left << std::setw(4)
                  << bucket * bucket_width + bucket_width - 1 << std::right << std::setw(9) << histogram[bucket];
        if (bar > 0)
            std::cout << ' ' << std::string(bar, '#');
        std::cout << '\n';
    }

    const std::vector<std::uint64_t> sequence = sequence_from(longest_start);
    std::cout << "\nsequence from " << longest_start << " (" << sequence.size() << " values):\n";
    print_sequence(sequence);
    return 0;
}
