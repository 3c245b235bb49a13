# for loops over words, fields, file names and the parameters.
for word in one two three; do
    echo "word: $word"
done

list="red green blue"
for colour in $list; do echo "field: $colour"; done
for whole in "$list"; do echo "quoted: $whole"; done

# No words: the body never runs, and the loop's status is 0.
for nothing in; do echo "not shown"; done
echo "status: $?"

# Pathname expansion gives sorted file names.
mkdir -p /tmp/for-test
for name in c a b; do echo x > /tmp/for-test/$name.txt; done
for file in /tmp/for-test/*.txt; do echo "file: $file"; done
for file in /tmp/for-test/*.none; do echo "no match stays: $file"; done

# Without `in`, the loop runs over "$@".
over_parameters() {
    for argument; do echo "argument: $argument"; done
}
over_parameters "first one" second

# The variable keeps the last value.
for last in x y z; do :; done
echo "last=$last"

# Commands may feed the words.
total=0
for number in $(echo 1 2 3 4); do total=$((total + number)); done
echo "total=$total"
rm -r /tmp/for-test
