"""A name the clause treats as goods (`proxy.detection.goods_said`): a size after it, damage it arrived
with, a delivery done to it. "Bruna in the larger size", "Ottilia kam zerkratzt an", "livrer
Rosalind" are goods; "my sister Bruna arrived scratched", "ship Anna a new one", "Marta llegó rota"
are people."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Span
from proxy.detection.filters import settle
from proxy.detection.goods_said import said_as_goods
from tests.detection.helpers import at

GIVEN = "GivenNameRecognizer"
NER = "SpacyRecognizer"


# (language, text, span text): goods by the clause
GOODS = [
    # a size right after the name
    ("en", "Could I get Bruna in the smaller size instead?", "Bruna"),
    ("fr", "Je prendrais Rosalind en petit modèle, il en reste ?", "Rosalind"),
    ("de", "Gibt es Ottilia in Größe 42?", "Ottilia"),
    ("it", "Vorrei Benedetta nella taglia media", "Benedetta"),
    ("es", "Busco Rosalind en talla grande para mi salón", "Rosalind"),
    ("pt", "Tem Benedita no tamanho médio?", "Benedita"),
    # arrived damaged right after the name
    ("en", "Ottilia came dented, the box was fine", "Ottilia"),
    ("fr", "Rosalind est arrivée ébréchée hier", "Rosalind"),
    ("de", "Ottilia ist völlig verbeult angekommen", "Ottilia"),
    ("it", "Benedetta è arrivata scheggiata", "Benedetta"),
    ("es", "Rosalind llegó abollada por un lado", "Rosalind"),
    ("pt", "A Benedita chegou rachada no canto", "Benedita"),
    # a passive of delivery after the name, a delivery or selling verb before it
    ("en", "When will Ottilia be dispatched?", "Ottilia"),
    ("fr", "Rosalind pourra être expédiée lundi ?", "Rosalind"),
    ("it", "Benedetta verrà spedita entro giovedì?", "Benedetta"),
    ("es", "¿Rosalind puede ser entregada el martes?", "Rosalind"),
    ("pt", "Benedita pode ser enviada amanhã?", "Benedita"),
    ("en", "Do you still stock Ottilia Verde?", "Ottilia Verde"),
    ("fr", "Vous livrez Rosalind jusqu'à Lille ?", "Rosalind"),
    ("de", "Verkauft ihr Ottilia noch?", "Ottilia"),
    ("de", "Werdet ihr Ottilia bis Montag verschicken?", "Ottilia"),
    ("it", "Spedite Benedetta anche all'estero?", "Benedetta"),
    ("es", "¿Vendéis todavía Rosalind en gris?", "Rosalind"),
    ("pt", "Vocês vendem Benedita em azul?", "Benedita"),
    # set against something cheaper or another make (2026-12-08)
    ("en", "For the cooker hood, Ottilia or something cheaper?", "Ottilia"),
    ("en", "Which lasts longer, Rosalind or a different make?", "Rosalind"),
    ("fr", "Pour la hotte, Rosalind ou quelque chose de moins cher ?", "Rosalind"),
    ("it", "Per la cappa meglio Benedetta o un'altra marca?", "Benedetta"),
    ("es", "Para la campana, ¿Rosalind u otra marca?", "Rosalind"),
    ("pt", "Para o exaustor, Benedita ou algo mais barato?", "Benedita"),
    ("de", "Für die Dunstabzugshaube Ottilia oder etwas Günstigeres?", "Ottilia"),
]

# (language, text, span text): people, whatever the clause
PEOPLE = [
    ("en", "My sister Bruna arrived scratched from the brambles", "Bruna"),  # a person cue
    ("en", "Can you ship Anna a new one?", "Anna"),  # a second object: Anna receives it
    ("en", "Bruna's size is a 10", "Bruna"),  # hers
    ("en", "The coat for Ottilia arrived scratched", "Ottilia"),  # the coat arrived
    ("fr", "J'ai parlé avec Rosalind, elle est arrivée fatiguée", "Rosalind"),
    ("de", "Könnt ihr Anna die Lampe liefern?", "Anna"),  # Anna gets the lamp
    ("de", "Ottilia kam müde an", "Ottilia"),  # tired, no damage
    ("it", "Ho consegnato a Giulia il pacco", "Giulia"),
    ("es", "¿Podéis enviar a Marta el pedido?", "Marta"),  # the personal "a"
    ("es", "Marta llegó rota del trabajo", "Marta"),  # "rota" said of a tired person
    ("pt", "O casaco da Benedita veio com defeito", "Benedita"),  # the coat came faulty
    ("pt", "A Maria chegou cansada", "Maria"),
    ("en", "Should I ask Bruna or someone else?", "Bruna"),  # set against someone
    ("it", "Lo ritira Benedetta o qualcun altro", "Benedetta"),
    ("es", "Lo recoge Marta u otra persona", "Marta"),
    ("en", "Send it to Ottilia or something cheaper", "Ottilia"),  # after a preposition
]


@pytest.mark.parametrize(("language", "text", "value"), GOODS)
def test_goods_by_the_clause(language: str, text: str, value: str) -> None:
    assert said_as_goods(text, *at(text, value), language)
    span = Span("PERSON", *at(text, value), 0.85, GIVEN)
    assert settle(text, [span], language, ner_filter=False) == []


@pytest.mark.parametrize(("language", "text", "value"), PEOPLE)
def test_people_stay(language: str, text: str, value: str) -> None:
    assert not said_as_goods(text, *at(text, value), language)
    span = Span("PERSON", *at(text, value), 0.85, GIVEN)
    assert settle(text, [span], language, ner_filter=False) == [span]


def test_a_model_span_goes_too() -> None:
    text = "Can Ottilia be delivered before Friday?"
    span = Span("PERSON", *at(text, "Ottilia"), 0.85, NER)
    assert settle(text, [span], "en", ner_filter=False) == []


# (language, text, span text, recognizer): a goods noun ends (en, de) or heads (fr, it, es, pt) the run
GOODS_RUNS = [
    ("en", "Can a Walnut Wardrobe fit in a hatchback?", "Walnut Wardrobe", GIVEN),
    ("en", "Is the Cordelia Lamp back in stock?", "Cordelia", NER),
    ("en", "How much is shipping for the Harlem Tote?", "Harlem", "PlaceRecognizer"),
    ("fr", "Je cherche la Couverture Polaire Rosine pour Noël", "Couverture Polaire Rosine", GIVEN),
    ("it", "Il Cuscino Memory Ginevra è ancora in offerta?", "Memory Ginevra", GIVEN),
    ("es", "¿La Almohada Viscoelástica Rocío lleva funda?", "Almohada Viscoelástica Rocío", NER),
    ("pt", "A Almofada Bordada Celeste chegou ontem", "Bordada Celeste", GIVEN),
]

RUN_PEOPLE = [
    ("es", "Hola, soy Funda Yılmaz y tengo un pedido", "Funda Yılmaz", GIVEN),  # a name that is a goods noun
    ("en", "Please pass this to my aunt Kit Harrington", "Kit Harrington", GIVEN),  # a person cue
    ("it", "Ho parlato con Ginevra Cuscino ieri", "Ginevra", GIVEN),  # one word after a person preposition
    ("de", "Ottilias Jacke hat einen Riss", "Ottilias Jacke", GIVEN),  # her jacket: a genitive
    ("en", "Sorry, Jacques Maillot already sent it back", "Jacques Maillot", GIVEN),  # a surname that is a noun
    ("it", "ho sentito ludovica scarpa al telefono", "ludovica scarpa", GIVEN),  # typed in lower case
]


@pytest.mark.parametrize(("language", "text", "value", "recognizer"), GOODS_RUNS)
def test_goods_noun_in_the_run(language: str, text: str, value: str, recognizer: str) -> None:
    entity = "LOCATION" if recognizer == "PlaceRecognizer" else "PERSON"
    span = Span(entity, *at(text, value), 0.85, recognizer)
    assert settle(text, [span], language, ner_filter=False) == []


@pytest.mark.parametrize(("language", "text", "value", "recognizer"), RUN_PEOPLE)
def test_run_people_stay(language: str, text: str, value: str, recognizer: str) -> None:
    span = Span("PERSON", *at(text, value), 0.85, recognizer)
    assert settle(text, [span], language, ner_filter=False) == [span]


@pytest.mark.parametrize(
    ("text", "value", "goods"),
    [
        ("Je peux retirer le Ottilia au point relais ?", "Ottilia", True),
        ("Merci, j'attends le Rosalind. Bonne soirée", "Rosalind", True),
        ("Il reste du Ottilia en noir ?", "Ottilia", True),
        ("J'ai commandé un Rosalind Mango la semaine dernière", "Rosalind Mango", True),
        ("J'ai vu Marine Le Pen hier", "Pen", False),  # a surname's particle, capitalised
        ("Je parle à mon fils le petit Ottilia", "Ottilia", False),  # an adjective between: a person
        ("la Rosalind de la compta a appelé", "Rosalind", False),  # "la": said of women in speech
    ],
)
def test_french_masculine_determiner(text: str, value: str, goods: bool) -> None:
    span = Span("PERSON", *at(text, value), 0.85, GIVEN)
    assert (settle(text, [span], "fr", ner_filter=False) == []) is goods
