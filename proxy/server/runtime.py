"""The runtime: everything one Veil process serves with, built in one place at start-up.

`open_runtime` connects to Redis, builds the vault, the audit writer, the access guard,
access control's stores, the detector and the inbound path, starts their background
tasks, and yields one frozen `Runtime` whose fields are never `None`; leaving the
context stops the tasks and closes what it opened, in reverse order. A part that fails
to build (a wrong key, a bad recognizer file) unwinds what was built before it.

Readiness is tracked beside the runtime (`Runtime.readiness`), not by `None` checks:
a runtime exists from start-up on even while Redis is unreachable, and every vault call
fails closed (503) until the checks pass. Handlers read `request.app[RUNTIME]`; core
modules never see it, they get their collaborators passed down.

`RuntimeHost` shares one runtime among the three applications (public, admin, metrics):
the first to start opens it, the last to stop closes it, so a test that serves only the
admin app still gets the real Redis client, vault and audit writer, and `veil serve`
gets one of each.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import aiohttp
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.access import (
    AccessGuard,
    Admins,
    Approvals,
    BaselineParams,
    BaselineStore,
    KeyTable,
    PolicyStore,
    PolicySync,
    RateLimiter,
    ServiceAccounts,
    Sessions,
    build_key_table,
)
from proxy.alert_log import AlertLog
from proxy.alerts import AlertSink
from proxy.audit import AuditFailure, AuditWriter
from proxy.config import Settings
from proxy.detection import DetectionSettings, Detector, MeteredDetector, PresidioDetector, RecognizerSync
from proxy.errors import ConfigError, VaultError
from proxy.inbound import Inbound, purge_deliveries, purge_events_of, purge_sealed, sweep_stores
from proxy.kv import Connection, connect, stop_embedded
from proxy.metrics import Metrics, sample_forever
from proxy.outbound import AlertWebhook
from proxy.server.readiness import Readiness
from proxy.stopping import cancel_all
from proxy.vault import (
    AofRewrite,
    Eraser,
    ErasureNotices,
    KeySet,
    KeyStore,
    Purge,
    Retention,
    Vault,
    VaultAdmin,
)

TASK_GRACE_S: Final = 5.0
VAULT_SIZE_INTERVAL_S: Final = 300.0


@dataclass(frozen=True, slots=True)
class Runtime:
    settings: Settings
    keyset: KeySet
    metrics: Metrics
    readiness: Readiness
    connection: Connection
    vault: Vault
    vault_admin: VaultAdmin
    audit: AuditWriter
    alerts: AlertSink
    alert_log: AlertLog  # every worker's alerts, kept in Redis for the open ones
    key_table: KeyTable
    http: aiohttp.ClientSession  # one pooled client for every upstream
    detector: Detector
    policy_store: PolicyStore  # the policies in force (an immutable snapshot, swapped on change)
    policy_sync: PolicySync  # policies changed through the admin API: persisted, polled
    guard: AccessGuard  # ceilings, honey tokens, blocks, baseline
    ratelimit: RateLimiter
    admins: Admins
    sessions: Sessions
    accounts: ServiceAccounts
    approvals: Approvals
    notices: ErasureNotices
    eraser: Eraser
    aof: AofRewrite  # the append-only file rewritten after erasures
    retention: Retention
    recognizers: RecognizerSync
    inbound: Inbound  # its workers run while the public app serves

    @property
    def redis(self) -> Redis:
        return self.connection.client

    def ready_vault(self) -> Vault:
        """The vault, only once Redis passed its checks: fail closed otherwise."""
        self.readiness.require()
        return self.vault

    async def ready(self) -> Runtime:
        """The runtime, once the vault is ready and policies were read from Redis (read now
        if the poll has not yet): never serve a policy that may have been tightened."""
        self.readiness.require()
        if not self.policy_sync.ready:
            try:
                await self.policy_sync.reload()
            except (RedisError, OSError) as exc:
                raise VaultError(f"policies could not be loaded ({type(exc).__name__})") from exc
        return self

    def abandon(self) -> None:
        """Last act of a forced exit (a shutdown that did not finish): the embedded
        redis-server is this process's child and must not outlive it; SIGTERM makes it
        fsync its AOF first. Detector workers watch their parent and leave by themselves."""
        if self.connection.embedded is not None:
            stop_embedded(self.connection.embedded, timeout_s=3.0)
            self.connection.embedded = None


@asynccontextmanager
async def open_runtime(
    settings: Settings, keyset: KeySet, *, data_dir: Path, metrics: Metrics, detector: Detector | None = None
) -> AsyncIterator[Runtime]:
    """Build, start and (on exit) stop one process's runtime; `detector` is injected by
    tests, else detector worker processes start here and stop with the runtime."""
    s = settings
    async with AsyncExitStack() as stack:
        alerts = AlertSink(metrics.registry)
        connection = connect(
            s.vault, data_dir=data_dir, username=s.secret(s.vault.username_env), password=s.secret(s.vault.password_env)
        )
        stack.push_async_callback(connection.close)
        redis = connection.client
        vault = Vault(redis, KeyStore(redis, keyset), s.vault)
        readiness = Readiness(vault, metrics, embedded=connection.embedded)
        alert_log = AlertLog(redis)
        alerts.add_channel("recent", alert_log.submit)

        def audit_failed(failure: AuditFailure) -> None:
            metrics.audit_failed(failure.stage)
            alerts.emit(failure.alert())

        sink = Path(s.audit.sink) if s.audit.sink else data_dir / "audit.jsonl"
        audit = AuditWriter(
            redis, audit_key=keyset.audit, signing_key=keyset.signing_key(), sink=sink, on_failure=audit_failed
        )
        stack.push_async_callback(_quietly, audit.close)
        # Redirects are never followed: a 3xx is answered by the caller, never chased with tokens.
        # No cookie jar: this one session serves every tenant, service and subscriber, and a jar
        # would send one caller's upstream session (a CRM's or Meta's Set-Cookie) with the next's.
        http = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=30, connect=5),
            connector=aiohttp.TCPConnector(limit=100, ttl_dns_cache=60),
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        stack.push_async_callback(http.close)
        await readiness.check()  # a wrong key raises here: nothing is served with it
        detector = await stack.enter_async_context(_detector(s, detector, metrics))
        runtime = _assemble(
            s,
            keyset,
            metrics=metrics,
            readiness=readiness,
            connection=connection,
            vault=vault,
            audit=audit,
            alerts=alerts,
            alert_log=alert_log,
            http=http,
            detector=detector,
        )
        webhook = _alert_webhook(s, http, alerts)
        tasks = [asyncio.create_task(job) for job in _background(runtime, webhook)]
        stack.push_async_callback(cancel_all, tasks, TASK_GRACE_S, "background tasks")
        yield runtime


@asynccontextmanager
async def _detector(settings: Settings, injected: Detector | None, metrics: Metrics) -> AsyncIterator[Detector]:
    if injected is not None:
        yield (
            injected if isinstance(injected, MeteredDetector) else MeteredDetector(injected, metrics.observe_detection)
        )
        return
    detection = {"phone_token_prefix": settings.vault.phone_token_prefix} | settings.detection
    started = await PresidioDetector.start(DetectionSettings.model_validate(detection))
    try:
        yield MeteredDetector(started, metrics.observe_detection)
    finally:
        await started.close()


def _assemble(
    s: Settings,
    keyset: KeySet,
    *,
    metrics: Metrics,
    readiness: Readiness,
    connection: Connection,
    vault: Vault,
    audit: AuditWriter,
    alerts: AlertSink,
    alert_log: AlertLog,
    http: aiohttp.ClientSession,
    detector: Detector,
) -> Runtime:
    """Every part that only needs construction (no I/O): the order is the dependency order."""
    redis = connection.client
    policy_store = PolicyStore.from_settings(s)
    vault_admin = VaultAdmin(vault)
    notices = ErasureNotices(
        redis, s, lambda: http, lambda: alerts, before_send=functools.partial(purge_events_of, redis, s)
    )
    inbound = Inbound(
        settings=s,
        vault=vault,
        detector=lambda: detector,
        http=lambda: http,
        alerts=alerts,
        audit=audit,
        ready=lambda: readiness.serving,
        metrics=metrics,
    )
    aof = AofRewrite(redis, s.vault.aof_rewrite_after_s, lambda: alerts)
    purgers = [
        Purge("sealed_updates", functools.partial(purge_sealed, inbound.store, s)),
        Purge("queued_events", functools.partial(purge_deliveries, redis, s), again_after_vault=True),
    ]
    return Runtime(
        settings=s,
        keyset=keyset,
        metrics=metrics,
        readiness=readiness,
        connection=connection,
        vault=vault,
        vault_admin=vault_admin,
        audit=audit,
        alerts=alerts,
        alert_log=alert_log,
        key_table=build_key_table(s),
        http=http,
        detector=detector,
        policy_store=policy_store,
        policy_sync=PolicySync(redis, s, policy_store),
        guard=_guard(s, redis, audit, alerts, metrics, policy_store),
        ratelimit=RateLimiter(redis),
        admins=Admins(redis, keyset.master),
        sessions=Sessions(redis),
        accounts=ServiceAccounts(redis),
        approvals=Approvals(redis),
        notices=notices,
        eraser=Eraser(
            redis, vault_admin, notices, purgers=purgers, aof=aof, receipt_ttl_s=s.vault.store_days("receipt") * 86_400
        ),
        aof=aof,
        retention=Retention(redis, s.vault, sweepers=[functools.partial(sweep_stores, redis, s)]),
        recognizers=RecognizerSync(redis, detector),
        inbound=inbound,
    )


def _guard(
    s: Settings, redis: Redis, audit: AuditWriter, alerts: AlertSink, metrics: Metrics, policies: PolicyStore
) -> AccessGuard:
    b = s.alerts.baseline
    baseline = None
    if b.enabled:
        params = BaselineParams(
            alpha=b.alpha, k=b.k, min_count=b.min_count, warmup_windows=b.warmup_windows, rel_floor=b.rel_floor
        )
        baseline = BaselineStore(redis, params, window_s=b.window_s)
    return AccessGuard(
        redis, alerts, audit, metrics, policies=policies, baseline=baseline, phone_prefix=s.vault.phone_token_prefix
    )


def _alert_webhook(s: Settings, http: aiohttp.ClientSession, alerts: AlertSink) -> AlertWebhook | None:
    """The optional signed alert webhook, registered as a channel of the alert sink."""
    a = s.alerts
    if not a.webhook_url:
        return None
    secret = s.secret(a.webhook_secret_env, a.webhook_secret_file)
    if not secret:
        raise ConfigError(["alerts.webhook_url needs alerts.webhook_secret_env or alerts.webhook_secret_file"])
    webhook = AlertWebhook(a.webhook_url, secret, http)
    alerts.add_channel("webhook", webhook.submit)
    return webhook


def _background(rt: Runtime, webhook: AlertWebhook | None) -> list[Coroutine[Any, Any, None]]:
    """What runs for as long as the runtime: checks, polls, senders and samplers."""
    jobs: list[Coroutine[Any, Any, None]] = []
    jobs.append(rt.alert_log.run())
    jobs.append(rt.readiness.watch())  # outages after start-up too, and the embedded server's death
    jobs += [
        rt.audit.run_checkpoints(rt.settings.audit.checkpoint_interval_s),
        rt.policy_sync.run(),
        rt.recognizers.run(),
        rt.notices.run(),
        rt.retention.run(rt.vault_admin.tenants),
        rt.aof.run(),
        rt.vault_admin.vault.counts.run(_configured_tenants(rt)),
    ]
    if webhook is not None:
        jobs.append(webhook.run())
    jobs.append(sample_forever(functools.partial(_sample_vault_size, rt), VAULT_SIZE_INTERVAL_S))
    return jobs


def _configured_tenants(rt: Runtime) -> Callable[[], Awaitable[list[str]]]:
    async def tenants() -> list[str]:
        return list(rt.settings.tenant_names())

    return tenants


async def _sample_vault_size(rt: Runtime) -> None:
    for tenant in rt.settings.tenant_names():
        tokens, subjects = await rt.vault_admin.size(tenant)
        rt.metrics.set_vault_size(tenant, tokens=tokens, subjects=subjects)


async def _quietly(close: Callable[[], Coroutine[Any, Any, None]]) -> None:
    with contextlib.suppress(Exception):  # the audit trail's own failures were alerted when they happened
        await close()


class RuntimeHost:
    """One runtime for the three applications: the first to start opens it, the last to
    stop closes it (aiohttp runs each app's cleanup contexts on its own)."""

    def __init__(self, opener: Callable[[], AbstractAsyncContextManager[Runtime]]) -> None:
        self._opener = opener
        self._users = 0
        self._stack: AsyncExitStack | None = None
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise VaultError("not started")
        return self._runtime

    @property
    def fatal(self) -> BaseException | None:
        return self._runtime.readiness.fatal if self._runtime is not None else None

    async def acquire(self) -> Runtime:
        self._users += 1
        if self._runtime is None:
            stack = AsyncExitStack()
            try:
                self._runtime = await stack.enter_async_context(self._opener())
            except BaseException:
                self._users -= 1
                raise
            self._stack = stack
        return self._runtime

    async def release(self) -> None:
        self._users -= 1
        if self._users == 0 and self._stack is not None:
            stack, self._stack, self._runtime = self._stack, None, None
            await stack.aclose()

    def abandon(self) -> None:
        if self._runtime is not None:
            self._runtime.abandon()
