// The vocabulary types: pair, tuple, optional, variant and any.
#include <any>
#include <iostream>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace {

std::optional<int> parse_digit(char c) {
    if (c < '0' || c > '9')
        return std::nullopt;
    return c - '0';
}

std::tuple<int, int, int> divide(int dividend, int divisor) {
    return {dividend / divisor, dividend % divisor, divisor};
}

template <class... Functions>
struct overloaded : Functions... {
    using Functions::operator()...;
};
template <class... Functions>
overloaded(Functions...) -> overloaded<Functions...>;

void pairs_and_tuples() {
    std::pair<std::string, int> entry = std::make_pair("answer", 42);
    auto [name, value] = entry;
    std::cout << "pair: " << entry.first << '=' << entry.second << ' ' << name << value << ' '
              << (entry < std::make_pair(std::string("answer"), 43)) << '\n';
    auto [quotient, remainder, divisor] = divide(17, 5);
    std::cout << "tuple: " << quotient << ' ' << remainder << ' ' << divisor << '\n';
    std::tuple<int, std::string, double> record{1, "one", 1.5};
    std::get<0>(record) = 2;
    std::cout << "get: " << std::get<0>(record) << ' ' << std::get<std::string>(record) << ' ' << std::get<2>(record)
              << " size " << std::tuple_size<decltype(record)>::value << '\n';
    int a = 0, b = 0;
    std::tie(a, b) = std::make_tuple(3, 4);
    std::tie(a, std::ignore) = std::make_pair(5, 6);
    std::cout << "tie: " << a << ' ' << b << '\n';
    auto joined = std::tuple_cat(std::make_tuple(1, 'x'), std::make_pair(2.5, std::string("y")));
    std::cout << "tuple_cat: " << std::get<1>(joined) << std::get<3>(joined) << ' '
              << std::tuple_size<decltype(joined)>::value << '\n';
    std::cout << "apply: " << std::apply([](int x, int y, int z) { return x * 100 + y * 10 + z; }, std::make_tuple(1, 2, 3))
              << '\n';
    std::cout << "compare: " << (std::make_tuple(1, 2) < std::make_tuple(1, 3)) << (std::make_tuple(1, 'a') == std::make_tuple(1, 'a'))
              << '\n';
    std::pair<int, std::string> piecewise(std::piecewise_construct, std::forward_as_tuple(3),
                                          std::forward_as_tuple(4, 'z'));
    std::cout << "piecewise: " << piecewise.first << piecewise.second << '\n';
}

void optionals() {
    std::optional<int> digit = parse_digit('7');
    std::optional<int> none = parse_digit('x');
    std::cout << "optional: " << digit.has_value() << none.has_value() << ' ' << *digit << ' ' << none.value_or(-1)
              << ' ' << digit.value() << '\n';
    std::optional<std::string> text;
    text = "hello";
    text->append(" world");
    std::cout << "optional string: " << *text << ' ' << text->size() << '\n';
    text.emplace(3, '!');
    std::cout << "emplace: " << *text << '\n';
    text.reset();
    std::cout << "reset: " << static_cast<bool>(text) << (text == std::nullopt) << '\n';
    std::optional<int> five = 5;
    std::cout << "compare: " << (five == 5) << (five != 6) << (none < five) << (five > 4) << (none == std::nullopt)
              << '\n';
    std::optional<std::vector<int>> in_place(std::in_place, 3, 9);
    std::cout << "in_place: " << in_place->size() << (*in_place)[2] << '\n';
    auto made = std::make_optional<std::string>(2, 'm');
    std::cout << "make_optional: " << *made << '\n';
}

void variants() {
    using Value = std::variant<int, double, std::string>;
    std::vector<Value> values{1, 2.5, std::string("text"), 4};
    for (const Value &value : values)
        std::visit(overloaded{[](int number) { std::cout << "int " << number << '\n'; },
                              [](double number) { std::cout << "double " << number << '\n'; },
                              [](const std::string &text) { std::cout << "string " << text << '\n'; }},
                   value);
    Value value = 10;
    std::cout << "index " << value.index() << " holds int " << std::holds_alternative<int>(value) << '\n';
    value = "now a string";
    std::cout << "index " << value.index() << ' ' << std::get<std::string>(value) << ' '
              << (std::get_if<int>(&value) == nullptr) << '\n';
    value.emplace<double>(0.25);
    std::cout << "emplace double: " << std::get<1>(value) << '\n';
    std::variant<std::monostate, int> maybe;
    std::cout << "monostate: " << maybe.index() << '\n';
    std::variant<std::string, bool> text_or_flag = "literal";
    std::cout << "string literal picks string: " << text_or_flag.index() << '\n';
    double total = std::visit([](auto x, auto y) { return static_cast<double>(x) + static_cast<double>(y); },
                              std::variant<int, double>(2), std::variant<int, double>(0.5));
    std::cout << "visit two: " << total << '\n';
    std::cout << "compare: " << (Value(1) < Value(2)) << (Value(1) < Value(0.5)) << (Value(3) == Value(3)) << '\n';
}

void anys() {
    std::any box = 42;
    std::cout << "any int: " << std::any_cast<int>(box) << ' ' << (std::any_cast<double>(&box) == nullptr) << '\n';
    box = std::string("text");
    std::cout << "any string: " << std::any_cast<const std::string &>(box) << '\n';
    std::any copy = box;
    box.reset();
    std::cout << "copy kept, original reset: " << copy.has_value() << box.has_value() << '\n';
    std::vector<std::any> mixed{1, 2.0, std::string("three"), 'c', 5};
    int integers = 0;
    for (const std::any &item : mixed)
        if (std::any_cast<int>(&item))
            ++integers;
    std::cout << "integers among any: " << integers << '\n';
}

} // namespace

int main() {
    pairs_and_tuples();
    optionals();
    variants();
    anys();
    return 0;
}
