"""A per-service rolling baseline of reveals + uses that flags bursts far above normal.

Ceilings (policy) and honey tokens are the hard lines; the baseline is the soft one: it
needs no configuration and notices a service that suddenly reads ten times its usual
volume while still under its ceilings. It alerts, it never blocks (docs/decisions.md 24:
baselines learn from the traffic they judge, so they advise; the ceilings decide).

Model (pure functions below, measured in bench/baseline.py, numbers in
docs/monitoring.md): traffic is counted in fixed windows (default 5 minutes). After
each window, an exponentially weighted mean of the counts and an exponentially
weighted mean absolute deviation are updated (the TCP RTT estimator's shape). The
running count of the current window is a burst when it exceeds

    max(min_count, mean + k * max(dev, sqrt(mean)))

(`sqrt(mean)` is the Poisson noise floor, so a quiet service is not judged by a
deviation that happens to be near zero). A flagged window is folded in capped at the
threshold, so an exfiltration that lasts several windows does not teach the baseline
that it is normal. Nothing is judged before `warmup_windows` windows were seen.

`BaselineStore` keeps the state in Redis: per-window counters (INCRBY, one key each),
the state hash, and a short lock so one process folds a finished window; every key of
a service shares the `{b:<service>}` slot and only single-key commands are used, so it
works on Redis Cluster and on Redis 6.2.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import Final

from redis.asyncio import Redis

from proxy.kv import as_str, keyspace

MAX_GAP_FOLDS: Final = 200  # after ~200 empty windows (alpha >= 0.01 … ) the state is ~0 anyway
LOCK_MS: Final = 2000


@dataclass(frozen=True, slots=True)
class BaselineParams:
    alpha: float = 0.3  # weight of the newest window in the mean and the deviation
    k: float = 6.0  # deviations above the mean that make a burst
    min_count: int = 50  # never a burst below this many per window
    warmup_windows: int = 12  # windows seen before anything is judged
    rel_floor: float = 0.0  # the spread is at least this share of the mean (ramps, daily swings)


@dataclass(frozen=True, slots=True)
class BaselineState:
    mean: float = 0.0
    dev: float = 0.0
    windows: int = 0


def threshold(params: BaselineParams, state: BaselineState) -> float | None:
    """The count above which the current window is a burst; None while warming up."""
    if state.windows < params.warmup_windows:
        return None
    mean = max(state.mean, 0.0)
    spread = max(state.dev, math.sqrt(mean), params.rel_floor * mean)
    return max(float(params.min_count), state.mean + params.k * spread)


def is_burst(params: BaselineParams, state: BaselineState, count: int) -> bool:
    limit = threshold(params, state)
    return limit is not None and count > limit


def fold(params: BaselineParams, state: BaselineState, count: int) -> BaselineState:
    """The state after one finished window of `count`. A burst window counts as its
    threshold, so a long exfiltration does not raise the baseline to its own level."""
    limit = threshold(params, state)
    x = float(count) if limit is None else min(float(count), limit)
    if state.windows == 0:
        return BaselineState(mean=x, dev=0.0, windows=1)
    a = params.alpha
    mean = state.mean + a * (x - state.mean)
    dev = state.dev + a * (abs(x - state.mean) - state.dev)
    return BaselineState(mean=mean, dev=dev, windows=state.windows + 1)


def fold_gap(params: BaselineParams, state: BaselineState, empty_windows: int) -> BaselineState:
    """`empty_windows` windows without traffic (capped: the state has decayed by then)."""
    for _ in range(min(empty_windows, MAX_GAP_FOLDS)):
        state = fold(params, state, 0)
    if empty_windows > MAX_GAP_FOLDS:
        state = replace(state, windows=state.windows + empty_windows - MAX_GAP_FOLDS)
    return state


@dataclass(frozen=True, slots=True)
class Burst:
    """A window's running count went over its threshold (reported once per window)."""

    service: str
    window: int
    count: int
    threshold: float
    mean: float


class BaselineStore:
    """The Redis-backed baseline of every service of this deployment."""

    def __init__(self, redis: Redis, params: BaselineParams, *, window_s: int = 300) -> None:
        self._redis = redis
        self._params = params
        self._window_s = window_s

    async def observe(self, service: str, n: int, *, now: float | None = None) -> Burst | None:
        """Count `n` reveals/uses now; a `Burst` the first time this window goes over."""
        window = int((time.time() if now is None else now) // self._window_s)
        counter = keyspace.baseline_count(service, window)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.incrby(counter, n)
            pipe.expire(counter, self._window_s * 4)
            pipe.hgetall(keyspace.baseline_state(service))
            count, _, raw = await pipe.execute()
        state, last = _decode(raw)
        if last is None:
            await self._store(service, BaselineState(), window - 1)
        elif last < window - 1:
            state = await self._fold(service, state, window)
        if not is_burst(self._params, state, int(count)):
            return None
        first = await self._redis.set(keyspace.baseline_alerted(service, window), "1", nx=True, ex=self._window_s * 2)
        if not first:
            return None
        return Burst(service, window, int(count), threshold(self._params, state) or 0.0, state.mean)

    async def state(self, service: str) -> BaselineState:
        return _decode(await self._redis.hgetall(keyspace.baseline_state(service)))[0]

    async def _fold(self, service: str, state: BaselineState, window: int) -> BaselineState:
        """Fold the finished windows up to window-1; only the lock holder writes."""
        lock = keyspace.baseline_lock(service)
        if not await self._redis.set(lock, "1", nx=True, px=LOCK_MS):
            return state  # another process is folding: judge by the state we read
        try:
            state, fresh = _decode(await self._redis.hgetall(keyspace.baseline_state(service)))
            if fresh is None or fresh >= window - 1:
                return state
            done = await self._redis.get(keyspace.baseline_count(service, fresh + 1))
            state = fold(self._params, state, int(as_str(done)) if done is not None else 0)
            state = fold_gap(self._params, state, window - 1 - (fresh + 1))
            await self._store(service, state, window - 1)
            return state
        finally:
            await self._redis.delete(lock)

    async def _store(self, service: str, state: BaselineState, last: int) -> None:
        await self._redis.hset(
            keyspace.baseline_state(service),
            mapping={"mean": repr(state.mean), "dev": repr(state.dev), "windows": state.windows, "last": last},
        )


def _decode(raw: dict[bytes | str, bytes | str]) -> tuple[BaselineState, int | None]:
    fields = {as_str(k): as_str(v) for k, v in raw.items()}
    if "last" not in fields:
        return BaselineState(), None
    state = BaselineState(float(fields["mean"]), float(fields["dev"]), int(fields["windows"]))
    return state, int(fields["last"])
