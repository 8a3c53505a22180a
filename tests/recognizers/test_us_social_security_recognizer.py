from __future__ import annotations

import pytest

from recognizers import UsSocialSecurityRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("SSN 536-90-4399", 0.5, ["536-90-4399"]),
        ("536 90 4399", 0.5, ["536 90 4399"]),
        ("536904399", 0.5, []),
        ("536904399", 0.0, ["536904399"]),
        ("536-90 4399", 0.0, []),  # mixed separators
        ("666-12-3456", 0.0, []),
        ("900-12-3456", 0.0, []),
        ("123-00-4567", 0.0, []),
        ("123-45-0000", 0.0, []),
        ("078-05-1120", 0.0, []),  # the Woolworth wallet number
    ],
)
def test_ssn(text: str, min_score: float, expected: list[str]) -> None:
    assert found(UsSocialSecurityRecognizer(), text, min_score) == expected
