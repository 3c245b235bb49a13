# report.sh: a short report on the running system: uptime, memory, the
# apps in /bin, the processes, and the largest files under a directory.

top=${1:-/bin}

section() {
    echo
    echo "== $1"
}

echo "WasmOS report"
read seconds rest < /proc/uptime
echo "up ${seconds%.*} s, shell level ${SHLVL:-?}, working directory $(pwd)"

section memory
while read key value unit; do
    case $key in
        HeapTotal: | HeapUsed: | AppMemory:)
            echo "${key%:} $((value / 1024)) KiB" ;;
    esac
done < /proc/meminfo

section apps
count=0
for app in /bin/*.wasm; do
    count=$((count + 1))
done
echo "$count apps in /bin"

section processes
ps

section "largest files in $top"
largest=
largest_size=-1
for file in "$top"/*; do
    [ -f "$file" ] || continue
    size=$(wc -c < "$file")
    if [ "$size" -gt "$largest_size" ]; then
        largest=$file
        largest_size=$size
    fi
done
if [ -n "$largest" ]; then
    echo "$largest: $largest_size bytes"
else
    echo "no files"
fi
