"""`python -m bench.nopii_tune11`: capitalised first names that are no one, in shapes of shop talk.

Written for a round on no-PII messages that the first-name gazetteer changes, from the writer's own
knowledge of WhatsApp chat with shops, without reading any held-out file or its misses, and written
and committed before any rule was changed for it (none of its names or templates copied from the
lists Veil ships). Its shapes are ones no earlier `nopii_tune*` set has, one kind each:

- `opener`: a capitalised word opening a message or a line that is a first name elsewhere: a verb
  or adjective of the language ("Mark the parcel", "Bill me", "Blanca o negra?", "Marco a entrega",
  "Chiara la spiegazione", "Felice di sapere");
- `title`: a name in the title of a book, film, song or toy in quotes ('"Matilda"', '"Marianela"',
  '"Iracema"', '"Marcovaldo"');
- `section`: a store's department named by a word that is a first name ("reparto Donna", "sección
  Caballero", "the Ladies department");
- `dish`: a menu dish named like a person ("Margherita", "Benedict", "bocadillo Pepito", "torta
  Romeu e Julieta", "pasta alla Norma", "filé Oswaldo Aranha");
- `code`: a first name inside a coupon code or a campaign hashtag ("EMMA10", "#SaldiConGiulia").
  Decided: no person. A code or hashtag is a shop's campaign, the same for every customer;
- `model`: a product model named like a person after a number or before a product noun ("2 Martina
  in beige", "3 sedie Emma", "2 Harper bar stools");
- `caps`: a product line written in capitals ("the MAISIE dress", "el bolso MÍA", "la borsa GINEVRA");
- `cue`: a line's name after "model", "marca", "modelo", "linha", "linea" ("il modello Sofia").

In chat style: lower case, emojis. Controls put real people ({n}: first name and surname, {f}: first
name) in the same shapes, many of them bearing the very names the no-PII messages use as words or
models ("Chiara", "Bianca", "Martina", "Clara", "Blanca", "Harper", "Grace"): a person the customer
deals with, is related to, or is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bench import nopii_runner
from bench.nopii_runner import Example

NO_PII: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "opener": (
            "Mark the parcel as fragile please, last one came smashed",
            "Bill me separately for the second order?",
            "Pat dry or air dry the leather after cleaning?",
            "Grant access to the tracking page doesn't work on my phone",
            "Thanks for the update\nWill pop in on Saturday for the rest",
        ),
        "title": (
            'Is "Little Women" back in stock in paperback?',
            'the book "Matilda" for school, hardback please',
            'do you have the "Jolene" print tote in cotton?',
            'Is "Rebecca" in the 3 for 2 offer?',
        ),
        "section": (
            "Is the Ladies department on the ground floor?",
            "couldn't find linen shirts in Menswear, are they in Gents?",
            "the Baby Bear aisle had no 6-9 months left",
        ),
        "dish": (
            "Is the Margherita gluten free?",
            "Two Caesar salads and one Waldorf for collection at 1",
            "can I get the Benedict with salmon instead of ham",
            "Beef Wellington for Sunday, order by when?",
            "one Reuben and a chicken Florentine please",
        ),
        "code": (
            "code EMMA10 isn't working at checkout",
            "Is JAMES20 still valid on sale items?",
            "the voucher GRACE15 says expired",
            "I shared #SummerWithLily on insta, do I get the discount?",
        ),
        "model": (
            "2 Harper bar stools in oak please",
            "the Isla 3 seater, how wide is it?",
            "Need 4 Ellie dining chairs in grey",
            "Do you still sell the Lucy 2 pram?",
            "1 Oscar floor lamp and 2 Maisie cushions",
        ),
        "caps": (
            "is the ELLA range dishwasher safe",
            "the MAISIE dress in a 12 pls",
            "is the BELLA candle back in stock?",
            "do you have the JASMINE tea loose leaf",
        ),
        "cue": (
            "model Sienna in black, size 6",
            "the Ava model only comes in white?",
            "is the Olivia line from the spring catalogue still on?",
            "which brand is Daisy, is it yours?",
        ),
    },
    "es": {
        "opener": (
            "Blanca o negra? la funda del móvil digo",
            "Clara la explicación, gracias. Lo devuelvo mañana",
            "Pura lana o lleva poliéster?",
            "Hola!\nBlanca la quiero, no crema",
            "Salvo el sábado, cualquier día me va bien para recogerlo",
        ),
        "title": (
            'tenéis el libro "Marianela" en edición de bolsillo?',
            'busco el vinilo con la canción "Lucía"',
            'la taza de "Frozen" con Elsa está agotada?',
            'el puzzle de "La Celestina" cuántas piezas tiene?',
        ),
        "section": (
            "en la sección Caballero no encuentro las camisas de lino",
            "los vaqueros de Caballero tienen descuento también?",
            "la talla de Niño va por edades o por altura?",
        ),
        "dish": (
            "una pizza Margarita y dos Carbonara para llevar",
            "la tarta Sacher la tenéis entera?",
            "el menú del día trae ensalada César?",
            "dos bocadillos Pepito de ternera, sin cebolla",
            "los huevos Benedict los servís hasta qué hora?",
        ),
        "code": (
            "el código LUCIA10 no me funciona",
            "el cupón MARTA15 vale para rebajas?",
            "puse el código PABLO5 y no me descuenta nada",
            "vi el sorteo #NavidadConCarmen en instagram, sigue abierto?",
        ),
        "model": (
            "quiero 2 Martina en beige",
            "me llevo 3 sillas Julia en blanco",
            "la mesa Elena de 160 la hay en roble?",
            "1 sofá Lucas de 3 plazas, cuánto tarda?",
        ),
        "caps": (
            "LA COLECCIÓN SOFÍA ya está en tienda?",
            "tenéis el bolso MÍA en camel?",
            "el vestido CARLOTA en talla M",
            "la chaqueta ADRIANA vuelve a entrar?",
        ),
        "cue": (
            "el modelo Alicia lo tenéis en 38?",
            "la línea Paula de cosmética es vegana?",
            "el modelo Irene en negro se ha agotado",
            "de la marca Nuria tenéis algo en rebajas?",
        ),
    },
    "pt": {
        "opener": (
            "Clara a explicação, obrigado! vou trocar amanhã",
            "Branca ou preta? a capinha do celular",
            "Marco a entrega pra sábado então?",
            "Oi\nMarco a retirada pra amanhã cedo",
            "Celeste ou marinho, qual fica melhor?",
        ),
        "title": (
            'vocês têm o livro "Iracema" na edição escolar?',
            'tem o livro "Helena" em edição de bolso?',
            'a caneca da "Moana" tá esgotada?',
            'o jogo "Mario Kart" pro Switch chegou?',
        ),
        "section": (
            "na secção Senhora não encontro os casacos",
            "os tênis da seção Menino tão em promoção?",
            "no departamento Bebê tem body de manga longa?",
        ),
        "dish": (
            "uma pizza Marguerita e uma Portuguesa",
            "o bolo Souza Leão tem hoje?",
            "tem filé Oswaldo Aranha no almoço de hoje?",
            "a torta Romeu e Julieta é por fatia?",
            "dois bife à Parmegiana pra viagem",
        ),
        "code": (
            "o cupom JULIA10 não funciona",
            "usei o código BRUNA15 e não deu desconto",
            "o cupom PAULO20 vale pro frete?",
            "vi a promo #NatalComAna no insta, ainda vale?",
        ),
        "model": (
            "quero 2 Valentina no tamanho 36",
            "4 cadeiras Helena em madeira clara",
            "o sofá Bruno de 3 lugares tem em cinza?",
            "o carrinho Lucas vem com bebê conforto?",
        ),
        "caps": (
            "a coleção CAROL tá em promoção?",
            "o vestido LUÍSA no P",
            "a bolsa ALICE na cor caramelo",
            "a rasteira JÚLIA voltou?",
        ),
        "cue": (
            "o modelo Beatriz tem no 37?",
            "da linha Sofia de panelas, tem a frigideira?",
            "a sandália modelo Clara veio com defeito",
            "marca Lívia? nunca ouvi falar, é boa?",
        ),
    },
    "it": {
        "opener": (
            "Chiara la spiegazione, grazie! domani lo riporto",
            "Bianca o nera? la cover del telefono",
            "Felice di sapere che è arrivato 😊",
            "Serena giornata! volevo chiedere se avete il 42",
            "Buongiorno\nBianca la prendo, non panna",
        ),
        "title": (
            'avete il libro "Marcovaldo" in edizione scolastica?',
            'la tazza di "Peppa Pig" è finita?',
            'il poster di "Amélie" è ancora disponibile?',
            'il dvd di "Pinocchio" in blu-ray ce l\'avete?',
        ),
        "section": (
            "nel reparto Donna non trovo i jeans a vita alta",
            "i costumi del reparto Uomo sono scontati?",
            "al reparto Bimba c'è ancora la taglia 4 anni?",
        ),
        "dish": (
            "una Margherita e una Capricciosa da asporto",
            "la pizza Diavola è piccante?",
            "la torta Sacher intera quanto costa?",
            "la pasta alla Norma la fate anche senza melanzane fritte?",
            "due Marinara e una Bufalina per le 20",
        ),
        "code": (
            "il codice GIULIA10 non funziona",
            "il coupon MARCO15 è ancora valido?",
            "ho messo FRANCESCA20 e non scala niente",
            "ho visto #SaldiConGiulia su instagram, vale anche in negozio?",
        ),
        "model": (
            "vorrei 2 Martina in beige, taglia 40",
            "3 sedie Emma in bianco",
            "il divano Leonardo a 3 posti in grigio",
            "la lampada Alice è da tavolo?",
        ),
        "caps": (
            "la borsa GINEVRA in cuoio",
            "la linea CAMILLA è tutta in saldo?",
            "il cappotto ELISA c'è nella 44?",
            "le sneakers MATILDE in bianco",
        ),
        "cue": (
            "il modello Sofia lo avete nel 38?",
            "la linea Aurora di piatti, avete le tazze?",
            "il modello Chiara in nero è esaurito?",
            "la marca Ilaria? non la conosco",
        ),
    },
}
CONTROLS: dict[str, tuple[str, ...]] = {
    "en": (
        "{f} from your shop said the code would work",
        "my daughter {f} wants the Isla 3 seater",
        "Will {f} be working on Saturday?",
        "the order is for {n}",
        "Can {f} collect the Margherita at 7?",
        "Thanks,\n{n}",
        "{f} loved the Matilda book",
        "please send the invoice to {n}",
        "{f} in the Ladies department helped me",
        "hi it's {n}, the MAISIE dress arrived",
    ),
    "es": (
        "{f} de vuestra tienda me dijo que el código valía",
        "mi hija {f} quiere 2 Martina en beige",
        "el pedido es para {n}",
        "puede recoger {f} la pizza a las 9?",
        "Un saludo,\n{n}",
        "{f} me atendió en la sección Caballero",
        "hola soy {n}, el bolso MÍA llegó roto",
        "mandad la factura a {n}",
        "Hola\n{f} aquí, ya tengo el cupón",
        "gracias {f}!",
    ),
    "pt": (
        "a {f} da loja disse que o cupom valia",
        "minha filha {f} quer 2 Valentina no 36",
        "o pedido está no nome de {n}",
        "a {f} pode buscar a pizza às 9?",
        "Abraço,\n{n}",
        "a {f} me atendeu na secção Senhora",
        "oi, aqui é {n}, a bolsa ALICE chegou rasgada",
        "manda a nota fiscal pra {n}",
        "Oi\n{f} aqui, já tenho o cupom",
        "obrigada {f}!",
    ),
    "it": (
        "{f} del vostro negozio mi ha detto che il codice valeva",
        "mia figlia {f} vuole 2 Martina in beige",
        "il pacco è per {n}",
        "può ritirare {f} la Margherita alle 8?",
        "Cordiali saluti,\n{n}",
        "ho parlato con {f} del reparto Donna",
        "sono {n}, la borsa GINEVRA è arrivata rovinata",
        "mandate la fattura a {n}",
        "Buongiorno\n{f} qui, ho il codice",
        "grazie {f}!",
    ),
}
# People bearing the names the no-PII messages use as words or models, beside names that are none
FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Harper", "Grace", "Mark", "Emma", "Isla", "Oscar", "Ellie", "Lily", "Pat", "Bill"),
    "es": ("Blanca", "Clara", "Martina", "Lucía", "Marta", "Pura", "Elena", "Alicia", "Paula", "Salvador"),
    "pt": ("Clara", "Marco", "Helena", "Júlia", "Celeste", "Bruna", "Valentina", "Beatriz", "Alice", "Lívia"),
    "it": ("Chiara", "Bianca", "Martina", "Giulia", "Norma", "Felice", "Serena", "Aurora", "Sofia", "Emma"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": ("Whitcombe", "Adeyemi", "Fairbairn", "Costello", "Hargreaves", "Nilsen", "Ashworth", "Pryce"),
    "es": ("Olmedo", "Garrido", "Zamora", "Iturbe", "Bermejo", "Sotelo", "Carrasco", "Lozano"),
    "pt": ("Magalhães", "Carvalhal", "Rezende", "Guimarães", "Tavares", "Moura", "Bittencourt", "Pinheiro"),
    "it": ("Mancini", "Galli", "Sartori", "Barbieri", "Pagano", "Villa", "Lombardi", "Ferretti"),
}
REGIONS = {"en": "GB", "es": "ES", "pt": "BR", "it": "IT"}
_SLOT = re.compile(r"\{(n|f)\}")
REPEATS = 2  # each control filled with this many names


def examples(language: str) -> Iterator[Example]:
    """Every no-PII message, then the controls filled with names in turn."""
    return nopii_runner.with_controls(
        language, NO_PII[language], CONTROLS[language], _SLOT, REPEATS, FIRST[language], SURNAMES[language]
    )


def main() -> None:
    kinds = "opener, title, section, dish, code, model, caps, cue"
    nopii_runner.main(__doc__.splitlines()[0], examples, REGIONS, kinds)


if __name__ == "__main__":
    main()
