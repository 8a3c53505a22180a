"""Pure parts of the outbound path: where tokens are looked for, route paths, the reflection guard."""

from __future__ import annotations

import json
from typing import Any

import pytest
from yarl import URL

from proxy.config import parse_settings
from proxy.errors import BadRequest, ConfigError
from proxy.outbound.message_fields import Found, Kind, find_tokens, substitute
from proxy.outbound.retokenize import Reflection, map_strings
from proxy.outbound.route_paths import find_route, upstream_url
from proxy.vault.tokens import B32, Shape, mint

PREFIX = 289
DIGITS = mint(Shape.DIGITS, "PHONE_NUMBER", b"\x01" * 16, b"\x02" * 32, phone_prefix=PREFIX)
PERSON = mint(Shape.TEXT, "PERSON", b"\x03" * 16, b"\x04" * 32, phone_prefix=PREFIX)
WAMID = mint(Shape.WAMID, "WHATSAPP_MESSAGE_ID", b"\x05" * 16, b"\x06" * 32, phone_prefix=PREFIX)
BASE = "https://api.crm.example/v2"
ENV = {"VEIL_WA_APP_SECRET": "a", "VEIL_WA_VERIFY_TOKEN": "b", "VEIL_WA_ACCESS_TOKEN": "c"}


def kinds(body: dict[str, Any]) -> list[tuple[str, str]]:
    found, _, _ = find_tokens(body, phone_prefix=PREFIX)
    return sorted((f.kind.value, f.canonical) for f in found)


def expect(*pairs: tuple[Kind, str]) -> list[tuple[str, str]]:
    return sorted((k.value, t) for k, t in pairs)


def test_where_tokens_are_found() -> None:
    body = {
        "to": DIGITS,
        "type": "text",
        "text": {"body": f"Hi {PERSON}, call {DIGITS}"},
        "context": {"message_id": WAMID},
        "biz_opaque_callback_data": PERSON,
    }
    assert kinds(body) == expect((Kind.RECIPIENT, DIGITS), (Kind.TEXT, PERSON), (Kind.MESSAGE_ID, WAMID))


def test_vcard_phones_only_in_a_contacts_message() -> None:
    vcard = {"contacts": [{"phones": [{"phone": f"+{DIGITS}", "wa_id": DIGITS}], "emails": [{"email": PERSON}]}]}
    assert kinds({"to": DIGITS, "type": "contacts", **vcard}) == expect(
        (Kind.RECIPIENT, DIGITS), (Kind.IDENTIFIER, DIGITS), (Kind.IDENTIFIER, DIGITS), (Kind.IDENTIFIER, PERSON)
    )
    assert kinds({"to": DIGITS, "type": "text", **vcard}) == expect((Kind.RECIPIENT, DIGITS), (Kind.TEXT, PERSON))


def test_raw_recipients_and_malformed_tokens() -> None:
    mangled = PERSON[:-1] + next(c for c in B32 if c != PERSON[-1])
    found, malformed, raw = find_tokens(
        {"to": "+39 347 123 4567", "text": {"body": f"x {mangled}"}}, phone_prefix=PREFIX
    )
    assert found == [] and malformed == [mangled] and raw == {"to": "+39 347 123 4567"}
    _, malformed, _ = find_tokens({"to": DIGITS[:-1] + str((int(DIGITS[-1]) + 1) % 10)}, phone_prefix=PREFIX)
    assert len(malformed) == 1


def test_read_receipt_message_id_only_with_status_read() -> None:
    assert kinds({"status": "read", "message_id": WAMID}) == expect((Kind.MESSAGE_ID, WAMID))
    assert kinds({"message_id": WAMID}) == []  # a wamid token is not searched in other fields


def test_substitute_never_mutates_and_handles_several_spans() -> None:
    body = {"text": {"body": f"{PERSON} and {PERSON}!"}}
    found, _, _ = find_tokens(body, phone_prefix=PREFIX)
    out = substitute(body, found, {PERSON: "Sheena"})
    assert out == {"text": {"body": "Sheena and Sheena!"}} and body["text"]["body"].startswith("tok_")
    assert substitute(body, [Found(("text", "body"), Kind.TEXT, PERSON, PERSON, 0, len(PERSON))], {PERSON: "X"})[
        "text"
    ]["body"].startswith("X and ")


