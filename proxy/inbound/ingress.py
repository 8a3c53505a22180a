"""Seal, then acknowledge: a signed POST becomes sealed updates in Redis before Meta's 200.

`IngressStore.accept(raw, tenants=...)` splits the body by entry -> change -> item, routes
each update to the tenant owning its phone_number_id / WABA id, and per update runs one
Lua call in one slot: if the keyed hash of its dedup key is new, the update is appended
AES-GCM sealed under the tenant's ingress key (HKDF `ingress` from the tenant key, AAD =
tenant + event id) to an ingress shard as an `IngressEntry`, indexed by the keyed hashes
of its customer's aliases so erasure can purge it. Only once every update is written (and,
with `vault.wait_replicas`, replicated) does the caller answer 200. A body that is not JSON, an
unknown shape or an unowned WABA / number is sealed into quarantine with an alert: Meta
still gets 200, since a 4xx would mean seven days of retries and then loss.
Redis failures raise `VaultError` (503: Meta retries). Nothing here logs a value.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from redis.asyncio import Redis
from redis.asyncio.cluster import RedisCluster
from redis.exceptions import RedisError

from proxy.alerts import AlertSink
from proxy.config import DEFAULT_TENANT, Settings
from proxy.errors import ShapeError, VaultError, VaultUnavailable
from proxy.inbound.ingress_entry import IngressEntry, aliases_of
from proxy.inbound.membership import Membership, ingress_item
from proxy.kv import Batch, BatchGroup, MasterHealth, RetryBudget, as_str, eval_script, keyspace, lua_source, passing
from proxy.vault import Aead, Alias, KeyStore, Subjects, aad, keyed_hash, subkey
from proxy.whatsapp import Part, part_to_json, split
from proxy.whatsapp import updates as wa_updates

log = logging.getLogger("veil.ingress")
UNROUTED = "_unrouted"  # quarantine of parts no tenant owns (never a configured tenant name)
GROUP = "tok"


@dataclass(frozen=True, slots=True)
class Accepted:
    stored: int
    duplicates: int
    quarantined: int


class _Write(NamedTuple):
    """One update to seal: its tenant, keyed dedup hash, alias hashes, receipt order key."""

    part: Part
    tenant: str
    dedup: str
    aliases: list[str]
    order: int


class _Seal(NamedTuple):
    """An update ready to seal: its write, its own shard, the append script's arguments."""

    write: _Write
    home: int
    fields: Sequence[str | bytes | int]


class Router:
    """Tenant of a part: the owner of its phone_number_id, else of its WABA id."""

    def __init__(self, settings: Settings) -> None:
        self.single = not settings.tenants
        self.by_number = {n: t.name for t in settings.tenants for n in t.phone_number_ids}
        self.by_waba = {w: t.name for t in settings.tenants for w in t.waba_ids}

    def tenant(self, part: Part) -> str | None:
        if self.single:
            return DEFAULT_TENANT
        metadata = part.value.get("metadata")
        number = metadata.get("phone_number_id") if isinstance(metadata, dict) else None
        by_number = self.by_number.get(number) if isinstance(number, str) else None
        by_waba = self.by_waba.get(part.entry_id)
        if by_number and by_waba and by_number != by_waba:
            return None  # a number of one tenant under another's WABA: refuse to guess
        return by_number or by_waba


