"""Chat forms of names in it, es and pt (the sixth round of the name rules), through the analyzer.

Relatives "of" someone, care-of and on-behalf cues, receivers, sign-offs "from" someone, abbreviated
name words, articles in lists and lower-case chat; and the no-PII messages of the same shapes.
"""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer, build_analyzer
from tests.detection.helpers import found, settings


@pytest.fixture(scope="module")
def blank() -> Analyzer:
    """Rules only: it, es and pt have no model by default."""
    return build_analyzer(settings(models={}, languages=("it", "es", "pt"), default_language="it"))


NAMES = [
    # a relative of someone: "la moglie di", "la mamá de", "esposa do"
    ("it", "Sono la moglie di Dolce Fiola, chiamo per il suo ordine", "Dolce Fiola"),
    ("it", "sono la moglie di karisa flaminio", "karisa flaminio"),
    ("es", "soy la mamá de álvara meraz", "álvara meraz"),
    ("pt", "Sou esposa do Naraiana Sousa e estou ajudando ele com a troca", "Naraiana Sousa"),
    # care of, on behalf of, for the attention of
    ("it", "Spedire c/o Allecra Vicario, scala B", "Allecra Vicario"),
    ("it", "Buonasera, chiamo da parte di Favianne Zani", "Favianne Zani"),
    ("es", "Enviar a la atención de Pueblo Pulido", "Pueblo Pulido"),
    # who receives: an introduction with its article, in lower case too
    ("pt", "oi aqui é a carmério steele do pedido 4512", "carmério steele"),
    ("pt", "quem vai receber é o alano nakamurada", "alano nakamurada"),
    ("es", "Hola, les escribe Trysta Almaraz por el pedido 7712", "Trysta Almaraz"),
    # labels and titles
    ("pt", "Recebido por: Nirina Gaucci", "Nirina Gaucci"),
    ("pt", "Destinatário: Elodia Weiss Júnior", "Elodia Weiss Júnior"),
    ("es", "Gracias de antemano.\nFdo. Charro Sauceda", "Charro Sauceda"),
    ("es", "Dña. Macaria Gutiérrez pasará a recogerlo", "Macaria Gutiérrez"),
    # sign-offs: "Cordialmente", "Atte.", "Un beso", and "from" someone
    ("it", "Cordialmente,\nUllivieri Cecchetti", "Ullivieri Cecchetti"),
    ("es", "Atte.\nJuanma Toro", "Juanma Toro"),
    ("es", "Un beso, Beinvenido 💕", "Beinvenido"),
    ("it", "Un saluto da Malvolia Bonito", "Malvolia Bonito"),
    # name words: a particle "do", an abbreviation with its dot, a name ending like a noun
    ("pt", "O pedido está no nome de Mercília do Nascimento", "Mercília do Nascimento"),
    ("es", "El pedido está a nombre de Fco. Javier Cortes Cerda", "Fco. Javier Cortes Cerda"),
    ("pt", "Boa tarde, sou Celso Noronha Jr., cliente de vocês há anos", "Celso Noronha Jr."),
    ("es", "Muchas gracias!!\nMª José Solorzano Concepción", "Mª José Solorzano Concepción"),
    # a list with articles: "o … e a …"
    ("pt", "O Benjamim e a Deodata vão buscar juntos", "Deodata"),
    # the receiver named, dialect and chat greetings
    ("it", "Il destinatario è Mishaila Gatta", "Mishaila Gatta"),
    ("es", "El destinatario es Xeres Suarez Núñez", "Xeres Suarez Núñez"),
    ("it", "Uè Gennaro, il pacco è arrivato?", "Gennaro"),
    ("pt", "E aí Marcão, tudo certo?", "Marcão"),
    # nicknames (recognizers/data/nicknames.tsv), and Brazilian "pro" ("para o") before a name
    ("it", "Ho parlato con Peppe Russo ieri", "Peppe Russo"),
    ("it", "il pacco lo prende peppe", "peppe"),
    ("es", "Lo recoge Paco Martínez", "Paco Martínez"),
    ("pt", "Entrega pro Zé Carlos amanhã", "Zé Carlos"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "name"), NAMES)
def test_chat_forms_of_names(blank: Analyzer, language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in found(blank, text, language)


CLEAN = [
    ("it", "Per Pasqua arriva?"),
    ("it", "ciao sono quella del reso"),
    ("it", "Distinti saluti\nUfficio Acquisti"),
    ("it", "Sono la moglie del titolare, chiamo per l'ordine"),
    ("it", "Buonasera, chiamo da parte della farmacia"),
    ("es", "Hola, me llamo igual que mi madre, ¿importa?"),
    ("es", "soy la mamá de un cliente"),
    ("es", "Un saludo,\nDepartamento de Compras"),
    ("es", "Os escribo de parte de la empresa"),
    ("pt", "Obrigado!\nAtt,\nEquipe de Compras"),
    ("pt", "Quem vai receber é o porteiro do prédio"),
    ("pt", "Comprei na Renner e na Riachuelo, qual chega antes?"),
    ("pt", "Comprei o Galaxy e a Samsung Tab"),
    ("es", "Busco unas zapatillas, ¿mejor Pepe Jeans u otra marca?"),
    ("es", "Pide unos Nachos con guacamole"),
    ("it", "Il destinatario è lo stesso dell'ordine precedente"),
    ("it", "Uè Grazie mille!"),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_the_same_shapes_with_no_one_in_them(blank: Analyzer, language: str, text: str) -> None:
    assert found(blank, text, language) == set()
