"""Issue 19.3: a token is never put back inside anything that is or may become a URL.

Every URL-bearing position of Meta's send shapes is walked: free text (with and without
`preview_url`, scheme-less domains, `wa.me`, `tel:`, `mailto:`, host:port, before or after the
token), interactive `cta_url`, template buttons of any case and sub-type (top level and in
carousel cards at any depth), media `link`s, contact `urls`. The token stays as written
(outbound.md, the recipient rule); the free-text occurrence outside a URL is still found.
"""

from __future__ import annotations

from typing import Any

import pytest

from proxy.outbound.message_fields import find_tokens
from proxy.vault.tokens import Shape, mint

PREFIX = 289
TO = mint(Shape.DIGITS, "PHONE_NUMBER", b"\x01" * 16, b"\x02" * 32, phone_prefix=PREFIX)
PHONE = mint(Shape.TEXT, "PHONE_NUMBER", b"\x07" * 16, b"\x08" * 32, phone_prefix=PREFIX)
MAIL = mint(Shape.TEXT, "EMAIL_ADDRESS", b"\x09" * 16, b"\x0a" * 32, phone_prefix=PREFIX)
NAME = mint(Shape.TEXT, "PERSON", b"\x03" * 16, b"\x04" * 32, phone_prefix=PREFIX)


def found_in(body: dict[str, Any]) -> set[str]:
    """The canonical tokens that would be put back, besides the recipient."""
    found, malformed, _ = find_tokens(body, phone_prefix=PREFIX)
    assert malformed == []
    return {f.canonical for f in found if f.path != ("to",)}


def msg(kind: str, content: Any, **extra: Any) -> dict[str, Any]:
    return {"messaging_product": "whatsapp", "to": TO, "type": kind, kind: content} | extra


LINKS_IN_TEXT = [
    f"see evil.example/?p={PHONE}&e={MAIL}",  # the finding: scheme-less, preview_url on
    f"evil.example?p={PHONE}",
    f"{PHONE}.evil.example",  # the value as a subdomain
    f"{PHONE}@evil.example",
    f"wa.me/15550001111?text={PHONE}",
    f"https://wa.me/15550001111?text={PHONE}",
    f"tel:+1555{PHONE}",
    f"mailto:x@evil.example?body={MAIL}",
    f"mailto:{MAIL}",
    f"sms:+15550001111?body={PHONE}",
    f"intent:{PHONE}#Intent;end",
    f"evil.example:8080/{PHONE}",
    f"10.0.0.1/{PHONE}",
    f"www.evil.example/{PHONE}",
    f"HTTPS://EVIL.EXAMPLE/{PHONE}",
    f"ftp://evil/{PHONE}",
    f"evil\u3002example/{PHONE}",  # ideographic full stop
    f"evil\uff0eexample/{PHONE}",  # full-width full stop
    f"(evil.example/{PHONE})",
    f"<evil.example/{PHONE}>",
    f"evil.example/\u200b{PHONE}",  # a zero-width space does not end a word
    f"evil.example/\u00a0{PHONE}",  # nor does a no-break space
    f"пример.испытание/{PHONE}",  # an internationalised domain
]


@pytest.mark.parametrize("link", LINKS_IN_TEXT)
@pytest.mark.parametrize("preview", [True, False, None])
def test_no_token_in_a_link_in_text(link: str, preview: bool | None) -> None:
    text: dict[str, Any] = {"body": f"Hi {NAME}, {link}"}
    if preview is not None:
        text["preview_url"] = preview
    assert found_in(msg("text", text)) == {NAME}
    # ordinary text around it is still detokenised: colons, punctuation, several tokens
    for plain in (
        f"Hi {NAME}, your order has shipped.",
        f"{NAME}: 10:30 at the shop",
        f"({NAME})!",
        f"{NAME}, {PHONE} and {MAIL}",
    ):
        assert found_in(msg("text", {"body": plain} | ({} if preview is None else {"preview_url": preview}))) >= {NAME}


@pytest.mark.parametrize(
    "where",
    [
        lambda t: msg("image", {"link": "https://crm.example/a.jpg", "caption": t}),
        lambda t: msg("document", {"link": "https://crm.example/a.pdf", "caption": t, "filename": t}),
        lambda t: msg("location", {"latitude": 45.4, "longitude": 9.1, "name": t, "address": t}),
        lambda t: msg(
            "interactive",
            {
                "type": "button",
                "body": {"text": t},
                "action": {"buttons": [{"type": "reply", "reply": {"id": "1", "title": t}}]},
            },
        ),
        lambda t: msg(
            "template",
            {
                "name": "t",
                "language": {"code": "en"},
                "components": [{"type": "body", "parameters": [{"type": "text", "text": t}]}],
            },
        ),
    ],
)
def test_free_text_elsewhere_follows_the_same_word_rule(where: Any) -> None:
    assert found_in(where(f"Hi {NAME}")) == {NAME}
    assert found_in(where(f"Hi {NAME} evil.example/{PHONE}")) == {NAME}


