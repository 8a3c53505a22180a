"""The shared tail: units, postcodes of every country, city and province parts, c/o, trimming."""

from __future__ import annotations

import pytest

import recognizers
from recognizers import (
    DeStreetAddressRecognizer,
    EnStreetAddressRecognizer,
    EsStreetAddressRecognizer,
    ItStreetAddressRecognizer,
    PtStreetAddressRecognizer,
)
from recognizers.street_address_recognizer import AddressFacts, StreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c/o Mario Rossi, Via Roma 1, 00100 Roma (RM) grazie", ["c/o Mario Rossi, Via Roma 1, 00100 Roma (RM)"]),
        ("presso Bianchi, Via Po 3", ["presso Bianchi, Via Po 3"]),
        ("Via Roma, 20121 Milano", ["Via Roma, 20121 Milano"]),  # no number: the CAP is the evidence
        ("Via dei Mille 5, Piano 2, scala B, 80121 Napoli NA", ["Via dei Mille 5, Piano 2, scala B, 80121 Napoli NA"]),
        ("Via Roma 12, CAP 20121 Milano.", ["Via Roma 12, CAP 20121 Milano"]),
        ("Via Roma 12, ok?", ["Via Roma 12"]),  # a lower-case word after a comma is not a city
        ("via po 3, 10123 torino (to)", ["via po 3, 10123 torino (to)"]),  # all lower-case
        ("Via Roma 12 Milano", ["Via Roma 12 Milano"]),  # a first city after a bare space
    ],
)
def test_it_tail(text: str, expected: list[str]) -> None:
    assert found(ItStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rua Augusta, 1500 - São Paulo, CEP 01304-001", ["Rua Augusta, 1500 - São Paulo, CEP 01304-001"]),
        ("Rua Gomes, 2, Venda Nova, 40479666 Carvalho / BA", ["Rua Gomes, 2, Venda Nova, 40479666 Carvalho / BA"]),
        ("Travessa do Sol, 39 - 4695-716 Guarda", ["Travessa do Sol, 39 - 4695-716 Guarda"]),  # 39, then a postcode
        ("rua grande, 1, 9549-037 pinhel", ["rua grande, 1, 9549-037 pinhel"]),
    ],
)
def test_br_tail(text: str, expected: list[str]) -> None:
    assert found(PtStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        # a building or gated estate named before the street joins the address, in pt, es and it
        (
            ItStreetAddressRecognizer,
            "Condominio Le Rose, Via Roma 5, 20121 Milano",
            ["Condominio Le Rose, Via Roma 5, 20121 Milano"],
        ),
        (ItStreetAddressRecognizer, "Residenza Aurora - Via Garibaldi 12", ["Residenza Aurora - Via Garibaldi 12"]),
        (EsStreetAddressRecognizer, "Edificio Torre Azul, Calle Mayor 5", ["Edificio Torre Azul, Calle Mayor 5"]),
        (
            PtStreetAddressRecognizer,
            "Cond. Vila Verde, Rua das Palmeiras 12",
            ["Cond. Vila Verde, Rua das Palmeiras 12"],
        ),
        # a lower-case word after it is no building's name
        (EsStreetAddressRecognizer, "el edificio nuevo, Calle Mayor 5", ["Calle Mayor 5"]),
    ],
)
def test_building_before_the_street(cls: type[StreetAddressRecognizer], text: str, expected: list[str]) -> None:
    assert found(cls(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("221B Baker Street, London NW1 6XE", ["221B Baker Street, London NW1 6XE"]),
        ("Apt 4B, 221 Main Street, Springfield, IL 62701", ["Apt 4B, 221 Main Street, Springfield, IL 62701"]),
        ("97 Lime Tree Quarter, Oxbury, OX4 1AA", ["97 Lime Tree Quarter, Oxbury, OX4 1AA"]),  # unknown type + postcode
        ("97 Lime Tree Quarter, Oxbury", []),  # unknown type, no postcode: not enough
        ("350 Oak Ridge Suite 12, Dayton, OH 45402", ["350 Oak Ridge Suite 12, Dayton, OH 45402"]),  # unit ends it
        ("Flat 3 Kings Row, Leeds LS1 4AP", ["Flat 3 Kings Row, Leeds LS1 4AP"]),
        ("12/4, Nehru Marg", ["12/4, Nehru Marg"]),
        ("40 Church Roads", ["40 Church Roads"]),
    ],
)
def test_en_tail(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        (DeStreetAddressRecognizer, "Hauptstraße 5\nLieferhinweis: bitte klingeln", ["Hauptstraße 5"]),
        (recognizers.FrStreetAddressRecognizer, "3 allée des Tilleuls\nComplément : bât B", ["3 allée des Tilleuls"]),
        (ItStreetAddressRecognizer, "Via Roma 12\nCitofono: Bianchi", ["Via Roma 12"]),
        (DeStreetAddressRecognizer, "Hauptstraße 5\n10115 Berlin", ["Hauptstraße 5\n10115 Berlin"]),
        (ItStreetAddressRecognizer, "Via Roma 12\nMilano", ["Via Roma 12\nMilano"]),
    ],
)
def test_a_form_label_on_the_next_line_is_no_town(
    cls: type[StreetAddressRecognizer], text: str, expected: list[str]
) -> None:
    """A line opening with a label ("Lieferhinweis:", "Complément :") ends the address before it:
    the label is the form's, not the address's town."""
    assert found(cls(), text, 0.5) == expected


