"""Key material: the four Veil keys, where they come from, and the quick-start key file.

Keys come from the environment (`VEIL_MASTER_KEY`, …) or files (`VEIL_MASTER_KEY_FILE`,
…) through a `KeyProvider`, so a KMS or Vault Transit provider can follow without
touching the vault. The master and token keys are keyrings `v3:<b64>,v2:<b64>` (the
first is active; a key without `vN:` is version 1). Nothing here logs or prints a key
except `format_key_file()`, which writes the quick-start file the user asked for.

The quick-start file lives in `$XDG_CONFIG_HOME/veil/keys` (folder 0700, file 0600)
and is refused inside the vault's data directory: a copy of the data directory must
never carry the keys that decrypt it.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from proxy.errors import KeyMaterialError
from proxy.vault.crypto import KEY_BYTES, check_value, random_key

KEY_NAMES = ("VEIL_MASTER_KEY", "VEIL_TOKEN_KEY", "VEIL_AUDIT_KEY", "VEIL_AUDIT_SIGNING_KEY")
_VERSIONED = re.compile(r"^v(\d{1,6}):(.+)$")


@dataclass(frozen=True, slots=True)
class Keyring:
    """Versioned keys, newest (active) first."""

    versions: tuple[tuple[int, bytes], ...]

    @property
    def active_version(self) -> int:
        return self.versions[0][0]

    @property
    def active(self) -> bytes:
        return self.versions[0][1]

    def get(self, version: int) -> bytes | None:
        for v, key in self.versions:
            if v == version:
                return key
        return None

    def check_values(self) -> dict[int, str]:
        return {v: check_value(k) for v, k in self.versions}


@dataclass(frozen=True, slots=True)
class KeySet:
    master: Keyring
    token: Keyring
    audit: bytes
    audit_signing: bytes = field(repr=False)

    def __repr__(self) -> str:  # never print key bytes
        return f"KeySet(master=v{self.master.active_version}, token=v{self.token.active_version})"

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.audit_signing)

    def audit_public_key_b64(self) -> str:
        raw = self.signing_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(raw).decode()


class KeyProvider(Protocol):
    """Where key text comes from; env/file now, a KMS later."""

    def get(self, name: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class EnvFileProvider:
    """`NAME` from the environment, else the file named by `NAME_FILE`."""

    environ: Mapping[str, str]

    def get(self, name: str) -> str | None:
        value = self.environ.get(name)
        if value:
            return value.strip()
        path = self.environ.get(f"{name}_FILE")
        if path:
            try:
                return Path(path).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise KeyMaterialError(f"{name}_FILE: cannot read {path} ({exc.strerror})") from None
        return None


def _decode(name: str, text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise KeyMaterialError(f"{name} is not valid base64") from None
    if len(raw) != KEY_BYTES:
        raise KeyMaterialError(f"{name} must be base64 of {KEY_BYTES} bytes, got {len(raw)}")
    return raw


def parse_keyring(name: str, text: str) -> Keyring:
    versions: list[tuple[int, bytes]] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        match = _VERSIONED.match(part)
        version, b64 = (int(match[1]), match[2]) if match else (1, part)
        if any(v == version for v, _ in versions):
            raise KeyMaterialError(f"{name}: version v{version} appears twice")
        versions.append((version, _decode(f"{name} v{version}", b64)))
    if not versions:
        raise KeyMaterialError(f"{name} is empty")
    return Keyring(tuple(versions))


def load_keys(provider: KeyProvider) -> KeySet:
    """All four keys, or an error naming every missing one."""
    texts = {name: provider.get(name) for name in KEY_NAMES}
    missing = [name for name, text in texts.items() if not text]
    if missing:
        raise KeyMaterialError("missing keys: " + ", ".join(missing) + " (set them or NAME_FILE; `veil keys generate`)")
    return KeySet(
        master=parse_keyring("VEIL_MASTER_KEY", texts["VEIL_MASTER_KEY"] or ""),
        token=parse_keyring("VEIL_TOKEN_KEY", texts["VEIL_TOKEN_KEY"] or ""),
        audit=_decode("VEIL_AUDIT_KEY", texts["VEIL_AUDIT_KEY"] or ""),
        audit_signing=_decode("VEIL_AUDIT_SIGNING_KEY", texts["VEIL_AUDIT_SIGNING_KEY"] or ""),
    )


def generate_key_texts() -> dict[str, str]:
    def b64() -> str:
        return base64.b64encode(random_key()).decode()

    return {
        "VEIL_MASTER_KEY": f"v1:{b64()}",
        "VEIL_TOKEN_KEY": f"v1:{b64()}",
        "VEIL_AUDIT_KEY": b64(),
        "VEIL_AUDIT_SIGNING_KEY": b64(),
    }


def format_key_file(texts: Mapping[str, str]) -> str:
    lines = ["# Veil keys: tier-0 secrets. Never commit, never copy into the data directory."]
    lines += [f"{name}={texts[name]}" for name in KEY_NAMES]
    return "\n".join(lines) + "\n"


def parse_key_file(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            name, _, value = line.partition("=")
            out[name.strip()] = value.strip()
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def refuse_inside_data_dir(key_file: Path, data_dir: Path) -> None:
    if _inside(key_file, data_dir):
        raise KeyMaterialError(
            f"key file {key_file} is inside the vault data directory {data_dir}: "
            "every copy of the data would carry its keys; move it out"
        )


def ensure_key_file(key_file: Path, data_dir: Path) -> tuple[dict[str, str], bool]:
    """Read the quick-start key file, creating it (0600 in a 0700 folder) on first use."""
    refuse_inside_data_dir(key_file, data_dir)
    if key_file.exists():
        mode = stat.S_IMODE(key_file.stat().st_mode)
        if mode & 0o077:
            raise KeyMaterialError(f"key file {key_file} is readable by others (mode {mode:o}); chmod 600")
        return parse_key_file(key_file), False
    key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(key_file.parent, 0o700)
    texts = generate_key_texts()
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(format_key_file(texts))
    return texts, True
