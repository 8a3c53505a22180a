"""Portuguese sign-offs: "Beijinhos" signs off as "Beijos" does, so the line under it is a name
("Beijinhos\\nMadalena"); a sign-off under another sign-off or a thanks is no name ("Obrigado\\nAbraço",
"Obrigada pelo apoio\\nBeijinhos"). The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beijinhos\nMadalena", "Madalena"),
        ("Obrigada pela ajuda!\nBeijinhos\nGraciete", "Graciete"),
    ],
)
def test_a_name_under_beijinhos(text: str, name: str) -> None:
    assert name in found(PersonNameRecognizer(supported_language="pt"), text, min_score=0.6)


@pytest.mark.parametrize(
    "text",
    [
        "Obrigado\nAbraço",
        "Obrigada pelo apoio\nBeijinhos",
        "Obrigado\nUm abraço",
    ],
)
def test_a_sign_off_under_a_sign_off_is_no_name(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="pt"), text) == []