def test_score_rises_with_a_postcode() -> None:
    rec = ItStreetAddressRecognizer()
    with_cap = rec.analyze("Via Roma 1, 00100 Roma", [], None)[0].score
    without = rec.analyze("Via Roma 1", [], None)[0].score
    assert with_cap > without >= 0.5


def _bench_texts() -> list[str]:
    """Every other text of the corpus's tune split, the address tune splits, a few shapes more."""
    from bench import address_corpus, en_address_corpus  # noqa: PLC0415 - bench data, these tests only
    from bench.corpus import generate  # noqa: PLC0415

    texts = [m.text for m in generate("tune", per_cell=300)][::2]
    texts += [m.text for m in address_corpus.load("tune")] + [m.text for m in en_address_corpus.load("tune")]
    return texts + ["Hauptstraße 5, 10115 Berlin", "Karl-Marx-Ring 3", "Altenring 4, 12345 Köln", "12 rue de la Paix",
                    "3 av. Foch, 75016 Paris", "Am Markt 2", "HAUPTSTRASSE 5", "Piazza Dante 3, 80135 Napoli",
                    "Piazza Dante 3", "12 Acacia Grove, Leeds LS1 4AP", "12 Acacia Grove, 90210"]  # fmt: skip


def _street_classes() -> list[type[StreetAddressRecognizer]]:
    return [c for c in recognizers.ALL if isinstance(c, type) and issubclass(c, StreetAddressRecognizer)]


class _PostcodeEverywhere(AddressFacts):
    """Facts that say every text holds a postcode: no core is skipped for the want of one."""

    @property
    def postcode(self) -> bool:
        return True


def test_the_postcode_shortcut_changes_no_result() -> None:
    """A core that needs a postcode, skipped on a text with none anywhere (`unpostcoded`), would have found
    nothing there: each country's recognizer finds the same with the shortcut and without, on the bench
    corpora."""
    classes = _street_classes()
    assert sum(1 for c in classes if c().needs_postcode) >= 5  # English, German, Italian, Spanish, French
    texts = _bench_texts()
    for cls in classes:
        rec = cls()
        for text in texts:
            got = [(r.start, r.end, r.score) for r in rec.analyze(text, [], None)]
            every = rec.found_in(text, _PostcodeEverywhere(text))
            assert got == [(r.start, r.end, r.score) for r in every], (cls.__name__, text)


@pytest.mark.parametrize(
    ("cls", "without", "with_one"),
    [
        (EnStreetAddressRecognizer, "I have 2 Big Dogs and 3 Cats", "12 Acacia Grove, Leeds LS1 4AP"),
        (ItStreetAddressRecognizer, "Ho 2 Cani e 3 Gatti", "Piazza Dante 3, 80135 Napoli"),
        (DeStreetAddressRecognizer, "Ich habe 2 Hunde", "Gartenweg 3, 10115 Berlin"),
    ],
)
def test_cores_that_need_a_postcode_run_only_where_one_is(
    cls: type[StreetAddressRecognizer], without: str, with_one: str
) -> None:
    rec = cls()
    assert rec.needs_postcode
    assert not {p.name for p, _ in rec.cores_for(without)} & rec.needs_postcode
    assert rec.needs_postcode & {p.name for p, _ in rec.cores_for(with_one)}


