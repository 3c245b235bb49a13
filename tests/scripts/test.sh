# test and [: strings, integers, files, and ! -a -o ( ).
t() {
    if "$@"; then echo "true:  $*"; else echo "false: $* (status $?)"; fi
}
t test -n abc
t test -z abc
t [ -z "" ]
t [ abc ]
t [ "" ]
t [ ]
t [ a = a ]
t [ a != a ]
t [ a \< b ]
t [ b \> a ]
t [ 3 -eq 3 ]
t [ 3 -ne 3 ]
t [ 2 -lt 10 ]
t [ 10 -le 10 ]
t [ -1 -gt -2 ]
t [ 5 -ge 6 ]
t [ -f /etc/profile ]
t [ -d /etc/profile ]
t [ -d /etc ]
t [ -e /no/such/file ]
t [ -s /etc/profile ]
t [ -r /etc/profile ]
t [ ! -e /no/such/file ]
t [ -n a -a -z "" ]
t [ -z a -o -n a ]
t [ \( a = b \) -o \( c = c \) ]
t [ ! a = b ]
t [ "!" = "!" ]
t [ = = = ]
t [ -n ]
t [ abc -eq 1 ]
t [ a = ]
t [ 1 -eq 1
