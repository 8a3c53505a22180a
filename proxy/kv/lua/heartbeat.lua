-- One worker's heartbeat, on Redis's clock (workers' hosts may disagree about the time).
-- KEYS: 1 the workers' sorted set. ARGV: 1 worker id, 2 ttl in ms.
-- Drops workers silent for longer than the ttl; returns the live ones.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
redis.call('PEXPIRE', KEYS[1], ttl * 10)
return redis.call('ZRANGE', KEYS[1], 0, -1)
