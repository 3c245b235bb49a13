# A quote that is never closed: its line is named.
echo "runs"
echo "this quote never ends
echo not run
