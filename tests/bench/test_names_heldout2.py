"""The second frozen name set: its file is the one frozen, and it holds what it promises."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench import names_heldout2


def test_frozen_file_loads_with_three_hundred_names_and_150_clean_messages_a_language() -> None:
    examples = names_heldout2.load()
    names, clean = Counter[str](), Counter[str]()
    for e in examples:
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
        assert all(e.text[a:b].strip() == e.text[a:b] and b > a for a, b in e.gold)
    assert set(names) == {"it", "es", "pt", "de", "fr", "en"}
    assert min(names.values()) >= 300
    assert min(clean.values()) >= 150


def test_an_edited_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "names_heldout2.jsonl"
    copy.write_bytes(names_heldout2.PATH.read_bytes().replace(b"Lunedi", b"Martedi", 1) + b"\n")
    try:
        names_heldout2.load(copy)
    except SystemExit as exc:
        assert "changed" in str(exc)
    else:
        raise AssertionError("an edited set was accepted")
