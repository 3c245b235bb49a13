# if, elif, else; conditions are lists, and their status decides.
check() {
    if [ "$1" -lt 0 ]; then
        echo "$1 is negative"
    elif [ "$1" -eq 0 ]; then
        echo "$1 is zero"
    elif [ "$1" -lt 10 ]; then
        echo "$1 is small"
    else
        echo "$1 is large"
    fi
}
check -5
check 0
check 7
check 12

if true; then echo "true runs then"; fi
if false; then echo "not shown"; fi
echo "status after an if that ran nothing: $?"
if false; then :; else echo "false runs else"; fi

# The condition may be a list; its last command decides.
if false; true; then echo "the last command of the condition counts"; fi
if true && false; then echo "not shown"; else echo "true && false is false"; fi
if false || true; then echo "false || true is true"; fi
if ! false; then echo "! turns false into true"; fi

# Nested, and on one line.
x=3
if [ $x -gt 1 ]; then if [ $x -gt 2 ]; then echo "nested: $x > 2"; fi; fi

# The status of the if is that of the branch that ran.
if true; then (exit 3); fi
echo "status of the branch: $?"

# A pipeline as a condition.
if echo hello | cat > /dev/null; then
    echo "a pipeline can be a condition"
fi
if echo hello | read word && [ "$word" = hello ]; then
    echo "read at the end of a pipeline keeps its variable: $word"
fi
