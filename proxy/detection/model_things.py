"""What in a clause tells that a span of Veil's own it/es/pt/de pipelines names a thing, not a person.

Those compact pipelines (`scripts/train_ner.py`) read a capitalised run that holds a listed first
name as a person wherever it stands, and commerce chat is full of runs that carry one without
meaning anyone: a saint's feast, a church or a district ("siete aperti per San Giovanni?", "para
Sant Jordi", "Castel San Giovanni"), a title that opens with its own article ("per El Rey León",
"stasera guardo Il Commissario Montalbano"), counted goods ("dos Air Force blancas", "tre Lavazza
Oro"), goods with their size or weight right after them ("la Cola Cao de 760 gramos"). None of
these is a word list of the examples; each reads the shape of the clause, the way a reader knows
that "due Margherite" are pizzas:

- `saint_led`: a saint's title (`name_words.SAINTS`) before a word makes that word the saint's
  name, so it corroborates no one; a span that opens with the title is the feast, church or place.
- `title_article`: a capitalised article opening the run in the middle of a sentence, after a
  lower-case word, opens a title (a programme, film, song, book), since no language writes an
  article before a person's name with a capital mid-sentence. A capital letter with its dot is an
  initial, never an article ("docente O. Omoregie", "Firmó el albarán A. L. Gámez").
- `counted`: a number (digits or a number word up to twelve) right before the run counts goods;
  people are not counted by their names in a shop's chat.
- `measured`: a quantity with its unit right after the run, or a lower-case colour in a feminine or
  plural form, which agrees with goods ("Galaxy A54 da 128 GB", "Air Force blancas", "la Vespa
  grigia"); not a masculine "-o" or "-i" colour nor one that is a first name, which are surnames
  and names typed in lower case as often ("Mario rossi", "Luca bianco", "Maria rosa").

- `word_thing`: the run's last word is a first name that the words before it make the everyday
  word it also is (`recognizers.word_names`: "Cheiro de Jasmim", "Camino del Rocío", "Frete de
  Graça para todo o país"), or that opens a wish or a blessing ("Graça e paz"), as the first-name
  list reads it.

Fail closed: all of these yield to a strong person cue right before the run (`strong_cue`: a title,
a relative or role, an introduction, "on behalf of"), so "il signor San Martino" and "mio cugino
Santo" stay. A bare preposition is no such cue here: "per San Giovanni" is the feast.
"""

from __future__ import annotations

import re

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EDGE
from recognizers import name_words as w
from recognizers import word_names
from recognizers.given_name_recognizer import gazetteer

_WORD = re.compile(r"\S+")
# Where a word's head ends: a saint's title before a hyphen or an elision ("sant'ambrogio"), an article
_HEAD_CUT = regex.compile(r"['’-]")
_ELISION_CUT = regex.compile(r"['’]")
# A capital letter and its dot: an initial ("O. Omoregie"), which no article is written as
_INITIAL = re.compile(r"[^\W\d_]\.")

# Articles that open titles when written with a capital mid-sentence, it/es/pt/de/fr/en.
_ARTICLES = frozenset(
    """
    il lo la i gli le l un uno una el los las o a os as um uma der die das den dem des ein eine
    les une the
    """.split()
)
# Number words from two to twelve, per language. Left out: "sei" (also "you are": "sei Chiara?"),
# Portuguese "dos" ("of the": "a casa dos Silva" is a family), and digits, which are times and
# dates before a name as often ("alle 5 Chiara passa").
_NUMBERS = {
    "it": frozenset("due tre quattro cinque sette otto nove dieci undici dodici".split()),
    "es": frozenset("dos tres cuatro cinco seis siete ocho nueve diez once doce".split()),
    "pt": frozenset("duas dois três quatro cinco seis sete oito nove dez onze doze".split()),
    "de": frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()),
}
_NUMBER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:(\p{L}+)[ \t\u00a0]+)?(\p{L}+)[ \t\u00a0]+$")
# Words before a number that make it an hour: "alle cinque Lorenzo passa", "a las cinco", "às duas".
_HOUR = frozenset("alle dalle verso entro le las a às as pelas até hasta um gegen ab bis".split())
# A quantity and its unit after the run, maybe after "da", "de", "di", "do", "von": "da 128 GB",
# "de 760 gramos", "de litro", "da un chilo", "50x70".
_MEASURE_AFTER = regex.compile(
    r"[ \t\u00a0]+(?:(?:da|de|di|do|del|von|of)[ \t\u00a0]+)?(?:\d+[.,]?\d*[ \t\u00a0]*"
    r"(?:gb|giga|gigas|tb|mb|ml|cl|l|lt|litr[io]s?|g|gr|gramm[io]s?|gramos?|kg|chil[oi]|kilos?|cm|mm|m|"
    r"pollici|pulgadas|polegadas|zoll|tazze|tazas|chávenas|pezzi|piezas|peças|w|watt|mah|mp|hz)"
    r"|(?:litr[io]|litro|liter|chilo|kilo|mezzo[ \t\u00a0]+chilo|medio[ \t\u00a0]+kilo))(?!\p{L})",
    regex.IGNORECASE,
)
_COLOUR_AFTER = regex.compile(r"[ \t\u00a0]+(\p{Ll}+)")
_VERY_POPULAR = 8  # a first name this popular is frequent in text as a name, not as a word (as the list reads it)


