"""Towns in German shop chat that are not the customer's, a fifth round (`proxy.detection.german_shop`,
called from `business.shop_place` for "de"): the shop's sign-off, its sites with a verb between, goods
in German compounds and produce, a chamber of its imprint, news and fairs in German compounds, a club
named with its town are left; the same words with the customer's sign-off, the writer, "mein" or
"wir", or a town that is no sign-off keep the town."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        # the shop's sign-off
        "Herzliche Grüße aus Husum, Ihr Team von Friesenwolle",
        "Viele Grüße aus Pirna, Ihre Töpferei Elbkeramik",
        "Schöne Grüße aus Bamberg, euer Hofladen",
        "Liebe Grüße vom ganzen Team aus Villach",
        "Servus! Hier schreibt die Schneiderei aus Wels",
        "Tschüss und bis bald, Ihr Blumenladen in Leer",
        # the company's sites with a verb between, a partner after "our"
        "Über die Reklamation entscheidet die Zentrale in Gütersloh",
        "Der Kundendienst sitzt in Lüdenscheid, die rufen Sie an",
        "Unser Mutterkonzern sitzt in Wels",
        "Bestellungen in die Schweiz gehen über unseren Partner in Kreuzlingen",
        # goods in compounds and produce, a chamber, German compounds of news and fairs, a club
        "Das Rauchbier ist aus Bamberg",
        "Die Zwetschgen sind aus Bühl, perfekt für Datschi",
        "Zuständige Kammer: IHK Ostwestfalen zu Bielefeld",
        "S-Bahn-Chaos in München, bitte habt Geduld mit den Antworten",
        "Die Spielwarenmesse in Nürnberg ist vorbei, die Neuheiten sind da",
        "Fanartikel von Werder Bremen sind 20 % reduziert",
    ],
)
def test_the_shops_towns_in_german_shapes_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "de") == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the customer signing, or a town that is no sign-off
        ("Liebe Grüße aus Husum, Ihre Kundin", "Husum"),
        ("Viele Grüße aus Pirna, Ihre treue Stammkundin", "Pirna"),
        ("Bin gerade in Bamberg, euer Team hat mich angerufen", "Bamberg"),
        ("Grüße aus Pirna an euer Team von Elbkeramik", "Pirna"),
        # the writer with a site or goods
        ("Meine Werkstatt ist in Pirna, könnt ihr dorthin liefern?", "Pirna"),
        ("Wir waren beim Kundendienst in Lüdenscheid, das Gerät ist immer noch kaputt", "Lüdenscheid"),
        ("Ich bringe euch die Zwetschgen aus Bühl vorbei", "Bühl"),
        # the customer's cue beside the shop's words
        ("Ich wohne in Wels, sitzt euer Kundendienst auch da?", "Wels"),
        ("Wir wohnen im Großraum Bautzen, liefert ihr da?", "Bautzen"),
        ("Ich hol's in eurer Filiale Husum ab, ich wohne gleich daneben", "Husum"),
        ("Ich wohne im Kasseler Norden, liefert ihr auch dahin?", "Kasseler"),
        ("Wohnort: Eschwege", "Eschwege"),
    ],
)
def test_the_customers_town_stays_in_the_same_words(analyzer: Analyzer, text: str, place: str) -> None:
    [spans] = analyzer.analyze([text], language="de")
    start = text.index(place)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), [
        text[s.start : s.end] for s in spans
    ]
