#!/usr/bin/env python3
"""Measures the error of our Bessel functions (stdlib/c/src/math/bessel.c)
in ulps against mpmath, and optionally glibc's.

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mpmath gmpy2
    /tmp/mp/bin/python stdlib/c/tests/tools/bessel_ulp.py [--count N] [--seed S] [--glibc]

bessel.c uses nothing but IEEE arithmetic and sqrt, so it is built for the
host with gcc (its functions renamed) and gives the same bits as on wasm32;
--wasm FILE.txt instead reads our results from a file of lines
"name n x result" (hex floats) printed by a WasmOS build. Arguments: random
over each range, log-uniform over the whole double range, and the doubles
nearest the first zeros of each function (and their neighbours). Prints the
largest error per function and range, with its argument."""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile

from mpmath import mp, mpf, besselj, bessely, besseljzero, besselyzero

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SOURCE = os.path.join(ROOT, "stdlib", "c", "src", "math", "bessel.c")

HARNESS = r"""
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
double our_j0(double), our_j1(double), our_y0(double), our_y1(double);
double our_jn(int, double), our_yn(int, double);
float our_j0f(float), our_j1f(float), our_y0f(float), our_y1f(float);
float our_jnf(int, float), our_ynf(int, float);
int main(int argc, char **argv) {
    int glibc = argc > 1;
    char name[16];
    int n;
    char text[64];
    while (scanf("%15s %d %63s", name, &n, text) == 3) {
        double x = strtod(text, NULL), r = 0, g = 0;
        if (!strcmp(name, "j0")) { r = our_j0(x); g = j0(x); }
        else if (!strcmp(name, "j1")) { r = our_j1(x); g = j1(x); }
        else if (!strcmp(name, "y0")) { r = our_y0(x); g = y0(x); }
        else if (!strcmp(name, "y1")) { r = our_y1(x); g = y1(x); }
        else if (!strcmp(name, "jn")) { r = our_jn(n, x); g = jn(n, x); }
        else if (!strcmp(name, "yn")) { r = our_yn(n, x); g = yn(n, x); }
        else if (!strcmp(name, "j0f")) { r = our_j0f((float)x); g = j0f((float)x); }
        else if (!strcmp(name, "j1f")) { r = our_j1f((float)x); g = j1f((float)x); }
        else if (!strcmp(name, "y0f")) { r = our_y0f((float)x); g = y0f((float)x); }
        else if (!strcmp(name, "y1f")) { r = our_y1f((float)x); g = y1f((float)x); }
        else if (!strcmp(name, "jnf")) { r = our_jnf(n, (float)x); g = jnf(n, (float)x); }
        else if (!strcmp(name, "ynf")) { r = our_ynf(n, (float)x); g = ynf(n, (float)x); }
        if (glibc) printf("%a %a\n", r, g); else printf("%a\n", r);
    }
    return 0;
}
"""

RENAMES = ["j0", "j1", "y0", "y1", "jn", "yn", "j0f", "j1f", "y0f", "y1f", "jnf", "ynf"]


def build(directory):
    harness = os.path.join(directory, "harness.c")
    with open(harness, "w") as file:
        file.write(HARNESS)
    binary = os.path.join(directory, "harness")
    flags = [f"-D{name}=our_{name}" for name in RENAMES]
    objects = os.path.join(directory, "bessel.o")
    subprocess.run(["gcc", "-std=c11", "-O2", "-fno-builtin", *flags, "-c", SOURCE, "-o", objects], check=True)
    subprocess.run(["gcc", "-std=c11", "-O2", harness, objects, "-o", binary, "-lm"], check=True)
    return binary


def reference(name, n, x):
    x = mpf(x)
    if name[0] == "j":
        order = {"0": 0, "1": 1}.get(name[1], n)
        return besselj(order, x)
    order = {"0": 0, "1": 1}.get(name[1], n)
    return bessely(order, x)


def ulp_error(value, exact, single):
    if exact == 0:
        return 0.0 if value == 0 else float("inf")
    bits, low = (24, -149) if single else (53, -1074)
    largest = mpf(2) ** (128 if single else 1024)
    if abs(exact) >= largest * (1 - mpf(2) ** -(bits + 1)):  # overflows: must be inf
        return 0.0 if value == (float("inf") if exact > 0 else float("-inf")) else float("inf")
    exponent = int(mp.floor(mp.log(abs(exact), 2)))
    ulp = mpf(2) ** max(exponent - bits + 1, low)
    return float(abs(mpf(value) - exact) / ulp)


