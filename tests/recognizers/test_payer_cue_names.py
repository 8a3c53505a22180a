"""Who pays, made the order or picks it up, named after the verb in Spanish and Portuguese chat
(`name_words.PAYER_CUES`), and the short forms people go by (`data/nicknames.tsv`); with the same
verbs before a method, a carrier, an app, a bank, a shop or a role, which name no one. Sentences
written here in the shapes of `bench.names_tune26`, with other names."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "Paga Yoselin en efectivo cuando venga", ["Yoselin"]),
        ("es", "El pedido lo hizo Brayhan, ¿ya salió?", ["Brayhan"]),
        ("es", "La transferencia la hizo Nayelis anoche", ["Nayelis"]),
        ("es", "Lo recoge Yordano después del trabajo", ["Yordano"]),
        ("es", "El que paga es Keiner", ["Keiner"]),
        ("es", "que lo recoja lalo el sábado", ["lalo"]),
        ("es", "el pedido lo hizo goyo", ["goyo"]),
        ("pt", "Quem paga é o Wanderlei", ["Wanderlei"]),
        ("pt", "quem paga é o cadu", ["cadu"]),
        ("pt", "fala com o vavá, ele sabe", ["vavá"]),
        ("pt", "Manda pro Edinaldo o comprovante", ["Edinaldo"]),
    ],
)
def test_a_payer_or_collector_after_the_verb_is_a_person(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Paga con tarjeta cuando venga"),
        ("es", "Lo recoge Glovo a las 9"),
        ("es", "Lo recoge Seur el lunes"),
        ("es", "El pedido lo hizo la empresa"),
        ("es", "paga el seguro, no yo"),
        ("es", "Hablas con Movistar, ¿en qué te ayudo?"),
        ("pt", "Quem paga é o Nubank?"),
        ("pt", "Fala com a Magalu que o pedido não chegou"),
        ("pt", "fala com o gerente"),
        ("pt", "Quem paga é a empresa"),
        ("pt", "O rack de teto pro Mercedes Classe A vocês têm?"),
        ("en", "Is the iPhone 15 Pro Max back in stock?"),
    ],
)
def test_the_same_verbs_before_a_thing_name_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text) == []
