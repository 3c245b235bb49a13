# eval runs its arguments as a command line; type tells what a name is.
command="echo evaluated"
eval $command
eval 'x=1; y=$((x + 1))'
echo "x=$x y=$y"
name=dynamic
eval "$name=value"
echo "dynamic=$dynamic"
eval "for i in 1 2; do echo loop \$i; done"
eval 'exit_status() { return 3; }'
exit_status; echo "status: $?"
type cd exit_status cat
type no-such-command
echo "type status: $?"
