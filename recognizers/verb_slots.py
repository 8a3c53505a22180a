"""Names in the slots of verbs and nouns that only a person fills, in the six languages.

A customer names people around what they do with the order and whom they dealt with, and the words
around those names are short, closed lists in every language, while the name itself is often in no
list, in lower case or an everyday word. Each language has a table of frames, the name's place
marked `{N}`:

- **before the name** (the name follows the frame): having spoken to someone ("spoke to", "ho parlato
  con", "hablé ayer con", "falei com a", "j'ai parlé avec", German "frage für"), signing, serving or
  receiving ("signed by", "la firmó", "mi ha servito", "atendeu-me a", "servie par", "bedient von"),
  an appointment ("appointment with", "cita con", "rendez-vous avec", "Termin bei"), asking after
  someone ("Pregunto por", "pergunto pela", "Ich frage für"), an order under a name ("booked under",
  "läuft auf"), someone coming to collect with the subject last ("Domani passa a ritirare X");
- **around the name**: sending someone to collect ("can i send X to collect", "posso mandare X a
  ritirare", "¿puedo mandar a X a recogerlo?", "Kann ich X zum Abholen schicken?"), asking whether
  someone works today ("is X working today?", "¿Sigue X en la tienda?"), "j'ai eu X au téléphone",
  "mit X telefoniert";
- **after the name** (the name is the clause's subject): someone telling ("X told me", "X m'a dit",
  "X me dijo", "X hat gesagt"), coming to collect ("Tomorrow X will pick it up", "X lo recoge"), staff
  at a branch ("X from your Leeds branch", "X del vostro negozio", "X da loja de Campinas", "X vom
  Lager"), a relative or role in apposition ("X, è mio cognato"; in Spanish any determiner before a
  trade or a post, "va Leidys, nuestra cuidadora", "Yordanka, la chica de la caja"), and a name half
  remembered ("el chico de la caja Millán creo que se llamaba");
- **a name to be written on a thing** in the Romance languages: a cake, a label, an engraving, a
  certificate, a shirt ("escrito Parabéns X", "etiqueta que pone X", "pone X grabado", "En el diploma
  poned X", "scritta Auguri X", "gravé X", "il y a écrit X dessus", ", nome X", "nome X nas costas");
  where a name's spelling is asked for, in capitals too ("le nom doit être écrit ANA LOK"); and who
  holds a role in a record: a landlord, an owner, a guarantor, a godparent ("el casero es X",
  "avalista X", "il padrone di casa è X", "o padrinho X", "le propriétaire est X").

A frame bounds the name on one side; the other side is read word by word: one to four words,
capitalised or lower case, stopping at a function word, a time word ("yesterday", "ieri", "ayer") or
a telephone ("on the phone", "al telefono"); a particle stays between two name words ("viola di
stefano"). Before a verb the words nearest it are kept and an everyday word opening them is dropped
("Tomorrow Alexandra will pick it up", "passa a ritirare Liberto, è mio cognato").

What is read must then pass the record slots' judge (`PersonNameRecognizer._slot_name`: no stop
word, number, shop or company word, a first word that is a name rather than an everyday word) and
this module's refusals, which matter as much as the frames: these slots are also filled by roles,
relatives, departments, carriers, brands and apps ("send the driver", "signed by the neighbour",
"spoke to customer service", "booked under my name", "ho parlato con il corriere", "Amazon told
me", "Mum will pick it up") and by weekdays ("is Saturday working").

Cost: each frame is tried only when one of its literal cue words is in the lower-cased text; a text
holding no cue word of any frame (half of them) is told so by one search of all the cues together,
grouped by first letter (`factored`), before the frames' own tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from recognizers import factored, name_forms, title_words
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places

_SP = r"[ \t\u00a0]+"
_W = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_WORD = re.compile(_W)
_CONTRACTION = re.compile(r"['’](?:s|re|ll|ve|m|d|t)$")  # "it's", "they're", "don't"
_VERY_POPULAR = 8  # a stop word this popular as a first name is still one ("sara", "mia")
_POPULAR = 3  # a capitalised first name this popular is a name though a stop word ("Will", "May")

# Words that end a name read forward or backward: when, and "on the phone".
TIME_WORDS = frozenset(
    """
    yesterday today tomorrow tonight morning afternoon evening night earlier later phone telephone
    ieri oggi domani stamattina stasera stanotte mattina pomeriggio sera prima dopo telefono
    ayer hoy mañana anoche tarde noche antes después teléfono telefono
    ontem hoje amanhã manhã tarde noite antes depois cedo telefone
    hier aujourd'hui demain matin soir tantôt téléphone tel tél
    gestern heute morgen vorhin früh abend nachher telefon handy
""".split()
)

# Courtesy words that end a name read forward in chat typed without capitals ("leaving card for wiremu
# te kani pls"): English only, none a first name.
_COURTESY = frozenset("please pls plz thx bitte danke".split())  # "zur kommunion von vitus bitte"

# What fills these slots and is no one, beside the role, relative, department and company lists:
# assistants, bots, and the nouns of whom a parcel goes to in every language.
SLOT_NOT_NAMES = frozenset(
    """
    bot chatbot chatgpt whatsapp ai ia ki assistant assistente asistente
    someone somebody anyone anybody everyone nobody qualcuno nessuno alguien nadie alguém ninguém
    quelqu'un personne jemand niemand
    reception recepción receção rezeption accueil
    support suporte soporte supporto
    lady gentleman guy man woman girl boy chap bloke fellow
    ragazza ragazzo signore signora uomo donna tizio tizia
    chica chico señor señora hombre mujer muchacho muchacha
    moça moço rapaz senhor senhora homem mulher
    dame monsieur madame fille garçon homme femme
    mann frau typ junge mädchen dame herr kollege kollegin
""".split()
)

# A determiner before a run makes it a noun phrase, not a name ("a lady from the depot", "mit dem
# Kundendienst gesprochen", "un chico de la tienda"); the articles that chat puts before first names
# ("la Giulia", "o Guga", "die Wally") are not listed.
DETERMINERS = {
    "en": frozenset("a an the this that these those some another any every each no".split()),
    "it": frozenset("un una uno questo questa quel quella quello ogni nessun".split()),
    "es": frozenset("un una unos unas este esta ese esa aquel aquella cada ningún ninguna".split()),
    "pt": frozenset("um uma uns umas este esta esse essa aquele aquela cada nenhum nenhuma".split()),
    "fr": frozenset("un une des le la les ce cet cette ces chaque aucun aucune du".split()),
    "de": frozenset("ein eine einen einem einer eines dem den des dieser diese dieses diesem jeder kein".split()),
}
# The articles chat puts before a first name, skipped after a frame ("falei com a Aurora", "ho parlato
# con la Giulia", "die Wally holt es ab"); what follows must still be a name ("con il corriere").
NAME_ARTICLES = {
    "it": frozenset("il la".split()),
    "es": frozenset("el la".split()),
    "pt": frozenset("o a".split()),
    "de": frozenset("der die".split()),
}
# A French word opened by an elided article or pronoun and going on in lower case ("l'école",
# "m'a", "qu'il"): no name's word; "d'" stays, it opens surnames ("d'amico", "D'Souza")
_ELIDED = {"fr": re.compile(r"(?:[lmtsnjc]|qu)['’][a-zà-ÿ]", re.IGNORECASE)}
_TITLES = frozenset(w.HONORIFICS)
_LONG_WEEKDAYS = tuple(sorted(day for day in w.WEEKDAYS if len(day) >= 5))  # "Samstagvormittag", "sabatomattina"
_ALL_PARTICLES = w.PARTICLES.union(*w.LANGUAGE_PARTICLES.values(), *w.LANGUAGE_CAPITAL_PARTICLES.values())
# Names of departments in one word ("Kundendienst", "Kundenservice", "Servicecenter").
_DEPARTMENT_ENDINGS = ("dienst", "service", "abteilung", "zentrale", "center", "centre", "team", "stelle")

_APPOSED_KIN = "|".join(sorted({re.escape(k) for k in w.KIN if " " not in k}, key=lambda k: (-len(k), k)))
_OWN = r"(?:my|our|mio|mia|nostro|nostra|mi|nuestro|nuestra|meu|minha|nosso|nossa|mon|ma|notre|mein|meine|unser|unsere)"
# ", è mio cognato", ", she's my neighbour", ", c'est mon voisin": a relative in apposition after a name
_KIN_AFTER = (
    r"{N}, (?:(?:è|e|é|es|est|ist|is|he's|she's|he is|she is|c'est|sono|son|são|sind) )?"
    r"(?:(?:il|la|lo|o|a|el|der|die) )?" + _OWN + r" (?:" + _APPOSED_KIN + r")"
)


# A feast in a card's or a cake's slot: "for Mother's Day", "for Valentine's", "for St Patrick's Day",
# "for Christmas Eve"; a surname "Day" after a first name stays ("Doris Day")
# A card's words open the text or a line, or follow a colon or a quote ("sur la carte : En souvenir de")
_CARD = r"(?:^|(?<=\n)|(?<=[:«\"“]) )"
# A payer is no noun with an elided article ("L'ufficio ha già pagato", "l'assurance a versé")
_NO_ELIDED = r"(?!(?:l|d|un|dell|all|nell|sull|dall|qu)')"
_FEAST_ENDS = frozenset({"day", "eve", "night"})
_FEAST_OPENERS = frozenset(
    {"christmas", "boxing", "new", "easter", "wedding", "graduation", "hen", "stag", "bonfire", "mothering", "shrove",
     "maundy", "pancake", "remembrance"}
)  # fmt: skip
# The word right after a run: "Cake for Bonfire Night", the run "Bonfire" and its day "Night"
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
_FEAST_OWNERS = frozenset({"mother", "father", "valentine", "mothers", "fathers"})
_NEIGHBOURS = "neighbour|neighbor|vicino|vicina|vecino|vecina|vizinho|vizinha|voisin|voisine|nachbar|nachbarin"
# "il pacco l'ha preso il vicino, ramona abate", "the neighbour, Tomasz Nowak, took it in": a relative or a
# neighbour, a comma, and the name in apposition; in English the relative's possessive too, whose the goods
# are ("it was my grandad's, Segun Balogun, his initials …", "car is my dad's, sutharsan kanagaratnam")
_KIN_BEFORE = (
    r"(?:the|my|our|il|la|lo|mio|mia|el|mi|o|a|meu|minha|le|mon|ma|der|die|mein|meine) (?:mio |mia )?"
    r"(?:" + _APPOSED_KIN + "|" + _NEIGHBOURS + r")(?:'s)?, {N}"
)


_VOWELS = frozenset("AEIOUYÀÁÂÄÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜĖĘĮŲŪĄ")
_CODE_MAX = 4  # a word in capitals this short is a code ("CNPJ", "MOT") unless a longer one vouches


def _coded(run: str) -> bool:
    """Whether a run holds a code in capitals ("CNPJ", "MOT", "DPD"): a capitals word of three letters
    or fewer or with no vowel, or of four letters with no capitals word of five or more beside it. A
    shouted name is read like any other ("registered under NNEKA NWOSU", "spelled TENDAI MOYO")."""
    shouted = [word for word in run.split() if len(word) > 1 and word.isalpha() and word.isupper()]
    if any(len(word) < _CODE_MAX or not _VOWELS.intersection(word) for word in shouted):
        return True
    short = any(len(word) == _CODE_MAX for word in shouted)
    return short and not any(len(word) > _CODE_MAX for word in shouted)


def _feast_before_day(text: str, span: tuple[int, int]) -> bool:
    """A feast's opener ending the run, its day right after it ("Cake for Bonfire Night", "a card for
    Mothering Sunday"): the run stopped before the day's word, which ends a name; a feast, no one."""
    words = text[span[0] : span[1]].casefold().split()
    after = _WORD_AFTER.match(text, span[1])
    if not words or words[-1] not in _FEAST_OPENERS or after is None:
        return False
    day = after.group(1).casefold()
    return day in _FEAST_ENDS or day in w.WEEKDAYS


class Frame(NamedTuple):
    """A frame: literal cue words (any one in the lower-cased text lets the regex run) and its
    pattern, the name's place marked `{N}`. `capitals`: a name of two words or more in capitals is
    read too, where a name is spelt out as on a passport ("o nome tem que sair ANA LOK"); elsewhere
    a run in capitals is refused when it looks like a code (`_coded`)."""

    cues: tuple[str, ...]
    pattern: str
    capitals: bool = False


_KIN_CUES = ("my ", "our ", "mio ", "mia ", "mi ", "nuestr", "meu ", "minha ", "noss", "mon ", "ma ", "notre ",
             "mein", "unser")  # fmt: skip

