# A larger script: reads a stock list, totals it by category, sorts the
# items by value, and writes a report, using most of the language at once.
data=/tmp/inventory.txt
report=/tmp/inventory-report.txt

cat > $data <<'END'
# name      category  count  price
apple       fruit     12     3
pear        fruit     5      4
hammer      tools     2      25
nails       tools     300    1
# a comment line and an empty line follow

cheese      food      3      12
bread       food      4      3
saw         tools     1      30
END

# pad TEXT WIDTH: TEXT followed by spaces up to WIDTH characters.
pad() {
    local text=$1 width=$2
    while [ ${#text} -lt "$width" ]; do
        text="$text "
    done
    echo "$text"
}

# Totals per category live in variables named total_<category>.
add_to_category() {
    local current
    eval "current=\${total_$1:-0}"
    eval "total_$1=$((current + $2))"
    case " $categories " in
        *" $1 "*) ;;
        *) categories="${categories:+$categories }$1" ;;
    esac
}

items=0
grand_total=0
values=
while read name category count price; do
    case $name in
        '' | '#'*) continue ;;
    esac
    value=$((count * price))
    items=$((items + 1))
    grand_total=$((grand_total + value))
    add_to_category "$category" "$value"
    values="$values $value:$name"
done < $data

# Sorts "value:name" words by value, largest first (a selection sort).
sort_by_value() {
    local sorted= best best_value word
    while [ $# -gt 0 ]; do
        best=$1
        for word in "$@"; do
            [ "${word%%:*}" -gt "${best%%:*}" ] && best=$word
        done
        sorted="$sorted $best"
        local rest= removed=no
        for word in "$@"; do
            if [ "$word" = "$best" ] && [ $removed = no ]; then
                removed=yes
            else
                rest="$rest $word"
            fi
        done
        set -- $rest
    done
    echo $sorted
}

{
    echo "Inventory: $items items, worth $grand_total in all"
    echo
    echo "By category:"
    for category in $categories; do
        eval "total=\$total_$category"
        percent=$((total * 100 / grand_total))
        echo "  $(pad "$category" 8) $(pad "$total" 6) ($percent%)"
    done
    echo
    echo "Most valuable first:"
    rank=0
    for entry in $(sort_by_value $values); do
        rank=$((rank + 1))
        echo "  $rank. $(pad "${entry#*:}" 8) ${entry%%:*}"
        [ $rank -eq 3 ] && break
    done
} > $report

cat $report
lines=$(wc -l < $report)
echo "the report has $lines lines"
if [ $grand_total -gt 500 ]; then
    echo "worth more than 500"
fi
rm $data $report
