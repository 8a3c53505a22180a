"""`veil vault backup verify FILE`: a backup checked offline with the master key, as a
restore would read it; a truncated, altered, extended or foreign-key file is named as such."""

from __future__ import annotations

import asyncio
from pathlib import Path
from uuid import uuid4

import yaml
from click.testing import CliRunner, Result
from redis.asyncio import Redis

from proxy.cli.main import cli
from proxy.kv import keyspace
from proxy.vault import generate_key_texts, write_backup
from tests.server.access_kit import ENV
from tests.server.helpers import make_keys


async def test_a_backup_verifies_and_every_kind_of_damage_is_named(
    redis7_url: str, key_env: dict[str, str], tmp_path: Path
) -> None:
    redis = Redis.from_url(redis7_url)
    try:
        tenant = f"verify{uuid4().hex[:12]}"  # a tenant no other test uses: one key in the backup at least
        await redis.hset(keyspace.retention(tenant), "PHONE_NUMBER", "30")
        chunks: list[bytes] = []

        async def emit(chunk: bytes) -> None:
            chunks.append(chunk)

        header = await write_backup(redis, make_keys(key_env).master, emit)
    finally:
        await redis.delete(keyspace.retention(tenant))
        await redis.aclose()
    good = tmp_path / "vault.backup"
    good.write_bytes(b"".join(chunks))
    config = tmp_path / "veil.yaml"
    config.write_text(yaml.safe_dump({"vault": {"url": redis7_url}, "audit": {"sink": str(tmp_path / "a.jsonl")}}))

    async def verify(file: Path, keys: dict[str, str] = key_env) -> Result:
        args = ["vault", "backup", "verify", str(file), "--config", str(config)]
        return await asyncio.to_thread(CliRunner().invoke, cli, args, env=ENV | keys)

    ok = await verify(good)
    assert ok.exit_code == 0, ok.output
    assert f"backup {header.id}" in ok.stdout and "sealed under master key v1" in ok.stdout
    assert "ok: every frame opens" in ok.stdout

    raw = good.read_bytes()
    damaged = {
        "truncated": (raw[:-10], "does not open"),
        "no_last_frame": (raw[: raw.index(b"\n", len(b"VEILBACKUP1\n")) + 1], "truncated (no last frame)"),
        "flipped": (raw[:-1] + bytes([raw[-1] ^ 1]), "does not open"),
        "appended": (raw + b"x", "data after the last frame"),
        "not_a_backup": (b"hello\n", "not a Veil backup"),
    }
    for name, (data, why) in damaged.items():
        path = tmp_path / f"{name}.backup"
        path.write_bytes(data)
        result = await verify(path)
        assert result.exit_code == 1 and why in result.output, (name, result.output)

    other = dict(key_env, VEIL_MASTER_KEY=generate_key_texts()["VEIL_MASTER_KEY"])
    foreign = await verify(good, other)  # the same version number under another key: it does not open
    assert foreign.exit_code == 1 and "does not open" in foreign.output
    missing = await verify(good, {k: v for k, v in key_env.items() if k != "VEIL_MASTER_KEY"})
    assert missing.exit_code == 2 and "VEIL_MASTER_KEY" in missing.output
