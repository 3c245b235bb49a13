# while and until loops, break and continue (also with a count).
i=0
while [ $i -lt 3 ]; do
    echo "while: $i"
    i=$((i + 1))
done

until [ $i -eq 0 ]; do
    i=$((i - 1))
    echo "until: $i"
done

# continue skips the rest of the body; break leaves.
n=0
while true; do
    n=$((n + 1))
    [ $n -eq 2 ] && continue
    [ $n -gt 4 ] && break
    echo "n=$n"
done
echo "left at n=$n"

# break 2 and continue 2 reach the outer loop.
for outer in a b c; do
    for inner in 1 2 3; do
        [ $inner = 2 ] && continue 2
        [ $outer = c ] && break 2
        echo "$outer$inner"
    done
done
echo "after the loops"

# The status of a loop is that of the last body run, 0 if none ran.
while false; do :; done
echo "no rounds: $?"
k=0
while [ $k -lt 1 ]; do k=1; (exit 5); done
echo "last body status: $?"

# Reading lines in a loop, from a here-document.
while read name count; do
    echo "$name has $count"
done <<END
apples 3
pears 5
END
