# The example scripts of /etc/examples, run as commands.
/etc/examples/fizzbuzz.sh 15
/etc/examples/fizzbuzz.sh nine
echo "fizzbuzz with a bad argument: $?"
/etc/examples/primes.sh 30
/etc/examples/greet.sh <<END 2>/dev/null
Ada
12
END
mkdir -p /tmp/examples/sub/deeper
echo hello > /tmp/examples/a.txt
echo "hello again" > /tmp/examples/sub/b.txt
touch /tmp/examples/sub/deeper/empty /tmp/examples/.hidden
/etc/examples/count-files.sh /tmp/examples /tmp/examples/sub /no/such/dir
echo "count-files with a missing directory: $?"
rm -r /tmp/examples
