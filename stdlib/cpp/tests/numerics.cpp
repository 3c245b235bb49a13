// Numbers: numeric_limits, <cmath> overloads and classification,
// std::complex, <random> engines and distributions with fixed seeds,
// std::bitset, and <chrono>/<ratio> arithmetic (no clock readings, which
// differ between runs).
#include <bitset>
#include <chrono>
#include <cmath>
#include <complex>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <limits>
#include <random>
#include <ratio>

namespace {

void limits() {
    std::cout << "int: " << std::numeric_limits<int>::min() << ' ' << std::numeric_limits<int>::max() << ' '
              << std::numeric_limits<int>::digits << ' ' << std::numeric_limits<int>::is_signed << '\n';
    std::cout << "unsigned char: " << +std::numeric_limits<unsigned char>::max() << ' '
              << std::numeric_limits<unsigned char>::digits << '\n';
    std::cout << "int64: " << std::numeric_limits<std::int64_t>::min() << ' ' << std::numeric_limits<std::uint64_t>::max()
              << '\n';
    std::cout << "double: " << std::numeric_limits<double>::epsilon() << ' ' << std::numeric_limits<double>::max() << ' '
              << std::numeric_limits<double>::lowest() << ' ' << std::numeric_limits<double>::min() << ' '
              << std::numeric_limits<double>::digits10 << ' ' << std::numeric_limits<double>::max_digits10 << ' '
              << std::numeric_limits<double>::infinity() << '\n';
    std::cout << "float: " << std::numeric_limits<float>::epsilon() << ' ' << std::numeric_limits<float>::max() << ' '
              << std::numeric_limits<float>::digits << '\n';
    std::cout << "is_integer: " << std::numeric_limits<short>::is_integer << std::numeric_limits<float>::is_integer
              << " has_quiet_NaN: " << std::numeric_limits<double>::has_quiet_NaN << '\n';
}

void math() {
    std::cout << std::setprecision(10);
    std::cout << "sqrt: " << std::sqrt(2.0) << ' ' << std::sqrt(2.0f) << ' ' << std::sqrt(16) << '\n';
    std::cout << "pow: " << std::pow(2.0, 10) << ' ' << std::pow(2, 0.5) << ' ' << std::pow(1.5f, 2.0f) << '\n';
    std::cout << "exp/log: " << std::exp(1.0) << ' ' << std::log(10.0) << ' ' << std::log2(1024.0) << ' '
              << std::log10(0.001) << '\n';
    std::cout << "trig: " << std::sin(0.5) << ' ' << std::cos(0.5) << ' ' << std::tan(0.5) << ' ' << std::atan2(1.0, -1.0)
              << '\n';
    std::cout << "rounding: " << std::floor(-2.5) << ' ' << std::ceil(-2.5) << ' ' << std::round(2.5) << ' '
              << std::round(-2.5) << ' ' << std::trunc(-2.7) << ' ' << std::lround(3.5) << '\n';
    std::cout << "abs: " << std::abs(-3) << ' ' << std::abs(-3.5) << ' ' << std::abs(-7LL) << ' ' << std::fabs(-0.25)
              << '\n';
    std::cout << "fmod/hypot/cbrt: " << std::fmod(7.5, 2.0) << ' ' << std::hypot(3.0, 4.0) << ' ' << std::cbrt(27.0)
              << ' ' << std::fmin(2.0, 3.0) << ' ' << std::fmax(2.0, 3.0) << '\n';
    double infinity = std::numeric_limits<double>::infinity();
    double not_a_number = std::numeric_limits<double>::quiet_NaN();
    std::cout << "classify: " << std::isnan(not_a_number) << std::isinf(infinity) << std::isfinite(1.0)
              << std::isnormal(0.0) << std::signbit(-0.0) << (std::fpclassify(0.0) == FP_ZERO) << '\n';
    std::cout << std::setprecision(6);
}

void complex_numbers() {
    std::complex<double> z(3, 4), w(1, -2);
    std::cout << "complex: " << z << ' ' << z + w << ' ' << z - w << ' ' << z * w << ' ' << z / w << '\n';
    std::cout << "abs/arg/norm/conj: " << std::abs(z) << ' ' << std::arg(z) << ' ' << std::norm(z) << ' '
              << std::conj(z) << '\n';
    std::cout << "functions: " << std::sqrt(std::complex<double>(-4, 0)) << ' ' << std::exp(std::complex<double>(0, 0))
              << ' ' << std::polar(2.0, 0.0) << ' ' << std::pow(z, 2.0) << '\n';
    int inside = 0;
    for (int row = -10; row <= 10; ++row)
        for (int column = -20; column <= 10; ++column) {
            std::complex<double> point(column / 10.0, row / 10.0), value;
            int steps = 0;
            while (steps < 50 && std::norm(value) <= 4.0) {
                value = value * value + point;
                ++steps;
            }
            if (steps == 50)
                ++inside;
        }
    std::cout << "mandelbrot points inside: " << inside << '\n';
}

void random_numbers() {
    std::mt19937 twister;
    twister.discard(9999);
    std::mt19937_64 twister64;
    twister64.discard(9999);
    std::minstd_rand0 lehmer0;
    lehmer0.discard(9999);
    std::minstd_rand lehmer;
    lehmer.discard(9999);
    std::cout << "engines (10000th value): " << twister() << ' ' << twister64() << ' ' << lehmer0() << ' ' << lehmer()
              << '\n';
    std::mt19937 seeded(42);
    std::uniform_int_distribution<int> die(1, 6);
    std::cout << "dice:";
    for (int roll = 0; roll < 20; ++roll)
        std::cout << ' ' << die(seeded);
    std::cout << '\n';
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(10.0, 2.0);
    std::cout << std::fixed << std::setprecision(4) << "uniform real: " << unit(seeded) << ' ' << unit(seeded)
              << " normal: " << normal(seeded) << ' ' << normal(seeded) << std::defaultfloat << std::setprecision(6)
              << '\n';
    std::bernoulli_distribution coin(0.25);
    int heads = 0;
    for (int flip = 0; flip < 1000; ++flip)
        heads += coin(seeded);
    std::cout << "bernoulli(0.25) in 1000: " << heads << '\n';
    std::seed_seq sequence{1, 2, 3};
    std::mt19937 from_sequence(sequence);
    std::cout << "seed_seq: " << from_sequence() << ' ' << from_sequence() << '\n';
}

void bits() {
    std::bitset<12> flags("101001110010");
    std::cout << "bitset: " << flags << ' ' << flags.count() << ' ' << flags.to_ulong() << ' ' << flags[1] << flags.test(0)
              << '\n';
    flags.set(0).reset(1).flip(11);
    std::cout << "edited: " << flags << " shifted " << (flags << 3) << ' ' << (flags >> 4) << " inverted " << ~flags
              << '\n';
    std::bitset<8> low(0x0F), high(0xF0);
    std::cout << "logic: " << (low & high) << ' ' << (low | high) << ' ' << (low ^ std::bitset<8>(0xFF)) << ' '
              << (low | high).all() << low.any() << low.none() << '\n';
    std::bitset<100> wide;
    wide.set(99).set(64).set(0);
    std::cout << "wide: " << wide.count() << ' ' << (wide >> 64).to_ullong() << ' ' << wide.test(64) << '\n';
}

void durations() {
    using namespace std::chrono;
    using namespace std::chrono_literals;
    auto span = 2h + 30min + 15s;
    std::cout << "chrono: " << duration_cast<seconds>(span).count() << "s " << duration_cast<minutes>(span).count()
              << "min " << duration_cast<milliseconds>(1500us).count() << "ms\n";
    duration<double> fractional = 1500ms;
    std::cout << "double seconds: " << fractional.count() << " floor " << floor<seconds>(-1500ms).count() << " ceil "
              << ceil<seconds>(1200ms).count() << " round " << round<seconds>(2500ms).count() << '\n';
    std::cout << "compare: " << (1s > 999ms) << (60s == 1min) << (1h < 59min) << '\n';
    time_point<steady_clock, seconds> start(seconds(100));
    auto later = start + 5min;
    std::cout << "time_point: " << later.time_since_epoch().count() << ' ' << (later - start).count() << '\n';
    using third = std::ratio<1, 3>;
    using sixth = std::ratio<1, 6>;
    using total = std::ratio_add<third, sixth>;
    std::cout << "ratio: " << total::num << '/' << total::den << ' ' << std::ratio_multiply<third, sixth>::den << ' '
              << std::ratio_less<sixth, third>::value << ' ' << std::milli::den << '\n';
}

} // namespace

int main() {
    limits();
    math();
    complex_numbers();
    random_numbers();
    bits();
    durations();
    return 0;
}
