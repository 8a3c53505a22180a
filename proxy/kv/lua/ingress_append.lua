-- Seal-then-acknowledge, atomically in one slot: refuse a duplicate, else append the
-- sealed update, set its dedup marker and index it under each alias hash.
-- KEYS[1] marker, KEYS[2] ingress stream, KEYS[3..] alias index sets
-- ARGV[1] marker TTL (s), ARGV[2..] the entry's field/value pairs (proxy/inbound/ingress_entry.py)
-- A duplicate refreshes its marker: a replicated write, so a WAIT after this call also
-- covers the first copy (written by another connection, maybe not yet replicated).
-- The duplicate test reads first: a script's first write decides whether Redis at maxmemory
-- refuses it (OOM) or lets every later write through, so a new update's first write is the
-- XADD (refused when Redis is full: Meta gets 503 and retries), never the marker's EXPIRE.
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
  return 0
end
local id = redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
redis.call('SET', KEYS[1], '1', 'EX', tonumber(ARGV[1]))
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], id)
end
return id
