"""GivenNameRecognizer: a listed first name alone as a message's last sentence is its writer's
signature, even a name that is also a word elsewhere ("… POR FAVOR. Bruna", "bis nächste Woche.
Roman"). Not an everyday word of the message's language, a word of another, a relative or a role
("¡Gracias! Perfecto", "Tanti auguri! Nonna", "vom 3. August"). Hand-written sentences, none taken
from a held-out set.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

SIGNED = [
    ("pt", "REMARQUEM O BANHO DO CÃO PARA SÁBADO POR FAVOR. Bruna", ["Bruna"]),
    ("de", "Danke für den schnellen Versand! Bis bald. Roman", ["Roman"]),
    ("de", "Danke für den schnellen Versand! Bis bald. Encarnación", ["Encarnación"]),
]


@pytest.mark.parametrize(("language", "text", "names"), SIGNED)
def test_a_listed_name_alone_at_the_messages_end_is_its_signature(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


UNSIGNED = [
    ("es", "Todo llegó bien, ¡gracias! Perfecto", []),
    ("it", "Biglietto: tanti auguri! Nonna", []),
    ("de", "Der Bon ist vom 3. August", []),
    ("fr", "C'est bien reçu ? Merci", []),
    ("en", "Thanks so much. Merci", []),
    # the same name in the middle of the message: as before, a word-name alone opening a sentence is no one
    ("pt", "Bruna. Remarquem o banho do cão para sábado", []),
]


@pytest.mark.parametrize(("language", "text", "names"), UNSIGNED)
def test_words_at_the_messages_end_sign_nothing(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
