# set -x shows each simple command, expanded, on standard error.
name="two words"
set -x
echo "$name" plain
value=$((6 * 7))
greet() { echo "hi $1"; }
greet "$value"
set +x
echo "quiet again"
