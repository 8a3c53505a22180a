"""The audit chain's byte format and key schedule, shared by the writer and the verifier.

Pure functions, no I/O. What must stay true, because `veil audit verify` recomputes it
years later:

- A record is canonical JSON (sorted keys, no spaces, ASCII only) and is stored and
  hashed as exactly those bytes, one record per sink line / stream entry.
- Entry `n` (sequences start at 1) carries `prev` = SHA-256 hex of entry `n-1`'s stored
  bytes ("" for entry 1) and `mac` = HMAC-SHA256 under k_{n-1} over the canonical bytes
  of the entry without `mac`. k_0 = HKDF-SHA256(VEIL_AUDIT_KEY, info = "veil/v1/audit/"
  + writer id); k_{i+1} = HMAC-SHA256(k_i, "veil/v1/audit/ratchet"). The writer keeps
  only the current key, so a key stolen from a running process cannot forge an earlier
  entry (forward security). Whoever holds VEIL_AUDIT_KEY can derive every k_i: it is a
  verifier's key and an escrow, never given to the process that serves.
- A checkpoint signs {writer, seq, head, head_mac, time} with Ed25519. Only the public
  key is needed to check it, so a checkpoint anchors a chain's head somewhere (the SIEM
  sink) that a Redis user can neither rewrite nor truncate unnoticed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

JsonScalar = str | int | float | bool | None
JsonValue = JsonScalar | list[str]
Record = dict[str, JsonValue]

KEY_INFO_PREFIX: Final = b"veil/v1/audit/"
RATCHET_LABEL: Final = b"veil/v1/audit/ratchet"
ENTRY: Final = "entry"
CHECKPOINT: Final = "checkpoint"
KEY_BYTES: Final = 32


def canonical(record: Mapping[str, JsonValue]) -> bytes:
    """The one byte form of a record: what is hashed, MAC'd, signed and stored."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode("ascii")


def parse(raw: bytes) -> Record:
    """Decode a stored record; ValueError when it is not a JSON object."""
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("audit record is not a JSON object")
    return value


def entry_hash(raw: bytes) -> str:
    """What the next entry's `prev` and a checkpoint's `head` must equal."""
    return hashlib.sha256(raw).hexdigest()


def initial_key(audit_key: bytes, writer_id: str) -> bytes:
    """k_0 of one writer: distinct per writer, so chains cannot be spliced together."""
    if len(audit_key) != KEY_BYTES:
        raise ValueError("the audit key must be 32 bytes")
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=KEY_INFO_PREFIX + writer_id.encode("utf-8"),
    )
    return hkdf.derive(audit_key)


def ratchet(key: bytes | bytearray) -> bytes:
    """k_{i+1} from k_i; one-way, so the past cannot be recomputed from the present."""
    return hmac.digest(bytes(key), RATCHET_LABEL, "sha256")


def key_at(audit_key: bytes, writer_id: str, index: int) -> bytes:
    """k_index, for the verifier (and tests) who hold the audit key."""
    key = initial_key(audit_key, writer_id)
    for _ in range(index):
        key = ratchet(key)
    return key


def entry_mac(key: bytes | bytearray, body: Mapping[str, JsonValue]) -> str:
    """HMAC-SHA256 hex over the entry's canonical bytes without its `mac` field."""
    unsigned = {k: v for k, v in body.items() if k != "mac"}
    return hmac.new(bytes(key), canonical(unsigned), "sha256").hexdigest()


def mac_matches(key: bytes, record: Mapping[str, JsonValue]) -> bool:
    given = record.get("mac")
    return isinstance(given, str) and hmac.compare_digest(given, entry_mac(key, record))


def sign_checkpoint(signing_key: Ed25519PrivateKey, body: Mapping[str, JsonValue]) -> Record:
    """Return the checkpoint record: `body` plus `sig` (hex Ed25519 over its canonical bytes)."""
    record: Record = {k: v for k, v in body.items() if k != "sig"}
    record["type"] = CHECKPOINT
    record["sig"] = signing_key.sign(canonical(record)).hex()
    return record


def checkpoint_signed(public_key: Ed25519PublicKey, record: Mapping[str, JsonValue]) -> bool:
    sig = record.get("sig")
    if not isinstance(sig, str):
        return False
    try:
        signature = bytes.fromhex(sig)
        unsigned = {k: v for k, v in record.items() if k != "sig"}
        public_key.verify(signature, canonical(unsigned))
    except (ValueError, InvalidSignature):
        return False
    return True
