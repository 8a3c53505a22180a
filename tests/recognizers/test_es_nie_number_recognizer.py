from __future__ import annotations

import pytest

from recognizers import EsNieNumberRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIE X1234567L", ["X1234567L"]),
        ("y-1234567-x", ["y-1234567-x"]),
        ("Z1234567R", ["Z1234567R"]),
        ("X1234567A", []),  # wrong letter
        ("W1234567L", []),
    ],
)
def test_nie(text: str, expected: list[str]) -> None:
    assert found(EsNieNumberRecognizer(), text, 0.5) == expected
