"""Per-service rate limits (docs/design.md, Services: "rate limits"), shared by every worker.

A policy's `rate_limits` maps an operation (`tokenize`, `detokenize`) to a budget per
minute and/or per day, counted in items (values tokenised, tokens looked up), not in
requests, so batching cannot buy a dictionary attack a larger budget. Fixed windows,
counted in Redis so N workers share one budget: both windows of (tenant, service, op)
share one hash slot and are checked and charged by one Lua call (cluster-safe,
commands of Redis 6.2 only). A request that would overshoot is refused whole and
charges nothing; the refusal says when the fullest window ends (`Retry-After`).

`DEFAULT_LIMITS` applies to an operation a policy gives no budget of its own: `/v1/tokenize`
(a dictionary of values, every phone number of a country, is what it must not mint freely)
and `identify`, the identifier lookups without a subject that `tokenize` also counts
(docs/security.md, Identifier lookups). A policy's own `rate_limits.<op>` replaces it.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from redis.asyncio import Redis

from proxy.config import RateLimit
from proxy.errors import RateLimited
from proxy.kv import keyspace

# KEYS: window counters; ARGV: n, then (limit, ttl seconds, seconds left) per key.
# Returns 0 when charged, else the seconds until the first exhausted window ends.
_CHARGE = """
local n = tonumber(ARGV[1])
for i = 1, #KEYS do
  local limit = tonumber(ARGV[2 + (i - 1) * 3])
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + n > limit then
    return tonumber(ARGV[4 + (i - 1) * 3])
  end
end
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], n)
  redis.call('EXPIRE', KEYS[i], tonumber(ARGV[3 + (i - 1) * 3]))
end
return 0
"""

_WINDOWS = (("m", 60), ("d", 86_400))

DEFAULT_LIMITS: dict[str, RateLimit] = {
    "tokenize": RateLimit(per_minute=10_000, per_day=1_000_000),
    "identify": RateLimit(per_minute=2_000, per_day=20_000),
}


def limit_for(limits: Mapping[str, RateLimit], op: str) -> RateLimit | None:
    """The policy's own budget for `op`, else Veil's default (None: unlimited)."""
    return limits.get(op, DEFAULT_LIMITS.get(op))


class RateLimiter:
    def __init__(self, redis: Redis) -> None:
        self._script = redis.register_script(_CHARGE)

    async def charge(
        self, tenant: str, service: str, op: str, limit: RateLimit | None, n: int, *, now: float | None = None
    ) -> None:
        """Charge `n` items to the service's budget for `op`, or raise `RateLimited`."""
        if limit is None or n <= 0:
            return
        now = time.time() if now is None else now
        keys: list[str] = []
        args: list[int] = [n]
        for (span, seconds), budget in zip(_WINDOWS, (limit.per_minute, limit.per_day), strict=True):
            if budget is None:
                continue
            window = int(now // seconds)
            left = max(1, int((window + 1) * seconds - now + 0.999))
            keys.append(keyspace.rate_window(tenant, service, op, span, window))
            args += [budget, seconds + 5, left]
        if not keys:
            return
        if n > min(args[1::3]):
            raise RateLimited(max(args[3::3]))  # larger than a whole window: wait it out
        retry = int(await self._script(keys=keys, args=args))
        if retry:
            raise RateLimited(retry)
