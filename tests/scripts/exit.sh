# exit leaves the script, wherever it is; in ( ) and $( ) only those.
(exit 3)
echo "subshell exit status: $?"
x=$(echo before; exit 4; echo after)
echo "substitution exit: $? output: $x"
leave() {
    echo "leaving from a function with 5"
    exit 5
    echo "not shown"
}
for i in 1 2; do
    echo "round $i"
    [ $i = 2 ] && leave
done
echo "not shown"
