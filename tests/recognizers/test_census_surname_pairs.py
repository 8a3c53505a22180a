"""A first name no list holds before a surname of the US Census list (`recognizers.surname_pairs`),
in the shapes of `bench.names_tune25` ("Hodan Warsame", "Yerutí Mamani"), and capitalised pairs of
goods, brands and places that a surname list could take for a person. The names here are not
`bench.names_tune25`'s."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer, surname_pairs
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "I gave the receipt to Tigranuhi Hakobyan at the till", ["Tigranuhi Hakobyan"]),
        ("en", "The refund went to Shamima Akter instead of me", ["Shamima Akter"]),
        ("fr", "J'ai transmis le numéro à Wideline Jeanty ce matin", ["Wideline Jeanty"]),
        ("fr", "Le paiement vient de Yacouba Ouedraogo", ["Yacouba Ouedraogo"]),
        ("it", "Il bonifico l'ha fatto Tsegay Gebremedhin ieri", ["Tsegay Gebremedhin"]),
        ("es", "Le di el recibo a Wayta Apaza en la caja", ["Wayta Apaza"]),
        ("es", "El pago lo hizo Ayelen Huaman ayer", ["Ayelen Huaman"]),
        ("de", "Ich habe die Quittung Yaw Mensah gegeben", ["Yaw Mensah"]),
    ],
)
def test_unlisted_first_name_before_a_census_surname(language: str, text: str, names: list[str]) -> None:
    recognizer = GivenNameRecognizer(supported_language=language)
    assert found(recognizer, text, min_score=0.6) == names


def test_the_surname_is_the_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the surname list the same pair is two words no list holds: no one."""
    monkeypatch.setattr(surname_pairs, "surname", lambda folded: False)
    recognizer = GivenNameRecognizer(supported_language="en")
    assert found(recognizer, "I gave the receipt to Tigranuhi Hakobyan at the till", min_score=0.6) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Bose Quietcomfort arrived scratched"),
        ("fr", "Blouson Schott en cuir, 120 €"),  # a product noun first
        ("it", "Avete ancora il Moroso Redondo?"),  # "redondo" is a Spanish word: not in the list
        ("es", "¿Tienen la camiseta Boca Juniors?"),
        ("de", "Gibt es die Tischdecke Amalfi in Rot?"),  # a German noun after its article
        ("de", "Wo ist der nächste Media Markt?"),
        ("pt", "A capa Samsung Galaxy serve no S23?"),
    ],
)
def test_goods_brands_and_places_are_no_one(language: str, text: str) -> None:
    assert found(GivenNameRecognizer(supported_language=language), text, min_score=0.6) == []