class IngressStore:
    def __init__(
        self,
        redis: Redis,
        keystore: KeyStore,
        subjects: Subjects,
        settings: Settings,
        alerts: AlertSink | None = None,
        membership: Membership | None = None,
    ) -> None:
        self.membership = membership  # rings the shards' owners (None: they find the work at a sweep)
        self.redis = redis
        self.keystore = keystore
        self.subjects = subjects
        self.settings = settings
        self.alerts = alerts
        self.router = Router(settings)
        self.shards = settings.ingress.shards
        self._append_lua = lua_source("ingress_append")
        self._slots: dict[tuple[str, int], int] = {}  # (tenant, shard) -> its stream's hash slot (a Cluster)
        # On a Cluster, which masters can take a seal now (watched by `Inbound`, `watch_health`).
        self.health = MasterHealth(redis, settings.vault.wait_replicas) if isinstance(redis, RedisCluster) else None
        self._keys: dict[tuple[str, int], Aead] = {}
        # Concurrent webhooks' seals share a write (group commit): never a wait for an idle one.
        self._seals = BatchGroup(redis, in_flight=True)
        self._last_us = 0  # the last receipt order key handed out (strictly increasing)

    def receipt(self, n: int) -> int:
        """Reserve `n` receipt order keys (`IngressEntry.received_us`) and return the first:
        microseconds of the wall clock, strictly increasing in this process even if the
        clock steps back, so a customer's updates keep the order Veil received them in
        wherever a failover seals them (`X-Veil-Received`)."""
        first = max(time.time_ns() // 1000, self._last_us + 1)
        self._last_us = first + n - 1
        return first

    # --- keys --------------------------------------------------------------------------
    async def ingress_aead(self, tenant: str, version: int | None = None) -> tuple[int, Aead]:
        mv = version if version is not None else self.keystore.keys.master.active_version
        found = self._keys.get((tenant, mv))
        if found is None:
            found = Aead(subkey(await self.keystore.tenant_key(tenant, mv), "ingress", tenant))
            self._keys[(tenant, mv)] = found
        return mv, found

    @staticmethod
    def aad(tenant: str, event_id: str) -> bytes:
        return aad("ingress", tenant, event_id)

    # --- accept --------------------------------------------------------------------------
    async def accept(self, raw: bytes, *, tenants: Collection[str], body_tenant: str) -> Accepted:
        """Seal every update of a verified body; `tenants` may own its parts (this endpoint's
        app), `body_tenant` keys the quarantine of a body that cannot be split at all."""
        try:
            parts = list(split(json.loads(raw)))
        except (ValueError, ShapeError, RecursionError):
            await self.quarantine_raw(body_tenant, raw, "unparsable_body")
            return Accepted(0, 0, 1)
        received = self.receipt(len(parts))  # before any await: the order requests came in
        writes: list[_Write] = []
        quarantined = 0
        for order, part in enumerate(parts, received):
            tenant = self.router.tenant(part)
            reason = "unknown_owner" if tenant is None else ("wrong_app" if tenant not in tenants else "")
            pairs: list[tuple[str, str]] = []
            if not reason:
                try:
                    pairs = wa_updates.check_shape(part)
                except ShapeError:
                    reason = "unknown_shape"
            if reason:
                owner = tenant if tenant is not None and tenant in tenants else body_tenant
                await self.quarantine_raw(
                    owner,
                    json.dumps(part_to_json(part)).encode(),
                    reason,
                    kind="part",
                    aliases=self._safe_aliases(owner, part),
                )
                quarantined += 1
                continue
            assert tenant is not None  # noqa: S101 - reason is set otherwise
            dedup = keyed_hash(self.keystore.dedup_key(tenant), "ingress", wa_updates.dedup_key(part)).hex()
            writes.append(_Write(part, tenant, dedup, self._hashes(tenant, pairs), order))
        stored = await self._seal_all(writes)
        return Accepted(stored, len(writes) - stored, quarantined)

    def _safe_aliases(self, tenant: str, part: Part) -> list[str]:
        """Alias hashes of a part of unknown shape, if any can be read (so erasure finds it)."""
        try:
            return self.alias_hashes(tenant, part)
        except (KeyError, IndexError, TypeError, AttributeError, ValueError):
            return []

    def alias_hashes(self, tenant: str, part: Part) -> list[str]:
        return self._hashes(tenant, wa_updates.aliases(part))

    def _hashes(self, tenant: str, pairs: list[tuple[str, str]]) -> list[str]:
        return [self.subjects.alias_hash(tenant, Alias(kind, value)) for kind, value in pairs]

    def shard_of(self, aliases: list[str], dedup: str) -> int:
        """A customer's updates share a shard (ordered); others spread by dedup hash."""
        return int((aliases[0] if aliases else dedup)[:8], 16) % self.shards

    async def _seal_all(self, writes: list[_Write]) -> int:
        if not writes:
            return 0
        now = int(time.time() * 1000)
        ttl = str(self.settings.ingress.dedup_ttl_s)
        seals: list[_Seal] = []
        for w in writes:
            event_id = w.dedup[:32]
            mv, aead = await self.ingress_aead(w.tenant)
            blob = aead.seal(json.dumps(part_to_json(w.part)).encode(), self.aad(w.tenant, event_id))
            entry = IngressEntry(event_id, mv, blob, tuple(w.aliases), now, received_us=w.order)
            fields = [ttl, *itertools.chain.from_iterable(entry.to_fields().items())]
            seals.append(_Seal(w, self.shard_of(w.aliases, w.dedup), fields))
        if self.health is None:
            return await self._seal_together(seals)
        return await self._seal_where_confirmed(seals)

    def _append(self, batch: Batch, seal: _Seal, shard: int) -> str:
        """Queue one update's append script on `shard`; the shard's doorbell item."""
        w = seal.write
        keys = [keyspace.ingress_marker(w.tenant, shard, w.dedup), keyspace.ingress_stream(w.tenant, shard)]
        keys += [keyspace.ingress_alias_index(w.tenant, shard, a) for a in w.aliases]
        eval_script(batch, self._append_lua, keys, seal.fields)
        return ingress_item(w.tenant, shard)

    async def _seal_together(self, seals: list[_Seal]) -> int:
        """One server (or Sentinel's master): every update on its own shard, one WAIT after all."""
        batch = Batch(self.redis, self._seals)
        shards = {self._append(batch, seal, seal.home) for seal in seals}
        if self.membership is not None:  # after the writes, before WAIT (its reply stays last)
            self.membership.ring(batch, shards)
        self._queue_wait(batch)
        try:
            replies = await batch.execute()
        except (RedisError, OSError) as exc:
            raise VaultError(f"ingress store unavailable ({type(exc).__name__})") from None
        self._check_wait(replies)
        return sum(1 for r in replies[: len(seals)] if r not in (0, b"0"))

    async def _seal_where_confirmed(self, seals: list[_Seal]) -> int:
        """A Cluster: each update on its own shard while that shard's master is usable
        (`kv.MasterHealth`: reachable, with the replicas `wait_replicas` needs), else on the
        first usable one after it among the tenant's shards (so a customer's diverted
        updates share a shard too), each with a WAIT of its own. A first attempt gives up on
        a master at once (no retries) and marks it; what failed is sealed again where the
        health view now points, and refused (503, Meta resends) when no other shard is
        usable; only before the view's first check is it retried on its own shard as the
        client's policy says. Nothing here waits `wait_timeout_ms` for a master already
        known to be short of replicas. A copy the failed attempt may still have left on its
        first shard is the same event (same event id): the subscribers' dedup markers deliver
        it once."""
        started = time.monotonic()
        targets = [self._target(seal.write.tenant, seal.home) for seal in seals]
        outcomes = await self._attempt(seals, targets, retries=0)
        first_s = time.monotonic() - started
        failed = [i for i, o in enumerate(outcomes) if isinstance(o, BaseException)]
        if failed:
            assert self.health is not None  # noqa: S101 - only called with one
            for i in failed:
                self.health.mark(self._slot(seals[i].write.tenant, targets[i]))
            again = [self._target(seals[i].write.tenant, seals[i].home) for i in failed]
            moved = [t != targets[i] for i, t in zip(failed, again, strict=True)]
            # Elsewhere at once. Nowhere else: with a view, a fast 503 (a retry on a master the
            # view holds unusable would hold later seals of its slots behind it, seconds in a
            # failover); without one yet, retried where it was, as the client's policy says.
            passes = ((0, True),) if self.health.checked else ((0, True), (None, False))
            for retries, pick in passes:
                chosen = [k for k, m in enumerate(moved) if m == pick]
                if chosen:
                    second = await self._attempt(
                        [seals[failed[k]] for k in chosen], [again[k] for k in chosen], retries=retries
                    )
                    for k, outcome in zip(chosen, second, strict=True):
                        outcomes[failed[k]] = outcome
            if any(t != s.home for t, s in zip(again, (seals[i] for i in failed), strict=True)):
                log.info("ingress: %d update(s) sealed on another shard (their master is not usable)", len(failed))
        retried = await self._through_clusterdown(seals, outcomes, started)
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        if log.isEnabledFor(logging.DEBUG):  # the stages of a slow acknowledgement (no values)
            log.debug(
                "ingress seal: %d update(s), first attempt %.0f ms, again %d in %.0f ms (%d pass(es) "
                "through CLUSTERDOWN), %d diverted, %d failed (%s)",
                len(seals),
                first_s * 1000,
                len(failed),
                (time.monotonic() - started - first_s) * 1000,
                retried,
                sum(t != s.home for t, s in zip(targets, seals, strict=True)),
                len(errors),
                ",".join(sorted({type(e).__name__ for e in errors})),
            )
        if errors:
            short = next((e for e in errors if isinstance(e, VaultUnavailable)), None)
            if short is not None:
                raise short
            raise VaultError(f"ingress store unavailable ({type(errors[0]).__name__})") from None
        return sum(1 for o in outcomes if o not in (0, b"0"))

    async def _through_clusterdown(self, seals: list[_Seal], outcomes: list[Any], started: float) -> int:
        """Seal again, in place in `outcomes`, what failed only because the cluster could not
        serve it for a moment (`CLUSTERDOWN` or `TRYAGAIN` from a live master, a refused
        connection to a dead one): the second between the cluster marking a master failed
        and promoting its replica, when every master answers `CLUSTERDOWN` and nothing can
        be diverted. Each pass waits a little longer (50 ms, doubling; the last pause cut to
        the budget), picks the shard the health view points to then, and marks what fails
        again; no pass starts after `ingress.seal_retry_s` from the seal's start, so Meta's
        answer is late by at most about that (plus one attempt) and a 503 stays the answer
        when the cluster does not recover in time. A short `WAIT` is not retried here: it already took
        `wait_timeout_ms`, and its master is marked, so Meta's resend goes elsewhere. The
        number of passes made."""
        assert self.health is not None  # noqa: S101 - only called with one
        budget = RetryBudget(self.settings.ingress.seal_retry_s, started=started)
        while True:
            failed = [i for i, o in enumerate(outcomes) if isinstance(o, BaseException)]
            if not failed or not all(passing(outcomes[i]) for i in failed) or not await budget.pause():
                return budget.passes
            targets = [self._target(seals[i].write.tenant, seals[i].home) for i in failed]
            again = await self._attempt([seals[i] for i in failed], targets, retries=0)
            for i, shard, outcome in zip(failed, targets, again, strict=True):
                outcomes[i] = outcome
                if isinstance(outcome, BaseException):
                    self.health.mark(self._slot(seals[i].write.tenant, shard))

    async def _attempt(self, seals: list[_Seal], shards: list[int], *, retries: int | None) -> list[Any]:
        """One write for these seals, each on its shard with a WAIT of its own: per seal, its
        script's reply, or the exception that kept it from being confirmed."""
        wait = self.settings.vault.wait_replicas
        batch = Batch(self.redis, self._seals, retries=retries)
        items = set()
        for seal, shard in zip(seals, shards, strict=True):
            items.add(self._append(batch, seal, shard))
            self._queue_wait(batch)
        if self.membership is not None:  # after the last WAIT: a ring needs no replica
            self.membership.ring(batch, items)
        try:
            replies = await batch.execute(raise_on_error=False)
        except (RedisError, OSError) as exc:  # (what no single command's reply carries)
            return [exc] * len(seals)
        step = 2 if wait > 0 else 1
        outcomes: list[Any] = []
        for i in range(len(seals)):
            reply = replies[i * step]
            confirmed = replies[i * step + 1] if wait > 0 else wait
            if isinstance(reply, BaseException):
                outcomes.append(reply)
            elif isinstance(confirmed, BaseException):
                outcomes.append(confirmed)
            elif int(confirmed) < wait:
                outcomes.append(VaultUnavailable(f"only {int(confirmed)} of {wait} replicas confirmed the update"))
            else:
                outcomes.append(reply)
        return outcomes

    def _slot(self, tenant: str, shard: int) -> int:
        found = self._slots.get((tenant, shard))
        if found is None:
            found = self._slots[(tenant, shard)] = int(self.redis.keyslot(keyspace.ingress_stream(tenant, shard)))  # type: ignore[attr-defined]
        return found

    def _target(self, tenant: str, home: int) -> int:
        """`home` if its master is usable, else the first tenant shard after it whose master
        is (so a customer's diverted updates share one). None usable: the first, from `home`
        on, whose master the last check found usable and only a seal's failure marked since
        (e.g. `CLUSTERDOWN` while the cluster promotes a replica: it passes), not a master
        the check did not find usable, such as a replica just promoted with no replica of
        its own, whose `WAIT` would hold the webhook (and every seal queued behind it on
        that master) for `wait_timeout_ms` and fail; else `home`."""
        if self.health is None:
            return home
        order = [(home + k) % self.shards for k in range(self.shards)]
        for pick in (self.health.usable, self.health.fit):
            for shard in order:
                if pick(self._slot(tenant, shard)):
                    return shard
        return home

    def _queue_wait(self, pipe: object) -> None:
        if self.settings.vault.wait_replicas > 0:
            pipe.execute_command(  # type: ignore[attr-defined]
                "WAIT",
                self.settings.vault.wait_replicas,
                self.settings.vault.wait_timeout_ms,
            )

    def _check_wait(self, replies: list[object]) -> None:
        n = self.settings.vault.wait_replicas
        if n > 0 and int(replies[-1]) < n:  # type: ignore[call-overload]
            raise VaultUnavailable(f"only {int(replies[-1])} of {n} replicas confirmed the update")  # type: ignore[call-overload]

    # --- quarantine ------------------------------------------------------------------------
    async def quarantine_raw(
        self, tenant: str, raw: bytes, reason: str, *, kind: str = "body", aliases: list[str] | None = None
    ) -> None:
        """Seal bytes Veil cannot route or parse into the tenant's quarantine (shard 0, or on
        a Cluster the shard a seal would be diverted to); `kind` says what they are: a whole
        "body" or one "part" (an update)."""
        event_id = keyed_hash(self.keystore.dedup_key(tenant), "quarantine", raw).hex()[:32]
        mv, aead = await self.ingress_aead(tenant)
        entry = IngressEntry(
            event_id,
            mv,
            aead.seal(raw, self.aad(tenant, event_id)),
            tuple(aliases or ()),
            int(time.time() * 1000),
            reason=reason,
            kind=kind,
        )
        fields = list(itertools.chain.from_iterable(entry.to_fields().items()))
        if self.health is None:
            error = await self._quarantine_on(tenant, 0, fields, retries=None)
        else:
            error = await self._quarantine_where_confirmed(tenant, fields)
        if isinstance(error, VaultUnavailable):
            raise error
        if error is not None:
            raise VaultError(f"ingress store unavailable ({type(error).__name__})") from None
        await self.alert_quarantine(tenant, reason)

    async def _quarantine_on(
        self, tenant: str, shard: int, fields: list[Any], *, retries: int | None
    ) -> BaseException | None:
        """One quarantine entry on `shard` (with its WAIT, on a Cluster where the entry went):
        None, or what kept it from being confirmed."""
        batch = Batch(self.redis, retries=retries)
        batch.execute_command("XADD", keyspace.ingress_quarantine(tenant, shard), "*", *fields)
        self._queue_wait(batch)
        try:
            replies = await batch.execute()
            self._check_wait(replies)
        except (RedisError, OSError, VaultUnavailable) as exc:
            return exc
        return None

    async def _quarantine_where_confirmed(self, tenant: str, fields: list[Any]) -> BaseException | None:
        """A Cluster: a quarantined body is acknowledged like a sealed update (Meta gets 200
        and never resends it), so it goes where a seal would (`_target` from shard 0: every
        reader of quarantine reads every shard's), its master marked when it fails, sent
        again at once where the view then points, and through `CLUSTERDOWN` within
        `ingress.seal_retry_s`. A copy a failed attempt may have left is a second entry of
        the same event id (quarantine is read by an operator, who sees both)."""
        assert self.health is not None  # noqa: S101 - only called with one
        budget = RetryBudget(self.settings.ingress.seal_retry_s)
        shard, first = self._target(tenant, 0), True
        while True:
            error = await self._quarantine_on(tenant, shard, fields, retries=0)
            if error is None:
                return None
            self.health.mark(self._slot(tenant, shard))
            again = self._target(tenant, 0)
            if first and again != shard:  # elsewhere at once (once: then with the pauses below)
                shard, first = again, False
                continue
            first = False
            if not passing(error) or not await budget.pause():
                return error
            shard = self._target(tenant, 0)

    async def alert_quarantine(self, tenant: str, reason: str) -> None:
        """Log every quarantined update; alert `quarantine_growth` with the tenant's quarantine
        size, throttled by the sink to one a minute per (tenant, reason), so a flood of
        unknown shapes is one alert carrying the latest count, not thousands."""
        log.warning("update quarantined", extra={"tenant": tenant, "reason": reason})
        if self.alerts is None:
            return
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                for shard in range(self.shards):
                    pipe.xlen(keyspace.ingress_quarantine(tenant, shard))
                count = sum(int(n) for n in await pipe.execute())
        except (RedisError, OSError):
            count = 0  # the update is already sealed; the alert still goes out, without its count
        self.alerts.quarantine_growth(tenant, count, reason)

    async def open(self, tenant: str, event_id: str, mv: int, blob: bytes) -> bytes:
        """The plaintext of a sealed update (DecryptError if the key was retired)."""
        _, aead = await self.ingress_aead(tenant, mv)
        return aead.open(blob, self.aad(tenant, event_id))


async def purge_subject(redis: Redis, tenant: str, alias_hashes: Collection[str], *, shards: int) -> int:
    """Erasure: delete the tenant's sealed updates naming any of these alias hashes, in
    the ingress shards (by index) and in quarantine (by scan). Returns how many."""
    if not alias_hashes:
        return 0
    lua = lua_source("purge")
    wanted = set(alias_hashes)
    purged = 0
    for shard in range(shards):
        keys = [keyspace.ingress_stream(tenant, shard), keyspace.ingress_attempts(tenant, shard)]
        keys += [keyspace.ingress_alias_index(tenant, shard, h) for h in sorted(wanted)]
        purged += int(await eval_script(redis, lua, keys, [GROUP]))
        purged += await _purge_quarantine(redis, keyspace.ingress_quarantine(tenant, shard), wanted)
    return purged


async def _purge_quarantine(redis: Redis, stream: str, wanted: set[str]) -> int:
    purged = 0
    start = "-"
    while True:
        batch: Any = await redis.xrange(stream, min=start, max="+", count=500)
        if not batch:
            return purged
        doomed = [
            as_str(entry_id)
            for entry_id, fields in batch
            if wanted.intersection(aliases_of({as_str(k): v for k, v in fields.items()}))
        ]
        if doomed:
            purged += int(await redis.xdel(stream, *doomed))
        start = "(" + as_str(batch[-1][0])
