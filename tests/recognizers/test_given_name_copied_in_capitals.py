"""GivenNameRecognizer: a name copied in capitals into a message in mixed case.

Engravings, name tapes, forms and passports copy a name in capitals ("exactamente: HRISTO PETKOV",
"Gravur: WALTRAUD LOTZ"); read with initial capitals by the capitalised rules, two words or more that
stay a name are one. Hand-written sentences, none taken from a held-out set; the look-alikes keep
capitals that are brands, places, codes and shouting.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found

COPIED = [
    ("es", "Quiero grabar la medalla así, exactamente: HRISTO PETKOV", ["HRISTO PETKOV"]),
    ("es", "Grabado de la copa del torneo: LUZ MARINA OROZCO", ["LUZ MARINA OROZCO"]),
    ("fr", "Gravure de la coupe : ERWAN LE ROUX", ["ERWAN LE ROUX"]),
    ("fr", "Des étiquettes au nom de ROSELINE FILS-AIMÉ, merci", ["ROSELINE FILS-AIMÉ"]),
    ("de", "Gravur für den Pokal: WALTRAUD LOTZ", ["WALTRAUD LOTZ"]),
    ("pt", "separa duas garrafas pro OLÍVIA MACHADO? ele passa sábado", ["OLÍVIA MACHADO"]),
    ("it", "Cornice per la laurea di NATALIA COJOCARU, cornice dorata", ["NATALIA COJOCARU"]),
    ("en", "Full name - KERRY-ANN FRANCIS", ["KERRY-ANN FRANCIS"]),
]


@pytest.mark.parametrize(("language", "text", "names"), COPIED)
def test_a_name_copied_in_capitals_is_found(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


NOT_NAMES = [
    ("en", "I want the HUGO BOSS jacket, the one from NEW YORK"),  # a brand, a place
    ("es", "Hola, NO LLEGÓ el pedido todavía"),  # emphasis
    ("it", "avete la maglia ROSA PALO taglia M?"),  # a colour
    ("it", "Bottega Verde Srl, sede a Bergamo, REA BG-123456"),  # a register's code
    ("it", "IL MIO PACCO È FINITO NEL PUNTO VENDITA DI Chieti PER SBAGLIO"),  # shouted, one word not
    ("es", "¿Tenéis la MARTA 2 en negro?"),  # one word alone, a model's number after it
    ("de", "Lieferung an OTTO VERSAND"),  # a firm: a name that is a word, an everyday word after it
]


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_capitals_that_are_no_name_stay_unmarked(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == []
