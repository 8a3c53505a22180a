from __future__ import annotations

import pytest

from recognizers import IbanCodeRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN IT60 X054 2811 1010 0000 0123 456 ok", ["IT60 X054 2811 1010 0000 0123 456"]),
        ("DE89370400440532013000.", ["DE89370400440532013000"]),
        ("gb82 west 1234 5698 7654 32", ["gb82 west 1234 5698 7654 32"]),
        (
            "NO9386011117947 and BR1800360305000010009795493C1",
            ["NO9386011117947", "BR1800360305000010009795493C1"],
        ),
        ("FR14-2004-1010-0505-0001-3M02-606", ["FR14-2004-1010-0505-0001-3M02-606"]),
        ("DE89370400440532013001", []),  # wrong check digits
        ("DE893704004405320130001", []),  # too long for DE
        ("XX89370400440532013000", []),  # no such country
    ],
)
def test_iban(text: str, expected: list[str]) -> None:
    assert found(IbanCodeRecognizer(), text) == expected
