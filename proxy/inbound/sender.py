"""Delivering one subscriber's partitions: in order per customer, at least once.

Every tick the sender looks at the sizes of the subscriber's partitions (which also
feeds the backlog cap) and drains each non-empty one under a lease, so one consumer of
any process handles a partition at a time and each customer's events leave in arrival
order. A body is POSTed exactly as queued (redeliveries are byte-identical) with
`X-Hub-Signature-256` under the subscriber's secret, a stable `X-Veil-Event-Id`, and
`X-Veil-Timestamp` / `X-Veil-Signature` (HMAC of "<ts>.<body>") for replay protection,
and `X-Veil-Received`, the update's receipt order key (a customer's events sorted by it
are in the order Veil received them, even where a failover delivered some out of order).
A failure blocks only its partition: retries back off exponentially with jitter, and
once the head is older than `max_age_s` it moves to the dead letters, recording that
order broke if later events were waiting. Redirects are never followed. Every attempt is
counted and every failure logged at WARNING (subscriber, status or exception class, never
the body); the first failure since the last success marks the subscriber failing
(`DeliveryWatch`), the next success clears the mark. A success also records when the
subscriber took the event in its subject's delivery record (`subject_deliveries`, in the
ack's round trip), for an access request's "who received my data" report.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from typing import Literal

import aiohttp
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.config import DeliverySettings, SubscriberSettings
from proxy.inbound.ack_first import AckFirst
from proxy.inbound.membership import Membership, delivery_item
from proxy.inbound.queue import Backlog
from proxy.inbound.share import Share
from proxy.inbound.watch import DeliveryWatch
from proxy.kv import (
    Batch,
    BatchGroup,
    Entry,
    Lease,
    RetryBudget,
    as_str,
    entry_ms,
    eval_script,
    keyspace,
    lease_take,
    lua_source,
    passing,
    reconnect_delay_s,
    take,
)
from proxy.whatsapp import (
    SIGNATURE_HEADER,
    VEIL_EVENT_HEADER,
    VEIL_RECEIVED_HEADER,
    VEIL_SIGNATURE_HEADER,
    VEIL_TIMESTAMP_HEADER,
    sign,
    veil_signature,
)

log = logging.getLogger("veil.delivery")
GROUP = "send"
# Acks (each carrying its drain's lease release) wait this long for the others of the tick:
# the CRMs answer at scattered moments, and a Redis write is the dearest thing a sender does
# (docs/performance.md). At-least-once is untouched: an unacked event is simply in flight.
ACK_LINGER_S = 0.005
# An ack sent again through a failover pauses 50 ms, doubling up to this: a promotion is
# seconds away, and the ack should go soon after it.
ACK_PAUSE_CAP_S = 0.5
# An ack's WAIT gives up after this (or vault.wait_timeout_ms if shorter). A replica on
# loopback or a LAN confirms in about a millisecond; the WAIT is there to see a master die
# under the ack. The acks of a tick share one write, so a master without its replica (the
# promoted one, until the old master resyncs) would hold every partition's ack for the
# whole wait_timeout_ms (1 s) each time.
ACK_WAIT_MS = 100
Outcome = Literal["wait", "next", "released"]


def backoff_s(attempts: int, settings: DeliverySettings) -> float:
    """Exponential backoff with equal jitter (the one shape Veil uses for every retry)."""
    return reconnect_delay_s(attempts, settings.backoff_base_s, settings.backoff_max_s)


class SubscriberSender:
    def __init__(
        self,
        redis: Redis,
        http: aiohttp.ClientSession,
        sub: SubscriberSettings,
        secret: str,
        settings: DeliverySettings,
        backlog: Backlog,
        worker_id: str,
        membership: Membership | None = None,
        ack_first: AckFirst | None = None,
        *,
        watch: DeliveryWatch,
        ssl_context: ssl.SSLContext | None = None,
        record_ttl_s: int = 90 * 86_400,
        wait_replicas: int = 0,
        wait_timeout_ms: int = 1000,
    ) -> None:
        self.redis = redis
        self.tls: ssl.SSLContext | bool = True if ssl_context is None else ssl_context  # True: system CAs
        self.http = http
        self.sub = sub
        self.secret = secret
        self.settings = settings
        self.backlog = backlog
        self.worker_id = worker_id
        self.ack_first = ack_first or AckFirst()
        self.watch = watch  # attempts counted, the failing mark set and cleared
        self.record_ttl_s = record_ttl_s  # the delivery record's life: the vault's retention
        self.wait_replicas = wait_replicas  # vault.wait_replicas: an ack is confirmed by a WAIT too
        self.wait_timeout_ms = wait_timeout_ms
        self.partitions = range(settings.partitions)
        self._slots = asyncio.Semaphore(settings.concurrency)
        self._group = BatchGroup(redis)  # the partitions' lease takes of one tick share a write
        self._acks = BatchGroup(redis, linger_s=ACK_LINGER_S)  # and their acks, a few ms apart, too
        self._move = lua_source("move_entry")
        self.membership = membership or Membership(redis, worker_id)  # never beaten: owns everything
        self.share: Share[int] = Share(
            self.membership,
            lambda: self.partitions,
            self._item,
            lambda p: keyspace.delivery_stream(sub.name, p),
            self._guarded,
        )
        self._prefix = delivery_item(sub.name, 0).removesuffix("0")
        self.membership.route(self._prefix, self._rung)

    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        try:
            while not stop.is_set():
                ticked = time.monotonic()
                try:
                    await self.tick()
                    failures = 0
                except (RedisError, OSError) as exc:
                    failures += 1
                    log.warning("delivery tick failed (%s)", type(exc).__name__)
                    cap = min(5.0, self.settings.backoff_max_s)
                    delay = reconnect_delay_s(failures, self.settings.backoff_base_s, cap)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), delay)
                await self.share.rest(self.settings.poll_interval_s, ticked, stop)
        finally:
            await self.close()

    async def close(self) -> None:
        await self.share.close()

    def _rung(self, item: str) -> None:
        p = item.removeprefix(self._prefix)
        if p.isdigit() and int(p) in self.partitions:
            self.share.note(int(p))

    async def tick(self) -> None:
        """Start the drains `Share` asks for; a sweep also refreshes this subscriber's backlog
        view (sizes and oldest head of every partition)."""
        swept = await self.share.tick(self.redis)
        if swept is not None:
            sizes, heads = swept
            known = [h for h in heads if h is not None]
            self.backlog.update(self.sub.name, sum(sizes), min(known) if known else None)
            self.watch.metrics.set_queue_depth("delivery", sum(sizes), self.sub.name)
            if not self.backlog.over(self.sub, int(time.time() * 1000)):
                self.backlog.capped.discard(self.sub.name)

    def _item(self, p: int) -> str:
        return delivery_item(self.sub.name, p)

    async def _guarded(self, p: int) -> None:
        try:
            async with self._slots:
                await self.drain(p)
        except (RedisError, OSError) as exc:
            log.warning("partition drain failed (%s)", type(exc).__name__)
            self.share.not_before[p] = time.monotonic() + self.settings.backoff_base_s

    async def drain(self, p: int) -> None:
        """Deliver partition p in order while holding its lease; stop at a failing head.

        Round trips saved against the obvious loop (docs/performance.md): a short batch ends the
        drain (no empty read; the next tick sees anything newer); the retry state is read once
        per drain, since only the lease holder writes it and after a success it is empty; the
        lease is renewed only once `renew_after_s` passed since the last renewal, so a POST
        always starts with more than its timeout of lease left; the drain's last ack carries
        the lease's release (one event per drain is the common case: two round trips, not three)."""
        stream = keyspace.delivery_stream(self.sub.name, p)
        lease = Lease(
            self.redis, keyspace.delivery_lease(self.sub.name, p), self.worker_id, self.settings.lease_s, self._group
        )
        held, entries, state = await lease_take(
            lease, stream, GROUP, self.settings.batch_size, state_key=keyspace.delivery_state(self.sub.name, p)
        )
        if not held:
            self.share.not_before[p] = time.monotonic() + self.settings.poll_interval_s * 4
            return
        renewed = time.monotonic()
        released = False
        try:
            while True:
                if not entries:
                    return
                final = len(entries) < self.settings.batch_size  # the stream was drained by this read
                for i, entry in enumerate(entries):
                    if time.monotonic() - renewed >= self.renew_after_s:
                        if not await lease.renew():
                            return
                        renewed = time.monotonic()
                    last = lease if final and i == len(entries) - 1 else None
                    outcome = await self._one(p, stream, entry, state, release=last)
                    if outcome == "wait":
                        return
                    released = outcome == "released"
                    state = {}
                if final:
                    return  # spare the empty read; the next tick sees newer ones
                entries = await take(self.redis, stream, GROUP, self.worker_id, self.settings.batch_size)
        finally:
            if not released:
                with contextlib.suppress(RedisError, OSError):
                    await lease.release()

    @property
    def renew_after_s(self) -> float:
        """Renew when less than lease - timeout (halved, for margin) is left; 0 = before every event."""
        return max(0.0, (self.settings.lease_s - self.sub.timeout_s) / 2)

    async def _one(
        self, p: int, stream: str, entry: Entry, state: dict[str, str], *, release: Lease | None = None
    ) -> Outcome:
        """Deliver one entry: "wait" when the partition must wait (a failing head), else
        "next"; "released" when `release` (the drain's last entry) went with its ack, one
        round trip for both."""
        entry_id, fields = entry
        state_key = keyspace.delivery_state(self.sub.name, p)
        same_head = state.get("head") == entry_id
        if same_head and float(state.get("next_at", 0)) > time.time():
            self.share.not_before[p] = time.monotonic() + float(state["next_at"]) - time.time()
            return "wait"
        await self.ack_first.turn()
        failure = await self.post(fields)
        if failure is None:
            done = Batch(self.redis, self._acks)
            done.xack(stream, GROUP, entry_id)
            done.xdel(stream, entry_id)
            if state:
                done.delete(state_key)
            subject = fields.get("s")
            if subject is not None:  # an event queued before events named their subject has no record
                record = keyspace.subject_deliveries(self.sub.tenant, as_str(subject))
                done.hset(record, f"{self.sub.name}|{as_str(fields['e'])}|d", str(int(time.time() * 1000)))
                done.expire(record, self.record_ttl_s)
            self.watch.mark_delivered(done, self.sub.name)
            self.watch.count_delivered(done, self.sub.name, as_str(fields["e"]))
            if release is not None:
                release.queue(done, "release")
            await self._ack(done)
            self.watch.attempted(self.sub.name, "delivered")
            return "next" if release is None else "released"
        attempts = int(state.get("attempts", 0)) + 1 if same_head else 1
        if time.time() * 1000 - entry_ms(entry_id) >= self.sub.max_age_s * 1000:
            await self.dead_letter(p, stream, entry_id, attempts, failure)
            return "next"
        delay = backoff_s(attempts, self.settings)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.hset(state_key, mapping={"head": entry_id, "attempts": attempts, "next_at": time.time() + delay})
            self.watch.mark_failing(pipe, self.sub.name)
            await pipe.execute()
        self.watch.attempted(self.sub.name, "retry")
        log.warning(
            "delivery to subscriber %s failed (%s); attempt %d, next in %.1f s",
            self.sub.name,
            failure,
            attempts,
            delay,
            extra={"subscriber": self.sub.name, "failure": failure, "attempts": attempts},
        )
        self.share.not_before[p] = time.monotonic() + delay
        return "wait"

    async def _ack(self, done: Batch) -> None:
        """Send a delivered event's ack (with `wait_replicas`, confirmed by a WAIT), again
        through a failover's moment for up to `delivery.ack_retry_s`.

        The subscriber already has the event: an ack given up on leaves it pending, and the
        partition's next holder (this worker, once the replica is promoted) delivers it a
        second time. So a write that failed only because its master just died (a refused
        connection, `CLUSTERDOWN` until the promotion, `TRYAGAIN`) is sent again, whole, to
        wherever the slot is served then; every command in it is safe to repeat (XACK, XDEL,
        HSET of the same time, PFADD, the lease's release). The WAIT is what catches an ack
        the master took and died before its replica had it (the WAIT's connection drops): it
        is sent again to the promoted master. A WAIT that only timed out (a master without
        its replica; `ACK_WAIT_MS`) is not a failure: the ack is on the master, and a later loss of that
        master redelivers the event, with its `X-Veil-Event-Id` (at least once)."""
        if self.wait_replicas > 0:
            done.execute_command("WAIT", self.wait_replicas, min(self.wait_timeout_ms, ACK_WAIT_MS))
        budget = RetryBudget(self.settings.ack_retry_s, cap_s=ACK_PAUSE_CAP_S)
        while True:
            try:
                replies = await done.execute(raise_on_error=False)
            except (RedisError, OSError) as exc:  # (what no single command's reply carries)
                replies = [exc]
            failed = [r for r in replies if isinstance(r, BaseException)]
            if not failed:
                if budget.passes:
                    log.info(
                        "delivery ack to subscriber %s went through after %d retries",
                        self.sub.name,
                        budget.passes,
                        extra={"subscriber": self.sub.name},
                    )
                return
            if not all(passing(r) for r in failed) or not await budget.pause():
                raise failed[0]

    async def dead_letter(self, p: int, stream: str, entry_id: str, attempts: int, failure: str = "") -> None:
        """Move the failing head to the partition's dead letters (the last attempt failed
        past `max_age_s`); counted as that attempt's outcome and as a dead letter."""
        waiting = int(await self.redis.xlen(stream)) > 1
        keys = [stream, keyspace.delivery_dead(self.sub.name, p), keyspace.delivery_state(self.sub.name, p)]
        args: list[str | bytes | int] = [
            GROUP,
            entry_id,
            max(1, self.sub.max_dead_letters // self.settings.partitions),
            "reason",
            "max_age",
            "order_broken",
            "1" if waiting else "0",
            "attempts",
            str(attempts),
            "dead_at",
            str(int(time.time() * 1000)),
            "from",
            entry_id,
        ]
        await eval_script(self.redis, self._move, keys, args)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.delete(keyspace.delivery_state(self.sub.name, p))
            self.watch.mark_failing(pipe, self.sub.name)
            await pipe.execute()
        self.watch.attempted(self.sub.name, "dead_letter")
        self.watch.dead_lettered(self.sub.name, "max_age")
        log.warning(
            "delivery to subscriber %s failed (%s); event dead-lettered after %d attempts",
            self.sub.name,
            failure or "-",
            attempts,
            extra={"subscriber": self.sub.name, "failure": failure, "attempts": attempts, "order_broken": waiting},
        )

    async def post(self, fields: dict[str, bytes]) -> str | None:
        """POST one queued body; None when the subscriber took it (2xx), else why not: a
        code such as `http_503`, or the exception's class name (never a body or a URL)."""
        body = fields["b"]
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(body, self.secret),
            VEIL_EVENT_HEADER: as_str(fields["e"]),
            VEIL_TIMESTAMP_HEADER: str(ts),
            VEIL_SIGNATURE_HEADER: veil_signature(ts, body, self.secret),
        }
        order = fields.get("o")
        if order is not None:  # (an event queued before events carried it has none)
            headers[VEIL_RECEIVED_HEADER] = as_str(order)
        try:
            async with self.http.post(
                self.sub.url,
                data=body,
                headers=headers,
                allow_redirects=False,
                ssl=self.tls,
                timeout=aiohttp.ClientTimeout(total=self.sub.timeout_s),
            ) as resp:
                await resp.read()
                return None if 200 <= resp.status < 300 else f"http_{resp.status}"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return type(exc).__name__
