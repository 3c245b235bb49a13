// What the compiler relies on: static constructors (before main, in
// order) and destructors (after main, in reverse), function-local statics,
// virtual functions and destructors, operator new/delete in every form,
// placement new, and initializer_list.
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <iostream>
#include <new>
#include <string>

namespace {

int constructed = 0;

struct Announcer {
    std::string name;
    explicit Announcer(const char *text) : name(text) {
        ++constructed;
        std::cout << "construct " << name << '\n';
    }
    ~Announcer() { std::cout << "destroy " << name << '\n'; }
};

Announcer first_global("first global");
Announcer second_global("second global");

Announcer &lazy() {
    static Announcer instance("function-local static");
    return instance;
}

struct Animal {
    virtual ~Animal() { std::cout << "~Animal\n"; }
    virtual std::string sound() const = 0;
    std::string speak() const { return "says " + sound(); }
};

struct Dog : Animal {
    ~Dog() override { std::cout << "~Dog\n"; }
    std::string sound() const override { return "woof"; }
};

struct Puppy final : Dog {
    ~Puppy() override { std::cout << "~Puppy\n"; }
    std::string sound() const override { return "yip"; }
};

struct alignas(64) CacheLine {
    unsigned char bytes[64];
};

struct Tracked {
    static int live;
    Tracked() { ++live; }
    ~Tracked() { --live; }
};
int Tracked::live = 0;

int sum(std::initializer_list<int> values) {
    int total = 0;
    for (int value : values)
        total += value;
    return total;
}

} // namespace

int main() {
    std::cout << "main starts with " << constructed << " globals constructed\n";
    lazy();
    lazy();
    std::cout << "function-local static constructed once: " << constructed << '\n';

    Animal *animals[] = {new Dog, new Puppy};
    for (Animal *animal : animals)
        std::cout << animal->speak() << '\n';
    for (Animal *animal : animals)
        delete animal;

    Tracked *one = new Tracked;
    Tracked *many = new Tracked[10];
    std::cout << "live after new: " << Tracked::live << '\n';
    delete one;
    delete[] many;
    std::cout << "live after delete: " << Tracked::live << '\n';

    CacheLine *aligned = new CacheLine;
    std::cout << "aligned new: " << (reinterpret_cast<std::uintptr_t>(aligned) % 64 == 0) << '\n';
    delete aligned;
    CacheLine *aligned_array = new CacheLine[3];
    std::cout << "aligned array new: " << (reinterpret_cast<std::uintptr_t>(aligned_array) % 64 == 0) << '\n';
    delete[] aligned_array;

    int *maybe = new (std::nothrow) int(7);
    std::cout << "nothrow new: " << (maybe != nullptr) << ' ' << *maybe << '\n';
    delete maybe;

    alignas(Tracked) unsigned char storage[sizeof(Tracked)];
    Tracked *placed = new (storage) Tracked;
    std::cout << "placement new live: " << Tracked::live << '\n';
    placed->~Tracked();
    std::cout << "after explicit destructor: " << Tracked::live << '\n';

    std::cout << "initializer_list: " << sum({1, 2, 3, 4}) << ' ' << sum({}) << '\n';
    std::initializer_list<const char *> names = {"a", "b", "c"};
    std::cout << "list size: " << names.size() << ' ' << *names.begin() << *(names.end() - 1) << '\n';

    std::printf("printf and cout share stdout: ");
    std::cout << "yes\n";
    std::cout << "main ends\n";
    return 0;
}
