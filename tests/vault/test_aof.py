"""After an erasure the append-only file is rewritten within the configured bound, and the
receipt says when: replaying the files of a redis-server started with `appendonly yes`
finds the subject's records (its wrapped data key, its token records) right after the
erasure, and nowhere once the rewrite is reported."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from proxy.alerts import Alert, AlertSink
from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from proxy.vault.aof import AofRewrite
from proxy.vault.tokens import tag_of_canonical
from tests.redis_servers import RedisProcess, debian_redis_server
from tests.server.access_kit import CRM_KEY, access_settings, bearer, bootstrap, login
from tests.server.helpers import make_keys

CRM = bearer(CRM_KEY)


@pytest.fixture
def aof_redis(tmp_path: Path) -> Iterator[RedisProcess]:
    """A redis-server keeping a plain-command AOF (no RDB preamble), so its files can be read."""
    server = RedisProcess(
        debian_redis_server(),
        workdir=str(tmp_path / "redis"),
        args=("--appendonly", "yes", "--aof-use-rdb-preamble", "no", "--appendfsync", "always"),
    )
    Path(server.workdir).mkdir()
    server.start()
    yield server
    server.stop()


def _commands(data: bytes) -> Iterator[list[bytes]]:
    """The commands of an AOF file (RESP arrays of bulk strings), in order."""
    pos = 0
    while pos < len(data):
        assert data[pos : pos + 1] == b"*", "not a plain-command AOF"
        end = data.index(b"\r\n", pos)
        count, pos = int(data[pos + 1 : end]), end + 2
        args = []
        for _ in range(count):
            end = data.index(b"\r\n", pos)
            size = int(data[pos + 1 : end])
            args.append(data[end + 2 : end + 2 + size])
            pos = end + 2 + size + 2
        yield args


def replay(workdir: str) -> list[list[bytes]]:
    """Every command the AOF holds, in the order Redis would replay them (its manifest's)."""
    folder = Path(workdir) / "appendonlydir"
    manifest = next(folder.glob("*.manifest")).read_text().splitlines()
    files = [line.split()[1] for line in manifest if line.startswith("file ")]
    return [cmd for name in files for cmd in _commands((folder / name).read_bytes())]


def _touches(commands: list[list[bytes]], keys: set[str]) -> set[str]:
    wanted = {k.encode() for k in keys}
    return {arg.decode() for cmd in commands if cmd[0].upper() != b"DEL" for arg in cmd[1:] if arg in wanted}


async def test_erasure_rewrites_the_append_only_file(
    aiohttp_client: AiohttpClient, aof_redis: RedisProcess, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    settings = access_settings(aof_redis.url, tmp_path, vault={"url": aof_redis.url, "aof_rewrite_after_s": 1})
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    public, admin = await aiohttp_client(apps.public), await aiohttp_client(apps.admin)
    resp = await public.post(
        "/v1/tokenize", headers=CRM, json={"values": [{"value": "+39 347 765 4321", "entity": "PHONE_NUMBER"}]}
    )
    [wa] = (await resp.json())["tokens"]
    resp = await public.post(
        "/v1/tokenize",
        headers=CRM,
        json={
            "subject": wa,
            "values": [
                {"value": "Carla Verdi", "entity": "PERSON"},
                {"value": "carla@example.com", "entity": "EMAIL_ADDRESS"},
            ],
        },
    )
    tokens = [wa, *(await resp.json())["tokens"]]
    [found] = await apps.runtime.vault.reveal("default", [wa])
    subject = found.subject  # type: ignore[union-attr]
    records = {keyspace.subject_record("default", subject)} | {
        keyspace.token_record("default", tag_of_canonical(t), t) for t in tokens
    }
    session = await login(admin, "alice", await bootstrap(apps))

    resp = await admin.post("/admin/v1/subjects/erase", headers=session, json={"subject": wa})
    assert resp.status == 200, await resp.text()
    receipt_id = (await resp.json())["receipt"]
    assert _touches(replay(aof_redis.workdir), records) == records  # replayed up to the erasure: all there
    receipt: dict[str, object] = {}
    for _ in range(150):
        receipt = await (await admin.get(f"/admin/v1/erasures/{receipt_id}", headers=session)).json()
        if "aof_rewrite" in receipt:
            break
        await asyncio.sleep(0.1)
    assert receipt["aof_rewrite"] == "done"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", receipt["aof_rewritten_at"])
    assert _touches(replay(aof_redis.workdir), records) == set()


async def test_a_refused_rewrite_is_failed_on_the_receipt_and_alerted(aof_redis: RedisProcess) -> None:
    """A Redis that will not rewrite (here an ACL user without BGREWRITEAOF, as on a managed
    service): the receipt says `failed`, an alert fires, and the rewrite is due again."""
    admin = Redis.from_url(aof_redis.url)
    await admin.execute_command("ACL", "SETUSER", "veil", "on", ">pw", "~*", "&*", "+@all", "-bgrewriteaof")
    veil = Redis.from_url(aof_redis.url, username="veil", password="pw")  # noqa: S106 - a test ACL user
    alerts: list[Alert] = []
    sink = AlertSink(CollectorRegistry())
    sink.add_channel("test", alerts.append)
    aof = AofRewrite(veil, 60, lambda: sink)
    try:
        await veil.hset(keyspace.erasure_receipt("era_test"), "tenant", "default")
        await aof.request("era_test")
        await veil.set(keyspace.aof_rewrite_due(), "0")  # due now
        assert await aof.run_due() == "failed"
        assert await veil.hget(keyspace.erasure_receipt("era_test"), "aof_rewrite") == b"failed"
        assert [(a.kind, a.detail["erasures"]) for a in alerts] == [("aof_rewrite_failed", 1)]
        assert await veil.sismember(keyspace.aof_rewrite_pending(), "era_test")  # still waiting for one
        assert float(await veil.get(keyspace.aof_rewrite_due()) or 0) > time.time() + 50
    finally:
        await veil.aclose()
        await admin.aclose()
