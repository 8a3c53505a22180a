"""Erasure notices: telling each subscriber which of its tokens now point at nothing.

After an erasure, each subscriber of the subject's tenant that has an `erasure_url`
receives one POST:

    {"type": "veil.subject_erased", "tenant": "...", "tokens": [...], "erased_at": "<RFC 3339 UTC>"}

(`tokens`: every token of the subject that subscriber received), signed like a
delivery: `X-Hub-Signature-256: sha256=<HMAC-SHA256(body, subscriber secret)>`,
`X-Veil-Event-Id` (the notice id, stable across retries; the body is byte-identical),
`X-Veil-Timestamp` and `X-Veil-Signature: sha256=<HMAC of "<timestamp>.<body>">`.
Notices are queued in Redis (a due-time sorted set, claimed with `ZREM` so one worker
sends each attempt), first due `SETTLE_S` after the erasure; before every attempt the
`before_send(tenant, subject)` hook the runtime hands in removes the subject's events from
the delivery queues once more, so an event a tokeniser keyed just before the vault erased
(and queued after the erasure's own purges) never reaches a subscriber after, or without,
its notice; and retried with exponential backoff and jitter; a 2xx is the
receipt, recorded on the erasure receipt with its time. After `MAX_ATTEMPTS` the
notice is marked failed and an alert fires. A notice not delivered within
`vault.stores.notice_days` expires with its body (its due entry then finds nothing).
Redirects are never followed. A notice holds tokens only, never a value.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

import aiohttp
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.alerts import Alert, AlertSink
from proxy.config import Settings, SubscriberSettings
from proxy.kv import as_str, keyspace, opt_str, reconnect_delay_s
from proxy.tls import subscriber_contexts

log = logging.getLogger("veil.erasure")
MAX_ATTEMPTS = 20
SETTLE_S = 2.0  # a tokenisation under way at the erasure has finished (or failed) by then
MAX_BACKOFF_S = 3600.0
BATCH = 20


def rfc3339(seconds: float) -> str:
    """A moment as erasure notices and receipts write it: ISO 8601 / RFC 3339 UTC, whole seconds."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def notice_body(tenant: str, tokens: Sequence[str], erased_at: int) -> bytes:
    doc = {"type": "veil.subject_erased", "tenant": tenant, "tokens": sorted(tokens), "erased_at": rfc3339(erased_at)}
    return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode()


def signed_headers(body: bytes, secret: str, event_id: str, now: float) -> dict[str, str]:
    ts = str(int(now))
    key = secret.encode()
    return {
        "Content-Type": "application/json",
        "X-Hub-Signature-256": "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest(),
        "X-Veil-Event-Id": event_id,
        "X-Veil-Timestamp": ts,
        "X-Veil-Signature": "sha256=" + hmac.new(key, ts.encode() + b"." + body, hashlib.sha256).hexdigest(),
    }


def backoff(attempts: int) -> float:
    return reconnect_delay_s(attempts + 1, 2.0, MAX_BACKOFF_S)


