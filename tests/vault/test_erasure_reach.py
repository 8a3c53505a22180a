"""Erasure reaches every store, over real HTTP and a real Redis, as a privacy officer checks it.

A customer (A) writes to tenant `main` with her name, phone, e-mail, IBAN and an address;
one subscriber takes the event, one is down (the event stays queued), one fails past
`max_age` (a dead letter). Updates of hers also end in quarantine: a truncated body (no
alias), one for a number no tenant owns (`_unrouted`), one through another tenant's app
(`acme`'s quarantine, hashed under acme's key). A backup is taken, A is erased, and then
every Redis key is read, each sealed entry opened with the live keys of every tenant:
nothing of A is left. The subscriber that was down comes back and receives the erasure
notice and none of A's events; replaying A's dead letter is refused; restoring the
backup taken before the erasure brings back neither her records nor her delivery records.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from pytest_aiohttp import AiohttpClient, AiohttpServer
from redis.asyncio import Redis

from proxy.detection.detector import Detector
from proxy.errors import DecryptError, VaultError
from proxy.inbound import deadletters
from proxy.inbound.ingress import IngressStore
from proxy.inbound.ingress_entry import IngressEntry
from proxy.inbound.queue import partition_of
from proxy.kv import as_str, keyspace
from proxy.server.app import Apps, create_apps
from proxy.vault.backup import read_header
from proxy.vault.vault import TokenizeRequest
from tests.inbound.harness import APP_SECRET, Crm, settings_for, sign, subscriber, text_message, wait_for
from tests.server.access_kit import CRM_KEY, access_settings, add_admin, bearer, bootstrap, login
from tests.server.helpers import make_keys

PNID, WABA = "106540352242922", "102290129340398"
WA_ID = "393331234567"
NAME, EMAIL, IBAN = "Giulia Bianchi", "giulia.bianchi@example.com", "IT60X0542811101000000123456"
ADDRESS = "Via Garibaldi 77, 40121"
TEXT = f"Sono {NAME}, scrivetemi a {EMAIL}, IBAN {IBAN}, abito in {ADDRESS} Bologna"
VALUES = (NAME, EMAIL, IBAN, WA_ID, ADDRESS)
TENANTS = ("main", "acme", "_unrouted")


def _settings(redis_url: str, tmp_path: Path, crm: Crm, down: Crm, late: Crm, notices: str) -> Any:
    tenants = [
        {"name": "main", "waba_ids": [WABA], "phone_number_ids": [PNID], "language": "en"},
        {
            "name": "acme",
            "waba_ids": ["999"],
            "phone_number_ids": ["555"],
            "app_secret_env": "VEIL_ACME_APP_SECRET",
            "verify_token_env": "VEIL_ACME_VERIFY",
        },
    ]
    subs = [
        subscriber("crm", crm.url, tenant="main"),
        subscriber("crm2", down.url, tenant="main", erasure_url=f"{notices}/crm2"),
        subscriber("crm3", late.url, tenant="main", max_age_s=1),
    ]
    services = [{"name": "crm", "tenant": "main", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]}]
    return settings_for(redis_url, tmp_path, subs, tenants=tenants, services=services)


async def _post(client: Any, body: bytes, path: str = "/webhooks/whatsapp", secret: str = APP_SECRET) -> Any:
    resp = await client.post(
        path, data=body, headers={"X-Hub-Signature-256": sign(body, secret), "Content-Type": "application/json"}
    )
    assert resp.status == 200, await resp.text()
    return await resp.json()


def _message(wamid: str, *, waba: str = WABA, pnid: str = PNID) -> dict[str, Any]:
    doc = text_message(wamid, TEXT, wa_id=WA_ID)
    doc["entry"][0]["id"] = waba
    value = doc["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = pnid
    value["contacts"][0]["profile"]["name"] = NAME
    return doc


async def _blobs(redis: Redis, store: IngressStore, key: bytes) -> list[bytes]:
    """Everything a key holds, and every sealed ingress entry in it opened with the live keys."""
    kind = as_str(await redis.type(key))
    if kind == "string":
        return [await redis.get(key) or b""]
    if kind == "hash":
        return [b for kv in (await redis.hgetall(key)).items() for b in kv]
    if kind == "set":
        return list(await redis.smembers(key))
    if kind == "zset":
        return list(await redis.zrange(key, 0, -1))
    if kind == "list":
        return list(await redis.lrange(key, 0, -1))
    out: list[bytes] = []
    for _, fields in await redis.xrange(key):
        out += [b for kv in fields.items() for b in kv]
        try:
            entry = IngressEntry.from_fields({as_str(k): v for k, v in fields.items()})
        except ValueError:
            continue
        for tenant in TENANTS:
            try:
                out.append(await store.open(tenant, entry.event_id, entry.master_version, entry.sealed))
            except (DecryptError, VaultError):
                continue
    return out


def _readable(blob: bytes) -> str:
    """The text of a blob with JSON's \\uXXXX escapes decoded, so "M\\u00fcller" reads "Müller"."""
    text = blob.decode("utf-8", errors="replace")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


