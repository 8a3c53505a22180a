"""Things in a person's slot (`recognizers/slot_things.py`): German compound nouns ("läuft auf
Lastschrift", "Termin bei Augenarzt"), payment, checkout and returns words ("Atendido por Caja
Rápida"), and shop-type words ("cita con Ópticalia") are no one; names in the same slots, German
surnames built on a noun ("Hartmann", "Kirchhoff") included, stay names. The names are made up or
common for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from recognizers.slot_things import german_compound_noun, thing
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Bestellung läuft auf Lastschrift"),
        ("de", "Bedient von Selbstkasse, keiner war da"),
        ("de", "Termin bei Augenarzt am Freitag, komme danach"),
        ("de", "Die Zahlung läuft auf Sofortüberweisung"),
        ("de", "Unterschrieben von Nachnahme, steht so im Tracking"),
        ("es", "Atendido por Caja Rápida, no había nadie"),
        ("es", "Tengo cita con Ópticalia el viernes"),
        ("it", "Appuntamento con Otticanet alle 11"),
        ("pt", "Tenho consulta com a Opticlinic amanhã"),
        ("fr", "Rendez-vous avec Opticlair samedi"),
        ("en", "I have an appointment with Opticare on Monday"),
    ],
)
def test_thing_in_a_person_slot(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("de", "Die Bestellung läuft auf Hartmann", ["Hartmann"]),
        ("de", "Termin bei Kirchhoff am Freitag", ["Kirchhoff"]),
        ("de", "Bedient von Svenja, war sehr nett", ["Svenja"]),
        ("de", "Die Bestellung läuft auf Malte Schröder", ["Malte Schröder"]),
        ("es", "Atendido por Nerea Romero, muy amable", ["Nerea Romero"]),
        ("it", "Appuntamento con Chiara Bianchi alle 11", ["Chiara Bianchi"]),
        ("en", "I have an appointment with Orla Hughes on Monday", ["Orla Hughes"]),
    ],
)
def test_name_in_the_same_slot(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("word", "compound"),
    [
        ("Vorkasse", True),
        ("Firmenkonto", True),
        ("Abholstation", True),
        ("Hartmann", False),  # a surname's tail
        ("Rosenberg", False),
        ("Gottfried", False),  # a listed first name
        ("Kasse", False),  # no head
    ],
)
def test_german_compound_noun(word: str, compound: bool) -> None:
    assert german_compound_noun(word) is compound


def test_thing_is_german_only_for_compounds() -> None:
    assert thing(["Vorkasse"], "de")
    assert thing(["Nachnahme"], "fr")  # a payment word in any language
    assert not thing(["Firmenkonto"], "en")
    assert not thing([], "de")
