// Smart pointers: unique_ptr (objects and arrays, custom deleters),
// shared_ptr and weak_ptr (counts, aliasing, casts, custom deleters,
// enable_shared_from_this) and make_unique/make_shared.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

struct Widget {
    static int live;
    int id;
    explicit Widget(int number) : id(number) {
        ++live;
        std::cout << "  Widget " << id << " made\n";
    }
    ~Widget() {
        --live;
        std::cout << "  Widget " << id << " destroyed\n";
    }
};
int Widget::live = 0;

struct Shape {
    virtual ~Shape() { std::cout << "  ~Shape\n"; }
    virtual int sides() const = 0;
};

struct Triangle : Shape {
    ~Triangle() override { std::cout << "  ~Triangle\n"; }
    int sides() const override { return 3; }
};

struct Node : std::enable_shared_from_this<Node> {
    int value;
    std::shared_ptr<Node> next;
    std::weak_ptr<Node> previous;
    explicit Node(int number) : value(number) {}
    std::shared_ptr<Node> self() { return shared_from_this(); }
};

void unique_pointers() {
    std::cout << "unique_ptr:\n";
    {
        auto first = std::make_unique<Widget>(1);
        std::unique_ptr<Widget> second = std::move(first);
        std::cout << "  moved: " << (first == nullptr) << (second != nullptr) << ' ' << second->id << '\n';
        second.reset(new Widget(2));
        Widget *raw = second.release();
        std::cout << "  released " << raw->id << ", owner empty " << !second << '\n';
        delete raw;
        std::unique_ptr<Shape> shape = std::make_unique<Triangle>();
        std::cout << "  virtual through unique_ptr: " << shape->sides() << '\n';
    }
    auto numbers = std::make_unique<int[]>(4);
    numbers[2] = 42;
    std::cout << "  array: " << numbers[0] << ' ' << numbers[2] << '\n';
    int closed = 0;
    {
        auto closer = [&closed](int *value) {
            ++closed;
            delete value;
        };
        std::unique_ptr<int, decltype(closer)> custom(new int(5), closer);
        std::cout << "  custom deleter holds " << *custom << '\n';
    }
    std::cout << "  custom deleter ran " << closed << " time(s)\n";
    std::vector<std::unique_ptr<Widget>> owners;
    owners.push_back(std::make_unique<Widget>(3));
    owners.push_back(std::make_unique<Widget>(4));
    owners.erase(owners.begin());
    std::cout << "  vector of unique_ptr: " << owners.size() << ' ' << owners[0]->id << '\n';
}

void shared_pointers() {
    std::cout << "shared_ptr:\n";
    std::weak_ptr<Widget> watcher;
    {
        auto shared = std::make_shared<Widget>(10);
        watcher = shared;
        std::cout << "  count " << shared.use_count() << " expired " << watcher.expired() << '\n';
        {
            std::shared_ptr<Widget> copy = shared;
            std::cout << "  count with copy " << shared.use_count() << '\n';
            std::shared_ptr<Widget> locked = watcher.lock();
            std::cout << "  count with lock " << locked.use_count() << ' ' << locked->id << '\n';
        }
        std::cout << "  count after scope " << shared.use_count() << '\n';
    }
    std::cout << "  expired after owners gone " << watcher.expired() << ' ' << (watcher.lock() == nullptr) << '\n';

    std::shared_ptr<Shape> shape = std::make_shared<Triangle>();
    std::shared_ptr<Triangle> triangle = std::static_pointer_cast<Triangle>(shape);
    std::cout << "  static_pointer_cast shares: " << shape.use_count() << ' ' << triangle->sides() << '\n';
    triangle.reset();
    shape.reset();

    struct Pair {
        int number;
        std::string text;
    };
    auto pair = std::make_shared<Pair>(Pair{7, "member"});
    std::shared_ptr<std::string> member(pair, &pair->text);
    pair.reset();
    std::cout << "  aliasing keeps owner alive: " << *member << ' ' << member.use_count() << '\n';

    int deleted = 0;
    {
        std::shared_ptr<int> counted(new int(3), [&deleted](int *value) {
            ++deleted;
            delete value;
        });
        auto copy = counted;
    }
    std::cout << "  custom deleter ran " << deleted << " time(s)\n";

    std::unique_ptr<Widget> unique = std::make_unique<Widget>(11);
    std::shared_ptr<Widget> from_unique = std::move(unique);
    std::cout << "  from unique_ptr: " << from_unique->id << ' ' << (unique == nullptr) << '\n';
    from_unique.reset();

    auto head = std::make_shared<Node>(1);
    head->next = std::make_shared<Node>(2);
    head->next->previous = head;
    std::shared_ptr<Node> again = head->next->previous.lock()->self();
    std::cout << "  enable_shared_from_this: " << again->value << ' ' << (again == head) << ' ' << head.use_count() << '\n';

    std::shared_ptr<int> empty;
    std::cout << "  empty: " << empty.use_count() << bool(empty) << (empty == nullptr) << '\n';
    std::cout << "  widgets still alive: " << Widget::live << '\n';
}

} // namespace

int main() {
    unique_pointers();
    shared_pointers();
    return 0;
}
