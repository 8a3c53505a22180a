"""Spanish, Italian and Portuguese first names read as the everyday words they also are.

Many given names of these languages are nouns, adjectives, feasts, scents or stones: es Pilar,
Rocío, Mar, Azucena, Jazmín; it Gioia, Serena, Felice, Stella; pt Graça, Rosário, Socorro, Jasmim,
Pérola. Capitalised in the middle of a sentence (commerce chat capitalises nouns at will) the
first-name list reads them as people. `GivenNameRecognizer` asks `word_before` about a lone word
(no surname after it) and drops it when the words around it can only be a thing's:

- **A masculine article in Spanish** ("el puente del Pilar", "vamos al Rocío", "El Rocío cerramos",
  "vistas al Mar"): "el", "del", "al" before a name that is also an everyday Spanish word. Spanish
  puts no article before a woman's name ("la Pilar" is colloquial and is left alone), and a man's
  name that is no everyday word ("el Santi") is not asked about.
- **A devotion or a quarter before "de"/"do"/"da"/"della"** ("Terço do Rosário", "Missa do
  Socorro", "bairro da Glória", "lo stadio della Vittoria", "el centro de Salud"):
  `DEVOTION_HEADS`, `QUARTER_HEADS`. A feast ("fiesta", "festa") or a house, bar, parcel or bag is
  not among them: "la festa da Graça", "a casa da Dores", "il pacco della Vittoria" are hers.
- **A scent or a stone after the goods it is in** ("sabonete de Jasmim", "vela de Azucena", "colar
  de Pérola", "Vela aroma Jasmim", "bagnoschiuma Gelsomina"): only names in `SCENT_NAMES`, after a
  goods noun (`GOODS_HOLDERS`), with "de"/"di"/"al"/"alla" or nothing between; a person's goods
  take "da"/"do" in Portuguese and a name that is no scent ("la vela de Rosa") stays.
- **An indefinite article** ("una vera Gioia", "È stata una Gioia", "uma Glória esse bolo", "Per me
  una Stella"): "una"/"uma"/"un" (with "vera", "verdadera", "verdadeira" between or not) before a
  name that is an everyday word of the language. "una Giulia ha chiamato" keeps its person:
  "Giulia" is no word.
- **The electricity bill** ("la factura de la Luz", "el recibo de la Luz", "a conta da Luz").
- **Portuguese "de graça"** (free of charge) capitalised ("O frete é de Graça acima de 100"), read
  as the lower-case rule reads it (`FREE_OF_CHARGE_BEFORE`, `FREE_OF_CHARGE_AFTER`).
- **A wish or a blessing** ("Serena giornata", "e Felice compleanno", "una Serena serata", "Graça e
  paz, irmão"): Italian "Serena", "Felice" before a lower-case word of a greeting (`GREETING_NOUNS`),
  Portuguese "Graça" before a lower-case "e paz".

Each list was written by hand for `bench.nopii_tune31` from general knowledge of the three
languages, never from a held-out set.
"""

from __future__ import annotations

import re

from recognizers import lower_pairs
from recognizers import name_words as w

_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")

