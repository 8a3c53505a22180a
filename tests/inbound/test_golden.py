"""Golden tests over every shared webhook payload, end to end over real HTTP and Redis.

For each `webhook-*.json`: Veil receives it signed, a pywa-based CRM receives Veil's
delivery (signature checked with the subscriber secret) and parses it; then
(a) no PII value of the input appears in what the CRM got, also after base64-decoding
    every base64-looking string (a wamid is base64 of the chat's phone number);
(b) revealing the tokens gives the input back (coordinates: rounded; media URL: Veil's);
(c) the same input again gives byte-identical deliveries (same tokens);
(d) the envelope shape is Meta's, key for key.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

from proxy.inbound import field_table
from proxy.inbound.media import media_url
from proxy.vault.vault import Revealed
from proxy.whatsapp.protocol import envelope, split
from tests.inbound.harness import SECRETS, PywaCrm, Veil, payload, payload_names, settings_for, subscriber, wait_for

TOKEN = re.compile(r"tok_[a-z][a-z0-9_]*_[a-z2-7]{26}|wamid\.[a-z2-7]{26}|QZ\.(?:ENT\.)?\d{20}|(?<!\d)289\d{12}(?!\d)")
B64ISH = re.compile(r"[A-Za-z0-9+/_-]{12,}={0,2}")
BUSINESS = {"15550783881", "106540352242922", "102290129340398"}
# PII inside free text and JSON strings (field-level PII is collected from the schema rules).
IN_TEXT = {"Sheena Nelson", "16505551234", "16505559999", "sheena@example.com"}
# Phone numbers hidden inside the payloads' wamids (docs/decisions.md item 2).
IN_WAMIDS = {"16503879439", "16467043595"}


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, (*path, i))
    else:
        yield path, node


def pii_of(value: dict[str, Any]) -> set[str]:
    """Every value the schema calls PII (identifiers, entities, coordinates), plus texts' PII."""
    text = json.dumps(value, ensure_ascii=False)
    found = {p for p in IN_TEXT if p in text}
    for path, leaf in _leaves(value):
        rule = field_table.classify(path)
        if rule.action in ("ident", "recipient", "entity", "coord") and leaf not in ("", None):
            if str(leaf) not in BUSINESS:
                found.add(str(leaf))
        if rule.action == "media_url":
            found |= set(re.findall(r"[?&][a-z]+=([^&]+)", str(leaf)))  # Meta's signed query string
    return found


def _b64_decodings(text: str) -> list[bytes]:
    out = []
    for match in B64ISH.findall(text):
        for decode in (base64.b64decode, base64.urlsafe_b64decode):
            try:
                out.append(decode(match + "=" * (-len(match) % 4)))
            except (binascii.Error, ValueError):
                pass
    return out


def leaks(pii: set[str], body: bytes) -> list[str]:
    """PII found in a delivered body: as sent, JSON-decoded (escapes undone), and inside every
    base64-looking string (decoded)."""
    plain = json.dumps(json.loads(body), ensure_ascii=False)
    nested = " ".join(str(v) for _, v in _leaves(json.loads(body)))
    found = []
    for value in pii:
        pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])")
        if any(pattern.search(t) for t in (body.decode(), plain, nested)):
            found.append(value)
    for raw in _b64_decodings(plain):
        found += [v for v in pii | IN_WAMIDS if len(v) >= 7 and v.encode() in raw]
    return found


def test_the_leak_check_can_fail() -> None:
    """The checker finds what it must: wamid phones by base64, escaped names, boundaries."""
    raw = json.dumps(payload("webhook-text.json")).encode()
    assert "16503879439" in leaks(set(), raw)
    assert "Sheena Nelson" in leaks({"Sheena Nelson"}, json.dumps({"a": "x Sheena Nelson y"}).encode())
    assert "Zoë Ann" in leaks({"Zoë Ann"}, json.dumps({"a": "Zoë Ann"}, ensure_ascii=True).encode())
    assert not leaks({"94025"}, b'{"a":"289194025286896"}')


