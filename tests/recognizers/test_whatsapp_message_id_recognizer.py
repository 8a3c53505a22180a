from __future__ import annotations

import pytest

from recognizers import WhatsAppMessageIdRecognizer
from tests.recognizers.helpers import found

WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTdCNTg5RjY1MEI4RjlFQTU2RgA="


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"about {WAMID} thanks", [WAMID]),
        ("wamid.abcdefghijklmnopqrstuvwxyz", []),  # Veil's token shape
        ("wamid.short", []),
        ("WAMID.HBgLMTY1MDM4Nzk0", []),
    ],
)
def test_wamid(text: str, expected: list[str]) -> None:
    assert found(WhatsAppMessageIdRecognizer(), text) == expected
