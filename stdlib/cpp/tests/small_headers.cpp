// The smaller headers: <charconv> for integers, and <atomic> and <mutex>
// (which work as specified in a single-threaded program).
#include <atomic>
#include <charconv>
#include <iostream>
#include <mutex>
#include <string>

namespace {

void conversions() {
    char buffer[32];
    auto written = std::to_chars(buffer, buffer + sizeof buffer, -12345);
    std::cout << "to_chars: " << std::string(buffer, written.ptr);
    written = std::to_chars(buffer, buffer + sizeof buffer, 255u, 16);
    std::cout << ' ' << std::string(buffer, written.ptr);
    written = std::to_chars(buffer, buffer + sizeof buffer, 5, 2);
    std::cout << ' ' << std::string(buffer, written.ptr);
    written = std::to_chars(buffer, buffer + 2, 123456);
    std::cout << " too small: " << (written.ec == std::errc::value_too_large) << '\n';

    const std::string text = "789xyz";
    int value = 0;
    auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    std::cout << "from_chars: " << value << " stopped at '" << *parsed.ptr << "' ok " << (parsed.ec == std::errc{});
    const std::string hex = "-ff";
    parsed = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
    std::cout << " hex " << value;
    unsigned char small = 0;
    const std::string big = "300";
    parsed = std::from_chars(big.data(), big.data() + big.size(), small);
    std::cout << " out of range " << (parsed.ec == std::errc::result_out_of_range);
    const std::string word = "abc";
    parsed = std::from_chars(word.data(), word.data() + word.size(), value);
    std::cout << " invalid " << (parsed.ec == std::errc::invalid_argument) << (parsed.ptr == word.data()) << '\n';
}

void atomics() {
    std::atomic<int> counter{0};
    counter++;
    ++counter;
    counter += 5;
    counter.fetch_sub(2);
    int expected = 5;
    bool swapped = counter.compare_exchange_strong(expected, 10);
    int wrong = 3;
    bool not_swapped = counter.compare_exchange_strong(wrong, 20);
    std::cout << "atomic: " << counter.load() << ' ' << swapped << not_swapped << ' ' << wrong << ' '
              << counter.exchange(1) << ' ' << counter << '\n';
    std::atomic<bool> flag{false};
    flag.store(true);
    std::atomic_flag once = ATOMIC_FLAG_INIT;
    std::cout << "flags: " << flag.load() << once.test_and_set() << once.test_and_set() << '\n';
}

void locks() {
    std::mutex mutex;
    {
        std::lock_guard<std::mutex> guard(mutex);
        std::cout << "locked elsewhere: try_lock " << mutex.try_lock() << '\n';
    }
    std::cout << "released: try_lock " << mutex.try_lock() << '\n';
    mutex.unlock();
    std::unique_lock<std::mutex> lock(mutex, std::defer_lock);
    std::cout << "unique_lock: " << lock.owns_lock();
    lock.lock();
    std::cout << lock.owns_lock();
    lock.unlock();
    std::cout << lock.owns_lock() << '\n';
    std::mutex first, second;
    {
        std::scoped_lock both(first, second);
        std::cout << "scoped_lock holds both: " << !first.try_lock() << !second.try_lock() << '\n';
    }
    std::cout << "both released: " << first.try_lock() << second.try_lock() << '\n';
    std::once_flag flag;
    int calls = 0;
    for (int attempt = 0; attempt < 3; ++attempt)
        std::call_once(flag, [&calls] { ++calls; });
    std::cout << "call_once: " << calls << '\n';
}

} // namespace

int main() {
    conversions();
    atomics();
    locks();
    return 0;
}