async def _reveal_all(veil: Veil, received: Any) -> dict[str, str]:
    tokens = sorted({m for _, leaf in _leaves(received) if isinstance(leaf, str) for m in TOKEN.findall(leaf)})
    vault = veil.apps.runtime.ready_vault()
    out = {}
    for result in await vault.reveal("default", tokens):
        assert isinstance(result, Revealed), f"a delivered token does not reveal: {result}"
        out[result.token] = result.value
    return out


def _put_back(text: str, values: dict[str, str]) -> str:
    return TOKEN.sub(lambda m: values[m.group(0)], text)


def assert_reveals_to(original: Any, received: Any, values: dict[str, str], path: tuple[Any, ...] = ()) -> None:
    if isinstance(original, dict):
        assert isinstance(received, dict) and list(received) == list(original), path
        for key in original:
            if field_table.classify((*path, key)).action == "media_url":
                assert received[key] == media_url("https://veil.example", original["id"]), path
            else:
                assert_reveals_to(original[key], received[key], values, (*path, key))
    elif isinstance(original, list):
        assert isinstance(received, list) and len(received) == len(original), path
        for i, (o, r) in enumerate(zip(original, received, strict=True)):
            assert_reveals_to(o, r, values, (*path, i))
    elif field_table.classify(path).action == "coord":
        assert received == round(original, 2), path
    elif isinstance(original, str) and _is_json(original) and isinstance(received, str):
        assert json.loads(_put_back(received, values)) == json.loads(original), path
    elif isinstance(received, str) and TOKEN.search(received):
        assert _put_back(received, values) == str(original), path
    else:
        assert received == original, path


def _is_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict | list)
    except ValueError:
        return False


def shape(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: shape(v) for k, v in node.items()}
    if isinstance(node, list):
        return [shape(v) for v in node]
    return "number" if isinstance(node, int | float) and not isinstance(node, bool) else type(node).__name__


async def _forget_dedup(veil: Veil) -> None:
    """The shared payloads reuse one wamid across files (Meta never does): forget the
    dedup markers between files so each file is a first delivery."""
    redis = veil.apps.runtime.redis
    async for key in redis.scan_iter(match="veil:{[iq]:*}:m:*", count=1000):
        await redis.delete(key)


async def test_every_payload_end_to_end(
    redis7_url: str,
    tmp_path: Path,
    start_veil: Callable[..., Awaitable[Veil]],
    make_pywa_crm: Callable[[str], Awaitable[PywaCrm]],
) -> None:
    crm = await make_pywa_crm(SECRETS["crm"])
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)]))
    for name in payload_names():
        original = payload(name)
        parts = list(split(original))
        before = len(crm.raw)
        for attempt in range(2):  # (c): the same input twice
            await _forget_dedup(veil)
            resp = await veil.post(original)
            assert resp.status == 200, (name, await resp.text())
            expected_count = before + len(parts) * (attempt + 1)
            await wait_for(lambda n=expected_count: len(crm.raw) >= n, what=name)
        first, second = crm.raw[before : before + len(parts)], crm.raw[before + len(parts) :]
        assert first == second, f"{name}: the same input gave different deliveries"
        pii = pii_of(original)
        for body, part in zip(first, parts, strict=True):
            assert not leaks(pii, body), f"{name}: PII in delivery: {leaks(pii, body)}"
            received = json.loads(body)
            expected = envelope([part])
            assert shape(received) == shape(expected), name
            values = await _reveal_all(veil, received)
            got, want = received["entry"][0]["changes"][0], expected["entry"][0]["changes"][0]
            assert got["field"] == want["field"] and received["entry"][0]["id"] == expected["entry"][0]["id"]
            assert_reveals_to(want["value"], got["value"], values)
    assert set(crm.answers) == {200}, "pywa rejected a delivery (signature or shape)"
    kinds = {type(u).__name__ for u in crm.updates}
    assert {"Message", "MessageStatus", "CallbackButton", "CallbackSelection", "FlowCompletion"} <= kinds, kinds
    texts = [u for u in crm.updates if type(u).__name__ == "Message" and u.text]
    assert texts and all(u.from_user.wa_id in ("", None) or TOKEN.fullmatch(u.from_user.wa_id) for u in texts)
