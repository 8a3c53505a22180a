from __future__ import annotations

import pytest

from recognizers import InAadhaarNumberRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("aadhaar 2345 6789 0124", 0.5, ["2345 6789 0124"]),
        ("2345-6789-0124", 0.5, ["2345-6789-0124"]),
        ("234567890124", 0.5, []),
        ("234567890124", 0.0, ["234567890124"]),
        ("2345 6789 0123", 0.0, []),  # Verhoeff fails
        ("1345 6789 0124", 0.0, []),  # cannot start with 0 or 1
    ],
)
def test_aadhaar(text: str, min_score: float, expected: list[str]) -> None:
    assert found(InAadhaarNumberRecognizer(), text, min_score) == expected
