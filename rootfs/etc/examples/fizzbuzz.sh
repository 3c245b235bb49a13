# fizzbuzz.sh [N]: the numbers 1 to N (default 15), with Fizz for multiples
# of 3, Buzz for multiples of 5 and FizzBuzz for both.
limit=${1:-15}
case $limit in
    '' | *[!0-9]*) echo "fizzbuzz.sh: $limit: not a number" >&2; exit 2 ;;
esac
i=1
while [ "$i" -le "$limit" ]; do
    if [ $((i % 15)) -eq 0 ]; then
        echo FizzBuzz
    elif [ $((i % 3)) -eq 0 ]; then
        echo Fizz
    elif [ $((i % 5)) -eq 0 ]; then
        echo Buzz
    else
        echo "$i"
    fi
    i=$((i + 1))
done
