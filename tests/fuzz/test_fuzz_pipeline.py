"""Fuzzing the walker + tokenisation pipeline: random webhook-shaped updates with PII
injected (the customer's number in every identifier field, a profile name, e-mail
addresses and phone numbers in free text and in unknown fields, nested JSON strings).
No crash, no injected PII value in the output, and the output is valid JSON in Meta's
serialisation. Real vault on a real Redis, the real small-model detector."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from redis.asyncio import Redis

from proxy.config import DEFAULT_TENANT, VaultSettings
from proxy.detection.detector import Detector
from proxy.inbound.path import tenant_contexts
from proxy.inbound.pipeline import tokenize_payload
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.vault import Vault
from proxy.whatsapp.protocol import dumps, envelope, split
from tests.fuzz.harness import FUZZ, Loop
from tests.inbound.harness import settings_for

NAMES = ["Sheena Nelson", "Maria Rossi", "Jean-Luc Picard", "Ana María López", "Oluwaseun Adeyemi", "Wei Zhang"]
WORDS = st.sampled_from(
    [
        "hello",
        "order",
        "please",
        "the",
        "color",
        "tomorrow",
        "ok",
        "thanks",
        "is",
        "my",
        "¿dónde?",
        "📦",
        "café",
        "#42",
        "size",
        "M",
        "and",
        "at",
    ]
)
NOISE = st.lists(WORDS, min_size=0, max_size=6).map(" ".join)
WA_ID = st.integers(10_000_000_000, 999_999_999_999_999).map(str).filter(lambda s: not s.startswith("0"))
EMAIL = st.tuples(
    st.from_regex(r"[a-z]{3,10}", fullmatch=True),
    st.from_regex(r"[a-z]{3,8}", fullmatch=True),
    st.sampled_from(["com", "org", "it", "co.uk"]),
).map(lambda t: f"{t[0]}.x@{t[1]}.{t[2]}")
PHONE = st.integers(2_000_000, 9_999_999).map(lambda n: f"+1 650 {str(n)[:3]} {str(n)[3:7]}")


@st.composite
def webhook(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A text-message webhook (plus random extra fields) and the PII values injected in it."""
    wa_id, name, email, phone = draw(WA_ID), draw(st.sampled_from(NAMES)), draw(EMAIL), draw(PHONE)
    pieces = draw(st.permutations([email, phone, draw(st.sampled_from([wa_id, name, email]))]))
    body = " ".join(f"{draw(NOISE)} {p}".strip() for p in pieces) + " " + draw(NOISE)
    message: dict[str, Any] = {
        "from": wa_id,
        "id": f"wamid.FUZZ{draw(st.integers(0, 10**9))}",
        "timestamp": "1749416383",
        "type": "text",
        "text": {"body": body.strip()},
    }
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [message],
    }
    extra = draw(st.sampled_from(["none", "unknown_text", "unknown_number", "nested_json", "context"]))
    if extra == "unknown_text":
        message["x_note"] = f"{draw(NOISE)} {email}".strip()  # an unknown field: examined, never passed
    elif extra == "unknown_number":
        message["x_phone"] = int(wa_id)
    elif extra == "nested_json":
        message["x_data"] = json.dumps({"customer_name": name, "mail": email, "mobile": phone})
    elif extra == "context":
        message["context"] = {"from": wa_id, "id": "wamid.CTX"}
    payload = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }
    return payload, [wa_id, name, email, phone]


def _leaks(output: str, values: list[str]) -> list[str]:
    text = output.lower()
    digits_only = re.sub(r"\D", "", output)
    found = []
    for v in values:
        d = re.sub(r"\D", "", v)
        if v.lower() in text or json.dumps(v)[1:-1].lower() in text or (len(d) >= 7 and d in digits_only):
            found.append(v)
    return found


@pytest.fixture
def vault(loop: Loop, redis7_url: str, key_env: dict[str, str]) -> Iterator[Vault]:
    client = Redis.from_url(redis7_url)
    made = Vault(client, KeyStore(client, load_keys(EnvFileProvider(key_env))), VaultSettings(url=redis7_url))
    loop.run(made.keystore.verify())
    loop.cleanups.append(client.aclose)
    yield made


@given(case=webhook())
@FUZZ
def test_no_injected_pii_passes_and_output_is_json(
    case: tuple[dict[str, Any], list[str]], vault: Vault, loop: Loop, detector: Detector, tmp_path: Path
) -> None:
    payload, values = case
    ctx = tenant_contexts(settings_for("redis://unused", tmp_path, []))[DEFAULT_TENANT]
    parts = list(split(payload))
    results = loop.run(tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector))
    out = dumps(envelope([r.part for r in results])).decode()
    assert json.loads(out)["entry"][0]["changes"][0]["value"]["messages"]
    assert _leaks(out, values) == [], out
