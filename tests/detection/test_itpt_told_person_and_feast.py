"""A trusted Italian or Portuguese model span after the "a"/"à" of a verb of asking, telling or giving
(`trusted_persons._told`: "Abbiamo chiesto a Muchen", "ho dato le chiavi a Tesfay"), and an Italian feast
that is a first name after a bare "a" (`filters._italian_to`: "Ho dato lo scontrino a Assunta"). Controls:
the same prepositions before a place, the feasts with their article."""

from __future__ import annotations

import pytest

from proxy.detection.filters import _feast_day
from proxy.detection.settings import Span
from proxy.detection.trusted_persons import trusted_person
from tests.detection.helpers import at


@pytest.mark.parametrize(
    ("language", "text", "word", "kept"),
    [
        ("it", "Abbiamo chiesto a Muchen di portarlo lunedì", "Muchen", True),
        ("it", "ho dato le chiavi a Tesfay, passa lei", "Tesfay", True),
        ("pt", "o Ronaldo disse para perguntar à Nzinga?", "Nzinga", True),
        ("pt", "pedi à Ngueve para levantar", "Ngueve", True),
        # a place after the same prepositions, with no verb of asking or giving in the clause
        ("it", "andiamo a Ortisei sabato", "Ortisei", False),
        ("it", "mandate il pacco a Ortisei", "Ortisei", False),
        ("it", "ho chiesto il prezzo, poi sono andata a Ortisei", "Ortisei", False),
        ("pt", "vou à Nazaré no domingo", "Nazaré", False),
    ],
)
def test_the_one_asked_or_given_to(language: str, text: str, word: str, kept: bool) -> None:
    assert trusted_person(text, *at(text, word), language) is kept


@pytest.mark.parametrize(
    ("language", "text", "word", "feast"),
    [
        ("it", "Ho dato lo scontrino a Assunta, ritira lei il vestito", "Assunta", False),
        ("it", "Mandate il buono a Assunta per favore", "Assunta", False),
        ("it", "Siete aperti l'Assunta?", "Assunta", True),
        ("it", "Siete aperti per l'Assunta?", "Assunta", True),
    ],
)
def test_an_italian_feast_after_a_bare_a(language: str, text: str, word: str, feast: bool) -> None:
    span = Span("PERSON", *at(text, word), 0.85, "SpacyRecognizer")
    assert _feast_day(text, span, language) is feast


@pytest.mark.parametrize(
    ("language", "text", "word", "kept"),
    [
        ("it", "Salve! Sampath della scuola di surf mi ha detto che noleggiate mute", "Sampath", True),
        ("it", "Tsegai aveva detto lunedì e siamo a mercoledì", "Tsegai", True),
        ("pt", "Nzinga viu a minha mensagem?", "Nzinga", True),
        # the sentence's capital on an everyday word, a place, a heading before a colon
        ("it", "Addebitato due volte, potete controllare?", "Addebitato", False),
        ("it", "Vetraio: vetrocamera 60x90, che tempi avete?", "Vetraio", False),
        ("pt", "Lisboa tem entrega no mesmo dia?", "Lisboa", False),
    ],
)
def test_an_unknown_word_opening_a_sentence(language: str, text: str, word: str, kept: bool) -> None:
    assert trusted_person(text, *at(text, word), language) is kept
