# primes.sh [N]: the prime numbers up to N (default 50), by trial
# division, and how many there are.

limit=${1:-50}

is_prime() {
    local n=$1 divisor=2
    [ "$n" -lt 2 ] && return 1
    while [ $((divisor * divisor)) -le "$n" ]; do
        [ $((n % divisor)) -eq 0 ] && return 1
        divisor=$((divisor + 1))
    done
    return 0
}

found=0
line=
n=2
while [ "$n" -le "$limit" ]; do
    if is_prime "$n"; then
        found=$((found + 1))
        line="$line $n"
    fi
    n=$((n + 1))
done
echo "primes up to $limit:$line"
echo "$found of them"
