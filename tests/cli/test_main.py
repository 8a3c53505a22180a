"""The `veil` command as a user runs it: real processes, real ports, real files."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from proxy.cli.main import cli
from proxy.vault.key_material import parse_key_file
from tests import helpers
from tests.redis_servers import free_port

DATA = helpers.DATA / "config"
VEIL = [sys.executable, "-m", "proxy"]
DEMO_ENV = {
    "VEIL_WA_APP_SECRET": "a",
    "VEIL_WA_VERIFY_TOKEN": "b",
    "VEIL_WA_ACCESS_TOKEN": "c",
    "VEIL_SUB_CRM_SECRET": "d",
    "VEIL_SVC_CRM_KEY": "veil_sk_ab12cd34_0123456789abcdefghijklmnop",
}


def test_config_check_ok_and_exit_2_with_exact_errors() -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["config", "check", "--config", str(DATA / "design.yaml")], env=DEMO_ENV)
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(cli, ["config", "check", "--config", str(DATA / "broken" / "bad_entity.yaml")], env=DEMO_ENV)
    assert bad.exit_code == 2
    assert "services.0.reveal: entity name 'phone_number' must match" in bad.output
    missing = runner.invoke(
        cli, ["config", "check", "--config", str(DATA / "design.yaml")], env={k: "" for k in DEMO_ENV}
    )
    assert missing.exit_code == 2 and "VEIL_SVC_CRM_KEY is not set" in missing.output
    short = runner.invoke(
        cli,
        ["config", "check", "--config", str(DATA / "design.yaml")],
        env=DEMO_ENV | {"VEIL_SVC_CRM_KEY": "veil_sk_ab12cd34_short"},
    )
    assert short.exit_code == 2 and "malformed or too short" in short.output
    assert "veil_sk_ab12cd34_short" not in short.output
    unsigned = runner.invoke(
        cli, ["config", "check", "--config", str(DATA / "broken" / "subscriber_without_secret.yaml")], env=DEMO_ENV
    )
    assert unsigned.exit_code == 2 and "subscriber 'crm': secret_env or secret_file is required" in unsigned.output


def test_keys_generate_prints_all_four_and_the_public_key(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["keys", "generate"])
    assert out.exit_code == 0
    for name in ("VEIL_MASTER_KEY=v1:", "VEIL_TOKEN_KEY=v1:", "VEIL_AUDIT_KEY=", "VEIL_AUDIT_SIGNING_KEY="):
        assert name in out.output
    assert "audit public key" in out.output
    folder = tmp_path / "keys"
    out = runner.invoke(cli, ["keys", "generate", "--dir", str(folder)])
    assert out.exit_code == 0 and len(list(folder.iterdir())) == 4
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    again = runner.invoke(cli, ["keys", "generate", "--dir", str(folder)])
    assert again.exit_code == 2 and "refusing to overwrite" in again.output


def _get(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:  # noqa: S310 - loopback test URL
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _wait_ready(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else b""
            raise AssertionError(f"veil exited with {proc.returncode}: {err!r}")
        try:
            return _get(url)[0]
        except OSError:
            time.sleep(0.2)
    raise AssertionError("veil did not answer in time")


def _ports_env() -> dict[str, str]:
    return {
        "VEIL_LISTEN__PORT": str(free_port()),
        "VEIL_ADMIN__PORT": str(free_port()),
        "VEIL_METRICS__PORT": str(free_port()),
    }


def _stop(proc: subprocess.Popen[bytes]) -> bytes:
    """SIGTERM, then its stderr; a stop that hangs fails with what the worker said it waits on."""
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.communicate(timeout=30)[1]
    except subprocess.TimeoutExpired as exc:
        os.killpg(proc.pid, signal.SIGKILL)  # its detector workers too: they hold the pipes open
        proc.communicate()
        said = (exc.stderr or b"").decode(errors="replace").splitlines()
        raise AssertionError("veil did not stop in 30 s; its last lines:\n" + "\n".join(said[-8:])) from None


def test_quick_start_serves_on_embedded_defaults(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    } | _ports_env()
    proc = subprocess.Popen(
        [*VEIL, "serve"], env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True
    )
    try:
        assert _wait_ready(f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}/readyz", proc) == 200
        assert _get(f"http://127.0.0.1:{env['VEIL_ADMIN__PORT']}/readyz")[0] == 200
        key_file = tmp_path / "cfg" / "veil" / "keys"
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
        assert (tmp_path / "data" / "veil" / "appendonly.aof").exists()  # embedded Redis, AOF on
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    banner = err.decode()
    assert str(key_file) in banner and "VEIL_SVC_CRM_KEY=veil_sk_" in banner
    keys = parse_key_file(key_file)
    for value in keys.values():
        assert value not in banner  # keys are never printed, only their location
    # second start: same keys, demo secrets not printed again
    proc = subprocess.Popen(
        [*VEIL, "serve"], env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True
    )
    try:
        assert _wait_ready(f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}/readyz", proc) == 200
    finally:
        err = _stop(proc)
    assert parse_key_file(key_file) == keys and "VEIL_SVC_CRM_KEY=" not in err.decode()


def test_serve_with_config_refuses_missing_keys_naming_them(tmp_path: Path, redis7_url: str) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "VEIL_VAULT__URL": redis7_url} | DEMO_ENV
    result = subprocess.run(
        [*VEIL, "serve", "--config", str(DATA / "design.yaml")], env=env, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 2
    err = result.stderr.decode()
    for name in ("VEIL_MASTER_KEY", "VEIL_TOKEN_KEY", "VEIL_AUDIT_KEY", "VEIL_AUDIT_SIGNING_KEY"):
        assert name in err


def test_serve_with_a_redis_url_and_no_data_dir_keeps_an_audit_sink(
    tmp_path: Path, redis7_url: str, key_env: dict[str, str]
) -> None:
    """A config file's `redis://` vault and no `data_dir`: nothing creates the data directory
    (only embedded Redis does), yet the default sink lives there. Its folder is created 0700
    and the trail reaches it, instead of an `audit_failure` from the first checkpoint on.
    docs/design.md's config, English alone: the sink is under test, and six languages' models were
    most of the start this test waits for."""
    config = tmp_path / "veil.yaml"
    config.write_text((DATA / "design.yaml").read_text() + "detection: {languages: [en], default_language: en}\n")
    env = (
        {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "VEIL_VAULT__URL": redis7_url}
        | DEMO_ENV
        | key_env
        | _ports_env()
    )
    proc = subprocess.Popen(
        [*VEIL, "serve", "--config", str(config)],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert _wait_ready(f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}/readyz", proc) == 200
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    sink = tmp_path / ".local" / "share" / "veil" / "audit.jsonl"  # <$XDG_DATA_HOME/veil>/audit.jsonl
    assert stat.S_IMODE(sink.parent.stat().st_mode) == 0o700
    assert "checkpoint" in [json.loads(line)["type"] for line in sink.read_text().splitlines()]
    assert b"audit_failure" not in err and b"FileNotFoundError" not in err


def test_serve_refuses_a_key_file_inside_the_data_dir(tmp_path: Path, redis7_url: str, key_env: dict[str, str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    env = (
        {
            "PATH": os.environ["PATH"],
            "HOME": str(tmp_path),
            "VEIL_VAULT__URL": redis7_url,
            "VEIL_VAULT__DATA_DIR": str(data),
        }
        | DEMO_ENV
        | key_env
    )
    (data / "master").write_text(key_env["VEIL_MASTER_KEY"])
    env.pop("VEIL_MASTER_KEY")
    env["VEIL_MASTER_KEY_FILE"] = str(data / "master")
    result = subprocess.run(
        [*VEIL, "serve", "--config", str(DATA / "design.yaml")], env=env, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 2 and b"inside the vault data directory" in result.stderr


def test_serve_with_bad_config_exits_2_and_starts_nothing(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)} | DEMO_ENV
    result = subprocess.run(
        [*VEIL, "serve", "--config", str(DATA / "broken" / "unknown_key.yaml")],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and b"vault.retension_days" in result.stderr


@pytest.mark.parametrize(("prefix", "code"), [(390, 2), (440, 2), (351, 2), (289, 0), (280, 0)])
def test_digit_token_prefix_must_be_a_spare_calling_code(prefix: int, code: int, tmp_path: Path) -> None:
    cfg = tmp_path / "veil.yaml"
    cfg.write_text(f"vault: {{url: embedded, phone_token_prefix: {prefix}}}\n")
    out = CliRunner().invoke(cli, ["config", "check", "--config", str(cfg)], env=DEMO_ENV)
    assert out.exit_code == code, out.output
    if code:
        assert "assigned calling code" in out.output


def test_workers_share_the_listener_and_the_supervisor_owns_embedded_redis(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    } | _ports_env()
    log = (tmp_path / "veil.log").open("wb")  # a file, not a pipe nobody drains while we poll
    proc = subprocess.Popen([*VEIL, "serve", "--workers", "2"], env=env, stderr=log, stdout=log)
    base = f"http://127.0.0.1:{env['VEIL_LISTEN__PORT']}"
    try:
        assert _wait_ready(f"{base}/readyz", proc, seconds=120) == 200
        pids: set[int] = set()
        deadline = time.monotonic() + 60
        while len(pids) < 2 and time.monotonic() < deadline:
            try:
                status, body = _get(f"{base}/healthz")
            except OSError:  # a worker still warming its detector on a busy 2-core machine
                time.sleep(0.5)
                continue
            if status == 200:
                pids.add(int(body["pid"]))  # type: ignore[call-overload]
        assert len(pids) == 2 and proc.pid not in pids
        sockets = list((tmp_path / "data" / "veil").glob("*.settings"))
        assert sockets, "embedded redis settings registry missing"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        log.close()
    assert proc.returncode == 0, (tmp_path / "veil.log").read_text()[-2000:]
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_bad_places_value_stops_config_check_with_the_accepted_values(tmp_path: Path) -> None:
    """`detection.places` and `tenants[].places` are checked when the config is read (`serve` reads
    it the same way), not first when the detector starts."""
    cfg = tmp_path / "veil.yaml"
    cfg.write_text("vault: {url: embedded}\ndetection: {places: everything}\n")
    out = CliRunner().invoke(cli, ["config", "check", "--config", str(cfg)], env=DEMO_ENV)
    assert out.exit_code == 2, out.output
    assert 'detection: places must be "personal"' in out.output and '"all"' in out.output
    cfg.write_text("vault: {url: embedded}\ntenants: [{name: clinic, places: strict}]\n")
    out = CliRunner().invoke(cli, ["config", "check", "--config", str(cfg)], env=DEMO_ENV)
    assert out.exit_code == 2 and "tenants.0.places:" in out.output, out.output
    cfg.write_text("vault: {url: embedded}\ndetection: {places: all}\ntenants: [{name: clinic, places: personal}]\n")
    out = CliRunner().invoke(cli, ["config", "check", "--config", str(cfg)], env=DEMO_ENV)
    assert out.exit_code == 0, out.output
