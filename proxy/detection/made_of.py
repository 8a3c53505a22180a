"""A material or a use named after a goods noun and a linking preposition is part of the goods' name.

Shops in Romance languages name goods by a noun, a linking preposition and what the thing is made of
or for: "Friggitrice ad Aria", "Plaid di Lana", "Ferro da Stiro", "Freidora de Aire", "Manta de
Lana", "Batidora de Mano", "Fritadeira de Ar", "Máquina de Lavar Loiça", "Veste en Jean", "Plaid en
Laine", "Moulin à Café", "Sac à Dos", "Friteuse sans Huile", "Huile d'Olive"; German joins the
material with "aus" ("Decke aus Wolle"). Written with capitals, as catalogues do, the material or
use word is read as a first name ("Aria", "Lana", "Laine", "Jean", "Aire") or a place by the
first-name list and the small models. What tells the goods apart is the shape, not the word: a
capitalised noun (`head`), a linking preposition of the language (`_LINKS`), then a word of the
class of materials, substances and uses (`_STUFF`, every common one of the six languages, not the
ones a data set showed).

Fail closed: the head must not be a person's word: a listed first name given more than rarely
("Marta de Lana", "Rosa da Lino"), a title, a relative or a role ("Mamma di Aria", "Signora da
Lino", "Amiga de Lana"), or a noun said of someone (`_OF_SOMEONE`: "Foto di Aria", "Regalo de
Lana", "Pedido de Lana", "Casa de Lino"); and no person cue may stand before the run
(`ner_context.person_cue`: "ho parlato con ..."). The head must be a listed goods noun or an
everyday word of the language: an unknown capitalised word before "da"/"de" may be a surname, and
several materials are surnames too ("Lopes da Pedra", "Sousa da Madeira"). A material word with no
head before it ("ho parlato con Aria", "Lana ha chiamato") stays a name.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from recognizers import lower_pairs
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer


def _fold(word: str) -> str:
    """Case-folded, without accents ("Lã" -> "la", "Café" -> "cafe")."""
    return lower_pairs.bare(word.casefold())


def _words(text: str) -> frozenset[str]:
    return frozenset(_fold(x) for x in text.split())


# Linking prepositions between a goods noun and its material or use, per language. Not "per",
# "para", "pour", "for", "con", "com", "avec", "mit", "with": those put people after them ("Regalo
# per Aria", "Hablé con Lana").
_LINKS: dict[str, frozenset[str]] = {
    "it": _words("di da ad a in senza d'"),
    "es": _words("de en sin a"),
    "pt": _words("de em sem a à"),
    "fr": _words("en de à au aux sans d'"),
    "de": _words("aus"),
    "en": _words("of"),
}

# Materials, substances and uses that follow a goods noun and a linking preposition, in the six
# languages (folded without accents when compared).
_STUFF = _words("""
    aria lana lino seta cotone pelle cuoio legno vetro ferro acciaio ghisa alluminio rame ottone bronzo
    ceramica porcellana terracotta cristallo marmo pietra granito vapore velluto raso juta canapa paglia
    vimini bambu sughero cachemire cashmere piuma piume lattice gomma silicone plastica carta cartone
    tessuto feltro pile jeans denim camoscio merino mohair alpaca ardesia resina oro argento olio oliva
    stiro cucina bagno letto viaggio ufficio comodino scrivania tavolo tavola giardino campeggio spiaggia
    caffe te notte sera cucito sci corsa trekking montagna lavoro parete soffitto terra doccia barba trucco
    pranzo colazione tasca polso mano induzione pressione
    aire lana lino seda algodon piel cuero madera vidrio cristal hierro acero aluminio cobre laton bronce
    ceramica porcelana barro marmol piedra granito vapor terciopelo raso saten yute canamo paja mimbre
    bambu corcho cachemira plumas pluma latex goma silicona plastico papel carton tela fieltro polar
    vaquero pana ante gamuza merino oro plata aceite oliva peso
    cocina bano viaje oficina mesa noche playa camping escritorio jardin cafe te mano pared techo pie
    cama ducha trabajo vestir deporte montana lavar planchar coser cocinar afeitar secar induccion presion
    ar la linho seda algodao pele couro madeira vidro cristal ferro aco aluminio cobre latao bronze
    ceramica porcelana barro marmore pedra granito vapor veludo cetim juta palha vime bambu cortica
    caxemira penas pena latex borracha silicone plastico papel cartao tecido feltro ganga camurca inox
    ouro prata azeite oleo
    cozinha banho viagem escritorio mesa noite praia campismo jardim cafe cha mao parede teto pe cama
    duche trabalho desporto montanha lavar passar costura cabeceira loica louca inducao pressao
    air laine lin soie coton cuir bois verre cristal fer fonte acier aluminium cuivre laiton bronze
    ceramique porcelaine terre gres marbre pierre granit vapeur velours satin jute chanvre paille osier
    bambou liege cachemire plumes plume latex caoutchouc silicone plastique papier carton tissu feutre
    polaire jean denim daim inox or argent huile olive
    cafe the dos dents lunch vin eau soupe pain repasser laver coudre raclette fondue crepes gateau main
    cuisine bain voyage bureau nuit plage chevet jardin camping chaussures cheveux maquillage induction
    pression
    wolle leinen seide baumwolle leder holz glas eisen gusseisen stahl edelstahl aluminium kupfer messing
    bronze keramik porzellan ton marmor stein granit samt satin jute hanf stroh rattan bambus kork kaschmir
    daunen federn latex gummi silikon plastik kunststoff papier pappe filz
    wool linen silk cotton leather wood oak glass iron steel aluminium copper brass bronze ceramic
    porcelain clay marble stone granite velvet satin jute hemp straw wicker rattan bamboo cork cashmere
    feathers latex rubber silicone plastic paper cardboard felt fleece denim suede
