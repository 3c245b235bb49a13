# Operators where a command should be.
echo "runs"
echo one ;; echo two
