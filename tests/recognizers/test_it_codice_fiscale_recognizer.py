from __future__ import annotations

import pytest

from recognizers import ItCodiceFiscaleRecognizer
from recognizers.checksums import fiscal_code_char
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CF RSSMRA85T10A562S grazie", ["RSSMRA85T10A562S"]),
        ("rssmra85t10a562s", ["rssmra85t10a562s"]),
        ("RSSMRA85T10A562T", []),  # wrong control character
        ("RSSMRA85Z10A562S", []),  # Z is no month letter
        ("XRSSMRA85T10A562S", []),
    ],
)
def test_codice_fiscale(text: str, expected: list[str]) -> None:
    assert found(ItCodiceFiscaleRecognizer(), text) == expected


def test_omocodia_accepted() -> None:
    """A digit replaced by its letter (2 -> N) with the control character recomputed."""
    value = "RSSMRA85T10A56N" + fiscal_code_char("RSSMRA85T10A56N")
    assert found(ItCodiceFiscaleRecognizer(), f"cf {value}") == [value]
