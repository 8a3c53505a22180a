"""Meta specifics: handshake and signature tables, Meta's serialisation, split/rebuild."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from proxy.errors import ShapeError
from proxy.whatsapp import protocol as wa
from tests.helpers import PAYLOADS

SECRET = "app-secret"


@pytest.mark.parametrize(
    ("mode", "token", "challenge", "status", "body"),
    [
        ("subscribe", "verify-token", "1158201444", 200, "1158201444"),
        ("subscribe", "verify-token", "a" * 64, 200, "a" * 64),
        ("subscribe", "verify-token", "abc_DEF-123", 200, "abc_DEF-123"),
        ("subscribe", "verify-token", "a" * 65, 400, None),
        ("subscribe", "verify-token", "<script>", 400, None),
        ("subscribe", "verify-token", "12 34", 400, None),
        ("subscribe", "verify-token", "", 400, None),
        ("subscribe", "verify-token", None, 400, None),
        ("subscribe", "wrong", "1158201444", 403, None),
        ("subscribe", None, "1158201444", 403, None),
        ("subscribe", "", "1158201444", 403, None),
        ("unsubscribe", "verify-token", "1158201444", 403, None),
        ("subscribe", "wrong", "<script>", 403, None),  # token first: nothing about the challenge leaks
    ],
)
def test_handshake_table(
    mode: str | None, token: str | None, challenge: str | None, status: int, body: str | None
) -> None:
    result = wa.verify_subscription(mode, token, challenge, "verify-token")
    assert result.status == status
    if body is not None:
        assert result.body == body
    elif challenge:
        assert challenge not in result.body  # a refused challenge is never echoed


def test_handshake_without_configured_token_refuses() -> None:
    assert wa.verify_subscription("subscribe", "", "1", None).status == 403


def _sig(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


BODY = b'{"object":"whatsapp_business_account","entry":[]}'


@pytest.mark.parametrize(
    ("header", "ok"),
    [
        (_sig(BODY), True),
        (_sig(BODY).upper().replace("SHA256=", "sha256="), True),  # hex case-insensitive
        (" " + _sig(BODY) + " ", True),
        (_sig(BODY, "other-secret"), False),
        (_sig(BODY + b" "), False),
        (_sig(BODY)[:-1], False),
        (_sig(BODY).replace("sha256=", "sha1="), False),
        (_sig(BODY).removeprefix("sha256="), False),
        ("", False),
        (None, False),
    ],
)
def test_signature_table(header: str | None, ok: bool) -> None:
    assert wa.verify_signature(BODY, header, SECRET) is ok


def test_signature_needs_a_secret() -> None:
    assert not wa.verify_signature(BODY, _sig(BODY, ""), None)
    assert not wa.verify_signature(BODY, _sig(BODY, ""), "")


def test_sign_matches_pywa_style_and_veil_signature() -> None:
    assert wa.sign(BODY, SECRET) == _sig(BODY)
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()
    assert wa.veil_signature(1700000000, BODY, SECRET) == "sha256=" + expected


def test_dumps_escapes_non_ascii_lowercase_like_meta() -> None:
    out = wa.dumps({"t": "äöå 👍"})
    assert out == b'{"t":"\\u00e4\\u00f6\\u00e5 \\ud83d\\udc4d"}'
    assert json.loads(out) == {"t": "äöå 👍"}


def _load(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((PAYLOADS / name).read_text())


def test_split_one_item_per_update_with_its_contacts() -> None:
    payload = _load("webhook-text.json")
    payload["entry"][0]["changes"][0]["value"]["messages"].append(
        dict(payload["entry"][0]["changes"][0]["value"]["messages"][0], id="wamid.second")
    )
    parts = list(wa.split(payload))
    assert [p.kind for p in parts] == ["message", "message"]
    assert [p.value["messages"][0]["id"] for p in parts][1] == "wamid.second"
    assert all(len(p.value["messages"]) == 1 and p.value["contacts"] for p in parts)
    assert payload["entry"][0]["changes"][0]["value"]["messages"][1]["id"] == "wamid.second"  # not mutated


def test_split_history_per_thread_message_and_rebuild_keeps_shape() -> None:
    payload = _load("webhook-history.json")
    parts = list(wa.split(payload))
    assert len(parts) == 2
    for part in parts:
        chunk = part.value["history"][0]
        assert list(chunk) == ["metadata", "threads"] and len(chunk["threads"][0]["messages"]) == 1
    rebuilt = wa.envelope(parts[:1])
    assert rebuilt["object"] == payload["object"]
    assert list(rebuilt["entry"][0]) == list(payload["entry"][0])
    assert list(rebuilt["entry"][0]["changes"][0]) == ["value", "field"]


def test_split_account_level_keeps_entry_time() -> None:
    parts = list(wa.split(_load("webhook-account-update.json")))
    assert len(parts) == 1 and parts[0].kind == "other" and parts[0].entry_time == 1739321024
    assert wa.envelope(parts) == _load("webhook-account-update.json")


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"object": "page"},
        {"object": wa.OBJECT, "entry": {}},
        {"object": wa.OBJECT, "entry": [{"changes": [{"value": 3}]}]},
    ],
)
def test_unknown_envelopes_raise(bad: object) -> None:
    with pytest.raises(ShapeError):
        list(wa.split(bad))
