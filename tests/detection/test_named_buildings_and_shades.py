"""Streets, squares and churches named after people, "Our Lady of", shades, car classes, fashion
houses and cleaners that wear a title, through the full analyzer: no one in them; people beside
them, and a street or town where the customer lives, stay. Sentences written here, none from a
held-out set.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a street type or a church before the name, or a saint before a church word
        ("es", "la tienda de la calle Alfonso XIII cierra a las ocho?"),
        ("es", "estáis en la avenida Reina Sofía todavía?"),
        ("pt", "na loja da rua Oscar Freire não tinha o 40"),
        ("pt", "a unidade da Avenida Getúlio Vargas fecha domingo?"),
        ("fr", "le magasin de la rue Victor Hugo ferme à 19h ?"),
        ("it", "il negozio di corso Vittorio Emanuele ha i camerini?"),
        ("it", "siete vicino alla chiesa di San Francesco?"),
        ("es", "la floristería junto a la parroquia de San Antonio abre?"),
        ("en", "is the shop opposite St Mary's church open on sunday?"),
        # "Our Lady of" before a name: the Virgin's title, a church
        ("pt", "a loja perto da igreja de Nossa Senhora do Rosário abre?"),
        ("es", "la tienda junto a Nuestra Señora del Rosario abre el domingo?"),
        # a shade or a candle's name after its noun, a car's class after its maker
        ("es", "el pintalabios tono Carmen está agotado?"),
        ("it", "la candela Speranza è ancora disponibile?"),
        ("fr", "le vernis teinte Ruby est épuisé ?"),
        ("it", "il portabici per Mercedes Classe B ce l'avete?"),
        # bed linen before a size's name, navy after a colour cue, the photo in German
        ("fr", "la couette King arrive quand ?"),
        ("de", "die Bettwäsche gibt es auch in Marine?"),
        ("de", "ist die Farbe wie auf dem Foto?"),
        # fashion houses named after a person, cleaners and robots that wear a title
        ("es", "tenéis algo de Lola Casademunt en la talla 38?"),
        ("it", "avete qualcosa di Luisa Spagnoli in saldo?"),
        ("es", "el Don Limpio de lavanda está agotado?"),
        ("fr", "le Monsieur Propre au citron est épuisé ?"),
    ],
)
def test_buildings_shades_and_brands_hold_no_one(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("es", "preguntad a Pilar Quintana en la tienda de la calle Alfonso XIII", "Pilar Quintana"),
        ("fr", "demandez à Capucine Perrin à la boutique de la rue Victor Hugo", "Capucine Perrin"),
        ("it", "io e Gioia passiamo dalla chiesa di San Francesco", "Gioia"),
        ("es", "el pedido es para Mercedes Arroyo", "Mercedes Arroyo"),
        ("fr", "Monsieur Perrin a commandé le vernis", "Perrin"),
        ("fr", "Marine Guillot a commandé le drap housse", "Marine Guillot"),
        ("fr", "j'ai envoyé la photo à Marine hier", "Marine"),
        # set phrases on a street word: because of, instead of
        ("it", "non sono passato per via di Marta Bellini", "Marta Bellini"),
        ("fr", "je viens à la place de Marie Delattre", "Marie Delattre"),
    ],
)
def test_people_beside_them_keep_their_names(analyzer: Analyzer, language: str, text: str, name: str) -> None:
    spans = found(analyzer, text, language)
    assert any(entity == "PERSON" and name in value for entity, value in spans), spans


@pytest.mark.parametrize(
    ("language", "text", "street"),
    [
        ("es", "vivo en la calle Alfonso XIII, me lo mandáis?", "Alfonso"),
        ("it", "mandatelo in corso Vittorio Emanuele, grazie", "Vittorio Emanuele"),
        ("pt", "moro em Nossa Senhora do Socorro, entregam aí?", "Socorro"),
    ],
)
def test_the_customers_street_stays(analyzer: Analyzer, language: str, text: str, street: str) -> None:
    spans = found(analyzer, text, language)
    assert any(street in value for _, value in spans), spans
