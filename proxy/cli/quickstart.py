"""The quick start: `veil serve` with no config file.

It runs the embedded vault under `$XDG_DATA_HOME/veil`, generates the four keys once
into `$XDG_CONFIG_HOME/veil/keys` (0600 in a 0700 folder, refused inside the data
directory), and a demo tenant's secrets plus one demo service key into
`$XDG_CONFIG_HOME/veil/quickstart.env`, printed on first start only. Listeners stay
on loopback. Nothing here is a production setting: `veil serve --config` is.
"""

from __future__ import annotations

import os
import secrets
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proxy.access import generate_service_key
from proxy.config import Settings, parse_settings
from proxy.kv import socket_path
from proxy.vault import EnvFileProvider, ensure_key_file, load_keys, parse_key_file

DEMO_SECRETS = (
    "VEIL_WA_APP_SECRET",
    "VEIL_WA_VERIFY_TOKEN",
    "VEIL_WA_ACCESS_TOKEN",
    "VEIL_SUB_CRM_SECRET",
    "VEIL_SVC_CRM_KEY",
)

QUICKSTART_CONFIG: dict[str, Any] = {
    "vault": {"url": "embedded"},
    "subscribers": [{"name": "crm", "url": "http://127.0.0.1:9000/whatsapp", "secret_env": "VEIL_SUB_CRM_SECRET"}],
    "services": [
        {
            "name": "crm",
            "api_key_env": "VEIL_SVC_CRM_KEY",
            "use": ["PHONE_NUMBER", "WHATSAPP_USER_ID", "PERSON"],
            "reveal": [],
            "tokenize": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
        }
    ],
}


def xdg_dir(environ: Mapping[str, str], var: str, fallback: str) -> Path:
    base = environ.get(var) or str(Path(environ.get("HOME", "~")).expanduser() / fallback)
    return Path(base) / "veil"


def data_dir_for(environ: Mapping[str, str], configured: str | None) -> Path:
    return Path(configured).expanduser() if configured else xdg_dir(environ, "XDG_DATA_HOME", ".local/share")


@dataclass(frozen=True)
class QuickStart:
    settings: Settings
    key_texts: dict[str, str]
    key_file: Path
    data_dir: Path
    first_start: bool
    demo: dict[str, str]


def _demo_secrets(path: Path) -> tuple[dict[str, str], bool]:
    if path.exists():
        return parse_key_file(path), False
    values = {
        "VEIL_WA_APP_SECRET": secrets.token_hex(16),
        "VEIL_WA_VERIFY_TOKEN": secrets.token_urlsafe(16),
        "VEIL_WA_ACCESS_TOKEN": "demo-access-token-replace-me",
        "VEIL_SUB_CRM_SECRET": secrets.token_hex(16),
        "VEIL_SVC_CRM_KEY": generate_service_key(),
    }
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("# Veil quick-start demo secrets (not for production)\n")
        handle.writelines(f"{k}={v}\n" for k, v in values.items())
    return values, True


def prepare(environ: Mapping[str, str]) -> QuickStart:
    config_dir = xdg_dir(environ, "XDG_CONFIG_HOME", ".config")
    data_dir = data_dir_for(environ, None)
    key_file = config_dir / "keys"
    key_texts, created = ensure_key_file(key_file, data_dir)
    demo, _ = _demo_secrets(config_dir / "quickstart.env")
    env = dict(environ) | demo
    settings = parse_settings(QUICKSTART_CONFIG, env)
    return QuickStart(settings, key_texts, key_file, data_dir, created, demo)


def banner(qs: QuickStart) -> str:
    s = qs.settings
    lines = [
        "Veil quick start (embedded vault, demo tenant).",
        f"  keys:      {qs.key_file} (generated once; back it up apart from the data)",
        f"  data:      {qs.data_dir}",
        f"  public:    http://{s.listen.host}:{s.listen.port}  (webhooks at /webhooks/whatsapp)",
        f"  admin:     http://{s.admin.host}:{s.admin.port}",
        f"  metrics:   http://{s.metrics.host}:{s.metrics.port}/metrics",
    ]
    if s.vault.url == "embedded":
        redis_url = f"unix://{socket_path(qs.data_dir)}"
        public_key = load_keys(EnvFileProvider(qs.key_texts)).audit_public_key_b64()
        lines += [
            f"  redis:     {redis_url}  (embedded; admin commands beside this server use it)",
            f"  verify:    veil audit verify --public-key {public_key} --redis-url {shlex.quote(redis_url)}",
        ]
    if qs.first_start:
        lines.append("  demo secrets (shown once; kept in quickstart.env beside the keys):")
        lines += [f"    {name}={qs.demo[name]}" for name in DEMO_SECRETS]
    return "\n".join(lines)
