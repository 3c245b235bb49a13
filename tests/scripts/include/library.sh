# A file that source.sh reads with `.` and `source`.
library_loaded=yes
shout() { echo "$*!"; }
echo "library sees $# parameters: $*"
[ "$1" = stop ] && return 7
echo "library went to its end"
