# set -e: a failing command ends the script, except where its status is
# tested: conditions, before && and ||, after !.
set -e
false || echo "before || is tested"
false && echo "not shown"
echo "before && is tested"
! true
echo "after ! is tested"
if false; then :; fi
while false; do :; done
echo "conditions are tested"
tested() { false; echo "inside a tested function, on it goes"; }
tested || echo "not shown"
x=$(false) || echo "a failed substitution is tested here"
set +e
false
echo "set +e turns it off"
set -e
echo "last line before the failure"
(exit 3)
echo "not shown"
