"""The tokenising pipeline: each customer text analysed in its own language."""

from __future__ import annotations

import json
from pathlib import Path

from redis.asyncio import Redis

from proxy.config import DEFAULT_TENANT, VaultSettings
from proxy.detection.detector import Detector
from proxy.inbound.path import tenant_contexts
from proxy.inbound.pipeline import tokenize_payload
from proxy.vault.key_material import EnvFileProvider, load_keys
from proxy.vault.keyring import KeyStore
from proxy.vault.vault import Vault
from proxy.whatsapp.protocol import split
from tests.inbound.harness import settings_for, text_message

# The tenant speaks English; its customer writes Italian. The partita IVA needs its context
# word, which only the Italian reading (its stop words) reaches.
ITALIAN = "Buongiorno, la partita IVA che vi ho dato è sempre la stessa di prima: 12345678903"
VAT = "12345678903"


async def _body(redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector, **tenant: object) -> str:
    """The text body Veil forwards for ITALIAN, sent to the `default` tenant configured thus."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    settings = settings_for("redis://unused", tmp_path, [], tenants=[{"name": DEFAULT_TENANT} | tenant])
    ctx = tenant_contexts(settings)[DEFAULT_TENANT]
    parts = list(split(text_message("wamid.LANG1", ITALIAN, wa_id="447700900123")))
    [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
    body: str = result.part.value["messages"][0]["text"]["body"]
    return body


async def test_an_italian_message_to_an_english_tenant_is_analysed_in_italian(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    body = await _body(redis, key_env, tmp_path, detector, language="en")
    assert VAT not in body and "tok_it_vat_code_" in body


async def test_a_tenant_that_turned_identification_off_keeps_its_language(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    # the grey zone off: it would tokenise the digits anyway, as a "+1 234 567 8903" typed without "+"
    body = await _body(redis, key_env, tmp_path, detector, language="en", identify_language=False, grey_zone=False)
    assert VAT in body  # read as English, as before: the context word is out of reach


async def test_a_national_number_is_read_in_the_customers_own_country(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """An English shop with no phone_regions; its French customer types a French number in English.
    The grey zone is off here: with it on, any phone-shaped run is tokenised anyway (next test)."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    tenant = {"name": DEFAULT_TENANT, "language": "en", "grey_zone": False}
    settings = settings_for("redis://unused", tmp_path, [], tenants=[tenant])
    ctx = tenant_contexts(settings)[DEFAULT_TENANT]
    text = "you can reach me at 06 82 23 77 45 after six, thanks"
    bodies = []
    for wa_id in ("33612345678", "447700900123"):  # a French customer, then a British one
        parts = list(split(text_message(f"wamid.PH{wa_id}", text, wa_id=wa_id)))
        [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
        bodies.append(result.part.value["messages"][0]["text"]["body"])
    assert "06 82 23 77 45" not in bodies[0] and "tok_phone_number_" in bodies[0]
    assert "06 82 23 77 45" in bodies[1]  # nothing says a British customer's number is French


async def test_a_phone_shaped_run_no_region_reads_is_tokenised_in_the_grey_zone(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """When in doubt, tokenise: the same number from a British customer is no valid British
    number, but it has a phone's shape, so the default tenant (grey zone on) tokenises it."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    settings = settings_for("redis://unused", tmp_path, [], tenants=[{"name": DEFAULT_TENANT, "language": "en"}])
    ctx = tenant_contexts(settings)[DEFAULT_TENANT]
    text = "you can reach me at 06 82 23 77 45 after six, thanks"
    parts = list(split(text_message("wamid.PHSHAPE", text, wa_id="447700900123")))
    [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
    body = result.part.value["messages"][0]["text"]["body"]
    assert "06 82 23 77 45" not in body and "tok_phone_number_" in body


async def test_grey_zone_numbers_are_tokenised_unless_the_tenant_turns_it_off(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """An international number typed without "+" and with no context word scores below the
    threshold; it is tokenised by default, and counted; a tenant can turn that off."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    text = "scrivete pure a 393471234567 grazie"
    bodies, counted = [], []
    for tenant in ({"name": DEFAULT_TENANT}, {"name": DEFAULT_TENANT, "grey_zone": False}):
        settings = settings_for("redis://unused", tmp_path, [], tenants=[tenant])
        ctx = tenant_contexts(settings)[DEFAULT_TENANT]
        parts = list(split(text_message(f"wamid.GREY{len(bodies)}", text, wa_id="447700900123")))
        [result] = await tokenize_payload(
            parts,
            ctx=ctx,
            vault=vault,
            detector=detector,
            on_grey=lambda spans: counted.append([s.entity for s in spans]),
        )
        bodies.append(result.part.value["messages"][0]["text"]["body"])
    assert "393471234567" not in bodies[0] and "tok_phone_number_" in bodies[0]
    assert "393471234567" in bodies[1]
    assert counted == [["PHONE_NUMBER"], []]


async def test_json_carried_in_a_text_body_is_walked_with_its_keys(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """A form or bot posts JSON as the message text: names under name keys and PII inside
    its values are tokenised where free-text detection sees no sentence, and it stays JSON."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    settings = settings_for("redis://unused", tmp_path, [], tenants=[{"name": DEFAULT_TENANT}])
    ctx = tenant_contexts(settings)[DEFAULT_TENANT]
    text = (
        '[{"first_name": "Lucía", "last_name": "Fernández", "nota": "llamadme al +34 612 345 678"},'
        ' {"qty": 2, "sku": "AB-12"}]'
    )
    parts = list(split(text_message("wamid.JSON1", text, wa_id="34612000111")))
    [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
    body = result.part.value["messages"][0]["text"]["body"]
    for value in ("Lucía", "Fernández", "612 345 678"):
        assert value not in body
    doc = json.loads(body)
    assert [sorted(d) for d in doc] == [["first_name", "last_name", "nota"], ["qty", "sku"]]
    assert doc[0]["first_name"].startswith("tok_person_") and doc[1] == {"qty": 2, "sku": "AB-12"}
    assert doc[0]["nota"].startswith("llamadme al ")


async def test_a_text_body_that_only_looks_like_json_stays_text(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    settings = settings_for("redis://unused", tmp_path, [], tenants=[{"name": DEFAULT_TENANT}])
    ctx = tenant_contexts(settings)[DEFAULT_TENANT]
    text = "[urgente] scrivete a mario.rossi@example.com {grazie}"
    parts = list(split(text_message("wamid.JSON2", text, wa_id="393471234567")))
    [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
    body = result.part.value["messages"][0]["text"]["body"]
    assert body.startswith("[urgente] scrivete a tok_") and body.endswith(" {grazie}")


async def test_a_tenant_with_places_all_has_a_routes_town_tokenised_inbound(
    redis: Redis, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    """`tenants[].places: all` reaches the inbound path's detector call (`Context.places`): the town of
    "the last train to York" is forwarded in clear by default and tokenised for that tenant."""
    vault = Vault(redis, KeyStore(redis, load_keys(EnvFileProvider(key_env))), VaultSettings())
    await vault.keystore.verify()
    text = "Is the last train to York at 11? Thanks"
    bodies = []
    for tenant in ({"name": DEFAULT_TENANT}, {"name": DEFAULT_TENANT, "places": "all"}):
        settings = settings_for("redis://unused", tmp_path, [], tenants=[tenant])
        ctx = tenant_contexts(settings)[DEFAULT_TENANT]
        parts = list(split(text_message(f"wamid.PLACES{len(bodies)}", text, wa_id="447700900123")))
        [result] = await tokenize_payload(parts, ctx=ctx, vault=vault, detector=detector)
        bodies.append(result.part.value["messages"][0]["text"]["body"])
    assert bodies[0] == text
    assert "York" not in bodies[1] and "tok_location_" in bodies[1]
