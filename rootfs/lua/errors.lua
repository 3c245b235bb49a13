-- errors.lua: error handling: pcall, xpcall, error values and levels,
-- nested handlers, errors in metamethods and to-be-closed variables.

print("pcall ok:", pcall(function(a, b) return a + b end, 2, 3))
print("pcall error:", pcall(error, "plain message"))
print("with position:", pcall(function() error("where am I") end))
print("level 2:", pcall(function() local function check(x) if not x then error("caller's fault", 2) end end check(false) end))
print("no position:", pcall(error, "bare", 0))
print("table value:", select(2, pcall(error, { code = 42 })).code)
print("runtime error:", pcall(function() local t = nil; return t.field end))
print("arithmetic:", pcall(function() return {} + 1 end))
print("assert:", pcall(assert, false, "assertion message"))
print("assert ok:", pcall(assert, 1, "unused"))

-- xpcall with a handler that sees the original message.
print("xpcall:", xpcall(function() error("deep") end, function(message) return "handled: " .. message end))

-- Nested handlers: the inner one catches, the outer one sees a new error.
local log = {}
local ok, message = pcall(function()
  local inner_ok, inner_message = pcall(error, "inner")
  log[#log + 1] = "inner caught " .. tostring(inner_ok) .. " " .. inner_message
  error("outer", 0)
end)
log[#log + 1] = "outer caught " .. tostring(ok) .. " " .. message
print(table.concat(log, "; "))

-- Many errors in a loop: every one is caught and memory stays bounded.
local caught = 0
for i = 1, 10000 do
  if not pcall(error, i) then caught = caught + 1 end
end
print("caught in a loop:", caught)

-- Errors from metamethods.
local strict = setmetatable({}, { __index = function(_, key) error("no field '" .. key .. "'", 2) end })
print("metamethod:", pcall(function() return strict.missing end))

-- To-be-closed variables are closed on error too.
local closed = {}
local function resource(name)
  return setmetatable({}, { __close = function(_, err) closed[#closed + 1] = name .. (err and " (error)" or "") end })
end
print("close:", pcall(function()
  local a <close> = resource("a")
  local b <close> = resource("b")
  error("while open", 0)
end))
print("closed in order:", table.concat(closed, ", "))

-- tostring and error objects with __tostring.
local E = setmetatable({}, { __tostring = function() return "custom error object" end })
local _, object = pcall(error, E)
print("object:", tostring(object), object == E)

-- A runaway recursion through C (here a metamethod) is an error, not a crash.
local endless = setmetatable({}, { __index = function(self, key) return self[key + 1] end })
local overflow_ok, overflow_message = pcall(function() return endless[1] end)
print("runaway recursion caught:", overflow_ok, overflow_message:match("stack overflow"))

-- An error that nobody catches ends the script with status 1.
print("about to fail")
error("uncaught at the end")
