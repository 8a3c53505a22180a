"""Admin authentication over real HTTP and Redis: the 401 guard, bootstrap once, login with
TOTP, replay refusal across workers, step-up, lockout, service accounts, four-eyes, and a
policy change reaching a second app instance without a restart."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.access.service_accounts import public_key_b64, sign_request
from proxy.access.sessions import digest
from proxy.detection.detector import Detector
from proxy.errors import PermissionDenied
from proxy.kv import keyspace
from proxy.server.app import Apps, create_apps
from tests.server.access_kit import CRM_KEY, PASSWORD, Totp, access_settings, add_admin, bearer, bootstrap, login
from tests.server.helpers import make_keys


async def _apps(
    aiohttp_client: AiohttpClient, url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> tuple[Apps, TestClient, TestClient]:
    apps = create_apps(access_settings(url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    admin = await aiohttp_client(apps.admin)
    public = await aiohttp_client(apps.public)
    return apps, admin, public


async def test_every_admin_path_answers_401_first(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    _, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    for method, path in [
        ("GET", "/admin/v1/stats"),
        ("GET", "/admin/v1/no-such-thing"),
        ("POST", "/admin/v1/subjects/erase"),
        ("POST", "/admin/v1/restore"),
        ("PUT", "/admin/v1/services/crm/policy"),
        ("GET", "/admin/v1"),
    ]:
        resp = await admin.request(method, path, headers={"Authorization": "Bearer veil_as_forged"})
        assert resp.status == 401, (method, path)
        assert (await admin.request(method, path)).status == 401
    assert (await admin.get("/healthz")).status == 200  # health stays open
    resp = await admin.post("/admin/v1/login", json={"name": "nobody", "password": "x", "code": "123456"})
    assert resp.status == 401 and "wrong name" in (await resp.json())["error"]["message"]


async def test_bootstrap_once_login_replay_and_lockout(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    second, admin2, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path / "w2", detector)
    totp = await bootstrap(apps)
    with pytest.raises(PermissionDenied, match="already exists"):
        await bootstrap(apps, "mallory")
    code = totp.code()
    ok = await admin.post("/admin/v1/login", json={"name": "alice", "password": PASSWORD, "code": code})
    assert ok.status == 200
    body = await ok.json()
    assert body["expires_in"] == 900 and body["elevated_for"] == 300 and body["token"].startswith("veil_as_")
    # the same code, on another worker sharing Redis: refused
    replay = await admin2.post("/admin/v1/login", json={"name": "alice", "password": PASSWORD, "code": code})
    assert replay.status == 401
    session = {"Authorization": f"Bearer {body['token']}"}
    assert (await admin2.get("/admin/v1/stats", headers=session)).status == 200
    # seeds are stored sealed, never in clear
    raw = await apps.runtime.redis.hget(keyspace.admins(), "alice")
    assert totp.seed.encode() not in raw and b"argon2id" in raw
    # five failures lock the account, even for the right password and a fresh code
    for _ in range(5):
        bad = await admin.post("/admin/v1/login", json={"name": "alice", "password": "wrong password!", "code": "1"})
        assert bad.status == 401
    locked = await admin.post("/admin/v1/login", json={"name": "alice", "password": PASSWORD, "code": totp.code()})
    assert locked.status == 401 and "locked" in (await locked.json())["error"]["message"]
    assert 0 < await apps.runtime.redis.ttl(keyspace.admin_failures("alice")) <= 900
    audit = (tmp_path / "audit.jsonl").read_text()
    assert '"action":"login"' in audit and '"outcome":"denied"' in audit
    del second


async def test_step_up_required_and_expiring(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    totp = await bootstrap(apps)
    session = await login(admin, "alice", totp)
    policy = {"reveal": ["PHONE_NUMBER"], "tokenize": ["PHONE_NUMBER"]}
    assert (await admin.put("/admin/v1/services/crm/policy", json=policy, headers=session)).status == 200
    # age the session's step-up past 5 minutes
    key = keyspace.admin_session(digest(session["Authorization"].split()[1]))
    state = json.loads(await apps.runtime.redis.get(key))
    await apps.runtime.redis.set(key, json.dumps(state | {"elevated_until": time.time() - 1}), keepttl=True)
    resp = await admin.put("/admin/v1/services/crm/policy", json=policy, headers=session)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "step_up_required"
    assert (await admin.get("/admin/v1/stats", headers=session)).status == 200  # reading needs no step-up
    bad = await admin.post("/admin/v1/session/step-up", json={"code": "000000"}, headers=session)
    assert bad.status == 401
    up = await admin.post("/admin/v1/session/step-up", json={"code": totp.code()}, headers=session)
    assert up.status == 200 and 290 <= (await up.json())["elevated_for"] <= 300
    assert (await admin.put("/admin/v1/services/crm/policy", json=policy, headers=session)).status == 200


async def test_policy_change_reaches_another_worker_without_restart(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, public = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    _, _, public2 = await _apps(aiohttp_client, redis7_url, key_env, tmp_path / "w2", detector)
    crm = bearer(CRM_KEY)
    resp = await public2.post(
        "/v1/tokenize", headers=crm, json={"values": [{"value": "+39 347 123 4567", "entity": "PHONE_NUMBER"}]}
    )
    [wa] = (await resp.json())["tokens"]

    async def reveal(client: TestClient) -> dict[str, str]:
        r = await client.post("/v1/detokenize", headers=crm, json={"tokens": [wa], "purpose": "billing"})
        return dict((await r.json())["results"][0])

    assert "value" in await reveal(public2)
    session = await login(admin, "alice", await bootstrap(apps))
    bad = await admin.put("/admin/v1/services/crm/policy", json={"reveal": ["lower"]}, headers=session)
    assert bad.status == 400 and (await bad.json())["error"]["code"] == "invalid_policy"
    empty = await admin.put("/admin/v1/services/crm/policy", headers=session)  # no body is not {} (a reset)
    assert empty.status == 400 and (await empty.json())["error"]["code"] == "invalid_policy"
    resp = await admin.put("/admin/v1/services/crm/policy", json={"mask": ["PHONE_NUMBER"]}, headers=session)
    assert resp.status == 200
    assert (await resp.json())["policy"]["reveal"] == []
    assert (await reveal(public))["value"].endswith("4567") and "347" not in (await reveal(public))["value"]
    for _ in range(50):  # the other worker polls once a second
        if (await reveal(public2)).get("value", "").startswith("+** ***"):
            break
        await asyncio.sleep(0.1)
    assert (await reveal(public2))["value"] == "+** *** *** 4567"
    listing = await (await admin.get("/admin/v1/services", headers=session)).json()
    assert {s["name"]: s["source"] for s in listing["services"]}["crm"] == "admin_api"
    assert '"action":"policy_change"' in (tmp_path / "audit.jsonl").read_text()


async def test_service_account_signatures(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    session = await login(admin, "alice", await bootstrap(apps))
    key = Ed25519PrivateKey.generate()
    resp = await admin.post(
        "/admin/v1/service-accounts",
        headers=session,
        json={"name": "nightly", "public_key": public_key_b64(key), "scopes": ["stats", "backup"]},
    )
    assert resp.status == 201, await resp.text()

    def signed(
        method: str, path: str, body: bytes = b"", *, signer: Ed25519PrivateKey = key, now: float | None = None
    ) -> dict[str, str]:
        return sign_request(signer, "nightly", method, path, body, now=now)

    good = signed("GET", "/admin/v1/stats?tenant=default")
    assert (await admin.get("/admin/v1/stats?tenant=default", headers=good)).status == 200
    assert (await admin.get("/admin/v1/stats?tenant=default", headers=good)).status == 401  # replayed
    other = Ed25519PrivateKey.generate()
    assert (await admin.get("/admin/v1/stats", headers=signed("GET", "/admin/v1/stats", signer=other))).status == 401
    stale = signed("GET", "/admin/v1/stats", now=time.time() - 600)
    assert (await admin.get("/admin/v1/stats", headers=stale)).status == 401
    tampered = signed("GET", "/admin/v1/stats?tenant=default")
    assert (await admin.get("/admin/v1/stats?tenant=acme", headers=tampered)).status == 401
    body = json.dumps({"tenant": "default", "subject": "+393471234567"}).encode()
    resp = await admin.post(
        "/admin/v1/subjects/erase",
        data=body,
        headers=signed("POST", "/admin/v1/subjects/erase", body) | {"Content-Type": "application/json"},
    )
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "scope_forbidden"
    audit = (tmp_path / "audit.jsonl").read_text()
    assert '"actor":"account:nightly"' in audit


async def test_four_eyes(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    alice = await login(admin, "alice", await bootstrap(apps))
    bob = await login(admin, "bob", await add_admin(apps, "bob"))
    carol = await login(admin, "carol", await add_admin(apps, "carol", tenant="acme"))
    resp = await admin.post("/admin/v1/subjects/export-bulk", json={"tenant": "default"}, headers=alice)
    assert resp.status == 403 and (await resp.json())["error"]["code"] == "approval_required"
    req = await (
        await admin.post("/admin/v1/approvals", headers=alice, json={"action": "bulk_export", "tenant": "default"})
    ).json()
    own = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=alice)
    assert own.status == 403 and (await own.json())["error"]["code"] == "same_admin"
    scoped = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=carol)
    assert scoped.status == 403 and (await scoped.json())["error"]["code"] == "tenant_forbidden"
    pending = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert pending.status == 403 and (await pending.json())["error"]["code"] == "approval_pending"
    assert (await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)).status == 200
    stolen = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=bob
    )
    assert stolen.status == 403  # only the requester executes
    done = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert done.status == 200 and json.loads((await done.read()).splitlines()[0]) == {
        "tenant": "default",
        "subjects": 0,
    }
    again = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert again.status == 403  # used once
    # a tenant-scoped admin sees and touches only its tenant
    assert (await admin.get("/admin/v1/stats?tenant=default", headers=carol)).status == 403
    stats = await (await admin.get("/admin/v1/stats", headers=carol)).json()
    assert list(stats["tenants"]) == ["acme"]
    assert (await admin.post("/admin/v1/keys/rotate", headers=carol)).status == 403


async def test_totp_replay_across_workers_sharing_redis(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector, aiohttp_client: AiohttpClient
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    _, admin2, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path / "w2", detector)
    totp: Totp = await bootstrap(apps)
    session = await login(admin, "alice", totp)
    code = totp.code()
    first, second = await asyncio.gather(
        admin.post("/admin/v1/session/step-up", json={"code": code}, headers=session),
        admin2.post("/admin/v1/session/step-up", json={"code": code}, headers=session),
    )
    assert sorted([first.status, second.status]) == [200, 401]
    redis = Redis.from_url(redis7_url)
    assert await redis.exists(keyspace.admin_failures("alice")) == 1  # the replay counted as a failure
    await redis.aclose()


async def test_refused_approval_can_no_longer_be_approved_or_used(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """A refusal deletes the request: approving or running it afterwards fails; a scoped admin
    cannot refuse another tenant's request; the requester may withdraw its own; all audited."""
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    alice = await login(admin, "alice", await bootstrap(apps))
    bob = await login(admin, "bob", await add_admin(apps, "bob"))
    carol = await login(admin, "carol", await add_admin(apps, "carol", tenant="acme"))
    ask = {"action": "bulk_export", "tenant": "default"}
    req = await (await admin.post("/admin/v1/approvals", headers=alice, json=ask)).json()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", req["created"])  # ISO 8601, as every time
    scoped = await admin.post(f"/admin/v1/approvals/{req['id']}/refuse", headers=carol)
    assert scoped.status == 403 and (await scoped.json())["error"]["code"] == "tenant_forbidden"
    refused = await admin.post(f"/admin/v1/approvals/{req['id']}/refuse", headers=bob)
    assert refused.status == 200, await refused.text()
    assert (await refused.json())["status"] == "refused" and (await refused.json())["refused_by"] == "admin:bob"
    listed = await (await admin.get("/admin/v1/approvals", headers=alice)).json()
    assert req["id"] not in [a["id"] for a in listed["approvals"]]
    late = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)
    assert late.status == 404 and (await late.json())["error"]["code"] == "approval_not_found"
    used = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert used.status == 403 and (await used.json())["error"]["code"] == "approval_required"
    twice = await admin.post(f"/admin/v1/approvals/{req['id']}/refuse", headers=bob)
    assert twice.status == 404 and (await twice.json())["error"]["code"] == "approval_not_found"
    # an approval given but not yet used can be refused too; the requester may withdraw its own
    given = await (await admin.post("/admin/v1/approvals", headers=alice, json=ask)).json()
    assert (await admin.post(f"/admin/v1/approvals/{given['id']}/approve", headers=bob)).status == 200
    assert (await admin.post(f"/admin/v1/approvals/{given['id']}/refuse", headers=alice)).status == 200
    gone = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": given["id"]}, headers=alice
    )
    assert gone.status == 403 and (await gone.json())["error"]["code"] == "approval_required"
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    refusals = [
        (e.get("actor"), e.get("outcome"), e.get("reason")) for e in audit if e.get("action") == "approval_refuse"
    ]
    assert refusals == [
        ("admin:carol", "denied", f"tenant_forbidden:{req['id']}"),
        ("admin:bob", "allowed", f"bulk_export:{req['id']}"),
        ("admin:bob", "denied", f"approval_not_found:{req['id']}"),
        ("admin:alice", "allowed", f"bulk_export:{given['id']}"),
    ]
    for verb in ("approve", "refuse"):  # an id that never existed: 404, as the document says
        unknown = await admin.post(f"/admin/v1/approvals/0123456789abcdef/{verb}", headers=bob)
        assert unknown.status == 404 and (await unknown.json())["error"]["code"] == "approval_not_found"


