"""`veil admin bootstrap`, the one admin command that opens the vault itself: a name or a
password that does not fit is bad usage (exit 2), named without echoing the password."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from proxy.cli.main import cli
from tests.server.access_kit import ENV, PASSWORD


@pytest.mark.parametrize(("name", "password", "problem"), [
    ("Not A Name", PASSWORD, "name: must match"),
    ("alice", "short pw", "password: at least"),
])
def test_bootstrap_refuses_what_does_not_fit_as_bad_usage(
        name: str, password: str, problem: str, redis7_url: str, key_env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "veil.yaml"
    config.write_text(yaml.safe_dump({
        "vault": {"url": redis7_url}, "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY"}],
    }))
    result = CliRunner().invoke(cli, ["admin", "bootstrap", "--config", str(config), "--name", name,
                                      "--password", password], env=ENV | key_env)
    assert result.exit_code == 2, result.output
    assert problem in result.output and password not in result.output
