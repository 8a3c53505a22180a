"""Over-HTTP helpers: settings, keys and the service key the server tests share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from proxy.config import Settings, parse_settings
from proxy.vault.key_material import EnvFileProvider, KeySet, load_keys

SERVICE_KEY = "veil_sk_crm0test_0123456789abcdefghijklmnopqrstuv"

BASE_ENV = {
    "VEIL_WA_APP_SECRET": "app-secret",
    "VEIL_WA_VERIFY_TOKEN": "verify-token",
    "VEIL_WA_ACCESS_TOKEN": "business-token",
    "VEIL_SUB_CRM_SECRET": "sub-secret",
    "VEIL_SVC_CRM_KEY": SERVICE_KEY,
}


def make_settings(redis_url: str, tmp_path: Path, **extra: Any) -> Settings:
    raw: dict[str, Any] = {
        "vault": {"url": redis_url},
        "audit": {"sink": str(tmp_path / "audit.jsonl")},
        "subscribers": [{"name": "crm", "url": "http://127.0.0.1:9/hook", "secret_env": "VEIL_SUB_CRM_SECRET"}],
        "services": [{"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"]}],
    } | extra
    return parse_settings(raw, BASE_ENV)


def make_keys(key_env: dict[str, str]) -> KeySet:
    return load_keys(EnvFileProvider(key_env))
