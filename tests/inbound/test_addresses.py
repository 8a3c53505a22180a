"""Street addresses end to end: a webhook text with an address reaches the CRM as an ADDRESS
token, and that token reveals to the address for a service allowed to see ADDRESS (and to no other)."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from tests.inbound.harness import Crm, Veil, settings_for, subscriber, text_message, wait_for
from tests.server.helpers import SERVICE_KEY

ADDRESSES = [
    "Via Garibaldi 12, 20121 Milano",
    "Calle Mayor, 5, 28013 Madrid",
    "Rua Augusta, 1500 - São Paulo, CEP 01304-001",
    "Hauptstraße 5, 10115 Berlin",
    "19086 Sanchez Alley, Grahamfurt, DE 14089",
]
SERVICES = [
    {"name": "crm", "api_key_env": "VEIL_SVC_CRM_KEY", "use": ["PHONE_NUMBER"], "reveal": ["ADDRESS"],
     "purposes": ["delivery"]},
]  # fmt: skip


@pytest.mark.parametrize("address", ADDRESSES)
async def test_an_address_is_delivered_as_a_token_that_reveals_to_it(
    address: str, redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:  # fmt: skip
    crm = await make_crm()
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)], services=SERVICES))
    text = f"please ship it to {address} thanks"
    assert (await veil.post(text_message("wamid.addr1", text))).status == 200
    await wait_for(lambda: len(crm.received) == 1)
    delivered = crm.received[0].body.decode()
    body = crm.bodies()[0]["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"]
    for part in re.split(r"[ ,]+", address):
        if len(part) > 3 and not part.isalpha():  # house numbers and postcodes: nothing distinctive is left
            assert part not in delivered, part
    [token] = re.findall(r"tok_address_[a-z2-7]{26}", body)
    assert body == f"please ship it to {token} thanks"
    headers = {"Authorization": f"Bearer {SERVICE_KEY}"}
    resp = await veil.client.post("/v1/detokenize", headers=headers, json={"tokens": [token], "purpose": "delivery"})
    assert resp.status == 200, await resp.text()
    assert (await resp.json())["results"] == [{"token": token, "entity": "ADDRESS", "value": address}]


async def test_an_address_token_is_not_revealed_without_the_grant(
    redis7_url: str, tmp_path: Path, start_veil: Callable[..., Awaitable[Veil]],
    make_crm: Callable[[], Awaitable[Crm]],
) -> None:  # fmt: skip
    crm = await make_crm()
    services = [SERVICES[0] | {"reveal": ["PHONE_NUMBER"]}]
    veil = await start_veil(settings_for(redis7_url, tmp_path, [subscriber("crm", crm.url)], services=services))
    assert (await veil.post(text_message("wamid.addr2", f"ship to {ADDRESSES[0]}"))).status == 200
    await wait_for(lambda: len(crm.received) == 1)
    [token] = re.findall(r"tok_address_[a-z2-7]{26}", crm.received[0].body.decode())
    headers = {"Authorization": f"Bearer {SERVICE_KEY}"}
    resp = await veil.client.post("/v1/detokenize", headers=headers, json={"tokens": [token], "purpose": "delivery"})
    answer = await resp.json()
    assert answer["results"] == [{"token": token, "error": "forbidden"}]
    assert ADDRESSES[0] not in json.dumps(answer)
