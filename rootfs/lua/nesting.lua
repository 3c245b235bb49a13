-- nesting.lua: stock Lua's limit of 200 nested C calls. Code nested 190
-- deep (parentheses, `..` operands, table constructors, calls, blocks)
-- loads and runs; 500 deep is refused with Lua's error; deep recursion of
-- every kind ends in a "stack overflow" error that pcall catches.

-- Loads `init .. rep x n .. close .. repc x n` and runs it.
local function nested(label, init, rep, close, repc, n)
  local chunk, message = load(init .. string.rep(rep, n) .. close .. string.rep(repc, n))
  if not chunk then
    print(label, n, "refused:", message)
    return
  end
  print(label, n, "runs:", chunk())
end

nested("parentheses", "return ", "(", "2", ")", 190)
nested("concatenation", "local a = 'x'; return string.len(", "a..", "'a')", "", 190)
nested("tables", "local a = ", "{", "0", "}", 190)
nested("calls", "local function a(x) return x end; return ", "a(", "2.5", ")", 190)
nested("blocks", "", "do ", "", " end", 190)
nested("ifs", "local a; ", "if a then else ", "", " end", 190)
nested("functions", "", "function foo () ", "", " end", 190)
nested("powers", "local a = 1; return ", "a^", "a", "", 190)

-- 500 levels are too many, as in stock Lua.
local function refused(label, text)
  local chunk, message = load(text)
  local first_line = string.match(message or "", "^[^\n]*")
  print(label, chunk == nil, (string.gsub(first_line, "^.-:%d+: ", "")))
end
refused("500 parentheses", "return " .. string.rep("(", 500) .. "2" .. string.rep(")", 500))
refused("500 operands", "local a; return " .. string.rep("a..", 500) .. "a")

-- Deep recursion ends in an error, not a trap.
local function without_position(message)
  return (string.gsub(tostring(message), "^[^:]*:%d+: ", ""))
end
local function lua_recursion(n) return 1 + lua_recursion(n + 1) end
local ok, message = pcall(lua_recursion, 0)
print("Lua recursion", ok, without_position(message))

local depth = 0
local function nested_pcall()
  depth = depth + 1
  local ok, message = pcall(nested_pcall)
  if not ok then error(message, 0) end
end
ok, message = pcall(nested_pcall)
print("nested pcall", ok, without_position(message), depth > 180)

local meta = {}
meta.__index = function(t, key) return setmetatable({}, meta)[key] end
ok, message = pcall(function() return setmetatable({}, meta).x end)
print("__index recursion", ok, without_position(message))

local function replace(text) return (string.gsub(text, ".", replace)) end
ok, message = pcall(replace, "ab")
print("gsub recursion", ok, without_position(message))

local function sort_recursion()
  table.sort({3, 2, 1}, function(a, b) sort_recursion(); return a < b end)
end
ok, message = pcall(sort_recursion)
print("sort recursion", ok, without_position(message))

local function handler_recursion() return xpcall(handler_recursion, function(m) return m end) end
local results = table.pack(handler_recursion())
print("xpcall recursion", results[results.n - 1], without_position(results[results.n]))

local function coroutine_recursion() return coroutine.wrap(coroutine_recursion)() end
ok, message = pcall(coroutine_recursion)
print("coroutine recursion", ok, (string.match(tostring(message), "C stack overflow")))
print("done")
