from __future__ import annotations

import pytest

from recognizers import BrCpfRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("meu CPF é 529.982.247-25.", 0.5, ["529.982.247-25"]),
        ("009.525.143-03", 1.0, ["009.525.143-03"]),  # formatted + both check digits: certain
        ("52998224725", 0.0, ["52998224725"]),
        ("52998224725", 0.6, ["52998224725"]),  # two check digits: evidence without context
        ("52998224725", 0.7, []),  # ...but below a formatted or context-backed CPF
        ("52998224724", 0.0, []),  # bare, wrong check digit
        ("552998224725", 0.0, []),  # 12 digits
        ("+52998224725", 0.0, []),  # a phone-shaped run, not a CPF
        ("11111111111", 0.0, []),
        ("529.982.247-24", 0.0, []),  # wrong check digit
        ("111.111.111-11", 0.0, []),  # repeated digits pass mod 11 but are invalid
        ("1529.982.247-25", 0.0, []),
    ],
)
def test_cpf(text: str, min_score: float, expected: list[str]) -> None:
    assert found(BrCpfRecognizer(), text, min_score) == expected
