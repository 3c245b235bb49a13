-- files.lua: the io and os libraries on the WasmOS file system.

local path = "/tmp/lua-files-demo.txt"

local file = assert(io.open(path, "w"))
file:write("first line\n", "second line\n", 42, " ", 3.5, "\n")
file:close()

file = assert(io.open(path, "a"))
file:write("appended line\n")
file:close()

print("lines:")
for line in io.lines(path) do print("  " .. line) end

file = assert(io.open(path, "r"))
print("read a line:", file:read("l"))
print("read a word and numbers:", file:read(6), file:read("l"), file:read("n", "n"))
print("size by seek:", file:seek("end"))
file:seek("set", 6)
print("after seek:", file:read(4))
file:close()
print("closed file:", io.type(file), pcall(file.read, file))

local renamed = path .. ".renamed"
print("rename:", os.rename(path, renamed))
print("old name opens:", io.open(path, "r"))
print("remove:", os.remove(renamed))
print("remove again:", os.remove(renamed))

-- Dates are in UTC.
print("epoch + 1e9 s:", os.date("!%Y-%m-%d %H:%M:%S", 1000000000))
local t = os.date("!*t", 86400 * 366)
print("a table date:", t.year, t.month, t.day, t.hour, t.yday, t.isdst)
print("os.time of a date:", os.time({ year = 2000, month = 1, day = 1, hour = 0 }))
print("clock is a number:", type(os.clock()), os.clock() >= 0)
print("time is recent:", os.time() > 1600000000)
print("tmpname under /tmp:", os.tmpname():match("^/tmp/") ~= nil)
print("unset variable:", os.getenv("WASMOS_SURELY_UNSET"))
print("io.write returns the file:", io.write("") == io.stdout)
