"""German names after a post, at a workplace, acting for the writer, on a day of their life, and as a
lower-case initial and surname (2026-12-06, night); the German model's one-word compound nouns
left uncorroborated. Each with its no-person look-alikes in the same words."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.trusted_persons import trusted_person
from recognizers.lower_initials import spans as initial_spans
from recognizers.person_name_recognizer import PersonNameRecognizer
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str = "de") -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a post the person holds for the customer (`title_words.GERMAN_ROLE_NOUNS`)
        ("Trainerin Wawrzyniak will die Trikots bis Freitag", "Wawrzyniak"),
        ("Die Lehrerin Ilvana hat das Foto bestellt", "Ilvana"),
        ("mietvertrag: bürge jovana petrović-kraus, unterlagen folgen", "jovana petrović-kraus"),
        ("Termin für Minka am Montag, Halterin Oksana Dubrovnik", "Oksana Dubrovnik"),
        ("mein ex slavko hat noch die karte, bitte sperren", "slavko"),
        # staff named by their workplace (`verb_slots`, "X vom Studio")
        ("Dilnoza vom Salon meinte, der Gutschein gilt noch", "Dilnoza"),
        ("Yaretzi aus eurem Büro hat mich zurückgerufen", "Yaretzi"),
        # someone acting for the writer
        ("Darf Sahand für mich unterschreiben? Ich bin verreist", "Sahand"),
        ("Morgen holt Tesfay Gebremariam für mich ab", "Tesfay Gebremariam"),
        # a day of someone's life
        ("Zur Taufe von Ottilie bitte 40 Mandeln in Weiß", "Ottilie"),
        ("zur konfirmation von henrike bitte eine torte", "henrike"),
        # a lower-case initial and surname (`lower_initials`)
        ("brille abholen für j. wroblewski, ich bin die tochter", "j. wroblewski"),
        ("z. hd. k. oberholzer, buchhaltung", "k. oberholzer"),
    ],
)
def test_german_posts_workplaces_deeds_days_and_initials_find_the_name(
    analyzer: Analyzer, text: str, name: str
) -> None:
    # the rule reads it (the model finds some of these names on its own), and the analyzer keeps it
    assert name in {text[r.start : r.end] for r in PersonNameRecognizer("de").analyze(text, ["PERSON"])}
    assert any(name in value for value in _people(analyzer, text))  # covered, maybe in a wider span


@pytest.mark.parametrize(
    "text",
    [
        "Habt ihr die Trainer Schuhe noch in 42?",
        "Der Lehrer Kalender ist ausverkauft",
        "Die Trainerin Jacke in Größe M bitte",
        "Ist der Chef Koffer noch da?",
        "mein ex freund hat noch den schlüssel",
        "Käse vom Markt und Brot aus dem Laden",
        "Viele Grüße vom ganzen Team aus dem Laden",
        "Die Lieferung aus dem Lager kam heute",
        "Gutscheine aus dem Studio gibt es noch?",
        "Darf ich für mich unterschreiben?",
        "Kann man das Formular unterschreiben?",
        "Morgen holt der Nachbar es für mich ab",
        "Geschenk zur Taufe von meinem Neffen",
        "zur konfirmation bitte eine torte",
        "das ist für z. b. den keller",
        "das paket ist von u. a. dhl",
        "für s. bahnhof abgeben",
    ],
)
def test_german_look_alikes_in_the_same_words_name_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


def test_german_posts_are_read_in_german_only() -> None:
    text = "Size 9 trainer Wawrzyniak Originals in white"  # an English shoe, not a coach
    assert PersonNameRecognizer("en").analyze(text, ["PERSON"]) == []
    assert PersonNameRecognizer("de").analyze("Trainer Wawrzyniak kommt", ["PERSON"]) != []


def test_german_posts_are_no_relation_other_rules_look_for(analyzer: Analyzer) -> None:
    # the places' "whose place" reading looks for a relative; an English coach is a bus
    assert found(analyzer, "The National Express coach to Bristol left early", "en") == set()


def test_a_lower_case_initial_needs_a_cue_and_a_word_that_is_no_everyday_one() -> None:
    def everyday(word: str) -> bool:
        return word in {"keller", "bahnhof", "den", "die"}

    assert initial_spans("für z. tóth bitte", "de", everyday) == [(4, 11)]
    assert initial_spans("Für Z. Tóth bitte", "de", everyday) == []  # capitals: `_initialled` reads it
    assert initial_spans("heute z. tóth gesehen", "de", everyday) == []  # no cue before it
    assert initial_spans("für s. bahnhof", "de", everyday) == []
    assert initial_spans("für z. b. die", "de", everyday) == []
    assert initial_spans("für z. tóth bitte", "it", everyday) == []  # German cues only


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        ("Endreinigung für eine 2-Zimmer-Wohnung, Backofen inklusive", "Backofen", False),
        ("100 Karten drucken, Flammkuchen vorne drauf", "Flammkuchen", False),
        ("Abholung über die Filiale in der Getreidegasse, ok?", "Getreidegasse", False),
        # a surname built on a surname's tail, a foreign letter, no compound: still a person
        ("Bedient hat uns heute, Kellermann war sehr nett", "Kellermann", True),
        ("Abgeholt hat es gestern, Zieliński glaube ich", "Zieliński", True),
        ("Abgeholt hat es gestern, Brinkerhoff glaube ich", "Brinkerhoff", True),
        # a frequent head and a three-letter tail guess a compound in a slot, not against the model
        ("Können Sie es bei Frau auch Schlauchin abgeben?", "Schlauchin", True),
    ],
)
def test_a_trusted_german_person_that_reads_as_a_compound_noun_is_left(text: str, word: str, kept: bool) -> None:
    start = text.index(word)
    assert trusted_person(text, start, start + len(word), "de") is kept
