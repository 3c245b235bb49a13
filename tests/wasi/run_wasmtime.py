#!/usr/bin/env python3
"""Runs a WASI preview 1 program under wasmtime (the `wasmtime` package from
PyPI, the Python embedding), the reference runtime the WASI conformance
programs are compared with. The flags are those of the wasmtime command line:

    run_wasmtime.py [--dir HOST[::GUEST]]... [--env NAME=VALUE]...
                    [--stdin FILE] [--argv0 NAME] program.wasm [args...]

`--dir /tmp/x::/` shows the host folder /tmp/x to the program as `/`.
Standard output and error are the driver's own; standard input is the
driver's unless `--stdin` names a file. argv[0] is the module's file name
unless `--argv0` says otherwise. The exit status is the program's: its
`proc_exit` code, 0 when `_start` returns, 134 when it traps (as on
WasmOS), 125 when the module cannot be loaded or instantiated.
"""

import argparse
import os
import sys

try:
    import wasmtime
except ImportError:
    sys.stderr.write("run_wasmtime.py: the `wasmtime` Python package is missing (pip install wasmtime)\n")
    sys.exit(125)

TRAP_STATUS = 134
LOAD_FAILURE_STATUS = 125


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Run a WASI preview 1 program under wasmtime.")
    parser.add_argument("--dir", action="append", default=[], metavar="HOST[::GUEST]",
                        help="preopen the host folder HOST as GUEST (default: as HOST)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="set an environment variable of the program")
    parser.add_argument("--stdin", metavar="FILE", help="standard input from FILE")
    parser.add_argument("--argv0", metavar="NAME", help="the program's argv[0]")
    parser.add_argument("program", help="the .wasm module")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="the program's arguments")
    return parser.parse_args(argv)


def configure_wasi(options):
    config = wasmtime.WasiConfig()
    argv0 = options.argv0 if options.argv0 is not None else os.path.basename(options.program)
    config.argv = [argv0] + options.args
    pairs = []
    for entry in options.env:
        name, separator, value = entry.partition("=")
        if not separator:
            raise SystemExit(f"run_wasmtime.py: --env wants NAME=VALUE, not {entry!r}")
        pairs.append((name, value))
    config.env = pairs
    for entry in options.dir:
        host, separator, guest = entry.partition("::")
        config.preopen_dir(host, guest if separator else host)
    if options.stdin is not None:
        config.stdin_file = options.stdin
    else:
        config.inherit_stdin()
    config.inherit_stdout()
    config.inherit_stderr()
    return config


def main(argv):
    options = parse_arguments(argv)
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    store.set_wasi(configure_wasi(options))
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    try:
        module = wasmtime.Module.from_file(engine, options.program)
        instance = linker.instantiate(store, module)
        start = instance.exports(store)["_start"]
    except (wasmtime.WasmtimeError, KeyError, OSError) as error:
        sys.stderr.write(f"run_wasmtime.py: {options.program}: {error}\n")
        return LOAD_FAILURE_STATUS
    sys.stdout.flush()
    try:
        start(store)
    except wasmtime.ExitTrap as exit_trap:
        return exit_trap.code
    except wasmtime.Trap as trap:
        code = trap.trap_code
        message = code.name.lower().replace("_", " ") if code is not None else str(trap).splitlines()[0]
        sys.stderr.write(f"{options.program}: trapped: {message}\n")
        return TRAP_STATUS
    except wasmtime.WasmtimeError as error:
        sys.stderr.write(f"{options.program}: {error}\n")
        return TRAP_STATUS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]) & 0xFF)
