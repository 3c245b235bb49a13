-- repl.lua: run with `lua -i`, then the interactive prompt reads repl.input:
-- values are printed, errors reported, and the prompt goes on.
greeting = "defined by the script"
