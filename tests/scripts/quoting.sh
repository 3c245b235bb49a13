# Quotes, backslashes, field splitting and pathname expansion.
value="a  b"
echo $value "$value" '$value' \$value "\$value \"x\" \\"
echo 'single '"double "plain\ joined
echo "tab:	end" 'new
line'
echo ~ "~" ~/sub
empty=""
count() { echo $#; }
count $empty "$empty" '' "" x
count ${empty} "${empty}"
spaces="  leading and trailing  "
count $spaces
echo "[${spaces}]"
IFS=,
list="x,y,,z"
count $list
for item in $list; do echo "item [$item]"; done
IFS=' ,'
mixed="p , q"
count $mixed
unset IFS
mkdir -p /tmp/quoting
touch /tmp/quoting/b.txt /tmp/quoting/a.txt /tmp/quoting/.hidden /tmp/quoting/c.log
echo /tmp/quoting/*
echo /tmp/quoting/*.txt
echo /tmp/quoting/?.log
echo /tmp/quoting/[ab].txt
echo "/tmp/quoting/*" '/tmp/quoting/*' /tmp/quoting/\*
echo /tmp/quoting/*.none
echo /tmp/quoting/.*
set -f
echo /tmp/quoting/* "with set -f"
set +f
rm -r /tmp/quoting
