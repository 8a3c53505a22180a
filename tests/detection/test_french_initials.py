"""A French name read after "M." taking the "M." in, as an initial is (`proxy.detection.name_spans`).
The names are made up."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Réclamation contre le chauffeur M. Tiendrebeogo, il a laissé le frigo dehors", "M. Tiendrebeogo"),
        ("Le gagnant de la tombola c'est M. Ouattara, vous envoyez le panier ?", "M. Ouattara"),
        ("À l'attention de M. Kerbrat, service compta", "M. Kerbrat"),
    ],
)
def test_a_french_name_takes_its_m_in(analyzer: Analyzer, text: str, name: str) -> None:
    assert ("PERSON", name) in found(analyzer, text, "fr")
