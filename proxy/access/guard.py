"""The access guard: every use and reveal passes here before a value leaves Veil.

`check` refuses, in this order: a blocked service (`PermissionDenied("blocked")`), any
honey token (`PermissionDenied("forbidden")`, alert at once), a request that would take
the service over a ceiling of its policy (`PermissionDenied("ceiling_exceeded")`).
Then it feeds the service's rolling baseline, which may alert but never refuses.
`admit` is `check` plus the audit entries of the allowed use / reveal and the metrics:
the one call the outbound and /v1 paths make after the vault has opened the records
(entity from the record, never the token string) and before they answer.

Invariants:
- Fail closed: Redis unreachable → `VaultError` (503); an audit entry that cannot be
  written → `AuditError` (503). Either way nothing is revealed.
- Refusals are audited (outcome "denied", reason code) and counted; alerts go out
  before the audit write, so a failing audit store cannot silence them.
- Ceilings count attempts (what a service asked for), per service, operation and
  entity (`"*"`: all entities together), in fixed UTC minute and day windows. A request
  that would cross a ceiling is not counted and is refused whole. One alert per
  (ceiling, window); with `ceilings.block` the service stays blocked until `lift`.
- Only names, codes and counts reach alerts, logs and metrics; tokens reach only the
  audit trail.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Final

from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.access.auth import Principal
from proxy.access.baseline import BaselineStore
from proxy.access.policy import Op, Policy
from proxy.access.policy_store import PolicyStore
from proxy.alerts import (
    AlertSink,
    burst_alert,
    ceiling_alert,
    honey_alert,
    identify_burst_alert,
    identify_ceiling_alert,
)
from proxy.audit import AuditWriter, TokenRef
from proxy.audit import events as audit_events
from proxy.config import RateLimit
from proxy.errors import PermissionDenied, TokenError, VaultError
from proxy.kv import as_str, keyspace, lua_source
from proxy.metrics import Metrics
from proxy.vault import parse

GUARDED: Final = {Op.USE: "use", Op.REVEAL: "reveal", Op.MASK: "reveal"}
ALL: Final = "*"
MINUTE_TTL: Final = 120
DAY_TTL: Final = 2 * 86_400
_REDIS_FAILURES = (RedisError, OSError, TimeoutError)


Admit = Callable[[Op, Sequence[TokenRef], str], Awaitable[None]]
"""`admit(op, refs, purpose)` bound to one caller and request: what the outbound paths
(proxy/outbound/messages.py, proxy/outbound/routes.py) call, so they need not know the guard or the principal."""


class AccessGuard:
    def __init__(
        self,
        redis: Redis,
        alerts: AlertSink,
        audit: AuditWriter,
        metrics: Metrics,
        *,
        policies: PolicyStore,
        baseline: BaselineStore | None = None,
        phone_prefix: int = 289,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = redis
        self._alerts = alerts
        self._audit = audit
        self._metrics = metrics
        self._policies = policies
        self._baseline = baseline
        self._prefix = phone_prefix
        self._clock = clock
        self._ceiling = redis.register_script(lua_source("ceiling"))

    async def check(
        self,
        principal: Principal,
        op: Op,
        entities: Sequence[str],
        tokens: Sequence[str],
        *,
        purpose: str = "",
        request_id: str | None = None,
    ) -> None:
        """Refuse (PermissionDenied) or return; `entities` has one entry per item used or
        revealed (from the vault record), `tokens` the tokens asked for."""
        kind = GUARDED.get(op)
        if kind is None:
            return
        try:
            await self._check(principal, kind, entities, tokens, purpose, request_id)
            await self._observe(principal, entities)
        except _REDIS_FAILURES as exc:
            raise VaultError(f"access guard unavailable ({type(exc).__name__})") from exc

    async def admit(
        self,
        principal: Principal,
        op: Op,
        refs: Sequence[TokenRef],
        *,
        purpose: str = "",
        request_id: str | None = None,
    ) -> None:
        """`check`, then audit the allowed use / reveal (one entry per subject) and count it.
        Returns only once the audit entries are written; `AuditError` means refuse. The
        baseline (which never refuses) is fed while the audit entries are written."""
        kind = GUARDED.get(op)
        entities = [r.entity for r in refs]
        if kind is not None:
            try:
                await self._check(principal, kind, entities, [r.token for r in refs], purpose, request_id)
            except _REDIS_FAILURES as exc:
                raise VaultError(f"access guard unavailable ({type(exc).__name__})") from exc
        if op is Op.USE:
            events = audit_events.use(
                actor=principal.service, tenant=principal.tenant, refs=refs, purpose=purpose, request_id=request_id
            )
        else:
            events = audit_events.reveal(
                actor=principal.service,
                tenant=principal.tenant,
                refs=refs,
                purpose=purpose,
                request_id=request_id,
                action=op.value,
            )
        audited, observed = await asyncio.gather(
            audit_events.record(self._audit, events),
            self._observe(principal, entities if kind else []),
            return_exceptions=True,
        )
        if isinstance(audited, BaseException):
            raise audited
        if isinstance(observed, _REDIS_FAILURES):
            raise VaultError(f"access guard unavailable ({type(observed).__name__})") from observed
        if isinstance(observed, BaseException):
            raise observed
        for entity, n in Counter(r.entity for r in refs).items():
            if op is Op.USE:
                self._metrics.used(entity, principal.service, n)
            else:
                self._metrics.revealed(entity, principal.service, "allowed", n)

    def bind(self, principal: Principal, request_id: str | None = None) -> Admit:
        """`admit` for one caller and request (see `Admit`)."""

        async def admit(op: Op, refs: Sequence[TokenRef], purpose: str) -> None:
            await self.admit(principal, op, refs, purpose=purpose, request_id=request_id)

        return admit

    async def blocked(self, service: str) -> bool:
        return bool(await self._redis.exists(keyspace.service_block(service)))

    async def blocks(self, services: Sequence[str]) -> dict[str, str]:
        """The blocked ones among `services`: service -> reason code (one pipeline; the keys
        live in different cluster slots, so no MGET)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for s in services:
                pipe.get(keyspace.service_block(s))
            replies = await pipe.execute() if services else []
        return {s: as_str(r) for s, r in zip(services, replies, strict=True) if r is not None}

    async def block(self, service: str, tenant: str, reason: str) -> bool:
        """Block a service until `lift` (audited); False if it was already blocked."""
        await self._audit.append(audit_events.block(service=service, tenant=tenant, reason=reason))
        return bool(await self._redis.set(keyspace.service_block(service), reason, nx=True))

    async def lift(self, service: str, admin: str, *, request_id: str | None = None) -> bool:
        """An admin lifts a block (audited first: no audit, no lift). False if none was set."""
        if not await self.blocked(service):
            return False
        policy = self._policies.current.get(service)
        tenant = policy.tenant if policy is not None else ""
        await self._audit.append(audit_events.lift(admin=admin, service=service, tenant=tenant, request_id=request_id))
        return bool(await self._redis.delete(keyspace.service_block(service)))

    # --- the checks, in order ---------------------------------------------------------
    async def _check(
        self,
        principal: Principal,
        kind: str,
        entities: Sequence[str],
        tokens: Sequence[str],
        purpose: str,
        request_id: str | None,
    ) -> None:
        canonical = self._canonical(tokens)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.exists(keyspace.service_block(principal.service))
            if canonical:
                pipe.smismember(keyspace.honey_tokens(principal.tenant), canonical)
            replies = await pipe.execute()
        policy = self._policies.current.get(principal.service)
        block_on_breach = policy is not None and policy.ceilings.block

        def deny(reason: str) -> PermissionDenied:
            self._metrics.guard_denied(principal.service, reason)
            return PermissionDenied(
                *{
                    "blocked": ("blocked", "service is blocked until an admin lifts it"),
                    "honey_token": ("forbidden", "not allowed"),
                    "ceiling_exceeded": ("ceiling_exceeded", "over this service's ceiling"),
                }[reason]
            )

        async def audit_denied(reason: str, honey: Sequence[str] = ()) -> None:
            await self._audit.append(
                audit_events.denied(
                    actor=principal.service,
                    action=kind,
                    tenant=principal.tenant,
                    reason=reason,
                    entities=entities,
                    tokens=honey,
                    purpose=purpose,
                    request_id=request_id,
                )
            )

        if replies[0]:
            await audit_denied("blocked")
            raise deny("blocked")
        honey = [t for t, hit in zip(canonical, replies[1] if canonical else [], strict=False) if int(hit)]
        if honey:
            self._alerts.emit(honey_alert(principal.service, principal.tenant, kind, len(honey)))
            await audit_denied("honey_token", honey)
            if block_on_breach:
                await self.block(principal.service, principal.tenant, "honey_token")
            raise deny("honey_token")
        if policy is not None and await self._over_ceiling(principal, policy, kind, entities):
            await audit_denied("ceiling_exceeded")
            if block_on_breach:
                await self.block(principal.service, principal.tenant, "ceiling_exceeded")
            raise deny("ceiling_exceeded")

    async def _observe(self, principal: Principal, entities: Sequence[str]) -> None:
        """Feed the service's rolling baseline (alerts on a burst, never refuses)."""
        if self._baseline is not None and entities:
            burst = await self._baseline.observe(principal.service, len(entities), now=self._clock())
            if burst is not None:
                self._alerts.emit(
                    burst_alert(principal.service, principal.tenant, burst.count, burst.threshold, burst.mean)
                )

    async def identified(self, principal: Principal, lookups: int, created: int) -> None:
        """Feed the service's baselines of identifier lookups and of subjects they created
        (without a subject, on /v1/tokenize): a burst alerts, it never refuses (the
        `identify` budget refuses; `identify_ceiling` reports that)."""
        if self._baseline is None:
            return
        try:
            for measure, n in (("lookups", lookups), ("new_subjects", created)):
                if n <= 0:
                    continue
                burst = await self._baseline.observe(f"{principal.service}/{measure}", n, now=self._clock())
                if burst is not None:
                    self._alerts.emit(
                        identify_burst_alert(
                            principal.service, principal.tenant, measure, burst.count, burst.threshold, burst.mean
                        )
                    )
        except _REDIS_FAILURES as exc:
            raise VaultError(f"access guard unavailable ({type(exc).__name__})") from exc

    def identify_ceiling(self, principal: Principal, count: int, limit: int, window: str) -> None:
        """The service ran out of its `identify` budget (the request was refused with 429):
        one alert a minute per service."""
        self._alerts.emit_throttled(
            identify_ceiling_alert(principal.service, principal.tenant, count, limit, window),
            f"{principal.tenant}/{principal.service}",
        )

    async def _over_ceiling(self, principal: Principal, policy: Policy, kind: str, entities: Sequence[str]) -> bool:
        limits: dict[str, RateLimit] = policy.ceilings.reveal if kind == "reveal" else policy.ceilings.use
        counts = Counter(e for e in entities if e in limits)
        if ALL in limits and entities:
            counts[ALL] = len(entities)
        if not counts:
            return False
        now = self._clock()
        minute, day = f"m{int(now // 60)}", f"d{int(now // 86_400)}"
        keys: list[str] = []
        args: list[int] = [MINUTE_TTL, DAY_TTL]
        order = sorted(counts)
        svc = principal.service
        for entity in order:
            keys += [
                keyspace.ceiling_counter(svc, kind, entity, minute),
                keyspace.ceiling_counter(svc, kind, entity, day),
                keyspace.ceiling_alerted(svc, kind, entity, minute),
                keyspace.ceiling_alerted(svc, kind, entity, day),
            ]
            limit = limits[entity]
            args += [counts[entity], limit.per_minute or 0, limit.per_day or 0]
        reply = await self._ceiling(keys=keys, args=args)
        if int(reply[0]) == 0:
            return False
        for i in range(1, len(reply), 3):
            entity, window, first = order[int(reply[i]) - 1], as_str(reply[i + 1]), int(reply[i + 2])
            if first:
                limit = limits[entity]
                value = (limit.per_minute if window == "m" else limit.per_day) or 0
                self._alerts.emit(
                    ceiling_alert(
                        svc,
                        principal.tenant,
                        kind,
                        entity,
                        "minute" if window == "m" else "day",
                        value,
                        policy.ceilings.block,
                    )
                )
        return True

    def _canonical(self, tokens: Sequence[str]) -> list[str]:
        out: list[str] = []
        for token in tokens:
            try:
                parsed = parse(token, phone_prefix=self._prefix)
            except TokenError:
                continue
            if parsed is not None:
                out.append(parsed.canonical)
        return out
