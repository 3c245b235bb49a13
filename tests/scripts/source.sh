# source and . run a file in this shell: its functions and variables stay.
. /tests/scripts/include/library.sh
echo "loaded: $library_loaded"
shout hello
set -- outer parameters
source /tests/scripts/include/library.sh given arguments
echo "parameters back: $*"
source /tests/scripts/include/library.sh stop
echo "return in a sourced file gives its status: $?"
. /tests/scripts/include/missing.sh
echo "a missing file: status $?"
