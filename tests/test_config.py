"""Config: docs/design.md's shape accepted as written; broken files give exact errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.config import load_settings, parse_settings
from proxy.errors import ConfigError
from tests import helpers

DATA = helpers.DATA / "config"
ENV = {
    "VEIL_WA_APP_SECRET": "app-secret",
    "VEIL_WA_VERIFY_TOKEN": "verify",
    "VEIL_WA_ACCESS_TOKEN": "access",
    "VEIL_SUB_CRM_SECRET": "sub",
    "VEIL_SVC_CRM_KEY": "veil_sk_ab12cd34_0123456789abcdefghijklmnop",
    "VEIL_ACME_TOKEN": "acme",
    "VEIL_GLOBEX_TOKEN": "globex",
    "VEIL_GLOBEX_APP_SECRET": "g-secret",
    "VEIL_GLOBEX_VERIFY": "g-verify",
}


def test_design_shape_is_accepted_as_written() -> None:
    s = load_settings(DATA / "design.yaml", ENV)
    assert s.vault.url == "embedded" and s.vault.retention_days == 90
    assert s.services[0].use == ["PHONE_NUMBER", "WHATSAPP_USER_ID", "PERSON"]
    assert s.services[0].tenant == "default" and s.tenant_names() == ["default"]
    assert s.secret(s.whatsapp.app_secret_env) == "app-secret"
    assert s.secret(s.services[0].api_key_env) == ENV["VEIL_SVC_CRM_KEY"]


def test_tenants_block_and_long_use_form() -> None:
    s = load_settings(DATA / "tenants.yaml", ENV)
    assert s.tenant_names() == ["acme", "globex"]
    assert s.services[0].use == {"whatsapp": ["PHONE_NUMBER"], "routes": {"mailer": ["EMAIL_ADDRESS"]}}


def test_secrets_never_appear_in_repr_or_dump() -> None:
    s = load_settings(DATA / "design.yaml", ENV)
    assert "app-secret" not in repr(s)
    assert "app-secret" not in s.model_dump_json()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bad_entity.yaml", "services.0.reveal: entity name 'phone_number' must match [A-Z][A-Z0-9_]{1,40}"),
        ("unknown_key.yaml", "vault.retension_days: Extra inputs are not permitted"),
        ("bad_port.yaml", "listen.port: Input should be less than or equal to 65535"),
        ("unknown_tenant.yaml", "(top level): subscribers 'crm': unknown tenant 'nosuch'"),
        ("two_key_sources.yaml", "services.0: exactly one of api_key_env, api_key_file, api_key_sha256 is required"),
        ("not_yaml.yaml", "not_yaml.yaml: not valid YAML at line 2, column 6"),
        ("unset_env.yaml", "whatsapp.app_secret_env: environment variable VEIL_TEST_NEVER_SET_SECRET is not set"),
        ("bad_use_destination.yaml", "services.0.use"),
        ("subscriber_without_secret.yaml", "subscribers.0: subscriber 'crm': secret_env or secret_file is required"),
    ],
)
def test_broken_files_give_exact_errors(name: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(DATA / "broken" / name, ENV)
    assert any(expected in problem for problem in info.value.problems), info.value.problems


def test_scalar_env_override_applies_and_is_validated() -> None:
    s = parse_settings({}, ENV | {"VEIL_VAULT__URL": "redis://10.0.0.1:6380/2", "VEIL_LISTEN__PORT": "9000"})
    assert s.vault.url == "redis://10.0.0.1:6380/2" and s.listen.port == 9000
    with pytest.raises(ConfigError) as info:
        parse_settings({}, ENV | {"VEIL_LISTEN__PORT": "many"})
    assert info.value.problems[0].startswith("listen.port:")


def test_lists_cannot_be_overridden_from_env() -> None:
    raw = {"services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY"}]}
    with pytest.raises(ConfigError, match="only scalar settings"):
        parse_settings(raw, ENV | {"VEIL_SERVICES": "x", "VEIL_WHATSAPP__MEDIA_HOSTS": "evil"})


def test_missing_secret_value_is_named_not_echoed(tmp_path: Path) -> None:
    secret_file = tmp_path / "missing"
    raw = {"whatsapp": {"app_secret_env": None, "app_secret_file": str(secret_file)}}
    with pytest.raises(ConfigError) as info:
        parse_settings(raw, ENV)
    assert "whatsapp.app_secret_file: cannot read secret file" in info.value.problems[0]
    secret_file.write_text("s3cr3t-value\n")
    assert parse_settings(raw, ENV).secret(None, str(secret_file)) == "s3cr3t-value"


def test_shipped_default_config_is_valid() -> None:
    shipped = helpers.ROOT / "config" / "veil.yaml"
    s = load_settings(shipped, ENV)
    assert s.listen.host == "127.0.0.1" and s.services[0].reveal == []
