-- sort.lua: sorting tables: numbers, strings, records by several keys, a
-- stable sort built on table.sort, and a comparator that raises an error.

local numbers = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 0 }
table.sort(numbers)
print("ascending: ", table.concat(numbers, " "))
table.sort(numbers, function(a, b) return a > b end)
print("descending:", table.concat(numbers, " "))

local names = { "pear", "Apple", "fig", "banana", "cherry", "apple" }
table.sort(names)
print("strings:   ", table.concat(names, " "))
table.sort(names, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print("no case:   ", table.concat(names, " "))

local people = {
  { name = "Ada", age = 36 }, { name = "Linus", age = 28 }, { name = "Grace", age = 36 },
  { name = "Ken", age = 28 }, { name = "Barbara", age = 45 },
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age > b.age end
  return a.name < b.name
end)
for i, person in ipairs(people) do print(i, person.name, person.age) end

-- table.sort is not stable; sorting by (key, original position) makes it so.
local function stable_sort(list, key)
  local positions = {}
  for i, value in ipairs(list) do positions[value] = i end
  table.sort(list, function(a, b)
    if key(a) ~= key(b) then return key(a) < key(b) end
    return positions[a] < positions[b]
  end)
end
local items = { "bb", "a", "cc", "d", "ee", "f" }
stable_sort(items, function(item) return #item end)
print("stable by length:", table.concat(items, " "))

-- A bigger, pseudo-random list: checks the order instead of printing it.
local seed = 12345
local function next_random()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local big = {}
for i = 1, 5000 do big[i] = next_random() % 100000 end
table.sort(big)
local ordered = true
for i = 2, #big do if big[i - 1] > big[i] then ordered = false end end
print("5000 numbers sorted:", ordered, big[1], big[#big])

-- An error raised inside the comparator reaches pcall; the program goes on.
local ok, message = pcall(table.sort, { 3, 1, 2 }, function(a, b)
  if a == 2 or b == 2 then error("cannot compare 2") end
  return a < b
end)
print("comparator error:", ok, message)
print("invalid order function:", pcall(table.sort, { 1, 2, 3, 4, 5 }, function() return true end))
