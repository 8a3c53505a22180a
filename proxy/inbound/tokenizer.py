"""Tokenisation workers: sealed updates in, tokenised events in every subscriber queue out.

Each ingress shard is drained under a lease (one consumer at a time, in order). A batch
of sealed updates is opened and tokenised together (one detector call, one vault call;
the batches of a tenant's shards drained by the same tick go as one, `proxy.turns`);
each update is then queued for every subscriber that wants it, and only after that is
its sealed copy deleted, so a crash at any point retries from the sealed copy and the
subscribers' dedup markers absorb the repeat. If a batch fails, its updates are retried
one by one, in order: Redis failures are transient (the shard backs off, nothing is
counted); any other failure counts one attempt for that update, and after
`ingress.max_attempts` it moves to the sealed quarantine with an alert, never forwarded.
A failing update holds back the updates behind it in its shard (order is kept). Every token
minted here is counted in `veil_vault_tokenizations_total` under service `-` (Veil itself).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline
from redis.exceptions import RedisError

from proxy.detection import Detector, Span
from proxy.errors import DecryptError, VaultUnavailable
from proxy.inbound.ack_first import AckFirst
from proxy.inbound.ingress import GROUP, IngressStore
from proxy.inbound.ingress_entry import IngressEntry, aliases_of, quarantine_fields
from proxy.inbound.membership import Membership, ingress_item
from proxy.inbound.pipeline import Context, OnMerge, Tokenized, tokenize_payload
from proxy.inbound.queue import DeliveryQueue
from proxy.inbound.share import Share
from proxy.kv import Batch, BatchGroup, Entry, Lease, eval_script, keyspace, lease_take, lua_source
from proxy.metrics import Metrics
from proxy.turns import TurnGroup, split_as
from proxy.vault import Minted, Vault
from proxy.whatsapp import Part, part_from_json

log = logging.getLogger("veil.tokenize")
# Pause the shard and retry (never count an attempt): Redis down, a failover, WAIT unconfirmed.
TRANSIENT = (RedisError, OSError, TimeoutError, VaultUnavailable)


class Tokenizer:
    def __init__(
        self,
        *,
        store: IngressStore,
        queue: DeliveryQueue,
        vault: Vault,
        detector: Callable[[], Detector],
        contexts: dict[str, Context],
        worker_id: str,
        on_merge: OnMerge | None = None,
        membership: Membership | None = None,
        ack_first: AckFirst | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.store = store
        self.queue = queue
        self.vault = vault
        self.detector = detector
        self.contexts = contexts
        self.worker_id = worker_id
        self.on_merge = on_merge
        self.ack_first = ack_first or AckFirst()
        self.metrics = metrics or Metrics()  # a registry of its own when nobody scrapes (benches)
        self.settings = store.settings.ingress
        self.redis: Redis = store.redis
        self._done = lua_source("ingress_done")
        self._group = BatchGroup(self.redis)  # the shards' lease calls and done marks of one turn share a write
        self._turns: dict[str, TurnGroup[list[Part], list[Tokenized]]] = {}
        self._move = lua_source("move_entry")
        self.membership = membership or Membership(self.redis, worker_id)  # never beaten: owns everything
        self.share: Share[tuple[str, int]] = Share(
            self.membership,
            lambda: self.shards,
            lambda key: ingress_item(*key),
            lambda key: keyspace.ingress_stream(*key),
            self._guarded,
        )
        self.membership.route("ingress:", self._rung)

    @property
    def shards(self) -> list[tuple[str, int]]:
        return [(t, s) for t in self.contexts for s in range(self.settings.shards)]

    def _rung(self, item: str) -> None:
        tenant, _, shard = item.removeprefix("ingress:").rpartition(":")
        if tenant in self.contexts and shard.isdigit():
            self.share.note((tenant, int(shard)))

    async def tick(self) -> None:
        await self.share.tick(self.redis)

    async def close(self) -> None:
        await self.share.close()

    async def _guarded(self, key: tuple[str, int]) -> None:
        try:
            if not await self.drain(*key):
                self.share.not_before[key] = time.monotonic() + self.settings.retry_base_s
        except TRANSIENT as exc:
            log.warning("tokenisation paused (%s)", type(exc).__name__)
            self.share.not_before[key] = time.monotonic() + self.settings.retry_base_s

    async def drain(self, tenant: str, shard: int) -> bool:
        """Work the shard until empty (True) or until an update must wait (False)."""
        stream = keyspace.ingress_stream(tenant, shard)
        lease = Lease(
            self.redis, keyspace.ingress_lease(tenant, shard), self.worker_id, self.settings.lease_s, self._group
        )
        held, entries, _ = await lease_take(lease, stream, GROUP, self.settings.batch_size)
        if not held:
            return False
        released = False
        try:
            while held and entries:
                final = len(entries) < self.settings.batch_size  # drained by this read
                if not await self.process(tenant, shard, entries, release=lease if final else None):
                    return False
                if final:
                    released = True  # with the done marks; spare the empty read (anything newer rang)
                    return True
                held, entries, _ = await lease_take(lease, stream, GROUP, self.settings.batch_size, renew=True)
            return True
        finally:
            if not released:
                with contextlib.suppress(*TRANSIENT):
                    await lease.release()

    async def process(self, tenant: str, shard: int, entries: list[Entry], *, release: Lease | None = None) -> bool:
        """Tokenise and queue `entries`; True if all went (or to quarantine). `release`: the
        lease, released with the batch's done marks (one write for both) when all went."""
        opened: list[tuple[str, IngressEntry, Part]] = []
        for entry_id, fields in entries:
            found = await self._open(tenant, fields)
            if found is None:
                await self.quarantine(tenant, shard, entry_id, aliases_of(fields), "unreadable")
            else:
                opened.append((entry_id, *found))
        results: list[Tokenized | None]
        await self.ack_first.turn()
        try:
            results = list(await self._together(tenant).run([p for _, _, p in opened]))
        except TRANSIENT:
            raise
        except Exception as exc:  # noqa: BLE001 - retried one by one below, never forwarded
            log.warning("batch tokenisation failed (%s); retrying one by one", type(exc).__name__)
            results = [None] * len(opened)
        ready: list[tuple[str, IngressEntry, Tokenized]] = []  # queued and marked done together, in order
        for (entry_id, entry, part), result in zip(opened, results, strict=True):
            if result is None:
                await self._finish(tenant, shard, ready)
                result = await self._single(tenant, part)
                if result is None:
                    if await self._failed(tenant, shard, entry_id, entry.aliases):
                        continue  # quarantined: the updates behind it may go
                    return False
            ready.append((entry_id, entry, result))
        await self.ack_first.turn()
        await self._finish(tenant, shard, ready, release)
        return True

    async def _finish(
        self, tenant: str, shard: int, ready: list[tuple[str, IngressEntry, Tokenized]], release: Lease | None = None
    ) -> None:
        """Queue a run of tokenised updates for their subscribers (one round trip), then drop
        their sealed copies (one more, carrying `release` if given): two round trips per batch
        instead of two per update. A crash between the two leaves the sealed copies; the retry
        is stopped by the subscribers' dedup markers. Empties `ready`."""
        if not ready:
            if release is not None:
                await release.release()
            return
        await self.queue.enqueue_many(
            tenant, [(entry.event_id, tok, entry.order_key) for _, entry, tok in ready], self._group
        )
        batch = Batch(self.redis, self._group)
        for entry_id, entry, _ in ready:
            self._queue_done(batch, tenant, shard, entry_id, entry.aliases)
        if release is not None:
            release.queue(batch, "release")
        await batch.execute()
        ready.clear()

    def _together(self, tenant: str) -> TurnGroup[list[Part], list[Tokenized]]:
        """The tenant's batches of one loop turn (its shards drained by one tick), tokenised
        by one call: one detector round trip and one vault call instead of one per shard.
        If the joint call fails, every shard in it retries its updates one by one."""
        group = self._turns.get(tenant)
        if group is None:
            group = self._turns[tenant] = TurnGroup(functools.partial(self._tokenize_all, tenant))
        return group

    async def _tokenize_all(self, tenant: str, batches: Sequence[list[Part]]) -> list[list[Tokenized]]:
        results = await tokenize_payload(
            [p for batch in batches for p in batch],
            ctx=self.contexts[tenant],
            vault=self.vault,
            detector=self.detector(),
            on_merge=self.on_merge,
            on_minted=self._count,
            on_grey=self._count_grey,
        )
        return split_as(results, batches)

    def _count(self, minted: Sequence[Minted]) -> None:
        """Tokens of one vault call, counted per entity type (one increment per type)."""
        for entity, n in Counter(m.entity for m in minted).items():
            self.metrics.tokenized(entity, "-", n)

    def _count_grey(self, spans: Sequence[Span]) -> None:
        """Grey-zone spans of one call, counted per entity type."""
        for entity, n in Counter(s.entity for s in spans).items():
            self.metrics.grey_tokenized(entity, n)

    async def _open(self, tenant: str, fields: Mapping[str, bytes]) -> tuple[IngressEntry, Part] | None:
        """The entry and the update it seals; None if either cannot be read."""
        try:
            entry = IngressEntry.from_fields(fields)
            raw = await self.store.open(tenant, entry.event_id, entry.master_version, entry.sealed)
            return entry, part_from_json(json.loads(raw))
        except (DecryptError, ValueError, KeyError, TypeError):
            return None

    async def _single(self, tenant: str, part: Part) -> Tokenized | None:
        try:
            return (
                await tokenize_payload(
                    [part],
                    ctx=self.contexts[tenant],
                    vault=self.vault,
                    detector=self.detector(),
                    on_merge=self.on_merge,
                    on_minted=self._count,
                    on_grey=self._count_grey,
                )
            )[0]
        except TRANSIENT:
            raise
        except Exception as exc:  # noqa: BLE001 - counted, then quarantined; never forwarded
            log.warning("update tokenisation failed (%s)", type(exc).__name__, extra={"tenant": tenant})
            return None

    async def _failed(self, tenant: str, shard: int, entry_id: str, aliases: Sequence[str]) -> bool:
        """Count a failed attempt; True once the update went to quarantine."""
        attempts = int(await self.redis.hincrby(keyspace.ingress_attempts(tenant, shard), entry_id, 1))
        if attempts < self.settings.max_attempts:
            return False
        await self.quarantine(tenant, shard, entry_id, aliases, "tokenize_failed", attempts)
        return True

    async def quarantine(
        self, tenant: str, shard: int, entry_id: str, aliases: Sequence[str], reason: str, attempts: int = 0
    ) -> None:
        """Move a sealed update to its shard's quarantine (still sealed, still indexed by alias
        in its `a` field for erasure) and alert; it is never forwarded."""
        keys = [
            keyspace.ingress_stream(tenant, shard),
            keyspace.ingress_quarantine(tenant, shard),
            keyspace.ingress_attempts(tenant, shard),
        ]
        added = quarantine_fields(reason, "update", attempts=attempts, at_ms=int(time.time() * 1000))
        args: list[str | bytes | int] = [GROUP, entry_id, 0, *itertools.chain.from_iterable(added.items())]
        await eval_script(self.redis, self._move, keys, args)
        if aliases:
            async with self.redis.pipeline(transaction=False) as pipe:
                for a in aliases:
                    pipe.srem(keyspace.ingress_alias_index(tenant, shard, a), entry_id)
                await pipe.execute()
        await self.store.alert_quarantine(tenant, reason)

    async def done(self, tenant: str, shard: int, entry: Entry) -> None:
        await self._queue_done(self.redis, tenant, shard, entry[0], aliases_of(entry[1]))

    def _queue_done(
        self, client: Redis | Pipeline | Batch, tenant: str, shard: int, entry_id: str, aliases: Sequence[str]
    ) -> Any:
        keys = [keyspace.ingress_stream(tenant, shard), keyspace.ingress_attempts(tenant, shard)]
        keys += [keyspace.ingress_alias_index(tenant, shard, a) for a in aliases]
        return eval_script(client, self._done, keys, [GROUP, entry_id])
