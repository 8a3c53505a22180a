from __future__ import annotations

import pytest

from recognizers import BrCpfRecognizer
from tests.recognizers.conftest import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("meu CPF é 529.982.247-25.", 0.5, ["529.982.247-25"]),
        ("52998224725", 0.0, ["52998224725"]),
        ("52998224725", 0.5, []),
        ("529.982.247-24", 0.0, []),  # wrong check digit
        ("111.111.111-11", 0.0, []),  # repeated digits pass mod 11 but are invalid
        ("1529.982.247-25", 0.0, []),
    ],
)
def test_cpf(text: str, min_score: float, expected: list[str]) -> None:
    assert found(BrCpfRecognizer(), text, min_score) == expected
