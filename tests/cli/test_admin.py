"""The `veil` admin commands against a live admin listener (real port, real Redis): bootstrap
once, login (0600 session), stats, erase, step-up with --code, backup and restore with a
second admin's approval, rotation, audit query, recognizer reload, and exit codes."""

from __future__ import annotations

import asyncio
import json
import re
import stat
import time
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.access.sessions import Actor, digest
from proxy.cli.main import cli
from proxy.detection.detector import Detector
from proxy.kv.keyspace import admin_session
from proxy.server.app import create_apps
from tests.server.access_kit import CRM_KEY, ENV, PASSWORD, Totp, add_admin, bearer
from tests.server.helpers import make_keys


def _config(path: Path, redis_url: str, tmp_path: Path) -> Path:
    raw: dict[str, Any] = {
        "vault": {"url": redis_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "services": [
            {
                "name": "crm",
                "api_key_env": "VEIL_SVC_CRM_KEY",
                "tokenize": ["*"],
                "identify": ["*"],
                "create_subjects": True,
                "reveal": ["*"],
            }
        ],
    }
    path.write_text(yaml.safe_dump(raw))
    return path


async def test_cli_admin_commands_against_a_live_server(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    detector: Detector,
    pii_values: Any,
) -> None:
    pii_values.add("+39 347 123 4567", "+44 7700 900123")
    config = _config(tmp_path / "veil.yaml", redis7_url, tmp_path)
    from proxy.config import load_settings

    settings = load_settings(config, ENV)
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.admin)
    public = await aiohttp_client(apps.public)
    runner = CliRunner()
    home = tmp_path / "home"
    env = {**ENV, **key_env, "XDG_CONFIG_HOME": str(home), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil(*args: str, input: str | None = None, extra: dict[str, str] | None = None) -> Result:
        return await asyncio.to_thread(runner.invoke, cli, list(args), env=env | (extra or {}), input=input)

    tokens = []
    for phone in ("+39 347 123 4567", "+44 7700 900123"):
        resp = await public.post(
            "/v1/tokenize", headers=bearer(CRM_KEY), json={"values": [{"value": phone, "entity": "PHONE_NUMBER"}]}
        )
        tokens += (await resp.json())["tokens"]

    assert (await veil("vault", "stats")).exit_code == 3  # no session yet: refused
    boot = await veil("admin", "bootstrap", "--config", str(config), "--name", "alice", "--password", PASSWORD)
    assert boot.exit_code == 0, boot.output
    totp = Totp(re.search(r"otpauth://\S+", boot.output)[0])  # type: ignore[index]
    again = await veil("admin", "bootstrap", "--config", str(config), "--name", "mallory", "--password", PASSWORD)
    assert again.exit_code == 3 and "already exists" in again.output

    login = await veil("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", totp.code())
    assert login.exit_code == 0, login.output
    session_file = home / "veil" / "session"
    assert stat.S_IMODE(session_file.stat().st_mode) == 0o600
    wrong = await veil(
        "admin",
        "login",
        "--name",
        "alice",
        "--password",
        "not the password",
        "--totp",
        "123456",
        extra={"VEIL_SESSION_FILE": str(tmp_path / "other")},
    )
    assert wrong.exit_code == 3

    stats = await veil("vault", "stats", "--tenant", "default", "--format", "json")
    assert stats.exit_code == 0 and json.loads(stats.output)["tenants"]["default"]["tokens"] == 2

    # age the step-up: erase then needs --code and succeeds with it
    key = admin_session(digest(json.loads(session_file.read_text())["token"]))
    state = json.loads(await apps.runtime.redis.get(key))
    await apps.runtime.redis.set(key, json.dumps(state | {"elevated_until": time.time() - 1}), keepttl=True)
    refused = await veil("vault", "erase", tokens[0], "--yes")
    assert refused.exit_code == 3 and "step-up" in refused.output
    erased = await veil("vault", "erase", tokens[0], "--yes", "--code", totp.code())
    assert erased.exit_code == 0, erased.output
    assert json.loads(erased.output)["tokens"] == 1
    revealed = await veil("vault", "reveal", tokens[1], "--purpose", "support-callback")  # stepped up just now
    assert revealed.exit_code == 0, revealed.output
    assert json.loads(revealed.output)["value"] == "+44 7700 900123"
    assert (await veil("vault", "reveal", tokens[0], "--purpose", "support-callback")).exit_code == 1  # erased: 404

    out = tmp_path / "vault.backup"
    backup = await veil("vault", "backup", "--out", str(out))
    assert backup.exit_code == 0, backup.output
    assert out.read_bytes().startswith(b"VEILBACKUP1\n") and stat.S_IMODE(out.stat().st_mode) == 0o600
    bob = await add_admin(apps, "bob")  # enrolled before the request, so it may approve it
    pending = await veil("vault", "restore", str(out))
    assert pending.exit_code == 3
    approval = re.search(r"approval requested: (\w+)", pending.output)[1]  # type: ignore[index]
    own = await veil("approvals", "approve", approval)
    assert own.exit_code == 3 and "same_admin" in own.output
    bob_env = {"VEIL_SESSION_FILE": str(tmp_path / "bob.session")}
    assert (
        await veil("admin", "login", "--name", "bob", "--password", PASSWORD, "--totp", bob.code(), extra=bob_env)
    ).exit_code == 0
    assert (await veil("approvals", "approve", approval, extra=bob_env)).exit_code == 0
    restored = await veil("vault", "restore", str(out), "--approval", approval, "--code", totp.code())
    assert restored.exit_code == 0, restored.output
    assert json.loads(restored.output[restored.output.index("{") :])["keys"] > 0
    again = await veil("vault", "restore", str(out))  # asked again, and refused this time
    second = re.search(r"approval requested: (\w+)", again.output)[1]  # type: ignore[index]
    refused = await veil("approvals", "refuse", second, extra=bob_env)
    assert refused.exit_code == 0 and json.loads(refused.output)["status"] == "refused", refused.output
    late = await veil("approvals", "approve", second, extra=bob_env)  # refused: deleted, so 404 (exit 1)
    assert late.exit_code == 1 and "approval_not_found" in late.output, late.output
    blocked = await veil("vault", "restore", str(out), "--approval", second, "--code", totp.code())
    assert blocked.exit_code == 3 and "approval_required" in blocked.output

    rotate = await veil("keys", "rotate")
    assert rotate.exit_code == 0, rotate.output
    query = await veil("audit", "query", "--action", "erase", "--json")
    assert query.exit_code == 0 and json.loads(query.output.splitlines()[0])["actor"] == "admin:alice"
    reload = await veil("recognizers", "reload")
    assert reload.exit_code == 0 and json.loads(reload.output)["ok"] is True
    assert (await veil("dlq", "list")).exit_code == 0
    planted = await veil("honey", "plant", "--tenant", "default")
    assert planted.exit_code == 0, planted.output
    decoy = json.loads(planted.output)
    listed = await veil("honey", "list", "--format", "json")
    assert listed.exit_code == 0 and set(json.loads(listed.output)["tokens"]) == set(decoy["tokens"])
    blocks = await veil("services", "blocks", "--format", "json")
    assert blocks.exit_code == 0 and json.loads(blocks.output) == {"blocks": []}
    bad = await veil("vault", "erase", "not-a-subject-at-all", "--yes")
    assert bad.exit_code == 1  # 404: nothing to erase
    assert (await veil("admin", "logout")).exit_code == 0
    assert (await veil("vault", "stats")).exit_code == 3


async def test_cli_admin_add_prints_an_enrolment_token_and_enrol_completes_it(
    aiohttp_server: AiohttpServer, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    config = _config(tmp_path / "veil.yaml", redis7_url, tmp_path)
    from proxy.config import load_settings

    apps = create_apps(load_settings(config, ENV), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.admin)
    runner = CliRunner()
    env = {**ENV, **key_env, "XDG_CONFIG_HOME": str(tmp_path / "home"), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil(*args: str, extra: dict[str, str] | None = None) -> Result:
        return await asyncio.to_thread(runner.invoke, cli, list(args), env=env | (extra or {}))

    alice = Totp((await apps.runtime.admins.bootstrap("alice", PASSWORD)).provisioning_uri)
    assert (
        await veil("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", alice.code())
    ).exit_code == 0
    added = await veil("admin", "add", "bob")
    assert added.exit_code == 0, added.output
    assert "otpauth" not in added.output and "veil admin enrol" in added.output  # the creator sees no seed
    token = re.search(r"veil_en_\S+", added.output)[0]  # type: ignore[index]
    assert f"/console/enrol#{token}\n" in added.output  # the console's enrolment link, token after "#"
    bob_env = {"VEIL_SESSION_FILE": str(tmp_path / "bob.session")}
    enrolled = await veil("admin", "enrol", "--token", token, "--password", PASSWORD, extra=bob_env)
    assert enrolled.exit_code == 0, enrolled.output
    bob = Totp(re.search(r"otpauth://\S+", enrolled.output)[0])  # type: ignore[index]
    assert bob.seed not in added.output
    again = await veil("admin", "enrol", "--token", token, "--password", PASSWORD, extra=bob_env)
    assert again.exit_code == 3  # once
    assert (
        await veil("admin", "login", "--name", "bob", "--password", PASSWORD, "--totp", bob.code(), extra=bob_env)
    ).exit_code == 0
    # a second admin now makes creating one four-eyes; approving it twice is a 409: exit 1, and
    # the CLI says the state moved, not that the caller was refused
    alone = await veil("admin", "add", "carol")
    assert alone.exit_code == 3 and "approval_required" in alone.output, alone.output
    approval = (
        await apps.runtime.approvals.request(
            "admin_create", {"name": "carol", "tenant": ""}, "", Actor("alice", "admin")
        )
    ).id
    approved = await veil("approvals", "approve", approval, "--code", bob.code(), extra=bob_env)
    assert approved.exit_code == 0, approved.output
    twice = await veil("approvals", "approve", approval, "--code", bob.code(), extra=bob_env)
    assert twice.exit_code == 1 and "approval_changed" in twice.output, twice.output
    assert "changed meanwhile and nothing was done" in twice.output and "veil approvals list" in twice.output
