// Exercises the C++ library (stdlib/cpp), printing deterministic results.
// With the argument `stdin` it reads words and numbers from std::cin.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

namespace {

int constructed = 0;
int destroyed = 0;

struct Tracked {
    int value;
    explicit Tracked(int initial = 0) : value(initial) { ++constructed; }
    ~Tracked() { ++destroyed; }
};

struct Shape {
    virtual ~Shape() = default;
    virtual int area() const = 0;
};

struct Square final : Shape {
    int side;
    explicit Square(int length) : side(length) {}
    int area() const override { return side * side; }
};

struct alignas(64) Wide {
    char bytes[64];
};

int counter() {
    static int calls = 0;
    static Tracked once(42);
    return ++calls + once.value;
}

// Prints at exit, after main's output: the C library runs this destructor
// through __cxa_atexit, then the iostream flush.
struct Farewell {
    ~Farewell() { std::cout << "static destructor ran" << std::endl; }
} farewell;

static_assert(std::is_same_v<std::decay_t<const int &>, int>, "decay");
static_assert(std::is_integral_v<unsigned long long> && !std::is_integral_v<double>, "integral");
static_assert(std::is_signed_v<int> && std::is_unsigned_v<unsigned>, "sign");

int read_from_stdin() {
    std::string word;
    int number = 0;
    std::cout << "word? ";
    if (!(std::cin >> word))
        return 1;
    std::cout << "number? ";
    if (!(std::cin >> number)) {
        std::cout << "not a number" << std::endl;
        return 2;
    }
    std::string rest;
    std::getline(std::cin, rest);
    std::string line;
    int lines = 0;
    while (std::getline(std::cin, line))
        std::cout << "line " << ++lines << ": [" << line << "]" << std::endl;
    std::cout << "word=" << word << " number=" << number << " rest=[" << rest << "] lines=" << lines << std::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    if (argc > 1 && std::strcmp(argv[1], "stdin") == 0)
        return read_from_stdin();

    std::cout << "ints: " << 42 << ' ' << -7 << ' ' << 0u << ' ' << -9223372036854775807LL - 1 << ' '
              << 18446744073709551615ULL << std::endl;
    std::cout << "bool: " << true << ' ' << std::boolalpha << false << std::noboolalpha << std::endl;
    std::cout << "hex: " << std::hex << 255 << ' ' << std::showbase << 255 << ' ' << -1 << std::dec << std::noshowbase
              << std::endl;
    std::cout << "double: " << 3.14159 << ' ' << 1e20 << ' ' << 0.1 + 0.2 << ' ' << std::fixed << std::setprecision(2)
              << 2.0 / 3.0 << std::defaultfloat << std::setprecision(6) << std::endl;
    std::cout << "width: [" << std::setw(6) << 42 << "] [" << std::left << std::setw(6) << "ab" << std::right
              << "] [" << std::setfill('0') << std::setw(4) << 7 << std::setfill(' ') << "]" << std::endl;
    std::cout << "char: " << 'x' << " null pointer: " << nullptr << std::endl;

    std::string text = "Hello";
    text += ", ";
    text += std::string("world") + '!';
    std::cout << "string: " << text << " size=" << text.size() << " find=" << text.find("world")
              << " substr=" << text.substr(7, 5) << std::endl;
    std::string long_text(100, 'a');
    long_text.replace(10, 80, "<middle>");
    long_text.insert(0, "start:");
    std::cout << "long: " << long_text << " (" << long_text.size() << ")" << std::endl;
    std::string moved = std::move(long_text);
    std::cout << "moved: " << moved.size() << " left behind: " << long_text.size() << std::endl;
    std::cout << "compare: " << (std::string("abc") < std::string("abd")) << (std::string("b") == "b")
              << " to_string: " << std::to_string(-123) << ' ' << std::to_string(2.5) << " stoi: "
              << std::stoi("  77x") << std::endl;

    Tracked *single = new Tracked(1);
    Tracked *array = new Tracked[5];
    delete single;
    delete[] array;
    Wide *wide = new Wide;
    std::cout << "new/delete: constructed=" << constructed << " destroyed=" << destroyed
              << " aligned=" << (reinterpret_cast<unsigned long>(wide) % 64 == 0) << std::endl;
    delete wide;
    // A direct call: a new-expression whose result is unused may be elided.
    void *nothing = ::operator new(std::size_t(1) << 31, std::nothrow);
    std::cout << "nothrow huge: " << (nothing == nullptr) << std::endl;

    Shape *shape = new Square(7);
    std::cout << "virtual: " << shape->area() << std::endl;
    delete shape;

    counter();
    std::cout << "function static: " << counter() << " constructed=" << constructed << std::endl;

    std::pair<std::string, int> entry = std::make_pair(std::string("key"), 3);
    std::cout << "pair: " << entry.first << '=' << entry.second << std::endl;

    std::printf("printf interleaves: %d\n", 5);
    std::cout << "after printf" << std::endl;
    std::cerr << "to stderr" << std::endl;
    std::cout << "cpp-std-test: all passed" << std::endl;
    std::cout << "unflushed line is flushed at exit\n";
    return 0;
}
