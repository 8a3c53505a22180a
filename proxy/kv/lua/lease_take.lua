-- Take (or keep) a stream's lease and read the next entries in the same call: the start
-- of every drain was three to four round trips (lease, XAUTOCLAIM, XREADGROUP, state).
-- KEYS[1] lease, KEYS[2] stream, KEYS[3] optional hash to return (delivery retry state)
-- ARGV[1] op (acquire|renew), ARGV[2] holder, ARGV[3] lease TTL (ms), ARGV[4] group,
-- ARGV[5] consumer, ARGV[6] count
-- Returns {0} if another holder has the lease (or, for renew, nobody has it), else
-- {1, entries, state}: entries left pending by an earlier holder first, else new ones.
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[2] then return {0} end
if ARGV[1] == 'renew' and holder ~= ARGV[2] then return {0} end
redis.call('SET', KEYS[1], ARGV[2], 'PX', tonumber(ARGV[3]))
local ok, claimed = pcall(redis.call, 'XAUTOCLAIM', KEYS[2], ARGV[4], ARGV[5], 0, '0-0', 'COUNT', ARGV[6])
if not ok then
  if not string.find(tostring(claimed.err or claimed), 'NOGROUP') then return redis.error_reply(claimed.err or tostring(claimed)) end
  redis.call('XGROUP', 'CREATE', KEYS[2], ARGV[4], '0', 'MKSTREAM')
  claimed = redis.call('XAUTOCLAIM', KEYS[2], ARGV[4], ARGV[5], 0, '0-0', 'COUNT', ARGV[6])
end
local entries = claimed[2]
local live = 0  -- 6.2 reports entries deleted while pending as nil: they do not count
for _, e in ipairs(entries) do if e and e[2] then live = live + 1 end end
if live == 0 then
  local read = redis.call('XREADGROUP', 'GROUP', ARGV[4], ARGV[5], 'COUNT', ARGV[6], 'STREAMS', KEYS[2], '>')
  if read then entries = read[1][2] end
end
local state = {}
if KEYS[3] then state = redis.call('HGETALL', KEYS[3]) end
return {1, entries, state}
