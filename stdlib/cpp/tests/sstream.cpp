// String streams: building text with ostringstream, parsing it with
// istringstream, both directions with stringstream, str() and its modes,
// positions, and streams used as temporaries.
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Point {
    int x;
    int y;
};

std::ostream &operator<<(std::ostream &stream, const Point &point) {
    return stream << '(' << point.x << ", " << point.y << ')';
}

std::istream &operator>>(std::istream &stream, Point &point) {
    char open = 0, comma = 0, close = 0;
    if (stream >> open >> point.x >> comma >> point.y >> close && (open != '(' || comma != ',' || close != ')'))
        stream.setstate(std::ios_base::failbit);
    return stream;
}

std::string describe(const std::vector<int> &values) {
    std::ostringstream text;
    text << values.size() << " values:";
    for (int value : values)
        text << ' ' << std::setw(3) << std::setfill('0') << value;
    return text.str();
}

} // namespace

int main() {
    std::ostringstream out;
    out << "x=" << 42 << ' ' << std::fixed << std::setprecision(2) << 3.14159 << ' ' << std::hex << 255;
    std::cout << "ostringstream: " << out.str() << '\n';
    std::cout << "helper: " << describe({1, 22, 333}) << '\n';

    Point point{3, -4};
    std::ostringstream point_text;
    point_text << point;
    std::cout << "user type out: " << point_text.str() << '\n';
    std::istringstream point_input("(10, 20) (bad");
    Point parsed{0, 0};
    point_input >> parsed;
    std::cout << "user type in: " << parsed << " ok=" << static_cast<bool>(point_input) << '\n';
    point_input >> parsed;
    std::cout << "second parse ok=" << static_cast<bool>(point_input) << '\n';

    std::stringstream both;
    both << "10 20 30";
    int a = 0, b = 0, c = 0;
    both >> a >> b >> c;
    std::cout << "stringstream sum: " << a + b + c << " eof=" << both.eof() << '\n';
    both.clear();
    both << " 40";
    int d = 0;
    both >> d;
    std::cout << "after more output: " << d << " str=[" << both.str() << "]\n";

    std::ostringstream overwrite("abcdef");
    overwrite << "XY";
    std::cout << "out mode overwrites: " << overwrite.str() << '\n';
    std::ostringstream append("abcdef", std::ios_base::ate);
    append << "XY";
    std::cout << "ate appends: " << append.str() << '\n';

    std::ostringstream reused;
    reused << "first";
    reused.str("");
    reused << "second";
    std::cout << "str(\"\") resets: " << reused.str() << '\n';

    std::stringstream positions("0123456789");
    positions.seekg(4);
    char c4 = 0;
    positions >> c4;
    std::cout << "seekg(4): " << c4 << " tellg=" << positions.tellg() << '\n';
    positions.seekg(-2, std::ios_base::end);
    std::cout << "seekg(-2, end): " << static_cast<char>(positions.get()) << '\n';
    positions.seekp(2);
    positions << "ab";
    std::cout << "seekp(2) then write: " << positions.str() << " tellp=" << positions.tellp() << '\n';

    std::cout << "temporary: " << (std::ostringstream() << "built " << 3 << " ways").str() << '\n';
    int from_temporary = 0;
    std::istringstream("123") >> from_temporary;
    std::cout << "from temporary: " << from_temporary << '\n';

    std::istringstream csv("name,age\nada,36\nalan,41\n");
    std::string row;
    std::getline(csv, row);
    while (std::getline(csv, row)) {
        std::istringstream cells(row);
        std::string name, age;
        std::getline(cells, name, ',');
        std::getline(cells, age, ',');
        std::cout << "row: " << name << " is " << std::stoi(age) << '\n';
    }

    std::ostringstream copied;
    std::istringstream source("copy all of this");
    copied << source.rdbuf();
    std::cout << "rdbuf copy: " << copied.str() << '\n';

    std::stringstream moved_from;
    moved_from << "moved";
    std::stringstream moved_to = std::move(moved_from);
    moved_to << " stream";
    std::cout << "move: " << moved_to.str() << '\n';
    return 0;
}
