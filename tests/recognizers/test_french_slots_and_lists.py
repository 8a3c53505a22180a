"""French record slots and lists that hold people (`recognizers.name_slots`): a name after "à son nom" or
"à mon nom", a booking's "réservation pour", "chambre pour", "dégustation pour", two
people joined by "et" in one slot, and a list closed by "et moi" whose lower-case items are no everyday
word. Controls put days, counts, relatives, everyday things and a company in the same slots. The names
are made up."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "à son nom", "à mon nom" before the name
        ("on a réservé, c'est à son nom Oukaci", ["Oukaci"]),
        ("la résa est à mon nom Maëlys Quéré, merci", ["Maëlys Quéré"]),
        # a booking's noun and "pour"
        ("Merci d'annuler la dégustation pour enora kerbrat, elle est malade", ["enora kerbrat"]),
        ("réservation pour Soizic Le Gall, deux nuits", ["Soizic Le Gall"]),
        ("inscription pour gwladys pennec, elle a 8 ans", ["gwladys pennec"]),
        # two people joined by "et" in one slot
        ("chambre pour ifeoma nduka et Maëlys Quéré, lits séparés svp", ["ifeoma nduka", "Maëlys Quéré"]),
        ("au nom de soizic le gall et enora kerbrat, merci", ["soizic le gall", "enora kerbrat"]),
        # a list closed by "et moi"
        ("départ samedi 9h10 pour kerbrat, tazrout, oukaci et moi", ["kerbrat", "tazrout", "oukaci"]),
        ("départ samedi pour aït oukaci, nduka et moi ⛳", ["aït oukaci", "nduka"]),
    ],
)
def test_people_in_french_slots_and_lists(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6) == names


@pytest.mark.parametrize(
    "text",
    [
        "réservation pour demain, on sera deux",
        "chambre pour deux personnes, lits séparés svp",
        "chambre pour moi et mon mari, lits séparés",
        "chambre pour maman et papa, lits séparés",
        "inscription pour le tournoi, catégorie moins de 16 ans",
        "inscription pour le cours du mardi et le stage, c'est possible ?",
        "dégustation pour les fêtes, il reste des places ?",
        "résa pour ce soir et demain",
        "la réservation est au nom du club, merci",
        "au nom de toute l'équipe, merci !",
        "c'est à mon nom ou au nom de la société ?",
        "la résa est à mon nom de jeune fille, voilà",
        "pour le pain, le vin et moi",
        "il y a le chien, le chat et moi à la maison",
        "mon mari et moi on passe samedi",
        "ski et moi ça fait deux",
        "entre toi et moi",
    ],
)
def test_the_same_slots_without_people(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6) == []
