from __future__ import annotations

import pytest

from recognizers import EsDniRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi DNI es 12345678Z", ["12345678Z"]),
        ("12345678-z", ["12345678-z"]),
        ("00000000T", ["00000000T"]),
        ("12345678A", []),  # wrong letter
        ("X1234567L", []),  # that is an NIE
        ("112345678Z", []),
    ],
)
def test_dni(text: str, expected: list[str]) -> None:
    assert found(EsDniRecognizer(), text, 0.5) == expected