# Goods whose "de"/"di" names what they are made of, taste or smell of, or give off ("la crema de sol
# factor 50", "velas de luz cálida", "sabonete de Jasmim"): shared with the lower-case rule of
# `GivenNameRecognizer._everyday_phrase`. Any other noun may be a person's ("a bolsa da rosa pereira").
GOODS_HOLDERS = frozenset(
    """crema creme crème sal sale sais velas vela candela candele bougie jabón jabones sabonete
    sabonetes sapone saponi aceite azeite olio óleo aceites agua água acqua té chá tè tisana
    infusión infusão infuso perfume perfumes profumo colonia colônia essenza esencia essência aroma
    aromas sabor sabores sapore gusto helado helados sorvete gelato tarta torta bolo pastel doce
    dulce miel mel miele mermelada geleia marmellata tecido tela tessuto collar colar collana
    pendientes brincos orecchini anillo anel anello estampado estampa stampa ramo buquê bouquet
    mazzo corona luz luce luzes luces""".split()
)
# More goods that hold a scent or a stone, for `SCENT_NAMES` only (capitalised: "Hidratante de
# Jasmim", "Diffusore Gelsomina", "Brinco de Pérola")
_SCENT_HOLDERS = GOODS_HOLDERS | frozenset(
    """hidratante hidratantes difusor difusores diffusore diffusori ambientador ambientadores cheiro
    banho baño bagno olor odore fragranza fragancia fragrância bagnoschiuma bagnodoccia docciaschiuma gel loción
    loção lozione sabão sabão body splash brinco brincos anillos aneis anéis pulseira pulsera
    bracciale pendiente orecchino esencias essências essenze incenso incienso profumata profumato
    perfumada perfumado""".split()
)
# First names that are flowers, scents and stones, without accents ("Jazmín" → "jazmin")
SCENT_NAMES = frozenset(
    """jazmin jasmim azucena acucena gelsomina perola perla ambar ambra magnolia camelia gardenia
    orquidea orchidea lavanda violeta""".split()
)
# Devotions and their objects, whose "de"/"do"/"della" names a Virgin, a saint's title or a feast
# ("Terço do Rosário", "Missa do Socorro", "procesión de la Soledad"); not "fiesta"/"festa"/"día",
# which a person has too ("la festa da Graça" is her party)
DEVOTION_HEADS = frozenset(
    """misa missa messa novena novenas procesión procesion procissão procissao processione terço
    terco reza rezo romería romeria romaria hermandad cofradía irmandade confraria confraternita
    santuario santuário ermita capilla capela cappella parroquia paróquia parrocchia basílica
    basilica""".split()
)
# Quarters, stations and public buildings named after a word that is also a first name ("bairro da
# Glória", "estação da Luz", "lo stadio della Vittoria", "el centro de Salud"); not a house, shop or bar
QUARTER_HEADS = frozenset(
    """barrio bairro quartiere rione estación estacion estação estacao stazione metro metrô
    estadio estádio stadio centro playa praia spiaggia puerto porto""".split()
)
# Bills that "de la Luz", "da luz", "della luce" name the electricity of ("la factura de la Luz")
_BILL_HEADS = frozenset("factura facturas recibo recibos conta contas fattura bolletta bollette".split())
_LIGHT = frozenset({"luz", "luce"})
_OF = frozenset("de del do da di della dello dos das dei delle".split())
_OF_ARTICLES = frozenset("la a las as".split())  # "de la Luz", "de a …" never: Portuguese contracts
_SCENT_OF = frozenset("de di al alla allo".split())  # "sabonete de Jasmim", "sapone alla Gelsomina"
_SPANISH_MASCULINE = frozenset({"el", "del", "al"})
_INDEFINITE = frozenset({"una", "uma", "un", "uno", "um"})
_TRUE = frozenset({"vera", "verdadera", "verdadeira", "autentica", "auténtica", "autêntica", "pura"})
# Verbs and services before the Portuguese "de graça" (free of charge: "o frete é de graça acima de
# 100", "entrega de graça acima de 100?"), and the words that follow it in shop talk; a person there
# is "da Graça", capitalised, or followed by a surname
FREE_OF_CHARGE_BEFORE = frozenset(
    """é são sai saem fica ficam vem vêm foi era seria frete entrega envio amostra brinde troca
    devolução instalação montagem""".split()
)
FREE_OF_CHARGE_AFTER = frozenset("acima abaixo até para pra pro no na nos nas em com se e ou mesmo também".split())
_WISHES = frozenset({"serena", "felice"})
_GRACE_AND_PEACE = re.compile(r"[ \t\u00a0]+e[ \t\u00a0]+paz(?![^\W\d_])")  # lower case: "Graça e Paz" may be two women
GREETING_NOUNS = frozenset(
    """giornata serata notte domenica settimana anno compleanno pasqua natale festa feste estate
    vacanza vacanze weekend onomastico anniversario""".split()
)


# Spanish sweets and dishes named after the town they come from ("tarta de Santiago", "yemas de
# Ávila", "alfajores de Medina Sidonia", "sobaos de Selaya"): after one of them, lower case, and "de",
# a listed town that is also a first name is the dish's town. Not "regalo", "foto", "pedido", "caja":
# those are someone's ("el regalo de Santiago"); a person's cake is "para" her, or "la tarta de la Ana".
DISH_HEADS = frozenset(
    """tarta tartas torta tortas pastel pasteles yemas alfajores turrón turrones mantecados
    polvorones rosquillas sobaos quesada quesadas bizcocho bizcochos ensaimada ensaimadas
    empanada empanadas pimentón""".split()
)


def dish_town(language: str, text: str, start: int, *, town: bool) -> bool:
    """True when the lone name at `start`, a listed town (`town`), follows a lower-case Spanish dish
    noun (`DISH_HEADS`) and "de": "una tarta de Santiago y dos flanes", "las yemas de Ávila"."""
    if language != "es" or not town:
        return False
    before = _before(text, start)
    if before is None or before[0] != "de":
        return False
    head = _before(text, before[1])
    return head is not None and head[0] in DISH_HEADS and text[head[1]].islower()


# Spanish men's names ending in "-a", which a colloquial masculine article may stand before ("el
# Borja", "al Luca"), so `feminine_after_masculine` leaves them alone.
_MEN_IN_A = frozenset("borja luca andrea nicola mattia elia joshua josema chema bautista garcilaso".split())


def feminine_after_masculine(language: str, text: str, start: int, folded: str) -> bool:
    """True when a Spanish name of a woman's shape (ending in "-a", no man's name in "-a") at
    `start` follows "el", "del" or "al": Spanish never puts a masculine article before a woman, so
    the name is a model's or a product's, named after her ("espero el Octavia", "el Stella de la
    marca", "recoger el Giulietta"). A capitalised word before the article keeps the run's name
    ("María del Carmen", "Ana del Vera"): the article is then inside a person's name."""
    if language != "es" or not folded.endswith("a") or folded in _MEN_IN_A:
        return False
    before = _before(text, start)
    if before is None or before[0] not in _SPANISH_MASCULINE:
        return False
    if text[before[1]].isupper() and not _opens(text, before[1]):
        return False
    earlier = _before(text, before[1])
    return earlier is None or not text[earlier[1]].isupper()