class ErasureNotices:
    def __init__(
        self,
        redis: Redis,
        settings: Settings,
        http: Callable[[], aiohttp.ClientSession | None],
        alerts: Callable[[], AlertSink | None],
        *,
        before_send: Callable[[str, str], Awaitable[object]] | None = None,
    ) -> None:
        self._redis = redis
        self._before_send = before_send
        self._settings = settings
        self._http = http
        self._alerts = alerts
        self._subs = {s.name: s for s in settings.subscribers}
        self._tls = subscriber_contexts(settings.subscribers)  # the same CA / client certificate as deliveries

    def subscribers_for(self, tenant: str) -> list[SubscriberSettings]:
        return [s for s in self._subs.values() if s.tenant == tenant and s.erasure_url]

    def subscribers_of(self, tenant: str) -> list[str]:
        """Every subscriber of a tenant (with or without an erasure_url): whose delivery
        records an erasure reads and then deletes."""
        return sorted(s.name for s in self._subs.values() if s.tenant == tenant)

    async def enqueue(
        self, receipt_id: str, tenant: str, subscriber: str, tokens: Sequence[str], erased_at: int
    ) -> str:
        notice_id = "evt_" + secrets.token_hex(12)
        body = notice_body(tenant, tokens, erased_at)
        status = {"status": "pending", "attempts": 0, "event_id": notice_id, "tokens": len(tokens)}
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(
                keyspace.notice(notice_id),
                mapping={
                    "receipt": receipt_id,
                    "subscriber": subscriber,
                    "tenant": tenant,
                    "body": body,
                    "attempts": 0,
                },
            )
            pipe.expire(keyspace.notice(notice_id), self._settings.vault.store_days("notice") * 86_400)
            pipe.hset(keyspace.erasure_receipt(receipt_id), f"notice:{subscriber}", json.dumps(status))
            pipe.zadd(keyspace.notices_due(), {notice_id: time.time() + SETTLE_S})
            await pipe.execute()
        return notice_id

    async def deliver_due(self, now: float | None = None) -> int:
        """One pass over notices that are due; returns how many were delivered."""
        now = time.time() if now is None else now
        due = await self._redis.zrangebyscore(keyspace.notices_due(), "-inf", now, start=0, num=BATCH)
        delivered = 0
        for raw in due:
            notice_id = as_str(raw)
            if not await self._redis.zrem(keyspace.notices_due(), notice_id):
                continue  # another worker claimed this attempt
            delivered += await self._attempt(notice_id)
        return delivered

    async def _attempt(self, notice_id: str) -> int:
        rec = {as_str(k): v for k, v in (await self._redis.hgetall(keyspace.notice(notice_id))).items()}
        if not rec:
            return 0
        receipt, subscriber = as_str(rec["receipt"]), as_str(rec["subscriber"])
        attempts = int(as_str(rec.get("attempts", b"0"))) + 1
        if self._before_send is not None:
            subject = await self._redis.hget(keyspace.erasure_receipt(receipt), "subject")
            if subject is not None:  # None: the receipt expired; its events went with the queues' bound
                await self._before_send(as_str(rec.get("tenant", b"")), as_str(subject))
        sub = self._subs.get(subscriber)
        status = await self._post(
            sub, rec["body"] if isinstance(rec["body"], bytes) else as_str(rec["body"]).encode(), notice_id
        )
        state: dict[str, str | int] = {"attempts": attempts, "event_id": notice_id, "last_status": status}
        if 200 <= status < 300:
            state |= {"status": "delivered", "delivered_at": int(time.time())}
            await self._finish(notice_id, receipt, subscriber, state)
            return 1
        if attempts >= MAX_ATTEMPTS or sub is None:
            state |= {"status": "failed"}
            await self._finish(notice_id, receipt, subscriber, state)
            sink = self._alerts()
            if sink is not None:
                sink.emit(
                    Alert(
                        kind="erasure_notice_failed",
                        severity="error",
                        tenant=as_str(rec.get("tenant", b"")),
                        detail={"subscriber": subscriber, "attempts": attempts},
                    )
                )
            return 0
        state |= {"status": "pending", "next_attempt": int(time.time() + backoff(attempts))}
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.notice(notice_id), "attempts", attempts)
            pipe.hset(keyspace.erasure_receipt(receipt), f"notice:{subscriber}", json.dumps(state))
            pipe.zadd(keyspace.notices_due(), {notice_id: state["next_attempt"]})
            await pipe.execute()
        return 0

    async def _finish(self, notice_id: str, receipt: str, subscriber: str, state: dict[str, str | int]) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.erasure_receipt(receipt), f"notice:{subscriber}", json.dumps(state))
            pipe.delete(keyspace.notice(notice_id))
            await pipe.execute()

    async def _post(self, sub: SubscriberSettings | None, body: bytes, notice_id: str) -> int:
        """The HTTP status, or 0 when the subscriber could not be reached at all."""
        http = self._http()
        secret = None if sub is None else self._settings.secret(sub.secret_env, sub.secret_file)
        if sub is None or sub.erasure_url is None or http is None or not secret:
            return 0
        try:
            async with http.post(
                sub.erasure_url,
                data=body,
                allow_redirects=False,
                ssl=self._tls.get(sub.name, True),
                headers=signed_headers(body, secret, notice_id, time.time()),
                timeout=aiohttp.ClientTimeout(total=sub.timeout_s),
            ) as resp:
                return resp.status
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("erasure notice to %s failed (%s)", sub.name, type(exc).__name__)
            return 0

    async def run(self, interval_s: float = 0.5) -> None:
        while True:
            try:
                await self.deliver_due()
            except (RedisError, OSError) as exc:
                log.warning("erasure notice pass failed (%s)", type(exc).__name__)
            await asyncio.sleep(interval_s)


def _notice_state(state: dict[str, object]) -> dict[str, object]:
    return state | {k: rfc3339(float(str(state[k]))) for k in ("delivered_at", "next_attempt") if k in state}


async def receipt_state(redis: Redis, receipt_id: str) -> dict[str, object] | None:
    raw = {as_str(k): as_str(v) for k, v in (await redis.hgetall(keyspace.erasure_receipt(receipt_id))).items()}
    if not raw:
        return None
    notices = {k.split(":", 1)[1]: _notice_state(json.loads(v)) for k, v in raw.items() if k.startswith("notice:")}
    base: dict[str, object] = {k: v for k, v in raw.items() if not k.startswith("notice:")}
    for key in base:
        if key in ("tokens", "aliases") or key.endswith("_purged"):
            base[key] = int(str(base[key]))
    for key in ("erased_at", "aof_rewritten_at"):  # stored as unix seconds; shown as the notice shows it
        if key in base:
            base[key] = rfc3339(int(str(base[key])))
    return base | {"id": receipt_id, "notices": notices, "subject": opt_str(raw.get("subject"))}
