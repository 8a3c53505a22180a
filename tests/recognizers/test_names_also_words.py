"""First names that are everyday words the built name list does not flag (`data/names_also_words.tsv`):
the German greeting "Moin", Italian "IVA" in "Partita Iva" and French "père" alone are no one, as
`bench.nopii_tune16` and `bench.nopii_tune17` write them; a person so named beside a surname or
after a cue stays a name."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # the greeting and the tax number: no one
        ("de", "Moin aus Flensburg, habt ihr die Jacke noch in L?", []),
        ("de", "Moin moin! Ist das Fahrrad noch da?", []),
        ("it", "sono Partita Iva, mi fate fattura?", []),
        ("it", "Partita Iva e codice fiscale li mando dopo", []),
        ("fr", "mon père veut le Samsung", []),
        # a person of that name stays a name
        ("de", "Moin Khan holt das Paket ab", ["Moin Khan"]),
        ("de", "ich habe mit Moin gesprochen", ["Moin"]),
        ("it", "Iva Horvat ritira il pacco", ["Iva Horvat"]),
        ("it", "ho parlato con Iva", ["Iva"]),
        ("fr", "Pere Puig passera demain", ["Pere Puig"]),
    ],
)
def test_name_also_a_word(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
