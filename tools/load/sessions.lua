-- wrk script for logged-in users: each request carries the next of the sessions listed (one
-- JSESSIONID a line) in the file named after "--", so 50 connections are many users, not one.
-- Reports like p95.lua.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "p95.lua")

local cookies = {}
local next_cookie = 1

init = function(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      cookies[#cookies + 1] = "JSESSIONID=" .. line
    end
  end
  -- Threads start at different sessions.
  next_cookie = math.random(#cookies)
end

request = function()
  next_cookie = next_cookie % #cookies + 1
  return wrk.format(nil, nil, { Cookie = cookies[next_cookie] })
end
