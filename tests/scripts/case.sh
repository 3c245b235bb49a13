# case with glob patterns, alternatives, classes and quoting.
describe() {
    case $1 in
        [0-9] | [0-9][0-9]) echo "$1: a small number" ;;
        *.sh) echo "$1: a script" ;;
        [[:upper:]]*) echo "$1: starts with a capital" ;;
        ?) echo "$1: one character" ;;
        "*") echo "$1: a star, quoted" ;;
        '') echo "(empty): nothing" ;;
        *) echo "$1: something else" ;;
    esac
}
for value in 7 42 run.sh Hello x '*' '' other; do
    describe "$value"
done

# The first matching item wins; an item may be empty.
case abc in
    a*) echo "first match" ;;
    ab*) echo "not shown" ;;
esac
case skip in
    skip) ;;
    *) echo "not shown" ;;
esac
echo "empty item status: $?"

# No match: status 0, nothing runs.
case nothing in something) echo "not shown" ;; esac
echo "no match status: $?"

# Patterns from variables are patterns; quoted ones are literal.
pattern='*.txt'
case notes.txt in $pattern) echo "unquoted variable matches as a pattern" ;; esac
case notes.txt in "$pattern") echo "not shown" ;; *) echo "quoted variable is literal" ;; esac

# ( before a pattern, newlines, and ;; left out before esac.
case b in
    (a) echo "a" ;;
    (b)
        echo "b, with a parenthesis"
esac

# Negated bracket expressions and ranges.
case 5 in [!0-4]) echo "5 is not in 0-4" ;; esac
