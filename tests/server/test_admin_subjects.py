"""Erasure end to end (tokens gone, receipt recorded, no notice for tokens no subscriber
received; the signed notices: tests/inbound/test_erasure_notices.py), export with the
access report, and the DSAR helper, over real HTTP and Redis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.detection.detector import Detector
from proxy.server.app import Apps, create_apps
from tests.server.access_kit import CRM_KEY, access_settings, bearer, bootstrap, login
from tests.server.helpers import make_keys

PHONE = "+39 347 123 4567"
OTHER_PHONE = "+44 7700 900123"
CRM = bearer(CRM_KEY)


async def _setup(
    aiohttp_client: AiohttpClient,
    url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    erasure_url: str | None = None,
) -> tuple[Apps, TestClient, TestClient]:
    apps = create_apps(
        access_settings(url, tmp_path, erasure_url=erasure_url),
        make_keys(key_env),
        data_dir=tmp_path,
        detector=detector,
    )
    return apps, await aiohttp_client(apps.public), await aiohttp_client(apps.admin)


async def _customer(public: TestClient, phone: str, name: str, email: str) -> list[str]:
    resp = await public.post("/v1/tokenize", headers=CRM, json={"values": [{"value": phone, "entity": "PHONE_NUMBER"}]})
    [wa] = (await resp.json())["tokens"]
    resp = await public.post(
        "/v1/tokenize",
        headers=CRM,
        json={
            "subject": wa,
            "values": [{"value": name, "entity": "PERSON"}, {"value": email, "entity": "EMAIL_ADDRESS"}],
        },
    )
    return [wa, *(await resp.json())["tokens"]]


async def test_erasure_end_to_end(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(PHONE, OTHER_PHONE, "Maria Rossi", "maria@example.com", "John Smith")
    received: list[bytes] = []

    async def sink(request: web.Request) -> web.Response:
        received.append(await request.read())
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/erasure", sink)
    server = await aiohttp_server(app)
    apps, public, admin = await _setup(
        aiohttp_client, redis7_url, key_env, tmp_path, detector, erasure_url=str(server.make_url("/erasure"))
    )
    maria = await _customer(public, PHONE, "Maria Rossi", "maria@example.com")
    john = await _customer(public, OTHER_PHONE, "John Smith", "john@example.com")
    session = await login(admin, "alice", await bootstrap(apps))

    resp = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": maria[2]})
    assert resp.status == 200, await resp.text()
    receipt = await resp.json()
    # tokens made through /v1 were never delivered to a subscriber: no notice (a webhook
    # delivered, then erased: tests/inbound/test_erasure_notices.py)
    assert receipt["tokens"] == 3 and receipt["aliases"] == 1 and receipt["notices"] == {}
    resp = await public.post("/v1/detokenize", headers=CRM, json={"tokens": maria + john[:1], "purpose": "billing"})
    results = (await resp.json())["results"]
    assert [r.get("error") for r in results] == ["not_found"] * 3 + [None]
    # erased by alias too: the subject is gone, so a second erasure finds nothing
    again = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": PHONE})
    assert again.status == 404
    # a returning customer gets new tokens (tombstones of an erased subject do not reclaim)
    fresh = await _customer(public, PHONE, "Maria Rossi", "maria@example.com")
    assert set(fresh).isdisjoint(maria)
    await apps.runtime.notices.deliver_due(now=1e12)
    assert received == []
    state = await (await admin.get(f"/admin/v1/erasures/{receipt['receipt']}", headers=session)).json()
    assert state["notices"] == {}
    assert '"action":"erase"' in (tmp_path / "audit.jsonl").read_text()


async def test_export_with_access_report_and_dsar(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(PHONE, OTHER_PHONE, "Maria Rossi", "maria@example.com", "John Smith", "john@example.com")
    apps, public, admin = await _setup(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    maria = await _customer(public, PHONE, "Maria Rossi", "maria@example.com")
    john = await _customer(public, OTHER_PHONE, "John Smith", "john@example.com")
    await public.post("/v1/detokenize", headers=CRM, json={"tokens": [maria[0], maria[2]], "purpose": "billing"})
    session = await login(admin, "alice", await bootstrap(apps))

    resp = await admin.post(
        "/admin/v1/subjects/export", headers=session, json={"subject": {"kind": "wa_id", "value": "393471234567"}}
    )
    assert resp.status == 200, await resp.text()
    export = await resp.json()
    assert {(t["entity"], t["value"]) for t in export["tokens"]} == {
        ("PHONE_NUMBER", PHONE),
        ("PERSON", "Maria Rossi"),
        ("EMAIL_ADDRESS", "maria@example.com"),
    }
    assert export["aliases"]["count"] == 1 and export["aliases"]["identifiers"][0]["value"] == PHONE
    report = export["access_report"]
    reveal = [e for e in report if e["action"] == "reveal"]
    assert reveal and reveal[0]["actor"] == "crm" and reveal[0]["purpose"] == "billing"
    assert set(reveal[0]["tokens"]) == {maria[0], maria[2]}
    assert any(e["action"] == "tokenize" for e in report)
    assert not any(set(e["tokens"]) & set(john) for e in report)  # only this subject's trail

    crm_export = f"name,phone,email\n{maria[1]},+{maria[0]},{maria[2]}\n"
    resp = await admin.post("/admin/v1/subjects/dsar", headers=session, json={"subject": maria[0], "text": crm_export})
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["text"] == f"name,phone,email\nMaria Rossi,{PHONE},maria@example.com\n"
    mixed = crm_export + f"{john[1]},{john[0]},\n"
    resp = await admin.post("/admin/v1/subjects/dsar", headers=session, json={"subject": maria[0], "text": mixed})
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "cross_subject_token"
    assert "John" not in await resp.text()
    meta = await (await admin.get(f"/admin/v1/tokens/{maria[2]}", headers=session)).json()
    assert meta["entity"] == "EMAIL_ADDRESS" and meta["state"] == "live" and "value" not in meta
    deleted = await admin.delete(f"/admin/v1/tokens/{maria[2]}", headers=session)
    assert deleted.status == 200 and (await deleted.json())["deleted"] is True
    gone = await admin.get(f"/admin/v1/tokens/{maria[2]}", headers=session)
    assert gone.status == 404 and (await gone.json())["state"] == "freed"


async def test_retention_per_entity_shortens_expiry(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(PHONE, "Maria Rossi", "maria@example.com")
    apps, public, admin = await _setup(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    wa, name, email = await _customer(public, PHONE, "Maria Rossi", "maria@example.com")
    session = await login(admin, "alice", await bootstrap(apps))
    too_long = await admin.put("/admin/v1/retention", headers=session, json={"entity": "EMAIL_ADDRESS", "days": 900})
    assert too_long.status == 400
    resp = await admin.put("/admin/v1/retention", headers=session, json={"entity": "EMAIL_ADDRESS", "days": 1})
    assert resp.status == 200, await resp.text()
    assert (await resp.json()) == {"tenant": "default", "by_entity": {"EMAIL_ADDRESS": 1}, "expiries_shortened": 1}
    ttl = {
        t: (await (await admin.get(f"/admin/v1/tokens/{t}", headers=session)).json())["expires_in"]
        for t in (wa, name, email)
    }
    assert 86_000 < ttl[email] <= 86_400
    assert ttl[wa] > 80 * 86_400 and ttl[name] > 80 * 86_400
    listed = await (await admin.get("/admin/v1/retention", headers=session)).json()
    assert listed["retention_days"] == 90 and listed["by_entity"] == {"EMAIL_ADDRESS": 1}


async def test_dead_letters_listed_replayed_and_dropped(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    from proxy.kv import keyspace

    apps, _, admin = await _setup(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    redis = apps.runtime.redis
    first = await redis.xadd(keyspace.delivery_dead("crm", 3), {"e": "evt1", "b": b"{}", "reason": "max_age"})
    second = await redis.xadd(keyspace.delivery_dead("crm", 3), {"e": "evt2", "b": b"{}", "reason": "backlog"})
    session = await login(admin, "alice", await bootstrap(apps))
    listing = await (await admin.get("/admin/v1/dlq?subscriber=crm", headers=session)).json()
    letters = listing["dead_letters"]["crm"]
    assert [x["event_id"] for x in letters] == ["evt1", "evt2"] and "b" not in letters[0]
    one = f"3:{first.decode()}"
    assert (await admin.post(f"/admin/v1/dlq/crm/{one}/replay", headers=session)).status == 200
    assert await redis.xlen(keyspace.delivery_stream("crm", 3)) == 1
    two = f"3:{second.decode()}"
    assert (await admin.delete(f"/admin/v1/dlq/crm/{two}", headers=session)).status == 200
    assert await redis.xlen(keyspace.delivery_dead("crm", 3)) == 0
    assert (await admin.get("/admin/v1/dlq/nobody/3:1-0", headers=session)).status == 400
    quarantine = await (await admin.get("/admin/v1/quarantine?tenant=acme", headers=session)).json()
    assert quarantine == {"tenant": "acme", "quarantine": []}
    assert '"action":"dlq_replay"' in (tmp_path / "audit.jsonl").read_text()


async def test_erasure_purges_sealed_inbound_updates(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    """Only the admin app runs (no inbound workers), so the sealed copies stay until erased."""
    from proxy.kv import keyspace
    from proxy.vault.subjects import Alias
    from proxy.vault.tokens import Shape
    from proxy.vault.vault import TokenizeRequest

    pii_values.add(PHONE)
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    admin = await aiohttp_client(apps.admin)
    vault = apps.runtime.ready_vault()
    found = await vault.subjects.resolve("default", [Alias("wa_id", PHONE)])
    [minted] = await vault.tokenize(
        "default", [TokenizeRequest(PHONE, "PHONE_NUMBER", found.subject, Shape.DIGITS, identifier=True)]
    )
    alias_hash = vault.subjects.alias_hash("default", Alias("wa_id", PHONE))
    redis = apps.runtime.redis
    sealed = await redis.xadd(keyspace.ingress_stream("default", 1), {"e": "x", "c": b"sealed", "a": alias_hash})
    await redis.sadd(keyspace.ingress_alias_index("default", 1, alias_hash), sealed)
    other = await redis.xadd(keyspace.ingress_stream("default", 1), {"e": "y", "c": b"sealed", "a": "beef"})
    await redis.xadd(keyspace.ingress_quarantine("default", 2), {"kind": "update", "c": b"s", "a": alias_hash})
    session = await login(admin, "alice", await bootstrap(apps))
    resp = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": minted.token})
    assert resp.status == 200, await resp.text()
    remaining = await redis.xrange(keyspace.ingress_stream("default", 1))
    assert [entry_id for entry_id, _ in remaining] == [other]  # another customer's update stays
    assert await redis.xlen(keyspace.ingress_quarantine("default", 2)) == 0
    receipt = await (await admin.get(f"/admin/v1/erasures/{(await resp.json())['receipt']}", headers=session)).json()
    assert receipt["sealed_updates_purged"] == 2
