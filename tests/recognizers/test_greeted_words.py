"""A greeting in lower case and the word after it that greets no one by name, in the shapes of
`bench.nopii_tune20`: an endearment ("ciao bella,", "hello love") or "hope" opening a wish ("hello
hope you are well"); and the same shapes with a person greeted, which stay names. The words here
are not all `bench.nopii_tune20`'s."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # an endearment or a wish after the greeting: no one's name
        ("en", "hello hope you are well", []),
        ("en", "hi hope everything is ok with the delivery", []),
        ("en", "hey hope u had a good weekend", []),
        ("en", "hiya love is the table still for sale", []),
        ("it", "ciao bella, il pacco è arrivato", []),
        ("it", "ciao cara a che ora aprite", []),
        ("it", "ciao tesoro ho ricevuto tutto", []),
        # a person greeted in the same shapes stays a name
        ("en", "hello hope, the parcel arrived", ["hope"]),
        ("en", "hello hope!", ["hope"]),
        ("en", "hello ngozi hope you are well", ["ngozi hope"]),  # the span runs on, the name is caught
        ("it", "ciao loredana, il pacco è arrivato", ["loredana"]),
        ("it", "Ciao Bella, il pacco è arrivato", ["Bella"]),
    ],
)
def test_greeted_word(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names
