"""The hand-written held-out address set: the file is what `build()` makes, it is the one frozen,
it holds what its docstring promises, and its report prints no miss unless asked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench import address_report, addresses_handwritten
from bench.address_corpus import COUNTRIES, LANGUAGES, SPLITS, fingerprint, load, write
from bench.detection import wilson

MIN_ADDRESSES = 130  # gold ADDRESS spans a country
MIN_CLEAN = 120  # no-PII messages a language
MIN_SHAPES = 40  # message shapes a language


def test_the_file_is_what_build_makes_and_is_the_frozen_one() -> None:
    _, path, frozen = SPLITS["handwritten"]
    assert path == addresses_handwritten.PATH
    built = addresses_handwritten.build()
    assert load("handwritten") == built
    assert fingerprint(built) == frozen


def test_an_edited_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    messages = load("handwritten")
    first = messages[0]
    edited = [type(first)(first.country, first.language, first.text.replace("Roma", "Rома"), first.gold, first.kind)]
    copy = tmp_path / "edited.jsonl"
    write(edited + messages[1:], copy)
    seed, _, frozen = SPLITS["handwritten"]
    monkeypatch.setitem(SPLITS, "handwritten", (seed, copy, frozen))
    with pytest.raises(SystemExit):
        load("handwritten")


def test_counts_per_country_and_language_are_as_promised() -> None:
    messages = load("handwritten")
    spans = Counter(m.country for m in messages for _ in m.gold)
    assert set(spans) == set(COUNTRIES)
    assert all(spans[c] >= MIN_ADDRESSES for c in COUNTRIES), spans
    clean = Counter(m.language for m in messages if m.kind == "clean")
    assert all(clean[lang] >= MIN_CLEAN for lang in LANGUAGES), clean
    for lang in LANGUAGES:
        shapes = {s for c, (_, lg) in COUNTRIES.items() if lg == lang for s in addresses_handwritten.SHAPES[c]}
        assert len(shapes) >= MIN_SHAPES, (lang, len(shapes))
    for m in messages:
        assert (m.kind == "pii") == bool(m.gold) and (m.kind == "clean") == (m.country == "")
        if m.country:
            assert m.language == COUNTRIES[m.country][1]


def test_every_gold_span_is_stripped_and_inside_its_text() -> None:
    for m in load("handwritten"):
        for entity, start, end in m.gold:
            assert entity == "ADDRESS" and 0 <= start < end <= len(m.text)
            span = m.text[start:end]
            assert span == span.strip() and span in addresses_handwritten.ADDRESSES[m.country]


def _nothing(texts: list[str], lang: str) -> list[list[tuple[str, int, int]]]:
    return [[] for _ in texts]  # an analyser that finds nothing: every gold address is a miss


def test_the_handwritten_report_prints_no_miss_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    address_report.report(_nothing, wilson, "handwritten", address_report.misses_to_print("handwritten", None))
    out = capsys.readouterr().out
    assert "PII protected" in out and "hand-written" in out and "not fully covered" not in out
    address_report.report(_nothing, wilson, "handwritten", address_report.misses_to_print("handwritten", 1))
    assert capsys.readouterr().out.count("not fully covered") == len(COUNTRIES)
