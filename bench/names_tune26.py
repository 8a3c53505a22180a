"""`python -m bench.names_tune26`: Spanish and Portuguese names in the shapes the rules still missed.

Written for a round on es and pt names, after a probe of some 200 hand-written messages with the
default analyzer showed which shapes of Spanish, Latin American, Portuguese and Brazilian names it
already protected (compound given names, particles, honorifics, signatures, most cues) and which it
did not: a lone given name, or a short form, named as who picks up, pays, made the order or is
spoken to ("Paga Deyanira en efectivo", "el pedido lo hizo Maikol", "quem paga é o tonho", "fala
com o zé", "A Suelen já fez o pix"), lower-case short forms ("que lo recoja nacho"), and double
surnames joined by "y"/"e" ("Ortega y Gasset", "Sousa e Silva"). Only those shapes are here.

Written from the writer's own knowledge of how people in Spain, Latin America, Portugal and Brazil
write to shops on WhatsApp, before any rule was changed for it, without reading a held-out file,
the rules' word lists or the shipped name lists (`main()` prints how many of the given names
`given_names*.tsv` lacks). Given names are Colombian, Venezuelan, Central American, Mexican and
Andean ones of the last decades (Deyanira, Maikol, Yorleny), older Spanish ones (Eleuterio,
Herminia), Brazilian coinages (Suelen, Kethlen, Gleisson) and northern Brazilian and Portuguese
ones; short forms are the usual hypocorisms (nacho, chema, tonho, zeca). Each language has its own
templates, each filled REPEATS times; a template starting with `~` is typed all in lower case.

The no-PII messages hold the same cue words with no one after them: the pay and pick-up verbs
before a thing, a time, a firm or a method ("paga con tarjeta", "lo recoge Seur", "quem paga é a
empresa", "fala com o suporte"), a brand, a saint or a character after "Dona"/"Seu"/"Sr."/"Dr."
("farinha Dona Benta", "el Sr. Presidente", "Dr. Simi", "Seu Madruga"), and "y"/"e" between
places and things ("Rioja y Navarra", "Santos e São Vicente"). They must stay unchanged.

It prints names protected and no-PII messages unchanged with the rules only (the stock en spaCy
pipeline), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import chat_tune
from bench.chat_tune import Example

LANGS = ("es", "pt")
SEED = 20261206
REPEATS = 20  # each template filled with this many names

_FIRST = {
    "es": (
        "Deyanira", "Maikol", "Xiomara", "Yorleny", "Yurani", "Anyelo", "Leidy", "Yeimy",
        "Estiven", "Yesid", "Heiner", "Dairo", "Yadira", "Nelcy", "Rubiela", "Ubaldo",
        "Eulalio", "Filemón", "Eleuterio", "Gumersindo", "Herminia", "Maripaz", "Marifer",
        "Nohemí", "Obdulia", "Tenoch", "Yolotl", "Ayelén", "Nahuel", "Wendolyn", "Jhonier",
        "Arley", "Yuber", "Leonel", "Ismenia", "Eustaquia", "Floripes", "Idalia", "Yamile",
    ),
    "pt": (
        "Suelen", "Kethlen", "Jaíne", "Deivid", "Maicon", "Uéverton", "Gleisson", "Jeferson",
        "Edvaldo", "Rosicleide", "Valdirene", "Josenilda", "Cleidiane", "Ednaldo", "Jucélia",
        "Lucineide", "Marinalva", "Francinete", "Adenilson", "Welington", "Kauê", "Rayane",
        "Thaís", "Ivanilde", "Gleice", "Irene", "Aldenora", "Djalma", "Zuleide", "Erivaldo",
        "Dalva", "Eliete", "Nivaldo", "Iraci", "Clodoaldo", "Benedita", "Leonilda", "Acácio",
    ),
}  # fmt: skip
_SURNAMES = {
    "es": (
        "Restrepo", "Cárdenas", "Villca", "Mamani", "Olvera", "Zamudio", "Arrieta", "Quiroga",
        "Castaño", "Ocampo", "Huamán", "Pech", "Ortega", "Salcedo", "Bustamante", "Echeverri",
    ),
    "pt": (
        "Bezerra", "Quintela", "Vasconcelos", "Magalhães", "Tavares", "Mattos", "Sardinha",
        "Faria", "Cavalcanti", "Nogueira", "Brandão", "Queiroz", "Amaral", "Figueiredo",
    ),
}  # fmt: skip
# Short forms people go by in chat, typed capitalised or not.
_SHORT = {
    "es": (
        "Nacho", "Paco", "Pepe", "Quique", "Chema", "Chelo", "Lupe", "Memo", "Chuy", "Pancho",
        "Toño", "Beto", "Nando", "Rafa", "Fito", "Kike", "Merche", "Puri", "Conchi", "Tere",
        "Chus", "Maite", "Lolita", "Manolo", "Juanjo", "Josemi", "Marisa", "Rocío", "Charly",
    ),
    "pt": (
        "Tonho", "Zé", "Juca", "Guga", "Tião", "Chico", "Zeca", "Nando", "Dudu", "Duda",
        "Cacá", "Malu", "Tuca", "Fafá", "Nenê", "Gui", "Bebeto", "Quim", "Tó", "Lena",
        "Betinho", "Zezé", "Nando", "Neco", "Dedé", "Nanda", "Lulu", "Tatá", "Tonico",
    ),
}  # fmt: skip
# Double surnames joined by "y" / "e", written out after a given name.
_JOINED = {
    "es": (
        "Ortega y Gasset", "Ramón y Cajal", "Sánchez y Gil", "Díaz y Prieto", "López y Ruiz",
        "Martín y Soler", "Gómez y Vidal", "Navarro y Mena", "Cruz y Ochoa", "Peña y Lillo",
    ),
    "pt": (
        "Sousa e Silva", "Melo e Castro", "Costa e Sá", "Lima e Souza", "Pereira e Cunha",
        "Mendes e Sá", "Rocha e Mello", "Gama e Silva", "Teixeira e Moura", "Freitas e Lobo",
    ),
}  # fmt: skip

# {n} first + surname, {f} first, {k} a short form, {j} a joined double surname
_SLOT = re.compile(r"\{(\w)\}")
TEMPLATES = {
    "es": (
        "Paga {f} en efectivo cuando pase",
        "El pedido lo hizo {f}, ¿ya salió?",
        "Lo recoge {f} después del trabajo",
        "Hoy pasa {f} a pagar lo que falta",
        "La transferencia la hizo {f} esta mañana",
        "Habla con {f}, ella sabe la talla",
        "~que lo recoja {k} el sábado",
        "~el pedido lo hizo {k}",
        "~hablas con {k}, buenas tardes",
        "~paga {k} cuando venga",
        "A nombre de {f} {j}, por favor",
        "Soy {f} {j}, el del pedido 318",
        "~lo recoge {f} en la tarde",
        "Mañana viene {k} a por las cajas",
        "El que paga es {f}",
        "La que recoge es {f}",
    ),
    "pt": (
        "A {f} já fez o pix",
        "Quem paga é o {k}",
        "Fala com o {k}, ele sabe o tamanho",
        "O pedido quem fez foi a {f}",
        "~vai buscar o {f} amanhã cedo",
        "O {k} passa aí para pagar",
        "~quem paga é o {k}",
        "~fala com o {k}",
        "~o {k} vai buscar",
        "~manda o comprovante pro {k}",
        "Em nome de {f} {j}, por favor",
        "Sou a {f} {j}, do pedido 318",
        "~a {f} já pagou",
        "Amanhã o {k} passa aí",
        "~quem recebe é a {f}",
        "O pix foi a {f} que fez",
    ),
}

CLEAN = {
    "es": (
        "Paga con tarjeta cuando pase",
        "Paga en efectivo al recoger",
        "El pedido lo hizo el taller, ¿ya salió?",
        "El pedido lo hizo la empresa",
        "Lo recoge el repartidor después de las 5",
        "Lo recoge mañana temprano",
        "Lo recoge Seur el lunes",
        "Hoy pasa el técnico a revisar",
        "Hoy pasa Correos a recoger",
        "La transferencia la hizo el banco esta mañana",
        "La transferencia la hizo la contadora",
        "Habla con atención al cliente, ellos saben",
        "Habla con recepción, por favor",
        "~que lo recoja el portero el sábado",
        "~el pedido lo hizo mi jefa",
        "~hablas con soporte, buenas tardes",
        "~paga cuando venga",
        "~paga con bizum",
        "A nombre de la empresa, por favor",
        "Mañana viene el camión a por las cajas",
        "El que paga es el seguro",
        "La que recoge es la mensajería",
        "Lo necesito para el lunes",
        "El Sr. Presidente habló ayer en la tele",
        "¿Tienen la taza del Sr. Wonderful?",
        "¿Tienen la camiseta del Real Madrid?",
        "Pago con Bizum al recoger",
        "De parte de la dirección, el local cierra a las 8",
        "Saludos,\nEl equipo de ventas",
        "Att. Servicio al cliente",
        "Vino con un Paco Rabanne de regalo",
        "¿Tienen el perfume Carolina Herrera 212?",
        "Quiero sal y pimienta en el mismo pedido",
        "Pan y Tomate, ¿lo tienen en el menú?",
        "¿Es de Rioja y Navarra el vino?",
        "¿Llega a Santa Cruz y La Laguna?",
        "Paga Mercado Pago o efectivo",
        "Lo recoge Glovo a las 9",
        "Lo pagamos con Nequi",
        "Habla con tu banco primero",
        "El Dr. Simi abre a las 8, ¿ahí lo puedo pagar?",
        "Lo hizo la máquina, no fue a mano",
        "¿El Don Julio 70 viene en caja?",
        "La Doña Pepa viene con crema",
        "Quiero la Virgen de Guadalupe de yeso",
        "La Rosa de Guadalupe es mi serie favorita",
        "¿Tienen el Niño Dios de 30 cm?",
        "Tiene que firmar el titular de la tarjeta",
        "Lo recoge quien tenga el código",
        "Paga el que pidió",
        "Hablas con la tienda de Triana",
        "El de la moto lo recoge",
        "¿Puedo pagar con PayPal y tarjeta?",
        "Lo recoge el de siempre",
        "Me lo trajo el cartero ayer",
        "~paga el seguro, no yo",
        "~lo recoge mi vecino del quinto",
        "~hablas con la encargada",
        "~el pedido lo hizo mi hermano",
        "Pagan los papás de la novia",
        "Paga la casa, es invitación",
    ),
    "pt": (
        "A empresa já fez o pix",
        "Quem paga é a empresa",
        "Quem paga é o seguro",
        "Fala com o suporte, eles sabem",
        "Fala com a recepção, por favor",
        "O pedido quem fez foi a loja",
        "Vai buscar amanhã cedo",
        "Vai buscar o motoboy amanhã",
        "O motoboy passa aí para pagar",
        "O Correios passa aí amanhã",
        "~quem paga é o cliente",
        "~fala com o gerente",
        "~o entregador vai buscar",
        "~manda o comprovante pro email",
        "Em nome da empresa, por favor",
        "~a loja já pagou",
        "Amanhã o caminhão passa aí",
        "Quem recebe é a portaria",
        "O pix foi a minha mãe que fez",
        "A farinha Dona Benta está em promoção?",
        "O Sr. Presidente falou ontem",
        "aos cuidados da recepção",
        "Pago no pix na entrega",
        "Abraços,\nEquipe de vendas",
        "Quero para segunda-feira",
        "Tem o boneco do Seu Madruga?",
        "A caneca do Seu Boneco chegou quebrada",
        "O queijo Dona Chica está em falta?",
        "Tem a cachaça Seu Dias?",
        "O Zé Delivery entrega aqui?",
        "Quero arroz e feijão no mesmo pedido",
        "Pão de Queijo e Café, tem combo?",
        "Vocês entregam em Santos e São Vicente?",
        "Quem paga é o iFood",
        "Quem busca é a Loggi",
        "Fala com o Banco do Brasil primeiro",
        "O Dr. Consulta abre às 8?",
        "A Nossa Senhora de Fátima em gesso tem?",
        "O Menino Jesus de 30 cm chegou?",
        "Tem que assinar o titular do cartão",
        "Quem busca é quem tem o código",
        "Paga quem pediu",
        "Fala com a loja do centro",
        "O da moto vai buscar",
        "Posso pagar com PayPal e cartão?",
        "O carteiro trouxe ontem",
        "~quem paga é o seguro",
        "~o vizinho vai buscar",
        "~fala com a gerente",
        "~a minha irmã já fez o pix",
        "Pagam os pais da noiva",
        "É por conta da casa",
        "A Magazine Luiza já fez o estorno",
        "O Mercado Livre já fez o reembolso",
        "Quem paga é o Nubank?",
        "Fala com a Vivo sobre o chip",
        "A Claro passa aí amanhã",
        "O Uber vai buscar",
        "Quem recebe é o condomínio",
        "O boné do Tio Patinhas chegou",
        "A Turma da Mônica em DVD tem?",
    ),
}


def name_messages(language: str) -> Iterator[tuple[str, chat_tune.Gold]]:
    """Every template of the language filled REPEATS times with this set's own draw."""
    pools = {
        "first": _FIRST[language],
        "surnames": _SURNAMES[language],
        "k": _SHORT[language],
        "j": _JOINED[language],
    }
    yield from chat_tune.drawn(TEMPLATES[language], REPEATS, _SLOT, f"{SEED}-{language}", pools)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.print_unknown_share(LANGS, _FIRST, _SURNAMES)
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