async def test_sock_puppet_admin_cannot_approve(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """Issue 19 item 2: Alice requests a bulk export, creates 'mallory' and approves as mallory."""
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    alice = await login(admin, "alice", await bootstrap(apps))
    req = await (
        await admin.post("/admin/v1/approvals", headers=alice, json={"action": "bulk_export", "tenant": "default"})
    ).json()
    # the creator cannot choose the new admin's password, and learns no seed
    chosen = await admin.post("/admin/v1/admins", headers=alice, json={"name": "mallory", "password": PASSWORD})
    assert chosen.status == 400 and (await chosen.json())["error"]["code"] == "enrolment_required"
    created = await admin.post("/admin/v1/admins", headers=alice, json={"name": "mallory"})
    assert created.status == 201, await created.text()
    body = await created.json()
    assert set(body) == {"name", "enrolled", "enrolment_token"} and body["enrolled"] is False
    assert "otpauth" not in await created.text() and "secret" not in await created.text()
    # not enrolled: no login, whatever the password
    nope = await admin.post("/admin/v1/login", json={"name": "mallory", "password": "", "code": "123456"})
    assert nope.status == 401
    # Alice holds the token and enrols mallory herself: mallory enrolled after the request
    enrolled = await admin.post("/admin/v1/enrol", json={"token": body["enrolment_token"], "password": PASSWORD})
    assert enrolled.status == 201
    again = await admin.post("/admin/v1/enrol", json={"token": body["enrolment_token"], "password": PASSWORD})
    assert again.status == 401  # the token works once
    mallory = await login(admin, "mallory", Totp((await enrolled.json())["provisioning_uri"]))
    refused = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=mallory)
    assert refused.status == 403 and (await refused.json())["error"]["code"] == "approver_too_new"
    export = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert export.status == 403 and (await export.json())["error"]["code"] == "approval_pending"
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert any(
        e.get("action") == "approval_give"
        and e.get("outcome") == "denied"
        and "approver_too_new" in e.get("reason", "")
        and e.get("actor") == "admin:mallory"
        for e in audit
    )
    assert any(e.get("action") == "admin_enrol" and e.get("outcome") == "allowed" for e in audit)


