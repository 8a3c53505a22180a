-- One tokenised event into one subscriber partition (or its dead letters when the
-- subscriber is over its backlog cap), unless this subscriber already has it.
-- KEYS[1] dedup marker, KEYS[2] partition stream, KEYS[3] partition dead letters
-- ARGV[1] marker TTL (s), ARGV[2] "1" = to dead letters, ARGV[3] dead-letter MAXLEN,
-- ARGV[4..] field/value pairs of the entry
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local fields = {}
for i = 4, #ARGV do
  table.insert(fields, ARGV[i])
end
if ARGV[2] == '1' then
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], '*', 'reason', 'backlog', 'order_broken', '1', unpack(fields))
else
  redis.call('XADD', KEYS[2], '*', unpack(fields))
end
redis.call('SET', KEYS[1], '1', 'EX', tonumber(ARGV[1]))
return 1
