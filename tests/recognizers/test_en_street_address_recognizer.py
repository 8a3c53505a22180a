from __future__ import annotations

import pytest

from recognizers import EnStreetAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19086 Sanchez Alley, Grahamfurt, DE 14089", ["19086 Sanchez Alley, Grahamfurt, DE 14089"]),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500", ["1600 Pennsylvania Ave NW, Washington, DC 20500"]),
        ("10 Downing Street", ["10 Downing Street"]),
        ("Flat 3, 12 High St", ["Flat 3, 12 High St"]),
        ("send it to 12 baker street please", ["12 baker street"]),
        (
            "350 Fifth Avenue Suite 3400, New York, NY 10118-0110",
            ["350 Fifth Avenue Suite 3400, New York, NY 10118-0110"],
        ),
        ("H.No. 97, MG Road, Bengaluru-560001", ["H.No. 97, MG Road, Bengaluru-560001"]),
        ("23/286, Nehru Nagar, Pune 411 001", ["23/286, Nehru Nagar, Pune 411 001"]),
        ("829 - MG Road - Pune-411001", ["829 - MG Road - Pune-411001"]),
        ("h.no. 157 gandhi street, pune-411001", ["h.no. 157 gandhi street, pune-411001"]),
        ("12 oak falls apt. 3 springfield, il 62701", ["12 oak falls apt. 3 springfield, il 62701"]),
        ("PSC 1234, Box 5678 APO AE 09012", ["PSC 1234, Box 5678 APO AE 09012"]),
        ("swap the 8 for a 9, order 77812 thanks", []),  # a bare 5-digit number is no postcode for lower-case text
        # commerce text
        ("Street Fighter 6 for PS5 at 29.99", []),
        ("will the Nike Air Max 90 size 9 arrive on Monday?", []),
        ("Do you have the Park Avenue Collection? size 3", []),
        ("Samsung Galaxy S24 Ultra 512 GB, PS5 4GB", []),
        ("order 2024-00981 on 12 March, 3/4 cup", []),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert found(EnStreetAddressRecognizer(), text, 0.5) == expected
