"""Readiness: whether this process may serve the vault now, tracked beside the runtime.

Start-up never crash-loops on Redis: while Redis is unreachable or unfit, `/readyz`
answers 503 and every vault call fails closed with 503 (`require`); a background task
retries and turns ready once the checks pass. The keys are verified against the vault
on the first success; a wrong key is fatal (`fatal` is set, the server exits 2).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from redis.exceptions import RedisError

from proxy.errors import KeyMaterialError, RedisUnfitError, VaultError
from proxy.kv import check_fit
from proxy.metrics import Metrics
from proxy.vault import Vault

log = logging.getLogger("veil.server")
RETRY_S = 2.0
CHECK_TIMEOUT_S = 2.0


@dataclass(frozen=True, slots=True)
class ReadyState:
    ready: bool = False
    reason: str = "starting"
    warnings: tuple[str, ...] = ()


class Readiness:
    """The last check's answer, refreshed by `/readyz` and by `run_until_ready`."""

    def __init__(self, vault: Vault, metrics: Metrics) -> None:
        self._vault = vault
        self._metrics = metrics
        self.state = ReadyState()
        self.fatal: BaseException | None = None

    @property
    def ready(self) -> bool:
        return self.state.ready

    def require(self) -> None:
        """Fail closed (503) until Redis passed its checks."""
        if not self.state.ready:
            raise VaultError(f"vault not ready: {self.state.reason}")

    async def check(self) -> ReadyState:
        """Probe Redis; on the first success verify the keys against the vault."""
        try:
            fit = await asyncio.wait_for(check_fit(self._vault.redis), timeout=CHECK_TIMEOUT_S)
            if not fit.ok:
                raise RedisUnfitError("; ".join(fit.problems))
            if not self.state.ready:
                await self._vault.keystore.verify()
                for warning in fit.warnings:
                    log.warning("redis: %s", warning)
            self.state = ReadyState(True, "ok", fit.warnings)
            self._metrics.redis_up.set(1)
        except KeyMaterialError:
            raise
        except RedisUnfitError as exc:
            self._not_ready(f"redis unfit: {exc}")
        except (RedisError, OSError, TimeoutError) as exc:
            self._not_ready(f"redis unreachable ({type(exc).__name__})")
        return self.state

    def _not_ready(self, reason: str) -> None:
        self._metrics.redis_up.set(0)
        if self.state.reason != reason:
            log.error("vault not ready: %s", reason)
        self.state = ReadyState(False, reason)

    async def run_until_ready(self) -> None:
        while not self.state.ready:
            await asyncio.sleep(RETRY_S)
            try:
                await self.check()
            except KeyMaterialError as exc:
                log.critical("refusing to serve: %s", exc)
                self.fatal = exc
                return
        log.info("vault ready")
