# Run by scripts.sh as a command of its own.
echo "child script: \$0=$0 \$#=$# \$*=$*"
exit 4
