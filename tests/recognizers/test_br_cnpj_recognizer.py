from __future__ import annotations

import pytest

from recognizers import BrCnpjRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("CNPJ 11.222.333/0001-81", 0.5, ["11.222.333/0001-81"]),
        ("11222333000181", 0.0, ["11222333000181"]),
        ("11222333000181", 0.5, []),
        ("11.222.333/0001-82", 0.0, []),
        ("00.000.000/0000-00", 0.0, []),
    ],
)
def test_cnpj(text: str, min_score: float, expected: list[str]) -> None:
    assert found(BrCnpjRecognizer(), text, min_score) == expected
