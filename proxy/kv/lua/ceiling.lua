-- Check and count one request against a service's ceilings, atomically, in one slot.
-- For each limited entity i (1-based) KEYS hold 4 keys: minute counter, day counter,
-- minute "alerted" marker, day "alerted" marker (all under {c:<service>}).
-- ARGV: 1 minute TTL, 2 day TTL, then per entity: count, per_minute (0 = none), per_day (0 = none).
-- Over a ceiling: nothing is counted; returns {1, i, window ('m'|'d'), first alert (1|0), ...}
-- for every breach. Otherwise counts everything and returns {0}.
local n = (#ARGV - 2) / 3
local breaches = {}
for i = 1, n do
  local count = tonumber(ARGV[3 + (i - 1) * 3])
  local limits = {tonumber(ARGV[4 + (i - 1) * 3]), tonumber(ARGV[5 + (i - 1) * 3])}
  for w = 1, 2 do
    local limit = limits[w]
    if limit > 0 then
      local used = tonumber(redis.call('GET', KEYS[(i - 1) * 4 + w]) or '0')
      if used + count > limit then
        local ttl = tonumber(ARGV[w])
        local first = redis.call('SET', KEYS[(i - 1) * 4 + 2 + w], '1', 'NX', 'EX', ttl) and 1 or 0
        table.insert(breaches, i)
        table.insert(breaches, w == 1 and 'm' or 'd')
        table.insert(breaches, first)
      end
    end
  end
end
if #breaches > 0 then
  table.insert(breaches, 1, 1)
  return breaches
end
for i = 1, n do
  local count = tonumber(ARGV[3 + (i - 1) * 3])
  for w = 1, 2 do
    local key = KEYS[(i - 1) * 4 + w]
    if redis.call('INCRBY', key, count) == count then
      redis.call('EXPIRE', key, tonumber(ARGV[w]))
    end
  end
end
return {0}
