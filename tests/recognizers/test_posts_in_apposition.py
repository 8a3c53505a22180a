"""A post in apposition after a name in Italian, French and German (`verb_slots`, `_IT_POSTED`,
`_FR_POSTED`, `_DE_POSTED`): a determiner or a possessive, then a trade, a carer or a club's post only a
person holds ("Tsegai il giardiniere", "Yodit, la nostra dog sitter", "kofi mensah le trésorier",
"Zoran, unser Gärtner"). Controls: a day or a word before the post, a German noun before it with no
comma, a post with no name before it. Sentences written here, none taken from a set."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "il cancello sul retro ve lo apre Tsegai il giardiniere", ["Tsegai"]),
        ("it", "le chiavi le ha Yodit, la nostra dog sitter", ["Yodit"]),
        ("it", "dopo le 15 passa Rosina la signora delle pulizie", ["Rosina"]),
        ("it", "la quota la raccoglie Nnamdi il tesoriere della squadra", ["Nnamdi"]),
        ("fr", "je paie qui, kofi mensah le trésorier du club ?", ["kofi mensah"]),
        ("fr", "Le portail, c'est Goulven le jardinier qui l'ouvre", ["Goulven"]),
        ("fr", "Demandez à Mawuli, notre femme de ménage, elle a la clé", ["Mawuli"]),
        ("de", "Das Tor macht euch Zoran, unser Gärtner, am Dienstag auf", ["Zoran"]),
    ],
)
def test_a_post_in_apposition_after_a_name(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Lunedì il giardiniere viene alle otto"),
        ("it", "grazie, la nostra dog sitter è bravissima"),
        ("it", "Domani la signora delle pulizie non c'è"),
        ("fr", "Demain le jardinier passe vers midi"),
        ("fr", "Merci, notre femme de ménage a trouvé la bague"),
        ("de", "Am Montag unser Gärtner kommt nicht"),
        ("de", "Im Garten, unser Gärtner hat alles gemäht"),
    ],
)
def test_no_name_before_the_post(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
