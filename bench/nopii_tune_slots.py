"""`python -m bench.nopii_tune_slots`: person-only slots filled by shops, services, payments and nouns.

Written for a short round on the precision of the person-only slots (`recognizers/verb_slots.py`:
"spoke to X", "X told me", "appointment with X", "Termin bei X", "bedient von X", "läuft auf X",
"según X") and name-span completion. Written from the writer's own knowledge, before any rule was
changed for it, without reading any held-out file or its misses. Each no-PII message names one kind:

- `shop`: a chain, optician, pharmacy, bank or shop in a person's slot ("appointment with
  Specsavers", "Termin bei Fielmann", "ho parlato con Unieuro");
- `service`: a department, app, payment method, checkout or other thing in the slot ("spoke to
  billing", "Bedient von Selbstkasse", "Die Bestellung läuft auf Vorkasse", "según Google Maps"),
  in German often a capitalised compound noun ("läuft auf Rechnung", "Termin bei Hautarzt").

Controls fill the same frames with a private person's name, which must stay tokenised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

LANGS = ("en", "fr", "it", "pt", "es", "de")

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "shop": (
            "I had an appointment with Specsavers at ten",
            "I've got an appointment with Boots Opticians on Friday",
            "Booked a fitting with Vision Express for next week",
            "I spoke to Currys about the fridge already",
            "I talked to Argos yesterday and they said no",
            "Santander told me the refund went through",
            "Halfords said it would be ready by noon",
            "Superdrug told me to ask you instead",
            "Is Boots working today or closed for the holiday?",
            "It was signed by Reception at the front desk",
            "Lloyds Pharmacy told me you had it in stock",
            "Barclays said the payment was blocked",
        ),
        "service": (
            "I spoke to billing and they said to message here",
            "Chatted with Live Chat earlier, no joy",
            "I talked to Returns and they sent a label",
            "The order is under Guest Checkout",
            "It's under PayPal, not my card",
            "Booked under Click and Collect for Saturday",
            "Trustpilot said you were reliable",
            "Klarna told me the first instalment is taken",
            "Apple Pay said payment declined",
            "Google Maps said you close at six",
            "I was served by Self Checkout, no staff around",
            "Ask for Collections at the back of the store",
            "Parcelforce told me it was delivered",
            "The tracking page said it was out for delivery",
        ),
    },
    "fr": {
        "shop": (
            "J'ai un rendez-vous avec Optic 2000 jeudi",
            "Rdv avec Afflelou à 15h pour les lunettes",
            "J'ai parlé avec Darty hier, ils disent non",
            "J'ai discuté avec Boulanger ce matin",
            "Fnac m'a dit que c'était en rupture",
            "Leroy Merlin m'a répondu que non",
            "La Poste m'a dit que le colis était perdu",
            "Colissimo m'a dit de vous contacter",
            "Décathlon va le chercher au dépôt",
            "Signé par Accueil à l'entrée",
            "Le Crédit Agricole m'a dit que le virement est parti",
            "C'est Chronopost qui a signé",
        ),
        "service": (
            "J'ai parlé avec le service client hier",
            "J'ai eu le SAV au téléphone",
            "J'ai parlé à Caisse centrale pour le remboursement",
            "Servi par Caisse automatique, personne à l'accueil",
            "Reçu par Relais Colis ce matin",
            "PayPal m'a dit que le paiement était refusé",
            "Lydia m'a dit que c'était envoyé",
            "Google m'a dit que vous fermez à 19h",
            "Vinted m'a dit que le colis était en route",
            "Rendez-vous avec Retrait magasin samedi",
            "Demande pour Livraison express si possible",
            "Le site dit que c'est en stock",
        ),
    },
    "it": {
        "shop": (
            "Ho parlato con Unieuro ieri e mi hanno detto di no",
            "Ho sentito Mediaworld stamattina",
            "Appuntamento con Salmoiraghi giovedì per gli occhiali",
            "Appuntamento con Grandvision alle 10",
            "Poste Italiane mi ha detto che il pacco è in giacenza",
            "Bartolini mi ha detto di chiamare voi",
            "Esselunga mi ha detto che non ce l'hanno",
            "Intesa mi ha detto che il bonifico è partito",
            "Firmato da Portineria all'ingresso",
            "Ho chiamato Ikea ma nessuno risponde",
            "Decathlon passa a ritirarlo domani",
            "Ho parlato con Amazon ieri",
        ),
        "service": (
            "Ho parlato con l'assistenza ieri",
            "Ho parlato con Servizio Clienti stamattina",
            "Ho sentito Satispay per il rimborso",
            "PayPal mi ha detto che il pagamento è stato rifiutato",
            "Google mi ha detto che chiudete alle 19",
            "Il sito dice che è disponibile",
            "Servito da Cassa automatica, nessun commesso",
            "Seguito da Ufficio Resi per il cambio",
            "Prenotazione con Ritiro in negozio per sabato",
            "Chiedo per Spedizione express se si può",
            "Ho parlato con Contrassegno, si paga alla consegna?",
            "Scalapay mi ha detto che la prima rata è stata presa",
        ),
    },
    "pt": {
        "shop": (
            "Falei com a Worten ontem e disseram que não",
            "Falei com a Fnac hoje de manhã",
            "Tenho consulta com a Multiópticas na quinta",
            "Marquei hora com a Óticas Carol para sexta",
            "Os CTT disseram que a encomenda se perdeu",
            "A Continente disse que não tem stock",
            "A Vodafone disse que a fatura está certa",
            "O Millennium disse que a transferência saiu",
            "Foi recebido pela Portaria do prédio",
            "Liguei para a Leroy Merlin mas ninguém atende",
            "A Decathlon vai buscar amanhã",
            "Falei com a Amazon ontem",
        ),
        "service": (
            "Falei com o apoio ao cliente ontem",
            "Falei com Atendimento hoje",
            "Falei com o MB Way por causa do pagamento",
            "O PayPal disse que o pagamento foi recusado",
            "O Google disse que fecham às 19h",
            "O site diz que está disponível",
            "Fui atendido pela Caixa Automática, ninguém na loja",
            "A encomenda está em nome de Levantamento na Loja",
            "Pergunto pela Entrega Expresso se der",
            "O Pix disse que já foi pago",
            "Falei com Devoluções e mandaram etiqueta",
            "A Klarna disse que a primeira prestação foi cobrada",
        ),
    },
    "es": {
        "shop": (
            "Hablé ayer con El Corte Inglés y me dijeron que no",
            "Hablé con MediaMarkt esta mañana",
            "Tengo cita con Multiópticas el jueves",
            "Cita con General Óptica a las diez",
            "Correos me dijo que el paquete está en la oficina",
            "Según Correos ya está entregado",
            "Según Mercadona no lo tienen",
            "Me atendió Farmacia Central muy bien",
            "Lo firmó Conserjería en la entrada",
            "Lo recogió Seur ayer por la tarde",
            "Según Ikea llega el martes",
            "Hablé con Amazon ayer",
        ),
        "service": (
            "Hablé con atención al cliente ayer",
            "Hablé con Devoluciones y me mandaron la etiqueta",
            "Según Bizum ya está pagado",
            "Según PayPal el pago fue rechazado",
            "Según Google cerráis a las siete",
            "Según Seguimiento está en reparto",
            "Atendido por Caja Automática, no había nadie",
            "Reserva con Recogida en Tienda para el sábado",
            "Pregunto por Envío Exprés si se puede",
            "Según Contrarreembolso se paga al recibir",
            "Según Factura son dos unidades",
            "Según Albarán faltan tres cajas",
        ),
    },
    "de": {
        "shop": (
            "Termin bei Fielmann am Donnerstag",
            "Ich habe einen Termin bei Apollo Optik um zehn",
            "Termin bei Rossmann wegen der Fotos",
            "Beratung bei MediaMarkt war gut",
            "Termin bei Hautarzt am Montag, komme danach",
            "Termin bei Zahnarzt, kann erst ab 16 Uhr",
            "DHL hat mir gesagt, das Paket ist weg",
            "Hermes hat gesagt, es kommt morgen",
            "Die Sparkasse hat mir geschrieben, die Zahlung ist durch",
            "Ich habe mit Saturn telefoniert",
            "Beratung bei Apotheke war super",
            "Unterschrieben von Packstation, steht in der App",
        ),
        "service": (
            "Bedient von Selbstkasse, keiner war da",
            "Die Bestellung läuft auf Vorkasse",
            "Die Bestellung läuft auf Rechnung",
            "Das Konto läuft auf Lastschrift",
            "Die Bestellung läuft auf Firmenkonto",
            "Die Zahlung läuft auf Ratenkauf",
            "Angenommen von Paketshop um die Ecke",
            "Beraten von Verkaufsleitung, war hilfreich",
            "Bedient von Kasse drei",
            "PayPal hat mir geschrieben, die Zahlung ist abgelehnt",
            "Google hat gesagt, ihr habt bis 20 Uhr offen",
            "Ich frage für Gutschein, geht das noch?",
            "Termin bei Abholstation um 18 Uhr",
            "Unterschrieben von Nachnahme, so steht es im Tracking",
        ),
    },
}

CONTROLS: dict[str, tuple[str, ...]] = {
    "en": ("I had an appointment with {n} at ten", "I spoke to {f} about the fridge", "{f} told me it was in stock"),
    "fr": ("J'ai un rendez-vous avec {n} jeudi", "J'ai parlé avec {f} hier", "{f} m'a dit que c'était en rupture"),
    "it": ("Appuntamento con {n} giovedì", "Ho parlato con {f} ieri", "{f} mi ha detto di chiamare voi"),
    "pt": ("Tenho consulta com a {n} na quinta", "Falei com a {f} ontem", "Falei com {n} hoje de manhã"),
    "es": ("Tengo cita con {n} el jueves", "Hablé con {f} esta mañana", "Según {f} ya está entregado"),
    "de": (
        "Termin bei {n} am Donnerstag",
        "Die Bestellung läuft auf {n}",
        "Bedient von {f}, war sehr nett",
        "Termin bei {f} am Montag",
        "Die Bestellung läuft auf {f}",
    ),
}

FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Sarah", "Gareth", "Orla"),
    "fr": ("Camille", "Julien", "Océane"),
    "it": ("Giulia", "Matteo", "Chiara"),
    "pt": ("Inês", "Rodrigo", "Beatriz"),
    "es": ("Lucía", "Álvaro", "Nerea"),
    "de": ("Jana", "Lukas", "Svenja", "Malte"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Hughes", "Pritchard"),
    "fr": ("Lefebvre", "Moreau"),
    "it": ("Bianchi", "Ferraro"),
    "pt": ("Ferreira", "Carvalho"),
    "es": ("Romero", "Navarro"),
    "de": ("Schröder", "Kowalski"),
}

REGIONS = {"en": "GB", "fr": "FR", "it": "IT", "pt": "PT", "es": "ES", "de": "DE"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, "shop, service")


if __name__ == "__main__":
    main()
