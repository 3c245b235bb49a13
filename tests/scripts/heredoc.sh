# Here-documents: expanded or not, with tabs stripped by <<-.
name=world
cat <<EOF
Hello, $name! $((6 * 7)) $(echo substituted)
Escapes: \$name \\ \`  and a "double" and 'single' quote stay.
EOF
cat <<'EOF'
Quoted delimiter: $name $(echo not run) \$ stays as it is.
EOF
cat <<"EOF"
Double-quoted delimiter: $name too.
EOF
cat <<-EOF
	Leading tabs go with <<-: $name
		(all of them)
	EOF
# Two on one line, and one feeding a loop.
cat <<ONE; cat <<TWO
first
ONE
second
TWO
while read line; do echo "read: $line"; done <<LINES
one
two
LINES
# Into a function, and into a pipeline.
shout() { while read word; do echo "$word!"; done; }
shout <<WORDS
hey
WORDS
cat <<PIPED | while read line; do echo "piped: $line"; done
through a pipe
PIPED
echo "after the here-documents"
