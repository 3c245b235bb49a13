# Pipelines join builtins, functions, loops and apps; & runs in the background.
echo one two three | wc -w
produce() { for i in 1 2 3; do echo "item $i"; done; }
produce | cat
produce | while read word number; do echo "$number:$word"; done
{ echo b; echo a; } | cat
produce | { read first; echo "first only: $first"; }
echo "status of the last stage: $(false | true; echo $?) $(true | false; echo $?)"
! echo negated | cat > /dev/null
echo "negated status: $?"
# A function feeding a pipe runs in a shell of its own: its variables stay there.
counter=0
bump() { counter=1; echo bumped; }
bump | cat
echo "counter after a piped function: $counter"
# The last stage runs in this shell: its variables stay.
echo 42 | read answer
echo "answer=$answer"
# Background jobs, $! and wait.
(exit 9) &
wait $!
echo "background status: $?"
slow() { sleep 0.2; echo "slow done"; }
slow > /tmp/pipelines-slow.txt &
echo "started in the background"
wait
cat /tmp/pipelines-slow.txt
rm /tmp/pipelines-slow.txt
echo "all done"
