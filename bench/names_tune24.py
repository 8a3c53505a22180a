"""`python -m bench.names_tune24`: names in order forms, gift cards, voice notes and reviews, en and es.

Written for a round on the English and Spanish shapes earlier rounds left: order and booking forms
("Name: … / Surname: …", "Nombre y apellidos: …"), gift cards and dedications ("To: …", "Para: …"),
voice notes transcribed without punctuation or capitals, a reply quoting the shop's question, a name
in parentheses or quotes, after a colon, a dash or an emoji, "c/o …" and "a la atención de …", a
name followed by its role ("Tom Baxter, the plumber"), a name between an order number and a
complaint, reviews naming staff ("Kudos to Priya at the till"), lists by commas and slashes, short
forms ("Gaz", "Nacho") and initials ("J. Okafor"). Written from the writer's own knowledge of how
customers write to shops in English and Spanish, before any rule was changed for it, without
reading a held-out file, the rules' word lists or the shipped name lists (`main()` prints how many
of the given names `given_names*.tsv` lacks). Templates starting with `~` are typed in lower case.

Given names and surnames come from many origins: Scottish, Welsh, Somali, Bangladeshi,
Chinese-Malaysian, Nigerian and Polish in en; Galician, Basque, Andalusian, Canarian, Mexican,
Argentine, Colombian and Dominican in es, some given names written without their accents.

The no-PII messages (45 a language) put a cue word before a capitalised non-person: a department
after "To:" or "A la atención de", a brand after "Kudos to" or "Gracias a", a greeting on a card
after "Message:", a product between an order number and a complaint, a team after "Hi".

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("en", "es")
SEED = 20261224
REPEATS = 4  # each template filled with this many draws

_FIRST = {
    "en": (
        "Tom", "Sophie", "Liam", "Chloe", "Hamish", "Eilidh", "Ailsa", "Rhys", "Cerys", "Dafydd",
        "Bethan", "Abdirahman", "Hodan", "Liban", "Tanvir", "Nusrat", "Rafiq", "Mei Ling", "Chidi",
        "Ngozi", "Emeka", "Tunde", "Agnieszka", "Tomasz", "Krzysztof", "Priya",
    ),
    "es": (
        "Carmen", "Miguel", "Xoán", "Uxía", "Antía", "Iago", "Aitor", "Itziar", "Ainhoa", "Iker",
        "Rocío", "Macarena", "Yeray", "Idaira", "Guadalupe", "Xóchitl", "Agustina", "Lautaro",
        "Facundo", "Yeison", "Yokasta", "Wilkin", "Lucia", "Jose", "Ines", "Angel",
    ),
}  # fmt: skip
_SURNAMES = {
    "en": (
        "Baxter", "Hargreaves", "MacLeod", "Urquhart", "Cruickshank", "Llewellyn", "Pugh",
        "Warsame", "Hirsi", "Chowdhury", "Rahman", "Tan", "Lim", "Okafor", "Nwosu", "Adebayo",
        "Kowalczyk", "Wiśniewska", "Zieliński", "Gallacher",
    ),
    "es": (
        "Castiñeira", "Outeiro", "Seoane", "Etxeberria", "Goikoetxea", "Urrutia", "Montoya",
        "Perdomo", "Betancor", "Xolalpa", "Hernández", "Restrepo", "Arango", "Almonte",
        "De los Santos", "Ortega Ruiz", "Maldonado", "Chaparro", "Cabrera", "Iturbe",
    ),
}  # fmt: skip
_INITIALS = {
    "en": ("J. Okafor", "R. Llewellyn", "A. Warsame", "T. Chowdhury", "K. Zieliński", "M. Urquhart"),
    "es": ("J. Etxeberria", "M. Perdomo", "A. Restrepo", "L. Castiñeira", "C. Almonte", "R. Xolalpa"),
}
_SHORT = {
    "en": ("Gaz", "Baz", "Shaz", "Dougie", "Tash", "Kaz", "Jonno", "Becks"),
    "es": ("Chuy", "Pancho", "Nacho", "Lupe", "Paco", "Quique", "Charo", "Chema"),
}

# {n} first + surname, {f} first, {s} surname, {i} an initial and a surname, {h} a short form
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "en": (
        "Name: {f}\nSurname: {s}\nOrder: 48213",
        "First name: {f} / Last name: {s}",
        "Full name - {n}",
        "Booking for 2 people, name: {n}, 7pm",
        "~name {n} postcode i'll send after",
        "To: {f}\nFrom: {f}\nMessage: happy birthday!!",
        "For the card: 'Happy 40th {f}, love from {f} and the kids'",
        "Can you write on the tag: To {n}, with love",
        "~hi yeah its {n} here about the table i ordered last week can you ring me back",
        "~so my name is {n} and the order never came um can someone call me",
        "> Who is the parcel for?\n{n}",
        '"What name is the order under?" it\'s under {n}',
        "The order is for my mum ({n}), she'll be home all day",
        'Put it under "{n}" please',
        "Delivery contact: {n}",
        "📦 {n}, order 55120 still not here",
        "Recipient — {n}",
        "Please send it c/o {n} at the office",
        "{n}, the plumber, will let your driver in",
        "I've asked {n} (my neighbour) to take it in",
        "Order 77291 {n} still waiting for a refund, this is ridiculous",
        "#40331 - {n} - item arrived broken",
        "Kudos to {f} at the till, so helpful",
        "Big thanks to {f} in customer service who sorted it all out",
        "~shoutout to {f} on the deli counter",
        "Tickets for {n}, {n} and {n}",
        "Names on the booking: {n} / {n}",
        "Signed for by {i}",
        "Contact: {i}, accounts dept",
        "It's {h} from the football club, is my order in?",
        "~cheers {h} see you saturday",
    ),
    "es": (
        "Nombre: {f}\nApellidos: {s}\nPedido: 48213",
        "Nombre y apellidos: {n}",
        "Nombre completo - {n}",
        "Reserva para 4, a nombre de {n}, a las 21:00",
        "~nombre {n} el dni te lo mando luego",
        "Para: {f}\nDe: {f}\nMensaje: ¡feliz cumple!",
        "En la tarjeta: 'Felicidades {f}, te queremos, {f} y los niños'",
        "¿Podéis poner en la etiqueta: Para {n}, con cariño?",
        "~hola soy {n} te escribo porque el pedido no me ha llegado llámame porfa",
        "~eh sí mira me llamo {n} y la mesa vino rota vale",
        "> ¿A nombre de quién va el pedido?\n{n}",
        '"¿A nombre de quién?" a nombre de {n}',
        "El pedido es para mi madre ({n}), está en casa todo el día",
        'Ponlo a nombre de "{n}" por favor',
        "Persona de contacto: {n}",
        "📦 {n}, pedido 55120 todavía sin llegar",
        "Destinatario — {n}",
        "Enviar a la atención de {n}, departamento de compras",
        "{n}, el fontanero, le abrirá la puerta al repartidor",
        "Le he pedido a {n} (mi vecina) que lo reciba",
        "Pedido 77291 {n} sigo esperando el reembolso, es una vergüenza",
        "#40331 - {n} - el artículo llegó roto",
        "Un diez para {f} de la caja, majísima",
        "Muchas gracias a {f} de atención al cliente, me lo solucionó todo",
        "~felicitar a {f} de la charcutería que nos atendió genial",
        "Entradas para {n}, {n} y {n}",
        "Nombres en la reserva: {n} / {n}",
        "Firmado por {i}",
        "Contacto: {i}, administración",
        "Soy {h}, el del club de pádel, ¿ya está mi pedido?",
        "~gracias {h} nos vemos el sábado",
    ),
}

CLEAN = {
    "en": (
        "Product name: Oak Dining Table",
        "To: Customer Services\nRe: order 4521",
        "From: Accounts Department",
        "Kudos to Tesco Express for the quick delivery",
        "Thanks to Royal Mail it arrived late again",
        "Big thanks to the Click and Collect team",
        "Shoutout to Deliveroo for being on time",
        "Please leave it c/o Reception",
        "Attention: Returns Team",
        "Ask for Customer Collections at the back door",
        "Signed for by Reception",
        "Contact: Head Office",
        "Booking name: Christmas Party",
        "Gift message: Happy Birthday Grandma",
        "To: Mum\nFrom: The Kids",
        "Recipient: Main Office",
        "Deliver to: Goods In",
        "Sender: Amazon Marketplace",
        "Ordered by: Purchasing Team",
        "Name on the cake: Happy Retirement",
        "Dedication: Best Dad Ever",
        "Kudos to Nike on the packaging",
        "Thanks to Apple Pay it went through",
        "Dear Returns Department, the box is damaged",
        "Hi Support, any update?",
        "Hey Team, the parcel arrived",
        "The card says Merry Christmas Everyone",
        "Message on the tag: Congratulations Graduate",
        "(Black Friday) order still not here",
        '"Express Delivery" was paid for and it came late',
        "— Customer Care, can you reply please",
        "📦 Next Day Delivery never arrived",
        "Order 55120 Velvet Armchair still waiting for a refund",
        "Sold by Argos, dispatched by Evri",
        "Collected by Yodel this morning",
        "Signed for by Neighbour apparently",
        "Name: Garden Party Hamper\nQty: 2",
        "Surname field says Not Applicable",
        "I'm Gold Member, do I get free delivery?",
        "It's Customer Services again, sorry",
        "Review: Great Service, Fast Delivery",
        "~to: customer services re my refund",
        "~thanks to Hermes it's lost again",
        "~kudos to Boots for the quick refund",
        "~big thanks to Ocado for sorting it",
    ),
    "es": (
        "Nombre del producto: Mesa Roble Natural",
        "Para: Atención al Cliente\nAsunto: pedido 4521",
        "De: Departamento de Compras",
        "Gracias a Correos llegó tarde otra vez",
        "Un diez para Mercadona por la entrega",
        "Para: Mamá\nDe: Tus Hijos",
        "Dedicatoria: Feliz Cumpleaños Abuela",
        "Mensaje en la tarjeta: Feliz Navidad",
        "A la atención de Recepción, por favor",
        "A la atención del Departamento de Devoluciones",
        "Att: Administración",
        "Persona de contacto: Oficina Central",
        "Firmado por Conserjería",
        "Recogido por Seur esta mañana",
        "Enviado por Amazon, vendido por Zalando",
        "Soy Cliente Premium, ¿tengo envío gratis?",
        "Hola Equipo, ya llegó el paquete",
        "Estimado Servicio Técnico, la lavadora no funciona",
        "Buenas Soporte, ¿alguna novedad?",
        "Nombre de la reserva: Cena de Empresa",
        "Reserva a nombre de Peña Madridista",
        "Pedido 55120 Sofá Gris sigo esperando",
        "#40331 - Lámpara Nórdica - llegó rota",
        "(Black Friday) el pedido no llega",
        '"Envío Exprés" lo pagué y nada',
        "📦 Entrega Urgente no ha llegado",
        "— Atención al Cliente, contestad porfa",
        "Gracias a Bizum pude pagar",
        "Felicitar a Glovo por la rapidez",
        "Entregar a: Almacén",
        "Remitente: Zalando",
        "Destinatario: Oficina",
        "Pedido por: Compras",
        "En la tarta: Feliz Jubilación",
        "Para: Todos\nDe: La Dirección",
        "De parte de Recursos Humanos",
        "Firmado: La Gerencia",
        "Atentamente, Servicio Postventa",
        "Saludos, Equipo de Ventas",
        "Nombre: Cesta Navideña Grande\nCantidad: 2",
        "Reseña: Buen Servicio, Entrega Rápida",
        "~para: atención al cliente, lo del reembolso",
        "~gracias a Correos se ha perdido otra vez",
        "~un diez para Decathlon por el cambio",
        "~muchas gracias a Mercadona por todo",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {
        "first": _FIRST[language],
        "surnames": _SURNAMES[language],
        "i": _INITIALS[language],
        "h": _SHORT[language],
    }
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
