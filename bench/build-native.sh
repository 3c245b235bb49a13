#!/bin/sh
# build-native.sh: builds the benchmark workloads that are also built natively
# (bench/workloads/<name>/main.c, for each folder with a `native-args` file)
# as native static Linux programs, for comparing WasmOS with native code.
#
# Usage: bench/build-native.sh <output-directory> [workload...]
#   Builds <output-directory>/fib, .../sort, ... with `gcc -O2 -static`, or
#   only the named workloads (e.g. fib).  CC and CFLAGS override the
#   compiler and the flags.
# Each native program takes the same arguments and prints the same checksum
# line as its .wasm build.  A workload without `native-args` can be named
# too if its source builds natively: `cargo xtask bench` builds pingpong
# that way for the Linux guest alone (it forks, so it is not compiled into
# the kernel's bench build).  The other workloads and the driver
# (bench/driver) use WasmOS's own calls and are not built.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <output-directory> [workload...]" >&2
    exit 2
fi
output=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
compiler=${CC:-gcc}
flags=${CFLAGS:--O2 -static -Wall -Wextra}

if [ $# -eq 0 ]; then
    set --
    for directory in "$root"/bench/workloads/*/; do
        if [ -f "$directory/native-args" ]; then
            set -- "$@" "$(basename "$directory")"
        fi
    done
fi

mkdir -p "$output"
for name in "$@"; do
    source="$root/bench/workloads/$name/main.c"
    if [ ! -f "$source" ]; then
        echo "$0: no workload $name ($source)" >&2
        exit 1
    fi
    echo "building $output/$name"
    # shellcheck disable=SC2086 # the flags are meant to split into words
    $compiler $flags -o "$output/$name" "$source" -lm
done
