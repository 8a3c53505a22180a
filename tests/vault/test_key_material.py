"""Key material: keyrings, missing keys named, the quick-start key file's custody."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from proxy.errors import KeyMaterialError
from proxy.vault.key_material import EnvFileProvider, ensure_key_file, load_keys, parse_keyring

K1 = base64.b64encode(b"\x01" * 32).decode()
K2 = base64.b64encode(b"\x02" * 32).decode()


def test_keyring_versions_first_active() -> None:
    ring = parse_keyring("VEIL_MASTER_KEY", f"v3:{K2},v2:{K1}")
    assert ring.active_version == 3 and ring.get(2) == b"\x01" * 32
    assert parse_keyring("VEIL_MASTER_KEY", K1).active_version == 1  # no prefix = v1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("notbase64!!", "not valid base64"),
        (base64.b64encode(b"short").decode(), "must be base64 of 32 bytes, got 5"),
        (f"v1:{K1},v1:{K2}", "version v1 appears twice"),
    ],
)
def test_bad_keyrings(text: str, message: str) -> None:
    with pytest.raises(KeyMaterialError, match=message):
        parse_keyring("VEIL_MASTER_KEY", text)


def test_missing_keys_are_all_named(key_env: dict[str, str]) -> None:
    env = {k: v for k, v in key_env.items() if k not in ("VEIL_TOKEN_KEY", "VEIL_AUDIT_KEY")}
    with pytest.raises(KeyMaterialError) as info:
        load_keys(EnvFileProvider(env))
    assert "VEIL_TOKEN_KEY" in str(info.value) and "VEIL_AUDIT_KEY" in str(info.value)
    assert key_env["VEIL_MASTER_KEY"] not in str(info.value)


def test_keys_from_files(tmp_path: Path, key_env: dict[str, str]) -> None:
    env = {}
    for name, value in key_env.items():
        (tmp_path / name).write_text(value + "\n")
        env[f"{name}_FILE"] = str(tmp_path / name)
    keys = load_keys(EnvFileProvider(env))
    assert keys.master.active_version == 1
    assert K1 not in repr(keys) and "master=v1" in repr(keys)


def test_quickstart_key_file_is_private_and_stable(tmp_path: Path) -> None:
    key_file, data_dir = tmp_path / "config" / "veil" / "keys", tmp_path / "data"
    texts, created = ensure_key_file(key_file, data_dir)
    assert created and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    again, created_again = ensure_key_file(key_file, data_dir)
    assert not created_again and again == texts
    load_keys(EnvFileProvider(texts))


def test_key_file_inside_data_dir_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyMaterialError, match="inside the vault data directory"):
        ensure_key_file(tmp_path / "data" / "keys", tmp_path / "data")


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "keys"
    ensure_key_file(key_file, tmp_path / "data")
    os.chmod(key_file, 0o644)
    with pytest.raises(KeyMaterialError, match="readable by others"):
        ensure_key_file(key_file, tmp_path / "data")
