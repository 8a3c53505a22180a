"""The quick start's banner: where the embedded Redis listens, and the one-line
`veil audit verify` for this install (its public key, its socket), ready to paste."""

from __future__ import annotations

import shlex
from pathlib import Path

from proxy.cli import quickstart
from proxy.kv import socket_path
from proxy.vault import EnvFileProvider, load_keys


def test_banner_prints_the_redis_socket_and_the_audit_verify_command(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    qs = quickstart.prepare(env)
    text = quickstart.banner(qs)
    url = f"unix://{socket_path(tmp_path / 'data' / 'veil')}"
    public_key = load_keys(EnvFileProvider(qs.key_texts)).audit_public_key_b64()
    assert f"redis:     {url}" in text
    verify = next(line for line in text.splitlines() if line.strip().startswith("verify:"))
    assert shlex.split(verify.split(":", 1)[1]) == [
        "veil",
        "audit",
        "verify",
        "--public-key",
        public_key,
        "--redis-url",
        url,
    ]
    for value in qs.key_texts.values():
        assert value not in text  # the public key only, never a key
