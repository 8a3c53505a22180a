"""Four-eyes approval for restore, bulk export and key retirement (docs/decisions.md 17g).

One admin (or service account) *requests* an action with its parameters; a second,
different human admin with authority over the same scope *approves* it; the requester
then *executes* it once, presenting the approval id. The approval is bound to the
action and its exact parameters (a restore to one backup id, a retirement to one
version, a bulk export to one tenant), is consumed atomically (`GETDEL`, so two
workers cannot both run it), and lapses after 24 hours. The approver must have enrolled
(set its own password and TOTP seed) before the request was made: an admin created or
enrolled afterwards is refused with `approver_too_new` (a requester cannot
create a sock-puppet admin to approve its own pending request).

Creating an admin is itself such an action (`admin_create`, bound to the new admin's name
and tenant) once a second global admin exists to approve it. Approving it answers the
approver, once, the second half of the new admin's enrolment token (`enrolment_half`;
only its SHA-256 is kept): the creator holds the first half, so the new admin enrols only
with a part from each of two people, and neither can enrol a puppet alone.

Any admin with authority over the scope may instead *refuse* a request, pending or approved
and not yet used, and the requester may withdraw its own: refusing only takes power away, so
it needs neither a second person nor an earlier enrolment. The record is deleted under
`WATCH`, so a refused approval can no longer be approved or consumed. Approving or refusing
one that another admin changed meanwhile answers 409 `approval_changed` (the request was
valid; the state moved: look again, retry), as does approving an admin creation a second
time (its half was handed out once).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from redis.asyncio import Redis
from redis.exceptions import WatchError

from proxy.access.sessions import Actor
from proxy.errors import BadRequest, Conflict, NotFound, PermissionDenied
from proxy.kv import as_str, keyspace, opt_str

ACTIONS = frozenset({"restore", "bulk_export", "key_retire", "admin_create"})
TTL_S = 24 * 3600
GLOBAL_ACTIONS = frozenset({"restore", "key_retire", "admin_create"})
SPLIT_ACTIONS = frozenset({"admin_create"})  # the approver gets half of a secret (an enrolment token)


def _iso_ms(ms: int) -> str:
    """ISO 8601 UTC with milliseconds, as every time Veil answers (storage keeps numbers)."""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Approval:
    id: str
    action: str
    params: Mapping[str, str]
    tenant: str  # "" for global actions
    requester: str  # audit name (kind:name)
    approver: str  # "" while pending
    created: int
    created_ms: int = 0  # the request's time in milliseconds (0 in approvals written before it)
    half_digest: str = ""  # SPLIT_ACTIONS: SHA-256 hex of the approver's half, once approved
    half: str = ""  # the approver's half itself: only in what `approve` returns, never stored

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "action": self.action,
            "params": dict(self.params),
            "tenant": self.tenant,
            "requester": self.requester,
            "approver": self.approver or None,
            "created": _iso_ms(self.created_ms or self.created * 1000),
            "status": "approved" if self.approver else "pending",
        }
        if self.half:
            out["enrolment_half"] = self.half
        return out

    @classmethod
    def from_json(cls, raw: str) -> Approval:
        d = json.loads(raw)
        return cls(
            d["id"],
            d["action"],
            d["params"],
            d["tenant"],
            d["requester"],
            d["approver"],
            d["created"],
            int(d.get("created_ms") or int(d["created"]) * 1000),
            str(d.get("half_digest", "")),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "action": self.action,
                "params": dict(self.params),
                "tenant": self.tenant,
                "requester": self.requester,
                "approver": self.approver,
                "created": self.created,
                "created_ms": self.created_ms,
                "half_digest": self.half_digest,
            }
        )


def _over(actor: Actor, tenant: str) -> bool:
    """May `actor` act on a request of `tenant` ("" = a global action, for global actors only)?"""
    return actor.may_tenant(tenant) and (tenant != "" or actor.is_global)


class Approvals:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    async def request(self, action: str, params: Mapping[str, str], tenant: str, requester: Actor) -> Approval:
        if action not in ACTIONS:
            raise BadRequest([f"action: one of {sorted(ACTIONS)}"])
        if action in GLOBAL_ACTIONS:
            tenant = ""
        if not _over(requester, tenant):
            raise PermissionDenied("tenant_forbidden", "outside this admin's tenant")
        now = time.time()
        approval = Approval(
            secrets.token_hex(8),
            action,
            {k: str(v) for k, v in params.items()},
            tenant,
            requester.audit_name,
            "",
            int(now),
            int(now * 1000),
        )
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.set(keyspace.approval(approval.id), approval.to_json(), ex=TTL_S)
            pipe.zadd(keyspace.approval_index(), {approval.id: approval.created_ms})
            await pipe.execute()
        return approval

    async def get(self, approval_id: str) -> Approval | None:
        raw = opt_str(await self._redis.get(keyspace.approval(approval_id))) if approval_id.isalnum() else None
        return None if raw is None else Approval.from_json(raw)

    async def pending(self) -> list[Approval]:
        """Every live request, oldest first. Read from the index: a SCAN of the keyspace
        cost seconds on a vault of a million tokens (the console's approvals page)."""
        index = keyspace.approval_index()
        if not await self._redis.exists(keyspace.approval_index_built()):
            await self._index_older()
        await self._redis.zremrangebyscore(index, "-inf", f"({int((time.time() - TTL_S) * 1000)}")
        ids = [as_str(i) for i in await self._redis.zrange(index, 0, -1)]
        if not ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for approval_id in ids:
                pipe.get(keyspace.approval(approval_id))
            raws = await pipe.execute()
        gone = [i for i, raw in zip(ids, raws, strict=True) if raw is None]
        if gone:
            await self._redis.zrem(index, *gone)
        out = [Approval.from_json(as_str(raw)) for raw in raws if raw is not None]
        return sorted(out, key=lambda a: a.created_ms)

    async def _index_older(self) -> None:
        """Approvals stored before the index existed join it, once per deployment."""
        async for key in self._redis.scan_iter(match=keyspace.approval_pattern(), count=500):
            raw = opt_str(await self._redis.get(as_str(key)))
            if raw is not None:
                found = Approval.from_json(raw)
                await self._redis.zadd(keyspace.approval_index(), {found.id: found.created_ms})
        await self._redis.set(keyspace.approval_index_built(), "1")

    async def approve(self, approval_id: str, approver: Actor, *, enrolled_ms: int) -> Approval:
        """The second pair of eyes: a human admin other than the requester, enrolled (at
        `enrolled_ms`, 0 = never) before the request was made."""
        if approver.kind != "admin":
            raise PermissionDenied("approver_not_admin", "only an admin can approve")

        def decide(found: Approval) -> tuple[Approval, Approval | None]:
            if found.requester == approver.audit_name:
                raise PermissionDenied("same_admin", "the requester cannot approve their own request")
            if not _over(approver, found.tenant):
                raise PermissionDenied("tenant_forbidden", "outside this admin's tenant")
            if enrolled_ms <= 0 or enrolled_ms >= found.created_ms:
                raise PermissionDenied("approver_too_new", "only an admin enrolled before the request may approve")
            if found.approver and found.action in SPLIT_ACTIONS:  # its half was handed out once
                raise Conflict("approval_changed", "already approved: its enrolment half was handed out once")
            half = secrets.token_urlsafe(24) if found.action in SPLIT_ACTIONS else ""
            done = Approval(
                found.id,
                found.action,
                found.params,
                found.tenant,
                found.requester,
                approver.audit_name,
                found.created,
                found.created_ms,
                hashlib.sha256(half.encode()).hexdigest() if half else "",
                half,
            )
            return done, done  # `to_json` never stores the half itself

        return await self._change(approval_id, decide)

    async def refuse(self, approval_id: str, actor: Actor) -> Approval:
        """Delete a request (or an approval not yet used): its requester withdrawing it, or a
        human admin with authority over its tenant refusing it."""

        def decide(found: Approval) -> tuple[Approval, Approval | None]:
            if found.requester != actor.audit_name:
                if actor.kind != "admin":
                    raise PermissionDenied("approver_not_admin", "only an admin can refuse another's request")
                if not _over(actor, found.tenant):
                    raise PermissionDenied("tenant_forbidden", "outside this admin's tenant")
            return found, None

        return await self._change(approval_id, decide)

    async def _change(
        self, approval_id: str, decide: Callable[[Approval], tuple[Approval, Approval | None]]
    ) -> Approval:
        """Read a live approval and replace it (or delete it: None) as `decide` says, in one
        optimistic transaction; `decide` raises to refuse. Answers what `decide` answered."""
        key = keyspace.approval(approval_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                raw = opt_str(await pipe.get(key))
                if raw is None:  # the id names nothing (404, as any missing resource): ids are random
                    # 64-bit strings every admin of the scope lists anyway, so this is no oracle
                    raise NotFound("approval_not_found", "no such pending approval")
                answer, stored = decide(Approval.from_json(raw))
                pipe.multi()  # type: ignore[no-untyped-call]
                if stored is None:
                    pipe.delete(key)
                else:
                    pipe.set(key, stored.to_json(), keepttl=True, xx=True)
                await pipe.execute()
            except WatchError:
                raise Conflict("approval_changed", "the approval changed meanwhile; retry") from None
        return answer

    async def consume(self, approval_id: str | None, action: str, params: Mapping[str, str], actor: Actor) -> Approval:
        """Use an approval once, for exactly the action and parameters approved."""
        found = await self.get(approval_id or "")
        if found is None or found.action != action:
            raise PermissionDenied("approval_required", f"{action} needs a second admin's approval")
        if found.requester != actor.audit_name:
            raise PermissionDenied("approval_required", "only the requester can use this approval")
        if not found.approver:
            raise PermissionDenied("approval_pending", "not approved yet")
        if dict(found.params) != {k: str(v) for k, v in params.items()}:
            raise PermissionDenied("approval_mismatch", "the approval was given for other parameters")
        if await self._redis.getdel(keyspace.approval(found.id)) is None:
            raise PermissionDenied("approval_required", "this approval was already used")
        return found

    async def for_admin_create(
        self, approval_id: str | None, name: str, tenant: str, actor: Actor, *, approvers: int
    ) -> Approval | None:
        """The approval that lets `actor` create admin `name` (of `tenant`, "" = global),
        consumed; None when no other enrolled global admin exists to approve (`approvers`
        = 0: the first admin after bootstrap is created alone, and alerted)."""
        if approvers <= 0 and not approval_id:
            return None
        found = await self.get(approval_id or "")
        if found is not None and found.action == "admin_create":
            if set(found.params) - {"name", "tenant"} or (
                found.params.get("name", ""),
                found.params.get("tenant", ""),
            ) != (name, tenant):
                raise PermissionDenied("approval_mismatch", "the approval was given for another admin")
            return await self.consume(found.id, "admin_create", found.params, actor)
        raise PermissionDenied(
            "approval_required",
            "creating an admin needs a second admin's approval (request admin_create with params name and tenant)",
        )
