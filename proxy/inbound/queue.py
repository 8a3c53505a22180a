"""Subscriber queues: one tokenised update into each subscriber partition that wants it.

Each subscriber has `delivery.partitions` streams `{q:<subscriber>:<p>}`; a subject's
events always go to the same partition (hash of the subject id), and one Lua call per
partition checks the subscriber's dedup marker (a keyed hash, 8-day TTL) and appends the
byte-stable body, so a tokenisation worker that crashed half-way and runs again never
queues an event twice for the subscribers that already have it. A subscriber over its
`max_backlog` (entries, or oldest event older than `max_backlog_age_s`) gets new events
in its dead letters instead, with an alert (and counted in `veil_dead_letters_total`, reason
`backlog`): its queue stops growing and nobody else waits.
Before queueing, the tokens each subscriber is about to receive are recorded per owning
subject (`subject_sent`), so an erasure notice can list them, and the event id and time
per subscriber in the subject's delivery record (`subject_deliveries`, the sender adds
when it was taken), so an access request can say who received the subject's data. Each
queued event names the subject it was routed by (field `s`): erasure removes that
subject's events from the queues and dead letters by it. Both records expire with the
vault's retention.
The update's Meta media ids are recorded too (`media_known`, 30 days, in the same write):
the Veil media URL a subscriber finds in the update, and a Graph lookup of the id, then
work through Veil.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from proxy.alerts import Alert, AlertSink
from proxy.config import Settings, SubscriberSettings
from proxy.errors import VaultUnavailable
from proxy.inbound.media import MEDIA_TTL_S, valid_media_id
from proxy.inbound.membership import Membership, delivery_item
from proxy.inbound.pipeline import Tokenized
from proxy.kv import Batch, BatchGroup, eval_script, keyspace, lua_source
from proxy.metrics import Metrics
from proxy.vault import KeyStore, keyed_hash
from proxy.whatsapp import Part, dumps, envelope
from proxy.whatsapp import updates as wa_updates


@dataclass
class Backlog:
    """Per-process view of each subscriber's queue size, refreshed by its sender."""

    entries: dict[str, int] = field(default_factory=dict)
    oldest_ms: dict[str, int | None] = field(default_factory=dict)
    capped: set[str] = field(default_factory=set)

    def update(self, subscriber: str, entries: int, oldest_ms: int | None) -> None:
        self.entries[subscriber] = entries
        self.oldest_ms[subscriber] = oldest_ms

    def over(self, sub: SubscriberSettings, now_ms: int) -> bool:
        oldest = self.oldest_ms.get(sub.name)
        too_old = oldest is not None and now_ms - oldest > sub.max_backlog_age_s * 1000
        return self.entries.get(sub.name, 0) >= sub.max_backlog or too_old


def partition_of(subject: str, partitions: int) -> int:
    return int.from_bytes(hashlib.sha256(subject.encode()).digest()[:4], "big") % partitions


def filter_value(part: Part) -> str | None:
    """What `message_types` matches: the message type, "status" for statuses, else None."""
    return "status" if part.kind == "status" else wa_updates.message_type(part)


def wants(sub: SubscriberSettings, part: Part) -> bool:
    if sub.fields and part.field not in sub.fields:
        return False
    value = filter_value(part)
    return not (sub.message_types and value is not None and value not in sub.message_types)


