-- strings.lua: Lua's string patterns and formatting.

local text = "The quick brown fox jumps over the lazy dog in 2024, 42 times."

-- Words, numbers and captures.
local words = {}
for word in text:gmatch("%a+") do words[#words + 1] = word end
print("words:", #words, words[1], words[#words])
local numbers = {}
for number in text:gmatch("%d+") do numbers[#numbers + 1] = tonumber(number) end
print("numbers:", table.concat(numbers, " + "), "=", numbers[1] + numbers[2])

print("find:", text:find("fox"), text:find("o", 20, true), text:find("%d%d"))
print("match:", text:match("(%a+) fox"), text:match("(%d+), (%d+)"))

-- gsub with a string, a table and a function as replacement.
print((text:gsub("%s", "_")))
print((("$name is $age"):gsub("%$(%w+)", { name = "Lua", age = "31" })))
print((("hello world"):gsub("%w+", function(word) return word:sub(1, 1):upper() .. word:sub(2) end)))
print("vowels replaced:", select(2, text:gsub("[aeiou]", "")))

-- Balanced matches and frontiers.
print("balanced:", ("f(a(b)c) g(d)"):match("%b()"))
print("frontier:", (("THE (quick) fox"):gsub("%f[%a]%a+", function(word) return "<" .. word .. ">" end)))

-- Splitting and trimming.
local function split(line, separator)
  local fields = {}
  for field in (line .. separator):gmatch("(.-)" .. separator) do fields[#fields + 1] = field end
  return fields
end
local fields = split("a,b,,d", ",")
print("split:", #fields, table.concat(fields, "|"))
print("trim: [" .. ("   padded   "):match("^%s*(.-)%s*$") .. "]")

-- Formatting.
print(string.format("%5d|%-5d|%05.1f|%x|%X|%o|%e", 42, 42, 3.14159, 255, 255, 8, 12345.678))
print(string.format("%q", 'a "quoted"\n string'))
print(string.format("%10.3s|%-10s|%c%c%c", "abcdef", "left", 76, 117, 97))
print(("abc"):rep(3, "-"), ("Lua"):reverse(), ("MiXeD"):lower(), #("\0\1\2"))
print(("%d items"):format(3), tostring(1e15), tostring(2^63), 7 // 2, 7 / 2, 7 % 3)
print(utf8.char(72, 228, 8364), utf8.len("häll€"))
