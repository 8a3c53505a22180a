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

from proxy.alerts import AlertSink
from proxy.audit import AuditFailure, AuditWriter
from proxy.auth import KeyTable, build_key_table
from proxy.config import Settings
from proxy.detection import Detector, PresidioDetector
from proxy.detection_settings import DetectionError, DetectionSettings
from proxy.errors import ConfigError, KeyMaterialError, RedisUnfitError, VaultError
from proxy.keys import KeySet
from proxy.keystore import KeyStore
from proxy.metrics import Metrics
from proxy.redis_conn import Connection, check_fit, connect
from proxy.stores import PolicyStore
from proxy.vault import Vault
from proxy.vault_admin import VaultAdmin

log = logging.getLogger("veil.server")
RETRY_S = 2.0


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
    policies: PolicyStore | None = None
    key_table: KeyTable | None = None
    detector: Detector | None = None  # injected by tests, else started (worker processes) here
    http: aiohttp.ClientSession | None = None  # one pooled client for every upstream
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
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30, connect=5),
                                          connector=aiohttp.TCPConnector(limit=100, ttl_dns_cache=60))
        try:
            await self.check_once()
            if self.detector is None:
                detection = {"phone_token_prefix": s.vault.phone_token_prefix} | s.detection
                self.detector = await PresidioDetector.start(DetectionSettings.model_validate(detection))
                self._own_detector = True
        except (KeyMaterialError, ConfigError, DetectionError):
            await self._stop()
            raise
        if not self.readiness.ready:
            self._tasks.append(asyncio.create_task(self._retry_until_ready()))
        self._tasks.append(asyncio.create_task(self.audit.run_checkpoints(s.audit.checkpoint_interval_s)))

    def _audit_failed(self, failure: AuditFailure) -> None:
        self.metrics.audit_failed(failure.stage)
        if self.alerts is not None:
            self.alerts.audit_failure(failure)

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

    async def _stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
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
