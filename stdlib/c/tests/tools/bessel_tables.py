#!/usr/bin/env python3
"""Generates the tables of stdlib/c/src/math/bessel.c with mpmath.

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mpmath
    /tmp/mp/bin/python stdlib/c/tests/tools/bessel_tables.py > tables.c

Prints, as C: the constants (each a double-double: the nearest double and
the nearest double to the rest), the bits of 2/pi, and for each of J0, J1,
Y0, Y1 the points about which bessel.c sums a Taylor series (see there).
The points are the zeros of the function and of its derivative between
the power-series region and about 41, plus points added until every point
x of an interval lies within min(c/4, 0.82) of its centre c; each entry is
{upper end of the interval, c, f(c) as hi, lo, f'(c) as hi, lo}."""
from mpmath import mp, mpf, besselj, bessely, besseljzero, besselyzero, pi, euler, log, sqrt

mp.prec = 400


def dd(value):
    high = float(value)
    low = float(value - mpf(high))
    return high, low


def hexd(value):
    return float(value).hex()


def constant(name, value):
    high, low = dd(value)
    print(f"static const struct dd {name} = {{{high.hex()}, {low.hex()}}};")


# Where the power series stop and the asymptotic expansion starts.
SERIES_END = {"j0": 2.0, "j1": 2.0, "y0": 0.625, "y1": 1.0}
ASYMPTOTIC_FROM = 40.0


def function(name):
    order = int(name[1])
    if name[0] == "j":
        value = lambda x: besselj(order, x)
        derivative = lambda x: besselj(order, x, derivative=1)
        zero = lambda m, d: besseljzero(order, m, derivative=d)
    else:
        value = lambda x: bessely(order, x)
        derivative = lambda x: bessely(order, x, derivative=1)
        zero = lambda m, d: besselyzero(order, m, derivative=d)
    return value, derivative, zero


def centres(name):
    _, _, zero = function(name)
    start = SERIES_END[name]
    points = []
    for derivative in (0, 1):
        m = 1
        while True:
            z = zero(m, derivative)
            m += 1
            if z <= start:
                continue
            points.append(float(z))
            if z > ASYMPTOTIC_FROM:
                break
    points.sort()
    # Keep up to the first point past ASYMPTOTIC_FROM; its interval ends halfway to the next.
    last = next(i for i, p in enumerate(points) if p > ASYMPTOTIC_FROM)
    end = (points[last] + points[last + 1]) / 2 if last + 1 < len(points) else points[last] + 0.78
    points = points[: last + 1]

    def bounds(points):
        result = []
        for i, c in enumerate(points):
            low = start if i == 0 else (points[i - 1] + c) / 2
            high = end if i == len(points) - 1 else (c + points[i + 1]) / 2
            result.append((low, high))
        return result

    while True:
        changed = False
        for i, (c, (low, high)) in enumerate(zip(points, bounds(points))):
            limit = min(c / 4, 0.82)
            if c - low > limit:
                left = start if i == 0 else points[i - 1]
                new = round(((left + c) / 2) * 64) / 64
                if i == 0 and new - start < 0:
                    new = (start + c) / 2
                points.insert(i, new)
                changed = True
                break
            if high - c > limit:
                right = end if i == len(points) - 1 else points[i + 1]
                points.insert(i + 1, round(((c + right) / 2) * 64) / 64)
                changed = True
                break
        if not changed:
            break
    return points, bounds(points)


def table(name):
    value, derivative, _ = function(name)
    points, intervals = centres(name)
    print(f"/* {name}: {len(points)} centres from {SERIES_END[name]} to {intervals[-1][1]} */")
    print(f"static const double {name.upper()}_TAYLOR[][6] = {{")
    for c, (low, high) in zip(points, intervals):
        v = dd(value(mpf(c)))
        d = dd(derivative(mpf(c)))
        print(f"    {{{float(high).hex()}, {c.hex()}, {v[0].hex()}, {v[1].hex()}, {d[0].hex()}, {d[1].hex()}}},")
    print("};")


def two_over_pi_words(count):
    value = 2 / pi
    bits = int(value * (mpf(2) ** (32 * count)))
    words = [(bits >> (32 * (count - 1 - i))) & 0xFFFFFFFF for i in range(count)]
    print(f"static const uint32_t TWO_OVER_PI_WORDS[{count}] = {{")
    for i in range(0, count, 8):
        print("    " + ", ".join(f"0x{w:08x}" for w in words[i : i + 8]) + ",")
    print("};")


def main():
    mp.prec = 4000
    two_over_pi_words(40)
    mp.prec = 400
    constant("HALF_PI", pi / 2)
    constant("TWO_OVER_PI", 2 / pi)
    constant("INVERSE_PI", 1 / pi)
    constant("SQRT_TWO_OVER_PI", sqrt(2 / pi))
    constant("EULER_GAMMA", euler)
    constant("LN2", log(2))
    for name in ("j0", "j1", "y0", "y1"):
        table(name)


if __name__ == "__main__":
    main()
