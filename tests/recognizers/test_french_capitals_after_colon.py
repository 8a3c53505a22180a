"""A French name copied in capitals after a colon, ending the message ("exactement : ROSELINE
FILS-AIMÉ", "Gravure du trophée : ERWAN LE ROUX"): `capital_runs` reads French runs after a colon
too, by the test its other cues use (a listed first name that is no everyday word opens the run), and
a particle between two words of the run ("LE", "DU") stays inside it. Headings, colours, models,
wishes and towns after a colon name no one. The names are made up for these tests."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


def _fr(text: str) -> list[str]:
    return found(PersonNameRecognizer(supported_language="fr"), text, min_score=0.6)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Je voudrais 40 étiquettes thermocollantes, exactement : ROSELINE FILS-AIMÉ", ["ROSELINE FILS-AIMÉ"]),
        ("Gravure de la coupe du tournoi : MARIAMA MDAHOMA", ["MARIAMA MDAHOMA"]),
        ("Plaque du trophée de la saison : ERWAN LE ROUX", ["ERWAN LE ROUX"]),
        ("Pour le tampon, le texte exact : WISSAM FRANGIÉ, merci", ["WISSAM FRANGIÉ"]),
        # after a preposition as before, a particle inside the run now too
        ("Vous mettez de côté 6 bouteilles pour ERWAN LE ROUX ? il passe samedi", ["ERWAN LE ROUX"]),
        # headings, colours, models, wishes and towns after a colon
        ("Gravure du trophée : JOYEUX ANNIVERSAIRE", []),
        ("Objet : LIVRAISON URGENTE", []),
        ("Couleur : ROSE GOLD", []),
        ("Modèle : CLIO RS", []),
        ("Référence : MARINE BLEU", []),
        ("Texte à graver : MEILLEUR PAPA", []),
        ("Texte : BONNE FÊTE MAMAN", []),
        ("Destination : SAINT MALO", []),
        # a particle ending the run is no surname: the run is left
        ("Commande pour ERWAN LE", []),
    ],
)
def test_a_name_in_capitals_after_a_colon(text: str, names: list[str]) -> None:
    assert _fr(text) == names
