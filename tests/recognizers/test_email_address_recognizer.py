from __future__ import annotations

import pytest

from recognizers import EmailAddressRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to mario.rossi@gmail.com please", ["mario.rossi@gmail.com"]),
        ("MARIO+orders@Example.CO.UK.", ["MARIO+orders@Example.CO.UK"]),
        ("ñandú@correo.es", ["ñandú@correo.es"]),
        ("x@xn--p1ai.xn--p1ai", ["x@xn--p1ai.xn--p1ai"]),
        ("two: a.b@c.io, d_e@f.fr", ["a.b@c.io", "d_e@f.fr"]),
        ("icon@2x.png", []),
        ("user@localhost", []),
        ("a..b@example.com", []),
        (".a@example.com", []),
        ("price 10@5.00", []),
        ("me @ example.com", []),
    ],
)
def test_email(text: str, expected: list[str]) -> None:
    assert found(EmailAddressRecognizer(), text, 0.5) == expected
