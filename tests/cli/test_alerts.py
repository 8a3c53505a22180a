"""`veil alerts list|ack` against a live admin listener (real port, real Redis): the open
alerts as a table and JSON, one acknowledged by its id, then listed apart with who."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from click.testing import CliRunner, Result
from pytest_aiohttp import AiohttpServer

from proxy.alerts import honey_alert
from proxy.cli.main import cli
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from tests.server.access_kit import PASSWORD, access_settings, bootstrap
from tests.server.helpers import make_keys


async def test_alerts_list_and_ack(
    redis7_url: str, tmp_path: Path, key_env: dict[str, str], aiohttp_server: AiohttpServer, detector: Detector
) -> None:
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process for a test that detects nothing
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.admin)
    runner = CliRunner()
    env = {"XDG_CONFIG_HOME": str(tmp_path / "home"), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil(*args: str) -> Result:
        return await asyncio.to_thread(runner.invoke, cli, list(args), env=env)

    totp = await bootstrap(apps)
    assert (
        await veil("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", totp.code())
    ).exit_code == 0
    apps.runtime.alerts.emit(honey_alert("crm", "default", "reveal", 1))
    await apps.runtime.alert_log.drain()

    listed = await veil("alerts", "list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    [alert] = json.loads(listed.output)["alerts"]
    table = (await veil("alerts", "list")).output.splitlines()
    assert table[0].split()[:3] == ["ID", "KIND", "SEVERITY"] and table[1].split()[:3] == [
        alert["id"],
        "honey_token",
        "error",
    ]
    assert table[2] == "" and table[4] == "(none)"  # nothing acknowledged yet

    acked = await veil("alerts", "ack", alert["id"])
    assert acked.exit_code == 0, acked.output
    assert json.loads(acked.output)["alert"]["acknowledged_by"] == "admin:alice"
    after = (await veil("alerts", "list")).output.splitlines()
    assert after[1] == "(none)" and after[3].split()[-2:] == ["BY", "AT"]
    assert after[4].split()[0] == alert["id"] and "admin:alice" in after[4]
    unknown = await veil("alerts", "ack", "0123456789abcdef")
    assert unknown.exit_code == 1 and "alert_not_found" in unknown.output
