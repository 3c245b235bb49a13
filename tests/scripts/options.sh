# set: options by letter and by name, $-, and set -u for unset variables.
echo "options at the start: [$-]"
set -o | head -n 4
set -f -o nounset
echo "after set -f -o nounset: [$-]"
set +f +u
echo "after set +f +u: [$-]"
set -u
echo "a set variable: ${HOME:+set}"
echo "a default is allowed: ${missing:-default}"
(echo "$missing"; echo "not shown") 2>&1
echo "status of the failed subshell: $?"
set +u
echo "unset is empty again: [$missing]"
set -- one two
set -x -- three
set +x
echo "parameters after set -x -- three: $*"
set -q
echo "status of a bad option: $?"
