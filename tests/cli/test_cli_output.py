"""What `veil` prints against a live admin listener: tables with headers by default, the API's
JSON with `--format json`, ISO 8601 times, an erasure receipt, step-up codes piped on stdin
or in VEIL_STEP_UP_CODE, and every problem of a refused recognizers reload."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import time
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result
from pytest_aiohttp import AiohttpClient, AiohttpServer

from proxy.access.sessions import digest
from proxy.cli.main import cli
from proxy.config import load_settings
from proxy.detection import DetectionSettings, InlineDetector
from proxy.kv.keyspace import admin_session
from proxy.server.app import create_apps
from tests import helpers
from tests.server.access_kit import CRM_KEY, ENV, PASSWORD, Totp, bearer
from tests.server.helpers import make_keys

ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


async def test_listings_receipts_step_up_and_reload_problems(
    aiohttp_client: AiohttpClient,
    aiohttp_server: AiohttpServer,
    redis7_url: str,
    key_env: dict[str, str],
    tmp_path: Path,
    pii_values: Any,
) -> None:
    pii_values.add("+39 347 123 4567")
    recognizers = tmp_path / "recognizers.yaml"
    shutil.copy(helpers.DATA / "recognizers" / "good_extra.yaml", recognizers)
    detector = InlineDetector(
        DetectionSettings.model_validate(
            {"languages": ["en"], "default_language": "en", "recognizers_file": str(recognizers)}
        )
    )
    config = tmp_path / "veil.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "vault": {"url": redis7_url},
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
        )
    )
    apps = create_apps(load_settings(config, ENV), make_keys(key_env), data_dir=tmp_path, detector=detector)
    server = await aiohttp_server(apps.admin)
    public = await aiohttp_client(apps.public)
    env = {**ENV, **key_env, "XDG_CONFIG_HOME": str(tmp_path / "home"), "VEIL_ADMIN_URL": str(server.make_url(""))}

    async def veil(*args: str, input: str | None = None, extra: dict[str, str] | None = None) -> Result:
        return await asyncio.to_thread(CliRunner().invoke, cli, list(args), env=env | (extra or {}), input=input)

    async def age_step_up() -> None:
        session = json.loads((tmp_path / "home" / "veil" / "session").read_text())
        key = admin_session(digest(session["token"]))
        state = json.loads(await apps.runtime.redis.get(key))
        await apps.runtime.redis.set(key, json.dumps(state | {"elevated_until": time.time() - 1}), keepttl=True)

    resp = await public.post(
        "/v1/tokenize",
        headers=bearer(CRM_KEY),
        json={"values": [{"value": "+39 347 123 4567", "entity": "PHONE_NUMBER"}]},
    )
    [token] = (await resp.json())["tokens"]
    alice = Totp((await apps.runtime.admins.bootstrap("alice", PASSWORD)).provisioning_uri)
    assert (
        await veil("admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", alice.code())
    ).exit_code == 0

    stats = await veil("vault", "stats")
    assert stats.exit_code == 0, stats.output
    header, row = stats.stdout.splitlines()[:2]
    assert header.split()[:3] == ["TENANT", "TOKENS", "SUBJECTS"] and row.split()[:2] == ["default", "1"]
    assert "PHONE_NUMBER=1" in row
    as_json = await veil("vault", "stats", "--format", "json")
    assert json.loads(as_json.stdout)["tenants"]["default"]["tokens"] == 1
    services = await veil("services", "list")
    assert services.stdout.splitlines()[0].split()[:4] == ["SERVICE", "TENANT", "POLICY", "FROM"]
    assert services.stdout.splitlines()[1].split()[:3] == ["crm", "default", "config"]
    for listing, first in (
        (("approvals", "list"), "ID"),
        (("dlq", "list"), "SUBSCRIBER"),
        (("dlq", "list", "--quarantine", "default"), "TENANT"),
        (("honey", "list"), "TENANT"),
        (("services", "blocks"), "SERVICE"),
    ):
        shown = await veil(*listing)
        assert shown.exit_code == 0, shown.output
        assert shown.stdout.splitlines()[0].split()[0] == first and shown.stdout.splitlines()[-1] == "(none)"
        assert isinstance(json.loads((await veil(*listing, "--format", "json")).stdout), dict)

    await age_step_up()  # the code comes on piped stdin (a script: `oathtool … | veil vault erase`)
    erased = await veil("vault", "erase", token, "--yes", input=alice.code() + "\n")
    assert erased.exit_code == 0, erased.output
    body = json.loads(erased.stdout[erased.stdout.index("{") :])
    assert re.fullmatch(ISO, body["erased_at"])  # ISO 8601, as the erasure notice writes it
    receipt = await veil("vault", "receipt", body["receipt"])
    assert receipt.exit_code == 0, receipt.output
    assert re.search(rf"^erased at\s+{body['erased_at']}$", receipt.stdout, re.M)
    assert re.search(r"^by\s+admin:alice$", receipt.stdout, re.M) and "SUBSCRIBER" in receipt.stdout
    shown = json.loads((await veil("vault", "receipt", body["receipt"], "--format", "json")).stdout)
    assert shown["erased_at"] == body["erased_at"] and shown["tokens"] == 1
    missing = await veil("vault", "receipt", "era_00000000000000000000")
    assert missing.exit_code == 1 and "no_such_receipt" in missing.output

    audit = await veil("audit", "query", "--action", "erase")
    lines = audit.stdout.splitlines()
    assert lines[0].split()[:4] == ["TIME", "ACTOR", "ACTION", "OUTCOME"]
    assert re.match(r"\d{4}-\d\d-\d\dT", lines[1]) and "admin:alice" in lines[1]

    shutil.copy(helpers.DATA / "recognizers" / "bad_regex.yaml", recognizers)
    await age_step_up()  # the code from the environment this time
    reload = await veil("recognizers", "reload", extra={"VEIL_STEP_UP_CODE": alice.code()})
    assert reload.exit_code == 1, reload.output
    problems = [line for line in reload.stderr.splitlines() if "recognizers[0]" in line]
    assert problems and "CouponRecognizer" in problems[0]  # the problem itself, not only "http_422"
    assert "problem(s), listed above" in reload.stderr
