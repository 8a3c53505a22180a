"""Veil's own regex recognizers skip Presidio's `regex`-module check of their patterns (start-up
time) and still refuse an invalid pattern, through their own stdlib `re` compile."""

from __future__ import annotations

import re

import pytest
import regex  # type: ignore[import-untyped]

import recognizers
from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.street_address_recognizer import StreetAddressRecognizer


def test_own_recognizers_build_without_the_regex_module(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled with the regex module")

    monkeypatch.setattr(regex, "compile", refuse)
    built = [cls() for cls in recognizers.ALL if issubclass(cls, (StreetAddressRecognizer, ChecksumPatternRecognizer))]
    built.append(recognizers.EmailAddressRecognizer())
    assert len(built) > 10
    for rec in built:
        assert rec.patterns and all(isinstance(p.regex, str) for p in rec.patterns)


def test_an_invalid_pattern_still_fails_the_build() -> None:
    class Broken(StreetAddressRecognizer):
        CORES = (("broken", r"(?P<num>\d+", 0.5, False),)

    class BrokenId(ChecksumPatternRecognizer):
        PATTERNS = (("broken", r"[0-9", 0.5),)

    with pytest.raises(re.error):
        Broken()
    with pytest.raises(re.error):
        BrokenId()
