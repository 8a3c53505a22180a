-- Erasure: delete every sealed update indexed under the given alias hashes (one shard).
-- KEYS[1] ingress stream, KEYS[2] attempts hash, KEYS[3..] alias index sets; ARGV[1] group
local purged = 0
for i = 3, #KEYS do
  local ids = redis.call('SMEMBERS', KEYS[i])
  for _, id in ipairs(ids) do
    pcall(redis.call, 'XACK', KEYS[1], ARGV[1], id)
    purged = purged + redis.call('XDEL', KEYS[1], id)
    redis.call('HDEL', KEYS[2], id)
  end
  redis.call('DEL', KEYS[i])
end
return purged
