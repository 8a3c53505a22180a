"""Token shapes: minted and parsed per docs/design.md, with checks that catch mangling."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.errors import TokenError
from proxy.vault.tokens import Shape, damm, mint, parse, tag_for, tag_of_canonical

PREFIX = 289


def _mint(shape: Shape, entity: str = "PERSON") -> tuple[str, bytes]:
    index = os.urandom(32)
    return mint(shape, entity, index, os.urandom(32), phone_prefix=PREFIX), index


@pytest.mark.parametrize("shape", list(Shape))
def test_round_trip_and_tag_from_index(shape: Shape) -> None:
    token, index = _mint(shape)
    parsed = parse(token, phone_prefix=PREFIX)
    assert parsed is not None and parsed.canonical == token and parsed.shape is shape
    assert parsed.tag == tag_for(shape, index) == tag_of_canonical(token)


def test_shapes_are_as_designed() -> None:
    text, _ = _mint(Shape.TEXT, "EMAIL_ADDRESS")
    assert text.startswith("tok_email_address_") and len(text.rsplit("_", 1)[1]) == 26
    digits, _ = _mint(Shape.DIGITS, "PHONE_NUMBER")
    assert len(digits) == 15 and digits.isdigit() and digits.startswith("289") and damm(digits) == 0
    bsuid, _ = _mint(Shape.BSUID, "WHATSAPP_USER_ID")
    assert bsuid.startswith("QZ.") and len(bsuid) == 23 and damm(bsuid[3:]) == 0
    parent, _ = _mint(Shape.PARENT_BSUID, "WHATSAPP_USER_ID")
    assert parent.startswith("QZ.ENT.") and len(parent) == 27
    wamid, _ = _mint(Shape.WAMID, "WHATSAPP_MESSAGE_ID")
    assert wamid.startswith("wamid.") and len(wamid) == 32
    email, _ = _mint(Shape.EMAIL, "EMAIL_ADDRESS")
    assert email.endswith("@tokens.invalid")


def test_crm_formatting_is_tolerated() -> None:
    digits, _ = _mint(Shape.DIGITS, "PHONE_NUMBER")
    pretty = f"+{digits[:3]} ({digits[3:6]}) {digits[6:9]}-{digits[9:12]}.{digits[12:]}"
    assert parse(pretty, phone_prefix=PREFIX).canonical == digits  # type: ignore[union-attr]
    text, _ = _mint(Shape.TEXT)
    assert parse(text.upper(), phone_prefix=PREFIX).canonical == text  # type: ignore[union-attr]
    bsuid, _ = _mint(Shape.BSUID)
    assert parse(bsuid.lower(), phone_prefix=PREFIX).canonical == bsuid  # type: ignore[union-attr]


def test_not_token_shaped_is_none() -> None:
    for text in ["hello", "16505551234", "+39 347 123 4567", "US.13491208655302741918", "wamid.HBgL"]:
        assert parse(text, phone_prefix=PREFIX) is None


@given(st.sampled_from([Shape.DIGITS, Shape.BSUID, Shape.PARENT_BSUID]),
       st.integers(min_value=0, max_value=10_000), st.data())
def test_damm_tokens_catch_every_single_digit_change(shape: Shape, seed: int, data: st.DataObject) -> None:
    token = mint(shape, "PHONE_NUMBER", seed.to_bytes(32, "big"), os.urandom(32), phone_prefix=PREFIX)
    start = {Shape.DIGITS: 3, Shape.BSUID: 3, Shape.PARENT_BSUID: 7}[shape]
    pos = data.draw(st.integers(min_value=start, max_value=len(token) - 1))
    new = data.draw(st.sampled_from([c for c in "0123456789" if c != token[pos]]))
    with pytest.raises(TokenError):
        parse(token[:pos] + new + token[pos + 1:], phone_prefix=PREFIX)


@pytest.mark.parametrize("shape", [Shape.TEXT, Shape.WAMID, Shape.EMAIL])
def test_base32_check_catches_almost_every_change(shape: Shape) -> None:
    token, _ = _mint(shape)
    body = token.split("@")[0].rsplit("_", 1)[-1].rsplit(".", 1)[-1]
    offset = token.index(body)
    caught = total = 0
    for pos in range(offset, offset + len(body)):
        for ch in "abcdefghijklmnopqrstuvwxyz234567":
            if ch == token[pos]:
                continue
            total += 1
            try:
                parse(token[:pos] + ch + token[pos + 1:], phone_prefix=PREFIX)
            except TokenError:
                caught += 1
    assert caught / total > 0.93  # a 1-in-32 check character: ~96.9% expected


@given(st.text(alphabet="0123456789", min_size=5, max_size=20), st.data())
def test_damm_catches_adjacent_transpositions(digits: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(digits) - 2))
    if digits[i] == digits[i + 1]:
        return
    full = digits + str(damm(digits))
    swapped = full[:i] + full[i + 1] + full[i] + full[i + 2:]
    assert damm(swapped) != 0


def test_minted_tokens_are_pinned() -> None:
    """Fixed index and digest, fixed tokens: the encoders may get faster, never different."""
    index, digest = hashlib.sha256(b"i7").digest(), hashlib.sha256(b"d7").digest()
    assert [mint(s, "PERSON" if s is Shape.TEXT else "X", index, digest, phone_prefix=999) for s in Shape] == [
        "tok_person_li4qi4wvi2nhuqw2ssult3pgtv", "wamid.li4qi4wvi2nhuqw2ssult3pgt3",
        "li4qi4wvi2nhuqw2ssult3pgth@tokens.invalid", "999890529011126", "QZ.89052317601729011127",
        "QZ.ENT.89052317601729011127"]
