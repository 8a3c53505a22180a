"""Which Veil workers are alive, so each one polls only its share of the queues.

Without this every worker polled every ingress shard and every delivery partition each
tick and raced for the lease of any with work: the CPU per event grew with the number
of workers (docs/performance.md, scale-out). Now each worker heartbeats into one sorted
set scored by Redis's own clock (hosts' clocks may differ), and an item (a shard or a
partition) belongs to the live worker with the highest hash of (worker, item) —
rendezvous hashing, so a worker joining or leaving moves only its own items.

Ownership only decides who *looks*; leases still decide who *drains*. While views
differ (a worker just joined or died) two workers may both look at an item, and the
lease lets one through. A worker that is not in its own view yet (start-up, Redis
unreachable) looks at everything, as before. A dead worker's items are picked up when
its heartbeat ages out (`ttl_s`), and a periodic sweep lets any worker drain an item
whose head has waited longer than that, whatever the views say.

Doorbells replace polling: whoever adds work to an item (a webhook sealed into an
ingress shard, an event queued in a delivery partition) also pushes the item's name
onto its owner's bell list in the same pipeline, after the write. Each worker blocks on
its own bell (one BLPOP connection) and hands each rung item to the loop that drains it
(`proxy.inbound.share`), which starts that drain without scanning anything. An item the producer
owns itself rings in-process once its writes are in, with no bell round trip. A missed ring
(views that disagree; on Cluster the bell and the stream live on different nodes; the
bell connection down) costs at most one sweep of latency.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections.abc import Callable, Iterable

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from proxy.kv import Batch, as_str, eval_script, keyspace, lua_source, reconnect_delay_s

log = logging.getLogger("veil.membership")
BEAT_S = 1.0  # heartbeat period
TTL_S = 4.0  # a worker silent this long is presumed dead; its items move
BELL_TTL_S = 3600  # a departed worker's bell goes away on its own
BELL_MAX = 1000  # rung items kept per bell
SWEEP_S = 0.5  # how often a worker looks at every item (backlog view, orphans), not only its own


def ingress_item(tenant: str, shard: int) -> str:
    return f"ingress:{tenant}:{shard}"


def delivery_item(subscriber: str, partition: int) -> str:
    return f"delivery:{subscriber}:{partition}"


class Membership:
    def __init__(self, redis: Redis, worker_id: str, *, ttl_s: float = TTL_S) -> None:
        self.redis = redis
        self.worker_id = worker_id
        self.ttl_ms = int(ttl_s * 1000)
        self._live: tuple[str, ...] = ()
        self._owner: dict[str, str] = {}
        self._lua = lua_source("heartbeat")
        self._listeners: list[asyncio.Event] = []
        self._routes: list[tuple[str, Callable[[str], None]]] = []
        self.version = 0  # bumped whenever the view changes: owners look at their items again

    @property
    def live(self) -> tuple[str, ...]:
        return self._live

    async def beat(self) -> None:
        """Refresh this worker's heartbeat and the view of who is alive (one round trip)."""
        members = await eval_script(self.redis, self._lua, [keyspace.workers()], [self.worker_id, self.ttl_ms])
        live = tuple(sorted(as_str(m) for m in members))
        if live != self._live:
            log.info("workers alive: %d", len(live))
            self._live = live
            self._owner.clear()
            self.version += 1
            self.wake_all()  # items may have moved to this worker: look now

    async def leave(self) -> None:
        """Graceful stop: the others take this worker's items at their next heartbeat."""
        await self.redis.zrem(keyspace.workers(), self.worker_id)
        self._live = ()
        self._owner.clear()
        self.version += 1

    @property
    def in_view(self) -> bool:
        """This worker is in its own view: it owns a share, and rings reach it."""
        return self.worker_id in self._live

    def owns(self, item: str) -> bool:
        return self.worker_id not in self._live or self._owner_of(item) == self.worker_id

    def _owner_of(self, item: str) -> str:
        owner = self._owner.get(item)
        if owner is None:
            owner = self._owner[item] = max(self._live, key=lambda m: _weight(m, item))
        return owner

    def ring(self, pipe: Pipeline | Batch, items: Iterable[str]) -> None:
        """Queue on `pipe` (after the writes that added work to `items`) a ring of each
        item's owner's bell. Items this worker owns ring in-process once a `Batch` has run
        (its writes are in Redis by then): no bell round trip for the common case of one
        worker, or of a webhook landing on its shard's owner. No view yet: no ring; the
        owners' sweep finds the work."""
        if not self._live:
            return
        by_owner: dict[str, set[str]] = {}
        for item in items:
            by_owner.setdefault(self._owner_of(item), set()).add(item)
        for owner, rung in sorted(by_owner.items()):
            if owner == self.worker_id and isinstance(pipe, Batch):
                pipe.after(functools.partial(self._rung, rung))
                continue
            bell = keyspace.doorbell(owner)
            pipe.lpush(bell, *sorted(rung))
            pipe.ltrim(bell, 0, BELL_MAX - 1)  # a dead owner's bell stays small
            pipe.expire(bell, BELL_TTL_S)

    def _rung(self, items: Iterable[str]) -> None:
        for item in items:
            for prefix, on_ring in self._routes:
                if item.startswith(prefix):
                    on_ring(item)

    def route(self, prefix: str, on_ring: Callable[[str], None]) -> None:
        """Hand the rung items starting with `prefix` to `on_ring` (a loop's `Share.note`)."""
        self._routes.append((prefix, on_ring))

    def listener(self) -> asyncio.Event:
        """An event set when this worker's bell rings, its view changes, or it stops."""
        event = asyncio.Event()
        self._listeners.append(event)
        return event

    def wake_all(self) -> None:
        for event in self._listeners:
            event.set()

    async def listen(self, stop: asyncio.Event) -> None:
        """Block on this worker's bell and wake its loops at each ring (until `stop`)."""
        failures = 0
        bell = keyspace.doorbell(self.worker_id)
        while not stop.is_set():
            try:
                first = await self.redis.blpop([bell], timeout=SWEEP_S)
                if first:
                    more = await self.redis.lpop(bell, BELL_MAX) or []
                    self._rung({as_str(first[1]), *(as_str(m) for m in more)})
                failures = 0
            except (RedisError, OSError) as exc:  # meanwhile the loops sweep
                failures += 1
                log.warning("doorbell unavailable (%s)", type(exc).__name__)
                await asyncio.sleep(reconnect_delay_s(failures, 0.1, 2.0))


def _weight(member: str, item: str) -> bytes:
    return hashlib.blake2b(f"{member}\x1f{item}".encode(), digest_size=8).digest()
