"""Shops named after one first name, opened by a trade noun of furniture, bicycles, pets, jewellery,
workshops (`filters._TRADES`, `filters._trade_name`): "Mascotas Toby", "Mobili Giuliana", "Móveis
Teresa", "Meubles Odette" are shops; a trade noun before a popular first name and a surname is still
a person's full name ("Muebles Lola Martínez")."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from tests.detection.helpers import at

GIVEN = "GivenNameRecognizer"


@pytest.mark.parametrize(
    ("language", "text", "value", "shop"),
    [
        ("es", "¿Tenéis el pienso en Mascotas Rocco?", "Mascotas Rocco", True),
        ("es", "Lo recojo en Muebles Amparo el lunes", "Muebles Amparo", True),
        ("it", "Passo a ritirare da Mobili Ornella sabato", "Mobili Ornella", True),
        ("pt", "Móveis Graciete: ainda têm o sofá cinza?", "Móveis Graciete", True),
        ("fr", "Je passe chez Meubles Odette demain", "Meubles Odette", True),
        ("de", "Das Rad liegt bei Fahrräder Gunther", "Fahrräder Gunther", True),
        ("en", "Is Cycles Barnaby open on Sunday?", "Cycles Barnaby", True),
        ("es", "Compré la mesa en Muebles Lola Martínez", "Muebles Lola Martínez", False),  # a full name
        ("it", "Mobili Ornella Ferri mi ha chiamato", "Mobili Ornella Ferri", False),
    ],
)
def test_trade_named_on_a_first_name(language: str, text: str, value: str, shop: bool) -> None:
    span = Span("PERSON", *at(text, value), 0.85, GIVEN)
    assert (settle(text, [span], language, ner_filter=False) == []) is shop
