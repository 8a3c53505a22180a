"""German names in a booking's, a slip's and an engraving's slots, and what a label, an introduction,
a relative or the trusted de pipeline reads as someone who is none (2026-12-07, morning): `verb_slots`
frames for "unter X schauen", "auf dem Beleg steht X" and "Gravur …: X"; `name_words.DE_WORD_SURNAMES`
("auf Krause gebucht"); `PersonNameRecognizer._labelled_firm` ("Kontoinhaber: Telekom"),
`_introduced_kin` ("Ich bin die Mutter") and `_german_verb_run` ("meine schwester holt das kleid ab");
`trusted_persons._hyphened_nouns` ("Mannschaftsfoto-Größe") and the printers' makers of
`ner_context.MAKER_PHRASES` ("Epson"). Sentences written for this test, each with its look-alikes in
the same words."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.trusted_persons import trusted_person
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "de") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reifen sind auf Krause gebucht für morgen früh, habt ihr die 205/55 da?", "Krause"),
        ("Der Tisch ist auf Kühn reserviert, wir kommen später", "Kühn"),
        ("Bitte auf Fuchs zurücklegen, ich komme um 5", "Fuchs"),
        ("Die Anzahlung ist gemacht, könnt ihr unter Nissen schauen?", "Nissen"),
        ("Bitte unter Roth nachsehen, die Anzahlung ist da", "Roth"),
        ("Könnt ihr das Sofa reservieren? Auf dem Beleg steht Kretzschmar", "Kretzschmar"),
        ("Auf der Quittung steht Roth, ist das meine?", "Roth"),
        ("Gravur für den Pokal Spieler der Saison: WALTRAUD LOTZ", "WALTRAUD LOTZ"),
        ("Ich möchte 60 Namensbänder zum Aufbügeln bestellen, genau so: URS RÜFENACHT", "URS RÜFENACHT"),
    ],
)
def test_a_name_in_a_booking_a_slip_or_an_engraving_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Könnt ihr unter Rechnungen schauen?",
        "Bitte unter Downloads nachsehen",
        "Auf dem Etikett steht Handwäsche",
        "Auf der Rechnung steht Vorkasse",
        "Auf der Quittung steht Montag",
        "Auf dem Ticket steht Hamburg, stimmt das?",
        "Die Feier ist auf Winter verschoben",
        "Aufdruck: FROHE WEIHNACHTEN",
        "Gravur: FÜR IMMER DEIN",
        "Schriftzug: HAPPY BIRTHDAY",
        "Gravur auf der Rückseite: IN LIEBE, DEINE OMA",
    ],
)
def test_a_word_a_day_or_a_place_in_those_slots_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kontoinhaber: Telekom",
        "Kontoinhaber: Sparkasse Hannover",
        "Empfänger: Deutsche Bank",
        "Empfänger: Mein Mann",
        "Ich bin die Mutter, mein Sohn hat einen Ball bestellt",
        "Hallo, ich bin die Tante, kann ich das Kleid abholen?",
        "meine schwester holt das kleid ab",
        "der nachbar nimmt das paket an",
    ],
)
def test_a_firm_after_a_label_or_the_relative_one_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kontoinhaber: Jonas Weber", "Jonas Weber"),
        ("Kontoinhaber: Bäckerei Schmidt", "Bäckerei Schmidt"),
        ("Empfänger: Emre Demir", "Emre Demir"),
        ("Ich bin Jonas, mein Sohn hat einen Ball bestellt", "Jonas"),
    ],
)
def test_a_person_after_a_label_or_an_introduction_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    ("text", "value", "stands"),
    [
        ("Was kostet ein Pokal mit Gravur, Mannschaftsfoto-Größe, für die E-Jugend?", "Mannschaftsfoto-Größe", False),
        ("Gibt's Epson im Sale günstiger?", "Epson", False),
        ("Habt ihr noch Toner für Kyocera?", "Kyocera", False),
        ("Das Paket ist für Meyer-Voss, bitte klingeln", "Meyer-Voss", True),
        ("Grüße an Schulte-Brinkmann, bis Montag", "Schulte-Brinkmann", True),
        ("Das Paket ist für Sonnberger, bitte klingeln", "Sonnberger", True),
    ],
)
def test_nouns_joined_by_a_hyphen_and_a_printers_maker_are_no_one(text: str, value: str, stands: bool) -> None:
    start = text.index(value)
    assert trusted_person(text, start, start + len(value), "de") is stands


def test_a_relatives_name_before_the_verb_stays(analyzer: Analyzer) -> None:
    assert any("anna" in value for value in _people(analyzer, "meine schwester anna holt das kleid ab"))
