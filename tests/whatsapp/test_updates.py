"""What one update means: its customer's aliases (in preference order, once each) and its
shape check, over the shared real-shaped payloads."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from proxy.errors import ShapeError
from proxy.whatsapp import updates
from proxy.whatsapp.protocol import Part, split
from tests.helpers import PAYLOADS

WEBHOOKS = sorted(p for p in PAYLOADS.glob("webhook-*.json") if p.stem != "webhook-verify-get")  # a GET, no body


def _parts(name: str) -> list[Part]:
    return list(split(json.loads((PAYLOADS / name).read_text())))


@pytest.mark.parametrize("path", WEBHOOKS, ids=lambda p: p.stem)
def test_check_shape_returns_the_aliases_of_every_known_update(path: Path) -> None:
    for part in split(json.loads(path.read_text())):
        assert updates.check_shape(part) == updates.aliases(part)


def test_text_message_aliases_wa_id_first_each_once() -> None:
    (part,) = _parts("webhook-text.json")
    # `from` and the contacts block name the same customer: each alias appears once
    assert updates.aliases(part) == [("wa_id", "16505551234"), ("bsuid", "US.13491208655302741918")]


def test_status_aliases_name_the_recipient() -> None:
    part = _parts("webhook-status-delivered.json")[0]
    pairs = updates.check_shape(part)
    assert pairs and pairs[0][0] == "wa_id"
    assert pairs[0][1] == updates.item(part)["recipient_id"]


def test_account_level_update_has_no_customer() -> None:
    (part,) = _parts("webhook-account-update.json")
    assert updates.check_shape(part) == [] == updates.aliases(part)


def _text_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((PAYLOADS / "webhook-text.json").read_text())
    return doc


def test_shape_errors_name_no_value() -> None:
    doc = _text_doc()
    doc["entry"][0]["changes"][0]["field"] = "not_a_field"
    with pytest.raises(ShapeError, match="unknown webhook field"):
        updates.check_shape(next(split(doc)))

    anonymous = copy.deepcopy(_text_doc())
    value = anonymous["entry"][0]["changes"][0]["value"]
    del value["contacts"]
    for key in ("from", "from_user_id"):
        del value["messages"][0][key]
    with pytest.raises(ShapeError, match="without a customer identifier") as caught:
        updates.check_shape(next(split(anonymous)))
    assert "16505551234" not in str(caught.value)
