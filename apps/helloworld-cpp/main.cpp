// Hello world in C++: std::cout, and a static object whose constructor
// must run before main (through the C library's _start).
#include <iostream>

namespace {

struct Greeting {
    const char *text = nullptr;
    Greeting() { text = "Hello, world from C++!"; }
};

Greeting greeting;

} // namespace

int main() {
    if (!greeting.text)
        return 1; // static constructors did not run
    std::cout << greeting.text << std::endl;
    return 0;
}
