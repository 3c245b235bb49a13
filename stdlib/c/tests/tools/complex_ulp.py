#!/usr/bin/env python3
"""Measures the error of our <complex.h> functions (stdlib/c/src/complex)
in ulps against mpmath, per component, on our wasm32 build (run with the
host runner, so that our own exp, log, sin, ... are the ones used).

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mpmath gmpy2
    /tmp/mp/bin/python stdlib/c/tests/tools/complex_ulp.py [--count N] [--glibc]

Builds a small reader with `cargo xtask cc` (from the repository root) and
runs it with target/release/wasmos-run; --glibc also builds it with gcc
against the host's glibc and reports its errors beside ours. Arguments:
random in the box [-10, 10]^2, with magnitudes log-uniform over
[2^-60, 2^60] (and over all doubles where no part overflows) and random
signs, and next to the places where a function
is hard (|z| = 1 for clog, z = +-1 for catanh, the branch points +-1
and +-i for casin/cacos and casinh/cacosh). A component whose exact
value is 0 (or below 2^-1000) is counted right when ours is below 2^-1000."""
import argparse
import os
import random
import subprocess
import sys
import tempfile

from mpmath import mp, mpf, mpc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))

FUNCTIONS = ["cexp", "clog", "csqrt", "csin", "ccos", "ctan", "csinh", "ccosh", "ctanh",
             "casin", "cacos", "catan", "casinh", "cacosh", "catanh", "cpow", "cabs", "carg"]

READER = r"""
#define _GNU_SOURCE
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef double complex (*unary)(double complex);
static const struct { const char *name; unary function; } table[] = {
    {"cexp", cexp}, {"clog", clog}, {"csqrt", csqrt}, {"csin", csin}, {"ccos", ccos}, {"ctan", ctan},
    {"csinh", csinh}, {"ccosh", ccosh}, {"ctanh", ctanh}, {"casin", casin}, {"cacos", cacos},
    {"catan", catan}, {"casinh", casinh}, {"cacosh", cacosh}, {"catanh", catanh},
};
int main(void) {
    char name[16], a[40], b[40], c[40], d[40];
    while (scanf("%15s %39s %39s %39s %39s", name, a, b, c, d) == 5) {
        double complex z = CMPLX(strtod(a, NULL), strtod(b, NULL));
        double complex w = CMPLX(strtod(c, NULL), strtod(d, NULL));
        double complex r = 0;
        if (!strcmp(name, "cpow")) r = cpow(z, w);
        else if (!strcmp(name, "cabs")) r = cabs(z);
        else if (!strcmp(name, "carg")) r = carg(z);
        else for (size_t i = 0; i < sizeof table / sizeof *table; i++)
            if (!strcmp(name, table[i].name)) r = table[i].function(z);
        printf("%a %a\n", creal(r), cimag(r));
    }
    return 0;
}
"""


def reference(name, z, w):
    import mpmath
    f = {
        "cexp": mpmath.exp, "clog": mpmath.log, "csqrt": mpmath.sqrt, "csin": mpmath.sin,
        "ccos": mpmath.cos, "ctan": mpmath.tan, "csinh": mpmath.sinh, "ccosh": mpmath.cosh,
        "ctanh": mpmath.tanh, "casin": mpmath.asin, "cacos": mpmath.acos, "catan": mpmath.atan,
        "casinh": mpmath.asinh, "cacosh": mpmath.acosh, "catanh": mpmath.atanh,
    }
    if name == "cpow":
        return mpmath.exp(w * mpmath.log(z))
    if name == "cabs":
        return mpc(abs(z), 0)
    if name == "carg":
        return mpc(mpmath.arg(z), 0)
    return mpc(f[name](z))


def ulp_error(value, exact):
    if value != value:
        return float("inf")
    if abs(exact) < mpf(2) ** -1000:
        return 0.0 if abs(value) < 2.0 ** -1000 else float("inf")
    if abs(exact) > mpf(2) ** 1024:
        return 0.0 if abs(value) == float("inf") and (value > 0) == (exact > 0) else float("inf")
    exponent = int(mp.floor(mp.log(abs(exact), 2)))
    return float(abs(mpf(value) - exact) / mpf(2) ** max(exponent - 52, -1074))


