"""Primitives the vault is built on: AEAD with bound AAD, HKDF subkeys, keyed hashes.

Pure and I/O-free. Security properties:
- every ciphertext is AES-256-GCM with a fresh 96-bit nonce and an AAD built by
  `aad()`: a format version byte, then each field length-prefixed, so no two field
  tuples encode alike and a ciphertext moved to another record fails to open;
- subkeys are HKDF-SHA256 with info `veil/v1/<purpose>/<tenant>`, so one tenant's
  tokens, indexes and dedup hashes say nothing about another's;
- key check values let start-up refuse a wrong key before it touches data.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from proxy.errors import DecryptError

AAD_VERSION = 1
NONCE_BYTES = 12
_VERSION_BYTE = bytes([AAD_VERSION])
_LENGTH = struct.Struct(">I").pack
KEY_BYTES = 32


def aad(*fields: str | bytes) -> bytes:
    """Canonical AAD: version byte, then each field as 4-byte big-endian length + bytes."""
    return _VERSION_BYTE + aad_fields(*fields)


def aad_fields(*fields: str | bytes) -> bytes:
    """The field part of `aad`: aad(a, b, c) == aad(a) + aad_fields(b, c), so a hot path
    can build a constant head once and append the varying fields."""
    parts: list[bytes] = []  # one join: ~35% cheaper than growing a bytearray (14 calls per event)
    for field in fields:
        raw = field.encode() if isinstance(field, str) else field
        parts += (_LENGTH(len(raw)), raw)
    return b"".join(parts)


class Aead:
    """AES-256-GCM under one key; build once per key and reuse (key setup is the costly part)."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, associated: bytes, nonce: bytes | None = None) -> bytes:
        """A fresh random nonce unless the caller drew one (batches draw theirs in one call)."""
        nonce = nonce or os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, associated)

    def open(self, blob: bytes, associated: bytes) -> bytes:
        if len(blob) < NONCE_BYTES + 16:
            raise DecryptError("ciphertext too short")
        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], associated)
        except InvalidTag:
            raise DecryptError("authentication failed") from None


def seal(key: bytes, plaintext: bytes, associated: bytes) -> bytes:
    return Aead(key).seal(plaintext, associated)


def open_sealed(key: bytes, blob: bytes, associated: bytes) -> bytes:
    return Aead(key).open(blob, associated)


def hkdf(key: bytes, info: str, length: int = KEY_BYTES) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info.encode()).derive(key)


def subkey(root: bytes, purpose: str, tenant: str) -> bytes:
    """docs/design.md's per-tenant, per-purpose subkey: info `veil/v1/<purpose>/<tenant>`."""
    return hkdf(root, f"veil/v1/{purpose}/{tenant}")


def keyed_hash(key: bytes, *fields: str | bytes) -> bytes:
    """HMAC-SHA256 over the canonical encoding of fields (never an unkeyed hash)."""
    return hmac.digest(key, aad(*fields), "sha256")


def check_value(key: bytes) -> str:
    """Key check value: identifies a key without revealing it (first 8 bytes, hex)."""
    return hmac.new(key, b"veil/v1/kcv", hashlib.sha256).hexdigest()[:16]


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)
