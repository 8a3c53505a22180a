-- Move one stream entry to another stream of the same slot (dead letters, quarantine),
-- adding fields; acknowledged and deleted from the source in the same step.
-- KEYS[1] source stream, KEYS[2] target stream, KEYS[3] state hash (field ARGV[2] dropped)
-- ARGV[1] group, ARGV[2] entry id, ARGV[3] target MAXLEN (0 = none), ARGV[4..] extra field/value pairs
local entry = redis.call('XRANGE', KEYS[1], ARGV[2], ARGV[2])
if #entry == 0 then
  redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
  return 0
end
local fields = entry[1][2]
for i = 4, #ARGV do
  table.insert(fields, ARGV[i])
end
local args = {KEYS[2]}
if tonumber(ARGV[3]) > 0 then
  table.insert(args, 'MAXLEN')
  table.insert(args, '~')
  table.insert(args, ARGV[3])
end
table.insert(args, '*')
for _, v in ipairs(fields) do
  table.insert(args, v)
end
local id = redis.call('XADD', unpack(args))
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return id
