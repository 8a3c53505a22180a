"""The last-resort PII mask, request ids on every record, JSON output, token digests."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator

import pytest

from proxy.logs import (
    PiiMaskFilter,
    RequestIdFilter,
    configure_logging,
    digest_key,
    request_id_var,
    token_digest,
)

MASKED = [
    ("mail maria.rossi@example.com now", "mail [email] now"),
    ("MARIA.Rossi+crm@Example.co.uk", "[email]"),
    ("card 4111 1111 1111 1111", "card [card]"),
    ("card 4111-1111-1111-1111.", "card [card]."),
    ("amex 378282246310005", "amex [card]"),
    ("phone +44 7700 900123", "phone [phone]"),
    ("call (415) 555-2671 today", "call [phone] today"),
    ("wa_id=447700900123", "wa_id=[phone]"),
    ("+33612345678", "[phone]"),
    ("+55 11 91234-5678", "[phone]"),
    ("two 447700900123 447700900124", "two [phone] [phone]"),
    ("ts 1712345678901 is over-masked", "ts [phone] is over-masked"),
    # a 15-digit number under another calling code is a phone, not a token
    ("+290 1234 5678 9012", "[phone]"),
]

READABLE = [
    "tok_person_ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "tok_phone_number_abcdefghijklmnopqrstuvwx23",
    "see tok_email_ABCDEFGHIJKLMNOPQRSTUVWX27@tokens.invalid",
    "289123456789012",
    "+289 1234 5678 9012",
    "289-1234-5678-9012",
    "QZ.12345678901234567890",
    "QZ.ENT.12345678901234567890",
    "qz.ent.12345678901234567890",
    "wamid.HBgLMTU1NTEyMzQ1NjcVAgASGBQzQTdBQjE5RkQ4QkU2NTVCQjA1NwA=",
    "at 2024-05-01T12:00:00.123Z",
    "2024-05-01 12:00:00,123",
    "from 192.168.100.200",
    "id 123e4567-e89b-12d3-a456-426614174000",
    "count 1234567 in v21.0 on port 8080",
    "digest 3f9a12b4c5d6",
    "GET /graph/v21.0/{phone_number_id}/messages 200",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_masks_pii_shapes(text: str, expected: str) -> None:
    assert PiiMaskFilter().mask(text) == expected


@pytest.mark.parametrize("text", READABLE)
def test_leaves_veil_tokens_and_harmless_shapes_readable(text: str) -> None:
    assert PiiMaskFilter().mask(text) == text


def test_spare_calling_code_is_configurable() -> None:
    mask = PiiMaskFilter(spare_calling_code="999").mask
    assert mask("999123456789012 289123456789012") == "999123456789012 [phone]"
    with pytest.raises(ValueError):
        PiiMaskFilter(spare_calling_code="+28")


def record(msg: str, *args: object, **extra: object) -> logging.LogRecord:
    rec = logging.LogRecord("veil.test", logging.INFO, __file__, 1, msg, args, None)
    for k, v in extra.items():
        setattr(rec, k, v)
    return rec


def test_masks_args_extras_and_exception_text() -> None:
    try:
        raise ValueError("bad wa_id 447700900123")
    except ValueError:
        import sys

        rec = record(
            "send to %s (%d)",
            "maria@example.com",
            3,
            phone="+44 7700 900123",
            detail={"to": "447700900123", "n": 2},
            writer="host:1:1712345678901",
        )
        rec.exc_info = sys.exc_info()
    assert PiiMaskFilter().filter(rec)
    assert rec.getMessage() == "send to [email] (3)"
    assert rec.phone == "[phone]"  # type: ignore[attr-defined]
    assert rec.detail == {"to": "[phone]", "n": 2}  # type: ignore[attr-defined]
    assert rec.writer == "host:1:1712345678901"  # type: ignore[attr-defined] # safe field
    assert rec.exc_info is None and rec.exc_text is not None
    assert "447700900123" not in rec.exc_text and "[phone]" in rec.exc_text


def test_broken_format_string_is_still_masked() -> None:
    rec = record("%d items for %s", "maria@example.com")
    PiiMaskFilter().filter(rec)
    assert "maria@example.com" not in rec.getMessage()


@pytest.fixture
def stream() -> Iterator[io.StringIO]:
    buf = io.StringIO()
    handler = configure_logging("DEBUG", json=True)
    handler.setStream(buf)
    yield buf
    logging.getLogger().removeHandler(handler)
    handler.close()


def lines(buf: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in buf.getvalue().splitlines()]


async def test_json_lines_carry_request_id_per_task(stream: io.StringIO) -> None:
    log = logging.getLogger("veil.test")

    async def handle(rid: str) -> None:
        request_id_var.set(rid)
        await asyncio.sleep(0)
        log.info("handled for %s", "maria@example.com")

    await asyncio.gather(handle("r-1"), handle("r-2"))
    log.warning("outside")
    out = [x for x in lines(stream) if x["name"] == "veil.test"]
    assert sorted(str(x["request_id"]) for x in out[:2]) == ["r-1", "r-2"]
    assert out[2]["request_id"] == "-" and out[2]["levelname"] == "WARNING"
    assert all(x["message"] == "handled for [email]" for x in out[:2])


def test_configure_logging_replaces_its_own_handler(stream: io.StringIO) -> None:
    root = logging.getLogger()
    before = len(root.handlers)
    second = configure_logging("INFO", json=False)
    try:
        assert len(root.handlers) == before
        assert second in root.handlers
        assert any(isinstance(f, RequestIdFilter) for f in second.filters)
    finally:
        root.removeHandler(second)
        second.close()


def test_token_digest_is_short_keyed_and_stable() -> None:
    key_a, key_b = digest_key(b"a" * 32), digest_key(b"b" * 32)
    token = "tok_person_ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digest = token_digest(token, key_a)
    assert len(digest) == 12 and int(digest, 16) >= 0
    assert digest == token_digest(token, key_a)
    assert digest != token_digest(token, key_b)
    assert digest != token_digest(token + "X", key_a)


def test_presidio_start_up_chatter_is_quiet_unless_debugging() -> None:
    presidio = logging.getLogger("presidio-analyzer")
    root = logging.getLogger()
    for level, shown in (("INFO", False), ("DEBUG", True)):
        handler = configure_logging(level, json=True)
        buf = io.StringIO()
        handler.setStream(buf)
        try:
            presidio.info("Loaded recognizer: %s", "IpRecognizer")
            presidio.warning("a real problem")
            messages = [x["message"] for x in lines(buf)]
            assert ("Loaded recognizer: IpRecognizer" in messages) is shown
            assert "a real problem" in messages
        finally:
            root.removeHandler(handler)
            handler.close()
