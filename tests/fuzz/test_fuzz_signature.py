"""Fuzzing Meta's signature check: random bodies, headers and secrets never crash it, and
it accepts exactly Meta's signature of exactly these bytes (never a wrong one)."""

from __future__ import annotations

import hashlib
import hmac

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.whatsapp.protocol import sign, verify_signature

HEX = st.text(alphabet="0123456789abcdefABCDEF", min_size=0, max_size=70)
HEADERS = st.one_of(
    st.none(),
    st.text(max_size=90),
    HEX.map(lambda h: "sha256=" + h),
    HEX.map(lambda h: "sha1=" + h),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)
FAST = settings(max_examples=300, deadline=None, derandomize=True)


def _secret(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")  # config secrets are valid text


@given(raw=st.binary(max_size=2048), header=HEADERS, secret=st.text(min_size=1, max_size=40))
@FAST
def test_random_headers_never_crash_and_never_pass(raw: bytes, header: str | None, secret: str) -> None:
    secret = _secret(secret)
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    ok = verify_signature(raw, header, secret)
    genuine = header is not None and header.strip().lower() == "sha256=" + expected
    assert ok is genuine


@given(
    raw=st.binary(max_size=2048),
    secret=st.text(min_size=1, max_size=40),
    flip=st.integers(min_value=0),
    other=st.text(min_size=1, max_size=40),
)
@FAST
def test_only_the_exact_bytes_and_secret_pass(raw: bytes, secret: str, flip: int, other: str) -> None:
    secret, other = _secret(secret), _secret(other)
    good = sign(raw, secret)
    assert verify_signature(raw, good, secret)
    assert verify_signature(raw, good.upper().replace("SHA256=", "sha256="), secret)  # hex case is free
    assert not verify_signature(raw, good, None) and not verify_signature(raw, None, secret)
    if raw:
        i = flip % len(raw)
        tampered = raw[:i] + bytes([raw[i] ^ 0x01]) + raw[i + 1 :]
        assert not verify_signature(tampered, good, secret)
    assert not verify_signature(raw + b" ", good, secret)
    if other != secret:
        assert not verify_signature(raw, good, other)
    digest = good.removeprefix("sha256=")
    assert not verify_signature(raw, "sha256=" + digest[:-1], secret)  # truncated
    assert not verify_signature(raw, "sha1=" + digest, secret)
