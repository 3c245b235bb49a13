#!/usr/bin/env python3
"""Generates the math conformance vectors (stdlib/c/tests/math_vectors/):
for every double and float function of math.h with real arguments, the
correctly rounded result of thousands of arguments, computed with mpmath at
300 bits, again at 2600 bits when that lands within 2^-290 of a midpoint
between two numbers of the format (or exactly, with integers and
fractions, for the exact functions). Special values (NaN, infinities,
signed zeros) follow C's Annex F.

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mpmath gmpy2
    /tmp/mp/bin/python stdlib/c/tests/tools/math_vectors.py

It rewrites stdlib/c/tests/math_vectors/*.inc (C source for the test to
include, not named .h: the C library rebuilds whenever a .h under stdlib/c
changes) and touches the test, whose build looks at its own date only. The
output depends only on SEED below, so a second run gives the same files.
The test is stdlib/c/tests/wasmos/math_conformance_test.c; its .expected
file pins the largest error per function: rerun the test and update that
file when a function changes (cargo xtask cc -o /tmp/math.wasm
stdlib/c/tests/wasmos/math_conformance_test.c, then target/release/wasmos-run
/tmp/math.wasm > stdlib/c/tests/wasmos/math_conformance_test.expected).

Compact form: the random arguments are not stored. Each function lists
segments (a count and how each argument is drawn: uniform over the bit
patterns between two positive numbers, with or without a random sign,
uniform over a real interval, or a uniform integer), and the test draws
them with the same generator (splitmix64 seeded with SEED xor the FNV-1a
hash of the function's name); edge cases (signed zeros, subnormals, the
limits of the format, infinities, NaN, huge arguments, points near poles
and zeros) are stored explicitly. Results are stored as bit patterns; for
frexp and modf the two outputs follow each other."""

import math
import os
import struct
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

SEED = 0x5EED_2026_0018
PRECISION = 300
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUTPUT = os.path.join(ROOT, "stdlib", "c", "tests", "math_vectors")

MASK64 = (1 << 64) - 1

# Argument kinds (must match the test's).
KIND_BITS = 0  # uniform over the bit patterns of [lo, hi], lo and hi >= 0
KIND_SIGNED_BITS = 1  # the same with a random sign
KIND_UNIFORM = 2  # lo + (hi - lo) * u, u uniform in [0, 1) with 53 bits
KIND_INTEGER = 3  # uniform integer in [lo, hi]


class Format:
    """A binary floating-point format: double or float."""

    def __init__(self, name, bits, precision, minimum_exponent, maximum_exponent, code):
        self.name = name
        self.bits = bits
        self.precision = precision
        self.minimum_exponent = minimum_exponent  # of the smallest normal number
        self.maximum_exponent = maximum_exponent
        self.code = code
        self.hex_digits = bits // 4

    def to_bits(self, value):
        if self.bits == 64:
            return struct.unpack("<Q", struct.pack("<d", value))[0]
        return struct.unpack("<I", struct.pack("<f", value))[0]

    def from_bits(self, bits):
        if self.bits == 64:
            return struct.unpack("<d", struct.pack("<Q", bits))[0]
        return struct.unpack("<f", struct.pack("<I", bits))[0]

    def round_float(self, value):
        """A Python float rounded to this format (round to nearest even)."""
        if self.bits == 32 and not math.isinf(value) and abs(value) >= 2.0**128 * (1 - 2.0**-25):
            return math.copysign(math.inf, value)
        return self.from_bits(self.to_bits(value))

    def nan_bits(self):
        return 0x7FF8000000000000 if self.bits == 64 else 0x7FC00000

    def infinity_bits(self, negative):
        bits = 0x7FF0000000000000 if self.bits == 64 else 0x7F800000
        return bits | (1 << (self.bits - 1)) if negative else bits

    def zero_bits(self, negative):
        return (1 << (self.bits - 1)) if negative else 0

    def round_exact(self, negative, mantissa, exponent):
        """The bits of (-1)^negative * mantissa * 2^exponent rounded to nearest even."""
        if mantissa == 0:
            return self.zero_bits(negative)
        top = exponent + mantissa.bit_length() - 1
        quantum = max(top, self.minimum_exponent) - (self.precision - 1)
        shift = quantum - exponent
        if shift > 0:
            kept = mantissa >> shift
            rest = mantissa & ((1 << shift) - 1)
            half = 1 << (shift - 1)
            if rest > half or (rest == half and kept & 1):
                kept += 1
            mantissa, exponent = kept, quantum
        if mantissa == 0:
            return self.zero_bits(negative)
        top = exponent + mantissa.bit_length() - 1
        if top > self.maximum_exponent:
            return self.infinity_bits(negative)
        value = math.ldexp(float(mantissa), exponent)
        return self.to_bits(-value if negative else value)

    def round_fraction(self, value, negative_zero=False):
        """Bits of an exact rational, rounded."""
        if value == 0:
            return self.zero_bits(negative_zero)
        negative = value < 0
        value = abs(value)
        numerator, denominator = value.numerator, value.denominator
        # Scale to an integer with 3 guard bits past the format's precision, keeping a sticky bit.
        shift = self.precision + 3 - (numerator.bit_length() - denominator.bit_length())
        if shift >= 0:
            quotient, remainder = divmod(numerator << shift, denominator)
        else:
            quotient, remainder = divmod(numerator, denominator << -shift)
        # Ensure the sticky bit cannot be confused with a midpoint: append it below.
        mantissa = (quotient << 1) | (1 if remainder else 0)
        return self.round_exact(negative, mantissa, -shift - 1)

    def round_mpf(self, value):
        """Bits of an mpmath number, rounded."""
        if isinstance(value, mpmath.mpc):
            return self.nan_bits()
        if mpmath.isnan(value):
            return self.nan_bits()
        if mpmath.isinf(value):
            return self.infinity_bits(value < 0)
        sign, mantissa, exponent, _ = value._mpf_
        if mantissa == 0:
            return self.zero_bits(False)
        # The value carries PRECISION bits, far more than the format: its
        # rounding is the correct one unless the exact value lies within
        # 2^-PRECISION of a midpoint.
        return self.round_exact(sign == 1, int(mantissa), exponent)