_CUES = frozenset(
    tuple(p.split())
    for p in (*w.HONORIFICS, *w.RELATIONS, *w.ON_BEHALF, *w.STRONG_INTRODUCTIONS, *w.WEAK_INTRODUCTIONS)
)
_LONGEST_CUE = max(len(c) for c in _CUES)


def _fold(word: str) -> str:
    return word.strip(EDGE).casefold()


def saint_led(folded: list[str]) -> set[int]:
    """Indices of the words of a span that follow a saint's title ("San Giovanni", "Castel San
    Giovanni", "Sant'Ambrogio" glued): the saint's name, no one's; the title's own index too."""
    led: set[int] = set()
    for i, word in enumerate(folded):
        head = _HEAD_CUT.split(word, maxsplit=1)[0]
        if head in w.SAINTS:
            led.add(i)
            if head != word:
                continue  # "sant'ambrogio": the name is glued to the title
            if i + 1 < len(folded):
                led.add(i + 1)
    return led


def strong_cue(text: str, start: int) -> bool:
    """True when a title, a relative or role, an introduction or "on behalf of" ends right before
    `start` on its line (`name_words`): a person is named after it, whatever the span looks like."""
    line_start = text.rfind("\n", 0, start) + 1
    before = [f for f in (_fold(m.group()) for m in _WORD.finditer(text, line_start, start)) if f]
    return any(tuple(before[-n:]) in _CUES for n in range(1, min(_LONGEST_CUE, len(before)) + 1))


def title_article(text: str, start: int) -> bool:
    """True when a capitalised article opens the run at `start`, or stands right before it, after a
    lower-case word on its line ("para El Rey León", "guardo Il Commissario Montalbano", "ver O Pai
    Natal"): the article is the title's."""
    line_start = text.rfind("\n", 0, start) + 1
    raw = [m.group() for m in _WORD.finditer(text, line_start, start)]
    first = _WORD.match(text, start)
    raw = [r for r in (*raw, first.group() if first else "") if r.strip(EDGE)]
    words = [r.strip(EDGE) for r in raw]
    for i in (len(words) - 1, len(words) - 2):  # the run's first word, or the word before the run
        if i < 1 or not words[i][:1].isupper() or not words[i - 1][:1].islower():
            continue
        if _INITIAL.fullmatch(raw[i]):
            continue  # "docente O. Omoregie", "el albarán A. L. Gámez": an initial, no article
        if _ELISION_CUT.split(words[i].casefold(), maxsplit=1)[0] in _ARTICLES and words[i - 1][-1:].isalpha():
            return True
    return False


def counted(text: str, start: int, language: str) -> bool:
    """True when a number word of `language` (two to twelve) stands right before the run: counted
    goods ("tre Lavazza Oro", "dos Air Force"). Not after a word that makes the number an hour ("alle
    cinque Lorenzo passa"); "uno", "un", "um" are articles as often and are left to the other rules."""
    match = _NUMBER_BEFORE.search(text, max(0, start - 40), start)
    if match is None or match.group(2).casefold() not in _NUMBERS.get(language, frozenset()):
        return False
    return match.group(1) is None or match.group(1).casefold() not in _HOUR  # "alle cinque": an hour


def measured(text: str, end: int) -> bool:
    """True when a quantity with its unit, or a lower-case colour, follows the run right after it:
    the goods' size, weight or finish ("Galaxy A54 da 128 giga", "Cola Cao de 760 gramos", "Air
    Force blancas")."""
    if _MEASURE_AFTER.match(text, end):
        return True
    colour = _COLOUR_AFTER.match(text, end)
    if colour is None:
        return False
    word = colour.group(1)
    if word.endswith(("o", "i")) or gazetteer().popularity.get(word, 0) > 0:
        return False  # "Mario rossi", "Luca bianco", "Maria rosa": a surname or a name in lower case
    forms = {word, word[:-1], word[:-1] + "a", word[:-3] + "ca"}  # "blancas", "grigie", "bianche"
    return any(f in w.COLOURS and not f.endswith(("o", "i")) for f in forms)


