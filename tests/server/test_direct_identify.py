"""/v1/tokenize as an identifier oracle, over real HTTP and a real Redis.

A service that may tokenise PHONE_NUMBER receives a wa_id token in a webhook and posts
candidate numbers without a subject: the candidate whose token equals the webhook's names
the customer. Minting an identifier without a subject is the `identify` grant (absent from
the shipped crm policy), and a lookup creates no subject unless the service may create them.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import yaml
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import Apps, create_apps
from proxy.vault import Alias, Shape, TokenizeRequest
from tests.server.access_kit import CRM_KEY, access_settings, bearer
from tests.server.helpers import make_keys

CRM = bearer(CRM_KEY)
CUSTOMER = "393471111437"
CANDIDATES = [f"39347111{n:04d}" for n in range(2000)]
SHIPPED = Path(__file__).resolve().parents[2] / "config" / "veil.yaml"


def _shipped_crm_policy() -> dict[str, Any]:
    """The crm policy of config/veil.yaml, every other grant of the test kit switched off."""
    [crm] = [s for s in yaml.safe_load(SHIPPED.read_text())["services"] if s["name"] == "crm"]
    policy = {k: v for k, v in crm.items() if k not in ("name", "api_key_env")}
    return {"mask": [], "purposes": [], "identify": [], "create_subjects": False} | policy


async def _start(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    crm: dict[str, Any],
) -> tuple[Apps, TestClient]:
    apps = create_apps(
        access_settings(redis_url, tmp_path, crm=crm), make_keys(key_env), data_dir=tmp_path, detector=detector
    )
    return apps, await aiohttp_client(apps.public)


async def _webhook_token(apps: Apps) -> str:
    """The customer's wa_id token as ingress mints it (an identifier field: tenant-wide)."""
    vault = apps.runtime.vault
    found = await vault.subjects.resolve("default", [Alias("wa_id", CUSTOMER)])
    [minted] = await vault.tokenize(
        "default", [TokenizeRequest(CUSTOMER, "PHONE_NUMBER", found.subject, shape=Shape.DIGITS, identifier=True)]
    )
    return minted.token


async def _fresh_minute() -> None:
    """Rate-limit windows are calendar minutes: start a test well inside one."""
    if time.time() % 60 > 45:
        await asyncio.sleep(60 - time.time() % 60 + 0.1)


async def _subjects(redis: Redis) -> int:
    return len([k async for k in redis.scan_iter(match=keyspace.subject_record("default", "*"))])


async def _enumerate(client: TestClient) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for start in (0, 1000):
        values = [{"value": n, "entity": "PHONE_NUMBER"} for n in CANDIDATES[start : start + 1000]]
        resp = await client.post("/v1/tokenize", headers=CRM, json={"values": values})
        out.append((resp.status, await resp.json()))
    return out


