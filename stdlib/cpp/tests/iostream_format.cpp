// Formatted output through std::cout: integers in every base, floating
// point in every notation, field width, fill and adjustment, booleans,
// characters and strings, and the manipulators of <ios> and <iomanip>.
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <string>

namespace {

void integers() {
    std::cout << "integers: " << 0 << ' ' << 42 << ' ' << -42 << ' ' << 2147483647 << ' ' << -2147483647 - 1 << ' '
              << 4294967295u << ' ' << -9223372036854775807LL - 1 << ' ' << 18446744073709551615ULL << '\n';
    short small = -5;
    unsigned short small_unsigned = 65535;
    std::cout << "short: " << small << ' ' << small_unsigned << '\n';
    std::cout << "hex: " << std::hex << 255 << ' ' << -1 << ' ' << small << ' ' << std::uppercase << 48879
              << std::nouppercase << std::dec << '\n';
    std::cout << "oct: " << std::oct << 8 << ' ' << 0 << ' ' << std::showbase << 8 << ' ' << 0 << std::dec
              << std::noshowbase << '\n';
    std::cout << "showbase hex: " << std::showbase << std::hex << 255 << ' ' << 0 << ' ' << std::uppercase << 255
              << std::nouppercase << std::noshowbase << std::dec << '\n';
    std::cout << "showpos: " << std::showpos << 7 << ' ' << 0 << ' ' << -7 << ' ' << 7u << std::noshowpos << '\n';
    std::cout << "setbase: " << std::setbase(16) << 4096 << ' ' << std::setbase(8) << 64 << ' ' << std::setbase(10)
              << 100 << '\n';
    std::cout << "int64: " << INT64_MAX << ' ' << INT64_MIN << ' ' << UINT64_MAX << '\n';
}

void floating_point() {
    const double values[] = {0.0, 1.0, -1.5, 3.14159265358979, 1e-5, 123456789.0, 1e21, 0.1 + 0.2, 2.0 / 3.0};
    std::cout << "default:";
    for (double value : values)
        std::cout << ' ' << value;
    std::cout << '\n' << "precision 10:" << std::setprecision(10);
    for (double value : values)
        std::cout << ' ' << value;
    std::cout << '\n' << "fixed 3:" << std::fixed << std::setprecision(3);
    for (double value : values)
        std::cout << ' ' << value;
    std::cout << '\n' << "scientific 2:" << std::scientific << std::setprecision(2);
    for (double value : values)
        std::cout << ' ' << value;
    std::cout << '\n' << "hexfloat:" << std::hexfloat;
    for (double value : {1.0, 0.5, -10.25})
        std::cout << ' ' << value;
    std::cout << std::defaultfloat << std::setprecision(6) << '\n';
    std::cout << "showpoint: " << std::showpoint << 1.0 << ' ' << 2.5 << ' ' << 100.0 << std::noshowpoint << '\n';
    std::cout << "uppercase: " << std::uppercase << std::scientific << 1e-10 << ' ' << std::defaultfloat << 1e20
              << std::nouppercase << '\n';
    std::cout << "precision 0: " << std::setprecision(0) << 2.5 << ' ' << 123.456 << ' ' << std::fixed << 2.5 << ' '
              << 3.5 << std::defaultfloat << std::setprecision(6) << '\n';
    std::cout << "float: " << 1.1f << ' ' << 16777217.0f << ' ' << 1e-3f << '\n';
    std::cout << "big fixed: " << std::fixed << std::setprecision(1) << 1e30 << std::defaultfloat
              << std::setprecision(6) << '\n';
    std::cout << "infinity: " << 1.0 / 0.0 << ' ' << -1.0 / 0.0 << ' ' << std::uppercase << 1.0 / 0.0
              << std::nouppercase << '\n';
}

void fields() {
    std::cout << "width: [" << std::setw(6) << 42 << "] [" << std::setw(2) << 12345 << "] [" << 7 << "]\n";
    std::cout << "left: [" << std::left << std::setw(6) << 42 << "] [" << std::setw(6) << "ab" << "]" << std::right
              << '\n';
    std::cout << "fill: [" << std::setfill('*') << std::setw(8) << -3.5 << "] [" << std::setw(4) << 'x' << "]"
              << std::setfill(' ') << '\n';
    std::cout << "internal: [" << std::internal << std::setw(8) << -42 << "] [" << std::setw(8) << std::showpos << 42
              << std::noshowpos << "] [" << std::setw(10) << std::showbase << std::hex << 255 << std::dec
              << std::noshowbase << "] [" << std::setw(8) << -1.5 << "]" << std::right << '\n';
    std::cout << "zero padded: " << std::setfill('0') << std::setw(5) << 42 << ' ' << std::setw(3) << 7 << std::setfill(' ')
              << '\n';
    std::cout << "table:\n";
    const char *names[] = {"alpha", "beta", "gamma"};
    const double amounts[] = {1.5, 22.25, 333.125};
    for (int row = 0; row < 3; ++row)
        std::cout << std::left << std::setw(8) << names[row] << std::right << std::setw(10) << std::fixed
                  << std::setprecision(2) << amounts[row] << std::defaultfloat << std::setprecision(6) << '\n';
}

void text_and_booleans() {
    std::cout << "bool: " << true << ' ' << false << ' ' << std::boolalpha << true << ' ' << false
              << std::noboolalpha << '\n';
    std::cout << "bool width: [" << std::boolalpha << std::setw(7) << true << "]" << std::noboolalpha << '\n';
    std::cout << "chars: " << 'a' << static_cast<char>(66) << ' ' << static_cast<signed char>(67) << ' '
              << static_cast<unsigned char>(68) << '\n';
    std::string text = "string";
    const char *c_text = "c-string";
    std::cout << "strings: " << text << ' ' << c_text << ' ' << std::string(3, '-') << '\n';
    std::cout << "null pointer: " << static_cast<const void *>(nullptr) << ' ' << nullptr << '\n';
    std::cout.put('p').put('u').put('t');
    std::cout.write(" write\n", 7);
    std::cout << "flags kept: " << std::hex << 16 << ' ' << 32 << std::dec << ' ' << 16 << std::endl;
    std::cout << "ends" << std::ends << "|\n";
    std::cout << std::flush;
}

} // namespace

int main() {
    integers();
    floating_point();
    fields();
    text_and_booleans();
    return 0;
}