def arguments(name, count, rng):
    def signed_log():
        return rng.choice((-1, 1)) * 2 ** rng.uniform(-60, 60)

    def box():
        return rng.uniform(-10, 10)

    result = []
    for _ in range(count):
        result.append(((box(), box()), "box [-10, 10]^2"))
    limit = 60 if name not in ("cexp", "csin", "ccos", "csinh", "ccosh", "cpow") else 9
    for _ in range(count):
        result.append(((rng.choice((-1, 1)) * 2 ** rng.uniform(-60, limit),
                        rng.choice((-1, 1)) * 2 ** rng.uniform(-60, limit)), f"|parts| in [2^-60, 2^{limit}]"))
    if name in ("clog", "csqrt", "casin", "cacos", "catan", "casinh", "cacosh", "catanh", "cabs", "carg",
                "ctan", "ctanh"):
        wide = (lambda: (rng.choice((-1, 1)) * 2 ** rng.uniform(-1074, 1023),
                         rng.choice((-1, 1)) * 2 ** rng.uniform(-1074, 1023)))
        if name == "ctan":  # sin, cos of huge real parts: keep the imaginary part moderate
            wide = (lambda: (rng.choice((-1, 1)) * 2 ** rng.uniform(-1074, 1023), rng.uniform(-20, 20)))
        if name == "ctanh":
            wide = (lambda: (rng.uniform(-20, 20), rng.choice((-1, 1)) * 2 ** rng.uniform(-1074, 1023)))
        for _ in range(count):
            result.append((wide(), "|parts| over all doubles"))
    hard = {
        "clog": lambda: (lambda t, e: (float(mp.cos(t) * (1 + e)), float(mp.sin(t) * (1 + e))))(
            rng.uniform(0, 6.3), rng.choice((-1, 1)) * 2 ** rng.uniform(-50, -10)),
        "catanh": lambda: (rng.choice((-1, 1)) * (1 + rng.uniform(-1, 1) * 2 ** rng.uniform(-50, -5)),
                           rng.choice((-1, 1)) * 2 ** rng.uniform(-60, -5)),
        "casin": lambda: (rng.choice((-1, 1)) * (1 + rng.uniform(-1, 1) * 2 ** rng.uniform(-50, -5)),
                          rng.choice((-1, 1)) * 2 ** rng.uniform(-60, -5)),
    }
    hard["catan"] = lambda: tuple(reversed(hard["catanh"]()))
    hard["cacos"] = hard["casin"]
    hard["casinh"] = lambda: tuple(reversed(hard["casin"]()))
    hard["cacosh"] = hard["casin"]
    if name in hard:
        for _ in range(count):
            result.append((hard[name](), "near the hard points"))
    return result


def build_wasm(directory):
    source = os.path.join(directory, "reader.c")
    with open(source, "w") as file:
        file.write(READER)
    module = os.path.join(directory, "reader.wasm")
    subprocess.run(["cargo", "xtask", "cc", "-o", module, source], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [os.path.join(ROOT, "target", "release", "wasmos-run"), module]


def build_glibc(directory):
    source = os.path.join(directory, "reader.c")
    binary = os.path.join(directory, "reader.host")
    subprocess.run(["gcc", "-std=c11", "-O2", "-fno-builtin", source, "-o", binary, "-lm"], check=True)
    return [binary]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--glibc", action="store_true")
    parser.add_argument("--only")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    mp.prec = 300
    names = args.only.split(",") if args.only else FUNCTIONS
    cases = []
    for name in names:
        for (x, y), label in arguments(name, args.count, rng):
            w = (rng.uniform(-4, 4), rng.uniform(-4, 4)) if name == "cpow" else (0.0, 0.0)
            cases.append((name, x, y, w, label))
    text = "".join(f"{n} {float(x).hex()} {float(y).hex()} {float(w[0]).hex()} {float(w[1]).hex()}\n"
                   for n, x, y, w, _ in cases)
    outputs = []
    with tempfile.TemporaryDirectory() as directory:
        commands = [build_wasm(directory)] + ([build_glibc(directory)] if args.glibc else [])
        for command in commands:
            outputs.append(subprocess.run(command, input=text, capture_output=True, text=True,
                                          check=True).stdout.splitlines())
    rows = {}
    for index, (name, x, y, w, label) in enumerate(cases):
        # Parts of very different sizes cancel in mpmath's formulas (catan of
        # 2^365 + i 2^233 needs some 700 bits): work with enough.
        mp.prec = 2400 if label.startswith("|parts| over all") else 300
        exact = reference(name, mpc(x, y), mpc(*w))
        row = rows.setdefault((name, label), [0] + [[0.0, 0.0, None] for _ in outputs])
        row[0] += 1
        for which, lines in enumerate(outputs):
            real, imaginary = (float.fromhex(word) for word in lines[index].split())
            errors = (ulp_error(real, exact.real), ulp_error(imaginary, exact.imag) if name not in ("cabs", "carg") else 0.0)
            entry = row[1 + which]
            if max(errors) > max(entry[0], entry[1]):
                entry[2] = (x, y)
            entry[0] = max(entry[0], errors[0])
            entry[1] = max(entry[1], errors[1])
    print("function  arguments                      count   ours: max ulp real / imag (at z)" +
          ("   glibc: real / imag" if args.glibc else ""))
    for (name, label), row in rows.items():
        text = f"{name:8}  {label:29}  {row[0]:5}"
        for real, imaginary, at in row[1:]:
            where = f"({float(at[0]).hex()}, {float(at[1]).hex()})" if at else ""
            text += f"   {real:8.3f} / {imaginary:8.3f} {where}"
        print(text)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
