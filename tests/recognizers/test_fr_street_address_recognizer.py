from __future__ import annotations

import pytest

from recognizers import FrStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 rue de la Paix, 75002 Paris", ["12 rue de la Paix, 75002 Paris"]),
        ("8 bis, avenue Foch, 75116 Paris", ["8 bis, avenue Foch, 75116 Paris"]),
        ("3 place de la Bourse, 33000 Bordeaux", ["3 place de la Bourse, 33000 Bordeaux"]),
        ("j'habite 5 rue des lilas", ["5 rue des lilas"]),
        ("Boulevard Haussmann, 75009 Paris", ["Boulevard Haussmann, 75009 Paris"]),
        # commerce text
        ("3 cours de cuisine pour 2 personnes", []),
        ("1 place disponible", []),
        ("Vous avez la Collection Rue de la Paix en Bleu Marine ?", []),
        ("Le Canapé Boulevard 3 Places", []),
    ],
)
def test_french(text: str, expected: list[str]) -> None:
    assert found(FrStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a main street type named with no number, after a locative or address word, a colon, the start
        ("Nous habitons désormais rue des Tanneurs, Colmar", ["rue des Tanneurs, Colmar"]),
        ("Vous pouvez livrer au boulevard Carnot ?", ["boulevard Carnot"]),
        ("adresse de livraison : impasse du moulin", ["impasse du moulin"]),
        ("mon domicile est avenue Jean Jaurès, Lyon", ["avenue Jean Jaurès, Lyon"]),
        ("quai des Chartrons c'est bien ça", ["quai des Chartrons"]),
        # not addresses: no cue right before, or lower case after a weak cue
        ("je suis en chemin pour le magasin", []),
        ("sur le chemin du retour je passe", []),
        ("Vous avez la Collection Rue de la Paix en Bleu Marine ?", []),
        ("on se retrouve dans rue commerçante ou pas", []),
    ],
)
def test_french_named_street(text: str, expected: list[str]) -> None:
    assert found(FrStreetAddressRecognizer(), text, 0.5) == expected
