// std::string and std::string_view: construction, access, modification,
// searching, comparison, conversions to and from numbers, and hashing.
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

namespace {

void show(const char *label, const std::string &text) { std::cout << label << ": [" << text << "] " << text.size() << '\n'; }

void construction_and_access() {
    std::string empty;
    std::string literal = "hello";
    std::string counted("hello world", 5);
    std::string repeated(3, 'z');
    std::string from_range(literal.begin() + 1, literal.end() - 1);
    std::string listed{'a', 'b', 'c'};
    std::string part(literal, 1, 3);
    std::string long_text(40, 'L');
    std::string moved = std::move(long_text);
    show("empty", empty);
    show("literal", literal);
    show("counted", counted);
    show("repeated", repeated);
    show("range", from_range);
    show("list", listed);
    show("substring constructor", part);
    show("moved long string", moved);
    std::cout << "moved-from empty: " << long_text.empty() << '\n';
    std::cout << "access: " << literal[0] << literal.at(4) << literal.front() << literal.back() << ' '
              << literal.c_str() << ' ' << (literal.data()[1] == 'e') << '\n';
    std::string reversed(literal.rbegin(), literal.rend());
    show("reversed", reversed);
}

void modification() {
    std::string text = "Hello";
    text += ", ";
    text += std::string("world");
    text += '!';
    text.append(2, '?').append(" end", 4);
    show("appended", text);
    text.insert(0, ">> ");
    text.insert(text.size(), 1, '.');
    text.insert(text.begin() + 3, '#');
    show("inserted", text);
    text.erase(0, 4);
    text.erase(text.end() - 1);
    text.erase(text.find('?'), 2);
    show("erased", text);
    text.replace(0, 5, "Goodbye");
    text.replace(text.find("world"), 5, "moon", 4);
    show("replaced", text);
    text.replace(text.begin(), text.begin() + 7, 3, '*');
    show("replace with chars", text);
    text.resize(8);
    show("resize smaller", text);
    text.resize(11, '_');
    show("resize larger", text);
    text.push_back('X');
    text.pop_back();
    text.swap(text);
    std::string other = "other";
    text.swap(other);
    show("swapped", text);
    std::string sum = "a" + other + 'b' + std::string("c") + "d";
    show("operator+", sum);
    text.clear();
    std::cout << "cleared: " << text.empty() << ' ' << text.size() << '\n';
    std::string assigned;
    assigned.assign("assigned text", 8);
    show("assign", assigned);
    assigned.assign(4, '=');
    show("assign count", assigned);
}

void searching() {
    const std::string text = "the quick brown fox jumps over the lazy dog";
    std::cout << "find: " << text.find("the") << ' ' << text.find("the", 1) << ' ' << text.find('q') << ' '
              << (text.find("cat") == std::string::npos) << '\n';
    std::cout << "rfind: " << text.rfind("the") << ' ' << text.rfind('o') << ' ' << text.rfind('o', 20) << '\n';
    std::cout << "find_first_of: " << text.find_first_of("aeiou") << ' ' << text.find_first_not_of("the ") << '\n';
    std::cout << "find_last_of: " << text.find_last_of("aeiou") << ' ' << text.find_last_not_of("dog") << '\n';
    std::cout << "substr: [" << text.substr(4, 5) << "] [" << text.substr(40) << "]\n";
    std::cout << "compare: " << (text.compare("the") > 0) << ' ' << text.compare(0, 3, "the") << ' '
              << (std::string("abc").compare("abd") < 0) << '\n';
    std::cout << "relations: " << (std::string("apple") < std::string("banana")) << (std::string("b") > "a")
              << (std::string("same") == "same") << ("x" != std::string("y")) << (std::string("ab") <= "ab")
              << '\n';
    char buffer[6] = {};
    text.copy(buffer, 5, 4);
    std::cout << "copy: " << buffer << '\n';
    std::string words = "a,bb,,ccc";
    std::string::size_type start = 0;
    std::cout << "split:";
    for (;;) {
        std::string::size_type comma = words.find(',', start);
        std::cout << " [" << words.substr(start, comma - start) << "]";
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    std::cout << '\n';
}

void numbers() {
    std::cout << "to_string: " << std::to_string(42) << ' ' << std::to_string(-7) << ' ' << std::to_string(3000000000u)
              << ' ' << std::to_string(-9000000000LL) << ' ' << std::to_string(2.5) << ' ' << std::to_string(1e10)
              << ' ' << std::to_string(-0.125f) << '\n';
    std::size_t used = 0;
    std::cout << "stoi: " << std::stoi("  123abc", &used) << " used " << used << ' ' << std::stoi("-42") << ' '
              << std::stoi("ff", nullptr, 16) << ' ' << std::stoi("0x1A", nullptr, 0) << ' '
              << std::stoi("777", nullptr, 8) << '\n';
    std::cout << "stol/stoll/stoul: " << std::stol("-1000") << ' ' << std::stoll("9000000000") << ' '
              << std::stoul("4000000000") << ' ' << std::stoull("18446744073709551615") << '\n';
    std::cout << "stod: " << std::stod("3.5") << ' ' << std::stod("-1e-3") << ' ' << std::stof("2.25") << ' '
              << std::stod("  1.5e2xyz", &used) << " used " << used << '\n';
}

void views() {
    using namespace std::literals;
    std::string_view view = "hello, view";
    std::cout << "view: " << view << ' ' << view.size() << ' ' << view.substr(7) << ' ' << view.find(',') << ' '
              << view.front() << view.back() << '\n';
    view.remove_prefix(7);
    view.remove_suffix(1);
    std::cout << "trimmed: [" << view << "]\n";
    std::string owner = "owned text";
    std::string_view of_string = owner;
    std::cout << "of string: " << of_string.substr(0, 5) << ' ' << (of_string == "owned text") << (of_string < "p")
              << ("owned text" == of_string) << (owner == of_string) << '\n';
    std::string back(of_string.substr(6));
    std::cout << "back to string: " << back << '\n';
    std::cout << "literals: " << "abc"s.size() << ' ' << "with\0nul"s.size() << ' ' << "view"sv.size() << '\n';
    std::cout << "view find: " << of_string.rfind('t') << ' ' << of_string.find_first_of("xyz") << ' '
              << of_string.find_last_not_of("tx") << ' ' << (of_string.find("nope") == std::string_view::npos) << '\n';
    std::cout << "view compare: " << (std::string_view("abc").compare("abd") < 0) << std::string_view("a").compare("a")
              << '\n';
}

void hashing() {
    std::hash<std::string> string_hash;
    std::hash<std::string_view> view_hash;
    std::string text = "hash me";
    std::cout << "hash equal for equal strings: " << (string_hash(text) == string_hash(std::string("hash me")))
              << " string and view agree: " << (string_hash(text) == view_hash(std::string_view(text)))
              << " differs: " << (string_hash(text) != string_hash("hash m")) << '\n';
}

} // namespace

int main() {
    construction_and_access();
    modification();
    searching();
    numbers();
    views();
    hashing();
    return 0;
}
