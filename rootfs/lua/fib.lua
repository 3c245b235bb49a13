-- fib.lua: Fibonacci numbers three ways: naive recursion, memoized
-- recursion and a loop with 64-bit integers.

local function naive(n)
  if n < 2 then return n end
  return naive(n - 1) + naive(n - 2)
end

local memo = {}
local function memoized(n)
  if n < 2 then return n end
  local known = memo[n]
  if known then return known end
  local value = memoized(n - 1) + memoized(n - 2)
  memo[n] = value
  return value
end

local function iterative(n)
  local a, b = 0, 1
  for _ = 1, n do a, b = b, a + b end
  return a
end

for n = 0, 20, 5 do
  print(string.format("fib(%2d) = %d", n, naive(n)))
end
print("fib(25) naive    =", naive(25))
print("fib(80) memoized =", memoized(80))
print("fib(92) loop     =", iterative(92))
print("fib(93) wraps to =", iterative(93))
print("math.maxinteger  =", math.maxinteger)

-- The first Fibonacci number with 15 digits.
local n = 0
while #tostring(iterative(n)) < 15 do n = n + 1 end
print("first with 15 digits: fib(" .. n .. ") = " .. iterative(n))
