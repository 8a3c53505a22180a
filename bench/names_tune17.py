"""`python -m bench.names_tune17`: a fifteenth tuning set of the name rules, English and Spanish.

Written for a second recall round of the name rules in en and es, before any of its changes,
without reading the held-out name sets or their misses, in shapes no earlier tuning set has: a
name as the bare object of a verb with no cue mid-sentence ("so I told Priya about it", "díselo a
Chema cuando venga", "pregúntale a Yolanda"), a name after a preposition of company or source in
mid-sentence ("went with Itziar", "según Jon", "via Tomasz", "per Ngozi's email", "lo trajo
Wilmer"), a possessive ("Darnell's sister", "el hermano de Rocío"), a name in a question that is
not a request ("is Darnell still there?", "¿es Yolanda la que llamó?", "¿y Rocío?"), names in
mixed-language chat (Spanglish: "le dije a Brayan que the box was damaged", "my tía Maribel said"),
apostrophes and prefixes in the surname with a given name after a cue-less verb (O'Shea,
D'Angelo, McAllister, de la Fuente, del Valle), double given names alone ("José Manuel", "Mary
Kate"), and names of many origins (West and East African, South and East Asian, Arabic, Slavic,
Quechua, Aymara and Mapuche): given names and surnames hand-written for this set from general
knowledge, not drawn from Veil's lists.

The no-PII messages hold the same shapes with no one in them: roles, shops, places and products
after the same verbs and prepositions, and questions about things.

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
SEED = 20261217
REPEATS = 5  # each template filled with this many names

_FIRST = {
    "en": (
        "Chidinma", "Oluwadamilare", "Kofi", "Wanjiru", "Achieng", "Tendai", "Nomvula", "Sipho",
        "Anjali", "Siddharth", "Lakshmi", "Thanh", "Huong", "Minh", "Jae-won", "Hiroshi", "Yuki",
        "Layla", "Omar", "Khadija", "Yusuf", "Bogdan", "Oksana", "Dmitri", "Zofia", "Darnell",
        "Keisha", "Tyrone", "Ciaran", "Siobhan",
    ),
    "es": (
        "Rocío", "Chema", "Yolanda", "Wilmer", "Yesenia", "Maribel", "Itzel", "Xóchitl", "Cuauhtémoc",
        "Inti", "Killa", "Nahuel", "Ayelén", "Amaru", "Sumaq", "Eneko", "Leire", "Arantxa",
        "Fausto", "Reinaldo", "Dayana", "Yuliana", "Jhon", "Edwin", "Aziz", "Nadia", "Svetlana",
        "Gheorghe", "Kwabena", "Jin",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Nwosu", "Eze", "Adeyemi", "Boateng", "Kamau", "Otieno", "Mutasa", "Dlamini", "Iyer",
        "Raghunathan", "Banerjee", "Nguyen", "Pham", "Park", "Tanaka", "Haddad", "Al-Masri",
        "Rahman", "Shevchenko", "Kovalenko", "Wiśniewska", "Petrovic", "Washington", "Jefferson",
        "Brennan", "Kavanagh", "Ashworth", "Pennington", "Holloway", "Cartwright",
    ),
    "es": (
        "Benítez", "Mamani", "Quispe", "Huanca", "Condori", "Ccori", "Cayupán", "Huenchumilla",
        "Xicoténcatl", "Tzul", "Arregi", "Goikoetxea", "Sotomayor", "Villalobos", "Encinas",
        "Barrionuevo", "Andrade", "Cárdenas", "Montenegro", "Zúñiga", "Valderrama", "Espinoza",
        "Bermúdez", "Lozada", "Bakkali", "El Idrissi", "Popescu", "Ivanova", "Mensah", "Wang",
    ),
}  # fmt: skip
# A given name and a surname with an apostrophe or a particle.
_PARTICLE = {
    "en": (
        "Niamh O'Shea", "Vincent D'Angelo", "Fraser McAllister", "Aoife O'Driscoll",
        "Callum MacLeod", "Gianna DiMarco", "Bridget O'Rourke", "Lachlan McTavish",
        "Renee LaFontaine", "Dominic DeLuca", "Kieran Mac Giolla", "Ellen Van Buren",
    ),
    "es": (
        "Pilar de la Fuente", "Andrés del Valle", "Beatriz de los Santos", "Tomás de la Vega",
        "Lucía del Río", "Gonzalo de las Heras", "Sara de la Cruz", "Óscar del Pino",
        "Rebeca de Miguel", "Hugo de la Torre", "Elena de Castro", "Iván del Olmo",
    ),
}  # fmt: skip
# Double given names, alone.
_DOUBLE = {
    "en": (
        "Mary Kate", "John Paul", "Sarah Jane", "Anna Maria", "Billy Ray", "Lily Rose",
        "Mary Beth", "Jean Luc", "Ruby Mae", "Ella Grace", "Lee Ann", "Tommy Lee",
    ),
    "es": (
        "José Manuel", "María José", "Juan Carlos", "Ana Belén", "Luis Miguel", "María Fernanda",
        "Juan Pablo", "Ana Sofía", "José Luis", "María Elena", "Miguel Ángel", "Rosa María",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {p} surname with a particle, {d} double given name
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "so I told {f} about it and she said to message you",
        "ask {f} about the invoice when she's back",
        "I went with {n} to pick it up but the shop was shut",
        "Got the code via {f} from your Leeds branch",
        "per {f}'s email the refund should be done by Friday",
        "{f}'s sister ordered the same one last week",
        "is {f} still there? she had my receipt",
        "Was it {n} who packed this? half of it is missing",
        "le dije a {f} que the box was damaged, can you call her",
        "my tía {f} said you deliver on Sundays, is that right",
        "Yesterday I spoke to {p} on your helpline",
        "The courier gave it to {p} by mistake",
        "{d} is collecting it for me tomorrow",
        "Could {d} pick up the order instead of me?",
        "Thanks to {n} for sorting the exchange so quickly",
        "The parcel was left with {n}, she lives two doors down",
        "Hey it's {f}, my mum {n} placed the order",
        "Tell {s} from accounts the payment went through",
        "~ask {f} if the blue one is in",
        "Sent it on behalf of {n}",
    ),
    "es": (
        "díselo a {f} cuando venga a por el paquete",
        "pregúntale a {f} por la factura, ella lo sabe",
        "Fui con {n} a recogerlo pero estaba cerrado",
        "Según {f} el reembolso ya está hecho",
        "Lo trajo {f} ayer por la tarde",
        "El hermano de {f} hizo el mismo pedido",
        "¿es {f} la que llamó esta mañana?",
        "¿Sigue {n} en la tienda? Tenía mi ticket",
        "le dije a {f} que the box was damaged, ¿me llamáis?",
        "my tía {f} dice que entregáis los domingos",
        "Ayer hablé con {p} por teléfono",
        "El repartidor se lo dio a {p} por error",
        "{d} pasa a recogerlo mañana",
        "¿Puede recogerlo {d} en mi lugar?",
        "Gracias a {n} por gestionar el cambio tan rápido",
        "Lo dejaron con {n}, vive en el tercero",
        "Hola, soy {f}, mi madre {n} hizo el pedido",
        "Decidle a {s} de contabilidad que ya he pagado",
        "~avisa a {f} si llega el azul",
        "Lo envié en nombre de {n}",
    ),
}

CLEAN = {
    "en": (
        "so I told the driver about it and he said to message you",
        "ask the manager about the invoice when she's back",
        "I went with my sister to pick it up but the shop was shut",
        "Got the code via email from your Leeds branch",
        "per the email the refund should be done by Friday",
        "My sister's friend ordered the same one last week",
        "is the shop still open? I have my receipt",
        "Was it the warehouse that packed this? half of it is missing",
        "le dije al driver que the box was damaged, can you call me",
        "my tía said you deliver on Sundays, is that right",
        "Yesterday I spoke to someone on your helpline",
        "The courier gave it to the neighbours by mistake",
        "My husband is collecting it for me tomorrow",
        "Could my son pick up the order instead of me?",
        "Thanks to the team for sorting the exchange so quickly",
        "The parcel was left in the porch, behind the bins",
        "Hey, my mum placed the order on her account",
        "Tell accounts the payment went through",
        "~ask the shop if the blue one is in",
        "Sent it on behalf of my company",
        "Is the Chelsea boot back in tan?",
        "Went with the Oxford blue in the end",
        "Per the delivery note there should be three boxes",
        "Was it posted from Manchester or Leeds?",
        "Ask about the Victoria sponge tin, is it in stock?",
    ),
    "es": (
        "díselo al repartidor cuando venga a por el paquete",
        "pregúntale a la encargada por la factura, ella lo sabe",
        "Fui con mi hermana a recogerlo pero estaba cerrado",
        "Según el correo el reembolso ya está hecho",
        "Lo trajo el mensajero ayer por la tarde",
        "El hermano de mi vecina hizo el mismo pedido",
        "¿es la tienda la que llamó esta mañana?",
        "¿Sigue abierta la tienda? Tengo el ticket",
        "le dije al driver que the box was damaged, ¿me llamáis?",
        "my tía dice que entregáis los domingos",
        "Ayer hablé con atención al cliente por teléfono",
        "El repartidor se lo dio al vecino por error",
        "Mi marido pasa a recogerlo mañana",
        "¿Puede recogerlo mi hijo en mi lugar?",
        "Gracias al equipo por gestionar el cambio tan rápido",
        "Lo dejaron en la portería, al lado del ascensor",
        "Hola, mi madre hizo el pedido con su cuenta",
        "Decidle a contabilidad que ya he pagado",
        "~avisa si llega el azul",
        "Lo envié en nombre de la empresa",
        "¿Vuelve la bota Chelsea en marrón?",
        "Al final me quedé con el azul Oxford",
        "Según el albarán tendrían que ser tres cajas",
        "¿Se envió desde Sevilla o desde Málaga?",
        "¿Tenéis el molde de la tarta Sacher?",
    ),
}

_POOLS = {"p": _PARTICLE, "d": _DOUBLE}


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
