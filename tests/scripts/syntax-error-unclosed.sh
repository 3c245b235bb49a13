# An if that is never closed: the end of the file is the error.
echo "runs"
while true; do
    echo "not run"
