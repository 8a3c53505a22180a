-- Read token records in one reply (a single server; Cluster uses one HMGET per record).
-- KEYS: token records. Returns, per key, {entity, subject, sealed value} (false if absent).
local out = {}
for i, key in ipairs(KEYS) do
  out[i] = redis.call('HMGET', key, 'e', 's', 'c')
end
return out
