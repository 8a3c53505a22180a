"""AEAD, AAD encoding and subkeys."""

from __future__ import annotations

import pytest

from proxy.errors import DecryptError
from proxy.vault.crypto import (
    aad,
    aad_fields,
    check_value,
    keyed_hash,
    open_sealed,
    random_key,
    seal,
    subkey,
)


def test_aad_is_unambiguous() -> None:
    assert aad("ab", "c") != aad("a", "bc")
    assert aad("a", "") != aad("a")
    assert aad("x")[0] == 1  # format version byte


def test_aad_bytes_are_pinned() -> None:
    """Every sealed record in a vault was bound to these exact bytes: the encoding is a format."""
    assert aad("ab", b"\x00c", "é") == (b"\x01\x00\x00\x00\x02ab\x00\x00\x00\x02\x00c\x00\x00\x00\x02\xc3\xa9")
    assert aad("h", "t", "v") == aad("h") + aad_fields("t", "v") and aad_fields() == b""


def test_seal_open_and_aad_binding() -> None:
    key = random_key()
    blob = seal(key, b"Maria Rossi", aad("value", "t", "tok_a", "PERSON", "s1"))
    assert open_sealed(key, blob, aad("value", "t", "tok_a", "PERSON", "s1")) == b"Maria Rossi"
    for wrong in (
        aad("value", "t", "tok_b", "PERSON", "s1"),
        aad("value", "t", "tok_a", "IBAN_CODE", "s1"),
        aad("value", "t2", "tok_a", "PERSON", "s1"),
        aad("value", "t", "tok_a", "PERSON", "s2"),
    ):
        with pytest.raises(DecryptError):
            open_sealed(key, blob, wrong)
    with pytest.raises(DecryptError):
        open_sealed(random_key(), blob, aad("value", "t", "tok_a", "PERSON", "s1"))
    assert seal(key, b"x", b"") != seal(key, b"x", b"")  # fresh nonce each time


def test_subkeys_differ_per_purpose_and_tenant() -> None:
    root = random_key()
    keys = {subkey(root, p, t) for p in ("tok", "index", "dedup") for t in ("acme", "globex")}
    assert len(keys) == 6
    assert keyed_hash(subkey(root, "tok", "acme"), "x") != keyed_hash(subkey(root, "tok", "globex"), "x")


def test_check_value_identifies_without_revealing() -> None:
    key = random_key()
    assert check_value(key) == check_value(key) and check_value(key) != check_value(random_key())
    assert key.hex()[:16] not in check_value(key)
