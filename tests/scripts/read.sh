# read: lines into variables, split at $IFS; -r keeps backslashes.
read a b c <<END
one two three four
END
echo "a=$a b=$b c=$c"
read only <<END
   spaces around   
END
echo "only=[$only]"
read <<END
into REPLY
END
echo "REPLY=$REPLY"
IFS=: read user rest <<END
root:x:0:0
END
echo "user=$user rest=$rest"
read backslash <<'END'
a\ b\\c
END
echo "without -r: [$backslash]"
read -r raw <<'END'
a\ b\\c
END
echo "with -r: [$raw]"
read first second <<END
just-one
END
echo "first=$first second=[$second]"
printf_status=0
read missing < /dev/null || printf_status=$?
echo "at end of input: status $printf_status, value [$missing]"
count=0
while read line; do count=$((count + 1)); done < /etc/profile
echo "lines in /etc/profile: $count"
