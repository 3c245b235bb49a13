-- closures.lua: closures that keep state, and coroutines as generators and
-- as a producer/consumer pipeline.

local function counter(step)
  local count = 0
  return function()
    count = count + step
    return count
  end
end

local by_one, by_ten = counter(1), counter(10)
print("counters:", by_one(), by_one(), by_ten(), by_one(), by_ten())

-- Closures created in a loop each capture their own variable.
local printers = {}
for i = 1, 3 do printers[i] = function() return "closure " .. i end end
for _, printer in ipairs(printers) do print(printer()) end

-- A generator: the numbers of a range, squared, through coroutine.wrap.
local function squares(first, last)
  return coroutine.wrap(function()
    for i = first, last do coroutine.yield(i, i * i) end
  end)
end
for number, square in squares(1, 5) do io.write(number, "^2=", square, " ") end
print()

-- A pipeline: producer -> filter -> consumer, values passed with resume/yield.
local function producer(words)
  return coroutine.create(function()
    for _, word in ipairs(words) do coroutine.yield(word) end
  end)
end

local function filter(source, keep)
  return coroutine.create(function()
    while true do
      local ok, word = coroutine.resume(source)
      if not ok or word == nil then return end
      if keep(word) then coroutine.yield(word:upper()) end
    end
  end)
end

local pipe = filter(producer({ "lua", "on", "wasm", "os", "closures", "and", "coroutines" }),
  function(word) return #word > 2 end)
local kept = {}
while true do
  local _, word = coroutine.resume(pipe)
  if word == nil then break end
  kept[#kept + 1] = word
end
print("pipeline:", table.concat(kept, " "))
print("status of a finished coroutine:", coroutine.status(pipe))

-- Errors inside a coroutine come back from resume; the caller goes on.
local failing = coroutine.create(function(x)
  local y = coroutine.yield(x * 2)
  error("bad value " .. tostring(y))
end)
print("resume 1:", coroutine.resume(failing, 21))
print("resume 2:", coroutine.resume(failing, "z"))
print("status:", coroutine.status(failing))
print("resume 3:", coroutine.resume(failing))