def _opens(text: str, at: int) -> bool:
    """True when `at` opens the text or follows a sentence's end, an opening mark or a quote."""
    rest = text[:at].rstrip(" \t\u00a0")
    return not rest or rest[-1] in '.!?¿¡:;\n"«“('


# A Spanish "vosotros" present ending with its written accent: "-áis", "-éis" ("enviáis", "tenéis");
# not "-ís" ("repartís"), which surnames end with too ("Solís", "Villacís")
_VOSOTROS_PRESENT = re.compile(r"[áé]is\Z")


def vosotros_verb(language: str, folded: str) -> bool:
    """True when the case-folded word `folded` is a Spanish verb of the "vosotros" present ("¿Enviáis
    Burberry a Francia?", "¿Tenéis Leffe de barril?"): a question to the shop
    opens so, capitalised, and the model or the first-name list reads the verb and the brand after it
    as a person. A person after such a verb takes the personal "a" ("¿Conocéis a Lucía?"), so a
    capitalised run the verb opens names a thing."""
    return language == "es" and len(folded) >= 5 and _VOSOTROS_PRESENT.search(folded) is not None


def _before(text: str, start: int) -> tuple[str, int] | None:
    """The word right before `start` on its line (spaces only between), case-folded, and its start."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return (match.group(1).casefold(), match.start(1)) if match else None


def _indefinite_before(text: str, start: int) -> bool:
    before = _before(text, start)
    return before is not None and before[0] in _INDEFINITE


def word_before(
    language: str, text: str, start: int, end: int, folded: str, common: frozenset[str], *, word: bool
) -> bool:
    """True when the lone capitalised first name at `start`..`end` (case-folded `folded`) reads as
    the thing it also names, in Spanish, Italian or Portuguese (see the module doc); `common` holds
    the language's everyday words, `word` says the name is one of its words rather than a name
    frequent in text ("gioia", "glória"; not "giulia": "una Giulia ha chiamato" is a person)."""
    if language not in ("es", "it", "pt"):
        return False
    before = _before(text, start)
    if before is None:
        return False
    previous, at = before
    if language == "es" and previous in _SPANISH_MASCULINE and folded in common:
        return True  # "el puente del Pilar", "vamos al Rocío", "El Rocío cerramos"
    if word and (previous in _INDEFINITE or (previous in _TRUE and _indefinite_before(text, at))):
        return True  # "una vera Gioia", "uma Glória esse bolo"
    return _word_of(language, text, end, folded, previous, at)


def _word_of(language: str, text: str, end: int, folded: str, word: str, at: int) -> bool:
    """The rules after "de"/"do"/"della" and goods nouns, `word` the word before the name at `at`."""
    if lower_pairs.bare(folded) in SCENT_NAMES and scent_holder(word):
        return True  # "Vela aroma Jasmim", "Bagnoschiuma Gelsomina"
    if word in _OF_ARTICLES:
        head = _before(text, at)
        if head is None or head[0] not in _OF:
            return False
        word, at = head
    if word not in _OF and word not in _SCENT_OF:
        return False
    head = _before(text, at)
    if head is None:
        return False
    if lower_pairs.bare(folded) in SCENT_NAMES and word in _SCENT_OF and head[0] in _SCENT_HOLDERS:
        return True  # "sabonete de Jasmim", "colar de Pérola"
    if word in _OF and (head[0] in DEVOTION_HEADS or head[0] in QUARTER_HEADS):
        return True  # "Terço do Rosário", "bairro da Glória", "centro de Salud"
    if word in _OF and folded in _LIGHT and head[0] in _BILL_HEADS:
        return True  # "la factura de la Luz", "a conta da Luz"
    if language == "pt" and folded == "graça" and word == "de" and head[0] in FREE_OF_CHARGE_BEFORE:
        after = _WORD_AFTER.match(text, end)
        return after is not None and after.group(1).casefold() in FREE_OF_CHARGE_AFTER
    return False


def wish(language: str, text: str, end: int, folded: str) -> bool:
    """True when "Serena" or "Felice" ending at `end` opens an Italian wish, a lower-case greeting
    word after it ("Serena giornata", "Felice anno nuovo", "Felice compleanno"), or "Graça" the
    Portuguese blessing "Graça e paz"."""
    if language == "pt" and folded == "graça":
        return _GRACE_AND_PEACE.match(text, end) is not None
    if language != "it" or folded not in _WISHES:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).islower() and after.group(1) in GREETING_NOUNS


def scent_holder(folded: str) -> bool:
    """A goods noun that a scent's or a stone's name may follow ("Bagnoschiuma Gelsomina", "Vela de
    Azucena"), case-folded."""
    return folded in _SCENT_HOLDERS or folded in w.PRODUCT_NOUNS
