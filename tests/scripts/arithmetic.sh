# Arithmetic expansion $((...)).
echo "$((1 + 2 * 3)) $(((1 + 2) * 3)) $((7 / 2)) $((7 % 3)) $((-7 / 2)) $((2 ** 10))"
echo "$((1 < 2)) $((2 <= 1)) $((3 == 3)) $((3 != 3)) $((!0)) $((~0))"
echo "$((6 & 3)) $((6 | 3)) $((6 ^ 3)) $((1 << 4)) $((256 >> 2))"
echo "$((1 && 0)) $((0 || 2)) $((5 > 3 ? 10 : 20))"
echo "hex $((0x1F)), octal $((017)), negative $((- 5 + 2))"
x=5
echo "variables: $((x * x)) $((x+1)) $(($x-1))"
unset nothing
echo "unset is zero: $((nothing + 1))"
echo "assignments: $((y = 3)) $((y += 4)) $((y *= 2)) $((y -= 1)) $((y /= 2)) $((y %= 4)) y=$y"
i=0
echo "increments: $((i++)) $((i++)) $((++i)) $((--i)) i=$i"
echo "short-circuit leaves z alone: $((0 && (z = 1))) $((1 || (z = 2))) z=${z:-unset}"
big=9223372036854775807
echo "wraps: $((big + 1))"
n=10 total=0
while [ $n -gt 0 ]; do total=$((total + n)); n=$((n - 1)); done
echo "sum 1..10 = $total"
echo "$((1 / 0))"
echo "after division by zero: $?"
echo "$((2 +))"
echo "after a syntax error: $?"
