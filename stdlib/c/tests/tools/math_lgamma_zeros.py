#!/usr/bin/env python3
"""Prints the table of lgamma's Taylor expansions around its thirty-two
negative zeros, those in (-18, -2) (the `LGAMMA_ZEROS` table of stdlib/c/src/math/erf_gamma.c).

    python3 -m venv /tmp/mp && /tmp/mp/bin/pip install mpmath gmpy2
    /tmp/mp/bin/python stdlib/c/tests/tools/math_lgamma_zeros.py

Next to a zero r, lgamma(x) = sum c_k (x - r)^k with c_k = psi^(k-1)(r) / k!
(psi the digamma function). Each zero is printed in three parts (so that
x - r is exact to about 2^-160), with the radius within which erf_gamma.c uses
the expansion (where the general formula's absolute error of about 2^-60
would exceed 1/8 ulp of the result, at most a third of the way to the
nearest pole), 1 / scale (scale the power of two at or above the radius)
and TERMS coefficients of the expansion in u = (x - r) / scale, c_k scale^k,
the first two in two parts."""

from mpmath import mp, mpf, findroot, gamma, log, fabs, polygamma, factorial

TERMS = 24
mp.prec = 300


def parts(value, count):
    result = []
    for _ in range(count):
        part = float(value)
        result.append(part)
        value -= part
    return result


def main():
    function = lambda x: log(fabs(gamma(x)))
    for n in range(2, 18):
        # |Gamma| is 1/((n+1)! e) at e past the pole -n-1 and 1/(n! e) before
        # -n: the zeros are bracketed within a hundredth of those distances.
        near_left = 1 / factorial(n + 1) / 100
        near_right = 1 / factorial(n) / 100
        for low, high in ((-n - 1 + near_left, -n - mpf(0.5)), (-n - mpf(0.5), -n - near_right)):
            zero = findroot(function, (low, high), solver="illinois")
            digamma = polygamma(0, zero)
            distance = min(zero - (-n - 1), -n - zero)
            radius = min(mpf(2) ** -4 / abs(digamma), distance / 3)
            # The expansion is in u = (x - zero) / scale, scale the power of two
            # at or above the radius, so that the coefficients stay finite.
            scale = mpf(2) ** int(mp.ceil(mp.log(radius, 2)))
            coefficients = [polygamma(k - 1, zero) / factorial(k) * scale**k for k in range(1, TERMS + 1)]
            # The first term left out must be far below the result at the radius.
            left_out = abs(polygamma(TERMS, zero) / factorial(TERMS + 1)) * radius ** (TERMS + 1)
            assert left_out < abs(coefficients[0] / scale) * radius * mpf(2) ** -64, (float(zero), float(left_out))
            zero_parts = ", ".join(p.hex() for p in parts(zero, 3))
            first = ", ".join(p.hex() for p in parts(coefficients[0], 2))
            second = ", ".join(p.hex() for p in parts(coefficients[1], 2))
            rest = ", ".join(float(c).hex() for c in reversed(coefficients[2:]))
            print(
                f"    {{{{{zero_parts}}}, {float(radius).hex()}, {float(1 / scale).hex()}, {{{first}}}, {{{second}}},"
            )
            print(f"     {{{rest}}}}},")


if __name__ == "__main__":
    main()