# Participles of what a person does with an order in German, for the inverted "hat X ... abgeholt"
_DE_DEEDS = tuple(
    """
    abgeholt eingeworfen abgegeben bezahlt überwiesen unterschrieben vorbeigebracht mitgenommen zurückgebracht
    angenommen reserviert storniert
""".split()
)
# ... and of what the writer did to or for a person ("ich hab X die Schlüssel gegeben")
_DE_GIVEN = tuple("gegeben mitgegeben geschickt gebeten erzählt".split())
# The bookings and orders a name is under ("Tisch … auf X"), the imperatives that tell or take a person
# ("Sagt X bitte"), and the verbs that put a name on goods ("X auf den Pokal gravieren")
_DE_BOOKINGS = tuple(
    "tisch reservierung reserviert bestellung bestellt buchung gebucht auftrag rechnung nummer nr".split()
)
# The slips and records a shop writes a customer's name on, the heads of German compounds as well
# ("Abholschein", "Reinigungszettel", "Kassenbon", "Kundenkarte", "Friseurtermin"): "Abholschein auf
# Leupold", "Reinigungszettel 4417 auf Balogh"; the word read whole, its ending then looked back at
_DE_RECORD_HEADS = tuple(
    "schein zettel beleg quittung bon ticket karte termin vertrag konto anmeldung abo auftrag".split()
)
_DE_RECORD = r"\w++(?:" + "|".join(f"(?<={head})" for head in _DE_RECORD_HEADS) + ")"
# What is done to goods or a booking under a name, after it: "bitte auf Fischle zurücklegen", "könnt
# ihr die Bestellung auf Franziska Lange laufen lassen", "auf Okafor umschreiben"
_DE_PUT_UNDER = (
    "zurücklegen zurückgelegt zurücklegt reservieren reserviert buchen gebucht umbuchen umgebucht "
    "umschreiben umgeschrieben ausstellen ausgestellt eintragen eingetragen anmelden angemeldet "
    "laufen legen hinterlegen hinterlegt"
).split()
# Where a shop looks a booking or a payment up by a name, after "unter X": "könnt ihr unter Nissen
# schauen?", "bitte unter Roth nachsehen"
_DE_LOOK_UP = tuple("schauen nachschauen gucken nachgucken sehen nachsehen suchen finden".split())
# The slips, records and labels a name is read off ("auf dem Beleg steht Kretzschmar", "auf der Quittung
# steht Roth"): the record heads and a bill's, a label's and a sign's nouns
_DE_SAYING = _DE_RECORD_HEADS + ("rechnung", "etikett", "schild")
_DE_SAYING_RECORD = r"\w++(?:" + "|".join(f"(?<={head})" for head in _DE_SAYING) + ")"
# a booking's name is read whole: no capitalised word after it, alone or after particles
_DE_NO_CAPITAL_NEXT = r"(?!\s+(?:(?:van|von|vom|de|der|den|zu|zur|ten|ter)\s+)*(?-i:[A-ZÄÖÜ]))"
# The places staff work at, whose name a customer gives with theirs ("X vom Lager", "X aus dem Studio")
_DE_WORKPLACES = tuple(
    """
    filiale laden lager geschäft kundenservice kasse shop studio salon praxis büro werkstatt empfang
    rezeption team
""".split()
)
# The days of a person's life a family orders cakes, sweets, flowers and cards for
_DE_OCCASIONS = tuple(
    """
    geburtstag kommunion erstkommunion taufe hochzeit konfirmation firmung einschulung jubiläum abschied
    verabschiedung jugendweihe
""".split()
)
_DE_IMPERATIVES = tuple("sagt sag fragt frag nehmt nimm erinnert erinner ruft ruf schreibt schreib".split())
_DE_MARKINGS = tuple(
    "gravieren eingravieren sticken aufsticken besticken drucken aufdrucken bedrucken flocken beflocken lasern prägen"
    " schreiben".split()
)
# A Spanish dative clitic, alone before its verb ("le", "les", "se lo") or glued to an imperative
# ("dadle", "decidle", "mándaselo", "pásale", "dale"): the "a" that doubles it later in the clause
# introduces the one something is given, passed or sent to, a person or a company; the judge and
# `_refused` keep out the companies, departments, places and everyday words ("le escribí a Atención al
# Cliente", "se lo mandé a Correos")
_DATIVE = (
    r"(?:les?|se (?:lo|la|los|las)|d[ai]les?"
    # the word read whole once (possessive), its ending then looked back at: no backtracking per letter
    r"|\w++(?:(?<=dle)|(?<=dles)|(?<=selo)|(?<=sela)|(?<=selos)|(?<=selas))"
    r"|(?=\w*[áéíóú])\w++(?:(?<=[ae]le)|(?<=[ae]les)))"
)
_DATIVE_CUES = ("le ", "les ", "se lo", "se la", "dle", "selo", "sela")
# Verbs whose object is a person, marked by the personal "a": calling, enrolling, warning, greeting,
# inviting, contacting, attending ("Llamé a X", "Apuntad a X", "que llame a X cuando llegue"), in the
# forms a chat uses (present, preterite, imperative, infinitive, future, subjunctive)
_PERSON_VERB = (
    r"(?:llam|apunt|avis|salud|felicit|invit|contact|atiend|atend)"
    r"(?:a|o|e|é|ó|ad|ar|as|ás|áis|éis|amos|emos|an|en|aron|aste|asteis|aré|ará|arás|aremos|arán|aría)"
)
_PERSON_VERB_CUES = ("llam", "apunt", "avis", "salud", "felicit", "invit", "contact", "atiend", "atend")
# Standing in for someone at work or in a class takes a person too ("sustituyo a X en la clase del
# martes", "reemplazó a X"), and so does covering someone's shift ("hoy cubro el turno de X")
_STAND_IN = (
    r"(?:sustitu(?:yo|yes|ye|yen|ya|yáis|ir|í|iste|imos|isteis|yó|yeron|iré|irá|id)|"
    r"reemplaz(?:o|as|a|an|ar|ad|é|ó|aron|aré|ará))"
)
_STAND_IN_CUES = ("sustitu", "reemplaz")
_SHIFT = r"(?:cubro|cubres|cubre|cubrimos|cubren|cubrir|cubrí|cubrió|cubriré|cubrirá|cubrid) el turno de"
# After the personal "a" a capitalised name only, as after `name_words.ADDRESSED_CUES`: in lower case
# a role or a shop follows as often ("felicitar a maite de la pescadería" is read by `name_forms`)
_ES_CAPITAL = r"(?=(?-i:[A-ZÀ-Þ]))"
# Whose party or birthday it is: "la cumpleañera Arisleyda", "al homenajeado Prudencio"
_ES_GUEST = r"(?:el|la|al|del|mi|su|nuestro|nuestra) (?:cumpleañer[oa]|homenajead[oa]|festejad[oa])"
# A post in apposition after a name: a determiner, a trade, a service role or a shop's staff, then the
# clause's end or where the post is held ("Millán, el jardinero", "Yordanka, la chica de la caja")
_ES_POSTS = sorted(
    title_words.SERVICE_ROLES
    | frozenset(
        """
        fontanero fontanera electricista albañil limpiadora limpiador jardinero jardinera pintor pintora
        carpintero carpintera cerrajero cerrajera instalador instaladora repartidor repartidora niñera
        chófer chofer mensajero mensajera portero portera conserje cartero asistenta cajero cajera
        dependiente dependienta encargado encargada contable gerente recepcionista técnico técnica
        secretaria vecino vecina chico chica
        """.split()
    ),
    key=lambda post: (-len(post), post),  # longest first, then by letter: a set's order varies by process
)
_ES_POSTED = (
    r"(?:el|la|nuestro|nuestra|vuestro|vuestra|mi|su) (?:" + "|".join(map(re.escape, _ES_POSTS)) + r")"
    r"(?:[,.;!?)]|$| (?:de|del)(?= ))"
)


# The same post in apposition in Italian, French and German: a determiner or a possessive, then a
# trade, a carer or a shop's or a club's post that only a person holds ("vi apre il cancello Habte il
# giardiniere", "Iresha, la nostra dog sitter", "X le trésorier du club", "Davor, unser Gärtner, macht
# auf"). German capitalises every noun, so there the comma must stand before the determiner ("Montag der
# Gärtner" is a day); Italian and French may leave it out. No word that also names a thing, a shop or a
# screen ("moniteur", "tata", "coach").
def _phrase(words: str) -> str:
    """A post of one or more words as a frame's literal: its spaces stay spaces, which `_compile` makes
    any run of blanks (`re.escape` would escape them out of its reach)."""
    return " ".join(map(re.escape, words.split()))


_IT_POSTS = sorted(
    frozenset(
        """
        giardiniere giardiniera idraulico elettricista imbianchino muratore falegname fabbro badante
        babysitter portinaio portinaia postino postina cassiere cassiera commesso commessa segretaria
        tesoriere tesoriera allenatore allenatrice istruttore istruttrice
        """.split()
    )
    | {"dog sitter", "baby sitter", "dogsitter", "signora delle pulizie", "donna delle pulizie"},
    key=lambda post: (-len(post), post),
)
_FR_POSTS = sorted(
    frozenset(
        """
        jardinier jardinière plombier plombière électricien électricienne nounou baby-sitter babysitter
        gardien gardienne concierge trésorier trésorière caissier caissière secrétaire entraîneur
        entraîneuse peintre maçon serrurier serrurière
        """.split()
    )
    | {"femme de ménage", "dog-sitter", "dog sitter"},
    key=lambda post: (-len(post), post),
)
_DE_POSTS = sorted(
    frozenset(
        """
        gärtner gärtnerin putzfrau putzhilfe babysitter babysitterin hausmeister hausmeisterin
        klempner klempnerin elektriker elektrikerin maler malerin schreiner schreinerin tischler
        tischlerin kassierer kassiererin kassenwart kassenwartin hundesitter trainer trainerin
        """.split()
    ),
    key=lambda post: (-len(post), post),
)
_IT_POSTED = (
    r"{N},? (?:il |la |lo )?(?:il|la|lo|nostro|nostra|mio|mia|vostro|vostra) (?:"
    + "|".join(map(_phrase, _IT_POSTS))
    + r")"
)
_FR_POSTED = r"{N},? (?:le|la|notre|mon|ma|votre) (?:" + "|".join(map(_phrase, _FR_POSTS)) + r")"
_DE_POSTED = r"{N}, (?:unser|unsere|mein|meine|euer|eure|der|die) (?:" + "|".join(map(_phrase, _DE_POSTS)) + r")"


# Whom a card or a gift is for, before whom it is from, a relative ("per Li Na da parte di zia Oriana",
# "für Sơn von Tante Derya", "pour yuba de la part de tata dihya"): the receiver between the two.
_FROM_KIN = "|".join(
    sorted({re.escape(k) for k in w.KIN if " " not in k} | {"tata", "tatie", "tonton", "mamie", "papi"})
)
_IT_FOR_FROM = r"per {N} da parte (?:di|della|del|dello) (?:(?:mia|mio|tua|tuo|sua|suo) )?(?:" + _FROM_KIN + r")\b"
_FR_FOR_FROM = r"pour {N} de la part (?:de|du|d') (?:(?:ma|mon|ta|ton|sa|son) )?(?:" + _FROM_KIN + r")\b"
_DE_FOR_FROM = r"für {N} von (?:(?:deiner|deinem|meiner|meinem|eurer|eurem) )?(?:" + _FROM_KIN + r")\b"


# What a person does with an order, in the participle of the compound past ("lo ha recogido X")
_ES_DEEDS = r"(?:recogido|firmado|recibido|traído|traido|hecho|pedido|pagado|dejado|devuelto|comprado)"


# English record and service roles that only a person fills, named after "is", "was" or a colon ("Account
# holder is X", "the referee was X"); the apposed ones also right before the name ("candidate X").
_APPOSED_ROLE_LIST = (
    "account holder", "card holder", "cardholder", "policy holder", "policyholder", "key holder", "keyholder",
    "bill payer", "lead passenger", "lead booker", "named driver", "candidate", "applicant", "tenant", "landlord",
    "landlady", "guarantor", "godparents", "godparent", "godmother", "godfather", "next of kin",
    "facilities manager", "office manager", "site manager", "practice manager", "project manager", "account manager",
)  # fmt: skip
_RECORD_ROLE_LIST = (
    *_APPOSED_ROLE_LIST, "holder", "contact", "contact person", "emergency contact", "owner", "previous owner",
    "registered owner", "buyer", "buyers", "seller", "sellers", "purchaser", "executor", "beneficiary", "signatory",
    "referee", "umpire", "artist", "tattooist", "barber", "stylist", "hairdresser", "tutor", "instructor",
    "therapist", "physio", "midwife", "celebrant", "officiant", "best man", "bridesmaid", "maid of honour",
    "organiser", "organizer", "recipient", "addressee", "payee",
)  # fmt: skip
# The verbs of a clause the role opens ("the site manager said no"): no name follows then.
_CLAUSE_VERBS = r"(?:said|says|is|was|will|has|had|can|could|would|should|did|does|told|asked|wants|needs)"
_RECORD_ROLES = "|".join(sorted(_RECORD_ROLE_LIST, key=len, reverse=True))
_APPOSED_ROLES = "|".join(sorted(_APPOSED_ROLE_LIST, key=len, reverse=True))
_RECORD_ROLE_CUES = tuple(sorted({role.split()[-1] for role in _RECORD_ROLE_LIST}))
_APPOSED_ROLE_CUES = tuple(sorted({role.split()[-1] for role in _APPOSED_ROLE_LIST}))


