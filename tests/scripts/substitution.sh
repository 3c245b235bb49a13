# Command substitution: $(...) and `...`, nested, with its status.
echo "date-free: $(echo inner)"
echo "nested: $(echo "one $(echo two $(echo three))")"
echo "backquotes: `echo old style`"
echo "trailing newlines go: [$(printf_lines() { echo a; echo; echo; }; printf_lines)]"
x=$(exit 6)
echo "status of an assignment from a substitution: $?"
empty=$(true)
echo "empty: [$empty]"

# Unquoted, the result is split into fields; quoted, it stays one.
words() { echo "alpha   beta"; echo gamma; }
count() { echo $#; }
count $(words)
count "$(words)"

# It runs in a subshell: variables and the directory come back.
v=before
echo "$(v=inside; cd /tmp; echo "$v in $(pwd)")"
echo "$v in $(pwd)"
echo "$(exit 2; echo not shown)"

# Output longer than a pipe holds is read while the command runs.
long=$(yes 0123456789 | head -n 20000)
echo "length of 20000 lines: ${#long}"

# Functions and variables of the shell are visible inside.
double() { echo $(($1 * 2)); }
n=21
echo "double of $n is $(double $n)"

# In arithmetic and in other words.
echo "sum: $(( $(echo 40) + 2 ))"
echo "prefix-$(echo middle)-suffix"
