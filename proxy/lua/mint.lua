-- Create or find one token, atomically, in one hash slot {t:<tenant>:<tag>}.
-- KEYS: 1 value index, 2 token record, 3 tombstone (all of the candidate token)
-- ARGV: 1 index hex, 2 candidate token, 3 entity, 4 subject, 5 sealed value,
--       6 now (unix s), 7 ttl (s)
-- Returns {0, token} created | {1, token} known, touched | {2, token} known as another
-- candidate (call again with it) | {3, ""} candidate taken by another value or erased.
local found = redis.call('GET', KEYS[1])
if found and found ~= ARGV[2] then
  return {2, found}
end
if redis.call('HGET', KEYS[2], 'v') == ARGV[1] then
  -- known value (the index may have lapsed before its record): touch, keep first-seen value
  redis.call('HSET', KEYS[2], 'ls', ARGV[6])
  redis.call('EXPIRE', KEYS[2], ARGV[7])
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[7])
  redis.call('SET', KEYS[3], ARGV[1] .. ':' .. ARGV[6])
  return {1, ARGV[2]}
end
local tomb = redis.call('GET', KEYS[3])
if tomb then
  local owner = string.match(tomb, '^([^:]*)')
  if owner ~= ARGV[1] then
    return {3, ''}
  end
end
redis.call('HSET', KEYS[2], 'e', ARGV[3], 's', ARGV[4], 'c', ARGV[5], 'v', ARGV[1],
           'fs', ARGV[6], 'ls', ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[7])
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[7])
redis.call('SET', KEYS[3], ARGV[1] .. ':' .. ARGV[6])
return {0, ARGV[2]}
