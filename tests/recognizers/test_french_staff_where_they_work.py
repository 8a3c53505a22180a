"""Someone named by where they work or belong, then telling the writer something, in French: "X de
l'école de surf m'a dit", "X de la salle m'a conseillé" (`verb_slots`). Before, the frame of "X m'a
dit" read back over the place ("l'école de surf m'a") and missed the person; a word opened by an
elided article or pronoun ("l'école", "m'a") now ends a name read backward. A role, a relative, a
department, a chain or "quelqu'un" in the same place names no one. The names are made up."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


def _fr(text: str) -> list[str]:
    return found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bonjour ! Sounthone de l'école de surf m'a dit que vous louez des combinaisons", ["Sounthone"]),
        ("Séraphine de la salle m'a dit que je pouvais suspendre mon abonnement", ["Séraphine"]),
        ("Bonjour, Maëlig de la piscine m'a conseillé ce maillot", ["Maëlig"]),
        # "X m'a dit" alone, and "X du club nous a dit", are read as before
        ("Kerlann du club nous a dit de passer avant samedi", ["Kerlann"]),
        ("Bonjour ! Sounthone m'a dit que vous louez des combinaisons", ["Sounthone"]),
        # a role, a relative, a department, a chain, someone
        ("La vendeuse de la boutique m'a dit que c'était possible", []),
        ("Quelqu'un du magasin m'a dit que c'était possible", []),
        ("Le gérant de la salle m'a conseillé ce modèle", []),
        ("Bonjour, le SAV de la boutique m'a dit d'écrire ici", []),
        ("Mon voisin du 14 m'a dit de vous écrire", []),
        ("Maman de la crèche m'a dit de vous écrire", []),
        ("Bonjour, Leroy Merlin du centre m'a dit que c'était en stock", []),
    ],
)
def test_someone_named_by_where_they_work(text: str, names: list[str]) -> None:
    assert _fr(text) == names
