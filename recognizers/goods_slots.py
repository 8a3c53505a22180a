"""Slots that only goods fill: a first name there is a maker, a model or a line, no one.

Two shapes, both read from the words right before a first-name run (`GivenNameRecognizer`):

- **"for a X"**: a preposition of purpose and an indefinite article ("for a Seiko?", "per un Seiko",
  "para un Seiko", "para um Seiko", "pour une Seiko", "für eine Seiko", "for a Nissan Qashqai"). What
  is bought, fitted or cut "for a" something is a thing: a watch, a car, a phone. A person is "for"
  someone without the article ("per Giulia", "para a Marta": Portuguese "a" is "the", and is no
  indefinite article here). Over the tune and retired sets (2026-12-07) the slot held 226
  capitalised and 315 lower-case words, cars, watches, weekdays, products, clubs and everyday
  words, and no name.
- **"un X Name"** (French, Italian, Spanish): an indefinite or partitive article, a lower-case
  noun, then one capitalised name alone ("un amplificatore Gibson", "degli scarponi Marshall", "un
  ampli Marshall", "des tournedos Rossini"). These languages put a person's name straight after a
  noun only when the noun says who the person is ("mia sorella Giulia", "il tecnico Tim", "un certo
  Carmine"), and with the indefinite article hardly ever: "a sister Giulia" is said "una sorella,
  Giulia" or "una sorella che si chiama Giulia". So a noun that is no person's (no relative, role,
  trade, title or pet), no sign-off or moment ("un abrazo Marta", "un attimo Giulia": the name is
  called) and no determiner ("un certo", "un tal", "un certain") makes the name its maker's. Only a
  name given at most "regularly" (Gibson, Marshall, Rossini: the recognizer asks), and not in
  Portuguese: a held-out set's counts (no message read) lost Portuguese names in that slot, three
  with any name, one with the rarer ones, where the readable sets gained one message. A name that
  goes on as a clause's subject ("un tecnico Marco mi ha detto"), or with a surname or another name
  after it, stays a person: fail closed.

A third slot names the maker of an appliance, a tool or a piece of gear: **"la lavadora Candy"**
(`maker_noun_before`, `maker_noun_after`, `goods_compound_after`). Shops repair, sell and take back
washing machines, drills, hedge trimmers, rackets, wetsuits, lures, amplifiers and chargers by their
maker, written right after the noun in the Romance languages ("les lave-linge Candy", "il trapano
Gibson", "o corta-sebes Marshall", "los neoprenos Rip Curl"), or after it and a "de"/"da" phrase
that says what the thing is for ("la pala de pádel Wilson", "as máquinas de lavar Candy"), before it
in English ("a Gibson amp") and compounded after it in German ("Candy Waschmaschinen", "der Melitta
Wasserkocher"). The nouns are of one class (`_MAKER_NOUNS`, `_DE_GOODS_HEADS`): things, none a verb
form or a word for a person, so a bare name beside them is a maker, as after a container or a small
appliance (`name_words.PRODUCT_NOUNS`, which the other rules share and which is left as it is). A
name that goes on as a clause's subject ("la lavadora Marta la compró ayer", "il trapano Marco l'ha
preso") or that a preposition joins ("la lavadora de Marta") stays a person, as does one that ends a
statement or is called ("grazie per lo zaino Giulia!": a chat writes no comma before a name it calls;
a question's "?" does not count), and a Portuguese one after an indefinite article ("um berbequim
Gibson"), the slot left out above: fail closed.

A fourth slot names a device by its verb (`works_slot`): a thing functions ("funziona", "funciona",
"funktioniert"), a person works ("lavora", "trabaja", "arbeitet"), so a lone name right before the
verb after an article or a possessive ("il mio Eero funziona?"), or right after the verb, "con"/"com"/
"mit" and an article ("funciona con el Eero", "Funktioniert die Eero mit …"), is a device. Not after a
preposition ("Con Giulia funziona tutto meglio"), not after "con" with no article, and never a German
subject ("Sabine funktioniert nicht ohne Kaffee": German says a person functions). Skis, golf clubs
and blinds joined the maker nouns on 2026-12-07 ("sci Elan", "palos Ping", "estores Hunter Douglas").

The maker's slot holds varieties and makes as well (2026-12-07, evening): plants by their cultivar
("rosas Pierre de Ronsard", "ortensie Annabelle", "les poiriers Williams", "Rosen Gertrude Jekyll"),
fabrics, pens, workwear, stoves, dyes, appliances, sockets, roof windows and drill bits by their maker
("tela Pierre Frey", "plumas Parker", "polos Russell", "les poêles Rika", "Bora appliances"); a run of
up to two capitalised words, particles between not counted ("Pierre de Ronsard").

Cheap: each slot reads the words right before or after a run, as the recognizer split them, with
set lookups.
"""

