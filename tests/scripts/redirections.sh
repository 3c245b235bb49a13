# Redirections of commands, builtins, functions and compound commands.
file=/tmp/redirections.txt
echo first > $file
echo second >> $file
cat < $file
wc -l < $file
echo "to standard error" >&2
echo "error made output" 2>&1
nosuchcommand 2> /dev/null
echo "silenced error, status $?"
{ echo "group out"; echo "group err" >&2; } > $file 2>&1
cat $file
greet() { echo "hello from a function"; }
greet > $file
cat $file
for i in 1 2 3; do echo "line $i"; done > $file
while read line; do echo "read back: $line"; done < $file
if true; then echo "if output"; fi >> $file
tail_line() { while read line; do last=$line; done; echo "last: $last"; }
tail_line < $file
> $file
echo "emptied: [$(cat $file)]"
cat /no/such/file 2> $file || echo "cat failed: $(cat $file)"
exec 3> /tmp/fd3.txt
echo "through fd 3" >&3
exec 3>&-
cat /tmp/fd3.txt
echo data > $file
exec < $file
read from_stdin
echo "exec redirected standard input: $from_stdin"
rm $file /tmp/fd3.txt