def to_float(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def cases(count, rng):
    """(name, n, x, label) tuples."""
    result = []

    def add(name, n, xs, label):
        for x in xs:
            if name.endswith("f"):
                x = to_float(x)
            result.append((name, n, x, label))

    def uniform(a, b):
        return [rng.uniform(a, b) for _ in range(count)]

    def log_uniform(a, b):
        return [2 ** rng.uniform(a, b) for _ in range(count)]

    for name in ("j0", "j1", "y0", "y1"):
        add(name, 0, uniform(0, 2), "(0, 2]")
        add(name, 0, uniform(2, 40), "[2, 40]")
        add(name, 0, uniform(40, 1000), "[40, 1000]")
        add(name, 0, log_uniform(-1074, 1024), "every double > 0")
        add(name, 0, log_uniform(10, 1024), "[2^10, 2^1024)")
        # the doubles nearest the first 60 zeros and a few of their neighbours
        order = int(name[1])
        zero = besseljzero if name[0] == "j" else besselyzero
        near = []
        for m in range(1, 61):
            z = float(zero(order, m))
            near.append(z)
            for step in (1, 2, 7):
                bits = struct.unpack("<q", struct.pack("<d", z))[0]
                for sign in (-1, 1):
                    near.append(struct.unpack("<d", struct.pack("<q", bits + sign * step))[0])
        add(name, 0, near, "zeros 1-60 +-7 ulp")
        # nearest doubles to large zeros: McMahon's estimate refined by mpmath
        large = []
        for _ in range(count // 10):
            m = int(2 ** rng.uniform(7, 40))
            large.append(float(zero(order, m)))
        add(name, 0, large, "zeros 2^7 to 2^40")
    for name in ("jn", "yn"):
        for n in (2, 3, 5, 10, 30, 100, 1000):
            add(name, n, uniform(0, 2 * n + 40), f"n={n} [0, 2n+40]")
            add(name, n, log_uniform(-20, 30), f"n={n} [2^-20, 2^30]")
        for n in (2, 5, 10):
            zero = besseljzero if name[0] == "j" else besselyzero
            near = [float(zero(n, m)) for m in range(1, 31)]
            add(name, n, near, f"n={n} zeros 1-30")
    for name in ("j0f", "j1f", "y0f", "y1f"):
        add(name, 0, uniform(0, 40), "[0, 40]")
        add(name, 0, log_uniform(-149, 128), "every float > 0")
    for name in ("jnf", "ynf"):
        add(name, 5, uniform(0, 50), "n=5 [0, 50]")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=400, help="random arguments per range")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--glibc", action="store_true", help="also measure the host's glibc")
    parser.add_argument("--only", help="only these functions (comma-separated)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    mp.prec = 256
    todo = cases(args.count, rng)
    if args.only:
        todo = [case for case in todo if case[0] in args.only.split(",")]
    with tempfile.TemporaryDirectory() as directory:
        binary = build(directory)
        text = "".join(f"{name} {n} {float(x).hex()}\n" for name, n, x, _ in todo)
        command = [binary] + (["glibc"] if args.glibc else [])
        output = subprocess.run(command, input=text, capture_output=True, text=True, check=True).stdout
    rows = {}
    for (name, n, x, label), line in zip(todo, output.splitlines()):
        values = [float.fromhex(word) for word in line.split()]
        exact = reference(name.rstrip("f") if name != "y0f" and name != "y1f" else name[:2], n, x)
        single = name.endswith("f")
        errors = [ulp_error(value, exact, single) for value in values]
        key = (name, label)
        row = rows.setdefault(key, [0, [(-1.0, None)] * len(errors)])
        row[0] += 1
        for i, error in enumerate(errors):
            if error > row[1][i][0]:
                row[1][i] = (error, x)
    header = "function  range                         count   ours max ulp (at x)" + (
        "                       glibc max ulp (at x)" if args.glibc else "")
    print(header)
    for (name, label), (count, worst) in rows.items():
        text = f"{name:8}  {label:28}  {count:5}"
        for error, x in worst:
            text += f"   {error:10.3f} ({float(x).hex() if x is not None else '-'})"
        print(text)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
