"""A listed town in a question about the shop's service is left (`service_towns`, `business.shop_place`):
whether the shop delivers there, collecting at its branch there, its stock, range or sale there, goods
from there; the customer's town (living, being, working, a relative, an order sent there, a statement
of their own plans) stays tokenised in every language."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # whether the shop delivers or ships there
        ("en", "Do you deliver to Leeds, or only around the station? It's for the bookcase."),
        ("en", "Do you deliver shortbread to Glasgow before Burns Night?"),
        ("en", "Hi do you ship to Swansea"),
        ("fr", "Vous livrez à Bastia ?"),
        ("fr", "Vous livrez des kouglofs à Dakar avant Pâques ?"),
        ("it", "Spedite a Palermo?"),
        ("it", "Durante lo sciopero consegnate a Lecce?"),
        ("en", "Do you ship to Leeds?"),
        ("it", "Consegnate fino a Torino o solo in zona stazione?"),
        ("es", "¿Entregáis en Getafe o solo cerca del centro?"),
        ("es", "Enviáis salmorejo a Medellín antes de la Feria?"),
        ("pt", "Vocês entregam em Belo Horizonte?"),
        ("de", "Liefert ihr nach Emden?"),
        ("de", "Liefert ihr Appenzeller nach Zagreb vor Allerheiligen?"),
        # collecting at the shop's branch there, asked
        ("en", "Can I collect the backpack from Kingston on Tuesday?"),
        ("en", "Can I reserve the jacket online and pick it up in Galway after Christmas?"),
        ("fr", "Je peux payer la coque en ligne et la récupérer à Namur samedi ?"),
        ("it", "Posso pagare la cover con Satispay e ritirarla a Rimini domenica?"),
        ("it", "Posso ritirare lo smartwatch al negozio di Lecco martedì dopo il lavoro?"),
        ("es", "¿Puedo pagar la funda online y recogerla en Valladolid el domingo?"),
        ("pt", "Posso pagar a capa com MB Way e levantar em Évora na segunda?"),
        ("de", "Kann ich die Hülle mit Klarna zahlen und am Donnerstag in Stuttgart abholen?"),
        # stock, a range, a sale there; sold out there
        ("en", "When does the new Philips range land in Glasgow? I was told March."),
        ("fr", "La cocotte est revenue en stock chez Fnac à Bayonne ?"),
        ("fr", "Les soldes continuent jusqu'en décembre à Bayonne ?"),
        ("it", "Avete di nuovo la moka Bialetti da Unieuro a Lecce?"),
        ("it", "Arriva un Pixel prima di Natale? A Nuoro erano finiti"),
        ("es", "¿Cuándo llega a Zaragoza la nueva colección? Me dijeron que en abril."),
        ("pt", "Quando chega a Leiria a nova coleção? Disseram-me outubro."),
        ("de", "Wann kommt die neue Kollektion nach Dortmund?"),
        ("de", "Kommt bis Ostern noch ein Handy rein? In Linz war alles weg"),
        # goods from there, or made in house
        ("en", "Are the shortbread from Inverness or made here?"),
        ("fr", "Les bretzels viennent de Beyrouth ou c'est fait maison ?"),
        ("es", "El salmorejo viene de Medellín o lo hacéis aquí?"),
        ("en", "Restock of shortbread from Melbourne when?"),
    ],
)
def test_a_town_the_shops_service_reaches_is_left(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # living, being, coming from, moving to, a relative or a home there
        ("en", "I live in Leeds, do you deliver there?", "Leeds"),
        ("en", "I'm in Leeds, do you deliver to Leeds?", "Leeds"),
        ("en", "We're moving to Porto, do you ship there?", "Porto"),
        ("en", "Do you deliver to Leeds? My mum lives there.", "Leeds"),
        ("en", "Hi I'm Canadian, do you ship to Toronto?", "Toronto"),
        ("en", "Do you deliver to Leeds? I'm there until Friday.", "Leeds"),
        ("fr", "Vous livrez à Lyon ? J'y suis jusqu'à vendredi.", "Lyon"),
        ("it", "Spedite a Bari? Ci abito da poco.", "Bari"),
        ("en", "Do you deliver to Leeds for Sarah?", "Leeds"),
        ("it", "Spedite a Bari per Giovanni?", "Bari"),
        ("it", "Sono di Lecce, spedite a Lecce?", "Lecce"),
        ("it", "Spedite a Bari presso mia madre?", "Bari"),
        ("pt", "Moro em Campinas, entregam em Campinas?", "Campinas"),
        ("fr", "Vous livrez chez ma sœur à Nantes ?", "Nantes"),
        ("fr", "La veste est revenue en stock chez Marie à Nantes ?", "Nantes"),
        ("de", "Liefert ihr zu meiner Oma nach Ulm?", "Ulm"),
        ("de", "Kann ich es bei meiner Schwester in Ulm abholen?", "Ulm"),
        ("es", "¿Puedo recogerlo en la taquilla de Getafe donde trabajo?", "Getafe"),
        # an order sent there, as an instruction or a statement about this customer's order
        ("en", "send it to Leeds", "Leeds"),
        ("en", "Can you deliver it to Leeds tomorrow?", "Leeds"),
        ("it", "Spedite a Torino entro venerdì?", "Torino"),
        ("en", "my parcel is going to Leeds", "Leeds"),
        ("en", "Can it be delivered to Bolton before Black Friday?", "Bolton"),
        ("en", "Is the range in stock for delivery to Leeds?", "Leeds"),
        ("fr", "livrez-le à Bastia demain", "Bastia"),
        ("fr", "Vous me livrez à Nantes ?", "Nantes"),
        ("it", "Consegnatelo a Bari", "Bari"),
        ("it", "Spedite il pacco a Bari?", "Bari"),
        ("es", "¿Me lo enviáis a Zaragoza mañana?", "Zaragoza"),
        ("pt", "Entregam a minha encomenda em Leiria?", "Leiria"),
        ("de", "Liefert ihr mein Paket nach Emden?", "Emden"),
        ("en", "Delivery to Carlisle", "Carlisle"),
        ("de", "Lieferung nach Linz", "Linz"),
        # the writer's own plan, said: where they will be and when
        ("en", "I'll pick it up in Leeds on Monday", "Leeds"),
        ("de", "Ich hole es am Montag in Stuttgart ab", "Stuttgart"),
        # a village no list holds, a town that is also a first name
        ("fr", "Vous livrez à Saint-Paul-de-Vence ?", "Saint-Paul-de-Vence"),
        ("en", "Do you deliver to Florence?", "Florence"),
        # the writer's origin, not the goods'
        ("fr", "Je viens de Lyon ou c'est fait maison ?", "Lyon"),
        ("en", "In Leeds I was told it's sold out", "Leeds"),
    ],
)
def test_the_customers_town_stays(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(place)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), place


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Do you deliver to 12 High Street, Leeds?", "12 High Street, Leeds"),
        ("en", "Do you deliver to Leeds LS1 4AP?", "Leeds LS1 4AP"),
        ("fr", "Vous livrez au 12 rue de la Paix à Lyon ?", "12 rue de la Paix à Lyon"),
    ],
)
def test_a_town_in_an_address_stays(analyzer: Analyzer, language: str, text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(analyzer, text, language)


def test_places_all_tokenises_a_service_town(analyzer: Analyzer) -> None:
    assert found(analyzer, "Vous livrez à Bastia ?", "fr", places="all") == {("LOCATION", "Bastia")}
