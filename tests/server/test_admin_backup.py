"""Backup → erase → restore (four-eyes) re-applies the erasure ledger; a tampered backup is
refused; rotation then retirement (four-eyes) makes an older backup unreadable."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.detection.detector import Detector
from proxy.errors import BadRequest
from proxy.server.app import create_apps
from proxy.vault.backup import frames, read_header, write_backup
from tests.helpers import random_key
from tests.server.access_kit import CRM_KEY, access_settings, add_admin, bearer, bootstrap, login
from tests.server.helpers import make_keys

CRM = bearer(CRM_KEY)
PHONES = ("+39 347 123 4567", "+44 7700 900123")


async def _tokenize(public: Any, phone: str) -> list[str]:
    resp = await public.post("/v1/tokenize", headers=CRM, json={"values": [{"value": phone, "entity": "PHONE_NUMBER"}]})
    [wa] = (await resp.json())["tokens"]
    resp = await public.post(
        "/v1/tokenize",
        headers=CRM,
        json={"subject": wa, "values": [{"value": f"{phone}@example.com", "entity": "EMAIL_ADDRESS"}]},
    )
    return [wa, *(await resp.json())["tokens"]]


async def _reveal(public: Any, tokens: list[str]) -> list[str | None]:
    resp = await public.post("/v1/detokenize", headers=CRM, json={"tokens": tokens, "purpose": "billing"})
    body = await resp.json()
    assert resp.status == 200, body
    return [r.get("value") for r in body["results"]]


async def _approved(
    admin: Any, requester: dict[str, str], approver: dict[str, str], action: str, params: dict[str, str]
) -> str:
    req = await (
        await admin.post("/admin/v1/approvals", headers=requester, json={"action": action, "params": params})
    ).json()
    assert (await admin.post(f"/admin/v1/approvals/{req['id']}/approve", headers=approver)).status == 200
    return str(req["id"])


async def test_backup_erase_restore_keeps_the_subject_erased(
    aiohttp_client: AiohttpClient,
    redis_url: str,
    redis: Redis,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(*PHONES)
    apps = create_apps(access_settings(redis_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    maria, john = [await _tokenize(public, p) for p in PHONES]
    alice = await login(admin, "alice", await bootstrap(apps))
    bob = await login(admin, "bob", await add_admin(apps, "bob"))
    resp = await admin.post("/admin/v1/backup", headers=alice)
    assert resp.status == 200
    blob = await resp.read()
    assert blob.startswith(b"VEILBACKUP1\n") and PHONES[0].encode() not in blob
    for key in key_env.values():
        assert key.split(":")[-1].encode() not in blob  # never a key
    backup_id = (await read_header(_reader(blob).readline)).id
    assert (await admin.post("/admin/v1/subjects/erase", headers=alice, json={"subject": maria[0]})).status == 200

    refused = await admin.post("/admin/v1/restore", data=blob, headers=alice)
    assert refused.status == 403 and (await refused.json())["error"]["code"] == "approval_required"
    wrong = await _approved(admin, alice, bob, "restore", {"backup_id": "0000000000000000"})
    mismatch = await admin.post(f"/admin/v1/restore?approval={wrong}", data=blob, headers=alice)
    assert mismatch.status == 403 and (await mismatch.json())["error"]["code"] == "approval_mismatch"
    approval = await _approved(admin, alice, bob, "restore", {"backup_id": backup_id})
    assert await _counted(admin, alice) == (2, 1)  # john's two tokens; maria's erased
    # after the backup: one of john's tokens deleted (the restore brings it back)
    assert (await admin.delete(f"/admin/v1/tokens/{john[1]}", headers=alice)).status == 200
    assert await _counted(admin, alice) == (1, 1)
    assert await _reveal(public, john) == [PHONES[1], None]
    resp = await admin.post(f"/admin/v1/restore?approval={approval}", data=blob, headers=alice)
    assert resp.status == 200, await resp.text()
    report = await resp.json()
    assert report["backup_id"] == backup_id and report["keys"] > 0 and report["reerased_subjects"] == 1
    assert await _reveal(public, john) == [PHONES[1], f"{PHONES[1]}@example.com"]
    assert await _reveal(public, maria) == [None, None]  # erased after the backup: still erased
    assert await _counted(admin, alice) == (2, 1)  # the restore's keys are recounted
    used = await admin.post(f"/admin/v1/restore?approval={approval}", data=blob, headers=alice)
    assert used.status == 403
    audit = (tmp_path / "audit.jsonl").read_text()
    assert '"action":"restore","actor":"admin:alice+admin:bob"' in audit or '"actor":"admin:alice+admin:bob"' in audit


async def _counted(admin: Any, session: dict[str, str]) -> tuple[int, int]:
    """(tokens, subjects) as `GET /stats` answers them (the counts kept on write)."""
    body = await (await admin.get("/admin/v1/stats?tenant=default", headers=session)).json()
    return body["tenants"]["default"]["tokens"], body["tenants"]["default"]["subjects"]


class _reader:
    def __init__(self, blob: bytes) -> None:
        self.blob, self.pos = blob, 0

    async def readline(self) -> bytes:
        end = self.blob.index(b"\n", self.pos) + 1
        line, self.pos = self.blob[self.pos : end], end
        return line

    async def read(self, n: int) -> bytes:
        chunk, self.pos = self.blob[self.pos : self.pos + n], self.pos + n
        return chunk


async def test_tampered_or_truncated_backup_is_refused(redis: Redis, key_env: dict[str, str]) -> None:
    keys = make_keys(key_env)
    await redis.hset("veil:erased:default", "abc", "1")
    for i in range(1200):  # three frames
        await redis.set(f"veil:a:default:{i:04d}", "subject")
    chunks: list[bytes] = []

    async def emit(data: bytes) -> None:
        chunks.append(data)

    await write_backup(redis, keys.master, emit)
    blob = b"".join(chunks)
    reader = _reader(blob)
    header = await read_header(reader.readline)
    assert sum([len(f) async for f in frames(header, keys.master, reader.read)]) == 1201
    for bad in (
        blob[:-5],
        blob[: len(blob) // 2] + bytes([blob[len(blob) // 2] ^ 1]) + blob[len(blob) // 2 + 1 :],
        blob[: len(chunks[0])] + chunks[2] + chunks[1] + b"".join(chunks[3:]),
    ):
        reader = _reader(bad)
        header = await read_header(reader.readline)
        with pytest.raises(BadRequest) as refused:
            async for _ in frames(header, keys.master, reader.read):
                pass
        assert refused.value.code == "bad_backup"


async def test_retirement_makes_an_older_backup_unreadable(
    aiohttp_client: AiohttpClient,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add(*PHONES)
    first = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(first.public), await aiohttp_client(first.admin)
    maria = await _tokenize(public, PHONES[0])
    alice = await login(admin, "alice", await bootstrap(first))
    bob_totp = await add_admin(first, "bob")
    old_backup = await (await admin.post("/admin/v1/backup", headers=alice)).read()
    # v2 becomes active; v1 stays readable until it is retired
    rotated = dict(key_env, VEIL_MASTER_KEY=f"v2:{random_key()},{key_env['VEIL_MASTER_KEY']}")
    (tmp_path / "v2b").mkdir()
    third = create_apps(
        access_settings(redis7_url, tmp_path / "v2b"), make_keys(rotated), data_dir=tmp_path, detector=detector
    )
    public3 = await aiohttp_client(third.public)
    (tmp_path / "v2").mkdir()
    second = create_apps(
        access_settings(redis7_url, tmp_path / "v2"), make_keys(rotated), data_dir=tmp_path, detector=detector
    )
    public2, admin2 = await aiohttp_client(second.public), await aiohttp_client(second.admin)
    alice2 = alice  # sessions live in Redis: the same session works on the new worker
    more = [await _tokenize(public2, f"+39 347 000 00{i:02d}") for i in range(20)]
    stop = asyncio.Event()
    answers: list[list[str | None]] = []

    async def traffic() -> None:  # reveals on a v2 worker while the rotation runs on another
        while not stop.is_set():
            answers.append(await _reveal(public3, maria + more[len(answers) % 20]))

    runner = asyncio.create_task(traffic())
    resp = await admin2.post("/admin/v1/keys/rotate", headers=alice2)
    await asyncio.sleep(0.2)
    stop.set()
    await runner
    assert resp.status == 200, await resp.text()
    assert len(answers) > 4 and all(None not in a for a in answers)  # no failed reveal during rotation
    assert (await resp.json())["rewrapped"] >= 1 and (await resp.json())["admin_seeds_resealed"] == 2
    bob = await login(admin2, "bob", bob_totp)  # the re-sealed seed still yields bob's codes
    retire = await admin2.post("/admin/v1/keys/retire", headers=alice2, json={"version": 1})
    assert retire.status == 403 and (await retire.json())["error"]["code"] == "approval_required"
    approval = await _approved(admin2, alice2, bob, "key_retire", {"version": "1"})
    retire = await admin2.post("/admin/v1/keys/retire", headers=alice2, json={"version": 1, "approval": approval})
    assert retire.status == 200, await retire.text()
    assert await _reveal(public2, maria) == [PHONES[0], f"{PHONES[0]}@example.com"]  # served throughout
    header = await read_header(_reader(old_backup).readline)
    approval = await _approved(admin2, alice2, bob, "restore", {"backup_id": header.id})
    resp = await admin2.post(f"/admin/v1/restore?approval={approval}", data=old_backup, headers=alice2)
    assert resp.status == 400 and "retired" in (await resp.json())["error"]["message"]
    await asyncio.sleep(0)