def names_thing(text: str, start: int, end: int, language: str) -> bool:
    """True when the span's run of capitalised words `text[start:end]` names a feast, a title or
    counted or measured goods (module doc), with no strong person cue before it."""
    words = [_fold(m.group()) for m in _WORD.finditer(text, start, end)]
    if not words or strong_cue(text, start):
        return False
    head = _HEAD_CUT.split(words[0], maxsplit=1)[0]
    if head in w.SAINTS or title_article(text, start) or counted(text, start, language) or measured(text, end):
        return True
    return word_thing(text, start, end, language)


def word_thing(text: str, start: int, end: int, language: str) -> bool:
    """True when the run's last word is a first name that the words before it, inside the run or
    out, make the everyday word it also is (`word_names.word_before`: "Óleo de Jasmim", "El Rocío",
    "Camino del Rocío"), or a wish or a blessing that it opens (`word_names.wish`: "Graça e paz"):
    the scent, the pilgrimage, the greeting, never a person."""
    matches = list(_WORD.finditer(text, start, end))
    if not matches:
        return False
    last = matches[-1]
    bare = last.group().strip(EDGE)
    at = last.start() + last.group().index(bare) if bare else last.start()
    folded = bare.casefold()
    if not folded:
        return False
    lists = gazetteer()
    common = lists.common.get(language, frozenset())
    # a word of the language, as the first-name list judges it ("gioia", not "giulia")
    frequent = folded in common and lists.popularity.get(folded, 0) < _VERY_POPULAR
    is_word = language in lists.words_in.get(folded, ()) or frequent
    return word_names.word_before(language, text, at, at + len(bare), folded, common, word=is_word) or (
        end == at + len(bare) and word_names.wish(language, text, end, folded)
    )


# Determiners that count or pick out goods before their noun, in languages whose modifiers follow the
# noun ("des hortensias Annabelle", "un élastique Domyos", "delle tende Coleman", "unos leurres",
# "umas faixas Domyos", "20 polos Kariban"): plural ones, indefinite singular ones, numbers. Only those
# that are never an object pronoun before a verb: Italian "le", "gli", Spanish "los", "las", Portuguese
# "os", "as" are left out ("le porta Giulia", "los trae Marta": the one who brings them), and French
# "les" is read only where no subject pronoun stands before it ("tu les prends Marie ?").
_APPOSING = {
    "fr": frozenset(
        """des les ces mes tes ses nos vos leurs quelques plusieurs un une aux deux trois quatre cinq six
        sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent""".split()
    ),
    "it": frozenset(
        """i dei degli delle questi queste quei quegli quelle alcuni alcune un uno una due tre quattro
        cinque sei sette otto nove dieci undici dodici venti trenta cinquanta cento""".split()
    ),
    "es": frozenset(
        """unos unas estos estas esos esas aquellos aquellas un una dos tres cuatro cinco seis siete
        ocho nueve diez once doce veinte treinta cincuenta cien""".split()
    ),
    "pt": frozenset(
        """uns umas estes estas esses essas aqueles aquelas um uma duas dois três quatro cinco seis sete
        oito nove dez onze doze vinte trinta cinquenta cem""".split()
    ),
}
# Subject pronouns before French "les": then it is the object pronoun of a verb ("je les prends")
_FR_SUBJECTS = frozenset("je j' tu il elle on nous vous ils elles ne n' qui".split())
# Nouns that name people, which a name follows in apposition ("les mariés Paul et Léa", "un certain
# Martin", "dos chicos Rui y Leo"), nouns of a record that names its holder ("une commande Durand", "una
# prenotazione Rossi"), nouns of time or a birthday ("dans deux semaines Paul passera", "feliz 10
# cumpleaños Inés"), and the words of a greeting or a thanks ("un grand merci Julie"): after these the name is
# kept. Singular forms; the caller also tries the word without a plural's "s", "x" or "es".
_PERSON_NOUNS = frozenset(
    """
    personne gens enfant bébé client cliente monsieur madame dame homme femme garçon jeune marié mariée
    invité invitée élève étudiant étudiante patient patiente adhérent adhérente membre équipe famille
    certain certaine dénommé dénommée nommé nommée prénommé prénommée appelé appelée voisin voisine
    nom prénom contact auteur artiste chanteur chanteuse acteur actrice joueur joueuse héros héroïne
    persona gente bambino bambina bimbo bimba ragazzo ragazza signore signora cliente uomo donna sposo
    sposa invitato invitata alunno alunna studente studentessa paziente socio socia membro squadra
    famiglia certo certa tale cosiddetto chiamato chiamata nome cognome autore autrice cantante attore
    attrice giocatore giocatrice
    niño niña chico chica señor señora hombre mujer novio novia invitado invitada alumno alumna
    estudiante paciente miembro equipo familia cierto cierta llamado llamada apellido autor autora
    actor actriz jugador jugadora
    pessoa menino menina rapaz moça senhor senhora homem mulher noivo noiva convidado convidada aluno
    aluna paciente membro equipa família certo certa chamado chamada sobrenome apelido autor autora
    ator atriz jogador jogadora
    commande réservation résa dossier compte colis facture rendez-vous rdv table chambre abonnement
    carte billet ticket inscription
    ordine prenotazione pratica conto pacco fattura tavolo camera abbonamento biglietto iscrizione
    pedido reserva expediente cuenta paquete factura mesa habitación suscripción billete entrada
    encomenda processo conta pacote fatura quarto assinatura bilhete inscrição
    an année jour semaine mois heure minute fois soir matin anniversaire
    compleanno cumpleaños aniversario aniversário
    anno giorno settimana mese ora minuto volta sera mattina
    año día semana mes hora minuto vez tarde mañana noche
    ano dia semana mês hora minuto vez noite manhã
    merci bravo bisou bise baiser coucou salut bonjour bonsoir pensée grazie bacio baci ciao saluto
    gracias beso abrazo saludo hola obrigado obrigada beijo abraço
    """.split()
)
# A determiner or a count, then one lower-case noun, right before the run; the Italian elided "un'" glued
_NOUN_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}'’])(?:(\d+|\p{L}+)[ \t\u00a0]+|(?i:(un)['’]))(\p{Ll}[\p{Ll}-]*)[ \t\u00a0]+$"
)


