"""A tradesperson a shop sent, or the branch manager a complaint names, before their name
(`title_words.TRADE_NOUNS`, read as a role before a name). Controls: the trade alone, a weekday, a
brand, a service or a branch after the same nouns. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("es", "el montador Yeferson dejó la cama montada, muy amable", ["Yeferson"]),
        ("it", "il montatore Gonario ha lasciato le viti sul tavolo", ["Gonario"]),
        ("pt", "o montador Anacleto montou a estante direitinho", ["Anacleto"]),
        ("fr", "le plombier Maëlig est reparti sans le joint", ["Maëlig"]),
        ("de", "der Monteur Jovan hat den Schrank aufgebaut", ["Jovan"]),
        ("de", "Der Filialleiter Gerold Mittermaier war unfreundlich", ["Gerold Mittermaier"]),
        ("es", "el fontanero Wilmer vino ayer", ["Wilmer"]),
    ],
)
def test_a_name_after_a_trade(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "el montador llega mañana entre las 9 y las 11"),
        ("de", "Kann der Monteur Montag kommen?"),
        ("it", "il montatore Ikea non è ancora passato"),
        ("de", "Der Elektriker Notdienst ist teuer"),
        ("es", "el fontanero Urgente no contesta"),
        ("de", "Der Filialleiter Hamburg hat sich nicht gemeldet"),
    ],
)
def test_a_trade_before_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
