"""A retirement wish before a name, and a wish's slot closed by the closing quote of an inscription to
be written on a cake or a card (`vocative_slots.WISHES`, `_CLOSES`). The sentences are our own; the
negative controls are the same wishes and quotes with no one's name in them."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("fr", "gâteau pour le pot, écrire « Bonne retraite Loulou » en rouge", ["Loulou"]),
        ("fr", "gâteau pour le pot, écrire « bonne retraite titou » en rouge", ["titou"]),
        ("fr", "sur la carte « Joyeux anniversaire Nanou » svp", ["Nanou"]),
        ("fr", 'sur la plaque "Bonne retraite Titou" en doré', ["Titou"]),
        ("it", "sulla torta scrivete «Buona pensione Gigi» in blu", ["Gigi"]),
        ("es", "en la tarta poned «Feliz jubilación Chelo» en azul", ["Chelo"]),
        ("pt", "no bolo escrevam “Feliz aposentadoria Zeca” em azul", ["Zeca"]),
        ("de", "Torte bitte mit „Alles Gute zur Rente Flocke“ in Blau", ["Flocke"]),
        ("en", "cake saying “Happy retirement Robbo” in blue", ["Robbo"]),
    ],
)
def test_names_in_inscriptions(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "gâteau pour le pot, écrire « Bonne retraite à tous » en rouge"),
        ("fr", "écrire « Bonne retraite Madame » en rouge"),
        ("fr", "gâteau pour le pot, écrire « Bonne retraite » en rouge"),
        ("fr", "sur la carte « Joyeux anniversaire Maman » svp"),
        ("it", "sulla torta scrivete «Buona pensione» in blu"),
        ("de", "Torte bitte mit „Alles Gute zur Rente“ in Blau"),
        ("es", "en la tarta poned «Feliz jubilación Mamá» en azul"),
    ],
)
def test_inscriptions_with_no_name(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
