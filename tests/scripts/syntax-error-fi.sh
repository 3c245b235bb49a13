# A syntax error names its line; the lines before it have run.
echo "line 3 runs"
if true; then
    echo "not run: the if is never complete"
fi fi
echo "not run"
