"""Held-out reports print figures, not examples: several engineers tune detection at once, and
a held-out miss one of them reads is no longer held out. Misses are printed on the tune split,
or on the held-out split only when asked for."""

from __future__ import annotations

import pytest

from bench import address_report
from bench.address_corpus import COUNTRIES
from bench.detection import wilson


def _nothing(texts: list[str], lang: str) -> list[list[tuple[str, int, int]]]:
    return [[] for _ in texts]  # an analyser that finds nothing: every gold address is a miss


def test_the_heldout_address_report_prints_no_miss_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    address_report.report(_nothing, wilson, "heldout", address_report.misses_to_print("heldout", None))
    out = capsys.readouterr().out
    assert "PII protected" in out and "not fully covered" not in out
    address_report.report(_nothing, wilson, "heldout", address_report.misses_to_print("heldout", 1))
    assert capsys.readouterr().out.count("not fully covered") == len(COUNTRIES)


def test_the_tune_split_shows_its_misses_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    address_report.report(_nothing, wilson, "tune", address_report.misses_to_print("tune", None))
    assert capsys.readouterr().out.count("not fully covered") == 4 * len(COUNTRIES)
