# help lists builtins, and apps with the description in their module.
help cd
help cli
help no-such-thing
echo "status: $?"
help | head -n 2
