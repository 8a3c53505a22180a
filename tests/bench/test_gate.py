"""The zero-LOST gate: it reads only what may be read, and a swap of one name for another is a loss."""

from __future__ import annotations

import re

import pytest

from bench import gate, names


def _row(text: str, gold: list[list[int]], spans: list[list[object]]) -> dict[str, object]:
    return {"text": text, "gold": gold, "spans": spans}


def test_a_set_that_still_measures_is_never_dumped() -> None:
    with pytest.raises(SystemExit, match="heldout21"):
        gate.collect((*names.RETIRED, "heldout21"))


def test_the_retired_sets_are_the_ones_the_docstring_retires() -> None:
    first_measuring = re.search(r"only\s+`(heldout\d+)`\s+onwards\s+still\s+measure", names.__doc__ or "")
    assert first_measuring, "bench.names' docstring says which sets still measure"
    order = list(names.SETS)
    assert list(names.RETIRED) == order[: order.index(first_measuring.group(1))]


def test_collect_keys_tune_and_retired_messages_by_language() -> None:
    rows = gate.collect(("heldout",))
    assert {"retired_heldout/it", "nopii_tune/de"} <= set(rows)
    assert not any(key.startswith("retired_heldout1") for key in rows)
    text, gold = rows["retired_heldout/it"][0]
    assert all(text[s:e].strip() for s, e in gold)


def test_a_name_swapped_for_another_is_lost_though_the_count_does_not_move() -> None:
    before = {"k/en": [_row("Ann and Bob", [[0, 3], [8, 11]], [[0, 3, "PERSON", "r"]]), _row("Sofa", [], [])]}
    after = {"k/en": [_row("Ann and Bob", [[0, 3], [8, 11]], [[8, 11, "PERSON", "r"]]), _row("Sofa", [], [])]}
    gained, clean, lost, moved = gate.compare(before, after)
    assert (gained, clean, len(moved)) == (0, 0, 1)
    assert lost == ["k/en name 'Ann' in 'Ann and Bob'"]


def test_a_no_pii_message_newly_changed_is_lost_and_one_left_alone_is_gained() -> None:
    before = {"k/fr": [_row("Canapé Rosa", [], []), _row("Lampe Emma", [], [[6, 10, "PERSON", "r"]])]}
    after = {"k/fr": [_row("Canapé Rosa", [], [[7, 11, "PERSON", "r"]]), _row("Lampe Emma", [], [])]}
    gained, clean, lost, _ = gate.compare(before, after)
    assert (gained, clean) == (0, 0)
    assert lost == ["k/fr no-PII changed in 'Canapé Rosa'"]


def test_dumps_of_other_messages_are_refused() -> None:
    with pytest.raises(SystemExit, match="other messages"):
        gate.compare({"k/en": [_row("a", [], [])]}, {"k/en": [_row("b", [], [])]})
