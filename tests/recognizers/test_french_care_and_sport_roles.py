"""French roles a customer names a person by, before the name (`title_words.ROLE_NOUNS`): the trainer,
the pharmacist, the tattooist, the nurse. The sentences are our own; the negative controls are the same
roles with no name after them, and "coach", which is left out (a brand and a bus)."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("la pharmacienne Loubna m'a dit que la crème arrivait", ["Loubna"]),
        ("le pharmacien Kerjean a gardé l'ordonnance", ["Kerjean"]),
        ("notre entraîneur Okonkwo veut la photo d'équipe", ["Okonkwo"]),
        ("mon entraîneuse Sidibé passe prendre les maillots", ["Sidibé"]),
        ("le tatoueur Sambath m'a dit de revenir jeudi", ["Sambath"]),
        ("mon infirmière Tassadit passe à 9h pour le pansement", ["Tassadit"]),
    ],
)
def test_names_after_french_roles(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "la pharmacienne de garde est où ?",
        "notre entraîneur de l'équipe veut la photo",
        "mon infirmière passe à 9h pour le pansement",
        "le tatoueur a dit de revenir jeudi",
        "le sac Coach est dispo ?",
        "Is the Coach Tabby bag back in stock?",
    ],
)
def test_roles_with_no_name_after_them(text: str) -> None:
    language = "en" if text.startswith("Is") else "fr"
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