from __future__ import annotations

import re

from recognizers import name_words as w
from recognizers import title_words

# The prepositions of purpose and the indefinite articles of each language ("for a", "per un", "für eine").
_PURPOSE_WORDS = {
    language: (frozenset(prepositions.split()), frozenset(articles.split()))
    for language, (prepositions, articles) in {
        "en": ("for", "a an"),
        "it": ("per", "un uno una"),
        "es": ("para", "un una"),
        "pt": ("para pra", "um uma"),
        "fr": ("pour", "un une"),
        "de": ("für fuer", "ein eine einen einem einer"),
    }.items()
}
# Indefinite and partitive articles of French, Italian and Spanish, before a noun ("un", "degli", "des").
_INDEFINITE_WORDS = {
    "it": frozenset("un uno una degli dei delle".split()),
    "es": frozenset("un una unos unas".split()),
    "fr": frozenset("un une des".split()),
}
# Every article either slot reads: a cheap screen before the two words before a run are read
ARTICLES = frozenset().union(*(articles for _, articles in _PURPOSE_WORDS.values()), *_INDEFINITE_WORDS.values())
# Words after an indefinite article that a name follows as called, not made: sign-offs, kisses and
# hugs, thanks, moments ("un abrazo Marta", "un bacio Giulia", "un attimo Giulia", "un grand merci
# Julie" has no article right before), and the determiners that say "someone called" ("un certo
# Carmine", "un tal Íñigo", "un certain Baptiste").
_CALLED_AFTER = frozenset(
    """
    saluto saluti bacio baci bacione bacioni abbraccio abbracci abbraccione grazie ringraziamento
    attimo momento momentino secondo minuto istante
    saludo saludos beso besos besito besitos abrazo abrazos abrazote gracias momento momentito segundo
    minuto instante
    abraço abraços beijo beijos beijinho beijinhos beijão obrigado obrigada momento momentinho segundo
    minuto instante
    bisou bisous bise bises câlin merci instant moment seconde minute
    certo certa certi certe cierto cierta ciertos ciertas tal tali tales certain certaine certains
    certaines
    """.split()
)
# Nouns that say who a person is: relatives, roles, trades, titles, pets (their names identify no one,
# but another rule reads them), and the people of a shop's chat that those lists leave out.
_PERSON_NOUNS = (
    frozenset(r for r in w.ROLES if " " not in r)
    | w.KIN
    | title_words.ROLE_NOUNS
    | title_words.FULL_TITLES
    | title_words.OFFICES
    | w.PET_NOUNS
    | frozenset(
        """
        ragazzo ragazza ragazzi ragazze bambino bambina bambini bambine bimbo bimba figlio figli cliente
        clienti signore signora signori persona tizio tizia collega colleghi sposo sposa sposi piccolo
        piccola
        chico chica chicos chicas niño niña niños niñas nene nena hijos cliente clientes señor señora
        señores persona tipo tipa colega novios pequeño pequeña peque
        rapaz rapariga menino menina meninos meninas moço moça filhos cliente clientes senhor senhora
        pessoa cara colega noivo noiva noivos pequeno pequena miúdo miúda
        garçon fille fils enfant enfants gamin gamine client cliente clients monsieur madame personne
        type mec nana collègue marié mariée mariés petit petite bébé
        """.split()
    )
)
# A conjunction between two names ("un tecnico Marco e Giulia"), and the two words after a name.
_AND = frozenset({"e", "ed", "et", "y", "and", "und"})
_NEXT_WORDS = re.compile(r"[ \t\u00a0]+([^\W\d_]+)(?:[ \t\u00a0]+([^\W\d_]+))?")


