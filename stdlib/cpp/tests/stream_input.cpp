// Formatted and unformatted input, from string streams: numbers in each
// base, overflow and bad input, words, lines, characters, peek/unget/ignore,
// and the state flags each operation leaves.
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>

namespace {

void show_state(const char *label, const std::istream &stream) {
    std::cout << label << ": good=" << stream.good() << " eof=" << stream.eof() << " fail=" << stream.fail()
              << " bad=" << stream.bad() << '\n';
}

void numbers() {
    std::istringstream input("42 -17 +5 3.25 -0.5e2 1e3 .5 007");
    int first = 0, second = 0, third = 0;
    double fourth = 0, fifth = 0, sixth = 0, seventh = 0;
    int eighth = 0;
    input >> first >> second >> third >> fourth >> fifth >> sixth >> seventh >> eighth;
    std::cout << "numbers: " << first << ' ' << second << ' ' << third << ' ' << fourth << ' ' << fifth << ' '
              << sixth << ' ' << seventh << ' ' << eighth << '\n';
    show_state("after last number", input);

    std::istringstream bases("ff 0x1F 17 777 0x10 010");
    int hex_one = 0, hex_two = 0, oct_one = 0, oct_two = 0, any_one = 0, any_two = 0;
    bases >> std::hex >> hex_one >> hex_two >> std::oct >> oct_one >> oct_two;
    bases.unsetf(std::ios_base::basefield);
    bases >> any_one >> any_two;
    std::cout << "bases: " << hex_one << ' ' << hex_two << ' ' << oct_one << ' ' << oct_two << ' ' << any_one << ' '
              << any_two << '\n';

    std::istringstream mixed("12abc");
    int value = 0;
    std::string rest;
    mixed >> value >> rest;
    std::cout << "12abc: " << value << " then " << rest << '\n';

    std::istringstream bad("abc");
    value = 99;
    bad >> value;
    std::cout << "abc into int: " << value << '\n';
    show_state("after bad input", bad);
    bad.clear();
    bad >> rest;
    std::cout << "after clear: " << rest << '\n';

    std::istringstream overflow("99999999999 -99999999999");
    int too_big = 0;
    overflow >> too_big;
    std::cout << "overflow: " << too_big << ' ' << overflow.fail() << '\n';
    overflow.clear();
    overflow >> too_big;
    std::cout << "underflow: " << too_big << ' ' << overflow.fail() << '\n';

    std::istringstream unsigned_input("-1 4294967295 4294967296");
    unsigned a = 0, b = 0, c = 0;
    unsigned_input >> a >> b;
    unsigned_input >> c;
    std::cout << "unsigned: " << a << ' ' << b << ' ' << c << ' ' << unsigned_input.fail() << '\n';

    std::istringstream floats("1.5e3x 2. -.25e-1 1e");
    double x = 0, y = 0, z = 0, w = 0;
    floats >> x;
    char separator = 0;
    floats >> separator >> y >> z >> w;
    std::cout << "floats: " << x << ' ' << separator << ' ' << y << ' ' << z << ' ' << w << ' ' << floats.fail()
              << '\n';

    std::istringstream booleans("1 0 true false 2");
    bool p = false, q = true, r = false, s = true, t = false;
    booleans >> p >> q >> std::boolalpha >> r >> s >> std::noboolalpha >> t;
    std::cout << "booleans: " << p << q << r << s << t << ' ' << booleans.fail() << '\n';
}

void words_and_lines() {
    std::istringstream words("  alpha\tbeta\n\ngamma  ");
    std::string word;
    int count = 0;
    while (words >> word)
        std::cout << "word " << ++count << ": [" << word << "]\n";
    show_state("after words", words);

    std::istringstream lines("first line\nsecond line\n\nlast without newline");
    std::string line;
    count = 0;
    while (std::getline(lines, line))
        std::cout << "line " << ++count << ": [" << line << "]\n";

    std::istringstream fields("a,b,,c");
    std::string field;
    while (std::getline(fields, field, ','))
        std::cout << "field: [" << field << "]\n";

    std::istringstream limited("abcdefgh");
    std::string part;
    limited >> std::setw(3) >> part;
    std::cout << "setw(3) word: " << part << '\n';
    char buffer[5];
    limited >> std::setw(5) >> buffer;
    std::cout << "char array: " << buffer << '\n';

    std::istringstream mixed("37 words follow\nnext");
    int number = 0;
    mixed >> number;
    std::getline(mixed, line);
    std::cout << "number then rest of line: " << number << " [" << line << "]\n";
    mixed >> std::ws;
    std::getline(mixed, line);
    std::cout << "after ws: [" << line << "]\n";
}

void characters() {
    std::istringstream input("xy z\n12345");
    char c = 0;
    input >> c;
    std::cout << "char: " << c;
    std::cout << " get: " << static_cast<char>(input.get());
    std::cout << " peek: " << static_cast<char>(input.peek());
    input.get(c);
    std::cout << " get(c): [" << c << "]";
    input.unget();
    input.get(c);
    std::cout << " after unget: [" << c << "]";
    input.putback(c);
    input >> c;
    std::cout << " after putback: " << c << '\n';
    input.ignore(100, '\n');
    char digits[4];
    input.read(digits, 3);
    digits[3] = '\0';
    std::cout << "read: " << digits << " gcount " << input.gcount() << '\n';
    char line[10];
    input.getline(line, sizeof line);
    std::cout << "getline: " << line << " gcount " << input.gcount() << '\n';
    std::cout << "get at end: " << input.get() << '\n';
    show_state("at end", input);

    std::istringstream noskip("a b");
    char first = 0, second = 0, third = 0;
    noskip >> std::noskipws >> first >> second >> third;
    std::cout << "noskipws: [" << first << second << third << "]\n";
}

} // namespace

int main() {
    numbers();
    words_and_lines();
    characters();
    return 0;
}
