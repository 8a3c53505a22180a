-- Seal-then-acknowledge, atomically in one slot: refuse a duplicate, else append the
-- sealed update, set its dedup marker and index it under each alias hash.
-- KEYS[1] marker, KEYS[2] ingress stream, KEYS[3..] alias index sets
-- ARGV[1] marker TTL (s), ARGV[2..] the entry's field/value pairs (proxy/inbound/ingress_entry.py)
-- A duplicate refreshes its marker: a replicated write, so a WAIT after this call also
-- covers the first copy (written by another connection, maybe not yet replicated).
if redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1])) == 1 then
  return 0
end
local id = redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
redis.call('SET', KEYS[1], '1', 'EX', tonumber(ARGV[1]))
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], id)
end
return id
