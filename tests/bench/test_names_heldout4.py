"""The fourth frozen name set: its file is the one frozen, and it holds what it promises."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench import names_heldout3, names_heldout4
from bench.names import SETS
from bench.names_heldout import fingerprint


def test_the_file_is_the_one_frozen() -> None:
    assert fingerprint(names_heldout4.PATH.read_bytes()) == names_heldout4.FINGERPRINT


def test_no_name_is_taken_from_the_third_set() -> None:
    """The fourth set is kept apart: none of its given names, surnames or nicknames is in the third's."""
    for lang, lists in names_heldout4.PEOPLE.items():
        third = {n for names in names_heldout3.PEOPLE[lang] for n in names}
        assert not {n for names in lists for n in names} & third


def test_frozen_file_loads_with_three_hundred_names_and_150_clean_messages_a_language() -> None:
    examples = names_heldout4.load()
    names, clean = Counter[str](), Counter[str]()
    for e in examples:
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
        assert all(e.text[a:b].strip() == e.text[a:b] and b > a for a, b in e.gold)
        assert e.kind == ("pii" if e.gold else "clean")
    assert set(names) == {"it", "es", "pt", "de", "fr", "en"}
    assert min(names.values()) >= 300
    assert min(clean.values()) >= 150


def test_each_language_has_at_least_twenty_four_message_shapes() -> None:
    assert min(len(t) for t in names_heldout4.TEMPLATES.values()) >= 24
    shapes = Counter[str]()
    for e in names_heldout4.load():
        if e.gold:  # a shape is the message with its names cut out
            cut, last = "", 0
            for a, b in e.gold:
                cut, last = cut + e.text[last:a].lower() + "{}", b
            shapes[e.language + cut + e.text[last:].lower()] += 1
    per_language = Counter(key[:2] for key in shapes)
    assert min(per_language.values()) >= 24


def test_names_are_not_one_name_repeated() -> None:
    for lang in names_heldout4.TEMPLATES:
        spans = [e.text[a:b].lower() for e in names_heldout4.load() if e.language == lang for a, b in e.gold]
        assert len(set(spans)) >= len(spans) // 2
        assert Counter(spans).most_common(1)[0][1] <= 10


def test_the_bench_knows_the_set() -> None:
    assert SETS["heldout4"] is names_heldout4.load


def test_an_edited_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "names_heldout4.jsonl"
    copy.write_bytes(names_heldout4.PATH.read_bytes().replace(b"Logitech", b"Logitec", 1))
    try:
        names_heldout4.load(copy)
    except SystemExit as exc:
        assert "changed" in str(exc)
    else:
        raise AssertionError("an edited set was accepted")
