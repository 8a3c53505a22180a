"""`veil delivery status` against a live admin listener (real port, real Redis, a real CRM
that is down): refused without a session, then the backlog per subscriber as a table with
a header and as JSON, the failing subscriber marked, an unknown subscriber bad usage; and
the ingress backlog per tenant (sealed, the oldest's age, quarantined) below it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result
from pytest_aiohttp import AiohttpServer

from proxy.cli.main import cli
from proxy.detection.detector import Detector
from proxy.kv import keyspace
from proxy.server.app import create_apps
from tests.inbound.harness import FAST, Crm, Veil, settings_for, subscriber, text_message
from tests.server.access_kit import PASSWORD, access_settings, bootstrap
from tests.server.helpers import make_keys


async def test_delivery_status_shows_the_backlog_per_subscriber(
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
    aiohttp_server: AiohttpServer,
) -> None:
    down, fine = await make_crm(), await make_crm()
    down.fail = True
    settings = settings_for(
        redis7_url,
        tmp_path,
        [subscriber("crm", down.url), subscriber("crm2", fine.url)],
        delivery=FAST["delivery"] | {"failing_threshold_s": 1},
    )
    veil = await start_veil(settings)
    server = await aiohttp_server(veil.apps.admin)
    runner = CliRunner()
    env = {"XDG_CONFIG_HOME": str(tmp_path / "home"), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil_cli(*args: str) -> Result:
        return await asyncio.to_thread(runner.invoke, cli, list(args), env=env)

    assert (await veil_cli("delivery", "status")).exit_code == 3  # no session: refused
    totp = await bootstrap(veil.apps)
    login = await veil_cli("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", totp.code())
    assert login.exit_code == 0, login.output

    assert (await veil.post(text_message("wamid.cli1", "hello"))).status == 200
    body: dict[str, Any] = {}
    deadline = time.monotonic() + 15
    while True:
        result = await veil_cli("delivery", "status", "--format", "json")
        assert result.exit_code == 0, result.output
        body = json.loads(result.output)
        if body["subscribers"][0]["failing"]:
            break
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.1)
    crm, crm2 = body["subscribers"]
    assert (crm["subscriber"], crm["queued"], crm["dead_letters"]) == ("crm", 1, 0)
    assert crm["failing_since"] and crm["failing_s"] >= 1 and crm["oldest_age_s"] >= 1
    assert (crm2["subscriber"], crm2["queued"], crm2["failing"]) == ("crm2", 0, False)

    table = await veil_cli("delivery", "status")
    assert table.exit_code == 0, table.output
    header, first, second, note, blank, ingress_header, *ingress = table.output.splitlines()
    assert header.split() == [
        "SUBSCRIBER",
        "TENANT",
        "QUEUED",
        "OLDEST",
        "FAILING",
        "SINCE",
        "FAILING",
        "FOR",
        "DEAD",
        "LETTERS",
        "STATE",
    ]
    assert first.split()[:3] == ["crm", "default", "1"] and first.split()[-2:] == ["0", "FAILING"]
    assert crm["failing_since"] in first
    assert second.split() == ["crm2", "default", "0", "-", "-", "-", "0", "ok"]
    assert "1s" in note and "delivery.failing_threshold_s" in note
    assert blank == "" and ingress_header.split() == [
        "TENANT",
        "SEALED",
        "OLDEST",
        "OLDEST",
        "SEALED",
        "AT",
        "QUARANTINED",
    ]
    assert [line.split()[0] for line in ingress] == [i["tenant"] for i in body["ingress"]]

    one = await veil_cli("delivery", "status", "--subscriber", "crm2", "--format", "json")
    assert [s["subscriber"] for s in json.loads(one.output)["subscribers"]] == ["crm2"]
    unknown = await veil_cli("delivery", "status", "--subscriber", "nope")
    assert unknown.exit_code == 2 and "unknown_subscriber" in unknown.output


async def test_delivery_status_shows_the_ingress_backlog_per_tenant(
    redis7_url: str,
    tmp_path: Path,
    key_env: dict[str, str],
    aiohttp_server: AiohttpServer,
    detector: Detector,
) -> None:
    """Only the admin app runs (no tokeniser), so updates sealed 90 s ago stay sealed: what a
    stuck tokeniser looks like, every subscriber's queue empty."""
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process for a test that detects nothing
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.admin)
    runner = CliRunner()
    env = {"XDG_CONFIG_HOME": str(tmp_path / "home"), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil_cli(*args: str) -> Result:
        return await asyncio.to_thread(runner.invoke, cli, list(args), env=env)

    totp = await bootstrap(apps)
    login = await veil_cli("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", totp.code())
    assert login.exit_code == 0, login.output
    redis = apps.runtime.redis
    sealed_ms = int(time.time() * 1000) - 90_000
    await redis.xadd(keyspace.ingress_stream("acme", 0), {"e": "x", "c": b"sealed"}, id=f"{sealed_ms}-0")
    await redis.xadd(keyspace.ingress_stream("acme", 1), {"e": "y", "c": b"sealed"})
    await redis.xadd(keyspace.ingress_quarantine("default", 2), {"kind": "update", "c": b"s"})

    result = await veil_cli("delivery", "status")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index("")
    assert lines[at + 1].split() == ["TENANT", "SEALED", "OLDEST", "OLDEST", "SEALED", "AT", "QUARANTINED"]
    default, acme = (line.split() for line in lines[at + 2 :])
    assert default == ["default", "0", "-", "-", "1"]
    assert acme[:2] == ["acme", "2"] and acme[2] in ("1m30s", "1m31s", "1m32s") and acme[4] == "0"
    assert acme[3].startswith(time.strftime("%Y-%m-%dT%H:%M", time.gmtime(sealed_ms / 1000)))

    one = await veil_cli("delivery", "status", "--subscriber", "other", "--format", "json")
    assert [(i["tenant"], i["sealed"]) for i in json.loads(one.output)["ingress"]] == [("acme", 2)]
