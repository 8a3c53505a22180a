"""The optional alert webhook: each alert POSTed as JSON, signed like a delivery.

    {"type": "veil.alert", "id": "<event id>", "kind": "ceiling_exceeded", "severity": "error",
     "tenant": "...", "service": "...", "detail": {...}, "time": "<RFC 3339 UTC>"}

Headers: `X-Veil-Event-Id` (stable across retries; the body is byte-identical),
`X-Veil-Timestamp` (unix seconds of this attempt), `X-Veil-Signature: sha256=<HMAC of
"<timestamp>.<body>">` and `X-Hub-Signature-256` over the body, both under the alert
webhook's own secret (`alerts.webhook_secret_env`), never a subscriber's.

The channel never blocks the caller: `submit` queues (bounded; when full the oldest
waiting alert is dropped and counted, the newest kept) and one task sends, retrying
with exponential backoff and jitter; redirects are never followed (a 3xx is a failure).
Alerts live in memory only: the log line and the counter, written first by the sink,
are the durable record. Bodies carry what `Alert` allows: names, codes, counts.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

import aiohttp

from proxy.alerts import Alert
from proxy.whatsapp import VEIL_EVENT_HEADER, VEIL_SIGNATURE_HEADER, VEIL_TIMESTAMP_HEADER, sign, veil_signature

log = logging.getLogger("veil.alerts.webhook")
MAX_QUEUE: Final = 1000


def alert_body(alert: Alert, event_id: str, at: datetime) -> bytes:
    return json.dumps(
        {
            "type": "veil.alert",
            "id": event_id,
            "kind": alert.kind,
            "severity": alert.severity,
            "tenant": alert.tenant,
            "service": alert.service,
            "detail": dict(alert.detail),
            "time": at.astimezone(UTC).isoformat(timespec="seconds"),
        },
        ensure_ascii=True,
        separators=(",", ":"),
        sort_keys=True,
    ).encode("ascii")


def signed_headers(body: bytes, secret: str, timestamp: int, event_id: str) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        VEIL_EVENT_HEADER: event_id,
        VEIL_TIMESTAMP_HEADER: str(timestamp),
        VEIL_SIGNATURE_HEADER: veil_signature(timestamp, body, secret),
        "X-Hub-Signature-256": sign(body, secret),
    }


class AlertWebhook:
    """An `AlertSink` channel (`sink.add_channel("webhook", hook.submit)`) plus its sender task."""

    def __init__(
        self,
        url: str,
        secret: str,
        session: aiohttp.ClientSession,
        *,
        max_attempts: int = 6,
        base_delay_s: float = 1.0,
        max_delay_s: float = 60.0,
        timeout_s: float = 10.0,
        max_queue: int = MAX_QUEUE,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._url = url
        self._secret = secret
        self._session = session
        self._max_attempts = max_attempts
        self._base = base_delay_s
        self._max_delay = max_delay_s
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._clock = clock
        self._queue: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue(max_queue)
        self.sent = 0
        self.failed = 0
        self.dropped = 0

    def submit(self, alert: Alert) -> None:
        """Queue one alert; never blocks, never raises."""
        event_id = secrets.token_hex(16)
        item = (event_id, alert_body(alert, event_id, datetime.fromtimestamp(self._clock(), UTC)))
        if self._queue.full():
            self._queue.get_nowait()
            self._queue.task_done()
            self.dropped += 1
            log.warning("alert webhook queue full; dropped the oldest alert")
        self._queue.put_nowait(item)

    async def run(self) -> None:
        """The sender task: start it at start-up, cancel it at shutdown."""
        while True:
            event_id, body = await self._queue.get()
            try:
                await self._deliver(event_id, body)
            finally:
                self._queue.task_done()

    async def drain(self) -> None:
        """Wait until every queued alert was sent or given up (tests, graceful shutdown)."""
        await self._queue.join()

    async def _deliver(self, event_id: str, body: bytes) -> None:
        for attempt in range(1, self._max_attempts + 1):
            if await self._attempt(event_id, body):
                self.sent += 1
                return
            if attempt < self._max_attempts:
                delay = min(self._max_delay, self._base * 2 ** (attempt - 1))
                await asyncio.sleep(delay * random.uniform(0.5, 1.0))  # noqa: S311 - jitter, not crypto
        self.failed += 1
        log.error("alert webhook gave up after %d attempts", self._max_attempts)

    async def _attempt(self, event_id: str, body: bytes) -> bool:
        headers = signed_headers(body, self._secret, int(self._clock()), event_id)
        try:
            async with self._session.post(
                self._url, data=body, headers=headers, allow_redirects=False, timeout=self._timeout
            ) as resp:
                if 200 <= resp.status < 300:
                    return True
                log.warning("alert webhook answered %d", resp.status)
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("alert webhook unreachable (%s)", type(exc).__name__)
        return False
