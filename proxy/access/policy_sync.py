"""Policies changed through the admin API: validated, persisted in Redis, applied everywhere.

A policy document has exactly the policy fields of a service in the config (`use`,
`reveal`, `mask`, `tokenize`, `identify`, `create_subjects`, `purposes`, `raw_recipients`,
`media`, `any_subject`, `rate_limits`, `ceilings`) and is validated by the same model, so the admin API cannot
store what the config file would refuse. A field left out grants nothing, except
`ceilings`: a document without it keeps the config's ceilings (leaving it out must not
switch the exfiltration alarms off; `"ceilings": {}` does that explicitly). A change is
written to one Redis hash and a version counter is bumped; every worker polls the
counter (one GET a second) and, when it moved, rebuilds its whole snapshot (config,
overlaid with the stored documents) and swaps it into its `PolicyStore`. A stored
document that no longer validates grants nothing (fail closed). Until a worker has read
the stored policies once, `ready` is False and the /v1 API answers 503 rather than serve
a policy that may have been tightened.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError

from proxy.access.policy import Policy
from proxy.access.policy_store import PolicyStore
from proxy.config import ServiceSettings, Settings
from proxy.errors import BadRequest
from proxy.kv import as_str, keyspace, opt_str

log = logging.getLogger("veil.policy")
POLICY_FIELDS = (
    "use",
    "reveal",
    "mask",
    "tokenize",
    "identify",
    "create_subjects",
    "purposes",
    "raw_recipients",
    "media",
    "any_subject",
    "rate_limits",
    "ceilings",
)
_NO_KEY = "nokey:" + "0" * 64  # satisfies the key-source rule; a policy document carries no key


def validate_doc(service: ServiceSettings, doc: Mapping[str, Any]) -> Policy:
    """The Policy a document describes for `service`, or BadRequest naming each problem."""
    unknown = sorted(set(doc) - set(POLICY_FIELDS))
    if unknown:
        raise BadRequest([f"{name}: not a policy field" for name in unknown], "invalid_policy")
    raw = {
        "name": service.name,
        "tenant": service.tenant,
        "api_key_sha256": _NO_KEY,
        "ceilings": service.ceilings.model_dump(mode="json"),
    } | dict(doc)
    try:
        return Policy.from_settings(ServiceSettings.model_validate(raw))
    except ValidationError as exc:
        raise BadRequest(
            [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()],
            "invalid_policy",
        ) from None


def policy_doc(policy: Policy) -> dict[str, Any]:
    """A policy as the admin API shows it (the long form of `use`)."""
    return {
        "use": {
            "whatsapp": sorted(policy.use_whatsapp),
            "routes": {name: sorted(v) for name, v in sorted(policy.use_routes.items())},
        },
        "reveal": sorted(policy.reveal),
        "mask": sorted(policy.mask),
        "tokenize": sorted(policy.tokenize),
        "identify": sorted(policy.identify),
        "create_subjects": policy.create_subjects,
        "purposes": sorted(policy.purposes),
        "raw_recipients": policy.raw_recipients,
        "media": sorted(policy.media),
        "any_subject": sorted(policy.any_subject),
        "rate_limits": {op: limit.model_dump() for op, limit in sorted(policy.rate_limits.items())},
        "ceilings": policy.ceilings.model_dump(mode="json"),
    }


class PolicySync:
    def __init__(self, redis: Redis, settings: Settings, store: PolicyStore, *, interval_s: float = 1.0) -> None:
        self._redis = redis
        self._services = {svc.name: svc for svc in settings.services}
        self.store = store
        self.interval_s = interval_s
        self._seen: str | None = None
        self.ready = False

    def service(self, name: str) -> ServiceSettings | None:
        return self._services.get(name)

    def services(self) -> list[str]:
        return sorted(self._services)

    async def save(self, name: str, doc: Mapping[str, Any]) -> Policy:
        """Validate and persist a service's policy; this worker applies it at once."""
        svc = self._services.get(name)
        if svc is None:
            raise BadRequest(["service: no such service"], "unknown_service")
        policy = validate_doc(svc, doc)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hset(keyspace.policies(), name, json.dumps(dict(doc), sort_keys=True))
            pipe.incr(keyspace.policies_version())
            await pipe.execute()
        await self.reload()
        return policy

    async def reset(self, name: str) -> None:
        """Drop a stored policy: the service falls back to its config policy."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hdel(keyspace.policies(), name)
            pipe.incr(keyspace.policies_version())
            await pipe.execute()
        await self.reload()

    async def stored_names(self) -> frozenset[str]:
        """Services whose policy was changed through the admin API (overriding the config's)."""
        return frozenset(as_str(name) for name in await self._redis.hkeys(keyspace.policies()))

    async def reload_everywhere(self) -> None:
        """The stored policies were written wholesale (a restore): bump the version so every
        worker reloads, and reload this one now."""
        await self._redis.incr(keyspace.policies_version())
        await self.reload()

    async def reload(self) -> None:
        version = opt_str(await self._redis.get(keyspace.policies_version()))
        stored = await self._redis.hgetall(keyspace.policies())
        policies = {name: Policy.from_settings(svc) for name, svc in self._services.items()}
        for raw_name, raw_doc in stored.items():
            name = as_str(raw_name)
            svc = self._services.get(name)
            if svc is None:
                continue  # a service no longer configured: it has no key, so no policy either
            try:
                policies[name] = validate_doc(svc, json.loads(raw_doc))
            except (BadRequest, ValueError):  # a document that no longer validates, or not JSON
                log.error("stored policy of service %s does not validate: it grants nothing", name)
                policies[name] = Policy(service=name, tenant=svc.tenant)
        self.store.replace_all(policies)
        self._seen = version
        self.ready = True

    async def poll_once(self) -> bool:
        """Reload if another worker changed a policy; True when a reload happened."""
        version = opt_str(await self._redis.get(keyspace.policies_version()))
        if self.ready and version == self._seen:
            return False
        await self.reload()
        return True

    async def run(self) -> None:
        """Background task: keep this worker's snapshot in step with Redis."""
        while True:
            try:
                if await self.poll_once():
                    log.info("policies reloaded (version %s)", self._seen or "0")
            except (RedisError, OSError) as exc:
                log.warning("policy poll failed (%s); keeping the current snapshot", type(exc).__name__)
            await asyncio.sleep(self.interval_s)
