from __future__ import annotations

import pytest

from recognizers import ItPartitaIvaRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "min_score", "expected"),
    [
        ("P.IVA IT12345678903", 0.5, ["IT12345678903"]),
        ("IT 12345678903", 0.5, ["IT 12345678903"]),
        ("12345678903", 0.5, []),  # bare: weak until context lifts it
        ("12345678903", 0.0, ["12345678903"]),
        ("IT12345678901", 0.0, []),  # wrong check digit
        ("00000000000", 0.0, []),
    ],
)
def test_partita_iva(text: str, min_score: float, expected: list[str]) -> None:
    assert found(ItPartitaIvaRecognizer(), text, min_score) == expected