async def test_admin_enrolled_before_the_request_approves(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    alice = await login(admin, "alice", await bootstrap(apps))
    created = await admin.post("/admin/v1/admins", headers=alice, json={"name": "bob"})
    assert created.status == 201, await created.text()
    seen_by_alice = await created.text()
    token = (await created.json())["enrolment_token"]
    # bob, and only bob, gets his provisioning URI
    enrolled = await admin.post("/admin/v1/enrol", json={"token": token, "password": PASSWORD})
    assert enrolled.status == 201
    bob_totp = Totp((await enrolled.json())["provisioning_uri"])
    assert bob_totp.seed not in seen_by_alice
    listing = await (await admin.get("/admin/v1/admins", headers=alice)).json()
    assert {a["name"]: a["enrolled"] for a in listing["admins"]} == {"alice": True, "bob": True}
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["created"]) for a in listing["admins"])
    raw = await apps.runtime.redis.hget(keyspace.admins(), "bob")
    assert bob_totp.seed.encode() not in raw and token.encode() not in raw
    bob = await login(admin, "bob", bob_totp)
    req = await (
        await admin.post("/admin/v1/approvals", headers=alice, json={"action": "bulk_export", "tenant": "default"})
    ).json()
    assert (await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)).status == 200
    done = await admin.post(
        "/admin/v1/subjects/export-bulk", json={"tenant": "default", "approval": req["id"]}, headers=alice
    )
    assert done.status == 200


