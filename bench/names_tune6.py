"""`python -m bench.names_tune6`: a fourth tuning set of the name rules, chat forms of it, es and pt.

Written for the sixth round of the name rules, before any of them, without reading the held-out
name sets (`bench/names_heldout*.py`, `bench/data/names_heldout*.jsonl`) or their misses. The
templates are the chat shapes the earlier tune sets lack: Portuguese and Brazilian ("Aqui é o …",
"Fala com a …", "quem vai receber é …", "att,"/"abs," signatures, compound given names "João
Pedro", particles "da/dos/de", "Filho/Júnior/Neto"), Spanish ("de parte de", "a nombre de", "soy la
mamá de …", double surnames, "Mª", "Fdo.:") and Italian ("a nome di", "intestato a", "sono la
moglie di …", "c/o", names after "per"/"da", "Dott.ssa", lower-case chat, dialect greetings).

Names come from `mimesis` 22.2.0's per-locale person lists (MIT; it, es and es-mx, pt-br and pt;
one-word surnames), drawn with this set's own seed, plus short hand-written lists of compound given
names, particle surnames and suffixes: not from `Faker`, the first two held-out sets' source. A
template that starts with `~` is typed all in lower case. The no-PII messages share the shapes
with no one in them (companies, shops, places, feasts after the same cue words).

It prints, per language, names protected and no-PII messages unchanged with the rules only (blank
pipelines for it, es and pt), and with `--show N` up to N misses and false positives.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from bench import chat_tune
from bench.chat_tune import Example, fill

LANGS = ("it", "es", "pt")
SEED = 20261206
REPEATS = 3  # each template filled with this many names

DOUBLE_FIRST: dict[str, tuple[str, ...]] = {
    "it": ("Maria Grazia", "Gian Luca", "Anna Maria", "Maria Teresa", "Pier Luigi", "Gian Marco",
           "Maria Rosaria", "Anna Chiara", "Francesco Paolo", "Maria Antonietta", "Giovanni Battista"),
    "es": ("María José", "Juan Carlos", "José Antonio", "Ana Belén", "Francisco Javier", "Luis Miguel",
           "María Teresa", "José María", "Juan Pablo", "Mari Carmen", "María Fernanda", "Ana Sofía",
           "Jesús Alberto", "María del Carmen"),
    "pt": ("João Pedro", "Maria Eduarda", "Ana Clara", "Pedro Henrique", "Maria Clara", "João Victor",
           "Ana Luiza", "Luiz Felipe", "Maria Fernanda", "Carlos Eduardo", "Ana Beatriz", "João Gabriel",
           "Maria Luiza", "José Carlos", "Ana Paula", "Luiz Henrique", "Maria Alice", "Paulo Sérgio",
           "Maria Júlia", "Antônio Carlos"),
}  # fmt: skip
PARTICLE_SURNAMES: dict[str, tuple[str, ...]] = {
    "it": ("De Luca", "Di Marco", "Lo Presti", "La Rocca", "D'Angelo", "Dal Monte", "De Santis",
           "Di Giovanni", "Lo Cascio", "Della Rovere", "Dell'Orto", "Li Volsi"),
    "es": ("de la Peña", "del Río", "de la Cruz", "de los Santos", "de la Vega", "del Castillo",
           "de León", "de Haro", "de la Torre"),
    "pt": ("da Silva", "dos Santos", "de Souza", "de Oliveira", "da Costa", "dos Reis", "de Jesus",
           "das Neves", "da Conceição", "de Almeida", "do Nascimento", "da Cruz", "de Lima", "do Carmo"),
}  # fmt: skip
# A name's tail of the language: a suffix (pt), an abbreviated first name (es), a title-less pair (it)
SUFFIXES = ("Filho", "Júnior", "Neto", "Sobrinho", "Jr.")
ES_SHORT_FIRST = ("Mª José", "Mª Carmen", "Mª Ángeles", "Mª Luisa", "Mª Pilar", "Mª Isabel", "Mª Dolores",
                  "Fco. Javier", "Mª Jesús")  # fmt: skip
ACCENTED_ES = ("García", "López", "Sánchez", "Martínez", "Fernández", "Gómez", "Pérez", "Jiménez",
               "Rodríguez", "Hernández", "Díaz", "Álvarez", "Muñoz", "Gutiérrez", "Vázquez", "Núñez")  # fmt: skip

# {n} first + surname, {f} first, {s} surname, {d} compound first + surname, {p} first + particle
# surname, {w} first + two surnames, {g} compound first alone, {j} the language's own shape: pt
# first + surname + suffix ("Filho"), es "Mª José" + two surnames, it first + particle surname
TEMPLATES: dict[str, tuple[str, ...]] = {
    "pt": (
        "Oi, aqui é o {n}, tudo bem? Queria saber do meu pedido",
        "Aqui é a {f}, fiz um pedido ontem e não recebi o código",
        "Boa tarde! Aqui é {d}, comprei um tênis na sexta",
        "~oi aqui é a {n} do pedido 4512",
        "Fala com a {n}, ela que vai receber",
        "Qualquer coisa fala com o {f}, meu marido",
        "Meu nome é {d} e queria trocar o tamanho",
        "~meu nome é {n} e o pedido não chegou",
        "Quem vai receber é {n}",
        "Quem vai receber é a minha esposa, {n}",
        "~quem vai receber é o {n}",
        "Obrigado!\nAtt,\n{n}",
        "Valeu pela ajuda\nabs, {f}",
        "Fico no aguardo.\nAtt, {j}",
        "Abs,\n{d}",
        "O pedido está no nome de {p}",
        "A nota fiscal é em nome de {w}",
        "Pode entregar para {n}, ela mora no apto 32",
        "Sou a {f}, mãe do {f}, ele fez o pedido pelo meu cartão",
        "Boa tarde, sou {j}, cliente de vocês há anos",
        "Meu filho {d} vai buscar na loja",
        "Falei com o atendente {f} ontem e ele disse que já saiu",
        "Comprei de presente para o {n}",
        "Manda o código de rastreio para a {f}, por favor",
        "{n} aqui, o pedido chegou errado",
        "Dona {f} ligou perguntando da entrega",
        "Quem fez o pedido foi a {d}",
        "Meu marido {j} que pagou no pix",
        "Olá, é a {f} de novo 😊 o boleto venceu",
        "Olá! Sou {n}, de Lisboa, e encomendei duas camisolas",
        "Com os melhores cumprimentos,\n{n}",
        "Beijos, {f} 😘",
        "Recebido por: {n}",
        "Titular do cartão: {w}",
        "O {f} e a {f} vão buscar juntos",
        "Pode deixar com a vizinha, {n}, no 302",
        "Destinatário: {j}",
        "~fala com o {f} ele sabe do pedido",
        "Ontem o {n} passou aí e não tinha o produto",
        "Sou esposa do {n} e estou ajudando ele com a troca",
    ),
    "es": (
        "Hola, me llamo {n} y quería saber dónde está mi pedido",
        "~me llamo {w} y no me ha llegado el paquete",
        "Os escribo de parte de {n}",
        "Le escribo de parte de mi jefa, {n}",
        "La factura a nombre de {w}, por favor",
        "El pedido está a nombre de {j}",
        "¿Podéis ponerlo a nombre de {p}?",
        "Soy la mamá de {f}, hizo un pedido con mi tarjeta",
        "Soy el papá de {n} y quería cambiar la talla",
        "~soy la mamá de {f} y no sé cómo devolverlo",
        "Fdo.: {w}",
        "Gracias de antemano.\nFdo. {n}",
        "Un saludo,\n{j}",
        "Saludos cordiales\n{w}",
        "Quien lo recoge es {n}",
        "Lo va a recoger mi hija {d}",
        "Habla {n}, ¿me pueden ayudar con un cambio?",
        "Buenas, aquí {n} otra vez, ¿hay novedades?",
        "Ayer hablé por teléfono con {w}",
        "La señora {w} dice que no le ha llegado",
        "Dña. {n} pasará a recogerlo",
        "Atte.\n{n}",
        "Mi nombre es {d}, tengo un problema con el pago",
        "{n} y {n} pidieron lo mismo",
        "Pregunten por {f} en recepción",
        "El paquete es para mi novio, {n}",
        "Soy {f}, la de la devolución de ayer",
        "Un beso, {f} 💕",
        "Muchas gracias!!\n{j}",
        "Ya hablé con {f} de atención al cliente",
        "~soy la mamá de {n}",
        "Me atendió {f} en la tienda y fue muy amable",
        "Es un regalo para {d}, ¿podéis envolverlo?",
        "Lo pagó mi suegra, {w}",
        "Soy {g}, la que escribió el lunes",
        "Titular: {j}",
        "Enviar a la atención de {n}",
        "El pedido lo hizo {n} desde la cuenta de su madre",
        "~hola soy {f} {s} {s} del pedido de ayer",
        "Hola, les escribe {w} por el pedido 7712",
    ),
    "it": (
        "Ordine a nome di {n}, quando arriva?",
        "~ordine a nome di {n}",
        "La fattura intestata a {w}, grazie",
        "Il pacco è intestato a {j}",
        "Sono la moglie di {n}, chiamo per il suo ordine",
        "Sono il marito di {f}, ha ordinato lei",
        "~sono la moglie di {n}",
        "Spedire c/o {n}, scala B",
        "Indirizzo: c/o {j}, interno 4",
        "Presso {n}, secondo piano",
        "Il regalo è per {f}",
        "Ho ordinato per {n}, è una sorpresa",
        "Passa da {n} a ritirare, è la mia vicina",
        "Lo lascio da {f} al bar sotto casa",
        "Mi ha dato il vostro numero {n}",
        "Me l'ha consigliato {f}",
        "Gentile Dott.ssa {s}, le scrivo per il reso",
        "Dott.ssa {n}\nStudio medico",
        "Distinti saluti\nDott. {n}",
        "Avv. {n} per conto del cliente",
        "Ing. {n} - ufficio acquisti",
        "~ciao sono {n} quella del reso",
        "~ciao sono {f} volevo sapere se è partito",
        "Uè ciao, sono {f}! Il pacco?",
        "Bella raga, sono {n}, tutto ok col mio ordine?",
        "Buongiorno a voi, sono {d}",
        "Salve, qui è {n}",
        "Ritira mio figlio {f} domani",
        "Lo passa a prendere la mia collega {n}",
        "Cordialmente,\n{n}",
        "Un saluto da {n}",
        "Buonasera, chiamo da parte di {n}",
        "Mi manda {n}, ha comprato da voi la settimana scorsa",
        "Ho sentito {f} al telefono e mi ha detto di scrivere qui",
        "Scusate, {n} ha già fatto il reso?",
        "Per {n}, consegna al portiere",
        "~per {n} grazie",
        "Sono {g}, la sorella di {f}",
        "Grazie mille!!\n{j}",
        "Saluti da {f} e {f}",
    ),
}

CLEAN: dict[str, tuple[str, ...]] = {
    "pt": (
        "Oi, aqui é da loja do centro, tudo bem?",
        "Aqui é a segunda vez que peço e não chega",
        "Fala com a transportadora, por favor",
        "Fala com a Magalu que eles resolvem",
        "Meu nome é o mesmo do cadastro",
        "Quem vai receber é o porteiro do prédio",
        "Obrigado!\nAtt,\nEquipe de Compras",
        "Valeu pela ajuda\nabs!",
        "O pedido está no nome da empresa",
        "A nota fiscal é em nome da Lojas Renner?",
        "Pode entregar na portaria, por favor",
        "Sou cliente de vocês há anos",
        "Comprei de presente para o Dia das Mães",
        "Manda o código de rastreio por e-mail, por favor",
        "Olá, é a segunda tentativa de entrega 😊",
        "Com os melhores cumprimentos,\nLoja Centro",
        "Recebido por: portaria",
        "Destinatário: o mesmo do pedido",
        "Comprei na Renner e na Riachuelo, qual chega antes?",
        "O Samsung Galaxy chega até o Natal?",
        "~fala com o suporte ele sabe do pedido",
        "Quem fez o pedido foi a minha empresa",
    ),
    "es": (
        "Hola, me llamo igual que mi madre, ¿importa?",
        "Os escribo de parte de la empresa",
        "La factura a nombre de la empresa, por favor",
        "El pedido está a nombre de mi empresa, Reformas Norte SL",
        "Soy la mamá de un niño de cinco años, ¿qué talla le pido?",
        "Fdo.: el cliente",
        "Un saludo,\nDepartamento de Compras",
        "Quien lo recoge es el conserje",
        "Habla con atención al cliente, ¿me pueden ayudar?",
        "Buenas, aquí otra vez, ¿hay novedades?",
        "Pregunten en recepción",
        "El paquete es para Navidad",
        "Muchas gracias!!\nFeliz Año Nuevo",
        "Me atendió una chica en la tienda y fue muy amable",
        "Es un regalo para el Día de la Madre",
        "Titular: la empresa",
        "Compré en El Corte Inglés y en Zara Home, ¿se puede devolver aquí?",
        "¿La Thermomix llega antes del lunes?",
        "~soy la mamá de un cliente",
        "Enviar a la atención del departamento de compras",
    ),
    "it": (
        "Ordine a nome della ditta, quando arriva?",
        "La fattura intestata alla società, grazie",
        "Il pacco è intestato a mia madre",
        "Sono la moglie del titolare, chiamo per l'ordine",
        "Spedire c/o Amazon Locker della stazione",
        "Il regalo è per Natale",
        "Ho ordinato per l'ufficio",
        "Passa da Zara a ritirare?",
        "Lo lascio da Esselunga al punto ritiro",
        "Distinti saluti\nUfficio Acquisti",
        "~ciao sono quella del reso",
        "Uè ciao! Il pacco?",
        "Buongiorno a voi, sono una cliente",
        "Salve, qui è tutto ok",
        "Cordialmente,\nLa Direzione",
        "Un saluto da tutto l'ufficio",
        "Buonasera, chiamo da parte della farmacia",
        "Mi manda il negozio in centro",
        "Per Pasqua arriva?",
        "Per la Samsung Galaxy Tab c'è la cover?",
        "Grazie mille!!\nBuona Pasqua",
        "Saluti dal mare",
    ),
}

_SLOT = re.compile(r"\{([nfsdpwgj])\}")
_MIMESIS_LOCALES = {"it": ("it",), "es": ("es", "es-mx"), "pt": ("pt-br", "pt")}
_FIRST_NAMES_FROM = {"it": ("it",), "es": ("es",), "pt": ("pt-br", "pt")}  # es-mx's are mostly English
_CLEAN_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _mimesis(language: str) -> tuple[list[str], list[str]]:
    """First names (both sexes) and one-word surnames of mimesis's locales, read from its data files;
    capitalised words of letters only (pt-br lists a few typos: "Johannesdt.")."""
    import mimesis  # a test dependency: only tuning needs it

    first: set[str] = set()
    surnames: set[str] = set()
    for locale in _MIMESIS_LOCALES[language]:
        path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
        person = json.loads(path.read_text(encoding="utf-8"))
        if locale in _FIRST_NAMES_FROM[language]:
            first |= {n for names in person["names"].values() for n in names}
        raw = person["surnames"]
        surnames |= set(raw if isinstance(raw, list) else [s for group in raw.values() for s in group])
    return sorted(filter(_clean, first)), sorted(filter(_clean, surnames))


def _clean(name: str) -> bool:
    return name[:1].isupper() and _CLEAN_WORD.fullmatch(name) is not None


def name_messages(language: str) -> Iterator[tuple[str, tuple[tuple[int, int], ...]]]:
    """Every template filled `REPEATS` times from a seeded draw, with the gold name spans."""
    rng = random.Random(f"{SEED}-{language}")
    first, surnames = _mimesis(language)
    if language == "es":
        surnames = [*surnames, *ACCENTED_ES]

    def own(f: str, s: str) -> str:
        if language == "pt":
            return f"{f} {s} {rng.choice(SUFFIXES)}"
        if language == "es":
            return f"{rng.choice(ES_SHORT_FIRST)} {s} {rng.choice(surnames)}"
        return f"{f} {rng.choice(PARTICLE_SURNAMES[language])}"

    def value(kind: str) -> str:
        f, s = rng.choice(first), rng.choice(surnames)
        return {
            "n": lambda: f"{f} {s}",
            "f": lambda: f,
            "s": lambda: s,
            "d": lambda: f"{rng.choice(DOUBLE_FIRST[language])} {s}",
            "p": lambda: f"{f} {rng.choice(PARTICLE_SURNAMES[language])}",
            "w": lambda: f"{f} {s} {rng.choice(surnames)}",
            "g": lambda: rng.choice(DOUBLE_FIRST[language]),
            "j": lambda: own(f, s),
        }[kind]()

    yield from fill(TEMPLATES[language], REPEATS, _SLOT, value)


def examples(language: str) -> list[Example]:
    return chat_tune.examples(language, name_messages(language), CLEAN[language])


def main() -> None:
    chat_tune.main(__doc__.splitlines()[0], LANGS, examples)


if __name__ == "__main__":
    main()