def correctly_rounded(fmt, compute):
    """Bits of compute() (an mpmath expression of the current precision)
    rounded to fmt: at PRECISION bits, and again at 2600 bits when the value
    is within 2^-290 of a midpoint (as x/2 - x^3/16 is for j1 of a
    subnormal x: the correction is 2^-2044 of the result)."""
    for precision in (PRECISION, 2600):
        with mp.workprec(precision):
            value = compute()
            if isinstance(value, mpmath.mpc) or not mpmath.isfinite(value) or value == 0:
                return fmt.round_mpf(value)
            epsilon = mpf(2) ** -290
            low, high = fmt.round_mpf(value * (1 - epsilon)), fmt.round_mpf(value * (1 + epsilon))
            if low == high:
                return low
    return fmt.round_mpf(value)


DOUBLE = Format("double", 64, 53, -1022, 1023, "d")
FLOAT = Format("float", 32, 24, -126, 127, "f")


def fnv1a(text):
    value = 0xCBF29CE484222325
    for byte in text.encode():
        value ^= byte
        value = (value * 0x100000001B3) & MASK64
    return value


class SplitMix:
    """splitmix64, as in the test."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)


def draw(generator, fmt, kind, low, high):
    """One argument: a Python float (already in fmt), or an int for KIND_INTEGER."""
    if kind in (KIND_BITS, KIND_SIGNED_BITS):
        negative = False
        if kind == KIND_SIGNED_BITS:
            negative = generator.next() >> 63 == 1
        low_bits, high_bits = fmt.to_bits(low), fmt.to_bits(high)
        bits = low_bits + generator.next() % (high_bits - low_bits + 1)
        value = fmt.from_bits(bits)
        return -value if negative else value
    if kind == KIND_UNIFORM:
        unit = (generator.next() >> 11) * 2.0**-53
        width = high - low
        scaled = width * unit
        return fmt.round_float(low + scaled)
    if kind == KIND_INTEGER:
        return int(low) + generator.next() % (int(high) - int(low) + 1)
    raise ValueError(kind)


# ---- references ---------------------------------------------------------------


def is_nan(x):
    return isinstance(x, float) and x != x


def is_inf(x):
    return isinstance(x, float) and math.isinf(x)


def negative(x):
    return math.copysign(1.0, x) < 0


def special_one(name, x):
    """The result of a one-argument function at NaN, an infinity or a zero (a
    Python float), or None to compute it."""
    odd_at_zero = {
        "sin",
        "tan",
        "asin",
        "atan",
        "sinh",
        "tanh",
        "asinh",
        "atanh",
        "expm1",
        "log1p",
        "cbrt",
        "erf",
        "sqrt",
        "rint",
        "nearbyint",
        "floor",
        "ceil",
        "trunc",
        "round",
    }
    if is_nan(x):
        return math.nan
    if x == 0:
        if name in odd_at_zero:
            return x
        if name in ("log", "log2", "log10"):
            return -math.inf
        if name in ("lgamma", "fabs"):
            return math.inf if name == "lgamma" else 0.0
        if name == "tgamma":
            return math.copysign(math.inf, x)
        if name in ("y0", "y1", "logb"):
            return -math.inf
        if name == "j1":
            return x
        return None
    if is_inf(x):
        positive = x > 0
        table = {
            "sin": (math.nan, math.nan),
            "cos": (math.nan, math.nan),
            "tan": (math.nan, math.nan),
            "asin": (math.nan, math.nan),
            "acos": (math.nan, math.nan),
            "sinh": (math.inf, -math.inf),
            "cosh": (math.inf, math.inf),
            "tanh": (1.0, -1.0),
            "asinh": (math.inf, -math.inf),
            "acosh": (math.inf, math.nan),
            "atanh": (math.nan, math.nan),
            "exp": (math.inf, 0.0),
            "exp2": (math.inf, 0.0),
            "exp10": (math.inf, 0.0),
            "expm1": (math.inf, -1.0),
            "log": (math.inf, math.nan),
            "log2": (math.inf, math.nan),
            "log10": (math.inf, math.nan),
            "log1p": (math.inf, math.nan),
            "cbrt": (math.inf, -math.inf),
            "erf": (1.0, -1.0),
            "erfc": (0.0, 2.0),
            "lgamma": (math.inf, math.inf),
            "tgamma": (math.inf, math.nan),
            "sqrt": (math.inf, math.nan),
        }
        if name in table:
            return table[name][0 if positive else 1]
        if name in ("rint", "nearbyint", "floor", "ceil", "trunc", "round"):
            return x
        if name in ("fabs", "logb"):
            return math.inf
        if name == "j0":
            return 0.0
        if name == "j1":
            return 0.0 if positive else -0.0  # odd, as glibc (1 / x)
        if name in ("y0", "y1"):
            return 0.0 if positive else math.nan
        return None  # atan: computed
    return None


def log_abs_gamma(x):
    if x > 0:
        return mp.loggamma(x)
    # Reflection: |Gamma(x)| = pi / (|sin(pi x)| Gamma(1 - x)).
    return mp.log(mp.pi / abs(mp.sinpi(x))) - mp.loggamma(1 - x)


def reference_one(name, x, fmt):
    """Bits of name(x) correctly rounded to fmt."""
    special = special_one(name, x)
    if special is not None:
        return fmt.to_bits(fmt.round_float(special)) if not is_nan(special) else fmt.nan_bits()
    exact = Fraction(x) if not is_inf(x) else None
    if name in ("rint", "nearbyint", "floor", "ceil", "trunc", "round"):
        floor_value = math.floor(exact)
        fraction = exact - floor_value
        if name == "floor":
            value = floor_value
        elif name == "ceil":
            value = floor_value + (1 if fraction else 0)
        elif name == "trunc":
            value = floor_value if x > 0 else floor_value + (1 if fraction else 0)
        elif name == "round":
            magnitude = abs(exact)
            value = math.floor(magnitude + Fraction(1, 2)) * (1 if x > 0 else -1)
        else:
            value = round(exact)  # half to even
        return fmt.round_fraction(Fraction(value), negative_zero=negative(x))
    if name == "sqrt":
        if x < 0:
            return fmt.nan_bits()
        return correctly_rounded(fmt, lambda: mp.sqrt(mpf(x)))
    if name == "fabs":
        return fmt.to_bits(abs(x))
    if name == "logb":
        return fmt.to_bits(float(math.frexp(x)[1] - 1))
    if name in ("y0", "y1") and x < 0:
        return fmt.nan_bits()
    value = mpf(x)
    if name in ("asin", "acos") and abs(x) > 1:
        return fmt.nan_bits()
    if name in ("log", "log2", "log10") and x < 0:
        return fmt.nan_bits()
    if name == "log1p":
        if x < -1:
            return fmt.nan_bits()
        if x == -1:
            return fmt.infinity_bits(True)
    if name == "acosh" and x < 1:
        return fmt.nan_bits()
    if name == "atanh":
        if abs(x) > 1:
            return fmt.nan_bits()
        if abs(x) == 1:
            return fmt.infinity_bits(x < 0)
    if name == "tgamma":
        if x < 0 and x == math.floor(x):
            return fmt.nan_bits()
        if x > 200:
            return fmt.infinity_bits(False)
        if x < -200:
            # |Gamma(x)| < 2^-1200: a zero with the sign of Gamma(x).
            return fmt.zero_bits(math.floor(x) % 2 == 1)
    if name == "lgamma" and x < 0 and x == math.floor(x):
        return fmt.infinity_bits(False)
    # Results that certainly overflow or underflow, to spare mpmath huge numbers.
    if name in ("exp", "exp2", "exp10", "sinh", "cosh") and abs(x) > 4000:
        if name == "cosh" or x > 0:
            return fmt.infinity_bits(name == "sinh" and x < 0)
        if name == "sinh":
            return fmt.infinity_bits(True)
        return fmt.zero_bits(False)
    if name == "expm1" and x > 4000:
        return fmt.infinity_bits(False)
    if name == "erfc" and x > 40:
        return fmt.zero_bits(False)
    functions = {
        "sin": mp.sin,
        "cos": mp.cos,
        "tan": mp.tan,
        "asin": mp.asin,
        "acos": mp.acos,
        "atan": mp.atan,
        "sinh": mp.sinh,
        "cosh": mp.cosh,
        "tanh": mp.tanh,
        "asinh": mp.asinh,
        "acosh": mp.acosh,
        "atanh": mp.atanh,
        "exp": mp.exp,
        "exp2": lambda v: mpf(2) ** v,
        "exp10": lambda v: mpf(10) ** v,
        "expm1": mp.expm1,
        "log": mp.log,
        "log2": lambda v: mp.log(v, 2),
        "log10": mp.log10,
        "log1p": mp.log1p,
        "cbrt": mp.cbrt,
        "erf": mp.erf,
        "erfc": mp.erfc,
        "lgamma": log_abs_gamma,
        "tgamma": mp.gamma,
        "j0": lambda v: mp.besselj(0, v),
        "j1": lambda v: mp.besselj(1, v),
        "y0": lambda v: mp.bessely(0, v),
        "y1": lambda v: mp.bessely(1, v),
    }
    if name == "cbrt" and x < 0:
        return correctly_rounded(fmt, lambda: -mp.cbrt(-mpf(x)))
    if name in ("tanh", "erf") and abs(x) > 40:
        return fmt.to_bits(math.copysign(1.0, x))
    if name == "atan" and is_inf(x):
        return fmt.round_mpf(mp.pi / 2 * (1 if x > 0 else -1))
    return correctly_rounded(fmt, lambda: functions[name](mpf(x)))


def is_odd_integer(y):
    return not is_inf(y) and not is_nan(y) and y == math.floor(y) and abs(y) < 2**54 and int(y) % 2 == 1


def is_integer(y):
    return not is_inf(y) and not is_nan(y) and y == math.floor(y)


def reference_pow(x, y, fmt):
    if y == 0 or x == 1:
        return fmt.to_bits(1.0)
    if is_nan(x) or is_nan(y):
        return fmt.nan_bits()
    if x == 0:
        if y < 0:
            return fmt.infinity_bits(negative(x) and is_odd_integer(y))
        return fmt.zero_bits(negative(x) and is_odd_integer(y))
    if is_inf(y):
        if x == -1:
            return fmt.to_bits(1.0)
        big = abs(x) > 1
        if (y > 0) == big:
            return fmt.infinity_bits(False)
        return fmt.zero_bits(False)
    if is_inf(x):
        odd = is_odd_integer(y)
        if x < 0:
            if y < 0:
                return fmt.zero_bits(odd)
            return fmt.infinity_bits(odd)
        return fmt.zero_bits(False) if y < 0 else fmt.infinity_bits(False)
    if x < 0 and not is_integer(y):
        return fmt.nan_bits()
    sign_negative = x < 0 and is_odd_integer(y)
    magnitude = abs(x)
    # Certain overflow or underflow, decided with a margin.
    estimate = y * math.log2(magnitude) if magnitude != 1 else 0.0
    if estimate > 1100:
        return fmt.infinity_bits(sign_negative)
    if estimate < -1200:
        return fmt.zero_bits(sign_negative)
    if is_integer(y) and abs(y) <= 4096:
        value = Fraction(magnitude) ** int(y)
        return fmt.round_fraction(-value if sign_negative else value, negative_zero=sign_negative)
    bits = correctly_rounded(fmt, lambda: mpf(magnitude) ** mpf(y))
    return bits | (1 << (fmt.bits - 1)) if sign_negative else bits


def reference_atan2(y, x, fmt):
    if is_nan(x) or is_nan(y):
        return fmt.nan_bits()
    sign = -1 if negative(y) else 1
    if y == 0:
        if negative(x):
            return fmt.round_mpf(sign * mp.pi)
        return fmt.zero_bits(negative(y))
    if x == 0:
        return fmt.round_mpf(sign * mp.pi / 2)
    if is_inf(y):
        if is_inf(x):
            return fmt.round_mpf(sign * mp.pi * (mpf(3) / 4 if x < 0 else mpf(1) / 4))
        return fmt.round_mpf(sign * mp.pi / 2)
    if is_inf(x):
        if x > 0:
            return fmt.zero_bits(negative(y))
        return fmt.round_mpf(sign * mp.pi)
    return correctly_rounded(fmt, lambda: mp.atan2(mpf(y), mpf(x)))


def reference_two(name, x, y, fmt):
    if name == "pow":
        return reference_pow(x, y, fmt)
    if name == "atan2":
        return reference_atan2(x, y, fmt)
    if name == "hypot":
        if is_inf(x) or is_inf(y):
            return fmt.infinity_bits(False)
        if is_nan(x) or is_nan(y):
            return fmt.nan_bits()
        return correctly_rounded(fmt, lambda: mp.sqrt(mpf(x) ** 2 + mpf(y) ** 2))
    if name == "copysign":
        return (
            fmt.to_bits(math.copysign(x, y))
            if not is_nan(x)
            else (fmt.to_bits(x) & ~(1 << (fmt.bits - 1))) | (fmt.to_bits(y) & (1 << (fmt.bits - 1)))
        )
    if name in ("fmin", "fmax"):
        if is_nan(x) and is_nan(y):
            return fmt.nan_bits()
        if is_nan(x):
            return fmt.to_bits(y)
        if is_nan(y):
            return fmt.to_bits(x)
        if x == y:
            if name == "fmin":
                return fmt.to_bits(x if negative(x) else y)
            return fmt.to_bits(y if negative(x) else x)
        return fmt.to_bits(min(x, y) if name == "fmin" else max(x, y))
    if name == "fdim":
        if is_nan(x) or is_nan(y):
            return fmt.nan_bits()
        if x > y:
            if is_inf(x) or is_inf(y):
                return fmt.infinity_bits(False)
            return fmt.round_fraction(Fraction(x) - Fraction(y))
        return fmt.zero_bits(False)
    if name == "nextafter":
        if is_nan(x) or is_nan(y):
            return fmt.nan_bits()
        if x == y:
            return fmt.to_bits(y)
        if x == 0:
            return fmt.to_bits(fmt.from_bits(1)) | (fmt.zero_bits(True) if y < 0 else 0)
        bits = fmt.to_bits(x)
        away = (y > x) == (x > 0)
        return bits + 1 if away else bits - 1
    if name in ("fmod", "remainder"):
        if is_nan(x) or is_nan(y) or is_inf(x) or y == 0:
            return fmt.nan_bits()
        if is_inf(y) or x == 0:
            return fmt.to_bits(x)
        quotient = Fraction(x) / Fraction(y)
        if name == "fmod":
            whole = math.floor(abs(quotient)) * (1 if quotient > 0 else -1)
        else:
            whole = round(quotient)
        value = Fraction(x) - whole * Fraction(y)
        return fmt.round_fraction(value, negative_zero=negative(x))
    raise ValueError(name)


def reference_fma(x, y, z, fmt):
    if is_nan(x) or is_nan(y) or is_nan(z):
        return fmt.nan_bits()
    product_negative = negative(x) != negative(y)
    if is_inf(x) or is_inf(y):
        if x == 0 or y == 0:
            return fmt.nan_bits()
        if is_inf(z) and negative(z) != product_negative:
            return fmt.nan_bits()
        return fmt.infinity_bits(product_negative)
    if is_inf(z):
        return fmt.to_bits(z)
    value = Fraction(x) * Fraction(y) + Fraction(z)
    if value == 0:
        product_zero = x == 0 or y == 0
        both_negative = product_zero and z == 0 and product_negative and negative(z)
        return fmt.zero_bits(both_negative)
    return fmt.round_fraction(value)


def reference_ldexp(x, n, fmt):
    if is_nan(x):
        return fmt.nan_bits()
    if is_inf(x) or x == 0:
        return fmt.to_bits(x)
    return fmt.round_fraction(Fraction(x) * Fraction(2) ** n, negative_zero=negative(x))


def reference_frexp(x, fmt):
    """(mantissa bits, exponent)."""
    if is_nan(x):
        return fmt.nan_bits(), 0
    if is_inf(x) or x == 0:
        return fmt.to_bits(x), 0
    mantissa, exponent = math.frexp(x)
    return fmt.to_bits(mantissa), exponent & ((1 << fmt.bits) - 1)


def reference_modf(x, fmt):
    """(fraction bits, integral part bits)."""
    if is_nan(x):
        return fmt.nan_bits(), fmt.nan_bits()
    if is_inf(x):
        return fmt.zero_bits(x < 0), fmt.to_bits(x)
    integral = float(math.trunc(x)) if abs(x) < 2**53 else x
    integral = math.copysign(integral, x)
    fraction = math.copysign(x - integral, x)
    return fmt.to_bits(fraction), fmt.to_bits(integral)


# ---- the functions and their arguments ---------------------------------------

MAXIMUM = {"d": 1.7976931348623157e308, "f": 3.4028234663852886e38}
TINY = {"d": 5e-324, "f": 1.401298464324817e-45}
MINIMUM_NORMAL = {"d": 2.2250738585072014e-308, "f": 1.1754943508222875e-38}


def whole(code, count):
    """Every finite nonzero value, log-uniformly, both signs."""
    return (count, [(KIND_SIGNED_BITS, TINY[code], MAXIMUM[code])])


def uniform(count, *ranges):
    return (count, [(KIND_UNIFORM, low, high) for low, high in ranges])


def positive_bits(code, count, low=None, high=None):
    return (count, [(KIND_BITS, low if low is not None else TINY[code], high if high is not None else MAXIMUM[code])])


def edges_common(fmt):
    code = fmt.code
    maximum, tiny, normal = MAXIMUM[code], TINY[code], MINIMUM_NORMAL[code]
    largest_subnormal = normal - tiny
    values = [
        0.0,
        tiny,
        largest_subnormal,
        normal,
        maximum,
        math.inf,
        1.0,
        0.5,
        2.0,
        3.0,
        10.0,
        1e-300 if code == "d" else 1e-40,
    ]
    values = [fmt.round_float(v) for v in values]
    result = []
    for value in values:
        result.extend([value, -value])
    result.append(math.nan)
    return result


def neighbours(fmt, value, spread=2):
    """value and the doubles next to it."""
    bits = fmt.to_bits(fmt.round_float(value))
    return [fmt.from_bits(bits + offset) for offset in range(-spread, spread + 1) if 0 <= bits + offset]


def edges_one(name, fmt):
    code = fmt.code
    values = edges_common(fmt)
    if name in ("sin", "cos", "tan"):
        values += [1e22, -1e22, 2.0**1000, 6381956970095103.0 * 2.0**797, 2.0**60, 2.0**30, 1e300]
        for multiple in (1, 2, 3, 4, 100, 1 << 20):
            values += neighbours(fmt, float(mp.pi / 2 * multiple))
    if name in ("asin", "acos", "atanh", "log", "log2", "log10", "acosh", "log1p", "erf"):
        values += neighbours(fmt, 1.0, 3) + neighbours(fmt, -1.0, 3)
    if name in ("exp", "expm1", "sinh", "cosh"):
        values += neighbours(fmt, 709.782712893384 if code == "d" else 88.72283905206835, 2)
        values += neighbours(fmt, -745.1332191019412 if code == "d" else -103.97208, 2)
        values += [710.0, -710.0, 88.7, -88.7, 1e-10, -1e-10]
    if name in ("exp2", "exp10"):
        values += [1023.0, 1024.0, -1074.0, -1075.0, -1022.0, 308.0, 308.25, -323.0, -324.0, 38.5, -45.0, 127.0, 128.0]
        values += [0.5, -0.5, 3.0, -3.0, 22.0, 23.0]
    if name in ("lgamma", "tgamma"):
        values += (
            neighbours(fmt, -1.0, 2) + neighbours(fmt, -2.0, 2) + neighbours(fmt, 1.0, 2) + neighbours(fmt, 2.0, 2)
        )
        values += [171.62, 171.625, 172.0, 35.04, 35.05, -0.5, -1.5, -2.5, -170.5, -171.5, -177.5, -185.5, 1e-300]
    if name in ("erfc",):
        values += [26.5, 26.55, 27.2, 27.25, 27.3, 10.05, 9.19, 5.0, -5.0, -6.0]
    if name in ("rint", "nearbyint", "floor", "ceil", "trunc", "round"):
        values += [
            0.49999999999999994,
            1.5,
            2.5,
            -1.5,
            -2.5,
            -0.5,
            0.5,
            4503599627370495.5,
            4503599627370497.0,
            -4503599627370495.5,
        ]
        values += [8388607.5, 8388609.0, -8388607.5, 0.49999997]
    if name in ("j0", "j1", "y0", "y1"):
        for zero in (
            0.8935769662791675,
            2.197141326031017,
            2.404825557695773,
            3.6830228565851777,
            3.8317059702075125,
            5.520078110286311,
            7.015586669815619,
            1e15,
            1e300,
        ):
            values += neighbours(fmt, zero, 2)
    if name in ("sqrt", "cbrt"):
        values += [4.0, 9.0, 27.0, -27.0, 2.0**-1074 * 64]
    return [fmt.round_float(v) for v in values]


# The negative zeros of lgamma, two in each of (-3, -2) ... (-18, -17)
# (tests/tools/math_lgamma_zeros.py; the last rounds to the pole -18).
LGAMMA_ZEROS = [
    -2.7476826467274127,
    -2.4570247382208006,
    -3.955294284858598,
    -3.14358088834998,
    -4.991544640560048,
    -4.039361839740537,
    -5.998607480080875,
    -5.0082181683225935,
    -6.999801507890638,
    -6.001385294453155,
    -7.999975197095821,
    -7.000198333407325,
    -8.999997244250977,
    -8.000024800270682,
    -9.99999972442663,
    -9.000002755714823,
    -10.99999997494789,
    -10.000000275573013,
    -11.999999997912324,
    -11.000000025052106,
    -12.99999999983941,
    -12.000000002087676,
    -13.99999999998853,
    -13.00000000016059,
    -14.999999999999236,
    -14.00000000001147,
    -15.999999999999952,
    -15.000000000000764,
    -16.999999999999996,
    -16.000000000000046,
    -18.0,
    -17.000000000000004,
]


def edges_lgamma_zeros(fmt):
    """The numbers nearest the negative zeros of lgamma, and their neighbours,
    where the result is tiny and any fixed absolute error becomes many ulps."""
    values = []
    for zero in LGAMMA_ZEROS:
        values += neighbours(fmt, zero, 3)
    for zero in LGAMMA_ZEROS:
        for offset in (2.0**-30, 2.0**-20, 2.0**-14, 2.0**-10):
            values += [fmt.round_float(zero + offset), fmt.round_float(zero - offset)]
    return values


def edges_two(name, fmt):
    base = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        -2.0,
        0.5,
        -2.5,
        3.0,
        math.inf,
        -math.inf,
        math.nan,
        TINY[fmt.code],
        -MAXIMUM[fmt.code],
    ]
    base = [fmt.round_float(v) for v in base]
    pairs = [(x, y) for x in base for y in base]
    if name == "pow":
        extra_x = [1.0000001, 0.9999999, 10.0, -10.0, 1e-5, -8.0, 1.5, 1e300 if fmt is DOUBLE else 1e30]
        extra_y = [
            1e10,
            -1e10,
            0.5,
            -0.5,
            3.0,
            -3.0,
            1023.0,
            1024.0,
            -1074.0,
            53.0,
            2.0**60,
            2.0**60 + 1 if fmt is DOUBLE else 2.0**30,
            1.0 / 3,
        ]
        pairs += [(fmt.round_float(x), fmt.round_float(y)) for x in extra_x for y in extra_y]
    if name in ("fmod", "remainder"):
        pairs += [
            (MAXIMUM[fmt.code], TINY[fmt.code]),
            (MAXIMUM[fmt.code], 3.0),
            (7.0, 2.0),
            (-7.0, 2.0),
            (5.0, 2.0),
            (-5.0, 2.0),
        ]
        pairs += [(6.0, 4.0), (-6.0, 4.0), (1e300 if fmt is DOUBLE else 1e38, 1e-300 if fmt is DOUBLE else 1e-38)]
        pairs = [(fmt.round_float(x), fmt.round_float(y)) for x, y in pairs]
    if name == "hypot":
        pairs += [
            (MAXIMUM[fmt.code], MAXIMUM[fmt.code]),
            (TINY[fmt.code], TINY[fmt.code]),
            (3.0, 4.0),
            (1e300, 1e-300),
            (math.inf, math.nan),
            (math.nan, -math.inf),
        ]
        pairs = [(fmt.round_float(x), fmt.round_float(y)) for x, y in pairs]
    return pairs


def edges_fma(fmt, generator):
    base = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, TINY[fmt.code], MAXIMUM[fmt.code], 0.5]
    base = [fmt.round_float(v) for v in base]
    triples = [(x, y, z) for x in base for y in base for z in base[:7]]
    # Near-cancellations: z is minus the rounded product, or a neighbour of it.
    for _ in range(200):
        x = draw(generator, fmt, KIND_UNIFORM, -1.0, 1.0)
        y = draw(generator, fmt, KIND_UNIFORM, -1.0, 1.0)
        product = fmt.round_float(x * y)
        for z in neighbours(fmt, -product, 1):
            triples.append((x, y, z))
    return triples


def edges_ldexp(fmt):
    base = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        math.inf,
        -math.inf,
        math.nan,
        TINY[fmt.code],
        MAXIMUM[fmt.code],
        MINIMUM_NORMAL[fmt.code],
        1.5,
        0.75,
    ]
    exponents = [0, 1, -1, 1023, 1024, -1074, -1075, -1076, 2000, -2000, 127, -149, -150, 52, -52]
    return [(fmt.round_float(x), n) for x in base for n in exponents]


# Each function: name, signature, bound in ulp, segments for double, segments for float.
def specifications():
    d, f = "d", "f"
    table = []

    def one(name, bound, double_segments, float_segments):
        table.append((name, "1", bound, double_segments, float_segments))

    def two(name, bound, double_segments, float_segments):
        table.append((name, "2", bound, double_segments, float_segments))

    large, small = 1000, 500
    one("sin", 1, [whole(d, large), uniform(large, (-10.0, 10.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one("cos", 1, [whole(d, large), uniform(large, (-10.0, 10.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one("tan", 1, [whole(d, large), uniform(large, (-10.0, 10.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one("asin", 1, [whole(d, 500), uniform(1500, (-1.0, 1.0))], [whole(f, 250), uniform(750, (-1.0, 1.0))])
    one("acos", 1, [whole(d, 500), uniform(1500, (-1.0, 1.0))], [whole(f, 250), uniform(750, (-1.0, 1.0))])
    one("atan", 1, [whole(d, large), uniform(large, (-10.0, 10.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one(
        "sinh",
        1,
        [whole(d, 600), uniform(800, (-5.0, 5.0)), uniform(600, (-710.0, 710.0))],
        [whole(f, 300), uniform(400, (-5.0, 5.0)), uniform(300, (-90.0, 90.0))],
    )
    one(
        "cosh",
        1,
        [whole(d, 600), uniform(800, (-5.0, 5.0)), uniform(600, (-710.0, 710.0))],
        [whole(f, 300), uniform(400, (-5.0, 5.0)), uniform(300, (-90.0, 90.0))],
    )
    one("tanh", 1, [whole(d, large), uniform(large, (-20.0, 20.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one("asinh", 1, [whole(d, large), uniform(large, (-10.0, 10.0))], [whole(f, small), uniform(small, (-10.0, 10.0))])
    one(
        "acosh",
        1,
        [positive_bits(d, 1000, 1.0), uniform(large, (1.0, 10.0))],
        [positive_bits(f, 500, 1.0), uniform(small, (1.0, 10.0))],
    )
    one("atanh", 1, [whole(d, 500), uniform(1500, (-1.0, 1.0))], [whole(f, 250), uniform(750, (-1.0, 1.0))])
    # Subnormal results (rounded twice, if carelessly) and results near overflow.
    one(
        "exp",
        1,
        [whole(d, 600), uniform(1400, (-745.2, 709.8)), uniform(300, (-745.2, -708.4)), uniform(100, (700.0, 709.8))],
        [whole(f, 300), uniform(700, (-104.0, 88.8)), uniform(200, (-104.0, -87.3))],
    )
    one(
        "exp2",
        1,
        [whole(d, 600), uniform(1400, (-1075.0, 1024.0)), uniform(300, (-1075.0, -1022.0))],
        [whole(f, 300), uniform(700, (-150.0, 128.0)), uniform(200, (-150.0, -126.0))],
    )
    one(
        "exp10",
        1,
        [whole(d, 600), uniform(1400, (-324.0, 308.3)), uniform(300, (-323.7, -307.6))],
        [whole(f, 300), uniform(700, (-45.0, 38.6)), uniform(200, (-45.0, -37.9))],
    )
    one(
        "expm1",
        1,
        [whole(d, 600), uniform(700, (-1.0, 1.0)), uniform(700, (-40.0, 709.8))],
        [whole(f, 300), uniform(350, (-1.0, 1.0)), uniform(350, (-20.0, 88.8))],
    )
    for name in ("log", "log2", "log10"):
        one(
            name,
            1,
            [whole(d, 200), positive_bits(d, 1000), uniform(800, (0.5, 2.0))],
            [whole(f, 100), positive_bits(f, 500), uniform(400, (0.5, 2.0))],
        )
    one(
        "log1p",
        1,
        [whole(d, 600), uniform(800, (-1.0, 1.0)), positive_bits(d, 600, 1.0)],
        [whole(f, 300), uniform(400, (-1.0, 1.0)), positive_bits(f, 300, 1.0)],
    )
    one(
        "cbrt",
        1,
        [whole(d, large), uniform(large, (-1000.0, 1000.0))],
        [whole(f, small), uniform(small, (-1000.0, 1000.0))],
    )
    one("erf", 1, [whole(d, 600), uniform(1400, (-6.0, 6.0))], [whole(f, 300), uniform(700, (-4.0, 4.0))])
    one(
        "erfc",
        1,
        [whole(d, 600), uniform(1400, (-6.0, 27.3)), uniform(300, (26.5, 27.3))],
        [whole(f, 300), uniform(700, (-4.0, 10.1)), uniform(200, (9.2, 10.1))],
    )
    one(
        "lgamma",
        1,
        [whole(d, 600), uniform(700, (0.0, 1000.0)), uniform(700, (-20.0, 0.0))],
        [whole(f, 300), uniform(350, (0.0, 100.0)), uniform(350, (-20.0, 0.0))],
    )
    # Next to its negative zeros lgamma's result is tiny: reported apart.
    table.append(("lgamma", "1", 1, [], [], "lgamma_near_zeros"))
    one(
        "tgamma",
        1,
        [whole(d, 600), uniform(700, (0.0, 12.0)), uniform(700, (-170.0, 171.7)), uniform(300, (-185.0, -170.0))],
        [whole(f, 300), uniform(350, (0.0, 12.0)), uniform(350, (-40.0, 35.1)), uniform(200, (-45.0, -38.0))],
    )
    one("sqrt", 0, [whole(d, large), positive_bits(d, large)], [whole(f, small), positive_bits(f, small)])
    for name in ("j0", "j1"):
        one(name, 1, [whole(d, large), uniform(large, (-40.0, 40.0))], [whole(f, small), uniform(small, (-40.0, 40.0))])
    for name in ("y0", "y1"):
        one(
            name,
            1,
            [positive_bits(d, large), uniform(large, (0.0, 40.0))],
            [positive_bits(f, small), uniform(small, (0.0, 40.0))],
        )
    for name in ("rint", "nearbyint", "floor", "ceil", "trunc", "round", "fabs", "logb"):
        one(name, 0, [whole(d, 300), uniform(300, (-10.0, 10.0))], [whole(f, 200), uniform(200, (-10.0, 10.0))])
    two(
        "atan2",
        1,
        [(1000, [whole(d, 0)[1][0]] * 2), uniform(1000, (-3.0, 3.0), (-3.0, 3.0))],
        [(500, [whole(f, 0)[1][0]] * 2), uniform(500, (-3.0, 3.0), (-3.0, 3.0))],
    )
    two(
        "pow",
        1,
        [
            (400, [whole(d, 0)[1][0]] * 2),
            uniform(800, (0.0, 20.0), (-20.0, 20.0)),
            (400, [(KIND_BITS, 2.0**-20, 2.0**20), (KIND_UNIFORM, -60.0, 60.0)]),
            (400, [(KIND_UNIFORM, -10.0, 10.0), (KIND_INTEGER, -60, 60)]),
            # x near 1 and y large: the logarithm's error is multiplied by y.
            (300, [(KIND_UNIFORM, 0.999, 1.001), (KIND_UNIFORM, -6e5, 6e5)]),
            # Subnormal results.
            (200, [(KIND_UNIFORM, 0.5, 2.0), (KIND_UNIFORM, -1074.0, -1022.0)]),
        ],
        [
            (200, [whole(f, 0)[1][0]] * 2),
            uniform(400, (0.0, 20.0), (-20.0, 20.0)),
            (200, [(KIND_BITS, 2.0**-10, 2.0**10), (KIND_UNIFORM, -12.0, 12.0)]),
            (200, [(KIND_UNIFORM, -10.0, 10.0), (KIND_INTEGER, -30, 30)]),
        ],
    )
    two(
        "hypot",
        1,
        [(1000, [whole(d, 0)[1][0]] * 2), uniform(1000, (-1000.0, 1000.0), (-1000.0, 1000.0))],
        [(500, [whole(f, 0)[1][0]] * 2), uniform(500, (-1000.0, 1000.0), (-1000.0, 1000.0))],
    )
    for name in ("fmod", "remainder"):
        two(
            name,
            0,
            [(600, [whole(d, 0)[1][0]] * 2), (600, [(KIND_SIGNED_BITS, 1.0, 2.0**60), (KIND_SIGNED_BITS, 1e-3, 1e3)])],
            [(300, [whole(f, 0)[1][0]] * 2), (300, [(KIND_SIGNED_BITS, 1.0, 2.0**30), (KIND_SIGNED_BITS, 1e-3, 1e3)])],
        )
    for name in ("fmin", "fmax", "fdim", "copysign", "nextafter"):
        two(
            name,
            0,
            [(300, [whole(d, 0)[1][0]] * 2), uniform(300, (-2.0, 2.0), (-2.0, 2.0))],
            [(200, [whole(f, 0)[1][0]] * 2), uniform(200, (-2.0, 2.0), (-2.0, 2.0))],
        )
    table.append(
        (
            "fma",
            "3",
            0,
            [(800, [whole(d, 0)[1][0]] * 3), uniform(800, (-1.0, 1.0), (-1.0, 1.0), (-1.0, 1.0))],
            [(400, [whole(f, 0)[1][0]] * 3), uniform(400, (-1.0, 1.0), (-1.0, 1.0), (-1.0, 1.0))],
        )
    )
    for name in ("ldexp", "scalbn"):
        table.append(
            (
                name,
                "i",
                0,
                [(600, [whole(d, 0)[1][0], (KIND_INTEGER, -2200, 2200)])],
                [(300, [whole(f, 0)[1][0], (KIND_INTEGER, -300, 300)])],
            )
        )
    table.append(("frexp", "x", 0, [whole(d, 600)], [whole(f, 300)]))
    table.append(
        ("modf", "m", 0, [whole(d, 400), uniform(200, (-100.0, 100.0))], [whole(f, 200), uniform(200, (-100.0, 100.0))])
    )
    return table


def c_literal(fmt, value):
    """A C literal for a Python float argument."""
    if is_nan(value):
        return "NAN"
    if is_inf(value):
        return "-INFINITY" if value < 0 else "INFINITY"
    return value.hex()


def generate(name, signature, bound, segments, fmt, label=None):
    """The text of one header, its entry in the list, and the number of vectors."""
    callee = name if fmt is DOUBLE else name + "f"
    function = (label or name) if fmt is DOUBLE else (label or name) + "f"
    generator = SplitMix(SEED ^ fnv1a(function))
    # Edge cases first (each a tuple of arguments).
    if label == "lgamma_near_zeros":
        edges = [(v,) for v in edges_lgamma_zeros(fmt)]
    elif signature in ("1", "x", "m"):
        edges = [(v,) for v in edges_one(name, fmt)]
    elif signature == "2":
        edges = edges_two(name, fmt)
    elif signature == "3":
        edges = edges_fma(fmt, SplitMix(SEED ^ fnv1a(function + " edges")))
    else:
        edges = edges_ldexp(fmt)
    arguments = list(edges)
    for count, kinds in segments:
        for _ in range(count):
            arguments.append(tuple(draw(generator, fmt, kind, low, high) for kind, low, high in kinds))
    results = []
    for args in arguments:
        if signature == "1":
            results.append(reference_one(name, args[0], fmt))
        elif signature == "2":
            results.append(reference_two(name, args[0], args[1], fmt))
        elif signature == "3":
            results.append(reference_fma(*args, fmt))
        elif signature == "i":
            results.append(reference_ldexp(args[0], args[1], fmt))
        elif signature == "x":
            results.extend(reference_frexp(args[0], fmt))
        else:
            results.extend(reference_modf(args[0], fmt))
    lines = [
        f"/* {function}: generated by stdlib/c/tests/tools/math_vectors.py; do not edit. */",
        f"static const double {function}_edges[] = {{",
    ]
    for args in edges:
        lines.append("    " + ", ".join(c_literal(fmt, a) if not isinstance(a, int) else str(a) for a in args) + ",")
    lines.append("};")
    lines.append(f"static const struct segment {function}_segments[] = {{")
    for count, kinds in segments:
        parts = ", ".join(
            f"{{{kind}, {c_literal(DOUBLE, float(low))}, {c_literal(DOUBLE, float(high))}}}"
            for kind, low, high in kinds
        )
        lines.append(f"    {{{count}, {{{parts}}}}},")
    if not segments:
        lines.append("    {0, {{0, 0, 0}}}, /* none: C has no empty arrays */")
    lines.append("};")
    element = "uint64_t" if fmt is DOUBLE else "uint32_t"
    lines.append(f"static const {element} {function}_results[] = {{")
    per_line = 6 if fmt is DOUBLE else 10
    for start in range(0, len(results), per_line):
        chunk = results[start : start + per_line]
        lines.append("    " + ",".join(f"0x{r:0{fmt.hex_digits}x}" for r in chunk) + ",")
    lines.append("};")
    entry = (
        f"    {{\"{function}\", '{signature}', {'1' if fmt is DOUBLE else '0'}, {bound}u, (void (*)(void)){callee}, "
        f"{function}_edges, {len(edges)}, {function}_segments, {len(segments)}, {function}_results}},"
    )
    return "\n".join(lines) + "\n", entry, len(arguments)


def main():
    mp.prec = PRECISION
    os.makedirs(OUTPUT, exist_ok=True)
    entries = []
    total = 0
    for specification in specifications():
        name, signature, bound, double_segments, float_segments = specification[:5]
        label = specification[5] if len(specification) > 5 else None
        for fmt, segments in ((DOUBLE, double_segments), (FLOAT, float_segments)):
            if label and fmt is FLOAT:
                continue  # the float function rounds the double one: nothing apart to report
            function = (label or name) if fmt is DOUBLE else (label or name) + "f"
            path = os.path.join(OUTPUT, function + ".inc")
            text, entry, count = generate(name, signature, bound, segments, fmt, label)
            with open(path, "w") as file:
                file.write(text)
            entries.append((function, entry))
            total += count
            print(f"{function}: {count} vectors", file=sys.stderr)
    lines = ["/* The list of functions: generated by stdlib/c/tests/tools/math_vectors.py; do not edit. */"]
    lines += [f'#include "{function}.inc"' for function, _ in entries]
    lines.append("static const struct function_vectors all_functions[] = {")
    lines += [entry for _, entry in entries]
    lines.append("};")
    with open(os.path.join(OUTPUT, "all.inc"), "w") as file:
        file.write("\n".join(lines) + "\n")
    print(f"{total} vectors", file=sys.stderr)
    # The test includes these headers: make its next build see the change.
    os.utime(os.path.join(ROOT, "stdlib", "c", "tests", "wasmos", "math_conformance_test.c"))


if __name__ == "__main__":
    main()
