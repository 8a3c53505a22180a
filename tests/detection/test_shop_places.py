"""The business's places are left, the customer's are kept (`business.shop_place`, the customer's cue
in `place_recognizer`): a shop's branch, where goods are made, a fair, a club on goods, a country as a
shipping zone are not personal data; where the customer lives, comes from, has their order delivered
or collects it is."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a shop's premises
        ("en", "Does the Norwich branch do repairs?"),
        ("en", "Our Cardiff warehouse is out of the grey sofa"),
        ("fr", "Le magasin de Rennes a-t-il la veste en 40 ?"),
        ("fr", "Nos boutiques de Lille et de Lyon sont fermées lundi"),
        ("it", "Il negozio di Bergamo ha ancora il divano?"),
        ("it", "La filiale di Padova chiude alle 19?"),
        ("es", "¿La tienda de Zaragoza tiene la talla 38?"),
        ("pt", "A loja de Coimbra abre ao sábado?"),
        ("de", "Hat die Filiale in Leipzig die Jacke in M?"),
        # where goods are made or come from
        ("en", "Is the kettle made in Germany?"),
        ("fr", "Le sac est-il fabriqué en Italie ?"),
        ("it", "Le borse sono fatte in Cina?"),
        ("es", "¿Las sandalias están hechas en Portugal?"),
        ("pt", "O casaco é feito em Portugal?"),
        ("de", "Sind die Stiefel in Portugal gefertigt?"),
        ("en", "Is the tea from India or from China?"),
        ("de", "Ist der Kaffee aus Brasilien?"),
        # a country as a shipping zone
        ("en", "Do you deliver to Belgium?"),
        ("fr", "Vous livrez en Espagne ?"),
        ("it", "Spedite in Francia?"),
        ("es", "¿Hacen envíos a Alemania?"),
        ("pt", "Entregam em Espanha?"),
        # a first-level region as a shipping zone, as a country is
        ("fr", "Vous expédiez en Normandie ?"),
        ("fr", "Les frais de livraison pour l'Alsace sont de combien ?"),
        ("fr", "Vous livrez en Auvergne-Rhône-Alpes ?"),
        ("fr", "Livraison possible en Guadeloupe ?"),
        ("es", "¿Hacéis envíos a Andalucía?"),
        ("pt", "Vocês entregam em Minas Gerais?"),
        # fairs, clubs on goods, goods' vehicles
        ("it", "Eravate alla Fiera di Verona?"),
        ("fr", "Vous avez le maillot de Lyon en XL ?"),
        ("en", "Is the Paris Fashion Week discount still on?"),
        ("fr", "Le colis est dans le camion pour Toulouse ?"),
    ],
)
def test_the_business_places_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        # home, origin, a relative's home, with a shop word or a shipping word nearby
        ("en", "I live in Norwich, does your branch deliver?", {"Norwich"}),
        ("en", "Please deliver to my mother in Cardiff", {"Cardiff"}),
        ("fr", "J'habite à Rennes, le magasin livre ?", {"Rennes"}),
        ("fr", "Envoyez-le à Nantes, chez ma sœur", {"Nantes"}),
        ("it", "Consegna a Bari presso mia madre", {"Bari"}),
        ("it", "Sono di Lecce, spedite lì?", {"Lecce"}),
        ("es", "Vivo en Valencia, ¿la tienda envía?", {"Valencia"}),
        ("pt", "Moro em Campinas, vocês entregam?", {"Campinas"}),
        ("de", "Ich wohne in Bielefeld, liefert ihr?", {"Bielefeld"}),
        # a pickup point: the shop's town where the customer collects their order
        ("it", "Ritiro al negozio di Torino a nome mio", {"Torino"}),
        ("es", "Lo recojo en la tienda de Córdoba", {"Córdoba"}),
        ("fr", "Je viens le chercher au magasin de Tours", {"Tours"}),
        # a country where the customer lives, and a town as a destination
        ("en", "I live in Germany, do you ship there?", {"Germany"}),
        ("fr", "J'habite en Bretagne, vous livrez ?", {"Bretagne"}),
        ("es", "Vivo en Galicia, ¿enviáis?", {"Galicia"}),
        # "Do you ship to Leeds?" is left since 2026-12-06, late afternoon (`test_service_towns.py`);
        # the same town with this order sent there stays
        ("en", "Can you ship it to Leeds?", {"Leeds"}),
        # a first place chained before this one is a capitalised place, not any words: "my kitchen
        # and" is no chain of the maker's towns, so the customer's town after it stays
        ("en", "the jam is made in my kitchen and Bradford", {"Bradford"}),
        ("en", "the tea comes from my garden or Bradford", {"Bradford"}),
    ],
)
def test_the_customer_places_stay(analyzer: Analyzer, language: str, text: str, places: set[str]) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for place in places:
        start = text.index(place)
        assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # news in a town: weather, strikes, closures, a port
        ("en", "Is the strike in Leicester holding up the post?"),
        ("fr", "Avec les inondations à Montauban, les colis sont retardés ?"),
        ("it", "Lo sciopero dei trasporti a Modena rallenta le consegne?"),
        ("es", "¿La nieve en Teruel retrasa los pedidos?"),
        ("pt", "A tempestade em Leiria atrasa as encomendas?"),
        ("de", "Verzögert das Unwetter in Würzburg die Pakete?"),
        ("es", "¿El puerto de Bilbao sigue parado?"),
        # a courier's scans, customs and depots named with the carrier
        ("en", "The parcel was scanned at Peterborough last night"),
        ("it", "Il pacco è stato smistato stanotte a Bergamo"),
        ("de", "Das Paket wurde in Kassel gescannt"),
        ("fr", "Le colis est bloqué en douane à Marseille"),
        ("es", "Está en el centro de tratamiento de Correos en Getafe"),
        # events, a team, goods made there
        ("fr", "Le marathon de Lyon bloque les livraisons ?"),
        ("de", "Liefert ihr während des Stadtfests in Augsburg?"),
        ("fr", "Nantes a gagné hier, le maillot est en promo ?"),
        ("fr", "Le café est torréfié à Rouen ?"),
        ("it", "I piatti sono dipinti a mano a Faenza?"),
        ("es", "¿La piel viene de Ubrique?"),
        # prices compared with a town, a town's prices, a chain's other store
        ("it", "Costa meno che a Brescia?"),
        ("fr", "Les prix à Lausanne sont en francs ?"),
        ("es", "En Sevilla cuesta 15 euros menos, ¿lo igualáis?"),
        ("de", "Ist es online teurer als in Augsburg?"),
        ("es", "¿Otra tienda puede traerlo, por ejemplo la de Huelva?"),
        ("pt", "Enviam para Cabo Verde?"),
    ],
)
def test_towns_of_news_scans_events_and_prices_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        # the same shapes with the writer there, or an order sent there
        ("it", "Sono bloccato a Modena per lo sciopero, arriva lo stesso?", {"Modena"}),
        ("en", "I'm in Peterborough, is the strike there delaying it?", {"Peterborough"}),
        ("it", "Durante lo sciopero consegnate il mio pacco a Lecce?", {"Lecce"}),
        ("fr", "Ici à Montauban c'est 10 € moins cher", {"Montauban"}),
        ("de", "Hier in Augsburg ist es teurer als online", {"Augsburg"}),
        # a verb of the first person without its pronoun (it, es, pt)
        ("it", "Con la neve a Belluno non riesco a uscire", {"Belluno"}),
        ("es", "Con la nieve en Soria no puedo ir a correos", {"Soria"}),
        ("pt", "Com a greve em Coimbra não consigo levantar", {"Coimbra"}),
        # the customer's place the rules had lost: a German "hat" after it, a depot beside "my place",
        # a move or a shipment in Portuguese, collecting in French and German
        ("de", "Meine Schwester in Landshut hat es bestellt", {"Landshut"}),
        ("en", "Deliver to my place in Truro please, not the depot", {"Truro"}),
        ("pt", "Envio para Tomar, para o meu trabalho", {"Tomar"}),
        ("pt", "Acabámos de nos mudar para Tomar", {"Tomar"}),
        ("fr", "C'est moins cher si je récupère au magasin de Niort ?", {"Niort"}),
        ("de", "Ist es günstiger, wenn ich es in der Filiale in Fulda abhole?", {"Fulda"}),
    ],
)
def test_the_customer_places_stay_in_the_same_shapes(
    analyzer: Analyzer, language: str, text: str, places: set[str]
) -> None:
    [spans] = analyzer.analyze([text], language=language)
    for place in places:
        start = text.index(place)
        assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), place


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Is it cheaper than in Bradford? I live in Bradford", "Bradford"),
        ("it", "Il negozio di Lecce ce l'ha? Abito a Lecce", "Lecce"),
    ],
)
def test_a_left_place_stays_when_the_customer_names_it_as_theirs(
    analyzer: Analyzer, language: str, text: str, place: str
) -> None:
    [spans] = analyzer.analyze([text], language=language)
    assert sum(1 for s in spans if text[s.start : s.end] == place) == 2, [text[s.start : s.end] for s in spans]
