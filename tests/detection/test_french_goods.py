"""French first names that are goods, shades and wines (`proxy.detection.french_goods`) and the
French goods nouns, shops and departments added to the first-name rules' lists, in the shapes of
`bench.nopii_tune30`; and people bearing the same word-names in the same positions, who stay.
Sentences written here, not the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        # a word-name, "de" and a lower-case noun: a set phrase of goods
        "Il vous reste de la Fleur de sel en pot ?",
        "Un bracelet en Pierre de lune pour ma mère",
        "La crème à la Fleur d'oranger est épuisée ?",
        "Trois bulbes de Reine des prés svp",
        # an article before the word-name
        "La Fleur de Lys en argent est à combien ?",
        "Deux bouteilles et une Blanche de Namur svp",
        "Le Margaux se garde combien de temps ?",
        # a wine estate
        "Une caisse de Château Margaux pour les 50 ans",
        # shades weighed against each other in a message about goods
        "Cerise ou Framboise pour le vernis ?",
        "Le pull existe en Prune ou en Marine ?",
        "Olive ou Kaki pour le chino ?",
        # French goods nouns, shops and departments before a name
        "Les biscuits Saint Michel sont revenus ?",
        "Les pastilles Violette sont en rupture ?",
        "La boulangerie Paul près de la gare est fermée ?",
        "Le magasin Jules ferme à quelle heure ?",
        "Au rayon Maison il y a des coussins ?",
    ],
)
def test_goods_named_like_people_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "fr") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rose Lambert passera chercher la fleur de sel", "Rose Lambert"),
        ("Pierre de retour demain pour le bracelet", "Pierre"),
        ("Pierre des ressources humaines a validé", "Pierre"),
        ("J'ai vu Fleur de loin au magasin", "Fleur"),
        ("Olive, Marine et Rose ont choisi le coloris", "Olive"),
        ("Olive, Marine et Rose ont choisi le coloris", "Marine"),
        ("Demandez à Pierre de venir chercher le bracelet", "Pierre"),
        ("La commande de Fleur Aubert est prête ?", "Fleur Aubert"),
        ("Pierre Giraud de la boutique m'a répondu", "Pierre Giraud"),
        ("Olive et Marine passeront au magasin", "Marine"),
        ("Rose ou Violette passera prendre le vernis", "Violette"),
        ("Le vernis prune est pour Prune Caron", "Prune Caron"),
        ("Signé : Violette Brun", "Violette Brun"),
        ("Paul Mercier récupère le pain à 8h", "Paul Mercier"),
        ("Le cadeau est pour Clémentine, ma nièce", "Clémentine"),
    ],
)
def test_people_with_the_same_names_stay(analyzer: Analyzer, text: str, name: str) -> None:
    spans = found(analyzer, text, "fr")
    assert any(name in t or t in name for e, t in spans if e == "PERSON" and t), spans
