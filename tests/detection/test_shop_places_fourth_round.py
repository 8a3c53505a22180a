"""Towns in shop talk named for what they are to the shop, a fourth round (`proxy.detection.shop_talk`,
called from `business._public_place`): a town's time, a souvenir of it, the shop's seat, court,
university or bank, a station or port the goods pass, the shop's delivery round and a holiday there are
left; the same words with the customer, the writer, "my" or a sending verb keep the town."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a town's time
        ("en", "Orders placed before 2pm Edinburgh time ship the same day"),
        ("fr", "Commandes passées avant 14h heure de Paris expédiées le jour même"),
        ("it", "Il flash sale finisce a mezzanotte ora di Londra o ora italiana?"),
        ("it", "Gli ordini entro le 14 ora di Roma partono in giornata"),
        ("pt", "O nosso apoio segue a hora de Londres"),
        ("es", "¿La oferta acaba a medianoche hora de Canarias o de Madrid?"),
        # a souvenir or a print of a town
        ("en", "Do you have the 1000-piece Edinburgh puzzle again?"),
        ("fr", "L'affiche vintage de Biarritz existe en 50x70 ?"),
        ("it", "La calamita di Matera è arrivata rotta"),
        ("es", "¿El mapa antiguo de Sevilla viene enmarcado?"),
        ("de", "Ist die alte Stadtkarte von Dresden gerahmt?"),
        # the shop's seat, court, register and bank
        ("en", "Ts&Cs: governed by the laws of Scotland, courts of Edinburgh"),
        ("fr", "Tribunal compétent : Tribunal de commerce de Lille"),
        ("it", "Bottega Verde Srl, sede legale a Bergamo, REA BG-123456"),
        ("es", "Fuero: juzgados y tribunales de Bilbao"),
        ("pt", "A transferência é para a nossa conta do BPI em Évora"),
        # a station, port or exit the goods pass
        ("en", "Our driver will hand the pallet over at Felixstowe port on Monday"),
        ("fr", "Le suivi indique un départ de l'aéroport de Mérignac ce matin"),
        ("es", "El seguimiento dice que salió de la estación de Sants esta mañana"),
        # the shop's delivery round, a holiday and a strike in its town, its supplier
        ("en", "The van does Harrogate, Ripon and Thirsk on Wednesdays"),
        ("it", "Il furgone passa per Empoli e Pontedera il venerdì"),
        ("de", "Unsere Tour fährt mittwochs Lemgo, Detmold und Bad Salzuflen an"),
        ("es", "El 25 de julio es festivo en Galicia, abrimos el 26"),
        ("it", "Il 29 giugno a Roma è festa patronale, riapriamo il 30"),
        ("de", "Wegen des Bahnstreiks in Nürnberg kommen unsere Leute nicht rein"),
        ("de", "Unser Zulieferer in Selb brennt das Porzellan neu, in 2 Wochen wieder da"),
    ],
)
def test_the_shops_towns_of_a_fourth_round_are_left_alone(analyzer: Analyzer, language: str, text: str) -> None:
    assert found(analyzer, text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # the writer at a station, an airport, a time where they are
        ("en", "I'm at Felixstowe port with the pallet, can I collect it?", "Felixstowe"),
        ("fr", "Je pars de l'aéroport de Mérignac vendredi, vous livrez avant ?", "Mérignac"),
        ("it", "Sono alla stazione di Bologna col pacco, dove lo lascio?", "Bologna"),
        ("es", "Estoy en la estación de Sants con el paquete", "Sants"),
        ("it", "Qui a Bergamo sono le 21, ora di Bergamo, rispondete?", "Bergamo"),
        # "my" account, a relative's university, a seat that is a home
        ("en", "Please refund it to my account in Guildford", "Guildford"),
        ("fr", "Ma fille est à l'université de Grenoble, livrez-la là-bas", "Grenoble"),
        ("it", "Mio figlio studia al Politecnico di Milano, spedite lì", "Milano"),
        # a souvenir sent to the customer's town, the van round to their home
        ("es", "Mandad el puzle de Barcelona a mi casa de Teruel", "Teruel"),
        ("en", "I live in Ripon, does the van come on Wednesdays?", "Ripon"),
        ("de", "Ich wohne in Lemgo, fährt eure Tour mittwochs auch zu mir?", "Lemgo"),
        ("it", "Abito a Empoli, il furgone passa il venerdì?", "Empoli"),
        # a round asked about is the customer's
        ("en", "Does your van cover Harrogate, Ripon and Thirsk on Wednesdays?", "Ripon"),
        ("it", "Il furgone passa per Empoli e Pontedera il venerdì?", "Empoli"),
        ("en", "Does your van do Harrogate on Fridays?", "Harrogate"),
        # a holiday where the writer is
        ("es", "Aquí en Teruel es festivo mañana, entregad el lunes", "Teruel"),
    ],
)
def test_the_customers_town_stays_in_the_same_words(analyzer: Analyzer, language: str, text: str, place: str) -> None:
    [spans] = analyzer.analyze([text], language=language)
    start = text.index(place)
    assert all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(place))), [
        text[s.start : s.end] for s in spans
    ]
