#!/bin/cli
# Comments run to the end of the line.
echo one # a comment after a command
echo two#three not a comment inside a word
echo "# not a comment" '# nor this'
  # indented comment
if true; then # comment after then
    echo four
fi # comment after fi
echo five \
six # a continued line
