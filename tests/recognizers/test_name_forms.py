"""Names in order forms, dedications and reviews, in the shapes of `bench.names_tune24` (a label
before a dash, a name in quotes after its cue, initials opening a name after a cue, a neighbour or a
trade in brackets, staff thanked at their post), and departments after the same cues, which are no
one. The names here are not `bench.names_tune24`'s."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "Recipient — Morag Sinclair", ["Morag Sinclair"]),
        ("es", "Destinatario — Begoña Arrizabalaga", ["Begoña Arrizabalaga"]),
        ("es", "Persona de contacto: Yamilet Polanco", ["Yamilet Polanco"]),
        ("es", 'Resérvalo a nombre de "Anselmo Quiroga" por favor', ["Anselmo Quiroga"]),
        ("en", "Contact: E. Oyelaran, accounts dept", ["E. Oyelaran"]),
        ("es", "Contacto: R. Sosa, administración", ["R. Sosa"]),
        ("es", "Le he pedido a Darlin Tejeda (mi vecina) que lo reciba", ["Darlin Tejeda"]),
        ("en", "I've asked Gethin Prosser (the plumber) to let them in", ["Gethin Prosser"]),
        ("en", "Kudos to Farhana at the till, lovely service", ["Farhana"]),
        ("es", "Muchas gracias a Yurena de atención al cliente", ["Yurena"]),
        ("es", "felicitar a maite de la pescadería que nos atendió genial", ["maite"]),
        ("it", "Grazie a Gavina del banco salumi, gentilissima", ["Gavina"]),
    ],
)
def test_names_in_forms_and_reviews(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Contact: Head Office"),
        ("en", "Recipient: Main Office"),
        ("en", "Sender: Amazon Marketplace"),
        ("es", "De parte de Recursos Humanos"),
        ("en", "Kudos to Nike on the packaging"),
        ("en", "Thanks to Royal Mail it arrived late again"),
        ("es", "Gracias a Correos llegó tarde otra vez"),
        ("es", "gracias a todos de corazón"),
        ("en", "Hi A. Thanks for that"),
    ],
)
def test_departments_and_companies_are_no_one(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []


def test_french_monsieur_stays_out_of_the_span() -> None:
    assert found(PersonNameRecognizer(supported_language="fr"), "À l'attention de M. Perrin") == ["Perrin"]


def test_a_first_name_before_a_department_word_stays_a_name() -> None:
    assert found(PersonNameRecognizer(supported_language="en"), "Contact: Priya Team Leader") == ["Priya"]
