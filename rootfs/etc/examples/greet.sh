# greet.sh: asks for a name and a number, then answers (shows read,
# case and a here-document).

read -p "Your name? " name
[ -n "$name" ] || name=stranger
read -p "A number? " number
case $number in
    '' | *[!0-9]*)
        verdict="that is not a number" ;;
    *)
        if [ $((number % 2)) -eq 0 ]; then parity=even; else parity=odd; fi
        verdict="$number is $parity, and its square is $((number * number))" ;;
esac
cat <<END
Hello, $name!
$verdict.
END