async def test_enumeration_with_the_shipped_crm_policy_is_refused_and_creates_no_subject(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    redis: Redis,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(CUSTOMER)
    apps, client = await _start(aiohttp_client, redis_url, key_env, tmp_path, detector, _shipped_crm_policy())
    webhook = await _webhook_token(apps)
    before = await _subjects(redis)
    for status, body in await _enumerate(client):
        assert status == 403 and body["error"]["code"] == "identify_not_granted"
        assert webhook not in json.dumps(body)
    assert await _subjects(redis) == before == 1
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert any(
        e["action"] == "tokenize" and e["outcome"] == "denied" and e["reason"] == "identify_not_granted" for e in lines
    )
    # a subject named explicitly still works: tokenize is not taken away, only the lookup
    resp = await client.post(
        "/v1/tokenize",
        headers=CRM,
        json={"values": [{"value": "maria@example.com", "entity": "EMAIL_ADDRESS"}], "subject": webhook},
    )
    assert resp.status == 200, await resp.text()


async def test_with_the_identify_grant_the_lookup_works_but_creates_no_subject(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    redis: Redis,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(CUSTOMER)
    crm = _shipped_crm_policy() | {"identify": ["PHONE_NUMBER"]}
    apps, client = await _start(aiohttp_client, redis_url, key_env, tmp_path, detector, crm)
    webhook = await _webhook_token(apps)
    tokens: list[str | None] = []
    for status, body in await _enumerate(client):
        assert status == 200
        tokens += body["tokens"]
    # the grant is the lookup it says it is: the customer's number answers the webhook's token
    assert [n for n, t in zip(CANDIDATES, tokens, strict=True) if t is not None] == [CUSTOMER]
    assert tokens[CANDIDATES.index(CUSTOMER)] == webhook
    assert await _subjects(redis) == 1  # unknown numbers answered null: no subject was created


async def test_identifier_lookups_have_a_default_budget_a_policy_may_replace(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    crm = _shipped_crm_policy() | {"identify": ["PHONE_NUMBER"]}
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, crm)
    await _fresh_minute()
    assert [status for status, _ in await _enumerate(client)] == [200, 200]  # 2,000 lookups: the default minute
    resp = await client.post(
        "/v1/tokenize", headers=CRM, json={"values": [{"value": "393479999999", "entity": "PHONE_NUMBER"}]}
    )
    assert resp.status == 429 and (await resp.json())["error"]["code"] == "rate_limited"
    assert 1 <= int(resp.headers["Retry-After"]) <= 60
    # a policy's own identify budget replaces the default
    own = crm | {"rate_limits": {"identify": {"per_minute": 6000}}}  # the same service's counters: 2,000 used
    _, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path / "own", detector, own)
    assert [status for status, _ in await _enumerate(client) + await _enumerate(client)] == [200] * 4


async def test_tokenize_has_a_default_budget(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, _shipped_crm_policy())
    subject = await _webhook_token(apps)
    await _fresh_minute()
    for batch in range(10):  # 10,000 values with a subject: the default minute
        values = [{"value": f"u{batch}-{n}@example.com", "entity": "EMAIL_ADDRESS"} for n in range(1000)]
        resp = await client.post("/v1/tokenize", headers=CRM, json={"values": values, "subject": subject})
        assert resp.status == 200, await resp.text()
    resp = await client.post(
        "/v1/tokenize",
        headers=CRM,
        json={"values": [{"value": "one-more@example.com", "entity": "EMAIL_ADDRESS"}], "subject": subject},
    )
    assert resp.status == 429 and "Retry-After" in resp.headers


async def test_the_audit_counts_identifier_lookups(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(CUSTOMER)
    crm = _shipped_crm_policy() | {"identify": ["PHONE_NUMBER"]}
    apps, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, crm)
    await _webhook_token(apps)
    await _fresh_minute()
    assert [status for status, _ in await _enumerate(client)] == [200, 200]
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    counted = [e for e in lines if e["action"] == "identify"]
    assert [(e["actor"], e["entities"], e["reason"]) for e in counted] == [
        ("crm", ["PHONE_NUMBER"], "lookups:1000:unknown:1000"),
        ("crm", ["PHONE_NUMBER"], "lookups:1000:unknown:999"),
    ]
    assert CUSTOMER not in (tmp_path / "audit.jsonl").read_text()


def _alerts(apps: Apps, kind: str) -> float:
    text = apps.runtime.metrics.render().decode()
    found = [line for line in text.splitlines() if line.startswith(f'veil_alerts_total{{kind="{kind}"')]
    return sum(float(line.rsplit(" ", 1)[1]) for line in found)


async def test_a_service_out_of_its_identify_budget_raises_an_alert(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    crm = _shipped_crm_policy() | {"identify": ["PHONE_NUMBER"], "rate_limits": {"identify": {"per_minute": 50}}}
    apps, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, crm)
    await _fresh_minute()
    values = [{"value": n, "entity": "PHONE_NUMBER"} for n in CANDIDATES[:40]]
    assert (await client.post("/v1/tokenize", headers=CRM, json={"values": values})).status == 200
    assert _alerts(apps, "identify_ceiling") == 0
    resp = await client.post("/v1/tokenize", headers=CRM, json={"values": values})
    assert resp.status == 429
    assert _alerts(apps, "identify_ceiling") == 1
    assert (await client.post("/v1/tokenize", headers=CRM, json={"values": values})).status == 429
    assert _alerts(apps, "identify_ceiling") == 1  # one alert a minute per service, not one per request


async def test_lookups_and_new_subjects_far_above_the_baseline_raise_alerts(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """Under its budget, a service that suddenly looks up (and creates) far more than it
    usually does is reported: the baseline of each measure, seeded as a quiet service's."""
    crm = _shipped_crm_policy() | {"identify": ["PHONE_NUMBER"], "create_subjects": True}
    apps, client = await _start(aiohttp_client, redis7_url, key_env, tmp_path, detector, crm)
    redis = apps.runtime.redis
    window = int(time.time() // 300)  # alerts.baseline.window_s
    for measure in ("lookups", "new_subjects"):  # what a day of a few lookups a window leaves
        await redis.hset(
            keyspace.baseline_state(f"crm/{measure}"),
            mapping={"mean": "3.0", "dev": "1.5", "windows": 288, "last": window - 1},
        )
    await _fresh_minute()
    few = [{"value": n, "entity": "PHONE_NUMBER"} for n in CANDIDATES[:5]]
    assert (await client.post("/v1/tokenize", headers=CRM, json={"values": few})).status == 200
    assert _alerts(apps, "identify_burst") == 0
    many = [{"value": n, "entity": "PHONE_NUMBER"} for n in CANDIDATES[5:205]]
    assert (await client.post("/v1/tokenize", headers=CRM, json={"values": many})).status == 200
    assert _alerts(apps, "identify_burst") == 2  # lookups, and the subjects they created
    assert (await client.post("/v1/tokenize", headers=CRM, json={"values": many})).status == 200
    assert _alerts(apps, "identify_burst") == 2  # once per window and measure