FRAMES: dict[str, tuple[Frame, ...]] = {
    "en": (
        Frame(
            ("spoke", "spoken", "speaking", "talked", "talking", "chatted"),
            r"(?:spoke|spoken|speaking|talked|talking|chatted|chatting) (?:(?:yesterday|today|earlier) )?(?:to|"
            r"with) {N}",
        ),
        Frame(("signed",), r"signed (?:for )?by {N}"),
        Frame(("served", "helped", "seen by", "attended"), r"(?:served|helped|seen|attended) by {N}"),
        Frame(
            ("appointment", "appt", "session", "fitting", "consultation"),
            r"(?:appointment|appt|session|fitting|consultation) (?:\w+ )?with {N}",
        ),
        Frame(
            ("book",),
            r"book(?:ed|ing)? (?:(?:me|us|him|her) )?(?:in )?(?:for )?(?:a|an|another|my|"
            r"the)(?: \w+){1,3} with {N}",
        ),
        # an order, a table, a room or a ticket under a name, also after its time: "Table for 6 at 8 under
        # Zvobgo", "room is under Takudzwa Mutasa", "ticket 4471 is under Ramdial"; where to look it up or
        # collect it: "can you check under bangura", "tickets to collect at the box office under pillay ashika"
        Frame(
            ("under",),
            r"(?:booked|booking|reserved|reservation|order|ordered|put (?:it|them|this|that)|it's|"
            r"its|it is|registered|table|room|(?:table|room|booking|ticket|order|reservation|appointment|slot|"
            r"it|everything|all|\d{1,5}) (?:is|was|are|were)|at \d{1,2}(?:[:.]\d\d)?(?:am|pm)?|"
            r"(?:check|checking|look|looking|search|collect|collecting|pick (?:it|them) up)(?: (?:it|them|this|that))?"
            r"(?: (?:at|from) the(?: \w+){1,2})?) under "
            r"(?:the name (?:of )?|name |(?:my|her|his|our|their) (?:maiden |married )?name )?{N}",
        ),
        # a name noun in apposition, no colon needed: "surname Urquhart", "my maiden name Senanayake but …",
        # "last name is Okafor"; and a pick-up's or booking's name: "Name for the collection: Warsame."
        Frame(
            ("surname", "maiden name", "married name", "last name", "family name"),
            r"(?:surname|maiden name|married name|last name|family name)(?: on (?:it|the \w+|my \w+|his \w+|"
            r"her \w+))?(?: is| was|:)? {N}",
        ),
        # the name a booking or record holds a person under, after "as": "booked in as Devlin", "her name
        # is on the receipt as Leung", "registered as Okafor at the vet" ("booked in as a guest",
        # "registered as disabled" are refused as a determiner's phrase and an everyday word)
        Frame(
            (" as ",),
            r"(?:(?:booked|registered|listed|down|entered|saved|reserved|signed up|checked in)(?: (?:in|it|"
            r"me|us|him|her|them|it in|them in))?|(?:receipt|booking|invoice|ticket|system|account|reservation|"
            r"order|list|form|register|records)) as {N}",
        ),
        # changing the name a booking or an order is under: "please change the name to Siu-Ming Ng",
        # "can you change the name on the reservation to ihaia ngata"
        Frame(
            ("the name",),
            r"(?:change|changed|changing|update|updated|updating|switch|put) the name (?:on (?:the|my|our|it|"
            r"this)(?: \w+)? )?to {N}",
        ),
        # whose a thing is on a record: "the lost scarf belongs to Mele Tapueluelu", "the dog is registered
        # to Sione Kata" ("belongs to the shop", "registered to vote" are refused as a noun phrase and a word)
        Frame(
            ("belong", "registered to"),
            r"(?:belongs|belonged|belonging|registered) to {N}",
        ),
        # a person added to a group or a booking: "please add Fakatava to the group booking", "could
        # J. Vea be added to the tutoring group?"
        Frame(
            ("add",),
            r"(?:add|added|adding) {N} to (?:the|our|my|your|this) (?:\w+ )?(?:group|booking|list|party|reservation|"
            r"table|class|team|rota|chat|register|guest list|invite list)",
        ),
        Frame(
            ("be added",),
            r"{N} be added to (?:the|our|my|your|this) (?:\w+ )?(?:group|booking|list|party|reservation|table|class|"
            r"team|rota|chat|register)",
        ),
        Frame(
            ("name for",),
            r"name for (?:the|this|my|your|our) (?:collection|order|booking|reservation|pickup|pick-up|table|"
            r"delivery|parcel|cake|card)(?: is| will be|:)? {N}",
        ),
        Frame(("ask",), r"ask(?:ing|ed)? for {N}"),
        # a name the order goes by, ending a clause or the message: "2 lamb curry, 1 dal, name Butkus",
        # "name on the envelope polglase kitto", "name inside says kiri te kani"
        Frame(
            ("name",),
            r"(?:^|(?<=[,;:\n]))\s?name(?: (?:on|in|inside) (?:the|it|them|his|her|my)(?: \w+)?| inside)?"
            r"(?: (?:says|said|reads|is|should say|should be|will be))?:? {N}(?=\s?(?:[,.;!?\n]|$))",
        ),
        Frame(
            ("send", "sent"),
            r"(?:send|sending|sent) {N} (?:(?:round|over|in|along|down) )?to (?:collect|pick|"
            r"get|fetch|sign)",
        ),
        # asking whether someone can take the writer or do a slot: "could X fit me in tomorrow?", "can X do
        # the 10am instead", "could X be added to the group?"
        Frame(
            ("fit me in", "fit us in", "fit him in", "fit her in", "fit them in", "be added", "do the", "do my"),
            r"(?:can|could|would|will) {N} (?:fit (?:me|us|him|her|them) in|be added|do (?:the|my|our|his|her))",
        ),
        Frame(
            ("working", "in today", "on today", "on shift", "around today", "in tomorrow"),
            r"(?:is|will|does|was) {N} (?:be )?(?:working|(?:in|on|around|there|available) (?:today|tomorrow|"
            r"tonight)|on shift)",
        ),
        Frame(
            ("pick", "collect", "sign for"),
            r"{N} (?:will|'ll|can|could|is going to|is coming to|will come to|is|would) "
            r"(?:pick (?:(?:it|them|this|that|the \w+) )?up|picking|collect|collecting|come and collect|sign for|"
            r"signing for)",
        ),
        Frame(
            ("pick", "collect", "sign for"),
            r"(?:can|could|will|would|may|might|did|has|have) {N} (?:(?:already|just|still|ever|not|now) )?"
            r"(?:pick(?:ed)? (?:(?:it|them|this|that|the \w+) )?up|collect(?:ed)?|come and collect|sign(?:ed)? for)",
        ),
        Frame(
            ("told", "said", "mentioned", "promised", "called me", "rang me", "messaged me", "served me", "helped me"),
            r"{N} (?:told (?:me|us)|said (?:to|that|it|it'd|it'll|it's|it was|it would|i|i'd|you|we|we'd|they|"
            r"they'd|he|he'd|he'll|he's|she|she'd|she'll|she's|on the phone|yes|no|between|around)|mentioned|promised|"
            r"called me|"
            r"rang me|"
            r"messaged me|texted me|emailed me|served me|helped me)",
        ),
        Frame(
            ("from your", "at your", "from the", "at the"),
            r"{N} (?:from|at|in) (?:your|the) (?:\w+ ){0,2}(?:branch|store|shop|office|warehouse|depot|counter|desk|"
            r"till|showroom|outlet|salon|gym|garage|surgery|clinic|pharmacy|practice|reception|bakery|deli|cafe|"
            r"café|restaurant|pub|hotel|studio|workshop|nursery|school|library|club|leisure centre|sports centre|"
            r"kitchen|team|bar|yard|farm|factory|kennels|cattery|stables|vets|opticians|florist|butchers|"
            r"garden centre)",
        ),
        # staff named by their department, no article before it, as whom something goes to or is told:
        # "deliver to X in accounts", "Tell X from accounts" ("Invoice from accounts attached" is no one)
        Frame(
            ("accounts", "payroll", "finance", "purchasing", "procurement", "dispatch", "despatch"),
            r"(?:to|tell|ask|with|cc|email|call|ring) {N} (?:in|from) (?:accounts|payroll|finance|purchasing|"
            r"procurement|dispatch|despatch)",
        ),
        # someone joined to the writer as a clause's subject: "Chastity and I booked", "Tom and I will
        # collect it" ("Mum and I booked" is refused as a relative, "you and I" as a function word)
        Frame(
            ("and i ",),
            r"{N} and I (?:booked|ordered|bought|reserved|paid|came|went|will|'ll|are|were|have|had|both|"
            r"would|'d|want|need|visited|stayed|signed|met)",
        ),
        # whom a parcel is left with, where they live: "leave the box with Lorelei next door"
        Frame(
            ("next door", "upstairs", "downstairs", "across the road", "opposite", "at number"),
            r"with {N} (?:next door|upstairs|downstairs|across the road|opposite|at number \d)",
        ),
        # a name written in or on lost property or goods: "it has jory polglase written inside"
        Frame(
            ("written",),
            r"(?:has|had|with|says) {N} written (?:inside|on|in|across|underneath|under|at|along)",
        ),
        # a relative's name given after its noun: "under my wife's name, Tamati Paewai-Rangihau"
        Frame(
            ("'s name", "’s name"),
            r"(?:my|our|his|her|their) (?:" + _APPOSED_KIN + r")'s name(?: is| was|:|,) {N}",
        ),
        # a relative named as a card's giver or receiver, the relative word as a title: "to Wilma from
        # auntie Kia", "love from Uncle Tomasi" (a capitalised name only)
        Frame(
            ("auntie", "aunty", "uncle", "nan ", "nana ", "nanna ", "grandma", "grandad", "grandpa", "granny"),
            r"(?:from|to|love|with|for|and) (?:auntie|aunty|uncle|nan|nana|nanna|grandma|grandad|grandpa|granny) "
            r"(?=(?-i:[A-Z])){N}",
        ),
        # a helper at home named with their post: "Cherry our cleaner finishes at 2"
        Frame(
            ("our ", "my "),
            r"{N},? (?:our|my) (?:cleaner|cleaning lady|gardener|nanny|childminder|carer|lodger|au pair|"
            r"babysitter|dog walker|housekeeper|neighbour|neighbor)(?!\w)",
        ),
        # a name signing a note with its relative in brackets: "Sorry! Lorelei (mum)"
        Frame(("(",), r"{N} \((?:" + _APPOSED_KIN + r"|mam|mummy|daddy|nan|nana)\)"),
        # a card's or gift note's words: "For Ngaire, love always, Godswill"
        Frame(
            ("love",),
            r"for {N}, (?:with )?(?:love|lots of love|all (?:my|our) love|much love|big love)",
        ),
        Frame(
            ("love",),
            r"(?:love(?: always| you always| you lots)?|all (?:my|our) love|lots of love|with love|much love|"
            r"big love), {N}(?=\s*(?:[.!]|x+(?!\w)|$))",
        ),
        # a person booked beside the writer: "seats for me and comfort ogunleye", "a table for me and
        # Jijo Jacob" ("for me and my wife" is read and refused: a determiner opens the run)
        Frame(("me and",), r"(?:for|with) me and {N}"),
        # a name to put on goods: "a cake with the name Tobiah", "can you engrave \"Tobiah\" on it"
        Frame(("the name",), r"(?:with|put|write|print) the name (?:of )?[\"“]?{N}"),
        Frame(("engrav",), r"engrav(?:e|ed|ing) [\"“]{N}[\"”]"),
        # a name to have put on goods, the verb after it: "can we get Hibaq embroidered on the back"
        Frame(
            ("embroider", "engrave", "printed", "monogram", "stitched", "personalised", "personalized"),
            r"(?:get|have|had|got) {N} (?:embroidered|engraved|printed|monogrammed|stitched|personalised|"
            r"personalized) (?:on|onto|in|across|along|inside)",
        ),
        # whose order a reference number is: "the order number, it's 30412 for Llewellyn"
        Frame(
            ("for",),
            r"(?:order|order number|order no|ref|reference|booking|booking ref|it's|its|it is) (?:is )?(?:#|no\.? )?"
            r"\d{4,} (?:is )?for {N}",
        ),
        # telling, asking or reminding someone something: the object is a person when a clause or a
        # "from"-phrase follows ("could you tell X the parcel arrived", "ask X if the blue one is in")
        Frame(
            ("tell", "ask", "remind"),
            r"(?:tell|ask|remind) {N} (?:if|whether|to|that|about|the|from|i|i'm|i've|we|we're|it|it's|my|our|"
            r"when|where|what|how)",
        ),
        Frame(
            ("ring", "call", "phone", "text", "message", "email", "contact", "get back"),
            r"(?:can|could|will|would|may|might|should) {N} (?:please )?(?:ring|call|phone|text|message|email|"
            r"contact|get back to) (?:me|us)",
        ),
        # whom a tradesperson or driver is to ring or buzz at the door: "Ring Bains on the intercom",
        # "can they ring Lupe Lolohea when theyre 10 mins away", "Buzz Campbell on the intercom"
        Frame(
            ("ring", "buzz", "call", "phone", "text"),
            r"(?:ring|buzz|call|phone|text) {N} (?:on the (?:intercom|buzzer|bell|doorbell|door)|when|once|"
            r"as soon as|before (?:you|they|he|she|coming|arriving)|if (?:nobody|no one|no-one|you|they|he|she))",
        ),
        Frame(
            ("rang", "called", "phoned", "emailed", "messaged", "texted"),
            r"(?:rang|rung|called|phoned|emailed|messaged|texted) {N} (?:in|at|from) (?:your|the) (?:\w+ )?"
            r"(?:branch|store|shop|office|warehouse|depot|counter|desk|showroom|salon|team)",
        ),
        # cakes and cards carry the name of whom they celebrate ("cake for X, 7 candles", "Happy 40th
        # X!"); stars and thanks name a staff member ("kudos to" praises a brand as often: left out)
        Frame(
            ("cake", "card", "candle", "balloon", "banner", "icing", "engrav"),
            r"(?:cake|cupcakes|card|candles|balloons|banner|icing|engraving|engraved) for {N}",
        ),
        Frame(
            ("happy",),
            r"happy (?:(?:\d{1,3}(?:st|nd|rd|th)|birthday|bday|anniversary|retirement) )+{N}",
        ),
        Frame(
            ("star", "shout", "thank"),
            r"(?:\d stars?|five stars?|shout ?out|big thanks|thanks so much|thank you so much) (?:to|for) {N}",
        ),
        # the name a document or the goods say or spell: "Could the receipt say Arshdeep Dhaliwal-Sandhu
        # please", "my card says Fitzsimons now", "the name spelled SUMAN GURUNG exactly as in the passport";
        # the name must close the clause ("the label says Fragile on it" is read and refused as a word)
        Frame(
            ("say", "spelled", "spelt"),
            r"(?:receipt|invoice|card|bank card|label|certificate|voucher|ticket|badge|passport|licence|license|docs|"
            r"documents|paperwork|boarding pass|"
            r"account|booking|reservation|name|it|buzzer|doorbell|bell|intercom|envelope|tag|letterbox|"
            r"nameplate) (?:should |to |will |would |must |can |could |does |did )?"
            r"(?:say|says|said|read|reads|spelled|spelt|spelled as|spelt as) {N}"
            r"(?= (?:please|pls|now|instead|exactly|not|as in|like|on (?:it|the|my))(?![\w'’])|[,.!?;]|$)",
        ),
        # whose celebration or house it is: "one is Blessing's birthday", "Collection for Marama's leaving
        # do", "FAVOURS FOR JOCELYN'S CHRISTENING", the ordinal alone too ("the vinyl's for Abu Bangura's
        # 50th") (a feast's owner, "Mother's Day", is refused below)
        Frame(
            ("'s ", "’s "),
            r"{N}'s (?:(?:\d{1,3}(?:st|nd|rd|th) )?(?:birthday|bday|leaving do|leaving party|leaving card|"
            r"christening|wedding|hen do|hen party|stag do|stag party|engagement party|retirement do|"
            r"retirement party|funeral|memorial|baby shower|naming ceremony|communion|bar mitzvah|bat mitzvah)|"
            r"\d{1,3}(?:st|nd|rd|th))",
        ),
        Frame(("other than", "else than"), r"(?:someone|somebody|anyone|anybody) (?:other|else) than {N}"),
        # the name a ticket, booking or account is held in: "ticket in the name Boychuk", "booked in the name
        # of Okafor" ("in the name of love" is read and refused as a word)
        Frame(
            ("the name",),
            r"in the name (?!(?:of )?(?:love|god|jesus|christ|allah|heaven|science|justice|freedom|peace|the law)\b)"
            r"(?:of )?{N}",
        ),
        # a name engraved on goods, ending its clause, in capitals too: "the back is engraved COMFORT OJO",
        # after the engraving's label: "trophy engraving: NOVELETTE WYNTER",
        # "a bracelet engraved Dipendra, please call" ("engraved gold plate" reads on: no clause end)
        Frame(
            ("engraved", "inscribed", "engraving:"),
            r"(?:engraved|inscribed|engraving:)(?: with)? {N}(?=\s?(?:[,.;!?\n]|$))",
            True,
        ),
        # who holds a role in a record or a service, after its verb or colon: "Account holder is TEMITOPE
        # BELLO", "contact is Ihaia Te Whata", "buyer is me Jijo Philip", "the referee on Saturday was X",
        # "my usual barber is Tonton Tolentino" ("the owner is away" is read and refused as a word)
        Frame(
            _RECORD_ROLE_CUES,
            rf"(?:{_RECORD_ROLES})(?: (?:on|at|for|from|in|of) \w+(?: \w+)?)?(?: is| was| are| were| will be|:)"
            r"(?: (?:me|myself),?)? {N}",
            True,
        ),
        # the same roles with the name in apposition, where only a person stands: "candidate BALOGUN Comfort",
        # "account holder Marusia Kuzyk", "godparents mercy wanjiku and raymond lau"
        Frame(_APPOSED_ROLE_CUES, rf"(?:{_APPOSED_ROLES}):? (?!{_CLAUSE_VERBS}\b){{N}}"),
        # whose shift, class or lesson it is: "covering Sefo's shift", "I'm covering Mandla's Tuesday class",
        # "I'm Omondi's classmate" (a day's class, "Tuesday's class", is refused as a weekday)
        Frame(
            ("'s ", "’s "),
            r"{N}'s (?:\w+ )?(?:shift|shifts|class|classes|lesson|lessons|classmate|classmates|teammate|"
            r"teammates|flatmate|housemate|roommate|colleague|colleagues|rota)",
        ),
        # a service booked for a person: "tattoo appointment for Parsram", "Dentist reminder for Pa Collins",
        # "booking a fitting for Kiri and her sister" ("an appointment for Tuesday" is refused as a weekday)
        Frame(
            (
                "appointment",
                "appt",
                "fitting",
                "consultation",
                "reminder",
                "induction",
                "lesson",
                "check-up",
                "checkup",
                "eye test",
            ),
            r"(?:appointment|appt|fitting|consultation|reminder|induction|lesson|lessons|check-up|checkup|"
            r"eye test) for {N}",
        ),
        # a session with a trainer, teacher or stylist: "gym induction with Ioane tomorrow", "the same
        # appointment as last time with Gintarė"
        Frame(
            ("induction", "lesson", "haircut", "trim", "appointment"),
            r"(?:induction|lesson|lessons|haircut|trim|appointment(?: as last time| as before)?) with {N}",
        ),
        # a person asked to fit someone in or to come along: "could Blessing fit me in", "Can Pomare Marama
        # come to the menu tasting too?"
        Frame(
            ("fit me in", "fit us in", "fit him in", "fit her in", "fit them in", "come to", "come along"),
            r"(?:can|could|would|will) {N} (?:please )?(?:fit (?:me|us|him|her|them) in|come (?:to|along))",
        ),
        # who pays, and whom to invoice: "Adunni will pay the deposit", "the payment from Precious Buthelezi
        # is a loan", "Please invoice Loveday Pascoe-Chenoweth, not me" ("Klarna will pay" is refused as an app)
        Frame(
            ("pay", "paid"),
            r"{N} (?:will pay|'ll pay|is paying|is going to pay|has paid|has already paid|paid) (?:the|a|an|for|"
            r"it|you|me|us|by|in|half|£|\$|€|\d)",
        ),
        Frame(
            ("payment from", "transfer from", "deposit from", "cheque from", "money from"),
            r"(?:payment|transfer|deposit|cheque|money) from {N}",
        ),
        Frame(
            ("invoice",),
            r"(?:please|pls|can you|could you) invoice {N}(?=,| not | instead| directly| for )",
        ),
        # who is awaited to fetch goods: "hold the sofa until Drupatie comes with the van" ("until Monday
        # comes" is refused as a weekday, "until the van comes" as a noun phrase)
        Frame(
            ("until", "till"),
            r"(?:until|till|til) {N} (?:comes|arrives|gets here|gets back|is back|can come|picks)",
        ),
        # who booked, who cannot come, who alone may visit: "kibet otieno booked the Spanish course",
        # "Bisola can't make climbing tonight", "only Precious is allowed to visit the cats"
        Frame(
            ("booked", "reserved"),
            r"{N} (?:booked|reserved) (?:the|a|an|us|me|it|them|our|my|for|in)",
        ),
        Frame(
            ("can't", "can’t", "cannot", "won't", "won’t", "couldn't", "couldn’t"),
            r"{N} (?:can't|cannot|won't|couldn't) (?:make|come|attend|be (?:at|in|there|coming|joining|able))",
        ),
        Frame(("allowed",), r"only {N} (?:is|are) allowed"),
        # goods put aside for someone: "put it aside for Dlamini pls" ("aside for Christmas" is refused as a feast)
        Frame(
            ("aside for", "by for", "back for"),
            r"(?:put|keep|set|hold) (?:it|them|one|some|this|that|these|a \w+|the \w+) (?:aside|by|back) for {N}",
        ),
        # staff at their post: "I want to complain about Dearbhla on the till"
        Frame(
            ("the till", "the checkout", "counter", "front desk", "reception desk"),
            r"{N} (?:on|at|behind) the (?:till|tills|checkout|(?:\w+ )?counter|front desk|reception desk)",
        ),
        # a plea, then the person asked: "pls Bronagh can you save me two sourdoughs"
        Frame(("pls", "please", "plz"), r"(?:pls|please|plz) {N},? (?:can|could|would) you"),
        # a child's name with their age, for school uniform, a class or a party: "blazer for Aroha age 11"
        Frame(("age",), r"for {N},? (?:age|aged) \d"),
        # a teacher or coach asked after: "is Marietjie teaching maths on thursdays still?", "coach Cormier
        # wants the team photo in colour"
        Frame(
            ("teaching", "coaching"),
            r"(?:is|will|does|was) {N} (?:teaching|coaching)",
        ),
        Frame(
            ("coach ",),
            r"coach (?=(?-i:[A-Z])){N} (?:wants|said|says|asked|told|needs|is|has|will|would|can)",
        ),
        # a guest's diet on a list: "… is coeliac and Jago is vegan, both table 6", "Nikau Parata nut allergy"
        # (goods come with an article, in a question or opening the message: "the soup is vegan", "is Quorn
        # vegan?", "Quorn is vegan")
        Frame(
            ("vegan", "vegetarian", "veggie", "coeliac", "celiac", "pescatarian", "diabetic", "allergic", "intolerant"),
            r"(?:and|,) {N} is (?:vegan|vegetarian|veggie|coeliac|celiac|pescatarian|diabetic|allergic|"
            r"lactose intolerant|gluten intolerant)",
        ),
        Frame(
            ("allergy",),
            r"{N} (?:nut|peanut|dairy|gluten|egg|shellfish|sesame|soya|fish) allergy",
        ),
        # a member of staff described, then named with a hedge: "the lady on the till today, soumya i think"
        Frame(
            ("i think",),
            r"(?:lady|man|guy|girl|woman|lad|bloke|chap|fella|gentleman|assistant|cashier)(?: \w+){1,5}, {N},? "
            r"i think",
        ),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
    "it": (
        Frame(
            ("parlat", "sentit", "chiamat"),
            r"(?:ho |abbiamo )?(?:parlato|sentito|chiamato) (?:(?:ieri|oggi|stamattina|prima|già) )?(?:con )?{N}",
        ),
        Frame(("firmat", "servit", "seguit"), r"(?:firmat[oa]|servit[oa]|seguit[oa]|assistit[oa]) da {N}"),
        Frame(
            ("firmat", "servit", "seguit", "assistit", "consigliat", "preso", "ricevut", "ritirat", "fatt", "pagat"),
            r"(?:(?:l'ha|lo ha|la ha|ha|mi ha|ci ha) (?:firmato|servit[oa]|seguit[oa]|assistit[oa])|"
            r"(?:mi ha|ci ha) consigliat[oaie]|"
            r"(?:l'ha|lo ha|la ha|li ha|le ha) (?:pres[oaie]|ricevut[oaie]|ritirat[oaie]|fatt[oaie]|pagat[oaie])) "
            r"(?!l'){N}",  # not a noun with its elided article: "l'ha fatto l'ufficio acquisti"
        ),
        Frame(
            ("appuntamento", "prenotazione", "taglio", "piega", "seduta"),
            r"(?:appuntamento|prenotazione|taglio|piega|seduta) (?:\w+ )?con {N}",
        ),
        Frame(("chiedo",), r"chiedo (?:di|per) {N}"),
        # asking for someone at a counter: "chiedere di immacolata al banco", "chiedete di Osvaldo"
        Frame(("chieder", "chiedete", "chiedi ", "chieda "), r"(?:chiedere|chiedete|chiedi|chieda) di {N}"),
        # who came along, who holds the keys: "Sono venuta con Awet ma …", "ho dato le chiavi a tesfay"
        Frame(
            ("venut", "passat"),
            r"(?:sono|siamo) (?:venut[oaie]|passat[oaie]) (?:(?:ieri|oggi|stamattina|in negozio) )?con {N}",
        ),
        Frame(("le chiavi a",), r"(?:ho|abbiamo) (?:dato|lasciato) le chiavi a {N}"),
        Frame(
            ("ritirar", "prender"),
            r"(?:passa|passerà|viene|verrà|passano|passeranno) (?:(?:domani|oggi|stasera|dopo|più tardi) )?"
            r"a (?:ritirar(?:e|lo|la|li|le)|prender(?:e|lo|la|li|le)) {N}",
        ),
        Frame(("ritirar", "prender", "firmar"), r"(?:passo|passa|passate|passi) da {N} a (?:ritirar|prender)\w*"),
        # the one coming, named between the verb and its errand: "Oggi passa Melo a prendere il pacco"
        Frame(("ritirar", "prender"), r"(?:passa|passerà|viene|verrà) {N} a (?:ritirar|prender)\w*"),
        Frame(("mand",), r"(?:mandare|mando|manderò|mandiamo|mandate|mandi) {N} a (?:ritirar|prender|firmar)\w*"),
        Frame(
            ("oggi", "domani", "di turno", "in negozio"),
            r"(?:c'è|lavora|è in negozio|è di turno) {N} (?:oggi|domani|in negozio|stamattina|stasera|di turno)",
        ),
        Frame(
            ("detto", "scritto", "chiamat", "servit", "promesso", "dice che", "diceva"),
            r"{N} (?:mi ha detto|ci ha detto|ha detto|mi aveva detto|mi ha scritto|mi ha chiamat[oa]|"
            r"mi ha servit[oa]|"
            r"mi ha promesso|dice che|diceva)",
        ),
        Frame(
            ("ritirar", "prender"),
            r"{N} (?:passa|passerà|viene|verrà|va|andrà) (?:(?:domani|oggi|stasera|dopo|"
            r"più tardi) )?a (?:ritirar|prender)\w*",
        ),
        Frame(
            ("negozio", "punto vendita", "filiale", "sede", "magazzino", "showroom", "assistenza"),
            r"{N} (?:del|della|dal|dalla|di) (?:(?:vostro|vostra|tuo|tua|il|la) )?(?:negozio|punto vendita|filiale|"
            r"sede|magazzino|showroom|assistenza)",
        ),
        # someone named by where they work or belong, then telling the writer, as in French: "X della scuola
        # di surf mi ha detto", "X della scuola elementare mi ha detto che …" (the place is read by no rule)
        Frame(
            ("mi ha", "ci ha", "mi aveva", "ci aveva"),
            r"{N} (?:del |della |dello |dell'|dei |delle )(?:[\w-]+ ){0,3}?(?:mi|ci) (?:ha|aveva) (?:detto|consigliato|"
            r"raccomandato|parlato|spiegato|proposto|mandat[oa]|indirizzat[oa]|dato)",
        ),
        Frame(("da parte",), _IT_FOR_FROM),  # "per Li Na da parte di zia Oriana"
        # a neighbour named by the flat they live in: "sono X dell'interno 4", "X del piano terra"
        Frame(("interno", "appartamento"), r"{N} (?:dell'|del )(?:interno|appartamento) \d"),
        Frame(("il nome",), r"(?:con|mettere|scrivere|metti|scrivi) il nome (?:di )?[\"“«]?{N}"),
        Frame(("incid", "incis"), r"(?:incidere|incidete|inciso|incisa) [\"“«]{N}[\"”»]"),
        # who holds a role in a record: landlord, owner, guarantor, godparent ("il padrone di casa è X",
        # "proprietario X,", "garante X")
        Frame(
            ("padrone", "proprietari", "garante", "padrino", "madrina"),
            r"(?:padrone di casa|padrona di casa|proprietario|proprietaria|garante|padrino|madrina)"
            r"(?: (?:è|e|era))?(?: (?:il|la))? {N}",
        ),
        # a name to be written on a thing: engraved, on a cake, a certificate ("inciso LIZ", "scritta
        # Auguri Grazia", "il nome va scritto X", "Sull'attestato mettete X")
        Frame(("incid", "incis"), r"(?:incidere|incidete|inciso|incisa|incisi) {N}"),
        Frame(("auguri",), r"scritta (?:tanti )?auguri {N}"),
        Frame(("scritto",), r"(?:nome|cognome) (?:va|deve essere|dev'essere|andrà) scritto (?:come )?{N}", True),
        Frame(
            ("mettete", "scrivete", "metti ", "scrivi ", "mettere", "scrivere"),
            r"(?:attestato|diploma|certificato|targa|targhetta|coppa|medaglia|biglietto)(?: \w+){0,3} "
            r"(?:mettete|scrivete|metti|scrivi|mettere|scrivere) {N}",
        ),
        # a mourning card's words opening a line or after a colon or quote, and a payer: "biglietto: In
        # ricordo di", "il bonifico arriva da", "X ha già pagato" ("una calamita in ricordo di Venezia": a place)
        Frame(("ricordo", "memoria"), _CARD + r"in (?:ricordo|memoria) di {N}"),
        Frame(
            ("bonifico", "pagamento", "versamento"),
            r"(?:bonifico|pagamento|versamento) (?:(?:è )?(?:arrivato|arriva|arriverà|viene|partito|effettuato|"
            r"fatto) )da {N}",
        ),
        # whose parcel it is: "il pacco di tafsut è arrivato?", "Questo è il pacco di Aksil, non il mio"
        Frame(("arrivat",), r"(?:il pacco|il reso|la scatola) di {N} (?:è|non è) (?:ancora )?arrivat[oa]"),
        Frame(("non il mio",), r"(?:il pacco|il reso|la borsa|la scatola) di {N}, non (?:il|la) mi[oa]"),
        Frame(
            ("ha pagato", "ha già pagato", "ha versato", "ha saldato"),
            _NO_ELIDED + r"{N} ha (?:già )?(?:pagato|versato|saldato)",
        ),
        # a post in apposition after the name: "Habte il giardiniere", "Iresha, la nostra dog sitter"
        Frame(tuple(_IT_POSTS), _IT_POSTED),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
    "es": (
        Frame(
            ("hablé", "hablado", "hablamos", "hablando", "hable con"),
            r"(?:hablé|hable|he hablado|hablamos|hemos hablado|estuve hablando) "
            r"(?:(?:ayer|hoy|antes|ya|esta mañana) )?con {N}",
        ),
        Frame(("atendi", "llamó"), r"(?:me atendió|me atendio|nos atendió|me ha atendido|me llamó) {N}"),
        Frame(("atendid", "firmad", "recibid"), r"(?:atendid[oa]|firmad[oa]|recibid[oa]) por {N}"),
        Frame(("firmó", "firmo", "recibió", "recogió"), r"(?:lo|la|los|las) (?:firmó|firmo|recibió|recogió) {N}"),
        Frame(("cita", "turno", "reserva", "hora con"), r"(?:cita|turno|reserva|hora) (?:\w+ )?con {N}"),
        # who answers the phone or the chat: "hablas con rafa, buenas tardes", "está hablando con Puri"
        Frame(("hablas con", "hablando con"), r"(?:hablas|habla usted|está hablando|estás hablando) con {N}"),
        Frame(("pregunt",), r"pregunt(?:o|a|ad|ar|é|ó) por {N}"),
        # "me recomendó X este modelo", "Lo trajo X ayer", "el pedido lo hizo X": a person did it
        Frame(
            ("recomend", "vendió", "cobró", "aconsejó", "explicó"),
            r"(?:me|nos) (?:recomendó|vendió|cobró|aconsejó|explicó) {N}",
        ),
        Frame(
            ("trajo", "hizo", "pidió", "compró", "pagó", "dejó", "devolvió", "recoja", "traiga"),
            r"(?:lo|la|los|las) (?:trajo|hizo|pidió|compró|pagó|dejó|devolvió|recoja|traiga) {N}",
        ),
        Frame(("según",), r"según (?!(?:el|la|los|las|lo) ){N}"),  # "según el albarán" is a thing
        Frame(("en casa de", "a cargo de"), r"(?:en casa de|a cargo de) {N}"),
        Frame(("nombre",), r"(?:con|lleva|llevar|poner|pon|ponga) el nombre (?:de )?[\"“«]?{N}"),
        Frame(("grab",), r"grab(?:ar|ado|ada|en|ad) [\"“«]{N}[\"”»]"),
        # who holds a role in a record: landlord, owner, guarantor, godparent ("el casero es X", "dueño
        # X,", "avalista X")
        Frame(
            ("casero", "casera", "dueño", "dueña", "propietari", "avalista", "padrino", "madrina"),
            r"(?:casero|casera|dueño|dueña|propietario|propietaria|avalista|padrino|madrina)"
            r"(?: (?:es|era))?(?: (?:el|la))? {N}",
        ),
        # a name to be written on a thing: a label, a bracelet, a certificate, a shirt ("etiqueta que
        # pone X", "pone X grabado", "En el diploma poned X", "el nombre tiene que ir como X")
        Frame(
            ("pone",),
            r"(?:etiqueta|pulsera|placa|tarjeta|llavero|collar|medalla|chapa) (?:que )?pone {N}",
        ),
        Frame(("pone", "grabad"), r"pone {N} grabad[oa]"),
        # what a receipt, a parcel, a bell or a document says: "en el ticket pone X", "en el portero pone
        # X", "en el sobre de la reserva pone X" (not "la app pone Enviado", "Correos pone En Reparto":
        # a status, no document of a person's name)
        Frame(
            ("pone",),
            r"en (?:el|la|mi|su|tu) (?:ticket|tique|tíquet|recibo|resguardo|justificante|albarán|factura|sobre|"
            r"paquete|caja|buzón|portero|portero automático|telefonillo|timbre|dni|pasaporte|carnet|reserva|"
            r"tarjeta|lista|etiqueta)(?: (?:de|del) (?:(?:el|la|mi|su|tu) )?\w+)? pone {N}",
        ),
        # whose bell, buzzer or letterbox: "Llamad al telefonillo de X", "el timbre de X" (a capital only)
        Frame(
            ("telefonillo", "timbre", "portero", "buzón"),
            r"(?:telefonillo|timbre|portero automático|buzón) de " + _ES_CAPITAL + "{N}",
        ),
        Frame(
            ("poned", "pon ", "ponga", "poner"),
            r"(?:diploma|certificado|título|trofeo|placa|medalla|tarjeta|etiqueta|camiseta)(?: \w+){0,3} "
            r"(?:poned|pon|ponga|pongan|poner|pongáis) {N}",
        ),
        Frame(
            ("nombre",),
            r"el nombre (?:tiene que|debe|ha de|tendría que) (?:ir|salir|aparecer|ponerse) (?:como )?{N}",
            True,
        ),
        Frame(("nombre",), r"el nombre {N} (?:detrás|delante|en la espalda|a la espalda|en el pecho)"),
        # what someone's name or a document's surname "is": "el nombre de mi hijo está mal, es X", "el
        # apellido para el diploma es X" (not "el nombre de la colección es X"); whose birthday it is
        # ("el cumpleañero es X")
        Frame(
            ("nombre", "apellido"),
            r"(?:nombre|apellido) (?:de (?:mi|tu|su)|para (?:el|la)) \w+(?:,? \w+){0,3}?,? (?:es|será|era) {N}",
        ),
        Frame(("cumpleañer",), r"(?:el|la) cumpleañer[oa] (?:es|será|era) {N}"),
        # "Hoy pasa X a pagar lo que falta", "¿es X la que llamó?", "Le pedimos a X que lo trajera"
        Frame(
            ("pasa", "viene", "vendrá"),
            r"(?:pasa|pasará|viene|vendrá) {N} a (?:pagar|recoger|buscar|firmar|traer|dejar|llevar)\w*",
        ),
        Frame(("que",), r"(?:es|era|fue) {N} (?:la|el) que"),
        Frame(("que",), r"(?:pedí|pedimos|pido|dije|dijimos|digo) a {N} que"),
        # The recipient a dative clitic announces, doubled by "a" later in the clause: "Le he dado el
        # resguardo a X", "se lo dejaron a X", "Mándaselo a X", "Dadle las gracias a X" (`_DATIVE`)
        Frame(_DATIVE_CUES, _DATIVE + r" (?:\w+ ){0,4}?a " + _ES_CAPITAL + "{N}"),
        # The person a verb of calling, enrolling or warning takes with its personal "a" ("Llamé a X
        # del almacén", "Apuntad a X en la reserva"), and whom the phone is handed to ("os paso a X",
        # "Te paso con X")
        Frame(_PERSON_VERB_CUES, _PERSON_VERB + r" a " + _ES_CAPITAL + "{N}"),
        Frame(("paso", "pongo"), r"(?:te|os|le|les) (?:paso|pongo) (?:a|con) " + _ES_CAPITAL + "{N}"),
        # ... whose clause goes on with when or where, not with what replaces a thing ("sustituyo a
        # Pilates por Yoga": a class swapped)
        Frame(
            _STAND_IN_CUES,
            _STAND_IN + r" a " + _ES_CAPITAL + r"{N}(?: (?:en|el|la|los|las|hoy|mañana|esta|este|durante|hasta|"
            r"desde|que|y|unos|unas)|[,.;!?]|$)",
        ),
        Frame(("el turno de",), _SHIFT + r" " + _ES_CAPITAL + "{N}"),
        # "Gracias a X por gestionar el cambio"; not "gracias a ti"
        Frame(("gracias a",), r"gracias a " + _ES_CAPITAL + r"{N} por"),
        # the compound past of "lo recogió X": "El pedido lo ha recogido X"
        Frame(("ha ", "han ", "había "), r"(?:lo|la|los|las) (?:ha|han|había) " + _ES_DEEDS + r" {N}"),
        Frame(("audio", "nota de voz"), r"(?:audio|nota de voz) de {N}:"),
        Frame(("recoger",), r"(?:puede|podría|puedes|va a|viene a) recoger(?:lo|la|los|las)? {N}"),
        Frame(
            ("recoger",),
            r"(?:pasa|pasará|viene|vendrá|pasan) (?:(?:mañana|hoy|luego|esta tarde) )?a recoger(?:lo|la|los|"
            r"las)? {N}",
        ),
        Frame(
            ("mand", "envi", "enví"),
            r"(?:mandar|mando|mandaré|enviar|envío|envio) a {N} a (?:recoger|buscar|firmar|por)\w*",
        ),
        Frame(
            ("está", "esta ", "sigue", "trabaja"),
            r"(?:está|esta|sigue|trabaja) {N} (?:hoy|mañana|en la tienda|trabajando|de turno)",
        ),
        Frame(
            ("dijo", "dice", "comentó", "contó", "llamó", "atendió", "prometió", "escribió", "dicho"),
            r"{N} (?:me|nos) (?:dijo|dice|comentó|contó|llamó|atendió|prometió|escribió|ha dicho)",
        ),
        Frame(("dice que", "dijo que", "comenta que", "comentó que"), r"{N} (?:dice|dijo|comenta|comentó) que"),
        Frame(("recog", "firma"), r"{N} (?:lo|la|los|las) (?:recoge|recogerá|recogería|firma|firmará)"),
        Frame(
            ("recog",),
            r"{N} (?:pasa|pasará|vendrá|viene) (?:(?:mañana|hoy|luego|esta tarde) )?a (?:recoger|"
            r"por)\w*",
        ),
        Frame(
            ("tienda", "sucursal", "almacén"),
            r"{N} (?:de|del) (?:(?:la|el|vuestra|vuestro|tu|su) )?(?:tienda|sucursal|almacén)",
        ),
        # the name a writer half remembers, said before its verb: "el chico de la caja Millán creo que
        # se llamaba", "Gilberto se llamaba"
        Frame(
            ("se llama",),
            r"{N},? (?:(?:creo|me parece|pienso) que |o algo así |si no recuerdo mal,? )?se llama(?:ba)?",
        ),
        # whose birthday or whose party it is, before the name: "y la cumpleañera Arisleyda" (a capital only)
        Frame(("cumpleañer", "homenajead", "festejad"), _ES_GUEST + r" " + _ES_CAPITAL + "{N}"),
        # a person's post in apposition after the name: "os abre la puerta Millán, el jardinero", "va Leidys,
        # nuestra cuidadora" (the post ends the clause or is followed by where it is held)
        Frame((", ",), r"{N}, " + _ES_POSTED),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
    "pt": (
        Frame(
            ("falei", "conversei", "falamos", "falado"),
            r"(?:falei|conversei|falamos|tinha falado) (?:(?:ontem|hoje|já) )?com {N}",
        ),
        Frame(("atendeu",), r"(?:me atendeu|atendeu-me|quem me atendeu foi) {N}"),
        Frame(
            ("assinad", "atendid", "recebid", "retirad", "levantad"),
            r"(?:assinad[oa]|atendid[oa]|recebid[oa]|retirad[oa]|levantad[oa]) (?:por|pelo|pela) {N}",
        ),
        # talking to, coming with, leaving the keys with someone: "fala com o zeca", "Fui com Nzinga",
        # "deixei as chaves com kauê"
        Frame(("fala com", "fale com", "falem com", "falar com"), r"(?:fala|fale|falem|falar) com {N}"),
        Frame(("fui com", "fomos com", "vim com", "viemos com"), r"(?:fui|fomos|vim|viemos) com {N}"),
        Frame(("deix",), r"deix(?:ei|amos|o|ou) (?:as chaves|a chave) com {N}"),
        # a receipt or a code sent to someone: "manda o comprovante pro zeca", "Manda o código de rastreio
        # para a Lígio" (what is sent is a paper or a code, which go to a person, not a parcel to a town)
        Frame(
            ("comprovante", "código", "codigo", "recibo", "fatura"),
            r"(?:manda|mande|mandem|mandar|envia|envie|enviem|enviar|passa|passe) (?:o|a) "
            r"(?:comprovante|código|codigo|recibo|fatura)(?: de \w+)? (?:pro|pra|para|ao|à) {N}",
        ),
        Frame(("pergunt",), r"pergunt(?:o|ar|ando) (?:pelo|pela|por) {N}"),
        Frame(
            ("quem",),
            r"quem (?:vai buscar|busca|vai retirar|vai levantar|recebe|assinou|vai receber|paga|pagou|vai pagar|"
            r"me indicou|me recomendou|me vendeu)"
            r"(?: \w+){0,2} (?:é|e|foi) {N}",
        ),
        Frame(
            ("buscar", "retirar", "levantar"),
            r"(?:vai|vem|passa) (?:(?:amanhã|hoje) )?(?:buscar|retirar|levantar) (?:o|a) {N}",
        ),
        Frame(
            ("horário", "marcação", "agendamento", "consulta"),
            r"(?:horário|marcação|agendamento|consulta) (?:\w+ )?com {N}",
        ),
        Frame(("mand",), r"(?:mandar|mando|mandarei) {N} (?:pra|para|a) (?:buscar|retirar|levantar|pegar)"),
        Frame(
            ("disse", "falou", "ligou", "atendeu"),
            r"{N} (?:me disse|disse que|disse|falou que|me falou|me ligou|me atendeu)",
        ),
        Frame(
            ("buscar", "retirar", "levantar", "pegar", "pagar"),
            r"{N} (?:vai|vão|pode|passa) (?:(?:amanhã|hoje|aí|lá) )?(?:(?:pra|para) )?(?:buscar|retirar|levantar|"
            r"pegar|pagar)",
        ),
        Frame(("loja", "filial", "unidade", "atendimento"), r"{N} (?:da|do) (?:loja|filial|unidade|atendimento)"),
        # staff named by their department or desk, whom something goes to or who is asked after, or after
        # the article chat puts before a name: "entrega para X no financeiro", "perguntem pelo X na receção",
        # "assina o X da cozinha" ("Entreguem na portaria", "desconto em Reebok na receção" hold no one)
        Frame(
            ("financeiro", "contabilidade", "receção", "recepção", "tesouraria", "cozinha", "portaria"),
            r"(?:para|pra|pro|pelo|pela|com|o|a|ao|à) {N} (?:no|na|do|da) (?:financeiro|contabilidade|receção|"
            r"recepção|tesouraria|cozinha|portaria)",
        ),
        # a payer, and whose parcel it is: "A Socorro já pagou", "o pacote do nkuna chegou?"
        Frame(("pagou",), _NO_ELIDED + r"{N} (?:já )?pagou"),
        Frame(
            ("chegou",),
            r"(?:o pacote|a encomenda|a caixa) (?:do|da|de) {N} (?:já )?(?:chegou|não chegou|ainda não chegou)",
        ),
        Frame(("o nome",), r"(?:com|colocar|escrever|coloca|escreve|põe) o nome (?:de )?[\"“«]?{N}"),
        Frame(("grav",), r"grav(?:ar|ado|ada|em|a) [\"“«]{N}[\"”»]"),
        # who holds a role in a record: landlord, owner, guarantor, godparent ("o senhorio é o X", "tutor
        # X,", "fiador X", "o padrinho X")
        Frame(
            ("senhori", "dono", "dona ", "proprietári", "tutor", "fiador", "padrinho", "madrinha"),
            r"(?:senhorio|senhoria|dono|proprietário|proprietária|tutor|tutora|fiador|fiadora|padrinho|madrinha)"
            r"(?: (?:é|era))?(?: (?:o|a))? {N}",
        ),
        # a name to be written on a thing: a cake, a label, a certificate, a shirt ("escrito Parabéns
        # X", "etiqueta escrito X", "o nome tem que sair X", ", nome X", "nome X nas costas")
        Frame(
            ("parabéns",),
            r"(?:escrito|escrita|escrevam|escreve|escreva|escrever|dizendo) [«\"“]?parabéns {N}",
        ),
        Frame(("etiqueta",), r"etiqueta (?:escrit[oa] |com o nome (?:de )?|que diz |dizendo )?{N}"),
        Frame(("nome",), r"nome (?:tem que|deve|vai|precisa) (?:sair|ir|vir|aparecer|ficar) (?:como )?{N}", True),
        Frame(("nome",), r"\w+[,:] nome {N}"),  # ", nome Djaló": the lookbehind needs a word before the comma
        Frame(("nome",), r"nome {N} (?:nas costas|atrás|na frente|no peito)"),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
    "fr": (
        Frame(("eu ",), r"(?:j'ai|on a) eu {N} (?:au (?:téléphone|tel|tél|bout du fil)|hier|ce matin)"),
        Frame(("parlé", "discuté"), r"(?:parlé|discuté) (?:(?:hier|ce matin|déjà) )?(?:avec|à) {N}"),
        Frame(("signé", "servi", "reçu"), r"(?:signée?|servie?|reçue?) par {N}"),
        Frame(("rendez", "rdv"), r"(?:rendez-vous|rendez vous|rdv) (?:\w+ )?avec {N}"),
        Frame(("demande pour",), r"demande pour {N}"),
        Frame(
            ("qui",),
            r"c'est {N} qui (?:a signé|va (?:le |la )?(?:chercher|récupérer)|m'a (?:dit|servi|appelée?)|"
            r"passe|passera|viendra)",
        ),
        Frame(
            ("envoy", "enverr"),
            r"(?:envoyer|j'envoie|j'enverrai) {N} (?:(?:le|la|les) )?(?:chercher|récupérer|"
            r"retirer)",
        ),
        Frame(
            ("m'a", "nous a", "a dit"),
            r"{N} (?:m'a dit|nous a dit|m'a appelée?|m'a servie?|m'a répondu|m'a promis|a dit que)",
        ),
        Frame(
            ("chercher", "récupérer", "retirer"),
            r"{N} (?:va|viendra|vient|passera|peut|pourra) (?:(?:le|la|les) )?(?:chercher|récupérer|retirer)",
        ),
        Frame(
            ("magasin", "boutique", "agence", "entrepôt", "rayon"),
            r"{N} (?:du|de la|de votre|de ton|de ta) (?:magasin|boutique|agence|entrepôt|rayon)",
        ),
        # someone named by where they work or belong, then telling the writer: "X de l'école de surf
        # m'a dit", "X de la salle m'a conseillé", "X du club nous a dit" (the place is read by no rule)
        Frame(
            ("m'a", "nous a", "m'avait", "nous avait"),
            r"{N} (?:du |de la |de l'|des )(?:[\w-]+ ){1,3}?(?:m'a|nous a|m'avait|nous avait) (?:dit|conseillé|"
            r"recommandé|parlé|expliqué|proposé|envoyée?|orientée?|donné)",
        ),
        Frame(("de la part",), _FR_FOR_FROM),  # "pour yuba de la part de tata dihya"
        # a neighbour named by the flat they live in: "X de l'appartement 3", "X de l'appart 12"
        Frame(("appartement", "appart"), r"{N} (?:de l'|du )(?:appartement|appart) \d"),
        Frame(("le prénom", "le nom"), r"(?:avec|mettre|écrire|mettez|écrivez) le (?:prénom|nom) (?:de )?[\"“«]?{N}"),
        Frame(("grav",), r"grav(?:er|é|ée|ez) [\"“«]\s?{N}\s?[\"”»]"),
        # who holds a role in a record: landlord, owner, guarantor, godparent ("le propriétaire est X",
        # "garant X", "parrain X")
        Frame(
            ("propriétaire", "garant", "parrain", "marraine"),
            r"(?:propriétaire|garant|garante|parrain|marraine)(?: (?:est|était))? {N}",
        ),
        # a name to be written on a thing: a label, an engraving, a passport's spelling ("l'étiquette
        # dit X", "il y a écrit X dessus", "gravé X", "le nom doit être écrit X")
        Frame(("écrit",), r"écrit {N} dessus"),
        Frame(("écrit",), r"(?:nom|prénom) (?:doit|devra|va) être écrit (?:comme )?{N}", True),
        Frame(
            ("étiquette",), r"(?:l')?étiquettes? (?:dit |indique |porte |au nom de |marquée? )?{N}"
        ),  # the lookbehind: "l'"
        Frame(("gravé",), r"gravée? {N}"),
        # what an engraving, a plate or an inscription reads, also spelt in capitals ("la gravure au dos
        # dit X", "l'inscription porte X")
        Frame(
            ("gravure", "inscription", "plaque", "médaille"),
            r"(?:l')?(?:gravure|inscription|plaque|médaille)s? (?:(?:au|sur|du|de) (?:la |le |l')?[\w-]+ )?"
            r"(?:dit|indique|porte|affiche) {N}",
            True,
        ),
        Frame(("dit que",), r"{N} (?:dit|a dit) que"),
        # a mourning card's words opening a line or after a colon or quote, and a payer: "sur la carte :
        # En souvenir de", "le virement vient de", "X a versé" ("un mug en souvenir de Paris": a place)
        Frame(("souvenir", "mémoire"), _CARD + r"(?:en souvenir|à la mémoire|en mémoire) (?:de |d'){N}"),
        Frame(
            ("virement", "paiement", "versement"),
            r"(?:virement|paiement|versement) (?:vient|arrive|est arrivé|a été fait|a été effectué|est parti) "
            r"(?:de |d'){N}",
        ),
        Frame(("a versé", "a payé", "a réglé"), _NO_ELIDED + r"{N} a (?:déjà )?(?:versé|payé|réglé)"),
        # the subject after a chat's opening "bon" and before its verb: "bon X devait passer", "bon X m'a dit"
        Frame(
            ("bon ",),
            r"(?:^|(?<=\n)|(?<=[.!?]) )bon,? {N} (?:devait|doit|peut|pourra|pouvait|va|allait|ira|m'a|nous a|"
            r"a dit|a oublié|a appelé|est passée?|passe|passera|viendra|vient|voulait|veut)\b",
        ),
        # someone joined to the writer: "X et moi voulons …", "entre moi et X", "pour moi et X"
        Frame(("et moi",), r"{N} et moi\b"),
        Frame(("moi et ",), r"\bmoi et {N}"),
        # a post in apposition after the name: "Goulven le jardinier", "Mawuli, notre nounou"
        Frame(tuple(_FR_POSTS), _FR_POSTED),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
    "de": (
        Frame(("frage",), r"(?:frage|fragen|frag) (?:für|nach) {N}"),
        # someone asked for by name, the verb last: "bitte am Empfang nach Lanicca fragen", "nach Frau
        # Obi verlangen" ("nach dem Chef fragen" has an article, "nach Rabatt fragen" a word)
        Frame(("fragen", "verlangen"), r"nach {N} (?:fragen|verlangen)"),
        # people listed with the writer, each item of the list: "Abschlag 9:10 für Levi, Lý, Huber und
        # mich", "Lý und ich kommen" (the German of French "X et moi"); goods, days and towns are
        # refused as words ("Brot, Butter und mich")
        Frame(
            ("und mich", "und mir", "und ich", "und uns"),
            r"{N}(?=(?:, [\w\-]+(?: [\w\-]+)?)*,? und (?:mich|mir|ich|uns)(?![\w'’]))",
        ),
        Frame(
            ("unterschrieben", "angenommen", "bedient", "beraten"),
            r"(?:unterschrieben|angenommen|bedient|beraten) (?:(?:hat|wurde|worden) )?(?:von|durch) {N}",
        ),
        Frame(("termin", "beratung"), r"(?:termin|beratung) (?:\w+ )?(?:bei|mit) {N}"),
        Frame(("läuft auf",), r"läuft auf {N}"),
        # someone acting for the writer: collecting, taking in, signing ("Darf Roya für mich
        # unterschreiben?", "kann Yusuf das Paket abholen", "Morgen holt Rojhat Rashid für mich ab")
        Frame(
            ("abholen", "mitnehmen", "annehmen", "unterschreiben", "unterzeichnen", "quittieren"),
            r"(?:darf|kann|könnte) {N} (?:für (?:mich|uns) )?(?:(?:mein|meine|meinen|das|die|den|es|sie|ihn)"
            r"(?: \w+)? )?(?:abholen|mitnehmen|annehmen|entgegennehmen|unterschreiben|unterzeichnen|quittieren)",
        ),
        Frame(("für mich", "für uns"), r"holt {N} (?:(?:es|sie|ihn|das \w+|die \w+|den \w+) )?für (?:mich|uns) ab"),
        Frame(("holt",), r"holt (?:es|sie|ihn|das \w+|die \w+|den \w+) (?:(?:morgen|heute|später) )?{N} ab"),
        Frame(
            ("telefoniert", "gesprochen", "geredet", "geschrieben"),
            r"mit {N} (?:(?:vom|von der|aus der|aus dem) \w+ )?(?:telefoniert|gesprochen|geredet|geschrieben)",
        ),
        Frame(
            ("schicken",),
            r"(?:kann|darf|könnte|soll) ich {N} (?:(?:zum abholen|zur abholung|"
            r"vorbei) )?(?:vorbei)?schicken",
        ),
        Frame(("heute", "morgen"), r"ist {N} (?:heute|morgen) (?:da|im laden|in der filiale|im geschäft|im dienst)"),
        Frame(
            ("gesagt", "geschrieben", "versprochen", "erzählt", "meinte", "sagte"),
            r"{N} (?:hat (?:mir |uns )?(?:gesagt|geschrieben|versprochen|erzählt)|meinte|sagte)",
        ),
        Frame(("holt",), r"{N} holt (?:es|sie|ihn|das \w+|die \w+|den \w+) (?:(?:morgen|heute|später|dann) )?ab"),
        Frame(
            ("abholen",),
            r"{N} (?:kommt|kommen) (?:(?:morgen|heute|später) )?(?:(?:das \w+|die \w+|den \w+|"
            r"es) )?abholen",
        ),
        # staff named by the place they work at, the shop's own or a service's, a compound too ("Gloria
        # aus eurem Laden hat mich angerufen", "Azadeh vom Studio meinte", "Shabnam Noorzai aus dem
        # Fitnessstudio", "Nguyen Thi Mai vom Lager"); the judge refuses goods and towns before them
        Frame(
            _DE_WORKPLACES,
            r"{N} (?:vom|von der|aus der|aus dem|von eurer|von ihrer|aus eurem|aus ihrem|aus eurer|aus ihrer|"
            r"von eurem|von ihrem) (?:\w+ )?\w*(?:" + "|".join(_DE_WORKPLACES) + ")",
        ),
        # staff named by their department or desk, whom something goes to or who is asked after: "Zustellung
        # an X in der Buchhaltung", "nur an X am Empfang geben", "über X an der Kasse", "ist heute X oder Y an der
        # Käsetheke?" (German capitalises its nouns: "Bonbons an der Kasse gekauft" has no such word before;
        # the counters by name, "Apotheke" ends as they do)
        Frame(
            ("buchhaltung", "empfang", "rezeption", "küche", "kasse", "theke", "personalabteilung", "poststelle"),
            r"(?:an|bei|über|mit|für|oder|und|ist|war) {N} (?:in der|aus der|von der|am|an der) (?:Buchhaltung|"
            r"Personalabteilung|Poststelle|Küche|Kasse|Rezeption|Empfang|Theke|Käsetheke|Wursttheke|Fleischtheke|"
            r"Fischtheke|Kuchentheke|Brottheke)",
        ),
        Frame(("für ",), _DE_FOR_FROM),  # "für Sơn von Tante Derya"
        # a neighbour named by the floor or the flat they live in: "X aus der 2. Etage", "X aus Wohnung 4"
        Frame(
            ("etage", "stock", "wohnung"), r"{N} (?:aus|von) (?:der \d+\. (?:Etage|Stock)|dem \d+\. Stock|Wohnung \d)"
        ),
        Frame(("namen",), r"mit (?:dem )?namen [\"„“]?{N}"),
        Frame(("gravier",), r"[\"„“]{N}[\"“”] (?:gravieren|eingraviert)"),
        # the subject between an inverted "hat" and a person's deed with its object ("Hat Takis
        # Papadopoulos die Torte schon abgeholt?", "um 10:15 hat till von der heyde die Schlüssel
        # eingeworfen"): only a person collects, hands in, pays or signs
        Frame(
            _DE_DEEDS,
            r"(?:hat|hatte) {N} (?:(?:den|die|das|es|sie|ihn|mein\w*|unser\w*|euer\w*|eure\w*|dein\w*|"
            r"mit|per|bar|schon|noch|heute|gestern|vorhin|bereits)(?: [\w\-]+){0,4} )(?:"
            + "|".join(_DE_DEEDS)
            + r")\b",
        ),
        # what is for someone: a parcel or a present, one of two ("das paket ist für malte richter",
        # "Das Geschenk ist für Vennila", "Zwei Karten: eine für Ilakkiya und eine für Gökhan")
        Frame(
            ("für",),
            r"(?:(?:paket|päckchen|geschenk|bestellung|lieferung|sendung|karte|gutschein|torte|kuchen|strauß|brief)"
            r" (?:ist|sind|geht)|\b(?:eine|einen|eins)) für (?!(?:die|der|den|das|dem)\b){N}",
        ),
        # whose day of life it is: a birthday and the other days a family orders for ("zur Kommunion
        # von Kreszentia", "Taufe von Vitus", "Hochzeit von Anna und Jonas", "Abschied für Frau Meier")
        Frame(_DE_OCCASIONS, r"(?:" + "|".join(_DE_OCCASIONS) + r") (?:von|für) {N}"),
        # a person the writer gave, sent or asked ("ich hab filmon die schlüssel gegeben", "Wir haben
        # Rojda gebeten"; not "gesehen": things are seen far more, "Ich habe Smeg Galileo woanders
        # gesehen")
        Frame(
            _DE_GIVEN,
            r"(?:habe|hab|haben|hatte) (?:(?:es|ihn|sie) )?{N} (?:(?:heute|gestern|vorhin|schon|bereits|"
            r"die|den|das|einen|eine|ein|es|im|am)(?: [\w\-]+){0,4} )?(?:" + "|".join(_DE_GIVEN) + r")\b",
        ),
        Frame(("war mit", "waren mit"), r"(?:ich war|wir waren) mit {N} (?:da|dort|hier|bei euch|im laden)\b"),
        # whose name a table, booking or order is under, German "auf": "Tisch für 6 um 20 Uhr auf Kröll",
        # "bestellung nr. 66108 auf gruber alois", "die Nummer: 52290 auf Zbinden"; the noun and "auf" in one
        # clause ("Bestellung auf Rechnung", "Reservierung auf Samstag" are refused as things and days); a
        # capitalised word after the run, or particles and one, leave it to the other rules ("auf Wiebke
        # Ihnen umschreiben"), or the run reaches it ("auf Ute van der Linden umschreiben")
        Frame(
            _DE_BOOKINGS,
            r"(?:" + "|".join(_DE_BOOKINGS) + r")[.:]?(?: [\w\-.:/]+){0,6}? auf {N}" + _DE_NO_CAPITAL_NEXT,
        ),
        # the name an order goes by, ending a clause or the message: "2x Bolani, Name Zimny", "wird 10,
        # Nachname für die Urkunde ist Schlattner" ("Name egal", "Name folgt" are refused as words)
        Frame(
            ("name",),
            r"(?:^|(?<=[,;:\n]))\s?(?:name|nachname|familienname)(?: (?:für|auf|an) (?:den|die|das|der|dem) \w+)?"
            r"(?: (?:ist|lautet|wäre|wird))?:? {N}(?=\s?(?:[,.;!?\n]|$))",
        ),
        # what an engraving, a name tape or a print is to read, after its colon and ending the clause:
        # "Gravur für den Pokal Spieler der Saison: Waltraud Lotz" ("Aufdruck: Frohe Weihnachten" is
        # refused as words); spelt in capitals, "…, genau so: URS RÜFENACHT", it is `capital_runs`' German
        # colon, as a name copied in capitals is anywhere
        Frame(
            ("gravur", "namensb", "aufdruck", "aufschrift", "beschriftung", "schriftzug", "widmung", "genau so"),
            r"(?:gravur|namensbänder|namensband|aufdruck|aufschrift|beschriftung|schriftzug|widmung|genau so)"
            r"(?: [\w\-]+){0,6}?: {N}(?=\s?(?:[,.;!?\n]|$))",
        ),
        # a booking looked up under a name: "könnt ihr unter Nissen schauen?", "unter hauck nachsehen"
        # ("unter Rechnungen schauen", "unter Downloads suchen" are refused as words)
        Frame(("unter",), r"unter {N} (?:(?:bitte|mal|nochmal|noch mal) )?(?:" + "|".join(_DE_LOOK_UP) + r")\b"),
        # the name a slip, a bill or a label bears, ending the clause: "auf dem Beleg steht Kretzschmar", "auf
        # der Quittung steht Roth, …" ("auf dem Etikett steht Handwäsche", "auf der Rechnung steht Vorkasse"
        # are refused as words)
        Frame(
            ("steht",),
            r"(?:auf|in|an) (?:dem|der|den) " + _DE_SAYING_RECORD + r" steht {N}(?=\s?(?:[,.;!?\n]|$))",
        ),
        # the same on a slip or a record, the noun a compound's head: "Abholschein auf Leupold",
        # "Reinigungszettel 4417 auf Balogh", "Kundenkarte läuft auf Kowalczyk" ("Ticket auf Sylt", "Bon
        # auf Wunsch", "Termin auf Montag" are refused as a place, a word and a day)
        Frame(
            _DE_RECORD_HEADS,
            _DE_RECORD + r"[.:]?(?: [\w\-.:/]+){0,4}? auf {N}" + _DE_NO_CAPITAL_NEXT,
        ),
        # whose name goods or a booking are put under, the verb after the name: "bitte auf Fischle
        # zurücklegen", "die Bestellung auf franziska lange laufen lassen" ("auf Lager legen", "auf
        # Samstag reservieren", "auf Ebay reservieren" are refused as a word, a day and a brand)
        Frame(tuple(_DE_PUT_UNDER), r"auf {N} (?:" + "|".join(_DE_PUT_UNDER) + r")\b"),
        # a request to tell, ask or ring someone, where they work between ("könnt ihr Jaesung im
        # Gartencenter sagen, dass …", "Kannst du Mirsad bitte Bescheid geben?", "Können Sie Frau Obi
        # zurückrufen?"): a person is told ("Könnt ihr DHL Bescheid geben", "Können Sie Montag anrufen"
        # are refused as a carrier and a day)
        Frame(
            ("sagen", "ausrichten", "bescheid", "fragen", "anrufen", "zurückrufen"),
            r"(?:könnt ihr|kannst du|können sie|könnten sie|könntet ihr) {N} (?:(?:im|in der|am|vom|von der|beim|"
            r"bei der|an der) [\w\-]+ )?(?:(?:bitte|mal|noch|kurz|auch) )?(?:sagen|ausrichten|bescheid (?:sagen|geben)|"
            r"fragen|anrufen|zurückrufen)\b",
        ),
        # goods to be given to someone: "Kannst du das Paket Sevgul mitgeben?", "Gebt die Tüte bitte
        # Ilkay mit"
        Frame(
            ("mitgeben", " mit"),
            r"(?:kannst du|könnt ihr|können sie|gib|gebt|geben sie) (?:das|die|den) [\w\-]+ (?:bitte )?{N} "
            r"(?:mitgeben|mit\b)",
        ),
        # an imperative telling or taking someone, then a particle ("Sagt Marco bitte, dass …", "Nehmt
        # Zieliński noch in die Gruppenbuchung auf", "frag alois mal ob …")
        Frame(
            _DE_IMPERATIVES,
            r"(?:" + "|".join(_DE_IMPERATIVES) + r") {N} (?:bitte|noch|doch|mal|bescheid|dass|ob)\b",
        ),
        # a name to put on goods, the goods between ("Könnt ihr Jawi Rahimi auf den Pokal gravieren",
        # "kann man Delal auf den Turnbeutel sticken?", "Könnt ihr „Arta“ auf den Anhänger gravieren?"; an
        # article opens a thing: "Bitte die Initialen auf die Tasse gravieren")
        Frame(
            _DE_MARKINGS,
            r"(?:kann man|könnt ihr|könntet ihr|können sie|könnten sie|kannst du|bitte) (?!(?:der|die|das|den|dem)\b)"
            r"[\"„“]?{N}[\"“”]? auf "
            r"(?:den|die|das|dem|der|ein|eine|einen|mein|meine|meinen|unser|unsere|unseren)(?: [\w\-]+){1,2}? "
            r"(?:" + "|".join(_DE_MARKINGS) + r")\b",
        ),
        # a raffle's or a contest's winner ("Gewinner der Tombola ist g. mäule")
        Frame(("gewinner", "sieger"), r"(?:gewinner|gewinnerin|sieger|siegerin)(?: \w+){0,3} (?:ist|war|heißt) {N}"),
        # a post in apposition after the name, after a comma: "Davor, unser Gärtner"
        Frame(tuple(_DE_POSTS), _DE_POSTED),
        Frame(_KIN_CUES, _KIN_AFTER),
        Frame((", ",), _KIN_BEFORE),
    ),
}

_BEFORE, _AROUND, _AFTER = "before", "around", "after"
# The name's own run: up to five words read forward after a frame, up to four before a verb.
_RUN_FORWARD = rf"(?P<name>(?:[A-Z]\.{_SP}?){{0,2}}{_W}(?:{_SP}{_W}){{0,4}})"  # "served by F. Sinclair"
_RUN_BACK = rf"(?P<name>{_W}(?:{_SP}{_W}){{0,3}}?)"  # lazy: the fewest words that reach the verb

Judge = Callable[[str, int, int], "tuple[int, int] | None"]
Everyday = Callable[[str], bool]


def _compile(frame: Frame) -> tuple[str, re.Pattern[str]]:
    pattern = frame.pattern
    kind = _AFTER if pattern.startswith("{N}") else _BEFORE if pattern.endswith("{N}") else _AROUND
    body = pattern.replace("'", "['’]").replace(" ", _SP)
    body = body.replace("{N}", _RUN_FORWARD if kind == _BEFORE else _RUN_BACK)
    # a header is no clause: "Forwarded from the shop:", "Inoltrato dal negozio:"
    colon = r"(?![ \t]*:)" if kind != _BEFORE else ""
    # quotes may open the frame and close the name ("can you put 'happy 10th birthday rochelle' on the
    # screen", "write 'to Wilma from auntie Kiri' on the tag"); an apostrophe inside a word may not
    # ("it's", "ask for Tom's")
    return kind, factored.compile(rf"(?<!\w)(?<!\w['’]){body}(?!\w|['’]\w){colon}", re.IGNORECASE)


class VerbSlots:
    """The frames of one language, compiled once (see module doc)."""

    def __init__(self, language: str) -> None:
        self._frames = [(frozenset(frame.cues), *_compile(frame), frame.capitals) for frame in FRAMES.get(language, ())]
        # some frame's cue is in a text exactly when this finds one of them in it (literals, no flag)
        cues = sorted({cue for cues, _, _, _ in self._frames for cue in cues})
        self._any_cue = factored.compile("|".join(re.escape(cue) for cue in cues)) if cues else None
        # the longest cue at a position first (`_tried`), and for each cue the frames one of whose cues it holds
        longest = sorted(cues, key=lambda cue: (-len(cue), cue))
        self._cue_at = factored.compile("|".join(re.escape(cue) for cue in longest)) if cues else None
        self._frames_within = {
            held: frozenset(k for k, (own, _, _, _) in enumerate(self._frames) if any(cue in held for cue in own))
            for held in cues
        }
        lists = gazetteer()
        self._stops = lists.stop_words.get(language, frozenset()) | lists.stop_words.get("en", frozenset())
        self._particles = w.PARTICLES | w.LANGUAGE_PARTICLES.get(language, frozenset())
        self._capital_particles = w.LANGUAGE_CAPITAL_PARTICLES.get(language, frozenset())
        self._determiners = DETERMINERS.get(language, frozenset())
        self._name_articles = NAME_ARTICLES.get(language, frozenset())
        self._elisions = _ELIDED.get(language)

    def find(self, text: str, judge: Judge, everyday: Everyday) -> Iterator[tuple[int, int]]:
        """The names the frames hold; `judge(text, start, end)` says whether a run has a name's
        shape and returns its extent, `everyday(word)` whether a word is ordinary vocabulary."""
        if self._any_cue is None:
            return
        low = text.lower()
        if (first := self._any_cue.search(low)) is None:
            return  # no frame's cue in it: every frame's test below would fail
        for _, kind, regex, capitals in self._tried(low, first.start()):
            for match in regex.finditer(text):
                words = list(_WORD.finditer(text, match.start("name"), match.end("name")))
                kept = self._forward(text, words) if kind == _BEFORE else self._backward(text, words, everyday)
                if not kept or self._determined(text, kept[0].start()) or kept[0].group().casefold() in _TITLES:
                    continue
                if kind == _AROUND and not self._whole(words, kept):
                    continue  # "holt es am Samstagvormittag ab": a frame's both sides hold a phrase, no name
                if kept[0].group()[0].islower() and any(k.group()[0].isupper() for k in kept[1:]):
                    continue  # "passa a ritirare la cassettiera Malm": a thing and its product name
                if self._contracted(kept):
                    continue  # "and they said it's at the depot"
                if capitals and kept[0].group().isupper():
                    shouted = [k for k in kept if k.group().isupper()]
                    kept = kept[: len(shouted)] if kept[: len(shouted)] == shouted else kept  # "… LOK igual"
                span = judge(text, kept[0].start(), kept[-1].end())
                if span is not None and not self._refused(text[span[0] : span[1]], text, capitals):
                    if not _feast_before_day(text, span):
                        yield span

    def _tried(self, low: str, start: int = 0) -> list[tuple[frozenset[str], str, re.Pattern[str], bool]]:
        """The frames, in their order, one of whose cue words is in `low` (the lower-cased text; no cue
        begins before `start`). The same frames as a test of each frame's own cues (`any(cue in low for
        cue in cues)`), which cost a generator per frame, and as a test of each distinct cue (`cue in
        low`, 66-253 a language, on the 3 texts in 5 that hold one: 0.007 ms a message), found instead
        by one search per position a cue begins at: the search stops at each such position in turn and
        its alternation, longest cue first, matches the longest cue there; every cue beginning there is
        a prefix of that one, so the frames of the cues it holds (`_frames_within`) are those of every
        cue at that position, and only cues in `low` are held in it."""
        assert self._cue_at is not None  # noqa: S101 - `find` returns before this when there are no cues
        kept: set[int] = set()
        while (match := self._cue_at.search(low, start)) is not None:
            kept |= self._frames_within[match.group()]
            start = match.start() + 1
        return [self._frames[k] for k in sorted(kept)]

    def _contracted(self, kept: list[re.Match[str]]) -> bool:
        """A run holding a contraction ("they said it's at the depot": "said it's") is a clause, not
        a name: no name word ends in "'re", "'ll", "'ve", "'m", "'d" or "'t", nor is a function word
        with "'s" ("it's", "that's"). A possessive ("Rose Brown's") and an apostrophe inside a name
        ("D'Souza", "O'Neill") are kept."""
        for word in kept:
            found = _CONTRACTION.search(word.group().casefold())
            if found and (found.group() not in ("'s", "’s") or word.group()[: found.start()].casefold() in self._stops):
                return True
        return False

    def _whole(self, words: list[re.Match[str]], kept: list[re.Match[str]]) -> bool:
        """Whether what a frame holds on both sides was read whole, a name article aside."""
        first = 1 if len(words) > 1 and words[0].group().casefold() in self._name_articles else 0
        return kept[0].start() == words[first].start()

    def _stop(self, text: str, word: re.Match[str]) -> bool:
        """A function or time word that ends a name; a popular first name written with its capital
        mid-sentence stays a name ("Spoke to Will", "ask for May"), and a very popular one in a text
        typed without capitals ("ho sentito sara"); "per" in "Ritirato per conto" is a preposition."""
        folded = word.group().casefold()
        if folded in TIME_WORDS or folded in w.WEEKDAYS or folded in _COURTESY:
            return True
        if folded not in self._stops:
            return False
        popularity = gazetteer().popularity.get(folded, 0)
        capital_mid = word.group()[0].isupper() and text[: word.start()].rstrip()[-1:] not in ("", ".", "!", "?", "\n")
        lower_text = popularity >= _VERY_POPULAR and not any(ch.isupper() for ch in text)  # "ho visto sara"
        return not lower_text and not (capital_mid and popularity >= _POPULAR)

    @staticmethod
    def _inner_capital(words: list[re.Match[str]], i: int) -> bool:
        """A capitalised word between two capitalised words is a name's, though a stop word elsewhere
        ("Mehdi Ait Ahmed", "Abdelkader El Amrani")."""
        if not 0 < i < len(words) - 1:
            return False
        return all(words[j].group()[0].isupper() and not words[j].group().isupper() for j in (i - 1, i, i + 1))

    def _particle(self, word: re.Match[str]) -> bool:
        """A particle inside a name: "de", "van der", "di"; "Lo", "Dalla" only with their capital."""
        folded = word.group().casefold()
        return folded in self._particles or word.group()[0].isupper() and folded in self._capital_particles

    def _particles_then_name(self, text: str, words: list[re.Match[str]], i: int, step: int) -> int:
        """From the particle at `i`, how many particles in a row lead (by `step`) to a name word;
        0 when none does ("luz da loja" is read to "luz": "loja" is no name after "da")."""
        j = i
        while 0 <= j < len(words) and self._particle(words[j]):
            j += step
        if not 0 <= j < len(words) or self._stop(text, words[j]):
            return 0
        return abs(j - i)

    def _forward(self, text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
        """After a frame: words up to the first function or time word; particles between two name
        words stay ("viola di stefano", "Pilar de la Fuente")."""
        kept: list[re.Match[str]] = []
        i = 1 if len(words) > 1 and words[0].group().casefold() in self._name_articles else 0
        while i < len(words):
            if kept and self._particle(words[i]):
                run = self._particles_then_name(text, words, i, 1)
                if run:
                    kept += words[i : i + run]
                    i += run
                    continue
            if self._stop(text, words[i]) and not self._inner_capital(words, i):
                break
            kept.append(words[i])
            i += 1
        return kept

    def _backward(self, text: str, words: list[re.Match[str]], everyday: Everyday) -> list[re.Match[str]]:
        """Before a verb or after a frame that bounds the name on the right: the words nearest it up
        to a function or time word ("code via Wanjiru from your branch", "ho sentito Gratiano al
        telefono"), particles between name words kept ("Rosalba Lo Russo"), then no everyday word
        opening them in lower case or opening the sentence ("ritirare Liberto", "Oye Rodri Herrero");
        a capitalised everyday word inside the sentence is a name's or a shop's, and the run is
        refused ("Kitchen Shop Bath Abbey said")."""
        kept: list[re.Match[str]] = []
        i = len(words) - 1
        while i >= 0:
            if kept and self._particle(words[i]) and i > 0:
                run = self._particles_then_name(text, words, i, -1)
                if run:
                    kept[:0] = words[i - run + 1 : i + 1]
                    i -= run
                    continue
            if self._stop(text, words[i]) and not self._inner_capital(words, i) or self._contracted([words[i]]):
                break  # a contraction opens the clause: "I'm covering Mandla's class"
            if self._elisions is not None and self._elisions.match(words[i].group()):
                break  # "l'école de surf", "m'a": an elided article or pronoun opens no name
            kept.insert(0, words[i])
            i -= 1
        while len(kept) > 1 and (everyday(kept[0].group()) or self._particle(kept[0])):
            opening = text[: kept[0].start()].rstrip()[-1:] in ("", ".", "!", "?", "\n", ",", "¿", "¡")
            if kept[0].group()[0].isupper() and not opening:
                break  # "Shop Bath Abbey said", "so Nat Doherty told me": the judge reads it
            kept.pop(0)
        return kept

    def _determined(self, text: str, start: int) -> bool:
        """A determiner right before the run: a noun phrase ("a lady from the depot")."""
        before = re.search(rf"({_W}){_SP}$", text[max(0, start - 30) : start])
        return before is not None and before.group(1).casefold() in self._determiners

    @staticmethod
    def _refused(run: str, text: str, capitals: bool = False) -> bool:
        """Ordinary fillers of a person's slot: a role, relative, tradesperson or department ("the
        driver", "il corriere", "mi vecino", "Kundendienst"), a carrier, brand, app or shop ("Amazon
        told me", "Zeleris lo recoge"), an assistant or "someone", a weekday, a code in capitals
        ("CNPJ"), a town that is no first name before the last word ("Eisenwaren Köln Ehrenfeld meinte"; "Kiko
        Seabra" stays)."""
        words = run.casefold().split()
        head, phrase = words[0], " ".join(words)
        if head in SLOT_NOT_NAMES or head in w.WEEKDAYS or head.startswith(_LONG_WEEKDAYS):
            return True
        feast_day = words[-1] in _FEAST_ENDS and (
            head in _FEAST_OPENERS or any(x.endswith(("'s", "’s")) for x in words)
        )
        if feast_day or head.endswith(("'s", "’s")) and head[:-2] in _FEAST_OWNERS:
            return True  # "a card for Mother's Day", "a cake for Valentine's": a feast, no one
        if head in w.ROLES or head in title_words.ROLE_NOUNS or head in name_forms.TRADESPEOPLE:
            return True
        if any(word in name_forms.DEPARTMENT_WORDS or word.endswith(_DEPARTMENT_ENDINGS) for word in words):
            return True
        shouted = [word for word in run.split() if len(word) > 1 and word.isalpha() and word.isupper()]
        if shouted and not (capitals and len(shouted) == len(run.split()) >= 2) and _coded(run):
            return True  # "CNPJ", "under DPD"; a name spelt out in capitals where a frame asks, or no code
        popularity = gazetteer().popularity
        inner = [word for word in words[:-1] if word not in _ALL_PARTICLES]  # a surname may be a town's name
        if any(word in places().words_in and popularity.get(word, 0) < 1 for word in inner):
            return True
        companies = (w.CARRIERS, w.APPS, w.BRANDS, w.CUE_COMPANIES, w.DELIVERY_APPS)
        return any(phrase in listed or head in listed for listed in companies) or phrase in w.EPONYMOUS_BRANDS
