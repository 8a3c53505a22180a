"""Italian and French names in the shapes of `bench.names_tune23` the rules missed: an initial before
a surname that opens with a particle ("R. Lo Cascio", "J. Da Silva"), an Italian initial "M." that is
no Monsieur, a form's surname field opening with the language's particle ("Cognome: Li Causi"), a pair
of words right before whom they are to the writer ("dare a ... la mia vicina"), and two names joined by
a slash; after "c/o", everyday words that are no first name are premises, and a carrier heading a
run is no one. Controls keep goods, colours, towns and shops out. The names here are not
`bench.names_tune23`'s."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("it", "Firmato: V. Lo Bue", ["V. Lo Bue"]),
        ("it", "Destinatario: A. Li Causi, interno 4", ["A. Li Causi"]),
        ("it", "Firmato: M. Fadda", ["M. Fadda"]),
        ("it", "Cognome: Li Causi", ["Li Causi"]),
        ("fr", "Signé : K. Le Floch", ["K. Le Floch"]),
        ("fr", "Destinataire : P. Da Costa, 3e étage", ["P. Da Costa"]),
        ("fr", "Signé : M. Garnier", ["Garnier"]),  # Monsieur Garnier: the title stays out
        ("it", "puoi lasciarlo a giacomo sechi il mio vicino", ["giacomo sechi"]),
        ("fr", "vous pouvez le laisser à solenn riou ma voisine", ["solenn riou"]),
        ("it", "Ritira Anselmo/Violeta, uno dei due", ["Anselmo", "Violeta"]),
        ("fr", "Retrait par Solène/Ewen", ["Solène", "Ewen"]),
        ("fr", "Noms : Ewen Quéré/Solène Prigent", ["Ewen Quéré", "Solène Prigent"]),  # each side whole
        ("it", "spedire c/o Mario Rossi", ["Mario Rossi"]),
        ("it", "consegna c/o Ferro Bianca", ["Ferro Bianca"]),  # everyday words, one a first name
        ("fr", "livraison c/o Lucie Fontaine", ["Lucie Fontaine"]),
    ],
)
def test_names_in_commerce_forms(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Ho preso la taglia M. Grazie"),
        ("it", "lascialo al bar sport il mio vicino"),
        ("it", "colore Nero/Bianco"),
        ("it", "spedizione Milano/Roma"),
        ("it", "Taglia S/M"),
        ("fr", "le laisser à la boulangerie ma voisine"),
        ("fr", "Taille M. Le reste va bien"),
        ("fr", "Chronopost/Colissimo"),
        ("fr", "Paris/Lyon"),
        ("it", "consegna c/o Magazzino Centrale"),
        ("fr", "livraison c/o Entrepôt Central"),
        ("fr", "Expéditeur : Amazon Marketplace"),
    ],
)
def test_not_names(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.0) == []