def url_button(sub_type: str, text: str) -> dict[str, Any]:
    return {
        "type": "BUTTON" if sub_type.isupper() else "button",
        "sub_type": sub_type,
        "index": "0",
        "parameters": [{"type": "text", "text": text}],
    }


@pytest.mark.parametrize(
    "sub_type", ["url", "URL", "Url", " url ", "copy_code", "flow", "catalog", "mpm", "voice_call", "something_new", ""]
)
def test_template_buttons_of_any_case_and_sub_type(sub_type: str) -> None:
    body = msg(
        "template",
        {
            "name": "t",
            "language": {"code": "en"},
            "components": [
                {"type": "body", "parameters": [{"type": "text", "text": NAME}]},
                url_button(sub_type, PHONE),
                {
                    "type": "button",
                    "sub_type": "QUICK_REPLY",
                    "index": "1",  # a payload is no URL: still put back
                    "parameters": [{"type": "payload", "payload": MAIL}],
                },
            ],
        },
    )
    assert found_in(body) == {NAME, MAIL}


def test_a_button_without_a_sub_type_is_a_url_button() -> None:
    body = msg(
        "template",
        {
            "name": "t",
            "language": {"code": "en"},
            "components": [{"type": "Button", "index": "0", "parameters": [{"type": "text", "text": PHONE}]}],
        },
    )
    assert found_in(body) == set()


def card(index: int, inner: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "card_index": index,
        "components": [
            {"type": "header", "parameters": [{"type": "image", "image": {"link": f"https://x.example/{PHONE}"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": NAME}]},
            *inner,
        ],
    }


@pytest.mark.parametrize("sub_type", ["url", "URL"])
def test_carousel_card_buttons_at_any_depth(sub_type: str) -> None:
    nested = {"type": "carousel", "cards": [card(0, [url_button(sub_type, MAIL)])]}
    deeper = {"type": "carousel", "cards": [card(0, [nested, url_button(sub_type, PHONE)])]}
    body = msg(
        "template",
        {
            "name": "t",
            "language": {"code": "en"},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": NAME}]}, deeper],
        },
    )
    assert found_in(body) == {NAME}


@pytest.mark.parametrize(
    "body",
    [
        msg(
            "interactive",
            {
                "type": "cta_url",
                "body": {"text": NAME},
                "action": {
                    "name": "cta_url",
                    "parameters": {"display_text": NAME, "url": f"https://crm.example/{PHONE}"},
                },
            },
        ),
        msg(
            "interactive",
            {
                "type": "cta_url",
                "body": {"text": NAME},
                "action": {"name": "cta_url", "parameters": {"display_text": NAME, "URL": PHONE}},
            },
        ),
        msg("image", {"link": f"crm.example/{PHONE}", "caption": NAME}),
        msg("video", {"Link": PHONE, "caption": NAME}),
        msg("audio", {"link": f"https://crm.example/a?x={MAIL}"}, text={"body": NAME}),
        msg("sticker", {"link": PHONE}, text={"body": NAME}),
        msg("document", {"link": PHONE, "caption": NAME, "filename": "a.pdf"}),
        msg(
            "contacts",
            [
                {
                    "name": {"formatted_name": NAME},
                    "urls": [{"url": f"evil.example/{PHONE}", "type": "WORK"}, {"url": MAIL}],
                }
            ],
        ),
        msg("contacts", [{"name": {"formatted_name": NAME}, "urls": [PHONE]}]),
        msg("location", {"latitude": 1, "longitude": 2, "name": NAME, "url": PHONE, "website": MAIL}),
        msg(
            "interactive",
            {
                "type": "flow",
                "body": {"text": NAME},
                "action": {
                    "parameters": {"flow_action_payload": {"data": {"deep": {"href": PHONE, "image_uri": MAIL}}}}
                },
            },
        ),
        msg(
            "template",
            {
                "name": "t",
                "language": {"code": "en"},
                "components": [
                    {"type": "header", "parameters": [{"type": "document", "document": {"link": PHONE}}]},
                    {"type": "body", "parameters": [{"type": "text", "text": NAME}]},
                ],
            },
        ),
    ],
)
def test_url_fields_at_any_depth_and_case(body: dict[str, Any]) -> None:
    assert found_in(body) == {NAME}
