# Positional and special parameters, and the ${...} forms.
set -- a "b c" d e f g h i j k
echo "count: $#"
echo "first three: $1 $2 $3"
echo "tenth: ${10}, eleventh: ${11}, \$10 is \$1 then 0: $10"

# "$@" keeps each parameter whole; $* and $@ unquoted split them.
for p in "$@"; do echo "[$p]"; done | head -n 3
count() { echo $#; }
count "$@"
count $@
count "$*"
IFS=-
echo "joined with IFS: $*"
unset IFS

shift 8
echo "after shift 8: $# left: $*"
set --
echo "none: $# [$*] [$@]"
count "$@"

# $? $0 and $$ (the pid is a number).
false
echo "status: $?"
echo "name: $0"
case $$ in *[!0-9]*) echo "pid is not a number" ;; *) echo "pid is a number" ;; esac

# Defaults, assignments, alternatives and errors.
unset unset_var
empty=
full=value
echo "1: ${unset_var-default} ${empty-default} ${full-default}"
echo "2: ${unset_var:-default} ${empty:-default} ${full:-default}"
echo "3: ${unset_var+alt} ${empty+alt} ${full+alt}"
echo "4: ${unset_var:+alt} ${empty:+alt} ${full:+alt}"
echo "5: ${assigned:=new} $assigned"
(echo "${unset_var:?is required}") 2>&1
echo "6: status $?"

# Length, and removing a prefix or suffix.
path=/usr/local/lib/libexample.so.1
echo "length: ${#path}"
echo "dir: ${path%/*}"
echo "file: ${path##*/}"
echo "first part gone: ${path#/*/}"
echo "extension gone: ${path%%.*}"
echo "last extension gone: ${path%.*}"
echo "no match: ${path%.txt}"
