"""Names copied in capitals: one mechanism (`capital_runs`, 2026-12-07, day).

The cue rule, the German engraving colon and the first-name recognizer's cue-free reading share one
screen pipeline now: a company form names a firm wherever the run was found ("Rechnung an OKAN
YILDIRIM GMBH", "Invoice to JOHN SMITH LTD", "a nombre de JUAN PEREZ SL"), and a German engraving's,
name tape's or print's colon is one of the places a run is looked for ("genau so: URS RÜFENACHT");
a print's wish opening a run ("HAPPY BIRTHDAY IKENNA OBI") is left out of the name read after it.
Sentences written for this test, each with its look-alike in the same words.
"""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from recognizers.capital_runs import spans as capital_spans
from tests.recognizers.helpers import found


def _runs(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in capital_spans(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a company form ends the reading: a firm, not a person (the cue-free rule read these)
        ("de", "Rechnung bitte an OKAN YILDIRIM GMBH, danke", []),
        ("en", "Invoice to JOHN SMITH LTD please", []),
        ("es", "Factura a nombre de JUAN PEREZ SL por favor", []),
        # the same names with no company form stay names
        ("de", "Rechnung bitte an OKAN YILDIRIM, danke", ["OKAN YILDIRIM"]),
        ("en", "Invoice to JOHN SMITH please", ["JOHN SMITH"]),
        ("es", "Factura a nombre de JUAN PEREZ por favor", ["JUAN PEREZ"]),
    ],
)
def test_a_company_form_makes_a_run_in_capitals_a_firm_everywhere(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an engraving's, a name tape's or a print's colon, the run ending its clause
        ("Ich möchte 60 Namensbänder zum Aufbügeln bestellen, genau so: URS RÜFENACHT", ["URS RÜFENACHT"]),
        ("Gravur für den Pokal Spieler der Saison: WALTRAUD LOTZ", ["WALTRAUD LOTZ"]),
        ("Aufschrift auf der Tasse: OKAN DEMIR.", ["OKAN DEMIR"]),
        # any other colon, words after the run, a wish or a firm: no name read there
        ("Hinweis: OKAN DEMIR kommt später", []),
        ("Aufschrift auf der Tasse: OKAN DEMIR und ein Herz", []),
        ("Aufdruck: FROHE WEIHNACHTEN", []),
        ("Aufschrift: OKAN DEMIR GMBH", []),
    ],
)
def test_a_german_engraving_colon_reads_a_name_in_capitals(text: str, names: list[str]) -> None:
    assert _runs(text, "de") == names


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a print's wish opening the run in capitals, then whom it is for: the name is read alone
        ("en", "Can you print HAPPY BIRTHDAY IKENNA OBI on the big gold balloon", ["IKENNA OBI"]),
        ("it", "Potete stampare BUON COMPLEANNO JONIDA DODA sul palloncino grande dorato", ["JONIDA DODA"]),
        ("de", "Könnt ihr ALLES GUTE ZUM GEBURTSTAG OMER GOLAN auf den Ballon drucken", ["OMER GOLAN"]),
        ("fr", "Vous pouvez imprimer JOYEUX ANNIVERSAIRE MAWULI AKAKPO sur le ballon doré", ["MAWULI AKAKPO"]),
        # the wish alone, or before a relative or an endearment: no one named
        ("en", "Can you print HAPPY BIRTHDAY on the big gold balloon", []),
        ("en", "Can you print HAPPY BIRTHDAY MUM on the big gold balloon", []),
        ("fr", "Vous pouvez imprimer JOYEUX NOËL À TOUS sur le ballon", []),
        ("es", "¿Podéis imprimir FELIZ CUMPLEAÑOS MI AMOR en el globo?", []),
    ],
)
def test_a_wish_in_capitals_leaves_the_name_after_it(language: str, text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text) == names
