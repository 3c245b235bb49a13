# Scripts run as commands: by path, through $PATH, and with cli itself.
/tests/scripts/include/child.sh first "second arg"
echo "status of the child script: $?"
PATH=/bin:/tests/scripts/include
child.sh via-path
echo "found in PATH: $?"
PATH=/bin
cli /tests/scripts/include/child.sh through cli
echo "through cli: $?"
cli -c 'echo "from -c: $0 $1"; exit 6' name one
echo "cli -c status: $?"
cli /no/such/script.sh
echo "missing script: $?"
cli -c 'if then'
echo "syntax error in -c: $?"
cli --help | head -n 1
cli -z
echo "bad option: $?"
