"""Names a message's structure or a record's name slot holds (`recognizers.name_slots`): chat exports,
quoted replies, forwarded headers, salutations, a label that names the wrong person, and the slots of
an invoice, a booking, a collection or a customer record, in the six languages, capitalised, in lower
case and in capitals, with particles and compound given names read whole. Controls hold a shop, a
brand, a team, a department or a number in the same places. The sentences are written here."""

from __future__ import annotations

import pytest

from recognizers import PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # chat exports: a time stamp, the speaker, a colon
        ("en", "[09:41] Hattie Quennell: is my order ready?", ["Hattie Quennell"]),
        ("en", "[09:40] hattie quennell: hi\n[09:41] odhran pask: hello??", ["hattie quennell", "odhran pask"]),
        ("pt", "[20:31] joão vítor sarmento teles: alô??", ["joão vítor sarmento teles"]),
        ("es", "[11:05] maría del mar urdiales: ¿sigue disponible?", ["maría del mar urdiales"]),
        ("fr", "[09:41] gwenaëlle le bihan : c'est prêt ?", ["gwenaëlle le bihan"]),
        ("de", "09:41 - hannelore brückner: ist es fertig?", ["hannelore brückner"]),
        # quoted replies, the verb after the author or (German) before it
        ("en", "On Tue, 5 Apr 2026 at 10:02, Rufus St. Clair wrote:\n> hi", ["Rufus St. Clair"]),
        ("en", "on 5 apr, rufus penhaligon wrote:\n> any news?", ["rufus penhaligon"]),
        ("it", "> il 5 apr, maria grazia lo cascio ha scritto:\n> novità?", ["maria grazia lo cascio"]),
        ("es", "el 5 abr, jacinto urdiales escribió:", ["jacinto urdiales"]),
        ("pt", "em 5 de abr., maria do carmo seixas escreveu:", ["maria do carmo seixas"]),
        ("fr", "le 5 avr., gwenaëlle le bihan a écrit :", ["gwenaëlle le bihan"]),
        ("de", "> am 5. april schrieb hans-jürgen van der linden:\n> neues?", ["hans-jürgen van der linden"]),
        ("de", "Am 05.04.2026 um 10:02 schrieb Waltraud Oppermann <w@example.de>:", ["Waltraud Oppermann"]),
        # forwarded headers, with another header line in the message
        ("en", "from: rufus penhaligon\nsubject: re: order 5521", ["rufus penhaligon"]),
        ("it", "---- messaggio inoltrato ----\nda: gavino sechi\n\nciao", ["gavino sechi"]),
        ("es", "de: maría del mar urdiales\nasunto: pedido", ["maría del mar urdiales"]),
        ("fr", "De : Gwenaëlle Le Bihan\nObjet : commande", ["Gwenaëlle Le Bihan"]),
        ("de", "von: hannelore brückner <hb@example.de>\nbetreff: bestellung", ["hannelore brückner"]),
        # salutations to the customer
        ("it", "gentile maria teresa la torre,\nabbiamo ricevuto la sua richiesta", ["maria teresa la torre"]),
        ("es", "estimado jacinto urdiales:\nhemos recibido", ["jacinto urdiales"]),
        ("pt", "prezada maria do carmo seixas,\nrecebemos", ["maria do carmo seixas"]),
        ("de", "sehr geehrte frau zu solms,\nvielen dank", ["zu solms"]),
        # a label that names the wrong person, and whom it should name
        (
            "en",
            "the label says rufus penhaligon but it should say maisie trelawney",
            ["rufus penhaligon", "maisie trelawney"],
        ),
        (
            "it",
            "c'è scritto gavino sechi ma dovrebbe essere maria grazia lo cascio",
            ["gavino sechi", "maria grazia lo cascio"],
        ),
        (
            "es",
            "pone jacinto urdiales pero tendría que poner maría del mar ocaña",
            ["jacinto urdiales", "maría del mar ocaña"],
        ),
        (
            "pt",
            "está escrito maria do carmo seixas mas devia ser joão dos anjos",
            ["maria do carmo seixas", "joão dos anjos"],
        ),
        (
            "fr",
            "c'est écrit yannick kerjean alors que ça devrait être gwenaëlle le bihan",
            ["yannick kerjean", "gwenaëlle le bihan"],
        ),
        (
            "de",
            "auf dem etikett steht gisela wunderlich, es sollte aber gisela lorenz sein",
            ["gisela wunderlich", "gisela lorenz"],
        ),
        # record slots: invoice, booking, collection, customer, the system's record
        ("en", "table booked for Cerys St. John, party of 6", ["Cerys St. John"]),
        ("en", "ORDER 1234 - COLLECTION BY RUFUS PENHALIGON", ["RUFUS PENHALIGON"]),
        ("en", "in the system as rufus penhaligon", ["rufus penhaligon"]),
        ("it", "tavolo prenotato per maria grazia lo cascio, 4 persone", ["maria grazia lo cascio"]),
        ("it", "nel vostro sistema è Niccolò Lo Presti, potete controllare?", ["Niccolò Lo Presti"]),
        ("es", "recoge jacinto urdiales (con dni), ref 99", ["jacinto urdiales"]),
        ("pt", "nota fiscal em nome de cauã sarmento quintela por favor, não da empresa", ["cauã sarmento quintela"]),
        ("pt", "ela está no sistema como maria do carmo seixas", ["maria do carmo seixas"]),
        ("fr", "retiré par : yannick kerjean (pièce d'identité vérifiée)", ["yannick kerjean"]),
        ("de", "tisch reserviert für karl-heinz ott, 6 personen", ["karl-heinz ott"]),
        ("de", "Die Rechnung bitte auf Waltraud Oppermann ausstellen", ["Waltraud Oppermann"]),
        # the clause after the name is not the name; a capitalised stop word after a name is a surname
        ("fr", "Le sac sera retiré par Solène Prigent demain matin", ["Solène Prigent"]),
        ("it", "ritira: ottavio sechi domani", ["ottavio sechi"]),
        ("de", "Auftrag 5521, Kunde Waltraud Lange, zwei Bohrer", ["Waltraud Lange"]),
        (
            "fr",
            "c'est écrit Marie-Odile d'Estienne alors que ça devrait être Solène Prigent",
            ["Marie-Odile d'Estienne", "Solène Prigent"],
        ),
    ],
)
def test_names_in_structure_and_slots(language: str, text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == names


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "[10:14] Flower Shop: we open at 9"),
        ("en", "Dear Customer Care,\nmy order has not arrived"),
        ("en", "Dear Sir or Madam,\nI am writing about my order"),
        ("en", "the label says Large but it should say Medium"),
        ("en", "table booked for 6, Friday"),
        ("en", "in the system as a new customer"),
        ("en", "from: amazon\nsubject: your order"),
        ("it", "Da: Fioreria Sechi Srl\nOggetto: ordine"),
        ("it", "---------- Messaggio inoltrato ---------\nDa: Fioreria Margherita\nOggetto: il tuo ordine"),
        ("it", "Gentile Cliente,\nabbiamo ricevuto"),
        ("it", "Gentile Servizio Clienti,"),
        ("it", "fattura intestata alla ditta Rossi Srl"),
        ("it", "cliente affezionato, ordine 44"),
        ("it", "c'è scritto taglia M ma dovrebbe essere L"),
        ("es", "De: Floristería Azucena\nAsunto: pedido"),
        ("es", "Estimado cliente:\nhemos recibido"),
        ("es", "mesa reservada para 6"),
        ("es", "recoge mañana (con dni)"),
        ("es", "Lo recoge Glovo a las 9"),
        ("es", "la etiqueta pone Madrid pero tendría que poner Sevilla"),
        ("pt", "Prezado cliente,"),
        ("pt", "está escrito azul mas devia ser verde"),
        ("fr", "Cher client,\nnous avons"),
        ("fr", "client fidèle, je voudrais"),
        ("fr", "c'est écrit rouge alors que ça devrait être bleu"),
        ("de", "Von: Sankt-Georg-Drogerie\nBetreff: Ihre Bestellung"),
        ("de", "Sehr geehrte Damen und Herren,"),
        ("de", "Hallo zusammen,"),
        ("de", "Kunde seit 2010, bitte"),
        ("de", "Tisch reserviert für 6 Personen"),
        ("de", "auf dem etikett steht blau, es sollte aber rot sein"),
    ],
)
def test_shops_teams_and_words_in_the_same_places(language: str, text: str) -> None:
    assert found(PersonNameRecognizer(supported_language=language), text, min_score=0.6) == []