""")

# Nouns said of someone, which a person's name follows after "di", "de", "à" as often as a material:
# a picture, a message, a gift, a home, a name, an order, an account, a party ("Foto di Aria", "Regalo
# de Lana", "Pedido de Lana", "Casa de Lino", "Cumpleaños de Jade").
_OF_SOMEONE = _words("""
    foto fotos photo photos picture pictures immagine immagini ritratto retrato portrait bild bilder video
    videos messaggio messaggi mensaje mensajes mensagem mensagens message messages lettera carta lettre
    brief letter nota note regalo regali cadeau cadeaux presente presentes gift gifts casa maison haus
    house home lar festa fiesta fete party compleanno cumpleanos aniversario anniversaire geburtstag
    birthday nome nombre nom name numero number ordine ordini pedido pedidos commande commandes order
    bestellung conto cuenta compte account konto profilo perfil profil profile scheda ficha fiche
    dati datos dados donnees daten indirizzo direccion endereco adresse address telefono telefone
    telephone cellulare movil celular portable email mail ricordo recuerdo lembranca souvenir
    storia historia historia histoire geschichte story libro livre libro buch book diario journal
    canzone cancion cancao chanson lied song voce voz voix stimme voice parte part lato lado cote
    tomba tumba tumulo tombe grab grave messa misa missa messe
    scuola escuela escola ecole schule school classe clase turma classe klasse class
    squadra equipo equipa equipe team gruppo grupo groupe gruppe group
