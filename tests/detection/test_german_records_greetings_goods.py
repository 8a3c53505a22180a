"""German names on slips and records, firms greeted by a compound noun, saints' days in their Latin
genitive, and a maker before its goods (2026-12-07, small hours): `verb_slots` frames for "Abholschein
auf X", "auf X zurücklegen", ", Name X"; the "-inhaber" labels ("Anschlussinhaber: X"); a greeting
before a compound noun (`PersonNameRecognizer._greeted_compound`); `name_words.DATED_FEASTS` ("an
Kiliani"); `trusted_persons._goods_noun_last` ("Petzl Verstärker"). Sentences written for this test,
each with its look-alikes in the same words."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from proxy.detection.filters import settle
from proxy.detection.settings import Span
from proxy.detection.trusted_persons import trusted_person
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, "de") if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mantel am Montag gebracht, Abholschein auf Wrobel. Geht Donnerstag?", "Wrobel"),
        ("Reinigungszettel 8812 auf Szabó, zwei Hemden und ein Sakko", "Szabó"),
        ("Der Beleg 5531 auf Nowicki ist verschwunden", "Nowicki"),
        ("Gibt es noch Lammkeule? Bitte auf Pfisterer zurücklegen, ich komme um 5", "Pfisterer"),
        ("Bitte die Kette auf Duraković hinterlegen, ich zahle bar", "Duraković"),
        ("Abholung 18 Uhr: 3x Falafel, 1x Hummus, Name Wieczorek", "Wieczorek"),
        ("Kindergeburtstag am Samstag, wird 8, Nachname für die Urkunde ist Brandstätter", "Brandstätter"),
        ("Telefon geht nicht, bitte hier antworten. Anschlussinhaber: YUSUF KRAUSSER", "YUSUF KRAUSSER"),
        ("Karte gesperrt. Karteninhaber: HALIT ZIELONKA", "HALIT ZIELONKA"),
    ],
)
def test_a_name_on_a_slip_or_a_record_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Abholschein auf Papier ist weg, geht auch das Foto?",
        "Das Ticket auf Sylt ist für zwei Personen",
        "Der Bon auf Wunsch per Mail, danke",
        "Der Termin auf Montag passt mir nicht",
        "Das Abo auf Netflix läuft weiter",
        "Meine Eintrittskarte auf dem Handy lädt nicht",
        "Können Sie das auf Samstag reservieren?",
        "Bitte die Jacke auf Lager legen",
        "Bitte auf Mallorca buchen, zwei Wochen",
        "Kannst du das auf Mittwoch umbuchen?",
        "Abholung 18 Uhr, Name egal",
        "Abholung 18 Uhr, Name folgt",
        "Karte gesperrt. Karteninhaber: siehe Rückseite",
    ],
)
def test_a_slip_a_day_a_place_or_a_word_after_auf_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Hallo, Schimmelschutz, kommt ihr auch nach Ulm?",
        "hallo, schimmelschutz, kommt ihr auch nach ulm?",
        "Moin, Dachrinnenreinigung, habt ihr nächste Woche Zeit?",
    ],
)
def test_a_firm_greeted_by_its_compound_noun_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hallo, Kellermann, kommt ihr auch nach Ulm?", "Kellermann"),
        ("hallo, mirjeta, kommt ihr auch nach ulm?", "mirjeta"),
        ("Hallo, Wiesenthal, kommt ihr auch nach Ulm?", "Wiesenthal"),
    ],
)
def test_a_person_greeted_stays(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


def _model(text: str, value: str) -> Span:
    start = text.index(value)
    return Span("PERSON", start, start + len(value), 0.85, "GivenNameRecognizer", False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Habt ihr an Kiliani offen?", "Kiliani"),
        ("Ist der Markt an Johanni auch da?", "Johanni"),
        ("Die Gänse bitte vor Martini bestellen", "Martini"),
        ("Der Pachtvertrag endet zu Lichtmess", "Lichtmess"),
        ("Wir machen vor Laurenzi Betriebsferien", "Laurenzi"),
    ],
)
def test_a_saints_day_in_its_latin_genitive_is_a_date(text: str, value: str) -> None:
    assert settle(text, [_model(text, value)], "de", ner_filter=False) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitte das Paket an Martini schicken", "Martini"),
        ("Das Geschenk geht an Laurenzi, sie holt es ab", "Laurenzi"),
        ("Kann das an Galli gehen?", "Galli"),
    ],
)
def test_a_surname_that_is_also_a_feast_stays_after_an(text: str, value: str) -> None:
    assert settle(text, [_model(text, value)], "de", ner_filter=False) == [_model(text, value)]


@pytest.mark.parametrize(
    ("text", "value", "stands"),
    [
        ("Suche einen gebrauchten Bosko Verstärker, bis 200 €", "Bosko Verstärker", False),
        ("was kostet neu besohlen bei Lowa Stiefeln", "Lowa Stiefeln", False),
        ("Habt ihr den Vorwerk Staubsaugerbeutel?", "Vorwerk Staubsaugerbeutel", False),
        ("Gestern hat Dildar Kellermann angerufen", "Dildar Kellermann", True),
        ("Bitte an Rojhat Wiesenthal schicken", "Rojhat Wiesenthal", True),
        ("Bitte an Wiebke Grünewald schicken", "Wiebke Grünewald", True),
    ],
)
def test_a_maker_before_a_goods_noun_is_no_one_and_names_stay(text: str, value: str, stands: bool) -> None:
    start = text.index(value)
    assert trusted_person(text, start, start + len(value), "de") is stands


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danke für die schöne Probe!! Bis Donnerstag. Consuelo", "Consuelo"),
        ("Ist die Trompete schon gekommen, die ich bestellt habe? Mikyung Song", "Mikyung Song"),
        ("Super gemacht, die Kinder waren begeistert 🥰 Socorro", "Socorro"),
        ("Kommt ihr am Montag wie besprochen. Roman", "Roman"),
    ],
)
def test_a_name_closing_a_message_after_its_last_sentence_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ist der Schornsteinfeger im März frei? Kaminofen",
        "Kann ich die Mütze tauschen? Bon ist vom 4. August",
        "Wann kommt mein Paket? Hermes",
        "Habt ihr morgen auf? Grüezi",
        "Ist das noch zu haben? Danke",
        "Kommt ihr bis Freitag? Bielefeld",
        "Geht das bis Ende der Woche? Montag",
        "Bitte das Modell mit Akku, z. B. Ersatz",
    ],
)
def test_a_thing_a_word_or_a_greeting_closing_a_message_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("könnt ihr Yeonwoo in der Werkstatt sagen, dass das Rad fertig sein soll?", "Yeonwoo"),
        ("Kannst du Zinar bitte Bescheid geben, dass ich später komme?", "Zinar"),
        ("Kannst du die Tüte Sevgul mitgeben? Sie kommt um 3", "Sevgul"),
        ("Gebt die Quittung bitte Ilkay mit", "Ilkay"),
    ],
)
def test_a_person_to_tell_or_to_give_goods_to_is_found(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Könnt ihr DHL Bescheid geben, dass es später wird?",
        "Können Sie Montag anrufen?",
        "Könnt ihr Bescheid sagen, wenn es da ist?",
        "Kannst du Mama fragen, ob sie Zeit hat?",
        "Könnt ihr das im Laden sagen?",
        "Kannst du die Tüte morgen mitgeben?",
        "Kannst du die Tüte DPD mitgeben?",
        "Gebt die Quittung bitte Kunden mit",
    ],
)
def test_a_carrier_a_day_a_relative_or_a_word_to_tell_is_no_one(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text) == set()


def test_a_surname_that_reads_as_a_compound_after_a_label_stays() -> None:
    text = "Hundesitting ab Montag, Notfallkontakt Kassian Pfurtscheller"
    start = text.index("Kassian")
    assert trusted_person(text, start, len(text), "de")
