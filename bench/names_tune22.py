"""`python -m bench.names_tune22`: a full name as the subject of a pick-up, six languages.

Written for a round on names right before what the person does with the order ("mark patel is
picking it up", "Nolwenn Le Bihan viendra le chercher", "a Jussara Moreira vai buscar"), from the
writer's own knowledge of how customers write to shops on WhatsApp in en, fr, it, pt, es and de,
before any rule was changed for it, without reading a held-out file or the shipped name and place
lists (`main()` prints how many of the given names `given_names*.tsv` lacks). Each language has six
templates, three capitalised and three typed all in lower case (a template starting with `~`), each
with a full name as the subject of collect / pick up / deliver / sign, filled five times.

Half of each language's given names are common there; the rest come from communities earlier sets
use little (Irish, Yoruba and Gujarati; Breton; Sardinian; Tupi; Mapuche and Quechua; Turkish and
Kurdish), chosen so that the shipped lists probably lack them. Surnames are hand-written likewise.

The no-PII messages (20 a language) put carriers, brands, shops, apps and services before the same
verbs ("DHL will collect it", "Amazon lo recoge", "il corriere BRT passa a ritirarlo",
"Chronopost viendra le chercher", "Hermes holt es ab").

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "fr", "it", "pt", "es", "de")
SEED = 20261222
REPEATS = 5  # each template filled with this many names

_FIRST = {
    "en": (
        "Mark", "Sarah", "Daniel", "Emma", "James", "Siobhan", "Ciarán", "Adewale", "Folake", "Hiral",
    ),
    "fr": (
        "Julien", "Camille", "Nicolas", "Élodie", "Thomas", "Nolwenn", "Goulven", "Tugdual", "Katell", "Gwenola",
    ),
    "it": (
        "Marco", "Giulia", "Luca", "Francesca", "Andrea", "Bachisio", "Efisio", "Gavino", "Tonina", "Peppina",
    ),
    "pt": (
        "Ana", "João", "Mariana", "Pedro", "Beatriz", "Jussara", "Iracema", "Moacir", "Jaciara", "Ubirajara",
    ),
    "es": (
        "Carlos", "Lucía", "Javier", "Marta", "Pablo", "Nahuel", "Killari", "Wayra", "Antü", "Calfucura",
    ),
    "de": (
        "Jonas", "Lena", "Tobias", "Anna", "Stefan", "Zeynep", "Emre", "Berivan", "Serhat", "Dilan",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Patel", "Doyle", "Okonjo", "Fairclough", "Whitcombe",
        "Adeyemi", "Thakkar", "Brannigan", "Pemberley", "Lowther",
    ),
    "fr": (
        "Le Bihan", "Moreau", "Kerhervé", "Guéguen", "Lefèvre",
        "Le Goff", "Tanguy", "Perrot", "Riou", "Jaouen",
    ),
    "it": (
        "Piras", "Deiana", "Sanna", "Mereu", "Ferraro",
        "Caddeo", "Lussu", "Esposito", "Pinna", "Murgia",
    ),
    "pt": (
        "Moreira", "Tavares", "Caldeira", "Guaraci", "Pires",
        "Nogueira", "Bandeira", "Coutinho", "Arapuã", "Seixas",
    ),
    "es": (
        "Quispe", "Huamán", "Llancaqueo", "Ñancupil", "Mamani",
        "Sepúlveda", "Catrileo", "Ortega", "Villalba", "Condori",
    ),
    "de": (
        "Arslan", "Yıldız", "Kaya", "Brückner", "Hinterseer",
        "Demir", "Lindemann", "Pfeiffer", "Aydın", "Kröger",
    ),
}  # fmt: skip

# {n} first + surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "{n} is picking it up tomorrow after work",
        "{n} will collect the order on Saturday",
        "Hi, {n} is going to sign for the parcel, I'm at work",
        "~{n} is picking it up at 5",
        "~{n} will collect it, she has the order number",
        "~{n} can pick it up for me tomorrow?",
    ),
    "fr": (
        "{n} viendra le chercher samedi matin",
        "Bonjour, {n} passera récupérer la commande demain",
        "{n} va signer pour le colis, je suis au travail",
        "~{n} viendra le chercher vers 17h",
        "~{n} passe récupérer le colis cet aprèm",
        "~c'est {n} qui va le récupérer demain",
    ),
    "it": (
        "{n} passa a ritirarlo domani mattina",
        "Buongiorno, {n} ritirerà l'ordine sabato",
        "{n} viene a prendere il pacco alle 18",
        "~{n} passa a ritirarlo stasera",
        "~{n} ritira il pacco per me domani",
        "~domani {n} passa a prenderlo in negozio",
    ),
    "pt": (
        "{n} vai buscar a encomenda amanhã",
        "Olá, a {n} passa aí para levantar o pedido",
        "{n} vai receber a encomenda por mim",
        "~a {n} vai buscar amanhã de manhã",
        "~{n} passa aí pra pegar o pedido",
        "~{n} vai retirar na loja sábado",
    ),
    "es": (
        "{n} lo recoge mañana por la tarde",
        "Hola, {n} pasará a recoger el pedido el sábado",
        "{n} va a firmar el albarán, yo estoy trabajando",
        "~{n} lo recoge mañana",
        "~{n} pasa a por el paquete a las 6",
        "~{n} va a recoger el pedido, tiene el número",
    ),
    "de": (
        "{n} holt es morgen ab",
        "Hallo, {n} holt die Bestellung am Samstag ab",
        "{n} nimmt das Paket für mich an",
        "~{n} holt es heute abend ab",
        "~{n} kommt morgen vorbei und holt das paket",
        "~{n} unterschreibt für mich, ich bin arbeiten",
    ),
}

CLEAN = {
    "en": (
        "DHL will collect it tomorrow",
        "Royal Mail is picking it up on Monday",
        "UPS will collect the return from my door?",
        "Evri is picking it up between 9 and 5",
        "Amazon Logistics will deliver it today",
        "the courier will collect it at 3",
        "DPD Local is delivering it tomorrow",
        "Parcelforce will collect the box from the office",
        "FedEx Express is picking it up at noon",
        "Uber Eats will deliver it in 20 min",
        "~dhl will collect it tomorrow",
        "~royal mail is picking it up monday",
        "~the driver will collect the return",
        "~yodel is delivering it today apparently",
        "~deliveroo will deliver it",
        "~the post office will sign for it",
        "~inpost locker, i'll pick it up there",
        "~amazon will pick it up from my door",
        "~someone from the shop is picking it up",
        "~my neighbour will collect it",
    ),
    "fr": (
        "Chronopost viendra le chercher demain",
        "La Poste passera récupérer le colis",
        "Colissimo viendra le chercher lundi",
        "Mondial Relay va le récupérer au point relais",
        "DHL Express passera récupérer le retour",
        "Uber Eats va livrer dans 20 minutes",
        "le livreur viendra le chercher à 15h",
        "UPS va signer le bon de retour?",
        "Relais Colis passe récupérer le carton",
        "Amazon viendra le chercher chez moi?",
        "~chronopost viendra le chercher demain",
        "~la poste passe récupérer le colis",
        "~colissimo viendra le chercher lundi",
        "~le transporteur passera le récupérer",
        "~mon voisin viendra le chercher",
        "~dpd passe récupérer le colis cet aprèm",
        "~gls va le récupérer demain",
        "~c'est le coursier qui va le récupérer",
        "~deliveroo va livrer vers 20h",
        "~fedex viendra le chercher vers midi",
    ),
    "it": (
        "il corriere BRT passa a ritirarlo domani",
        "Poste Italiane passa a ritirarlo lunedì",
        "GLS ritira il pacco alle 15",
        "SDA viene a prendere il pacco",
        "Amazon passa a ritirarlo a casa?",
        "DHL Express ritirerà il reso sabato",
        "Glovo viene a prendere l'ordine",
        "il fattorino passa a ritirarlo stasera",
        "Bartolini passa a ritirarlo domani",
        "Nexive ritira il pacco in settimana",
        "~il corriere brt passa a ritirarlo domani",
        "~poste italiane passa a ritirarlo",
        "~gls ritira il pacco alle 15",
        "~domani il corriere passa a prenderlo",
        "~mio fratello passa a ritirarlo",
        "~ups viene a prendere il pacco",
        "~sda ritira il pacco per me",
        "~just eat viene a prendere l'ordine",
        "~fedex passa a ritirarlo stasera",
        "~il vicino ritira il pacco per me",
    ),
    "pt": (
        "Os Correios vão buscar a encomenda amanhã",
        "CTT Expresso passa aí para levantar o pedido",
        "Mercado Livre vai buscar o pacote",
        "a Loggi vai retirar na loja sábado",
        "DHL vai receber a encomenda",
        "Jadlog passa aí pra pegar o pedido",
        "o iFood vai buscar o pedido",
        "o estafeta vai buscar amanhã",
        "a Total Express vai retirar o pacote",
        "Amazon vai buscar a devolução",
        "~os correios vão buscar amanhã",
        "~ctt passa aí para levantar o pedido",
        "~a loggi vai buscar amanhã de manhã",
        "~o motoboy passa aí pra pegar o pedido",
        "~minha irmã vai retirar na loja sábado",
        "~o entregador vai receber",
        "~dpd vai buscar a devolução",
        "~o rappi vai buscar o pedido",
        "~a shopee vai retirar o pacote",
        "~mercado livre vai buscar amanhã",
    ),
    "es": (
        "Amazon lo recoge mañana",
        "Correos Express pasará a recoger el pedido",
        "SEUR lo recoge mañana por la tarde",
        "MRW pasa a por el paquete a las 6",
        "Glovo va a recoger el pedido",
        "el mensajero lo recoge mañana",
        "Nacex va a firmar el albarán",
        "GLS pasará a recoger la devolución",
        "Zeleris lo recoge el lunes",
        "DHL Express pasa a por el paquete",
        "~amazon lo recoge mañana",
        "~correos pasa a por el paquete",
        "~seur lo recoge mañana",
        "~mi hermano lo recoge",
        "~el repartidor pasa a por el paquete",
        "~mrw va a recoger el pedido",
        "~ctt express lo recoge el lunes",
        "~uber eats va a recoger el pedido",
        "~el transportista lo recoge mañana",
        "~ups pasa a recoger la devolución",
    ),
    "de": (
        "Hermes holt es ab",
        "DHL holt die Bestellung am Samstag ab",
        "die Deutsche Post holt das Paket morgen ab",
        "GLS nimmt das Paket für mich an",
        "UPS Express holt es heute Abend ab",
        "Amazon holt die Rücksendung ab",
        "Lieferando kommt morgen vorbei",
        "der Bote holt es morgen ab",
        "DPD kommt morgen vorbei und holt das Paket",
        "Hermes Paketshop nimmt das Paket an",
        "~hermes holt es ab",
        "~dhl holt es morgen ab",
        "~gls kommt morgen vorbei und holt das paket",
        "~der nachbar nimmt das paket an",
        "~ups holt die retoure ab",
        "~der fahrer holt es heute abend ab",
        "~die post holt es ab",
        "~mein bruder holt es ab",
        "~dpd unterschreibt nicht, oder?",
        "~amazon holt die rücksendung ab",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
