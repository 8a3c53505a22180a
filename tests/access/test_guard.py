"""The access guard on real Redis (7 and 6.2): ceilings alert and block until lifted,
honey tokens alert on first touch, and a reveal whose audit entry cannot be written
is refused (fail closed)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis

from proxy.access.auth import Principal
from proxy.access.baseline import BaselineParams, BaselineStore
from proxy.access.guard import AccessGuard
from proxy.access.honey import plant_decoy
from proxy.access.policy import Op, Policy
from proxy.access.policy_store import PolicyStore
from proxy.alerts import Alert, AlertSink
from proxy.audit.chain import parse
from proxy.audit.writer import AuditWriter
from proxy.config import Ceilings, RateLimit, VaultSettings
from proxy.errors import AuditError, PermissionDenied
from proxy.metrics import Metrics
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.subjects import Alias
from proxy.vault.tokens import Shape
from proxy.vault.vault import Revealed, TokenizeRequest, Vault
from tests.redis_servers import RedisProcess, debian_redis_server

CRM = Principal("crm", "default", "crm0")


@dataclass
class Clock:
    now: float = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class World:
    guard: AccessGuard
    alerts: list[Alert]
    metrics: Metrics
    audit: AuditWriter
    sink: Path
    clock: Clock
    vault: Vault

    def audited(self) -> list[dict[str, object]]:
        return [parse(line.encode()) for line in self.sink.read_text().splitlines()]  # type: ignore[misc]


def policy(**ceilings: object) -> Policy:
    return Policy(
        service="crm",
        tenant="default",
        reveal=frozenset({"PHONE_NUMBER", "PERSON"}),
        ceilings=Ceilings.model_validate(ceilings),
    )


def world(
    redis: Redis,
    key_env: dict[str, str],
    tmp_path: Path,
    pol: Policy,
    *,
    audit_redis: Redis | None = None,
    baseline: BaselineStore | None = None,
) -> World:
    keys = load_keys(EnvFileProvider(key_env))
    metrics = Metrics()
    sink = AlertSink(metrics.registry)
    seen: list[Alert] = []
    sink.add_channel("test", seen.append)
    audit = AuditWriter(
        audit_redis or redis,
        audit_key=keys.audit,
        signing_key=keys.signing_key(),
        sink=tmp_path / "audit.jsonl",
        writer_id="test:1:1",
        timeout_s=1.0,
    )
    clock = Clock()
    guard = AccessGuard(redis, sink, audit, metrics, policies=PolicyStore({"crm": pol}), baseline=baseline, clock=clock)
    vault = Vault(redis, KeyStore(redis, keys), VaultSettings())
    return World(guard, seen, metrics, audit, tmp_path / "audit.jsonl", clock, vault)


async def customer(vault: Vault, phone: str = "+39 347 123 4567") -> list[Revealed]:
    subject = (await vault.subjects.resolve("default", [Alias("wa_id", phone)])).subject
    minted = await vault.tokenize(
        "default",
        [
            TokenizeRequest(phone, "PHONE_NUMBER", subject, Shape.DIGITS, identifier=True),
            TokenizeRequest("Maria Rossi", "PERSON", subject),
        ],
    )
    found = await vault.reveal("default", [m.token for m in minted])
    assert all(isinstance(r, Revealed) for r in found)
    return [r for r in found if isinstance(r, Revealed)]


async def test_ceiling_breach_alerts_audits_and_blocks_until_lifted(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    w = world(redis, key_env, tmp_path, policy(reveal={"PHONE_NUMBER": {"per_minute": 3, "per_day": 100}}, block=True))
    refs = await customer(w.vault)
    phone = [r for r in refs if r.entity == "PHONE_NUMBER"]
    for _ in range(3):
        await w.guard.admit(CRM, Op.REVEAL, phone, purpose="support", request_id="r1")
    with caplog.at_level(logging.WARNING, logger="veil.alerts"), pytest.raises(PermissionDenied) as info:
        await w.guard.admit(CRM, Op.REVEAL, phone, purpose="support")
    assert info.value.code == "ceiling_exceeded"
    assert [(a.kind, a.service, dict(a.detail)) for a in w.alerts] == [
        (
            "ceiling_exceeded",
            "crm",
            {"op": "reveal", "entity": "PHONE_NUMBER", "window": "minute", "limit": 3, "blocked": True},
        )
    ]
    assert any("ceiling_exceeded" in r.getMessage() for r in caplog.records)
    assert (
        w.metrics.registry.get_sample_value("veil_alerts_total", {"kind": "ceiling_exceeded", "severity": "error"}) == 1
    )
    # blocked now, even for another entity and in the next minute
    w.clock.now += 120
    with pytest.raises(PermissionDenied) as info:
        await w.guard.admit(CRM, Op.REVEAL, [r for r in refs if r.entity == "PERSON"], purpose="support")
    assert info.value.code == "blocked"
    assert len(w.alerts) == 1
    assert await w.guard.lift("crm", "alice", request_id="r9")
    assert not await w.guard.lift("crm", "alice")
    await w.guard.admit(CRM, Op.REVEAL, phone, purpose="support")
    actions = [(e["action"], e["outcome"], e["reason"]) for e in w.audited() if e["type"] == "entry"]
    assert actions == [("reveal", "allowed", "granted")] * 3 + [
        ("reveal", "denied", "ceiling_exceeded"),
        ("service_block", "allowed", "crm:ceiling_exceeded"),
        ("reveal", "denied", "blocked"),
        ("service_unblock", "allowed", "crm"),
        ("reveal", "allowed", "granted"),
    ]
    assert (
        w.metrics.registry.get_sample_value(
            "veil_vault_reveals_total", {"entity": "PHONE_NUMBER", "service": "crm", "outcome": "allowed"}
        )
        == 4
    )


async def test_refused_request_is_not_counted_and_day_ceiling_holds(
    redis: Redis, key_env: dict[str, str], tmp_path: Path
) -> None:
    w = world(redis, key_env, tmp_path, policy(use={"*": {"per_day": 4}}))
    refs = await customer(w.vault)  # two tokens a request
    await w.guard.check(CRM, Op.USE, [r.entity for r in refs], [r.token for r in refs])
    with pytest.raises(PermissionDenied):  # 2 + 3 > 4: refused whole, nothing counted
        await w.guard.check(CRM, Op.USE, ["PERSON"] * 3, [])
    await w.guard.check(CRM, Op.USE, [r.entity for r in refs], [r.token for r in refs])  # 4: at the ceiling
    w.clock.now += 3600
    with pytest.raises(PermissionDenied) as info:
        await w.guard.check(CRM, Op.USE, ["PERSON"], [])
    assert info.value.code == "ceiling_exceeded"
    assert [dict(a.detail)["window"] for a in w.alerts] == ["day"]  # one alert per window
    assert not await w.guard.blocked("crm")  # block: false
    w.clock.now += 86_400
    await w.guard.check(CRM, Op.USE, ["PERSON"], [])


async def test_honey_token_alerts_on_first_touch_before_anything_is_revealed(
    redis: Redis, key_env: dict[str, str], tmp_path: Path
) -> None:
    w = world(redis, key_env, tmp_path, policy())
    decoy = await plant_decoy(w.vault, w.audit, tenant="default", admin="alice")
    assert len(decoy.tokens) == 5 and decoy.wa_id.startswith("289")
    real = await customer(w.vault)
    await w.guard.admit(CRM, Op.REVEAL, real, purpose="support")
    assert w.alerts == []
    spaced = " ".join([decoy.wa_id[:3], decoy.wa_id[3:]])  # found however it is written
    with pytest.raises(PermissionDenied) as info:
        await w.guard.check(CRM, Op.REVEAL, ["PHONE_NUMBER"], [real[0].token, spaced], purpose="x")
    assert info.value.code == "forbidden"
    assert [(a.kind, a.severity, dict(a.detail)) for a in w.alerts] == [
        ("honey_token", "error", {"op": "reveal", "count": 1})
    ]
    with pytest.raises(PermissionDenied):
        await w.guard.check(CRM, Op.USE, ["PERSON"], [decoy.text_tokens["PERSON"]])
    assert len(w.alerts) == 2  # every touch alerts
    entries = [e for e in w.audited() if e["type"] == "entry"]
    assert entries[0]["action"] == "honey_plant" and entries[0]["subject"] == decoy.subject
    denied = [e for e in entries if e["reason"] == "honey_token"]
    assert [e["tokens"] for e in denied] == [[decoy.wa_id], [decoy.text_tokens["PERSON"]]]
    values = await w.vault.reveal("default", list(decoy.tokens))
    texts = [r.value for r in values if isinstance(r, Revealed)]
    assert any(t.startswith("447700900") for t in texts) and any(t.endswith("@example.com") for t in texts)


@pytest.fixture
def audit_server() -> Iterator[RedisProcess]:
    proc = RedisProcess(debian_redis_server()).start()
    yield proc
    proc.stop()


@pytest.fixture
async def audit_redis(audit_server: RedisProcess) -> AsyncIterator[Redis]:
    client = Redis.from_url(audit_server.url, socket_connect_timeout=0.5, socket_timeout=0.5)
    yield client
    await client.aclose()


async def test_reveal_is_refused_when_the_audit_store_is_down(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, audit_server: RedisProcess, audit_redis: Redis
) -> None:
    w = world(redis, key_env, tmp_path, policy(), audit_redis=audit_redis)
    w.audit._on_failure = lambda f: w.metrics.audit_failed(f.stage)
    refs = await customer(w.vault)
    await w.guard.admit(CRM, Op.REVEAL, refs, purpose="support")
    audit_server.stop()
    with pytest.raises(AuditError):
        await w.guard.admit(CRM, Op.REVEAL, refs, purpose="support")
    assert w.metrics.registry.get_sample_value("veil_audit_failures_total", {"stage": "append"}) == 1
    assert (
        w.metrics.registry.get_sample_value(
            "veil_vault_reveals_total", {"entity": "PERSON", "service": "crm", "outcome": "allowed"}
        )
        == 1
    )
    audit_server.start()
    await w.guard.admit(CRM, Op.REVEAL, refs, purpose="support")  # the chain continues
    assert w.audit.seq == 2


async def test_baseline_flags_a_burst_once_per_window(redis: Redis, key_env: dict[str, str], tmp_path: Path) -> None:
    params = BaselineParams(alpha=0.3, k=6, min_count=20, warmup_windows=3)
    store = BaselineStore(redis, params, window_s=60)
    w = world(redis, key_env, tmp_path, policy(), baseline=store)
    for _ in range(6):  # six quiet minutes of 5 reveals each
        for _ in range(5):
            await w.guard.check(CRM, Op.REVEAL, ["PERSON"], [])
        w.clock.now += 60
    state = await store.state("crm")
    assert state.windows >= 5 and 4 <= state.mean <= 6
    await w.guard.check(CRM, Op.REVEAL, ["PERSON"] * 19, [])
    assert w.alerts == []
    await w.guard.check(CRM, Op.REVEAL, ["PERSON"] * 10, [])
    await w.guard.check(CRM, Op.REVEAL, ["PERSON"] * 10, [])  # still bursting: no second alert
    assert [(a.kind, a.severity) for a in w.alerts] == [("baseline_burst", "warning")]
    assert dict(w.alerts[0].detail)["count"] == 29
    w.clock.now += 60 * 30  # a quiet half hour later the burst window was folded in capped
    await w.guard.check(CRM, Op.REVEAL, ["PERSON"], [])
    assert (await store.state("crm")).mean < 20


def test_ceilings_config_validates_entities() -> None:
    with pytest.raises(ValueError):
        Ceilings.model_validate({"reveal": {"phone": {"per_minute": 1}}})
    c = Ceilings.model_validate({"use": {"*": {"per_day": 10}}, "block": True})
    assert c.use["*"] == RateLimit(per_day=10) and c.block
    assert json.loads(c.model_dump_json())["block"] is True