async def leftovers(apps: Apps, subject: str) -> set[tuple[str, str]]:
    """(key, what) for every key holding one of A's values, or in A's subject slot."""
    rt = apps.runtime
    found: set[tuple[str, str]] = set()
    async for key in rt.redis.scan_iter(count=1000):
        name = as_str(key)
        if name.startswith(f"veil:{{s:main:{subject}}}"):
            found.add((name, "subject slot"))
        blobs = await _blobs(rt.redis, rt.inbound.store, key)
        if name.startswith("veil:{t:") and subject.encode() in blobs:
            found.add((name, "token record"))  # sealed under her data key: readable while it lives
        for blob in blobs:
            text = _readable(blob).casefold()
            found |= {(name, v) for v in VALUES if v.casefold() in text}
    return found


async def test_erasure_reaches_quarantine_queues_dead_letters_and_restores(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:
    notices: list[bytes] = []

    async def sink(request: web.Request) -> web.Response:
        notices.append(await request.read())
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/erasure/{sub}", sink)
    notice_server = await aiohttp_server(app)
    crm, down, late = await make_crm(), await make_crm(), await make_crm()
    down.fail = late.fail = True
    settings = _settings(redis7_url, tmp_path, crm, down, late, str(notice_server.make_url("/erasure")))
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    redis = apps.runtime.redis

    assert (await _post(public, json.dumps(_message("wamid.a1")).encode()))["stored"] == 1
    await wait_for(lambda: len(crm.received) == 1, what="the first subscriber's delivery")
    await wait_for(lambda: late.attempts >= 2 and down.attempts >= 1, what="failed attempts")
    letters: list[deadletters.Letter] = []
    for _ in range(150):  # crm3 fails past its max_age (1 s): its event becomes a dead letter
        letters = await deadletters.list_dead(redis, "crm3", settings.delivery.partitions)
        if letters:
            break
        await asyncio.sleep(0.05)
    [letter] = letters
    # quarantine: a truncated body (no alias), a number nobody owns, a number through another tenant's app
    whole = json.dumps(_message("wamid.a2")).encode()
    assert (await _post(public, whole[: whole.index(b'"timestamp"', whole.index(b"messages"))]))["quarantined"] == 1
    assert (await _post(public, json.dumps(_message("wamid.a3", waba="123", pnid="456")).encode()))["quarantined"] == 1
    acme_path = "/webhooks/whatsapp/acme"
    assert (await _post(public, json.dumps(_message("wamid.a4")).encode(), acme_path, "acme-app-secret"))[
        "quarantined"
    ] == 1

    alice = await login(admin, "alice", await bootstrap(apps))
    bob = await login(admin, "bob", await add_admin(apps, "bob"))
    backup = await admin.post("/admin/v1/backup", headers=alice)
    assert backup.status == 200
    blob = await backup.read()
    [found] = await apps.runtime.vault.reveal(
        "main", [crm.received[0].json()["entry"][0]["changes"][0]["value"]["contacts"][0]["wa_id"]]
    )
    subject = found.subject  # type: ignore[union-attr]
    # the access request: who received her data (when, which events), and what of hers is pending
    resp = await admin.post("/admin/v1/subjects/export", headers=alice, json={"subject": WA_ID, "tenant": "main"})
    assert resp.status == 200, await resp.text()
    doc = await resp.json()
    deliveries = {d["subscriber"]: d for d in doc["deliveries"]}
    assert set(deliveries) == {"crm", "crm2", "crm3"}
    [taken] = deliveries["crm"]["events"]
    assert taken["event_id"] == crm.received[0].event_id and taken["delivered_at_ms"] >= taken["queued_at_ms"]
    assert WA_ID not in deliveries["crm"]["tokens"] and len(deliveries["crm"]["tokens"]) >= 4
    assert [e["event_id"] for e in deliveries["crm2"]["events"]] == [taken["event_id"]]
    assert "delivered_at_ms" not in deliveries["crm2"]["events"][0]  # down: queued, never taken
    pending = sorted((p["store"], p["where"]) for p in doc["pending"])
    assert pending == [
        ("dead_letter", "crm3"),
        ("quarantine", "_unrouted"),
        ("quarantine", "_unrouted"),
        ("quarantine", "acme"),
        ("queued", "crm2"),
    ]
    assert all("update" not in p and "body" not in p for p in doc["pending"])  # metadata unless asked
    resp = await admin.post(
        "/admin/v1/subjects/export", headers=alice, json={"subject": WA_ID, "tenant": "main", "values": True}
    )
    with_values = (await resp.json())["pending"]
    assert all(NAME in p["update"] for p in with_values if p["store"] == "quarantine")
    assert all(p["body"] for p in with_values if p["store"] in ("queued", "dead_letter"))

    before = {what for _, what in await leftovers(apps, subject)}
    assert {NAME, EMAIL, IBAN, WA_ID, "subject slot", "token record"} <= before  # the scan sees what erasure removes

    resp = await admin.post("/admin/v1/subjects/erase", headers=alice, json={"subject": WA_ID, "tenant": "main"})
    assert resp.status == 200, await resp.text()
    receipt = await resp.json()
    assert await leftovers(apps, subject) == set()
    state = await (await admin.get(f"/admin/v1/erasures/{receipt['receipt']}", headers=alice)).json()
    assert state["sealed_updates_purged"] >= 3 and state["queued_events_purged"] == 2  # crm2's queue, crm3's letter

    # a tokeniser that keyed one of her updates just before the vault erased queues it now, after
    # both purges: it still never reaches a subscriber (the notice purges again before it is sent)
    late_event = {
        "e": "f" * 32,
        "b": json.dumps({"text": ADDRESS}).encode(),
        "f": "messages",
        "k": "message",
        "t": "text",
        "q": "0",
        "s": subject,
    }
    await redis.xadd(keyspace.delivery_stream("crm2", partition_of(subject, settings.delivery.partitions)), late_event)  # type: ignore[arg-type]
    await wait_for(lambda: len(notices) == 1, what="the erasure notice")
    assert json.loads(notices[0])["type"] == "veil.subject_erased"
    down.fail = False  # the subscriber that was down comes back: the notice, none of A's events
    await asyncio.sleep(0.5)
    assert down.received == []
    replay = await admin.post(f"/admin/v1/dlq/crm3/{letter.id}/replay", headers=alice)
    assert replay.status in (403, 404)

    backup_id = (await read_header(_Reader(blob).readline)).id
    req = await (
        await admin.post(
            "/admin/v1/approvals", headers=alice, json={"action": "restore", "params": {"backup_id": backup_id}}
        )
    ).json()
    assert (await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)).status == 200
    restored = await admin.post(f"/admin/v1/restore?approval={req['id']}", data=blob, headers=alice)
    assert restored.status == 200, await restored.text()
    assert (await restored.json())["reerased_subjects"] == 1
    assert await leftovers(apps, subject) == set()  # the delivery records (`sent`) did not come back either


class _Reader:
    def __init__(self, blob: bytes) -> None:
        self.lines = iter(blob.splitlines(keepends=True))

    async def readline(self) -> bytes:
        return next(self.lines)


async def test_an_erased_subject_is_never_created_again(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """A worker that resolved the subject just before the erasure mints afterwards: refused
    (it retries and resolves the aliases anew), and the erased id gets no record back."""
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    resp = await public.post(
        "/v1/tokenize",
        headers=bearer(CRM_KEY),
        json={"values": [{"value": "+39 347 111 2233", "entity": "PHONE_NUMBER"}]},
    )
    [wa] = (await resp.json())["tokens"]
    vault = apps.runtime.vault
    [found] = await vault.reveal("default", [wa])
    subject = found.subject  # type: ignore[union-attr]
    session = await login(admin, "alice", await bootstrap(apps))
    assert (await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": wa})).status == 200
    with pytest.raises(VaultError, match="erased"):
        await vault.tokenize("default", [TokenizeRequest("Anna Neri", "PERSON", subject)])
    assert not await apps.runtime.redis.exists(keyspace.subject_record("default", subject))