""")

_POPULAR = 2  # a listed first name given more than rarely heads a person's run ("Rosa de Lana")
_PERSON_HEADS = (
    frozenset(_fold(h.rstrip(".")) for h in w.HONORIFICS if " " not in h)
    | frozenset(_fold(k) for k in w.KIN)
    | frozenset(_fold(r) for r in w.ROLES if " " not in r)
)
# Goods nouns that may open a sentence or a line as the head ("✔️ Sac à Dos", "« Veste en Jean"): a
# capitalised word there may as well be a verb ("Scrivi a Lana", "Vado da Aria", "Parlé de Lana").
_GOODS_HEADS = frozenset(_fold(g) for g in w.PRODUCT_NOUNS | ctx.GOODS_NOUNS)
_OPENING = regex.compile(r"(?:^|[.!?¿¡:;«\"“(\n])[^\p{L}\d]*$")
_BLANK = regex.compile(r"[ \t\u00a0]*")
_TOKEN = regex.compile(r"[\p{L}][\p{L}'’-]*")
_ELIDED = regex.compile(r"^([dD])['’](\p{L}.*)$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _person_head(word: str) -> bool:
    """True for a head that is a person's word: a title, relative or role, a noun said of someone, or
    a listed first name given more than rarely."""
    folded = _fold(word)
    if folded in _PERSON_HEADS or folded in _OF_SOMEONE:
        return True
    popularity = gazetteer().popularity
    return max(popularity.get(word.casefold(), 0), popularity.get(folded, 0)) >= _POPULAR


def _material_in(text: str, start: int, end: int) -> bool:
    """Whether the span holds a capitalised material or use (`_STUFF`), whole or after an elided
    "d'": the test `made_of` needs of some word at or after `start`, made first on the span alone so
    the line before it is read only for the few spans that hold one. A token the scan from the line's
    start reads across `start` ends where the scan from `start` reads it, so every word `made_of`
    tests is one this scan tests too."""
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        elided = _ELIDED.match(token)
        for word in (token, elided.group(2)) if elided is not None else (token,):
            if _capitalised(word) and _fold(word) in _STUFF:
                return True
    return False


def made_of(text: str, start: int, end: int, language: str) -> bool:
    """True when a word of the PERSON or LOCATION span `text[start:end]` is a material or a use after
    a capitalised goods noun and a linking preposition ("Friggitrice ad Aria", "Veste en Jean", "Moulin
    à Café"), the noun being no person's word, and no person cue stands before the run (module doc).
    The span may hold the noun ("Freidora de Aire") or start at the material ("Aria Ferrero": the
    maker after it belongs to the goods too)."""
    links = _LINKS.get(language)
    if links is None:
        return False
    if not _material_in(text, start, end):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    tokens: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, line_start, end):
        elided = _ELIDED.match(m.group())
        if elided is not None:  # "Huile d'Olive": the link and the material in one token
            tokens.append(("d'", m.start(), m.start() + 2))
            tokens.append((elided.group(2), m.start() + 2, m.end()))
        else:
            tokens.append((m.group(), m.start(), m.end()))
    for i in range(2, len(tokens)):
        word, w_start, _ = tokens[i]
        if w_start < start:
            continue
        link, head = tokens[i - 1][0], tokens[i - 2][0]
        if not _capitalised(word) or _fold(word) not in _STUFF:
            continue
        if not link.islower() or _fold(link.replace("’", "'")) not in links:
            continue
        if not _capitalised(head) or len(head) < 3 or _person_head(head):
            continue
        if not _BLANK.fullmatch(text, tokens[i - 2][2], tokens[i - 1][1]) or not _BLANK.fullmatch(
            text, tokens[i - 1][2], w_start
        ):
            continue  # "Olá Atendimento, a Lana …": punctuation parts the head from the link
        if _OPENING.search(text, 0, tokens[i - 2][1]) and _fold(head) not in _GOODS_HEADS:
            continue  # "Scrivi a Lana": a sentence's first word may be a verb
        if _fold(head) not in _GOODS_HEADS and head.casefold() not in gazetteer().common.get(language, frozenset()):
            continue  # "Lopes da Pedra": a head that is no word of the language may be a surname
        # a person cue before the run keeps it ("parlato con Maglia di Lana")
        return not ctx.person_cue(text, min(tokens[i - 2][1], start), end)
    return False