def _person_noun(noun: str) -> bool:
    """True when `noun` (folded, maybe plural) names a person, a relative or a role, a record, a time or
    a greeting (`_PERSON_NOUNS`, `name_words.ROLES`, `KIN`, `PET_NOUNS`): a name may follow it."""
    forms = {noun, noun.rstrip("sx"), noun[:-2] if noun.endswith("es") else noun}
    # Italian plurals: "-i" of "-o" and "-e" ("amici", "nipoti"), "-e" of "-a" ("ragazze")
    forms |= {f[:-1] + end for f in forms if f.endswith("i") for end in ("o", "e")}
    forms |= {f[:-1] + "a" for f in forms if f.endswith("e")}
    forms |= {f.replace("-", " ") for f in forms}
    person = _PERSON_NOUNS | w.ROLES | w.KIN | w.PET_NOUNS
    if noun.endswith("ns"):
        forms.add(noun[:-2] + "m")  # "homens", "jovens"
    return any(f in person for f in forms)


def apposed_to_goods(text: str, start: int, end: int, language: str) -> bool:
    """True when the run at `start` follows a lower-case noun that a counting or indefinite determiner
    opens ("des hortensias Annabelle", "un élastique Domyos", "20 polos Kariban", "degli elastici
    Kinesio", "unas zapatillas Joma", "umas faixas Domyos"): French, Italian, Spanish and Portuguese put a
    noun's maker, variety or model right after it, while a person's name follows a noun of people only
    ("les mariés Paul et Léa", "un certain Martin", "une commande Durand": `_person_noun`). Not after a
    person cue (the caller), nor after a noun of people, records, time or greeting, nor at the end of
    its line, where a name signs the message ("… pagó las dos casas Noela Veiga"). Not after French
    "le"/"la": tried, and a name follows them as often as goods do ("tu la prends Julie ?", "la caisse
    Djaffar"; docs/detection-rounds.md, "French 'le'/'la' before goods taken back")."""
    dets = _APPOSING.get(language)
    if dets is None or not text[end:].split("\n", 1)[0].strip():
        return False  # "… pagó las dos casas Noela Veiga": a name closing its line signs it
    line_start = text.rfind("\n", 0, start) + 1
    match = _NOUN_BEFORE.search(text, max(line_start, start - 60), start)
    if match is None:
        return False
    det = (match.group(1) or match.group(2)).casefold()
    noun = match.group(3).casefold()
    if match.group(2) is not None and language != "it":
        return False  # "un'agenda Moleskine": only Italian elides its article
    if not (det.isdigit() or det in dets):
        return False
    lists = gazetteer()
    if noun in lists.stop_words.get(language, frozenset()) or noun in w.PERSON_PREPOSITIONS or len(noun) < 3:
        return False  # "una para Tupac", "uma pro Leonel", "tiene nueve y Eleazar": no noun, a preposition
    if _person_noun(noun) or lists.popularity.get(noun, 0) >= _VERY_POPULAR:
        return False
    if language == "fr" and det == "les":
        words = [_fold(m.group()) for m in _WORD.finditer(text, line_start, match.start())]
        if words and words[-1] in _FR_SUBJECTS:
            return False  # "tu les prends Marie ?": the pronoun of a verb
    return True
