from __future__ import annotations

import pytest

from recognizers import UkNationalInsuranceRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NI number AB 12 34 56 C", ["AB 12 34 56 C"]),
        ("ab123456d", ["ab123456d"]),
        ("GB123456A", []),  # never issued
        ("DA123456A", []),  # D is not a valid first letter
        ("AO123456A", []),  # O is not a valid second letter
        ("AB123456E", []),  # suffix A-D only
    ],
)
def test_nino(text: str, expected: list[str]) -> None:
    assert found(UkNationalInsuranceRecognizer(), text, 0.5) == expected
