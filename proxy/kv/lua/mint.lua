-- Create or find tokens, atomically per token. Each token's three keys share one hash
-- slot {t:<tenant>:<tag>}; on Redis Cluster Veil sends one token per call, on a single
-- server (or Sentinel) up to a batch per call: one reply to parse instead of one each.
-- KEYS, 4 per token: value index, token record, tombstone (all of the candidate token),
--       and the tombstone of its twin under the first check character (or its own again)
-- ARGV, 5 per token: index hex, candidate token, "<entity>\31<subject>\31<now>\31<ttl>",
--       sealed value, the twin token ("" when none)
-- Replies, one per token: 0 created (with its tombstone) | 2 created again over its own
-- tombstone (deleted or expired before) | 1 known, touched | 3 candidate taken by another
-- value or erased | the value's other token (call again with it). 0 and 2 differ for the
-- vault's counts (proxy/vault/counts.py): only 0 adds a tombstone key.
-- A record never exists without its tombstone (both written here, the tombstone outlives
-- it), so a value with neither index nor tombstone is new: 6 calls for new and known alike
-- (7 for a new one with a twin: a value whose token, minted before the check character
-- changed, expired reclaims that token instead of getting a new one).
local function mint(index_key, record_key, tomb_key, twin_tomb_key, index_hex, token, meta, sealed, twin)
  local found = redis.call('GET', index_key)
  if found and found ~= token then
    return found
  end
  local entity, subject, now, ttl = string.match(meta, '^([^\31]+)\31([^\31]+)\31(%d+)\31(%d+)$')
  local tomb = false
  if not found then
    tomb = redis.call('GET', tomb_key)
    if not tomb and twin ~= '' then
      local old = redis.call('GET', twin_tomb_key)
      if old and string.match(old, '^([^:]*)') == index_hex then
        return twin
      end
    end
  end
  if (found or tomb) and redis.call('HGET', record_key, 'v') == index_hex then
    -- known value (the index may have lapsed before its record): touch, keep first-seen value
    redis.call('HSET', record_key, 'ls', now)
    redis.call('EXPIRE', record_key, ttl)
    redis.call('SET', index_key, token, 'EX', ttl)
    redis.call('SET', tomb_key, index_hex .. ':' .. now)
    return 1
  end
  if found then
    tomb = redis.call('GET', tomb_key)
  end
  if tomb and string.match(tomb, '^([^:]*)') ~= index_hex then
    return 3
  end
  redis.call('HSET', record_key, 'e', entity, 's', subject, 'c', sealed, 'v', index_hex,
             'fs', now, 'ls', now)
  redis.call('EXPIRE', record_key, ttl)
  redis.call('SET', index_key, token, 'EX', ttl)
  redis.call('SET', tomb_key, index_hex .. ':' .. now)
  if tomb then
    return 2
  end
  return 0
end

local out = {}
for i = 0, #KEYS / 4 - 1 do
  local k, a = 4 * i, 5 * i
  out[i + 1] = mint(KEYS[k + 1], KEYS[k + 2], KEYS[k + 3], KEYS[k + 4],
                    ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4], ARGV[a + 5])
end
return out
