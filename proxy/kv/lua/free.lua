-- Free one token (delete or erase) in its slot, only if the record's owner matches.
-- KEYS: 1 token record, 2 value index, 3 tombstone
-- ARGV: 1 expected subject ('' = any), 2 mode ('delete' keeps the index hash in the
--       tombstone so only that value can reclaim; 'erase' writes 'x' so none can), 3 now
local owner = redis.call('HGET', KEYS[1], 's')
local vhex = redis.call('HGET', KEYS[1], 'v')
if not owner then
  if ARGV[2] == 'erase' then
    local tomb = redis.call('GET', KEYS[3])
    if tomb then redis.call('SET', KEYS[3], 'x:' .. ARGV[3]) end
  end
  return 0
end
if ARGV[1] ~= '' and owner ~= ARGV[1] then
  return -1
end
redis.call('DEL', KEYS[1])
if redis.call('GET', KEYS[2]) then redis.call('DEL', KEYS[2]) end
if ARGV[2] == 'erase' then
  redis.call('SET', KEYS[3], 'x:' .. ARGV[3])
else
  redis.call('SET', KEYS[3], vhex .. ':' .. ARGV[3])
end
return 1