@pytest.mark.parametrize(
    ("remainder", "expected"),
    [
        ("/contacts", f"{BASE}/contacts"),
        ("/contacts/42/notes", f"{BASE}/contacts/42/notes"),
        ("", BASE),
        ("/a%20b", f"{BASE}/a%20b"),
        ("/v1/items:batchGet", f"{BASE}/v1/items:batchGet"),  # a colon past the first segment is no scheme
    ],
)
def test_route_urls_stay_under_the_base(remainder: str, expected: str) -> None:
    assert str(upstream_url(BASE, remainder)) == expected


@pytest.mark.parametrize(
    "remainder",
    [
        "@evil.example",
        "/@evil.example",
        "/%40evil",
        "//evil.example/x",
        "/%2f%2fevil.example",
        "/../admin",
        "/%2e%2e/admin",
        "/%2E%2e/admin",
        "/a/..",
        "/./a",
        "/a\\b",
        "/a%5cb",
        "/http://evil",
        "/javascript:x",
        "/a%00",
        "/a\x01",
        "/a%7f",
        "/%252e%252e",
        "/a%3fq",
        "/a%23f",
        "x/no-leading-slash",
        "/a%ff",
    ],
)
def test_route_path_attacks(remainder: str) -> None:
    with pytest.raises(BadRequest) as refused:
        upstream_url(BASE, remainder)
    assert refused.value.code == "bad_route_path"


def test_query_is_re_encoded_not_joined() -> None:
    url = upstream_url(BASE, "/search", {"q": "a@b.example/../x", "n": "1"})
    assert url.host == "api.crm.example" and url.path == "/v2/search" and url.query["q"] == "a@b.example/../x"


def test_route_config_and_prefixes() -> None:
    settings = parse_settings(
        {"routes": {"crm": {"upstream": BASE}, "crm_admin": {"upstream": BASE, "prefix": "/routes/crm/admin"}}}, ENV
    )
    assert find_route(settings, "/routes/crm/contacts")[0] == "crm"  # type: ignore[index]
    assert find_route(settings, "/routes/crm/admin/x")[0] == "crm_admin"  # type: ignore[index]
    assert find_route(settings, "/routes/crmx/contacts") is None
    assert find_route(settings, "/routes/crm")[2] == ""  # type: ignore[index]
    for bad in (
        {"upstream": "ftp://x"},
        {"upstream": "https://u:p@x"},
        {"upstream": "https://x/?q=1"},
        {"upstream": BASE, "prefix": "/graph"},
        {"upstream": BASE, "services": ["ghost"]},
        {"upstream": BASE, "rules": {"request": {"scan": ["$["]}}},
        {"upstream": BASE, "rules": {"request": {"tokenize": [{"path": "$.a", "entity": "bad"}]}}},
        {"upstream": BASE, "credential_env": "UNSET_ROUTE_KEY"},
    ):
        with pytest.raises(ConfigError):
            parse_settings({"routes": {"crm": bad}}, ENV)


def test_reflection_guard_forms() -> None:
    guard = Reflection.of({"maria.rossi@example.com": "tok_e", "+39 347 123 4567": "2891234"}, text_forms=True)
    doc = {
        "a": "maria.rossi@example.com",
        "b": "x?e=maria.rossi%40example.com",
        "c": "393471234567",
        "d": "+393471234567",
        "e": "MARIA.ROSSI@EXAMPLE.COM",
        "f": "+39 347 123 4567",
        "g": "unrelated",
    }
    out = map_strings(doc, guard.apply)
    assert out == {
        "a": "tok_e",
        "b": "x?e=tok_e",
        "c": "2891234",
        "d": "2891234",
        "e": "tok_e",
        "f": "2891234",
        "g": "unrelated",
    }
    escaped = json.dumps({"v": 'Zoë "Z" Ünal'})
    assert "tok_z" in Reflection.of({'Zoë "Z" Ünal': "tok_z"}, text_forms=True).apply(escaped)
    assert str(URL("https://x")) == "https://x"
