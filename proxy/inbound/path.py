"""The inbound path of one Veil process: ingress store, tokenisers, senders, age monitor.

`Inbound` is built once per process at start-up from the shared resources (vault,
detector, HTTP client, alerts, audit, metrics) and owns the background tasks: the
tokenisation loop over every tenant's ingress shards, one sender per subscriber, and a
monitor that alerts when the oldest sealed update is older than `ingress.max_age_s` and
samples the queues (`DeliveryWatch`: depth gauges, subscribers failing too long).
`stop()` stops them cleanly: in-flight work stays pending in Redis and the next holder of
each lease takes it over (entries in flight at a crash may be delivered twice, with one event id).
Merges of two subjects linked by a signed `system` event are audited here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable

import aiohttp
from redis.exceptions import RedisError

from proxy.alerts import AlertSink
from proxy.audit import AuditEvent, AuditWriter
from proxy.config import DEFAULT_TENANT, Settings
from proxy.detection import DetectionSettings, Detector
from proxy.errors import ConfigError
from proxy.inbound.ack_first import AckFirst
from proxy.inbound.ingress import IngressStore
from proxy.inbound.membership import BEAT_S, Membership
from proxy.inbound.pipeline import Context
from proxy.inbound.plan import PlanSettings, digits
from proxy.inbound.queue import Backlog, DeliveryQueue
from proxy.inbound.sender import SubscriberSender
from proxy.inbound.tokenizer import Tokenizer
from proxy.inbound.watch import DeliveryWatch
from proxy.kv import Batch, Lease, as_str, entry_ms, keyspace, reconnect_delay_s
from proxy.metrics import Metrics
from proxy.stopping import cancel_all, settle
from proxy.tls import subscriber_contexts
from proxy.vault import Shape, Vault

log = logging.getLogger("veil.inbound")


def public_url(settings: Settings) -> str:
    listen = settings.listen
    return listen.public_url or f"http://{listen.host}:{listen.port}"


def tenant_contexts(settings: Settings) -> dict[str, Context]:
    """Language (and whether each text's own is identified), phone regions, the business's own
    numbers, whether grey-zone matches are tokenised and which places (`places`), per tenant."""
    plan = PlanSettings(
        public_url=public_url(settings),
        coordinate_decimals=settings.ingress.coordinate_decimals,
        email_shape=Shape.EMAIL if settings.ingress.email_tokens == "email" else Shape.TEXT,
        display_numbers=frozenset(),
    )
    grey = DetectionSettings.model_validate(settings.detection).grey_zone.enabled
    if not settings.tenants:
        language = str(settings.detection.get("default_language", "en"))
        return {DEFAULT_TENANT: Context(DEFAULT_TENANT, language, (), plan, grey=grey)}
    out = {}
    for t in settings.tenants:
        numbers = frozenset(digits(n) for n in t.display_numbers if digits(n))
        out[t.name] = Context(
            t.name,
            t.language,
            tuple(t.phone_regions),
            PlanSettings(plan.public_url, plan.coordinate_decimals, plan.email_shape, numbers),
            identify=t.identify_language,
            grey=grey if t.grey_zone is None else t.grey_zone,
            places=t.places,
        )
    return out


LOOP_GRACE_S = 5.0  # a loop sees the stop at its next look; past this it is cancelled


class Inbound:
    def __init__(
        self,
        *,
        settings: Settings,
        vault: Vault,
        detector: Callable[[], Detector],
        http: Callable[[], aiohttp.ClientSession],
        alerts: AlertSink | None = None,
        audit: AuditWriter | None = None,
        ready: Callable[[], bool] = lambda: True,
        metrics: Metrics | None = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics or Metrics()  # a registry of its own when nobody scrapes (tests, benches)
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.alerts = alerts
        self.audit = audit
        self.ready = ready
        self.http = http
        self.backlog = Backlog()
        self.membership = Membership(vault.redis, self.worker_id)
        self.ack_first = AckFirst()
        self.store = IngressStore(vault.redis, vault.keystore, vault.subjects, settings, alerts, self.membership)
        self.queue = DeliveryQueue(
            vault.redis, vault.keystore, settings, self.backlog, alerts, self.membership, self.metrics
        )
        contexts = tenant_contexts(settings)
        self.tokenizer = Tokenizer(
            store=self.store,
            queue=self.queue,
            vault=vault,
            detector=detector,
            contexts=contexts,
            worker_id=self.worker_id,
            on_merge=self._audit_merge,
            membership=self.membership,
            ack_first=self.ack_first,
            metrics=self.metrics,
        )
        self.watch = DeliveryWatch(vault.redis, settings, self.metrics, alerts, tenants=list(contexts))
        self.secrets = {}
        for sub in settings.subscribers:
            secret = settings.secret(sub.secret_env, sub.secret_file)
            if not secret:
                raise ConfigError([f"subscribers.{sub.name}: a secret_env or secret_file is required"])
            self.secrets[sub.name] = secret
        self.client_tls = subscriber_contexts(settings.subscribers)  # a private CA, a client certificate
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._alerted_age: set[str] = set()

    def start(self) -> None:
        redis = self.store.redis
        self._tasks.append(asyncio.create_task(self._membership_loop()))
        self._tasks.append(asyncio.create_task(self.membership.listen(self._stop)))
        self._tasks.append(asyncio.create_task(self._tokenize_loop()))
        self._tasks.append(asyncio.create_task(self._monitor_loop()))
        if self.store.health is not None:  # a Cluster: which masters can take a seal now
            self._tasks.append(asyncio.create_task(self.store.health.watch(self._stop)))
        for sub in self.settings.subscribers:
            sender = SubscriberSender(
                redis,
                self.http(),
                sub,
                self.secrets[sub.name],
                self.settings.delivery,
                self.backlog,
                self.worker_id,
                self.membership,
                self.ack_first,
                watch=self.watch,
                ssl_context=self.client_tls.get(sub.name),
                record_ttl_s=self.settings.vault.retention_days * 86_400,
                wait_replicas=self.settings.vault.wait_replicas,
                wait_timeout_ms=self.settings.vault.wait_timeout_ms,
            )
            self._tasks.append(asyncio.create_task(sender.run(self._stop)))

    async def stop(self) -> None:
        self._stop.set()
        self.membership.wake_all()  # loops resting until a ring see the stop now
        await self.tokenizer.close()
        stuck = await settle(self._tasks, LOOP_GRACE_S)  # each loop ends at its next look at the stop
        await cancel_all(stuck, LOOP_GRACE_S, "inbound loops")
        self._tasks.clear()
        with contextlib.suppress(RedisError, OSError):
            await self.release_leases()
        with contextlib.suppress(RedisError, OSError):
            await self.membership.leave()  # the others take this worker's shards and partitions now

    async def release_leases(self) -> int:
        """Release every ingress and delivery lease this worker still holds (one batch); how
        many it held. Each drain releases its own lease as it ends, but not every drain can at
        a shutdown: one abandoned past its grace, or one cancelled while its release (or a
        take it never saw the reply of) was on the wire. A lease left behind makes the other
        workers wait out a whole `lease_s` before they take its shard or partition over, which
        is what a graceful stop promises not to do. The lease script deletes a lease only for
        its holder, so another worker's lease is never touched."""
        redis = self.store.redis
        keys = [keyspace.ingress_lease(tenant, shard) for tenant, shard in self.tokenizer.shards]
        for sub in self.settings.subscribers:
            keys += [keyspace.delivery_lease(sub.name, p) for p in range(self.settings.delivery.partitions)]
        batch = Batch(redis)
        for key in keys:
            Lease(redis, key, self.worker_id, 1.0).queue(batch, "release")
        held = sum(int(reply) for reply in await batch.execute())
        if held:
            log.warning("released %d lease(s) that this worker's stopped drains still held", held)
        return held

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)

    async def _tokenize_loop(self) -> None:
        failures = 0
        while not self._stop.is_set():
            ticked = time.monotonic()
            if self.ready():
                try:
                    await self.tokenizer.tick()
                    failures = 0
                except (RedisError, OSError) as exc:
                    failures += 1
                    log.warning("tokenisation tick failed (%s)", type(exc).__name__)
                    await self._sleep(reconnect_delay_s(failures, self.settings.ingress.retry_base_s))
            await self.tokenizer.share.rest(self.settings.ingress.poll_interval_s, ticked, self._stop)

    async def _membership_loop(self) -> None:
        while not self._stop.is_set():
            try:
                await self.membership.beat()
            except (RedisError, OSError) as exc:  # meanwhile this worker looks at everything
                log.warning("heartbeat failed (%s)", type(exc).__name__)
            await self._sleep(BEAT_S)

    async def _monitor_loop(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(RedisError, OSError):
                await self.check_ages()
                await self.watch.sample()
            await self._sleep(self.settings.ingress.monitor_interval_s)

    async def check_ages(self) -> dict[str, float]:
        """Age (s) of each tenant's oldest sealed update; alerts past `ingress.max_age_s`."""
        ages: dict[str, float] = {}
        now_ms = time.time() * 1000
        for tenant, shard in self.tokenizer.shards:
            head = await self.store.redis.xrange(keyspace.ingress_stream(tenant, shard), count=1)
            if head:
                age = (now_ms - entry_ms(as_str(head[0][0]))) / 1000
                ages[tenant] = max(ages.get(tenant, 0.0), age)
        for tenant, age in ages.items():
            if age > self.settings.ingress.max_age_s and self.alerts is not None:
                self.alerts.ingress_stale(tenant, age, self.settings.ingress.max_age_s)
        return ages

    async def _audit_merge(self, tenant: str, into: str, merged: tuple[str, ...]) -> None:
        if self.audit is None:
            return
        for source in merged:
            await self.audit.append(
                AuditEvent(
                    actor="veil",
                    action="subject_merge",
                    tenant=tenant,
                    outcome="allowed",
                    subject=source,
                    reason=f"into:{into}",
                )
            )
