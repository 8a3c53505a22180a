-- Create or find one token, atomically, in one hash slot {t:<tenant>:<tag>}.
-- KEYS: 1 value index, 2 token record, 3 tombstone (all of the candidate token)
-- ARGV: 1 index hex, 2 candidate token, 3 "<entity>\31<subject>\31<now>\31<ttl>",
--       4 sealed value (packed to keep the per-call argument count, and so client cost, low)
-- Returns {0, token} created | {1, token} known, touched | {2, token} known as another
-- candidate (call again with it) | {3, ""} candidate taken by another value or erased.
local entity, subject, now, ttl = string.match(ARGV[3], '^([^\31]+)\31([^\31]+)\31(%d+)\31(%d+)$')
local found = redis.call('GET', KEYS[1])
if found and found ~= ARGV[2] then
  return {2, found}
end
if redis.call('HGET', KEYS[2], 'v') == ARGV[1] then
  -- known value (the index may have lapsed before its record): touch, keep first-seen value
  redis.call('HSET', KEYS[2], 'ls', now)
  redis.call('EXPIRE', KEYS[2], ttl)
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ttl)
  redis.call('SET', KEYS[3], ARGV[1] .. ':' .. now)
  return {1, ARGV[2]}
end
local tomb = redis.call('GET', KEYS[3])
if tomb then
  local owner = string.match(tomb, '^([^:]*)')
  if owner ~= ARGV[1] then
    return {3, ''}
  end
end
redis.call('HSET', KEYS[2], 'e', entity, 's', subject, 'c', ARGV[4], 'v', ARGV[1],
           'fs', now, 'ls', now)
redis.call('EXPIRE', KEYS[2], ttl)
redis.call('SET', KEYS[1], ARGV[2], 'EX', ttl)
redis.call('SET', KEYS[3], ARGV[1] .. ':' .. now)
return {0, ARGV[2]}
