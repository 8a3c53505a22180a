"""Companies with a legal form, a seller's warehouse town, set phrases and shops named on towns: not a
customer's personal data (`proxy.detection.business`, `filters._without_business`), and the names
beside them that must stay."""

from __future__ import annotations

import pytest

from proxy.detection.business import organisation
from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a company with its legal form: an organisation, not a person
        ("en", "Delivery by Müller Möbel GmbH was late again"),
        ("en", "Please put Ferreira & Filhos Lda on the VAT invoice"),
        ("en", "Our supplier Jones Packaging Limited sent the wrong pallet"),
        ("en", "The invoice came from García Hermanos S.L., is that right?"),
        ("en", "Is Martin Transports SAS your courier for large items?"),
        ("fr", "La facture vient de Jones Packaging Limited, c'est normal ?"),
        ("fr", "Vous pouvez facturer Dupont SARL à la place ?"),
        ("de", "Die Rechnung kam von Weber Logistik AG, stimmt das?"),
        ("de", "Ist Taylor Supplies LLC euer Spediteur für Sperrgut?"),
        # a seller's warehouse town
        ("en", "The parcel ships from Leipzig, how long does that take?"),
        ("en", "Tracking says dispatched from Lyon"),
        ("en", "Is your warehouse in Verona? Customs fees?"),
        ("fr", "C'est expédié de Lyon ou de France ?"),
        ("fr", "Le suivi indique expédié depuis Verona"),
        ("fr", "Le colis part de Rotterdam, ça prend combien de temps ?"),
        ("de", "Versand aus Leipzig oder aus Deutschland?"),
        ("de", "Ist euer Lager in Verona? Fallen Zollgebühren an?"),
        ("de", "Das Paket kommt aus Rotterdam, wie lange dauert das?"),
        ("de", "Am Montag in Bologna verschickt, immer noch nicht da"),
        ("it", "Il pacco è spedito da Bologna o dall'Italia?"),
        ("it", "La spedizione parte da Verona, quanto ci mette?"),
        ("it", "Arriva dal magazzino di Verona? Ci sono dazi?"),
        ("es", "El pedido sale de Rotterdam, ¿cuánto tarda?"),
        ("es", "Según el seguimiento, enviado desde Bologna"),
        ("es", "¿Se envía desde nuestro almacén en Verona o desde España?"),
        ("pt", "A encomenda é enviada de Rotterdam ou de Portugal?"),
        ("pt", "O pacote sai de Bologna, quanto tempo demora?"),
        ("pt", "Vem do armazém em Verona? Há taxas alfandegárias?"),
        # a set phrase
        ("fr", "Je voudrais la taille 40 au lieu de la 38"),
        ("fr", "Mieux vaut un virement au lieu d'un chèque ?"),
        # a shop named on a town, read by the first-name list
        ("fr", "Je peux passer chez Brasserie Grenoble Victor Hugo samedi ?"),
        ("en", "Can I return it at Pharmacy Manchester Piccadilly?"),
        ("de", "Ich habe es bei Bäckerei Hamburg Altona gekauft"),
        # a lower-case finish the first-name list reads as Matt
        ("en", "Is it available in matt black?"),
        # a station after "at" is a pickup point, not a street
        ("en", "Can I collect at Union Station?"),
        ("en", "Can I pick it up at Kings Cross?"),
    ],
)
def test_businesses_warehouses_and_set_phrases_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # product lines named like first names, with goods words after them or a maker beside them
        ("en", "Is Octavia compatible with a dimmer switch?"),
        ("en", "Does Aurora come with the wall bracket?"),
        ("fr", "Vous avez encore Luna de Geox ?"),  # a maker after a link
        ("de", "Habt ihr noch Flora von Birkenstock?"),
        ("fr", "Est-ce que Stella existe en noir mat ?"),
        ("fr", "Matilda marche avec un variateur ?"),
        ("de", "Funktioniert Giulietta mit einem Dimmer?"),
        ("de", "Gibt es Greta auch in Mattschwarz?"),
    ],
)
def test_goods_named_like_people_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a comma or a line break ends the company's run: the signature keeps its person, and the
        # company word that repeats the surname stays protected too
        ("en", "Thanks, Mario Rossi, Rossi S.r.l.", {"Mario Rossi", "Rossi"}),
        ("de", "Danke, Mario Rossi, Rossi S.r.l.", {"Mario Rossi"}),
        ("fr", "Merci, Mario Rossi, Rossi S.r.l.", {"Mario Rossi"}),
        ("en", "Best regards\nMario Rossi\nRossi Ltd", {"Mario Rossi"}),
        ("en", "Invoice to Oliver Morgan, not to Morgan SARL", {"Oliver Morgan", "Morgan"}),
        # a customer's own town is not a warehouse's
        ("en", "Please ship to Leeds, I live there", {"Leeds"}),
        ("fr", "J'habite à Lyon, livrez-moi là-bas", {"Lyon"}),
        ("de", "Ich wohne in Leipzig", {"Leipzig"}),
        ("it", "Abito a Bologna, consegna a Verona presso mia madre", {"Bologna", "Verona"}),
        ("es", "Vivo en Sevilla, el pedido sale de allí?", {"Sevilla"}),
        ("pt", "Moro em Coimbra, podem entregar lá?", {"Coimbra"}),
        ("de", "Ich habe es in Leipzig verschickt", {"Leipzig"}),
        ("de", "Meine Frau kommt aus Dortmund", {"Dortmund"}),
        # a person leaving a town is not a parcel leaving a warehouse: "part de", "sai de" need goods
        ("pt", "A minha mãe sai de Coimbra amanhã, entreguem depois", {"Coimbra"}),
        ("es", "Mi hermano sale de Sevilla el lunes", {"Sevilla"}),
        ("it", "Mia sorella parte da Bologna domani", {"Bologna"}),
        ("fr", "Mon mari part de Lyon ce soir", {"Lyon"}),
        # a greeting's town in a sign-off is the customer's home town: kept
        ("de", "Danke für die schnelle Antwort! VG aus Leipzig", {"Leipzig"}),
        ("de", "Bis bald, Gruß aus München", {"München"}),
        ("it", "Grazie mille, saluti da Bologna", {"Bologna"}),
        ("es", "Muchas gracias, saludos desde Sevilla", {"Sevilla"}),
        ("pt", "Obrigado, abraços de Lisboa", {"Lisboa"}),
        # a lower-case name before a colour surname, after no colour cue
        ("en", "the parcel is for oscar gray thanks", {"oscar gray"}),
        # a shop named after a person keeps the person's name
        ("de", "Ich habe einen Termin bei Friseur Petra Klein", {"Petra Klein"}),
        ("de", "Grüße aus der Bäckerei Anna Weber", {"Anna Weber"}),
        ("en", "Booked at Salon Emily Clarke on Friday", {"Emily Clarke"}),
        # a maker's name as a surname, and a maker after a bracket, are no goods
        ("fr", "J'ai transféré le message à Pierre Garnier des achats", {"Pierre Garnier"}),
        ("fr", "Bien à vous, Manon Garnier (Garnier et Fils SA)", {"Manon Garnier"}),
        ("en", "My colleague Stella is available in the afternoon", {"Stella"}),
        # "lieu" elsewhere, and a person next to the set phrase
        ("fr", "Julien Garnier viendra au lieu de moi", {"Julien Garnier"}),
    ],
)
def test_names_and_towns_beside_them_stay(analyzer: Analyzer, language: str, text: str, names: set[str]) -> None:
    """Every character of each name lies inside a detected span (the last "Rossi" of a signature
    may be protected as "Rossi S.r.l": it gives the surname away either way)."""
    [spans] = analyzer.analyze([text], language=language)
    for name in names:
        start = text.rindex(name)
        assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))), name


@pytest.mark.parametrize(
    ("text", "span", "company"),
    [
        ("Sophie Durand SARL a livré", "Sophie Durand", False),  # a person's full name: fail closed
        ("Hans Keller GmbH hat geliefert", "Hans Keller", False),
        ("Martin Transports SAS a livré", "Martin Transports", True),  # a business noun after the name
        ("Smith & Sons Ltd sent it", "Smith", True),
        ("Thanks, Mario Rossi, Rossi S.r.l.", "Mario Rossi", False),
        ("Regards, Oliver Hughes (Hughes & Sons Ltd)", "Oliver Hughes", False),
    ],
)
def test_a_legal_form_names_a_company(text: str, span: str, company: bool) -> None:
    start = text.index(span)
    assert organisation(text, start, start + len(span)) is company
