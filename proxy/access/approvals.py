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
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import WatchError

from proxy.access.sessions import Actor
from proxy.errors import BadRequest, PermissionDenied
from proxy.kv import as_str, keyspace, opt_str

ACTIONS = frozenset({"restore", "bulk_export", "key_retire"})
TTL_S = 24 * 3600
GLOBAL_ACTIONS = frozenset({"restore", "key_retire"})


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

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "action": self.action, "params": dict(self.params), "tenant": self.tenant,
                "requester": self.requester, "approver": self.approver or None, "created": self.created,
                "status": "approved" if self.approver else "pending"}

    @classmethod
    def from_json(cls, raw: str) -> Approval:
        d = json.loads(raw)
        return cls(d["id"], d["action"], d["params"], d["tenant"], d["requester"], d["approver"], d["created"],
                   int(d.get("created_ms") or int(d["created"]) * 1000))

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "action": self.action, "params": dict(self.params), "tenant": self.tenant,
                           "requester": self.requester, "approver": self.approver, "created": self.created,
                           "created_ms": self.created_ms})


class Approvals:
    def __init__(self, redis: Redis) -> None:
        self._redis = redis

    async def request(self, action: str, params: Mapping[str, str], tenant: str, requester: Actor) -> Approval:
        if action not in ACTIONS:
            raise BadRequest([f"action: one of {sorted(ACTIONS)}"])
        if action in GLOBAL_ACTIONS:
            tenant = ""
        if not requester.may_tenant(tenant) or (tenant == "" and not requester.is_global):
            raise PermissionDenied("tenant_forbidden", "outside this admin's tenant")
        now = time.time()
        approval = Approval(secrets.token_hex(8), action, {k: str(v) for k, v in params.items()}, tenant,
                            requester.audit_name, "", int(now), int(now * 1000))
        await self._redis.set(keyspace.approval(approval.id), approval.to_json(), ex=TTL_S)
        return approval

    async def get(self, approval_id: str) -> Approval | None:
        raw = opt_str(await self._redis.get(keyspace.approval(approval_id))) if approval_id.isalnum() else None
        return None if raw is None else Approval.from_json(raw)

    async def pending(self) -> list[Approval]:
        out = []
        async for key in self._redis.scan_iter(match=keyspace.approval_pattern(), count=500):
            raw = opt_str(await self._redis.get(as_str(key)))
            if raw is not None:
                out.append(Approval.from_json(raw))
        return sorted(out, key=lambda a: a.created)

    async def approve(self, approval_id: str, approver: Actor, *, enrolled_ms: int) -> Approval:
        """The second pair of eyes: a human admin other than the requester, enrolled (at
        `enrolled_ms`, 0 = never) before the request was made."""
        if approver.kind != "admin":
            raise PermissionDenied("approver_not_admin", "only an admin can approve")
        key = keyspace.approval(approval_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(key)
                raw = opt_str(await pipe.get(key))
                if raw is None:
                    raise PermissionDenied("approval_not_found", "no such pending approval")
                found = Approval.from_json(raw)
                if found.requester == approver.audit_name:
                    raise PermissionDenied("same_admin", "the requester cannot approve their own request")
                if not approver.may_tenant(found.tenant) or (found.tenant == "" and not approver.is_global):
                    raise PermissionDenied("tenant_forbidden", "outside this admin's tenant")
                if enrolled_ms <= 0 or enrolled_ms >= found.created_ms:
                    raise PermissionDenied("approver_too_new", "only an admin enrolled before the request may approve")
                done = Approval(found.id, found.action, found.params, found.tenant, found.requester,
                                approver.audit_name, found.created, found.created_ms)
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.set(key, done.to_json(), keepttl=True, xx=True)
                await pipe.execute()
            except WatchError:
                raise PermissionDenied("approval_changed", "the approval changed meanwhile; retry") from None
        return done

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
