# count-files.sh [DIR]...: counts the files and directories under each DIR
# (default: the working directory), with their total size in bytes.

files=0
directories=0
bytes=0

# Walks one directory, adding what it holds to the counts.
walk() {
    local entry
    for entry in "$1"/* "$1"/.*; do
        case ${entry##*/} in
            '*' | '.*' | . | ..) [ -e "$entry" ] || continue ;;
        esac
        if [ -d "$entry" ]; then
            directories=$((directories + 1))
            walk "$entry"
        elif [ -f "$entry" ]; then
            files=$((files + 1))
            size=$(wc -c < "$entry")
            bytes=$((bytes + size))
        fi
    done
}

[ $# -eq 0 ] && set -- .
status=0
for top in "$@"; do
    if [ ! -d "$top" ]; then
        echo "count-files.sh: $top: not a directory" >&2
        status=1
        continue
    fi
    files=0 directories=0 bytes=0
    walk "${top%/}"
    echo "$top: $files files, $directories directories, $bytes bytes"
done
exit $status
