from __future__ import annotations

import pytest

from recognizers import ItStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Via Garibaldi 12, 20121 Milano", ["Via Garibaldi 12, 20121 Milano"]),
        ("abito in via roma 12", ["via roma 12"]),
        ("P.zza Duomo, 1 - 20122 Milano (MI)", ["P.zza Duomo, 1 - 20122 Milano (MI)"]),
        ("Corso Vittorio Emanuele II 45, Torino", ["Corso Vittorio Emanuele II 45, Torino"]),
        ("Viale XX Settembre 3 int. 4", ["Viale XX Settembre 3 int. 4"]),
        ("Largo dell'Orso 2/B", ["Largo dell'Orso 2/B"]),
        ("Via Roma s/n", ["Via Roma s/n"]),
        ("strada vecchia 12, 10100 torino", ["strada vecchia 12, 10100 torino"]),  # lower-case "strada" + a CAP
        ("la strada 12 volte", []),
        # commerce text: no address
        ("Vi scrivo Via WhatsApp per l'ordine 48213", []),
        ("Il Corso di Cucina Base costa 49,90 €", []),
        ("il corso di cucina 2 volte a settimana", []),
        ("spedito via corriere 24 ore", []),
        ("Ho pagato 20 euro via PayPal", []),
        ("Piazza Italia 5 pezzi", []),
        ("Lunedì 12 Marzo alle 15:30, ordine 77812 del 12/03/2024", []),
    ],
)
def test_italian(text: str, expected: list[str]) -> None:
    assert found(ItStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an everyday type in lower case: a comma before the number, then the end, a comma or a unit
        ("lasciatelo in borgo garibaldi, 14", ["borgo garibaldi, 14"]),
        ("strada dei pini, 8, sondrio", ["strada dei pini, 8, sondrio"]),
        ("salita del castello, 3 interno 2", ["salita del castello, 3 interno 2"]),
        # not addresses
        ("il campo da calcio, 5 contro 5", []),
        ("il corso di cucina, 2 lezioni a settimana", []),
    ],
)
def test_italian_lower_case_everyday_types(text: str, expected: list[str]) -> None:
    assert found(ItStreetAddressRecognizer(), text, 0.5) == expected
