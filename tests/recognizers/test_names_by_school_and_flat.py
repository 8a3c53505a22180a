"""Someone named by where they belong (`verb_slots`): in Italian, as French read it, a school or a club
and then what they told the writer ("Tancredi della scuola di vela mi ha detto"); in Italian, French
and German, a neighbour by the flat or the floor they live on ("anselma cordioli dell'interno 7",
"X de l'appartement 5", "jadwiga kroll aus der 3. Etage"). Controls: a role or a day before the place,
the neighbours in the plural. Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "Salve! Tancredi della scuola di vela mi ha detto che noleggiate mute", ["Tancredi"]),
        ("fr", "Bonjour, c'est Ndeye Sarr de l'appartement 5, le chauffe-eau fuit", ["Ndeye Sarr"]),
        ("de", "hier ist jadwiga kroll aus der 3. Etage, das Teil ist da", ["jadwiga kroll"]),
    ],
)
def test_named_by_where_they_belong(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il direttore della scuola mi ha detto di scrivervi"),
        ("it", "Lunedì della settimana scorsa mi ha detto di sì"),
        ("fr", "Madame de l'appartement 5 a appelé"),
        ("de", "Die Nachbarn aus der 3. Etage haben das Paket"),
    ],
)
def test_no_one_by_the_place(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.5) == []
