# Functions: arguments, $#, local, return, recursion, redefinition.
greet() {
    echo "hello, $1 ($# arguments)"
}
greet world
greet "two words" extra

# return sets the status; without a number, that of the last command.
status_of() { return "$1"; }
status_of 4; echo "return 4: $?"
last_command() { false; return; }
last_command; echo "bare return: $?"
falls_off() { true; false; }
falls_off; echo "falling off the end: $?"

# local hides a variable until the function returns.
name=global
show() {
    local name=local
    echo "inside: $name"
    inner
}
inner() { echo "inner sees: $name"; }
show
echo "outside: $name"

# Without local, assignments reach the caller.
set_it() { assigned=yes; }
set_it; echo "assigned=$assigned"

# Recursion.
factorial() {
    if [ "$1" -le 1 ]; then
        echo 1
    else
        echo $(($1 * $(factorial $(($1 - 1)))))
    fi
}
echo "10! = $(factorial 10)"

countdown() {
    [ "$1" -lt 0 ] && return
    echo "$1"
    countdown $(($1 - 1))
}
countdown 3

# A function sees its own parameters; the caller's come back after.
set -- outer1 outer2
params() { echo "in: $# $*"; }
params a b c
echo "out: $# $*"

# Redefinition replaces; unset -f removes.
say() { echo first; }
say() { echo second; }
say
unset -f say
type say 2>/dev/null || echo "say is gone"

# Functions can be redirected and piped like commands.
lines() { echo one; echo two; }
lines > /tmp/function-output
cat /tmp/function-output
lines | while read line; do echo "piped: $line"; done
rm /tmp/function-output

# The other syntax, with the function keyword.
function keyword_style { echo "keyword style"; }
keyword_style
