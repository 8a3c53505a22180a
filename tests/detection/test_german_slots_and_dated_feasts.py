"""German person slots, towns of a chain's store or of packing, and feasts that date (2026-12-06,
evening): `verb_slots` frames for "hat X die Torte abgeholt", "Gewinner ... ist X", "das Paket ist
für X", "eine für X", "Geburtstag von X", "ich hab X ... gegeben", "ich war mit X da";
`chain_branch` ("Eroski de Almería", "bei Rossmann in Ulm"); packing participles in `MADE_IN`
("in Kassel abgefüllt", "se envasa en Girona", "embalado em Évora"); `filters._dated_feast` ("nach
Silvester", "antes de la Mercè"). Each with its no-person or customer's look-alikes."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from recognizers.slot_things import german_compound_noun
from tests.detection.helpers import found


def _people(analyzer: Analyzer, text: str, language: str) -> set[str]:
    return {value for entity, value in found(analyzer, text, language) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hat Takis Papadopoulos die Torte schon abgeholt?", "Takis Papadopoulos"),
        ("Hat Flo von Arnim die Torte schon abgeholt oder steht sie noch bei euch?", "Flo von Arnim"),
        ("Gestern hat Xena Ziegler mit Karte bezahlt", "Xena Ziegler"),
        ("gewinner der tombola ist g. mäule, schickt ihr den korb?", "g. mäule"),
        ("das paket ist für malte richter, danke", "malte richter"),
        ("Das Geschenk ist für Vennila, könnt ihr es einpacken?", "Vennila"),
        ("Zwei Karten: eine für Srbuhi und eine für Gökhan", "Srbuhi"),
        ("Ist für den Geburtstag von Lea, können Sie es einpacken?", "Lea"),
        ("Wir haben Rojda gebeten, es am Montag zu bringen", "Rojda"),
        ("Ich hab Mucahit schon die Nummer geschickt", "Mucahit"),
        ("hab es sevgul ozdemir gegeben, die kommt morgen", "sevgul ozdemir"),
        ("Ich war mit Habtom da, aber die Größe war weg", "Habtom"),
    ],
)
def test_german_person_slots_find_the_name(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _people(analyzer, text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Hat DHL das Paket schon abgeholt?",
        "Hat Oma die Torte schon abgeholt?",
        "Hat jemand die Torte schon abgeholt?",
        "Hat Kundenservice die Bestellung storniert?",
        "Gewinner der Tombola ist der Kuchen.",
        "Das Paket ist für Montag geplant.",
        "Das Geschenk ist für Weihnachten.",
        "Der Gutschein ist für Kinder unter 12.",
        "eine für Erwachsene und eine für Kinder",
        "Ich habe Bescheid gegeben.",
        "Ich habe DHL die Nummer geschickt.",
        "Ich habe Mama die Schlüssel gegeben.",
        "Ich war mit Freunden da.",
        "Das Geschenk ist für die Konfirmation, könnt ihr es einpacken?",
        "Ich habe das Brompton Faltrad heute Morgen im Schaufenster gesehen",
        "Ich habe Smeg Galileo woanders günstiger gesehen",
        "Ich habe Bialetti Brikka woanders gesehen und Fotos geschickt",
    ],
)
def test_german_person_slots_leave_nouns_and_companies(analyzer: Analyzer, text: str) -> None:
    assert _people(analyzer, text, "de") == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Habt ihr die Birkenstock Arizona bei Rossmann in Ulm wieder? Bei Flink steht ausverkauft"),
        ("es", "¿Ha vuelto el turrón de Jijona a Eroski de Almería? En Wallapop sale agotado"),
        ("es", "¿Ha vuelto la camiseta Desigual a Zara Home de Tarragona?"),
        ("pt", "O vinho do Porto voltou ao stock na Tok&Stok de Évora? No MB Way aparece esgotado"),
        ("de", "Ist der Honig vom Bodensee oder wird er in Kassel abgefüllt?"),
        ("es", "¿El queso es de Valdivia o se envasa en Almería?"),
        ("pt", "O café é de Goa ou embalado em Évora? A lata era ótima"),
        ("es", "¿Enviáis Fred Perry a Portugal antes de la Mercè o solo después?"),
    ],
)
def test_chain_stores_packing_towns_and_dated_feasts_are_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


def test_a_feast_after_nach_is_a_date_and_the_pickup_town_stays(analyzer: Analyzer) -> None:
    # the question "Kann ich … in Bielefeld abholen?" leaves the branch's town since 2026-12-06, late
    # afternoon (`test_service_towns.py`); the writer's own plan, said, keeps it
    text = "Ich hole das Fissler-Set über Wolt nach Silvester in Bielefeld ab."
    assert {value for _, value in found(analyzer, text, "de")} == {"Bielefeld"}


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("de", "Meine Frau arbeitet bei Rossmann in Ulm.", "Ulm"),
        ("es", "Mi hermana trabaja en el Eroski de Almería", "Almería"),
        ("de", "Ich habe den Honig in Kassel abgefüllt.", "Kassel"),
        ("de", "Ich habe den Kaffee in Kassel geröstet.", "Kassel"),
        ("pt", "Moro em Évora, o café é embalado aqui?", "Évora"),
        ("es", "Es un regalo para la Mercè", "Mercè"),
        ("es", "He hablado con la Mercè esta mañana", "Mercè"),
    ],
)
def test_the_writers_town_and_a_person_named_like_a_feast_stay(
    analyzer: Analyzer, language: str, text: str, kept: str
) -> None:
    assert kept in {value for _, value in found(analyzer, text, language)}


@pytest.mark.parametrize(
    ("word", "compound"),
    [("Kassenbon", True), ("Wochentag", True), ("Schulbus", True), ("Rojhat", False), ("Nebiyat", False)],
)
def test_a_compound_with_a_short_tail_is_a_noun(word: str, compound: bool) -> None:
    """Two frequent words make a compound even when the last is short ("Kassen" + "bon")."""
    assert german_compound_noun(word) is compound
