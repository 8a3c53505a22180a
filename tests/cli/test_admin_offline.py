"""`veil admin bootstrap`, the one admin command that opens the vault itself: a name or a
password that does not fit is bad usage (exit 2), named without echoing the password; run
beside a running quick start it uses that server's embedded Redis and leaves it running."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from proxy.cli.main import cli
from tests.processes import http_status, quick_start_env, start_quick_start, stop, wait_for_status
from tests.server.access_kit import ENV, PASSWORD, Totp


@pytest.mark.parametrize(
    ("name", "password", "problem"),
    [
        ("Not A Name", PASSWORD, "name: must match"),
        ("alice", "short pw", "password: at least"),
    ],
)
def test_bootstrap_refuses_what_does_not_fit_as_bad_usage(
    name: str, password: str, problem: str, redis7_url: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "veil.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "vault": {"url": redis7_url},
                "audit": {"sink": str(tmp_path / "audit.jsonl")},
                "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY"}],
            }
        )
    )
    result = CliRunner().invoke(
        cli, ["admin", "bootstrap", "--config", str(config), "--name", name, "--password", password], env=ENV | key_env
    )
    assert result.exit_code == 2, result.output
    assert problem in result.output and password not in result.output


@pytest.fixture
def home() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="veil-home-") as folder:
        yield Path(folder)


def test_bootstrap_beside_a_running_quick_start_leaves_its_redis_running(home: Path) -> None:
    """The server keeps its Redis (ready, and the new admin can log in to it); the banner's
    `audit verify` command works as printed; a second `veil serve` on the same data
    directory is refused, naming the one that runs."""
    env = quick_start_env(home)
    log = home / "veil.log"
    proc = start_quick_start(env, log)
    public = f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}"
    admin = f"http://127.0.0.1:{env['VEIL_ADMIN__PORT']}"
    try:
        wait_for_status(f"{public}/readyz", 200, proc, log)
        veil = [sys.executable, "-m", "proxy"]
        client_env = env | {"VEIL_ADMIN_URL": admin}
        boot = subprocess.run(
            [*veil, "admin", "bootstrap", "--name", "alice", "--password", PASSWORD],
            env=client_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert boot.returncode == 0, boot.stderr
        assert http_status(f"{public}/readyz") == 200
        assert http_status(f"{admin}/readyz") == 200
        totp = Totp(re.search(r"otpauth://\S+", boot.stdout)[0])  # type: ignore[index]
        login = subprocess.run(
            [*veil, "admin", "login", "--name", "alice", "--password", PASSWORD, "--totp", totp.code()],
            env=client_env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert login.returncode == 0, login.stderr
        printed = next(line for line in log.read_text().splitlines() if line.strip().startswith("verify:"))
        verify = subprocess.run(
            [*veil, *shlex.split(printed.split(":", 1)[1])[1:]],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert verify.returncode == 0, verify.stdout + verify.stderr  # the banner's command, as printed
        second = subprocess.run(
            [*veil, "serve"],
            env=quick_start_env(home) | {"HOME": env["HOME"]},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert second.returncode == 1 and "in use by `veil serve`" in second.stderr, second.stderr
        assert http_status(f"{public}/readyz") == 200
    finally:
        code = stop(proc)
    assert code == 0, log.read_text()[-2000:]