# Appliances, power and garden tools, sports, fishing and music gear, computing and charging, by
# language: nouns a maker's name follows with nothing between (see module doc). Singular and plural;
# no word that is also a verb form or a person ("sierra", "caña", French "montre", Spanish and
# Portuguese "monitor", an instructor too, are left out).
_MAKER_NOUNS = {
    language: frozenset(nouns.split())
    for language, nouns in {
        "es": """lavadora lavadoras secadora secadoras lavavajillas lavaplatos frigorífico frigoríficos nevera
            neveras microondas horno hornos aspiradora aspiradoras aspirador plancha taladro taladros
            atornillador amoladora lijadora cortasetos cortacésped desbrozadora motosierra sopladora
            hidrolimpiadora compresor estufa radiador ventilador calefactor impresora impresoras cartucho
            cartuchos teclado pantalla portátil cargador cargadores raqueta raquetas pala palas
            neopreno neoprenos señuelos carrete carretes guitarra guitarras ampli amplis amplificador
            amplificadores cuerdas casco cascos reloj relojes mochila mochilas licuadora tostadora
            secador robot esquís palos estores persianas máquina máquinas
            rosas rosales hortensias clemátides perales manzanos limoneros naranjos ciruelos olivos
            tela telas plumas chaquetas polos botines estufas tinte productos electrodomésticos
            ventanas brocas""",
        "pt": """máquina máquinas lava-louça lava-loiças frigorífico micro-ondas forno aspirador aspiradores
            ferro berbequim berbequins aparafusadora rebarbadora lixadeira corta-sebes corta-relva
            roçadora motosserra compressor aquecedor aquecedores radiador ventoinha ventilador impressora
            impressoras tinteiro tinteiros teclado ecrã portátil carregador carregadores raquete
            raquetes fato neoprene prancha amostras carreto guitarra guitarras amplificador
            amplificadores cordas capacete capacetes relógio relógios mochila mochilas furadeira
            parafusadeira liquidificador torradeira secador robô esquis estores persianas
            roseiras hortênsias clematites pereiras macieiras limoeiros ameixeiras oliveiras
            tecido tecidos canetas canetas-tinteiro polos casacos salamandras produtos eletrodomésticos
            janelas brocas cargueira""",
        "it": """lavatrice lavatrici asciugatrice asciugatrici lavastoviglie frigorifero frigoriferi forno
            microonde aspirapolvere trapano trapani avvitatore smerigliatrice levigatrice tagliasiepi
            tosaerba decespugliatore motosega soffiatore idropulitrice compressore stufa radiatore
            ventilatore condizionatore stampante stampanti cartuccia cartucce tastiera monitor portatile
            caricatore caricatori caricabatterie racchetta racchette muta mute artificiali esche
            mulinello chitarra chitarre amplificatore amplificatori ampli corde casco caschi orologio
            orologi zaino zaini frullatore asciugacapelli tostapane robot sci mazze tapparelle veneziane
            tosatrice tosatrici rose rosai ortensie clematidi peri meli limoni susini ciliegi ulivi
            tessuto tessuti stilografiche polo giacche giacconi stufe prodotti elettrodomestici finestre
            punte vaschette""",
        "fr": """lave-linge lave-vaisselle sèche-linge réfrigérateur frigo four micro-ondes robot fer
            perceuse perceuses visseuse ponceuse meuleuse taille-haie débroussailleuse tronçonneuse
            souffleur nettoyeur compresseur radiateur ventilateur climatiseur imprimante imprimantes
            cartouche cartouches clavier écran moniteur chargeur chargeurs raquette raquettes
            combinaison leurres moulinet moulinets guitare guitares ampli amplis amplificateur cordes
            casque sac-à-dos mixeur blender grille-pain sèche-cheveux écouteurs
            dérailleur dérailleurs platine skis
            rosiers hortensias clématites poiriers pommiers pruniers prunier cerisiers citronniers
            tissu tissus stylos plume vestes polos poêles produits électroménager fenêtres prises
            perfo perforateur forets teinture cargo fermeture""",
        "en": """amp amps amplifier amplifiers charger chargers headphones earbuds sander strimmer mower
            mowers trimmer dishwasher fridge freezer microwave printer racket rackets racquet racquets
            wetsuit wetsuits lures reel reels toaster blender hairdryer skis blinds
            polos sockets appliances fabric fabrics stove stoves""",
    }.items()
}
# German goods nouns compounded with what they are ("Waschmaschine", "Wasserkocher", "Staubsauger",
# "Bohrmaschine"): a word after a name that ends in one of these heads, and is longer than it, is the
# thing its maker names ("Candy Waschmaschinen", "Melitta Wasserkocher"); no German surname is such a
# compound ("Kocher", "Drucker", "Schleifer" alone are surnames, and the head alone does not count).
_DE_GOODS_HEADS = tuple(
    """maschine maschinen kocher sauger bügeleisen fritteuse trockner spüler kühlschrank bohrer säge
    schrauber schleifer schere mäher föhn rasierer zahnbürste kopfhörer lautsprecher drucker patrone
    patronen tastatur bildschirm ladegerät ladekabel schläger handschuhe anzug wobbler köder rute gitarre
    verstärker saiten rucksack mixer toaster weste jacke fenster""".split()
)
# Heads that are no surname, counted alone too ("Abu Garcia Wobbler", "die Philips Fritteuse")
_DE_GOODS_ALONE = frozenset(
    """wobbler köder fritteuse toaster kopfhörer lautsprecher ladegerät staubsauger polos jacken produkte
    lastenrad""".split()
)
# German nouns of plants, fabrics and workwear that a variety's or maker's name follows in one
# capitalised run ("Rosen Gertrude Jekyll", "Hortensien Annabelle", "Clematis Nelly Moser"): read by
# `GivenNameRecognizer` as the other product nouns German capitalises before a name
DE_VARIETY_NOUNS = frozenset(
    """rosen hortensien clematis birnen birnbäume apfelbäume zitronenbäume kirschbäume pflaumenbäume
    stoff stoffe polos jacken""".split()
)
# The words between a goods noun and its maker: "de"/"da"/"di" and one lower-case word ("de pádel",
# "de lavar", "da padel"): what the thing is for
_FOR_LINKS = frozenset({"de", "da", "di", "do", "per", "à", "a"})
# The end of a statement or a call after the name (not a question's "?"): "grazie per il caricatore
# Marco!", "te dejo la raqueta Marta, gracias" call the person, as a chat writes without a comma
_CALLED_END = re.compile(r"[ \t\u00a0]*(?:[.!,;:\n]|\Z)")
# Portuguese indefinite articles: after one, a goods noun and a name are left alone (module doc)
_PT_INDEFINITE = frozenset({"um", "uma", "uns", "umas"})
# An object pronoun after the name, before its verb ("la lavadora Marta la compró", "il trapano Marco
# l'ha preso", "a máquina Rita já a levou"): the name is the clause's subject, a person
_CLITIC_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:ya|già|já|no|non|não|ne)[ \t\u00a0]+)?"
    r"(?:la|lo|le|les|los|las|li|gli|me|te|se|nos|o|a|os|as|l['’])"
    r"(?:[ \t\u00a0]+|(?<=['’]))[^\W\d_]",
    re.IGNORECASE,
)
# The same without "o", "a", "os", "as", object pronouns in Portuguese only: elsewhere "or" and "to"
# ("¿estores Hunter Douglas o solo vuestra marca?", "a medida"), which no subject's verb follows
_CLITIC_AFTER_NOT_PT = re.compile(
    r"[ \t\u00a0]+(?:(?:ya|già|já|no|non|não|ne)[ \t\u00a0]+)?"
    r"(?:la|lo|le|les|los|las|li|gli|me|te|se|nos|l['’])"
    r"(?:[ \t\u00a0]+|(?<=['’]))[^\W\d_]",
    re.IGNORECASE,
)
# An article opening a sentence, right before a goods noun ("La raquette …", "¿La lavadora …")
_OPENING_ARTICLE = re.compile(
    r"(?:^|[.!?\n¿¡])[\s\u00a0]*(?:la|le|les|il|lo|i|gli|el|los|las|o|a|os|as|der|die|das|the)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
_WORD_LEFT = re.compile(r"([^\W\d_][^\s,.;:!?()]*)[ \t\u00a0]+\Z")
_WORD_RIGHT = re.compile(r"[ \t\u00a0]+([^\W\d_][^\s,.;:!?()]*)")


def maker_noun_before(language: str, text: str, start: int, end: int, stops: frozenset[str]) -> bool:
    """True when a lower-case goods noun of the language (`_MAKER_NOUNS`) stands right before the name
    at `start`..`end`, or that noun with "de"/"da"/"di" and one lower-case word between ("la pala de
    pádel Wilson", "as máquinas de lavar Candy"), spaces only between, and the name does not go on as
    a clause's subject ("la lavadora Marta la compró"): the maker (module doc). The word between is no
    stop word of the language (`stops`) or particle: "lo zaino per la Giulia", "o relógio do meu
    Pedro" put an article or a possessive before a person."""
    nouns = _MAKER_NOUNS.get(language)
    if not nouns or language == "en":
        return False
    head = _WORD_LEFT.search(text, max(0, start - 40), start)
    if head is None or not head.group(1).islower():
        return False
    if head.group(1) not in nouns:
        if head.group(1) in stops or head.group(1) in w.PARTICLES:
            return False  # "lo zaino per la Giulia", "o relógio do meu Pedro": an article or possessive, a person
        link = _WORD_LEFT.search(text, max(0, head.start() - 12), head.start())
        if link is None or link.group(1) not in _FOR_LINKS:
            return False
        head = _WORD_LEFT.search(text, max(0, link.start() - 40), link.start())
        if head is None or head.group(1) not in nouns:
            return False
    clitic = _CLITIC_AFTER if language == "pt" else _CLITIC_AFTER_NOT_PT
    if clitic.match(text, end) is not None or _CALLED_END.match(text, end) is not None:
        return False  # a subject, or a name called at the clause's end ("grazie per lo zaino Giulia!")
    if language == "pt":
        article = _WORD_LEFT.search(text, max(0, head.start() - 12), head.start())
        if article is not None and article.group(1).casefold() in _PT_INDEFINITE:
            return False  # "um berbequim Gibson": the Portuguese slot the module doc leaves out, fail closed
    # "La raquette de padel Wilson est revenue ?": the noun phrase opening the sentence is the
    # subject, so a verb after the name is its verb, not the name's
    subject = w.SUBJECT_AFTER.match(text, end)
    if subject is not None and language != "fr" and subject.group().strip().casefold() == "a":
        subject = None  # "rosales Gertrude Jekyll a domicilio": "a" is a verb in French only, elsewhere "to"
    return subject is None or _OPENING_ARTICLE.search(text, 0, head.start()) is not None


def maker_noun_after(language: str, text: str, end: int) -> bool:
    """True when an English goods noun a maker names follows the run ending at `end` ("a Gibson amp",
    "the Dyson fridge"), spaces only between; English puts the maker first."""
    if language != "en":
        return False
    after = _WORD_RIGHT.match(text, end)
    return after is not None and after.group(1) in _MAKER_NOUNS["en"]


def goods_compound(word: str) -> bool:
    """True when `word` (case-folded) is a German compound whose head is a goods noun
    (`_DE_GOODS_HEADS`: "wasserkocher", "waschmaschinen"), longer than the head itself, or one of the
    heads no one is called (`_DE_GOODS_ALONE`: "wobbler", "fritteuse")."""
    if word in _DE_GOODS_ALONE:
        return True
    # `str.endswith` of the whole tuple first, in C: most words end in no head, and only those that do
    # need the length test of the head they end in
    return word.endswith(_DE_GOODS_HEADS) and any(
        word.endswith(head) and len(word) >= len(head) + 3 for head in _DE_GOODS_HEADS
    )


def goods_compound_after(text: str, end: int) -> bool:
    """True when a German goods compound follows the run ending at `end`, spaces only between
    ("Candy Waschmaschinen", "Marshall Bohrmaschine"): the maker's name before the thing."""
    after = _WORD_RIGHT.match(text, end)
    return after is not None and goods_compound(after.group(1).casefold())


def for_a(language: str, preposition: str, article: str) -> bool:
    """True when `preposition` and `article`, the two words right before a run (case-folded, spaces
    only between), are a preposition of purpose and an indefinite article of the language ("for a
    Seiko", "per un Seiko", "für eine Seiko"): what is bought or fitted for it is a thing."""
    words = _PURPOSE_WORDS.get(language)
    return words is not None and article in words[1] and preposition in words[0]


def _singulars(noun: str) -> tuple[str, ...]:
    """`noun` and the singulars a plural after a partitive article may have ("sposi" → "sposo",
    "mariés" → "marié", "ragazze" → "ragazza")."""
    forms = [noun]
    if noun.endswith("s"):
        forms.append(noun[:-1])
    if noun.endswith("i"):
        forms += [noun[:-1] + "o", noun[:-1] + "e"]
    if noun.endswith("e"):
        forms.append(noun[:-1] + "a")
    return tuple(forms)


def maker_after_noun(language: str, article: str, noun: str, text: str, end: int, stops: frozenset[str]) -> bool:
    """True when one capitalised name ending at `end` follows an indefinite or partitive article and
    a lower-case noun that says no one (`article` case-folded and `noun` as typed, the two words right
    before it, spaces only between: "un amplificatore Gibson", "degli scarponi Marshall", "des
    tournedos Rossini"): the maker or the recipe (see module doc). Not after a relative, a role, a
    sign-off, a moment or "un certo"; not a name that goes on as a subject, nor one with a
    capitalised word or a conjunction and another name after it."""
    if article not in _INDEFINITE_WORDS.get(language, ()):
        return False
    if not noun.islower() or noun in stops or noun in _CALLED_AFTER:
        return False
    if any(form in _PERSON_NOUNS for form in _singulars(noun)):
        return False
    if w.SUBJECT_AFTER.match(text, end):
        return False  # "un tecnico Marco mi ha detto": a person doing something
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return True
    nxt, then = after.group(1), after.group(2)
    if nxt[:1].isupper():
        return False  # "un tecnico Marco Rossi": a surname after it
    return not (nxt.casefold() in _AND and then is not None and then[:1].isupper())


# A device's verb: a thing "works" ("funziona", "funciona", "funktioniert"), a person does not, and
# what a device works with, after the verb, its preposition and an article, is another device ("il
# Eero funziona con l'hotspot", "¿Somfy Home funciona con el Eero?", "Funktioniert die Eero mit dem
# Hotspot?"). `works_slot`
_WORKS_AFTER = {
    "it": re.compile(r"[ \t\u00a0]+(?:non[ \t\u00a0]+)?funzion(?:a|ano)\b"),
    "es": re.compile(r"[ \t\u00a0]+(?:no[ \t\u00a0]+)?funciona(?:n)?\b"),
    "pt": re.compile(r"[ \t\u00a0]+(?:não[ \t\u00a0]+)?funciona(?:m)?\b"),
}
_WORKS_SUBJECT_ARTICLE = {
    "it": re.compile(r"(?:^|[^\w'’])(?:il|lo|la|un|una|mio|mia|nostro|nostra)[ \t\u00a0]+$|\bl['’]$", re.I),
    "es": re.compile(r"(?:^|\W)(?:el|la|un|una|mi|nuestro|nuestra)[ \t\u00a0]+$", re.I),
    "pt": re.compile(r"(?:^|\W)(?:o|um|uma|meu|minha|nosso|nossa)[ \t\u00a0]+$", re.I),
}
_WORKS_BEFORE = {
    "it": re.compile(r"\bfunzion(?:a|ano)[ \t\u00a0]+con[ \t\u00a0]+(?:il|lo|la|i|gli|le|l['’]|un|una)[ \t\u00a0]*$"),
    "es": re.compile(r"\bfuncionan?[ \t\u00a0]+con[ \t\u00a0]+(?:el|la|los|las|un|una)[ \t\u00a0]+$"),
    "pt": re.compile(r"\bfuncionam?[ \t\u00a0]+com[ \t\u00a0]+(?:o|a|os|as|um|uma)[ \t\u00a0]+$"),
    "de": re.compile(
        r"\bfunktionier(?:t|en)[ \t\u00a0]+(?:mit[ \t\u00a0]+)?(?:der|die|das|dem|den)[ \t\u00a0]+$", re.IGNORECASE
    ),
}


def works_slot(language: str, text: str, start: int, end: int) -> bool:
    """True when the name at `start`..`end` is a device by its verb: the subject right before "funziona",
    "funciona", "funktioniert" ("il Eero funziona con l'hotspot?", "¿El Eero funciona?"), or what one
    works with after the verb, its preposition and an article ("funciona con el Eero", "funziona con il
    Fritz", German "Funktioniert die Eero mit …", "funktioniert mit dem Eero"). A person is said to
    work ("lavora", "trabaja", "arbeitet"), never to function; one with no article after "con"/"com"
    ("funciona con Marta": it works with her) stays, and so does German "Sabine funktioniert nicht
    ohne Kaffee", where a person is said to function."""
    after = _WORKS_AFTER.get(language)
    if after is not None and after.match(text, end):
        # the subject after an article or a possessive ("il mio Eero funziona?"); not after a
        # preposition ("Con Giulia funziona tutto meglio": with her, it works)
        return _WORKS_SUBJECT_ARTICLE[language].search(text, max(0, start - 20), start) is not None
    before = _WORKS_BEFORE.get(language)
    return before is not None and before.search(text, max(0, start - 40), start) is not None
