// <functional>: std::function holding functions, lambdas (small and large
// captures), function objects and member pointers; invoke, bind and the
// placeholders, ref/cref, mem_fn, not_fn, and the operator function objects.
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

int twice(int value) { return 2 * value; }

struct Counter {
    int total = 0;
    int operator()(int step) { return total += step; }
};

struct Account {
    int balance;
    int deposit(int amount) { return balance += amount; }
    int current() const { return balance; }
};

} // namespace

int main() {
    std::function<int(int)> call = twice;
    std::cout << "function pointer: " << call(21) << '\n';
    call = [](int value) { return value + 100; };
    std::cout << "lambda: " << call(1) << '\n';
    const std::string big(200, 'x');
    int offset = 5;
    call = [big, offset](int value) { return value + offset + static_cast<int>(big.size()); };
    std::cout << "large capture: " << call(1) << '\n';
    std::function<int(int)> copy = call;
    std::function<int(int)> moved = std::move(copy);
    std::cout << "copied and moved: " << moved(2) << ' ' << static_cast<bool>(copy) << '\n';

    Counter counter;
    std::function<int(int)> by_value = counter;
    by_value(5);
    std::cout << "function object copied: " << by_value(5) << ' ' << counter.total << '\n';
    std::function<int(int)> by_reference = std::ref(counter);
    by_reference(3);
    std::cout << "through ref: " << counter.total << '\n';

    std::function<void()> empty;
    std::cout << "empty: " << (empty == nullptr) << (call != nullptr) << '\n';

    Account account{100};
    std::function<int(Account &, int)> deposit = &Account::deposit;
    std::function<int(const Account &)> current = &Account::current;
    deposit(account, 50);
    std::cout << "member functions: " << current(account) << '\n';
    std::cout << "invoke: " << std::invoke(twice, 4) << ' ' << std::invoke(&Account::current, account) << ' '
              << std::invoke(&Account::balance, account) << ' ' << std::invoke(&Account::deposit, &account, 1) << '\n';

    using namespace std::placeholders;
    auto add_to_account = std::bind(&Account::deposit, &account, _1);
    add_to_account(9);
    auto subtract = std::bind(std::minus<int>(), _2, _1);
    auto nested = std::bind(twice, std::bind(twice, _1));
    std::cout << "bind: " << account.balance << ' ' << subtract(3, 10) << ' ' << nested(5) << '\n';

    auto is_odd = [](int value) { return value % 2 != 0; };
    std::vector<int> values{1, 2, 3, 4, 5, 6};
    std::cout << "not_fn: " << std::count_if(values.begin(), values.end(), std::not_fn(is_odd)) << '\n';
    auto get_balance = std::mem_fn(&Account::current);
    std::cout << "mem_fn: " << get_balance(account) << '\n';

    std::sort(values.begin(), values.end(), std::greater<int>());
    std::cout << "greater:";
    for (int value : values)
        std::cout << ' ' << value;
    std::cout << '\n';
    std::cout << "operators: " << std::plus<>()(2, 3) << ' ' << std::minus<int>()(5, 1) << ' '
              << std::multiplies<>()(4, 5) << ' ' << std::divides<int>()(9, 2) << ' ' << std::modulus<int>()(9, 4)
              << ' ' << std::negate<int>()(3) << ' ' << std::equal_to<>()(1, 1) << std::less<>()(1, 2)
              << std::logical_and<>()(true, false) << std::logical_not<bool>()(false) << ' '
              << std::bit_xor<int>()(6, 3) << '\n';

    std::map<std::string, std::function<double(double, double)>> operations{
        {"add", std::plus<double>()},
        {"mul", std::multiplies<double>()},
        {"pow", [](double base, double exponent) {
             double result = 1;
             for (int step = 0; step < static_cast<int>(exponent); ++step)
                 result *= base;
             return result;
         }}};
    for (const auto &[name, operation] : operations)
        std::cout << name << "(2, 10) = " << operation(2, 10) << '\n';

    std::vector<std::function<int()>> deferred;
    for (int index = 0; index < 4; ++index)
        deferred.push_back([index] { return index * index; });
    std::cout << "deferred:";
    for (const auto &task : deferred)
        std::cout << ' ' << task();
    std::cout << '\n';

    std::hash<int> int_hash;
    std::cout << "hash consistent: " << (int_hash(5) == int_hash(5)) << '\n';
    return 0;
}
