"""A season's wish or a saint's day wished (`feast_wishes`) and a capitalised stop word alone
(`filters._stop_word_alone`) are no one; a person greeted with the wish, or named like the feast
elsewhere, is still caught."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.feast_wishes import feast_wish
from proxy.detection.filters import settle, trim_ner
from tests.detection.helpers import at

NER = "SpacyRecognizer"


@pytest.mark.parametrize(
    ("text", "value", "wish"),
    [
        ("Merci pour tout et Joyeux Noël !", "Joyeux Noël", True),
        ("Merci pour tout et Joyeux Noël !", "Noël", True),
        ("Tanti auguri e Buon Natale dal negozio", "Natale", True),
        ("Gracias y Feliz Navidad", "Feliz Navidad", True),
        ("Danke und Frohe Weihnachten", "Frohe Weihnachten", True),
        ("Thanks and Merry Christmas", "Merry Christmas", True),
        # the person greeted, a feast's name said as a person's
        ("Joyeux Noël Paul Martin !", "Paul Martin", False),
        ("Bonjour, je suis Noël Dupont", "Noël Dupont", False),
        ("Bonjour, je suis Noël", "Noël", False),
        ("ho parlato con Natale Rossi", "Natale Rossi", False),
        # a saint's day wished: the wish, the title and the saint's name, however much the span holds
        ("Gracias por todo, ¡feliz San Fermín!", "Fermín", True),
        ("GRACIAS Y FELIZ SANTA ÁGUEDA", "SANTA ÁGUEDA", True),
        ("Auguri e buon Sant'Ambrogio a tutti", "Sant'Ambrogio", True),
        ("Bonne Sainte Catherine les filles !", "Bonne Sainte Catherine", True),
        # a German feast's compound on "-fest" after a wish
        ("Danke und ein frohes Osterfest!", "Osterfest", True),
        # a person greeted after the saint's day, a surname after the saint's name
        ("Feliz San Fermín, Iñaki", "Iñaki", False),
        ("Feliz Santa Águeda Zubiri", "Águeda Zubiri", False),
    ],
)
def test_feast_wish(text: str, value: str, wish: bool) -> None:
    assert feast_wish(text, *at(text, value)) is wish


@pytest.mark.parametrize(
    ("language", "text", "value", "dropped"),
    [
        ("fr", "Combien coûte la livraison du Grille-Pain Rétro ?", "Combien", True),
        ("fr", "Merci à tous ! Ouvert lundi jusqu'à 18h", "Ouvert", True),
        ("fr", "Combien coûte la livraison, demande Martine ?", "Martine", False),
    ],
)
def test_stop_word_alone(language: str, text: str, value: str, dropped: bool) -> None:
    span = Span("PERSON", *at(text, value), 0.85, NER)
    assert (settle(text, [span], language, ner_filter=False) == []) is dropped


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Express Shipping on my order, when will it arrive?", "Express"),
        ("fr", "Je suis membre Premium, la livraison est Gratuite ?", "Gratuite"),
        ("it", "Orari di Natale del negozio di via Roma?", "Orari di Natale"),
        ("es", "¿Horario de Verano en la tienda?", "Horario de Verano"),
        ("de", "Ich bin Stammkunde, gibt es Rabatt?", "Stammkunde"),
    ],
)
def test_commerce_words_alone_are_no_one(language: str, text: str, value: str) -> None:
    """A tier, a price word or opening hours the model calls a name: cut as commerce words
    (`proxy.detection.words`), leaving nothing capitalised."""
    assert trim_ner(text, Span("PERSON", *at(text, value), 0.85, NER), language) is None


@pytest.mark.parametrize(
    ("language", "text", "value", "goods"),
    [
        ("it", "Quando arriva il Forest Linen Cushion che ho ordinato?", "Forest Linen Cushion", True),
        ("es", "¿El Harbour Wool Blanket vuelve en marzo?", "Harbour Wool Blanket", True),
        ("de", "Ist die Nordic Kissen bald wieder da?", "Nordic Kissen", True),
        ("en", "Order note: Country Picnic Hamper, any news?", "Country Picnic Hamper", True),
        ("it", "Il cuscino me lo porta Giulia Bianchi domani", "Giulia Bianchi", False),
    ],
)
def test_home_goods_nouns_end_a_product_name(language: str, text: str, value: str, goods: bool) -> None:
    """A model's run ending in a home-goods noun (`name_words.PRODUCT_NOUNS`) is a product line."""
    kept = trim_ner(text, Span("PERSON", *at(text, value), 0.85, NER), language)
    assert (kept is None) is goods
