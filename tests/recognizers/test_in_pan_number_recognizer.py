from __future__ import annotations

import pytest

from recognizers import InPanNumberRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PAN ABCPE1234F", ["ABCPE1234F"]),
        ("AAACB1234C", ["AAACB1234C"]),
        ("abcpe1234f", []),
        ("ABCXE1234F", []),  # X is no holder type
        ("ABCPE12345", []),
    ],
)
def test_pan(text: str, expected: list[str]) -> None:
    assert found(InPanNumberRecognizer(), text, 0.5) == expected
