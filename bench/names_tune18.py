"""`python -m bench.names_tune18`: a sixteenth tuning set of the name rules, English and Spanish.

Written for a third recall round of the name rules in en and es, before any of its changes,
without reading the held-out name sets or their misses, in shapes no earlier tuning set has: a
name as the subject of an action verb with no cue ("… will pick it up on Friday", "… lo recoge
el viernes"), lists of two or three given names ("…, … and … all want", "…, … y … quieren"), names
after words of copying, sending and routing ("Please cc …", "Attn: …", "ping …", "Send the
invoice to … too", "Pon en copia a …", "A la atención de …", "Escríbele a …"), a capitalised verb
opening a sentence before a name ("Met … outside the shop", "Rang … twice", "Vi a …", "Estuve con
…"), a title before a surname alone that has an apostrophe, a hyphen or two Andean or Mayan
parts ("Mr. O'Sullivan", "Ms Adeyemi-Cole", "la Sra. Quispe Mamani"), vocatives ("Thanks, …!",
"Cheers … 👍", "Sorry …,", "¡Gracias, …!", "Hola …! 👋", "Lo siento …,"), a full name in capitals
in a delivery instruction, a name after an @ with an emoji, forwarded and quoted messages
("Forwarded from …:", "> … wrote:", "Reenviado de …:", "> … escribió:"), and lower-case chat.

Names are hand-written for this set from general knowledge, not drawn from Veil's lists: Irish,
Welsh and Scottish, Indian, Nigerian and Ghanaian, Filipino and Caribbean given names and
surnames in English; Basque, Catalan and Galician, Quechua, Aymara, Mapuche and Nahuatl given
names and Andean, Mayan, Central American, Basque, Catalan and Galician surnames in Spanish.

The no-PII messages hold the same shapes and registers with no one in them (roles, teams,
carriers, brands) and words that are also given names ("Will Saturday work", "Grace period",
"Rosa palo", "Dolores de cabeza").

A template that starts with `~` is typed all in lower case. It prints names protected and no-PII
messages unchanged with the rules only (the stock en spaCy pipeline), and with `--show N` up to N
misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "es")
SEED = 20261218
REPEATS = 5  # each template filled with this many names

_FIRST = {
    "en": (
        "Aoife", "Gethin", "Rhys", "Eilidh", "Caoimhe", "Oisín", "Dafydd", "Bethan", "Catriona",
        "Ruaridh", "Padraig", "Aditya", "Kavya", "Harpreet", "Venkatesh", "Chukwuemeka", "Adaeze",
        "Folake", "Kwesi", "Efua", "Rizalyn", "Jhun", "Maricel", "Arnel", "Jericho", "Shaquille",
        "Kezia", "Dwayne", "Tamika", "Rohan",
    ),
    "es": (
        "Iker", "Nerea", "Ane", "Aitor", "Maialen", "Oihane", "Unai", "Garazi", "Arnau",
        "Meritxell", "Roser", "Pau", "Brais", "Antía", "Iria", "Xiana", "Wayra", "Citlali",
        "Tonatiuh", "Yaretzi", "Millaray", "Rayén", "Sisa", "Kusi", "Tupac", "Yolotl", "Anacleto",
        "Eufemia", "Dulce", "Yahaira",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Gallacher", "Llewellyn", "Pryce", "Mackintosh", "Sheehy", "Quaye", "Ofori", "Obi",
        "Bakare", "Balogun", "Nwachukwu", "Reyes", "Dela Cruz", "Macaraeg", "Bautista",
        "Pangilinan", "Deshpande", "Venkataraman", "Menon", "Pillai", "Grewal", "Dhillon",
        "Campbell-Brown", "Forde", "Gayle", "Thwaites", "Featherstone", "Ffrench", "Tshabalala",
        "Asante",
    ),
    "es": (
        "Ccopa", "Huamán", "Yupanqui", "Apaza", "Choque", "Ticona", "Chambi", "Coaquira",
        "Huarachi", "Xicay", "Coj", "Tzoc", "Batz", "Cumes", "Chavajay", "Guardado", "Chicas",
        "Funes", "Aranburu", "Olabarrieta", "Zubizarreta", "Vilaró", "Casals", "Riera", "Bouzas",
        "Fandiño", "Outeiro", "Loureiro", "Painemal", "Catrileo",
    ),
}  # fmt: skip
# A surname alone after a title: an apostrophe, a hyphen, a particle or two surnames.
_TITLED = {
    "en": (
        "O'Sullivan", "Adeyemi-Cole", "Ní Dhomhnaill", "McGillivray", "Pryce-Jones", "Dela Cruz",
        "O'Flaherty", "Ogunleye", "Fitzgerald-Hayes", "Nkemelu", "Ramanathan", "D'Souza",
    ),
    "es": (
        "Quispe Mamani", "Huamán Ccopa", "Condori Apaza", "Mamani Choque", "Ticona Llanque",
        "Cumes Xicay", "Olabarrieta Aranburu", "Fernández-Outeiro", "Coj Tzoc", "Painemal Catrileo",
        "Yupanqui Chambi", "Vilaró i Casals",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {u} full name in capitals, {t} titled surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "{f} will pick it up on Friday after work",
        "{n} dropped the jacket back this morning, can you check it's logged?",
        "{f}, {f} and {f} all want the navy hoodie in medium",
        "Two tickets please, one for {f} and one for {f}",
        "{f} and {f} from the Cardiff team both said it's fine",
        "Please cc {n} on the refund email",
        "Attn: {n}, returns desk",
        "Can you ping {f} when it ships?",
        "Send the invoice to {f} too, she does our accounts",
        "Met {n} outside the shop yesterday, she said it's sorted",
        "Rang {f} twice, no answer",
        "Mr. {t} has already paid the deposit",
        "Dear Ms {t}, thanks for getting back to me",
        "Thanks, {f}! That's perfect",
        "Cheers {f} 👍",
        "Sorry {f}, we're out of the large",
        "PLEASE LEAVE WITH {u} AT NUMBER 12",
        "@{f} 🙏 can you check the size on this one",
        "Forwarded from {n}:\nis the parcel coming today?",
        "> {n} wrote:\n> can I swap it for a 12?\nYes, that's fine",
        "I think this is {f}'s parcel, not mine",
        "~{f} is picking it up, she has the code",
        "~thanks {f}, see you saturday",
    ),
    "es": (
        "{f} lo recoge el viernes por la tarde",
        "{n} devolvió la chaqueta esta mañana, ¿lo podéis comprobar?",
        "{f}, {f} y {f} quieren la sudadera azul en M",
        "Dos entradas, una para {f} y otra para {f}",
        "{f} y {f} de la tienda de Bilbao dicen que vale",
        "Pon en copia a {n}, por favor",
        "A la atención de {n}, devoluciones",
        "Escríbele a {f} cuando salga el pedido",
        "Manda la factura también a {f}, que lleva las cuentas",
        "Vi a {n} en la puerta de la tienda y dice que ya está",
        "Estuve con {f} en la tienda y no lo encontramos",
        "La Sra. {t} ya pagó la señal",
        "Estimado Sr. {t}:\ngracias por su respuesta",
        "¡Gracias, {f}! Perfecto",
        "Hola {f}! 👋 ¿ya está mi pedido?",
        "Lo siento {f}, no queda la L",
        "ENTREGAR A {u} EN EL 3ºB",
        "@{f} 🙏 ¿puedes mirar la talla?",
        "Reenviado de {n}:\n¿llega hoy el paquete?",
        "> {n} escribió:\n> ¿puedo cambiarlo por una 40?\nSí, sin problema",
        "Creo que este es el paquete de {f}, no el mío",
        "~{f} lo recoge, tiene el código",
        "~gracias {f}, nos vemos el sábado",
    ),
}

CLEAN = {
    "en": (
        "The driver will pick it up on Friday after work",
        "Someone dropped the jacket back this morning, can you check it's logged?",
        "Navy, grey and black all in medium?",
        "Two tickets please, one for me and one for my son",
        "Both the Cardiff and Swansea teams said it's fine",
        "Please cc accounts on the refund email",
        "Attn: returns desk, parcel 4 of 5",
        "Can you ping me when it ships?",
        "Send the invoice to our accounts team too",
        "Met the courier outside the shop yesterday, he said it's sorted",
        "Rang twice, no answer",
        "Dr. Martens boots in a size 6 please",
        "Dear Sir or Madam, thanks for getting back to me",
        "Thanks! That's perfect",
        "Cheers 👍",
        "Sorry, we're out of the large",
        "PLEASE LEAVE WITH NEIGHBOUR AT NUMBER 12",
        "🙏 can you check the size on this one",
        "Forwarded from the shop:\nis the parcel coming today?",
        "> You wrote:\n> can I swap it for a 12?\nYes, that's fine",
        "I think this is my neighbour's parcel, not mine",
        "~the courier is picking it up, he has the code",
        "~thanks, see you saturday",
        "Will Saturday work for the collection?",
        "Grace period for returns is 30 days, right?",
        "Mark the parcel as fragile please",
        "Sent it via Royal Mail, tracking to follow",
        "Tell me when the Harris Tweed jacket is back",
    ),
    "es": (
        "El repartidor lo recoge el viernes por la tarde",
        "Alguien devolvió la chaqueta esta mañana, ¿lo podéis comprobar?",
        "Azul, gris y negro, ¿hay en M?",
        "Dos entradas, una para mí y otra para mi hijo",
        "En la tienda de Bilbao dicen que vale",
        "Pon en copia a contabilidad, por favor",
        "A la atención del departamento de devoluciones",
        "Escríbeme cuando salga el pedido",
        "Manda la factura también a la gestoría",
        "Vi al mensajero en la puerta de la tienda y dice que ya está",
        "Estuve en la tienda con mi hermana y no lo encontramos",
        "La señal ya está pagada",
        "Estimados señores:\ngracias por su respuesta",
        "¡Gracias! Perfecto",
        "Hola! 👋 ¿ya está mi pedido?",
        "Lo siento, no queda la L",
        "ENTREGAR EN PORTERÍA, 3ºB",
        "🙏 ¿puedes mirar la talla?",
        "Reenviado de la tienda:\n¿llega hoy el paquete?",
        "> Escribiste:\n> ¿puedo cambiarlo por una 40?\nSí, sin problema",
        "Creo que este es el paquete del vecino, no el mío",
        "~el mensajero lo recoge, tiene el código",
        "~gracias, nos vemos el sábado",
        "Rosa palo o verde agua, ¿cuál queda mejor?",
        "Lo mandé por Correos, os paso el seguimiento",
        "¿Lo enviáis con SEUR o con Correos Express?",
        "Dolores de cabeza con este pedido, de verdad",
    ),
}

_POOLS = {"t": _TITLED}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools: dict[str, Sequence[str]] = {"first": _FIRST[language], "surnames": _SURNAMES[language]}
    pools.update({slot: pool[language] for slot, pool in _POOLS.items()})
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
