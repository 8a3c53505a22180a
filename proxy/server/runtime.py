"""Resources the three applications share: created once, started once, closed once.

Each application holds the same `Shared` under one AppKey; each app's cleanup context
joins it (reference-counted), so a test that serves only the public app still gets
the real Redis client, vault and audit writer, and `veil serve` with three listeners
gets one of each. Start-up never crash-loops on Redis: while Redis is unreachable or
unfit, `/readyz` answers 503 and every vault call fails closed with 503; a background
task retries and turns ready once the checks pass. A wrong key is fatal (exit 2).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.access.auth import KeyTable, build_key_table
from proxy.access.policy_store import PolicyStore
from proxy.alerts import AlertSink
from proxy.audit.writer import AuditFailure, AuditWriter
from proxy.config import Settings
from proxy.detection.detector import Detector, MeteredDetector, PresidioDetector
from proxy.detection.settings import DetectionError, DetectionSettings
from proxy.errors import ConfigError, KeyMaterialError, RedisUnfitError, VaultError
from proxy.kv.connection import Connection, check_fit, connect, stop_embedded
from proxy.metrics import Metrics
from proxy.server.access_runtime import Access
from proxy.server.monitoring import Monitoring, build_monitoring
from proxy.stopping import cancel_all
from proxy.vault.admin import VaultAdmin
from proxy.vault.key_material import KeySet
from proxy.vault.keyring import KeyStore
from proxy.vault.vault import Vault

log = logging.getLogger("veil.server")
RETRY_S = 2.0
TASK_GRACE_S = 5.0


@dataclass
class Readiness:
    ready: bool = False
    reason: str = "starting"
    warnings: tuple[str, ...] = ()


@dataclass
class Shared:
    settings: Settings
    keyset: KeySet
    data_dir: Path
    metrics: Metrics = field(default_factory=Metrics)
    readiness: Readiness = field(default_factory=Readiness)
    connection: Connection | None = None
    vault: Vault | None = None
    admin: VaultAdmin | None = None
    audit: AuditWriter | None = None
    alerts: AlertSink | None = None
    monitoring: Monitoring | None = None  # .guard: ceilings, honey tokens, blocks (issue 7)
    policies: PolicyStore | None = None
    key_table: KeyTable | None = None
    detector: Detector | None = None  # injected by tests, else started (worker processes) here
    http: aiohttp.ClientSession | None = None  # one pooled client for every upstream
    access: Access | None = None  # issue 6: policies sync, rate limits, admins, erasure
    fatal: BaseException | None = None
    _users: int = 0
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _own_detector: bool = False

    @property
    def redis(self) -> Redis:
        if self.connection is None:
            raise VaultError("not started")
        return self.connection.client

    def ready_vault(self) -> Vault:
        """The vault, only once Redis passed its checks: fail closed otherwise."""
        if not self.readiness.ready or self.vault is None:
            raise VaultError(f"vault not ready: {self.readiness.reason}")
        return self.vault

    async def acquire(self) -> None:
        self._users += 1
        if self._users == 1:
            await self._start()

    async def release(self) -> None:
        self._users -= 1
        if self._users == 0:
            await self._stop()

    async def _start(self) -> None:
        s = self.settings
        self.alerts = AlertSink(self.metrics.registry)
        self.policies = PolicyStore.from_settings(s)
        self.key_table = build_key_table(s)
        self.connection = connect(s.vault, data_dir=self.data_dir,
                                  username=s.secret(s.vault.username_env),
                                  password=s.secret(s.vault.password_env))
        redis = self.connection.client
        keystore = KeyStore(redis, self.keyset)
        self.vault = Vault(redis, keystore, s.vault)
        self.admin = VaultAdmin(self.vault)
        sink = Path(s.audit.sink) if s.audit.sink else self.data_dir / "audit.jsonl"
        self.audit = AuditWriter(redis, audit_key=self.keyset.audit,
                                 signing_key=self.keyset.signing_key(), sink=sink,
                                 on_failure=self._audit_failed)
        # Redirects are never followed: a 3xx is answered by the caller, never chased with tokens.
        # No cookie jar: this one session serves every tenant, service and subscriber, and a jar
        # would send one caller's upstream session (a CRM's or Meta's Set-Cookie) with the next's.
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30, connect=5),
                                          connector=aiohttp.TCPConnector(limit=100, ttl_dns_cache=60),
                                          cookie_jar=aiohttp.DummyCookieJar())
        try:
            await self.check_once()
            if self.detector is None:
                detection = {"phone_token_prefix": s.vault.phone_token_prefix} | s.detection
                self.detector = await PresidioDetector.start(DetectionSettings.model_validate(detection))
                self._own_detector = True
            if not isinstance(self.detector, MeteredDetector):
                self.detector = MeteredDetector(self.detector, self.metrics.observe_detection)
        except (KeyMaterialError, ConfigError, DetectionError):
            await self._stop()
            raise
        if not self.readiness.ready:
            self._tasks.append(asyncio.create_task(self._retry_until_ready()))
        self._tasks.append(asyncio.create_task(self.audit.run_checkpoints(s.audit.checkpoint_interval_s)))
        self._start_access(redis)
        self._start_monitoring(redis)

    def _start_monitoring(self, redis: Redis) -> None:
        """Issue 7: the access guard (ceilings, honey tokens, blocks, baseline), the alert
        webhook and the vault-size sampler; their tasks stop with the others."""
        assert self.audit is not None and self.alerts is not None  # noqa: S101 - set in _start
        assert self.policies is not None and self.http is not None  # noqa: S101
        self.monitoring = build_monitoring(self.settings, redis=redis, audit=self.audit, alerts=self.alerts,
                                           metrics=self.metrics, policies=self.policies, http=self.http)
        self._tasks.extend(asyncio.create_task(c) for c in self.monitoring.background)

    def _start_access(self, redis: Redis) -> None:
        """Access control (issue 6): its stores, and the workers that keep every process in step."""
        assert self.policies is not None and self.admin is not None  # noqa: S101 - set just above
        self.access = Access.build(redis, self.settings, self.keyset, self.policies, self.admin,
                                   http=lambda: self.http, alerts=lambda: self.alerts, detector=lambda: self.detector)
        self._tasks += [asyncio.create_task(job) for job in self.access.background()]

    async def ready_access(self) -> Access:
        """The access runtime, once policies were read from Redis (read now if the poll has
        not yet): fail closed before, never serve a policy that may have been tightened."""
        self.ready_vault()
        if self.access is None:
            raise VaultError("access control not started")
        if not self.access.policies.ready:
            try:
                await self.access.policies.reload()
            except (RedisError, OSError) as exc:
                raise VaultError(f"policies could not be loaded ({type(exc).__name__})") from exc
        return self.access

    def _audit_failed(self, failure: AuditFailure) -> None:
        self.metrics.audit_failed(failure.stage)
        if self.alerts is not None:
            self.alerts.emit(failure.alert())

    async def check_once(self) -> Readiness:
        """Probe Redis; on the first success verify the keys against the vault."""
        try:
            fit = await asyncio.wait_for(check_fit(self.redis), timeout=2.0)
            if not fit.ok:
                raise RedisUnfitError("; ".join(fit.problems))
            if not self.readiness.ready and self.vault is not None:
                await self.vault.keystore.verify()
                for warning in fit.warnings:
                    log.warning("redis: %s", warning)
            self.readiness = Readiness(True, "ok", fit.warnings)
            self.metrics.redis_up.set(1)
        except KeyMaterialError:
            raise
        except RedisUnfitError as exc:
            self._not_ready(f"redis unfit: {exc}")
        except (RedisError, OSError, TimeoutError) as exc:
            self._not_ready(f"redis unreachable ({type(exc).__name__})")
        return self.readiness

    def _not_ready(self, reason: str) -> None:
        self.metrics.redis_up.set(0)
        if self.readiness.reason != reason:
            log.error("vault not ready: %s", reason)
        self.readiness = Readiness(False, reason)

    async def _retry_until_ready(self) -> None:
        while not self.readiness.ready:
            await asyncio.sleep(RETRY_S)
            try:
                await self.check_once()
            except KeyMaterialError as exc:
                log.critical("refusing to serve: %s", exc)
                self.fatal = exc
                return
        log.info("vault ready")

    def abandon(self) -> None:
        """Last act of a forced exit (a shutdown that did not finish): the embedded
        redis-server is this process's child and must not outlive it; SIGTERM makes it
        fsync its AOF first. Detector workers watch their parent and leave by themselves."""
        if self.connection is not None and self.connection.embedded is not None:
            stop_embedded(self.connection.embedded, timeout_s=3.0)
            self.connection.embedded = None

    async def _stop(self) -> None:
        await cancel_all(self._tasks, TASK_GRACE_S, "background tasks")
        self._tasks.clear()
        if self.audit is not None:
            with contextlib.suppress(Exception):
                await self.audit.close()
        if self._own_detector and self.detector is not None:
            await self.detector.close()
            self.detector, self._own_detector = None, False
        if self.http is not None:
            await self.http.close()
            self.http = None
        if self.connection is not None:
            await self.connection.close()
            self.connection = None