def test_every_recognizers_gates_change_no_result() -> None:
    """A core skipped on a text without its gate (`GATES`) would have found nothing there: the results of
    each country's recognizer are those of every core run, on the bench corpora."""
    texts = _bench_texts()
    classes = _street_classes()
    assert sum(1 for c in classes if c.GATES) >= 5  # English, German, French, Italian, Spanish
    for cls in classes:
        gated, ungated = cls(), cls()
        ungated.gates = []
        assert all(names <= {p.name for p, _ in gated.compiled} for _, names in gated.gates), cls.__name__
        for text in texts:
            got = [(r.start, r.end, r.score) for r in gated.analyze(text, [], None)]
            assert got == [(r.start, r.end, r.score) for r in ungated.analyze(text, [], None)], (cls.__name__, text)


_GATED_TEXTS = [
    "", "ciao, a domani", "Via Garibaldi 14, 10122 Torino", "14 Acacia Avenue, Leeds LS6 2AB", "Calle Mayor 3, 2º B",
    "Rua Augusta 120, 1100-053 Lisboa", "Hauptstraße 7, 80331 München", "12 rue de la Paix, 75002 Paris",
    "ich wohne in der Lindenallee 3", "flat 4/12 Baker st", "東京都千代田区1-1", "PLZ 10115 Berlin",
]  # fmt: skip


def test_gated_cores_are_those_of_the_gates_a_text_lacks() -> None:
    """`gated` keeps its lists by the caller's shut cores and the gates a text lacks: each list is the
    cores but those shut and those every lacking gate guards, in their order, as a set of names built
    for each text gave them."""
    for cls in _street_classes():
        rec = cls()
        for shut in (frozenset(), rec.needs_postcode):
            for text in _GATED_TEXTS:
                lacking = frozenset(n for gate, names in rec.gates if gate.search(text) is None for n in names)
                expected = [(p, rx) for p, rx in rec.compiled if p.name not in shut | lacking]
                assert rec.gated(text, shut) == expected, (cls.__name__, text)
        # keyed by the gates lacking, by index: no set of core names is built for a text
        assert all(isinstance(k, tuple) and isinstance(k[1], tuple) for k in rec.by_shut), cls.__name__


def test_gates_held_by_others_and_gates_of_shut_cores_are_not_searched_whole() -> None:
    """`gated` reads a gate made of other gates' pieces from theirs ("street after on or at": a strong or a
    weak type, each its own gate), searches only the rest of a gate that holds another's, and skips a gate
    whose every core is shut; the cores are still those of every gate searched whole."""
    rec = recognizers.EnStreetAddressRecognizer()
    plain, derived = rec._searches(frozenset())
    names = {k: rec.gates[k][1] for k, _, _ in derived}
    assert any("street after on or at" in n for n in names.values())
    assert any(rest is None for _, _, rest in derived)  # read from its two gates alone
    assert any(rest is not None for _, _, rest in derived)  # the rest of it searched
    searched = {k for k, _ in plain} | set(names)
    assert searched == set(range(len(rec.gates)))
    shut_plain, shut_derived = rec._searches(rec.needs_postcode)
    skipped = set(range(len(rec.gates))) - {k for k, _ in shut_plain} - {k for k, _, _ in shut_derived}
    assert skipped and all(rec.gates[k][1] <= rec.needs_postcode for k in skipped)
    for text in ["I live on Elm Street, 12", "meet at 4 Baker St", "7 main st, springfield il 62701", "no 5 here"]:
        for shut in (frozenset(), rec.needs_postcode):
            lacking = frozenset(n for gate, names in rec.gates if gate.search(text) is None for n in names)
            assert rec.gated(text, shut) == [(p, rx) for p, rx in rec.compiled if p.name not in shut | lacking]