class DeliveryQueue:
    def __init__(
        self,
        redis: Redis,
        keystore: KeyStore,
        settings: Settings,
        backlog: Backlog,
        alerts: AlertSink | None = None,
        membership: Membership | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.membership = membership  # rings the partitions' owners (None: they find the work at a sweep)
        self.redis = redis
        self.keystore = keystore
        self.settings = settings
        self.backlog = backlog
        self.alerts = alerts
        self.metrics = metrics or Metrics()  # a registry of its own when nobody scrapes (benches)
        self.ttl = settings.vault.retention_days * 86_400
        self._lua = lua_source("enqueue")

    def subscribers(self, tenant: str) -> list[SubscriberSettings]:
        return [s for s in self.settings.subscribers if s.tenant == tenant]

    async def enqueue(self, tenant: str, event_id: str, tok: Tokenized, order_key: int = 0) -> int:
        """Queue one tokenised update for every subscriber that wants it; returns how many
        subscribers newly got it (0 for a replay the markers already cover). `order_key`:
        its receipt order key (`IngressEntry.order_key`, field `o`, `X-Veil-Received`)."""
        return (await self.enqueue_many(tenant, [(event_id, tok, order_key)]))[0]

    async def enqueue_many(
        self, tenant: str, events: Sequence[tuple[str, Tokenized, int]], group: BatchGroup | None = None
    ) -> list[int]:
        """`enqueue` for several updates in one round trip (a tokenised batch), in order:
        per update, how many subscribers newly got it. With `group`, in the same write as
        that group's other batches of this loop turn. With `vault.wait_replicas`, a `WAIT`
        follows the writes (on a Cluster, on each master that took them), and fewer
        replicas than that raise `VaultUnavailable`: the caller deletes the sealed copies
        next, so an event only its master held would be lost with that master."""
        spans: list[tuple[int, int]] = []  # per update: (index of its first Lua reply, subscribers)
        capped: list[tuple[int, str]] = []  # (Lua reply index, subscriber) of events sent to dead letters
        queued = 0
        batch = Batch(self.redis, group)
        partitions: set[str] = set()
        for event_id, tok, order_key in events:
            commands, routed = self._queue(batch, tenant, event_id, tok, order_key, partitions)
            queued += commands
            first = queued - len(routed)
            spans.append((first, len(routed)))
            capped += [(first + i, name) for i, (name, over) in enumerate(routed) if over]
        wait = self.settings.vault.wait_replicas
        if queued and wait > 0:  # on replicas before the caller drops the sealed copies (reply `queued`)
            batch.execute_command("WAIT", wait, self.settings.vault.wait_timeout_ms)
        if queued and self.membership is not None:  # after the writes; replies[:queued] stay theirs
            self.membership.ring(batch, partitions)
        replies = await batch.execute() if queued else []
        if queued and wait > 0 and int(replies[queued]) < wait:
            # The events are on the master only: the tokeniser keeps the sealed copies and
            # tries again later (the subscribers' markers stop a second copy).
            raise VaultUnavailable(f"only {int(replies[queued])} of {wait} replicas confirmed the queued events")
        for i, name in capped:
            if int(replies[i]):  # 0: a replay its marker already covered, nothing was written
                self.metrics.dead_lettered(name, "backlog")
        return [sum(int(r) for r in replies[start : start + n]) for start, n in spans]

    def _queue(
        self,
        pipe: Pipeline | Batch,
        tenant: str,
        event_id: str,
        tok: Tokenized,
        order_key: int,
        partitions: set[str] | None = None,
    ) -> tuple[int, list[tuple[str, bool]]]:
        """Queue one update's commands on `pipe`: (commands queued, the subscribers it goes to
        with whether each is over its cap); its subscribers' Lua calls are its last commands."""
        subs = [s for s in self.subscribers(tenant) if wants(s, tok.part)]
        if not subs:
            return 0, []
        body = dumps(envelope([tok.part]))
        now_ms = int(time.time() * 1000)
        parts = self.settings.delivery.partitions
        p = partition_of(tok.subject, parts)
        commands = 0
        routed: list[tuple[str, bool]] = []
        for media_id in dict.fromkeys(tok.media_ids):
            if valid_media_id(media_id):
                pipe.execute_command("SET", keyspace.media_known(tenant, media_id), b"1", "EX", MEDIA_TTL_S)
                commands += 1
        for sub in subs:
            for owner, tokens in sorted(tok.tokens.items()):
                key = keyspace.subject_sent(tenant, owner, sub.name)
                pipe.sadd(key, *sorted(tokens))
                pipe.expire(key, self.ttl)
                commands += 2
            record = keyspace.subject_deliveries(tenant, tok.subject)
            pipe.hset(record, f"{sub.name}|{event_id}|q", str(now_ms))
            pipe.expire(record, self.ttl)
            commands += 2
        for sub in subs:
            over = self.backlog.over(sub, now_ms)
            routed.append((sub.name, over))
            if over:
                self._alert_cap(tenant, sub)
            marker = keyed_hash(self.keystore.dedup_key(tenant), "deliver", sub.name, event_id).hex()
            keys = [
                keyspace.delivery_marker(sub.name, p, marker),
                keyspace.delivery_stream(sub.name, p),
                keyspace.delivery_dead(sub.name, p),
            ]
            args: list[str | bytes | int] = [
                self.settings.delivery.dedup_ttl_s,
                "1" if over else "0",
                max(1, sub.max_dead_letters // parts),
                "e",
                event_id,
                "b",
                body,
                "f",
                tok.part.field,
                "k",
                tok.part.kind,
                "t",
                filter_value(tok.part) or "",
                "q",
                str(now_ms),
                "s",
                tok.subject,
            ]
            if order_key:
                args += ["o", str(order_key)]
            eval_script(pipe, self._lua, keys, args)
            if partitions is not None:
                partitions.add(delivery_item(sub.name, p))
        return commands + len(subs), routed

    def _alert_cap(self, tenant: str, sub: SubscriberSettings) -> None:
        if sub.name in self.backlog.capped or self.alerts is None:
            return
        self.backlog.capped.add(sub.name)
        self.alerts.emit(
            Alert(
                kind="backlog_cap",
                severity="error",
                tenant=tenant,
                service=sub.name,
                detail={"entries": self.backlog.entries.get(sub.name, 0), "max_backlog": sub.max_backlog},
            )
        )
