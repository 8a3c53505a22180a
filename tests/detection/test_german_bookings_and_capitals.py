"""German names under a booking, after an imperative, on goods and in capitals (2026-12-06, evening):
`verb_slots` frames for "Tisch … auf X", "Sagt X bitte", "X auf den Pokal gravieren";
`capital_runs` for a name copied in capitals into a mixed-case message ("Lieferung für OKAN DEMIR");
`slot_things.german_compound_noun` reads no word with a letter German does not spell with as a
compound ("Zieliński" is no "Ziel" + "iński"). Each with its no-person look-alikes."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers.capital_runs import spans as capital_spans
from recognizers.slot_things import german_compound_noun
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "de") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tisch für 4 um 19 Uhr auf Prohaska, wir kommen etwas später", "Prohaska"),
        ("Reservierung für Samstag auf Wojtyszek bitte", "Wojtyszek"),
        ("Bestellung Nr. 5521 auf Haas, wann kommt die?", "Haas"),
        ("Sagt Marco bitte, dass der Anhänger morgen zurück muss", "Marco"),
        ("Nehmt Przybylski noch in die Liste auf, dann sind wir 9", "Przybylski"),
        ("fragt joscha mal ob er samstag kann", "joscha"),
        ("Könnt ihr Zilan Aktaş auf den Becher gravieren?", "Zilan Aktaş"),
        ("Könnt ihr Jonte auf die Brotdose drucken?", "Jonte"),
        ("Lieferung für OKAN YILDIRIM bitte beim Pförtner abgeben", "OKAN YILDIRIM"),
        ("Der Hund ist auf ZITA HUBMANN angemeldet, geht der Termin am Montag?", "ZITA HUBMANN"),
        ("Für das Visum muss der Name JERZY KOWALCZYK so geschrieben sein", "JERZY KOWALCZYK"),
        ("Paket für ANNA MÜLLER bitte beim Nachbarn abgeben", "ANNA MÜLLER"),
    ],
)
def test_german_bookings_imperatives_goods_and_capitals_find_the_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert any(name in value for value in _people(analyzer, text))  # covered, maybe in a wider span


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung auf Rechnung bitte, geht das?",
        "Die Reservierung auf Samstag verschieben, geht das?",
        "Tisch für 4 auf der Terrasse, geht das?",
        "Bestellung 4711 auf Vorkasse bezahlt",
        "Ich habe die Bestellung auf Amazon gemacht",
        "Sag Bescheid bitte, wenn es da ist",
        "Nimm Platz bitte, es dauert kurz",
        "Fragt Google doch, da steht es",
        "Kann man das Logo auf den Pulli sticken?",
        "Bitte die Initialen auf die Tasse gravieren",
        "Könnt ihr Herzen auf die Torte drucken?",
        "Ist das Paket mit DHL EXPRESS gekommen?",
        "Versand mit UPS STANDARD bitte",
        "Ich habe den Pulli von HUGO BOSS bestellt",
        "Gilt das für ALLE KUNDEN?",
        "Ich habe bei ZARA HOME bestellt",
        "Lieferung an OTTO VERSAND",
        "Die Bestellung für MAX MUSTERMANN GMBH",
    ],
)
def test_german_look_alikes_name_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


def test_a_name_in_capitals_needs_a_mixed_case_text_and_a_cue() -> None:
    assert list(capital_spans("LIEFERUNG FÜR OKAN YILDIRIM BITTE", "de")) == []  # shouted: the cue rules read it
    assert list(capital_spans("Heute OKAN YILDIRIM gesehen", "de")) == []  # no cue before it
    assert list(capital_spans("Lieferung für OKAN YILDIRIM GMBH", "de")) == []  # a company
    assert list(capital_spans("Lieferung für OKAN YILDIRIM BAU GMBH heute", "de")) == []  # four words: a heading
    assert list(capital_spans("Lieferung für OKAN YILDIRIM bitte", "it")) == []  # German cues only


def test_a_polish_surname_is_no_german_compound() -> None:
    assert not german_compound_noun("Zieliński")
    assert not german_compound_noun("Wiśniewski")
    assert german_compound_noun("Kassenbon")
    assert german_compound_noun("Hautarzt")
