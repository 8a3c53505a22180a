"""One loop's share of the queues: when to look, what to drain, and how long to rest.

The tokeniser (ingress shards) and each subscriber's sender (delivery partitions) run
the same schedule over their items, which `Share` holds once:

- **rings**: the membership hands over each item a producer rang (`note`); the next
  tick starts exactly those drains, with no scan at all (an item being drained is run
  again right after, so nothing rung during a drain waits);
- **looks** (`plan` says when): a full look at this worker's items after a view change
  and while some of them wait on a back-off; a sweep over *every* item each `SWEEP_S`
  (the backlog view; orphans whose head waited past the membership TTL);
- **rest**: while an item of the share waits on a back-off, the poll interval; else
  until a ring, a finished drain or the next sweep, then until a batch window has passed
  since the last tick, so a burst of rings makes one batch, not one drain per ring. The
  window is the poll interval times the live workers: the cluster batches as one worker
  would, so CPU per event stays flat as workers are added (docs/performance.md).
A worker with no view yet (start-up, Redis unreachable) looks at everything every tick.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Hashable, Iterable
from typing import Generic, TypeVar

from redis.asyncio import Redis

from proxy.inbound.membership import SWEEP_S, Membership
from proxy.kv import as_str, entry_ms
from proxy.stopping import cancel_all

K = TypeVar("K", bound=Hashable)
WINDOW_MAX_S = 1.0
CLOSE_GRACE_S = 5.0


class Share(Generic[K]):
    def __init__(
        self,
        membership: Membership,
        items: Callable[[], Iterable[K]],
        name: Callable[[K], str],
        stream: Callable[[K], str],
        run: Callable[[K], Awaitable[None]],
    ) -> None:
        self.membership = membership
        self._items = items
        self.name = name
        self._stream = stream
        self._run = run
        self.active: dict[K, asyncio.Task[None]] = {}
        self.not_before: dict[K, float] = {}
        self.wakeup = membership.listener()
        self._rung: set[K] = set()
        self._again: set[K] = set()
        self._deferred = True  # an owned item waits on a back-off (or nothing was looked at yet)
        self._swept = 0.0
        self._view = -1
        self._closed = False  # `close` ran: no drain starts any more

    def note(self, key: K) -> None:
        """A producer rang this item: drain it at the next tick."""
        self._rung.add(key)
        self.wakeup.set()

    def owns(self, key: K) -> bool:
        return self.membership.owns(self.name(key))

    async def tick(self, redis: Redis) -> tuple[list[int], list[int | None]] | None:
        """Start the drains due now: the rung ones without a look, or after a look at this
        worker's items (at a sweep, every item with its head). Returns a sweep's sizes and
        heads in `items()` order (the sender's backlog view), else None."""
        now = time.monotonic()
        looked, sweep = self._plan(now)
        if not looked:
            self._start_rung(now)
            return None
        async with redis.pipeline(transaction=False) as pipe:
            for key in looked:
                pipe.xlen(self._stream(key))
                if sweep:
                    pipe.xrange(self._stream(key), count=1)
            replies = await pipe.execute()
        sizes = [int(n) for n in (replies[0::2] if sweep else replies)]
        heads: list[int | None] = [None] * len(looked)
        if sweep:
            heads = [entry_ms(as_str(r[0][0])) if r else None for r in replies[1::2]]
        self._looked(zip(looked, sizes, heads, strict=True), now)
        return (sizes, heads) if sweep else None

    def _plan(self, now: float) -> tuple[list[K], bool]:
        """(items to look at, is this a sweep); no items: start the rung ones, no look."""
        if now - self._swept >= SWEEP_S:
            self._swept = now
            return list(self._items()), True
        if self._deferred or self._view != self.membership.version or not self.membership.in_view:
            self._view = self.membership.version
            return [k for k in self._items() if self.owns(k)], False
        return [], False

    def _start_rung(self, now: float) -> None:
        rung, self._rung = self._rung, set()
        for key in rung:
            self.start(key, now)

    def _looked(self, sizes: Iterable[tuple[K, int, int | None]], now: float) -> None:
        """After a look: (item, entries, head ms or None). Starts owned items with work and
        orphans whose head is older than the membership TTL."""
        stale_ms = int(time.time() * 1000) - self.membership.ttl_ms
        deferred = False
        for key, size, head in sizes:
            if not size:
                continue
            if self.owns(key) or (head is not None and head <= stale_ms):
                deferred = not self.start(key, now) or deferred
        self._deferred = deferred
        self._start_rung(now)

    def start(self, key: K, now: float) -> bool:
        """Drain `key` now, or again once its running drain ends; False if it must wait.
        Nothing starts once `close` ran: a tick whose look was in flight at the close (the
        tokeniser's loop is still running when the inbound path closes its share) would
        otherwise start a drain nobody cancels or waits for: it takes its lease while the
        process shuts down and runs on against a closing runtime, so whether its release
        gets out before the exit is luck (a lease held past it costs a whole lease period)."""
        if self._closed:
            return True
        if key in self.active:
            self._again.add(key)
            return True
        if self.not_before.get(key, 0.0) > now:
            return False
        self.active[key] = asyncio.create_task(self._guarded(key))
        return True

    async def _guarded(self, key: K) -> None:
        try:
            await self._run(key)
        finally:
            self.active.pop(key, None)
            if key in self._again:
                self._again.discard(key)
                self.note(key)

    def rest_s(self, poll_interval_s: float) -> float | None:
        """The poll interval while an owned item waits on a back-off or there is no view;
        None: rest until woken (a ring, a finished drain, a view change, stop) or a sweep."""
        return poll_interval_s if self._deferred or not self.membership.in_view else None

    def window_s(self, poll_interval_s: float) -> float:
        """The batch window: the poll interval times the live workers (at most 1 s). N workers
        each see 1/N of the traffic; waiting N times longer keeps the batches, and so the CPU
        per event, as they are with one worker, for at most N poll intervals of latency."""
        return min(max(poll_interval_s, WINDOW_MAX_S), poll_interval_s * max(1, len(self.membership.live)))

    async def rest(self, poll_interval_s: float, ticked: float, stop: asyncio.Event) -> None:
        try:
            rest = self.rest_s(poll_interval_s)
            if rest is not None:
                await asyncio.wait_for(stop.wait(), rest)
            else:
                await asyncio.wait_for(self.wakeup.wait(), SWEEP_S)
                # gather what else arrives within the batch window: one batch, not one drain per ring
                await asyncio.wait_for(stop.wait(), ticked + self.window_s(poll_interval_s) - time.monotonic())
        except TimeoutError:
            pass
        self.wakeup.clear()

    async def close(self) -> None:
        """Cancel the drains in flight (their entries stay pending in Redis) and wait for
        them, at most `CLOSE_GRACE_S`; from here on nothing starts."""
        self._closed = True
        await cancel_all(list(self.active.values()), CLOSE_GRACE_S, "queue drains")
