-- A sealed update is in every subscriber's queue (or quarantined): drop it and its index.
-- KEYS[1] ingress stream, KEYS[2] attempts hash, KEYS[3..] alias index sets
-- ARGV[1] group, ARGV[2] entry id
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
local n = redis.call('XDEL', KEYS[1], ARGV[2])
redis.call('HDEL', KEYS[2], ARGV[2])
for i = 3, #KEYS do
  redis.call('SREM', KEYS[i], ARGV[2])
end
return n