def _alerts(apps: Apps, kind: str) -> float:
    lines = apps.runtime.metrics.render().decode().splitlines()
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith(f'veil_alerts_total{{kind="{kind}"'))


async def test_creating_an_admin_is_four_eyes_once_two_admins_exist(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """With Bob enrolled, Alice cannot create 'mallory' alone; with Bob's approval she can,
    but mallory enrols only with Alice's token joined to Bob's half: neither alone."""
    apps, admin, _ = await _apps(aiohttp_client, redis7_url, key_env, tmp_path, detector)
    alice = await login(admin, "alice", await bootstrap(apps))
    created = await admin.post("/admin/v1/admins", headers=alice, json={"name": "bob"})  # the only admin: alone
    assert created.status == 201
    assert _alerts(apps, "admin_change") == 1  # created (not four-eyes)
    enrolled = await admin.post(
        "/admin/v1/enrol", json={"token": (await created.json())["enrolment_token"], "password": PASSWORD}
    )
    bob = await login(admin, "bob", Totp((await enrolled.json())["provisioning_uri"]))
    assert _alerts(apps, "admin_change") == 2  # enrolled

    alone = await admin.post("/admin/v1/admins", headers=alice, json={"name": "mallory"})
    assert alone.status == 403 and (await alone.json())["error"]["code"] == "approval_required"
    assert await apps.runtime.admins.get("mallory") is None
    req = await (
        await admin.post(
            "/admin/v1/approvals",
            headers=alice,
            json={"action": "admin_create", "params": {"name": "mallory", "tenant": ""}},
        )
    ).json()
    own = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=alice)
    assert own.status == 403 and (await own.json())["error"]["code"] == "same_admin"
    approved = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)
    assert approved.status == 200
    half = (await approved.json())["enrolment_half"]
    twice = await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=bob)  # the half went out once
    assert twice.status == 409 and (await twice.json())["error"]["code"] == "approval_changed"
    assert half not in await twice.text()
    wrong = await admin.post("/admin/v1/admins", headers=alice, json={"name": "eve", "approval": req["id"]})
    assert wrong.status == 403 and (await wrong.json())["error"]["code"] == "approval_mismatch"
    created = await admin.post("/admin/v1/admins", headers=alice, json={"name": "mallory", "approval": req["id"]})
    assert created.status == 201, await created.text()
    token = (await created.json())["enrolment_token"]
    assert half not in await created.text()
    # Alice's token alone, or with a made-up half, enrols nobody (and does not burn the token)
    for attempt in (token, token + ".not-the-half"):
        nope = await admin.post("/admin/v1/enrol", json={"token": attempt, "password": PASSWORD})
        assert nope.status == 401
    assert (await apps.runtime.admins.get("mallory")).enrolled is False  # type: ignore[union-attr]
    done = await admin.post("/admin/v1/enrol", json={"token": f"{token}.{half}", "password": PASSWORD})
    assert done.status == 201 and (await done.json())["name"] == "mallory"
    # the approval was used once
    again = await admin.post("/admin/v1/admins", headers=alice, json={"name": "mallory2", "approval": req["id"]})
    assert again.status == 403
    assert _alerts(apps, "admin_change") == 4  # mallory created (four-eyes) and enrolled
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert any(
        e.get("action") == "admin_create"
        and e.get("outcome") == "denied"
        and e.get("reason", "").startswith("approval_required")
        for e in audit
    )
