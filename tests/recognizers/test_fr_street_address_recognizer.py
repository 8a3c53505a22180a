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
