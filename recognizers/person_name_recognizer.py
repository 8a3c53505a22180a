"""Person names by their position in chat, in every language: rules, not name lists.

No spaCy model for it, es, pt or de can be installed here, and the en/fr models
miss lower-case names and names their span starts lower-case ("van Gameren").
People in shop chats put names in a few places whatever the language, and the
words around those places are short, closed lists (`name_words`):

- after an **introduction**: "sono", "me llamo", "meu nome é", "ich heiße",
  "je m'appelle", "my name is", "I'm", "this is" (and third-person "si chiama");
- after a **title**: "sig.ra", "signora", "dott.", "Sr.", "Doña", "Dona",
  "Herr", "Frau", "M.", "Mme", "Mr", "Mrs", "Ms", "Dr";
- after a **relative or role**: "mia sorella", "su compañero", "minha mãe",
  "meine Frau", "ma femme", "my wife", "il corriere"; beside one in brackets ("Logan (my son,
  12)", "mi vecina (Nieves Soler)");
- as a **signature**: a short last line of capitalised words under a line
  with a sign-off ("Grazie,", "Saluti", "Un saludo", "Abraços", "Viele Grüße",
  "Cordialement", "Regards"), or after the sign-off on its own line's end
  ("Thanks, Marco"); an emoji ends a line as a line break does ("Grazie 🙏 Marta Rossi");
- after a **greeting** that addresses someone ("Ciao Marco", "Hi Anna"), and
  before "here"/"qui"/"aquí"/"hier"/"ici" at a message's start ("Marco here"; in Spanish also
  "por aquí", an emoji closing it: "Remedios por aquí 👋");
- after a **label** opening a line: "Nome e cognome:", "Firmado:", "Kontoinhaber"; a form's name
  fields also after a comma, slash or bar ("Vorname: Lorenz, Nachname: Gruber"), their value in any case;
- a Dutch **"van"** followed by a capitalised word ("van Gameren");
- a popular **first name, a middle initial and a surname** ("Dorothy M Faria", "Oskar J. Lindqvist"):
  the small English model stops at the initial.

After a greeting, a popular first name that the shop-word list holds as a word of another language or
a month ("Hi Ella,", "Dear June,") is read when it is the greeting's whole phrase.

What follows the cue is read word by word: capitalised words (hyphens and
apostrophes inside: "Jean-Pierre", "D'Angelo"), initials ("B."), and lower-case
particles between them ("de", "da", "van der", "dos"); it stops at anything
else, including the capitalised words that are never names on their own
(weekdays, months, holidays, greetings, shop talk, pronouns), and 2–4-letter
all-capital codes ("GLS", "XL"). At most four name words.

Lower-case names ("i am giuseppe verdi"): after a strong introduction ("my name
is", "mi chiamo") always; after any other cue only when the whole text is
typed without a capital letter (then capitals carry no information), and never
a function word, a state word ("contento", "sorry") or a word with a
participle/gerund/adverb ending. The cue word itself is never part of the span:
"la signora <PERSON>".

Scores are above the default threshold (0.5) and the documented PERSON
threshold example (0.6), ordered by how sure the cue is; the runner's overlap
rule lets a span of this recognizer beat an overlapping NER span, so spans
here always cover the whole name sequence. Cost: one pre-compiled regex scan
of the text for cue words, then word-by-word reading only where one matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import (
    capital_runs,
    closing_name,
    factored,
    feast_given,
    german_closing_name,
    lower_initials,
    name_forms,
    name_slots,
    named_under,
    slot_things,
    surname_pairs,
    surname_said,
    title_words,
)
from recognizers import name_words as w
from recognizers.coordinated_names import coordinated
from recognizers.given_name_recognizer import gazetteer, shouted
from recognizers.place_recognizer import places
from recognizers.verb_slots import VerbSlots
from recognizers.vocative_slots import VocativeSlots

_LETTERS = r"[^\W\d_]"
# One word of a name: letters, with inner hyphens or apostrophes (Jean-Pierre, O'Brien, D’Angelo).
_WORD = re.compile(rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*")
_INITIAL = re.compile(rf"{_LETTERS}\.(?!{_LETTERS})")
_GAP = re.compile(r"[ \t\u00a0]+")
# Labels of a form's name fields, whose value is a name in any case ("Cognome: rossi"); a role label
# ("Contact:", "Referente:") may hold "number on the order" and keeps the weak reading.
_NAME_FIELD = re.compile(r"nom|name|apellido|sobrenome|apelido|surname|forename")
# Capitalised particles opening a surname in a form's field: "Le Goff", "De la Fuente", "Van Dijk"
_LEADING_PARTICLES = re.compile(r"([A-Z][a-z]{1,2})(?:[ \t\u00a0]+[a-z]{2,3})?[ \t\u00a0]+(?=[A-ZÀ-Þ])")
# "Our" before "Lady" ("Nossa Senhora", "Nuestra Señora", "Nostra Signora"): the Virgin's titles
_LADY_BEFORE = re.compile(r"\b(?:nossa|nuestra|nostra)[ \t\u00a0]+$", re.IGNORECASE)
_SIGNOFF_GAP = re.compile(r"[ \t\u00a0]*[,!.:;\-–—]*[ \t\u00a0]*\n?[ \t\u00a0]*")
_END = re.compile(r"[ \t\u00a0]*[.!,;:)\-–—]*[ \t\u00a0]*(?:[^\w\s]{1,4}[ \t\u00a0]*)?(?:\n|$)")
_DASH_LINE = re.compile(r"(?:^|\n)[ \t]*[-–—~][ \t]*(?=\S)")
_LINE_START = re.compile(r"(?:^|(?<=\n))[ \t]*")
# The last emoji (pictographs, dingbats, symbols) before the text's last words, then spaces.
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_ANY_EMOJI = re.compile(rf"[{_EMOJI}]")
_LAST_EMOJI = re.compile(rf"[{_EMOJI}][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*[ \t]*(?=[^\n]*$)(?!.*[{_EMOJI}])")
_MAX_WORDS = 4  # name words, not counting the particles between them ("Juan de Dios Pérez del Río")
_MENTION = factored.compile(r"(?<![\w.@+\-])@(?=[^\W\d_])")
# After a Spanish mention, marks and emoji, then a request to "you" (`_asked_mention`)
_MENTION_ASKED = re.compile(
    rf"[\s,:!{_EMOJI}\ufe0f\u200d\U0001f3fb-\U0001f3ff]*[¿¡]?(?:me[ \t]+|nos[ \t]+)?"
    r"(?:puedes|podrías|podrias|sabes|tienes|confirmas|miras|mira|revisa|revisas|ayudas)(?![\w'’])",
    re.IGNORECASE,
)
_MENTIONED_NAME = 2  # as `given_name_recognizer._POPULARITY`: a name given rarely is too often a brand
_ARTICLE = re.compile(r"(?:o|a|la|il|el|der|die)[ \t]+(?=[^\W\d_])", re.IGNORECASE)
_OF = re.compile(rf"(?:{'|'.join(sorted(w.KIN_OF))})[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE)
_FROM = re.compile(r"[ \t\u00a0]+(?:da|dalla|dal|de|do|from|von)[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE)
_ARTICLE_PARTICLES = frozenset({"le", "la", "lo", "der", "den"})  # particles that are also articles
# Particles that open a surname after a title in a text typed without capitals: the Dutch and German
# ones and the articles of Italian and French surnames ("van der linden", "zu solms", "le goff"), not
# the prepositions that make a role ("della cassa", "da caixa", "de la tienda").
_LOWER_LEADING = re.compile(r"(?:(?:van|von)(?:[ \t\u00a0]+(?:der|den|dem|de))?|zu|ten|ter|le|la|lo|li)[ \t\u00a0]+")
# "St." inside a surname ("St. John", "St. Clair"), or "Ste." ("Ste. Marie"), before a capitalised word
_SAINT = re.compile(r"(?:St|Ste)\.[ \t\u00a0]*(?=[A-ZÀ-Þ])")
# A first name and a "St."/"St" surname with no cue before them ("Kieran St. John will collect it"), not
# after a number (a street: "12 Victoria St. Leeds")
_SAINT_NAMED = re.compile(
    r"(?<![\w'’.])(?P<first>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]+"
    r"(?P<saint>Ste?)(?:\.[ \t]*|[ \t]+)(?P<last>[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*)(?![\w'’])"
)
_MAX_LOWER = 3  # lower-case words carry less evidence: a shorter run
# An elided article or pronoun glued to the next word: French/Italian "l'", "j'", "c'", "s'", "n'",
# "m'", "t'", "qu'" (not "d'": "D'Angelo" is a surname).
_ELISION = re.compile(r"(?:[cjlmnstCJLMNST]|[qQ]u)['’](?=[^\W\d_])")
# English contractions: "I'm", "It's", "We're", "I'll", "I'd", "Don't".
_CONTRACTION = re.compile(r"[^\W\d_]+['’](?:m|s|re|ve|ll|d|t)", re.IGNORECASE)
# One-word introductions ("Sono", "Soy", "I'm", "C'est"): never the first word of a name.
_INTRODUCTIONS = frozenset(p for p in (*w.STRONG_INTRODUCTIONS, *w.WEAK_INTRODUCTIONS) if " " not in p)
_OPENING_QUOTES = frozenset("\"“«'‘")

STRONG, WEAK, HONORIFIC, LABEL = "strong", "weak", "honorific", "label"
RELATION, SIGN_OFF, GREETING = "relation", "sign_off", "greeting"
# Spanish and Portuguese possessives before a relative ("mi hija", "a minha filha")
_KIN_OWNERS = frozenset(
    "mi tu su mis tus sus nuestro nuestra vuestro vuestra meu minha teu tua seu sua nosso nossa".split()
)
_WORD_BEFORE_CUE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")
SCORES = {STRONG: 0.85, HONORIFIC: 0.85, WEAK: 0.8, LABEL: 0.8, RELATION: 0.75, SIGN_OFF: 0.75, GREETING: 0.7,
          "signature": 0.75, "here": 0.7, "van": 0.65}  # fmt: skip
LOWER_SCORE = 0.6


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def _cue_regex() -> re.Pattern[str]:
    groups = {
        STRONG: w.STRONG_INTRODUCTIONS,
        WEAK: w.WEAK_INTRODUCTIONS,
        HONORIFIC: w.HONORIFICS,
        RELATION: (
            *w.RELATIONS,
            *sorted(title_words.GERMAN_ROLE_NOUNS),  # German text only (`_after_cue`); sorted: a set's order varies
            *w.ON_BEHALF,
            *w.ARTICLED_RELATIONS,
            *w.ADDRESSED_CUES,
            *w.FORWARDED_FROM,
            *title_words.ONE_OF_STAFF,
        ),
        SIGN_OFF: w.SIGN_OFFS,
        GREETING: (*w.GREETINGS, *w.OPENING_INTRODUCTIONS, *w.APOLOGIES),
    }
    body = "|".join(f"(?P<{kind}>{_alternation(phrases)})" for kind, phrases in groups.items())
    # A cue is a whole word: no letter before it, and none right after (titles may end in ".").
    # Or a title after an elided Italian article ("L'avv. Ferri", "all'ing. Sanna": `_elided`).
    # Hundreds of words: grouped by first letter (`factored`), the same matches at a third less CPU.
    return factored.compile(rf"(?:(?<![\w'’])|(?<=\bl['’])|(?<=ll['’]))(?:{body})(?![\w'’])", re.IGNORECASE)


_RELATION_WORDS = frozenset(p for p in w.RELATIONS if " " not in p)  # "soy la mamá de un cliente"
_VERY_POPULAR = 8  # a stop word this popular as a first name is still one in lower case ("sara", "mia")
_GREETED_NAME = 5  # "Hi Ella,": a first name this popular after a greeting, though a word elsewhere
_DOER_NAME = 5  # "Ritira Carmelo": a first name this popular after an Italian pick-up verb, though a town
_GREETED_END = re.compile(r"[ \t\u00a0]*(?:[,!]|\n|$)")
_VOCATIVE_END = re.compile(r"[ \t\u00a0]*[,!]")  # "Thanks, Rhys! That's perfect": the name's own phrase
# "merci riwan 🙏", "scusa rosa,", "coucou aurore!": a word whose phrase a comma, "!", a full stop, an
# emoji, a line break or the text's end closes
_LOWER_VOCATIVE_END = re.compile(rf"[ \t\u00a0]*(?:[,!.]|[{_EMOJI}]|\n|$)")
_LOWER_VOCATIVE_GAP = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
# "hello hope you are well", "hi hope all good": "hope" and whom or what it wishes well, a wish
# after the greeting and no one called Hope (a comma, "hello hope, …", still greets her)
_GREETING_WISH = re.compile(
    r"hope[ \t\u00a0]+(?:you|u|ya|y'all|all|everything|everyone|it|its|it's|this|that|your|ur|the|we|things)\b"
)
_TEXT_END = re.compile(r"\W*\Z")  # nothing but marks and emoji to the message's end
_LOWER_GIVEN = 2  # a word of the language given this often is a first name after a lower-case cue
_PICKUP_WINDOW = 80  # characters before a pick-up verb searched for its subject
_UNLISTED_MIN = 4  # an unlisted word shorter than this is too often a chat abbreviation ("bcp", "msm")
# A quoted reply's header: ">" marks, an optional "On Monday," / "El lunes,", the author, an optional
# <address>, a verb of `QUOTED_VERBS` and its colon ("> Millaray Ccopa escribió:").
_QUOTED_AUTHOR = re.compile(
    r"(?:^|(?<=\n))[ \t>]*(?:(?:on|el|le|il|em|am)\b[^\n:]{0,60}?,[ \t]*)?"
    rf"(?P<name>[^\W\d_][^\n]{{0,80}}?)(?:[ \t]*<[^>\n]*>)?[ \t]+(?:{'|'.join(w.QUOTED_VERBS)})[ \t]*:",
    re.IGNORECASE,
)
# A name and a generational suffix or a post-nominal degree after it ("Anders Holm III", "… MD").
_SUFFIXED = factored.compile(
    r"(?<![\w'’.])(?P<name>[A-Z][a-zà-ÿ]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*){1,2}),?"
    r"[ \t]+(?:Jr\.?|Sr\.?|II|III|IV|MD|M\.D\.|DDS|D\.D\.S\.|PhD|Ph\.D\.|DVM|Esq\.?)(?![\w])"
)
_TITLES = frozenset(w.HONORIFICS)
_ONE_OF_STAFF = frozenset(title_words.ONE_OF_STAFF)
# German posts read as relations in German only (`title_words.GERMAN_ROLE_NOUNS`), less the words
# every language's relations hold (none today)
_GERMAN_ROLES = title_words.GERMAN_ROLE_NOUNS - frozenset(w.RELATIONS)
# Spanish "vosotros" present endings and the infinitive ending each stands for ("vendéis": "vender")
_VOSOTROS_ENDINGS = (("áis", "ar"), ("éis", "er"), ("ís", "ir"))
_VOSOTROS_STEM = 2  # "abr-ís", "tom-áis": a shorter stem is a monosyllable the stop words hold ("oís")
# Nouns of a family's home, garden, pets and children before "dei"/"dos" and its surname (`_family`)
_FAMILY_HOMES = {
    "it": frozenset(
        """casa sottotetto soffitta giardino cortile appartamento villa villetta cantina garage terrazzo
        balcone cane gatto cagnolino figli bambini ragazzi""".split()
    ),
    "pt": frozenset(
        """casa sótão quintal jardim apartamento garagem varanda terraço cão cachorro gato filhos
        miúdos crianças""".split()
    ),
}
_POPULAR_NAME = 3  # a first name this popular opens an address even when it is also a word ("Viola", "Stella")
# "J. R. Okafor", "P.J. Dunleavy", "A. Rinaldi", "M.ª José Ibarra", "Mª Pilar Ochoa", "F.sco Loddo":
# one to three initials (or a given name shortened around its dot) before a capitalised word
_INITIALS = factored.compile(
    r"(?<![\w'’.])(?P<initials>(?:(?:[A-Z]\.(?:ª|[a-z]{2,3}(?=[ \t]))?|Mª)[ \t]*){1,3})(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# "Ritira Nicolo/Elona", "Retrait par Helene/Maëlys": two capitalised words joined by a slash
_SLASHED = factored.compile(r"(?<![\w'’/])(?P<a>[A-ZÀ-Þ][a-zà-ÿ]+)/(?P<b>[A-ZÀ-Þ][a-zà-ÿ]+)(?![\w'’/])")
# The capitalised word right before a slashed pair's first side: "Cerys Hirsi/Dafydd Gallacher"
_WORD_BEFORE = re.compile(r"(?P<word>[A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+$")
# 'Robert "Bobby" Ferguson', "Mercedes 'Merche' Caballero": a nickname in quotes inside a name
_NICKNAMED = re.compile(
    r"(?<![\w'’])(?P<first>[A-ZÀ-Þ][a-zà-ÿ]+(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]+"
    r"[\"“'‘](?P<nick>[A-ZÀ-Þ][a-zà-ÿ]+)[\"”'’][ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ])"
)


# "[Inoltrato] Rakibul Benali: ho pagato", "[12/03/26, 10:15] Awa Diallo: …", "12/03/26 10:15 - Awa
# Diallo: …": who wrote a forwarded or exported chat line, before its colon
_FORWARDED = r"inoltrato|inoltrata|messaggio[ \t]+inoltrato|transféré|transférée|message[ \t]+transféré|forwarded"
_STAMP = r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_SPEAKER = re.compile(
    rf"(?:^|(?<=\n))[ \t>]*(?:\[(?:{_FORWARDED}|{_STAMP})\]|{_STAMP}[ \t]*[-–])[ \t]*"
    rf"(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,3}})[ \t]*:(?=[ \t])",
    re.IGNORECASE,
)
# "l'ordine di …", "la commande de …", "le colis d'…": whose order or parcel it is (`name_words.ORDERS_OF`)
_OWNED = factored.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(w.ORDERS_OF))})[ \t]+(?:di|de|d['’])[ \t]*(?=[^\W\d_])",
    re.IGNORECASE,
)


# What follows a caller's name after "it's": "from", "again", "here", a hesitation, or the errand of
# the call or message ("it's Dilrukshi erm calling about …", "ITS AMA OWUSU RE THE BIKE REPAIR")
_ITS_THEN = re.compile(
    r"[ \t]+(?:from|again|here|erm+|umm*|er|uh|calling|ringing|phoning|messaging|texting|writing|re|about|"
    r"regarding|chasing|confirming|checking|following|cancelling|canceling|asking|wondering|enquiring|"
    r"inquiring)(?![\w'’])",
    re.IGNORECASE,
)


# Spanish "… y yo": the writer joins a list of people ("Marisleidy y yo reservamos", "para Montoro,
# Montilla, Déniz y yo ⛳"); after one name, the clause ends or a verb of "we" follows (`_with_me`)
_WITH_ME = re.compile(r"[ \t]+y[ \t]+yo(?![\w'’])", re.IGNORECASE)
_WITH_ME_END = re.compile(rf"[ \t]*(?:[,.!?;:)\n]|$|[{_EMOJI}]|[^\W\d_]+mos(?![\w'’]))")
# Between the lower-case pairs of a list after a pair's cue: a slash, a comma, "and" (`_lower_pair`)
_LOWER_LIST_JOIN = re.compile(r"[ \t]*[/,][ \t]*|[ \t]+(?:y|e|and|et|und)[ \t]+")
_WITH_ME_CLAUSE = re.compile(r"[.!?¿¡:;\n()]")  # where the list's clause opens, looking back
# Spanish "Eréndira la de al lado", "Chaxiraxi la chica de la limpieza": a capitalised name and who
# they are, with no comma between (`_apposed_said`)
_APPOSED_SAID = re.compile(
    r"(?<![\w'’])(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-Þ][^\W\d_]+)?)[ \t]+"
    r"(?:la[ \t]+(?:chica|señora|de|del)|el[ \t]+(?:chico|señor|de|del))[ \t]+(?=[^\W\d_])"
)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:el|la|los|las|un|una|del|al|de)[ \t]+$", re.IGNORECASE)


class PersonNameRecognizer(EntityRecognizer):
    """PERSON spans found from the cue words around names (see module doc)."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language, context=[])
        self._cues = _cue_regex()
        self._slots = VocativeSlots(supported_language)
        self._verb_slots = VerbSlots(supported_language)
        self._particles = (
            w.PARTICLES
            | w.LANGUAGE_PARTICLES.get(supported_language, frozenset())
            | w.CUE_PARTICLES.get(supported_language, frozenset())
        )
        self._capital_particles = w.LANGUAGE_CAPITAL_PARTICLES.get(supported_language, frozenset())
        # Spanish says where the writer is with "por": "Remedios por aquí 👋" (a wave or another emoji
        # closes the phrase as a comma does)
        spanish = supported_language == "es"
        not_por, por, emoji = (r"(?!por[ \t])", r"(?:por[ \t]+)?", rf"|[{_EMOJI}]") if spanish else ("", "", "")
        self._here = factored.compile(
            rf"(?:^|[,.!?\-–—][ \t]+)[ \t]*(?P<name>{_WORD.pattern}(?:[ \t]+{not_por}{_WORD.pattern}){{0,2}})"
            rf"[ \t]+{por}(?P<here>{'|'.join(sorted(w.HERE))})[ \t]*(?:[,.;!:\-–—]|${emoji})",
            re.IGNORECASE,
        )
        # "Giulia, puoi …": one or two capitalised words opening a line, a comma, a request to "you"
        self._vocative = factored.compile(
            rf"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern})?)[ \t]*,[ \t]*"
            rf"[¿¡]?(?:{_alternation(w.ASKS_YOU)})(?![\w'’])",
            re.IGNORECASE,
        )
        # "Ana, la contable, tiene …": one to three words opening a line, a comma, a determiner and a role
        roles = "|".join(sorted(re.escape(r) for r in w.ROLES | name_forms.TRADESPEOPLE if " " not in r))
        self._apposed = factored.compile(
            rf"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,2}})[ \t]*,"
            rf"[ \t]*(?:{'|'.join(sorted(w.ROLE_DETERMINERS))})[ \t]+(?:(?:{roles})[ \t]+)?(?:{roles})[ \t]*(?:,|\n|$)",
            re.IGNORECASE,
        )
        # "Logan (my son, 12) needs …", "Bruno (mi hijo) lo recoge": words before a bracket that opens
        # with a possessive and a relative; the words nearest the bracket are read as the name
        # ("Lupe Ortega (mi vecina)", "Tom Baxter (the plumber)": a neighbour or a trade, as a relative)
        kin = "|".join(sorted(re.escape(k) for k in w.KIN | name_forms.TRADESPEOPLE))
        owners = "|".join(sorted(w.KIN_POSSESSIVES | w.ROLE_DETERMINERS))
        # In Spanish a relative alone in the bracket, closed right after it, signs a message as well
        # ("¡Perdón! Candelaria (mamá)"): whose parent is plain from the chat (`_bracketed_kin`)
        bare = rf"|(?:{kin})[ \t]*\)" if spanish else ""
        self._bracketed = factored.compile(
            rf"(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,2}})[ \t]*\([ \t]*"
            rf"(?:(?:{owners})[ \t]+(?:{kin})(?![\w'’]){bare})",
            re.IGNORECASE,
        )
        # "my neighbour (Poppy Hetherington) took it in": a relative, then the name in brackets
        relations = "|".join(sorted(re.escape(r) for r in w.RELATIONS if " " not in r))
        self._kin_bracket = factored.compile(
            rf"(?<![\w'’])(?:{relations})[ \t]*\([ \t]*(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,3}})"
            r"[ \t]*\)",
            re.IGNORECASE,
        )
        # "dare a marco prifti la mia vicina", "laisser à helene kerjean ma voisine": a possessive and a
        # relative or role right after a pair of words (`_kin_after`)
        self._kin_after_cue = factored.compile(  # grouped by first letter: the same matches, half the time
            rf"(?<=[ \t\u00a0,])[ \t\u00a0]*(?:(?:il|la|lo|el|le|o|a|the)[ \t\u00a0]+)?"
            rf"(?:{'|'.join(sorted(w.KIN_POSSESSIVES))})[ \t\u00a0]+(?:{relations})(?![\w'’])",
            re.IGNORECASE,
        )
        # Labels open a line or sentence: a regex of their own, tried only where one opens
        self._labels = factored.compile(
            rf"(?:^|(?<=[\n.!?,;/|]))[ \t\u00a0]*(?P<{LABEL}>{_alternation(w.LABELS)})(?![\w'’])", re.IGNORECASE
        )
        # "Hi, it's Anna from flat 3", "hey its sam again": "it's" opening a line, after a greeting at most
        # and the name of whom it greets ("hi frank, it's tamati nair from the bakery")
        self._its_cue = factored.compile(
            rf"(?:^|(?<=[\n.!?:]))[ \t]*(?:(?:{_alternation(w.ITS_GREETINGS)})(?:[ \t]+{_WORD.pattern})?"
            r"[ \t]*[,!]?[ \t]*)?"
            r"(?:it['’]s|its|it[ \t]+is)[ \t]+",
            re.IGNORECASE,
        )
        # German "bei … klingeln": whose doorbell to ring ("bei der Packstation" names no bell)
        self._ring = factored.compile(
            rf"(?<![\w'’])bei[ \t]+(?:(?:familie|fam\.)[ \t]+)?"
            rf"(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,2}})[ \t]+(?:klingeln|läuten|schellen)(?![\w'’])",
            re.IGNORECASE,
        )
        # and the verb first, the name ending the clause: "klingeln bei Yilmaz, danke"
        self._ring_after = factored.compile(
            rf"(?<![\w'’])(?:klingeln|läuten|schellen)[ \t]+bei[ \t]+(?:(?:familie|fam\.)[ \t]+)?"
            rf"(?P<name>{_WORD.pattern}(?:[ \t]+{_WORD.pattern}){{0,2}})(?=[ \t]*(?:[,.!?;:)\n]|$))",
            re.IGNORECASE,
        )
        # Italian "per Chiarina", "da Angioletta", "il numero di Lotterio": one capitalised word that
        # ends a clause (see `_unlisted_after`)
        self._per_da = factored.compile(
            rf"(?<![\w'’])(?P<cue>per|da|numero[ \t]+di|vostro[ \t]+numero)[ \t]+(?P<name>{_WORD.pattern})"
            r"(?=[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+(?:a|al|alla|che|e|grazie|per)(?![\w'’]))",
            re.IGNORECASE,
        )
        # Company, speaking to, a pick-up's verb: a first name and a surname in lower case (`_lower_pair`)
        # A home, a garden, a pet or the children of a family named by its surname ("nel sottotetto
        # dei Mbaye", "no sótão dos Gouveia", "il cane dei Bertola"): `_family`
        homes = _FAMILY_HOMES.get(self.supported_language)
        self._family_home = (
            factored.compile(
                rf"(?<![\w'’])(?:{'|'.join(sorted(homes))})[ \t]+(?:dei|degli|dos|das)[ \t]+(?P<name>[A-ZÀ-Þ][\w'’-]+)"
            )
            if homes
            else None
        )
        self._pair_cue = factored.compile(
            rf"(?<![\w'’])(?:{_alternation(w.LOWER_PAIR_CUES)})[ \t\u00a0]+(?=[^\W\d_])", re.IGNORECASE
        )
        # "mark patel is picking it up", "Nolwenn Le Bihan viendra le chercher": the verb phrase whose
        # subject is read back from (`_pickup_subject`)
        verbs = w.SUBJECT_PICKUP_VERBS.get(supported_language)
        self._pickup_verb = (
            factored.compile(rf"(?<=[ \t\u00a0])(?:{verbs})(?![\w'’])", re.IGNORECASE) if verbs is not None else None
        )
        self._van = factored.compile(rf"(?<![\w'’])(?:{'|'.join(w.LEADING_PARTICLES)})\s+(?=[^\W\d_a-z])")
        # "Dorothy M Faria", "Oskar J. Lindqvist": a first name, a middle initial, a surname. The small
        # English model tags the first name and stops at the initial, leaving the surname in clear.
        self._initial = factored.compile(
            r"(?<![\w'’.])(?P<first>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)[ \t]+(?P<initial>[A-Z])\.?[ \t]+"
            r"(?P<last>[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*)(?![\w'’])"
        )

    def load(self) -> None:
        """Nothing to load: the rules are compiled in `__init__`."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        typed = text  # as typed: a name in capitals is read from the capitals (`capital_runs`)
        if shouted(text):  # "HI THIS IS ANNA ROSSI": capitals carry no information, read it as lower case
            text = text.lower()
        lower_text = not any(map(str.isupper, text))  # `map` of the method: no generator frame a character
        found: dict[tuple[int, int], float] = {}
        for match in self._cues.finditer(text):
            kind = match.lastgroup or WEAK
            if kind != HONORIFIC and _elided(text, match.start()):
                continue  # "l'amica", "dell'ordine": only a title is read after an elided article
            self._after_cue(text, match, kind, lower_text, found)
            if lower_text and kind in (GREETING, SIGN_OFF) and _line_opening(text, match.start()):
                self._lower_vocative(text, match.end(), found)
        if lower_text:
            self._lower_pair(text, found)
        if self._pickup_verb is not None:
            self._pickup_subject(text, found)
        for match in self._labels.finditer(text):
            self._after_cue(text, match, LABEL, lower_text, found)
        self._signature(text, lower_text, found)
        if self.supported_language == "de" and not lower_text and (closing := german_closing_name.closing_name(text)):
            _add(found, closing, SCORES["signature"])  # "… bis nächste Woche. Remedios"
        self._name_here(text, lower_text, found)
        self._surname_said(text, lower_text, found)
        self._its(text, lower_text, found)
        if "@" in text:
            self._mentions(text, found)
        self._doorbell(text, lower_text, found)
        self._addressed(text, found)
        if ":" in text:
            self._quoted_author(text, found)
        self._apposed_role(text, found)
        self._kin_after(text, found)
        if "/" in text:
            self._slashed(text, found)
        if "(" in text:
            self._bracketed_kin(text, found)
        if self.supported_language == "es" and not lower_text:
            self._with_me(text, found)
            self._apposed_said(text, found)
        self._middle_initial(text, found)
        if "St" in text:
            self._saint_surname(text, found)
        if "." in text or "ª" in text:
            self._initialled(text, found)
        if '"' in text or "'" in text or "“" in text or "‘" in text:
            self._nicknamed(text, found)
        self._suffixed(text, found)
        if self.supported_language == "it":
            self._unlisted_after(text, found)
        if self._family_home is not None:
            self._family(text, found)
        if self.supported_language in ("it", "fr"):
            self._owned(text, lower_text, found)
        if ":" in text:
            self._speaker(text, lower_text, found)
        for match in self._van.finditer(text):
            span = self._read(text, match.start(), lower=False, leading_particle=True)
            if span:
                _add(found, span, SCORES["van"])
        for span in name_slots.spans(text, self.supported_language, self._slot_name, self._everyday):
            _add(found, span, SCORES[LABEL] if text[span[0]].isupper() else LOWER_SCORE)
        for span in named_under.spans(text, self.supported_language, self._slot_name, self._everyday):
            _add(found, span, SCORES[LABEL] if text[span[0]].isupper() else LOWER_SCORE)  # "au nom de de smet"
        self._staff_and_departments(text, lower_text, found)
        self._slotted(text, found)
        for span in self._verb_slots.find(text, self._slot_name, self._everyday):  # "spoke to X", "X told me"
            _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)
        for span in capital_runs.spans(typed, self.supported_language):  # "Lieferung für OKAN DEMIR bitte"
            _add(found, span, SCORES[RELATION])
        if lower_text:  # "rezept abholen für z. tóth", "z. hd. r. häberli"
            for span in lower_initials.spans(text, self.supported_language, self._everyday):
                _add(found, span, LOWER_SCORE)
        for span in feast_given.spans(text, self.supported_language):  # "no Inmaculada Montoya"
            _add(found, span, SCORES[RELATION])
        for span in closing_name.spans(typed, self.supported_language, self._everyday):  # "… que viene. Kattia"
            _add(found, span, SCORES["signature"] if typed[span[0]].isupper() else LOWER_SCORE)
        return [self._result(start, end, score) for (start, end), score in found.items()]

    def _after_cue(
        self, text: str, match: re.Match[str], kind: str, lower_text: bool, found: dict[tuple[int, int], float]
    ) -> None:
        cue = match.group().casefold()
        if kind == HONORIFIC and " ".join(cue.split()) in w.CAPITALISED_HONORIFICS:
            if not match.group()[0].isupper() and not lower_text and not self._given_after(text, match.end()):
                return
        if kind == HONORIFIC and not self._own_honorific(text, match):
            return  # "me" opening a Spanish or Italian sentence, "Me Voilà": no Maître
        if kind == HONORIFIC and _LADY_BEFORE.search(text, 0, match.start()):
            return  # "Nossa Senhora Aparecida", "Nuestra Señora del Pilar": the Virgin, a feast or a church
        if kind == SIGN_OFF:
            if self._greetings_from(text, match.end(), lower_text, found):
                return
            gap = _SIGNOFF_GAP.match(text, match.end())
            assert gap is not None  # noqa: S101 - the pattern matches the empty string
            if gap.end() == match.end():  # "Grazie Mille": a sign-off needs a comma or a line break
                return
            # "lg anna", "cheers tom" opening a line of lower-case text take a name with no comma either
            bare = " ".join(cue.split()) in w.BARE_SIGN_OFFS and _line_opening(text, match.start())
            span = self._read(text, gap.end(), lower=lower_text and ("\n" in gap.group() or bare))
            if span is None and lower_text and "," in gap.group():
                span = self._signed_last(text, gap.end())  # "cordiali saluti, gioia caruso"
            if span and _sign_off_itself(text, span):
                return  # "Obrigado\nAbraço": a second sign-off, whose own line is read as a cue
            if span and _END.match(text, span[1]):
                _add(found, span, SCORES[SIGN_OFF] if text[span[0]].isupper() else LOWER_SCORE)
            elif span and self._thanked(cue, gap.group(), text, span):
                _add(found, span, SCORES[GREETING])
            return
        if kind == GREETING and not _line_opening(text, match.start()):
            return  # "Ich suche Polo, lieber Benetton": "lieber" is "rather" there, no one is greeted
        if kind == RELATION and self.supported_language != "de" and " ".join(cue.split()) in _GERMAN_ROLES:
            return  # "trainer", "chef", "pate": a German post, an English shoe or cook, French paste
        if kind == RELATION and "Mister" in match.group():
            return  # "il Mister Baby", "o Mister Wonderful": a brand's word; the coach is "il mister"
        start, field, comma_gap, purposed = match.end(), False, "", False
        if kind == RELATION and cue[:1] != match.group()[:1] and gazetteer().popularity.get(cue, 0) >= _POPULAR_NAME:
            # A capitalised relation word that is a first name opens the name: French "mari" in
            # Spanish "Mari Carmen", "Nonna Rosa": the span starts at it, not after it.
            span = self._read(text, match.start(), lower=False)
            if span and span[1] > match.end():
                _add(found, span, SCORES[RELATION])
            return
        if kind == RELATION:
            comma = re.match(r"[,:]?[ \t\u00a0]+", text[start:])  # "Attn: Jo Bloggs", "z. Hd. Herrn …"
            comma_gap = comma.group() if comma else ""
            start += len(comma_gap)
            of = _OF.match(text, start) if " ".join(cue.split()) in w.KIN else None
            start = of.end() if of else start  # "la moglie di Marco", "la mamá de Lucía", "esposa do João"
        else:
            if kind == LABEL:  # "Nome e cognome: Marta Rossi", at a line's opening
                # French "Nom : …" has a space before; "Recipient — Liban Pugh": a spaced dash stands for it
                colon = re.match(r"[ \t\u00a0]*:|[ \t\u00a0]+[-–—](?=[ \t\u00a0])", text[start:])
                if colon is None and _NAME_FIELD.search(cue) and _line_opening(text, match.start()):
                    colon = surname_said.FOR_WHAT.match(text[start:])  # "Apellido para recoger: Tejada"
                    colon = colon or surname_said.OF_WHOM.match(text[start:])  # "Nachname des Kindes: Kockel"
                    purposed = colon is not None
                bare = " ".join(cue.split()) in w.LABELS_WITHOUT_COLON
                named = colon is not None and _NAME_FIELD.search(cue) is not None  # not "Contact:", "Referente:"
                if not (colon or bare) or not (_line_opening(text, match.start()) or named and _field(text, match)):
                    return  # "Product name: Air Max", "il nome Giulia"
                start += colon.end() if colon else 0
                field = named  # "Cognome: sechi": a name field holds a name in any case
            gap = _GAP.match(text, start)
            if gap is None:
                return
            start = gap.end()
        if text[start : start + 1] in _OPENING_QUOTES and text[start + 1 : start + 2].isupper():
            start += 1  # 'a nombre de "Lautaro Perdomo"', "Put it under 'Gaz Pugh'": the name inside quotes
        if kind in (STRONG, WEAK):  # "sou a Mariana", "sono la Giulia", "ich bin der Jonas"
            article = _ARTICLE.match(text, start)
            start = article.end() if article and (lower_text or text[article.end()].isupper()) else start
        folded_cue = " ".join(cue.casefold().split())
        # After a verb of telling, asking or handing over, a text typed all in lower case (or shouted)
        # still names its person in lower case ("chiedi a gonario se …", "CONSEGNARE A PIERI PORCU");
        # `_told_company` keeps out the everyday words, places and carriers ("dile a la encargada").
        capitalised_only = kind == RELATION and (
            folded_cue in w.CAPITALISED_ONLY_CUES
            or folded_cue in w.FORWARDED_FROM
            or (folded_cue in w.ADDRESSED_CUES and not lower_text)
        )
        span = self._read(
            text,
            start,
            lower=kind == STRONG or field or (lower_text and not capitalised_only),
            weak=kind != STRONG,
            leading_particle=kind == HONORIFIC and not lower_text,  # "a senhora da caixa" is a role
            # after a relative, as after a title, a first name that is a holiday elsewhere: "mi pareja Reyes"
            titled=kind == HONORIFIC or kind == RELATION and self._owned_kin(text, match, folded_cue),
        )
        if span is None and kind == GREETING:
            span = self._greeted(text, start, lower_text)
        if field:
            span = self._field_value(text, start, span)
            if span is None or purposed and not lower_text and text[span[0]].islower():
                return  # "Nachname für die Rechnung: siehe oben": a label with a purpose wants a capital
        titled = kind == HONORIFIC or kind == RELATION and match.group()[0].isupper()  # "la Mère Poulard"
        if span and titled and self._titled_brand(cue, text[span[0] : span[1]]):
            return  # "Dr Martens boots", "Mr Kipling cakes": a brand that wears a title
        if span and kind == HONORIFIC and self._particled_brand(text[span[0] : span[1]]):
            return  # "Coco Mademoiselle de Chanel": a perfume, and its house after "de"
        if span is None and kind == HONORIFIC and lower_text:
            span = self._lower_particled(text, start)  # "frau zu solms", "mme le goff", "herr van der linden"
        if span and kind == HONORIFIC and self._articled_role(text[span[0] : span[1]], lower_text):
            return  # "Monsieur le Directeur", "Madame la Présidente": a role, not "Le Goff"
        if span and kind == RELATION and self._told_company(cue, text[span[0] : span[1]]):
            return  # "Pregúntale a Amazon por el reembolso": a company is asked too
        if span and kind == RELATION and text[span[0] : span[1]].split()[0].casefold() in title_words.HANDED_NOUNS:
            return  # "dem Hausmeister Bescheid sagen", "beim Pförtner Paket abgeben": a noun, no name
        guarded = kind == RELATION and folded_cue in title_words.GUARDED_ROLES
        if span and guarded and self._trade_thing(text, span, folded_cue):
            return  # "der Elektriker Notdienst", "el fontanero Urgente", "der Filialleiter Hamburg": a service
        if span and folded_cue in _GERMAN_ROLES and self._role_thing(text, span):
            return  # "Trainer Schuhe", "Lehrer Kalender": a compound written apart, no one
        if span and folded_cue in _ONE_OF_STAFF and self._everyday(text[span[0] : span[1]].split()[0]):
            return  # "one of your staff, Brilliant job": praise, no one named
        if span and kind == RELATION and _company(text[span[0] : span[1]]):
            return  # "the courier Evri", "per conto di Amazon", "my son Xbox controller": a company or a thing
        if span and kind in (RELATION, WEAK, LABEL) and self._thing_run(cue, text[span[0] : span[1]]):
            return  # "c/o Magazzino Centrale", "Expéditeur : Amazon Marketplace"
        german = self.supported_language == "de"
        if span and kind == LABEL and german and _labelled_firm(text[span[0] : span[1]]):
            return  # "Kontoinhaber: Telekom", "Kontoinhaber: Sparkasse Hannover", "Empfänger: Mein Mann"
        if span and kind in (STRONG, WEAK) and _introduced_status(text[span[0] : span[1]]):
            return  # "I'm Italian", "je suis Parisienne", "soy Socio Club": what the writer is, not who
        if span and german and kind in (STRONG, WEAK, RELATION, LABEL) and _german_department(text[span[0] : span[1]]):
            return  # "z. Hd. Einkauf", "hier ist der Kundendienst von Velo Huber": a department, no one
        if span and kind in (STRONG, WEAK) and german and _introduced_kin(text[span[0] : span[1]]):
            return  # "Ich bin die Mutter, mein Sohn hat …": German capitalises the relative the writer is
        if span and cue == "c/o" and w.CARE_OF_PLACES & {word.casefold() for word in text[span[0] : span[1]].split()}:
            return  # "c/o Amazon Locker", "c/o Mail Boxes Etc.": a pick-up point
        if span and kind == GREETING and self._everyday(text[span[0] : span[1]].split()[0]):
            return  # "Ciao Vorrei cambiare …", "Bom dia Quando volta …": the sentence after a greeting
        if span and kind == GREETING and self._vosotros_verb(text[span[0] : span[1]].split()[0]):
            return  # "HOLA ABRÍS EL DOMINGO?", "buenas vendéis leña": the question after a greeting
        if span and kind == GREETING and text[span[0]].islower() and self._greeted_word(text, span[0]):
            return  # "ciao bella,", "hello love": an endearment; "hello hope you are well": a wish
        if span and kind == GREETING and self._greeted_compound(text[span[0] : span[1]]):
            return  # "Hallo, Wespennest, wir sind …": a firm or a service greeted by its compound noun
        if (
            span
            and cue.replace("’", "'") == "c'est"
            and text[span[0]].islower()
            and self._everyday(text[span[0] : span[1]].split()[0])
        ):
            return  # "c'est fini", "c'est réglé", "c'est parti": a state, not who is speaking
        if span and kind == RELATION and folded_cue in w.RELATIONS and start == match.end() + len(comma_gap):
            words = text[span[0] : span[1]].split()
            if text[span[0]].islower() and len(words) == 1 and self._everyday(words[0]):
                return  # "mia sorella passa a ritirarlo", "mi prima pasa": a verb after a relative, no name
            if text[span[0]].islower() and german and self._german_verb_run(words):
                return  # "meine schwester holt das kleid ab": the verb and its object, "das" no particle
        if span:
            capitalised = text[span[0]].isupper() or (kind == HONORIFIC and not lower_text)  # "M. de La Salle"
            _add(found, span, SCORES[kind] if capitalised else LOWER_SCORE)

    def _german_verb_run(self, words: list[str]) -> bool:
        """A lower-case German run after a relative that goes on past an article read as a particle
        ("holt das kleid", "nimmt das paket"): its first word an everyday word no list gives as a first
        name or a surname, the next a German article; "meine schwester anna holt …" keeps "anna"."""
        if len(words) < 2 or words[1] not in _DE_ARTICLES:
            return False
        first = words[0].casefold()
        return self._everyday(first) and gazetteer().popularity.get(first, 0) == 0 and not surname_pairs.surname(first)

    def _given_after(self, text: str, pos: int) -> bool:
        """A capitalised first name of popularity 3+, no everyday word, right after `pos`: a title
        that is also a word is one in lower case before it ("don Manuel", "seu Ademar", "dom Pedro"
        are how Spanish and Brazilian Portuguese write them; "seu Pedido" is "your order")."""
        gap = _GAP.match(text, pos)
        word = _WORD.match(text, gap.end()) if gap else None
        if word is None or not word.group()[0].isupper():
            return False
        folded = word.group().casefold()
        return gazetteer().popularity.get(folded, 0) >= _POPULAR_NAME and not self._everyday(folded)

    @staticmethod
    def _greeted_word(text: str, start: int) -> bool:
        """In lower case after a greeting, a word that greets no one by name: an endearment that
        ends such phrases ("ciao bella,", "hello love", "ciao cara": `VOCATIVE_WORDS`) or "hope"
        opening a wish ("hello hope you are well"). Capitalised ("Ciao Bella,") it stays a name."""
        word = _WORD.match(text, start)
        if word is not None and word.group().casefold() in w.VOCATIVE_WORDS:
            return True
        return _GREETING_WISH.match(text, start) is not None

    def _field_value(self, text: str, start: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """A form field's value: capitalised particles may open it ("Nom : Le Goff", "Apellidos: De la
        Fuente"); in lower case it is a name ("Cognome: rossi" though "rossi" is a word) unless it says
        there is none ("Surname: unknown", "Nome: idem") or is a stop word."""
        if span is None:
            lead = _LEADING_PARTICLES.match(text, start)
            # "Cognome: Lo Cascio", "Apellidos: De la Fuente": the language's capital particles too
            if lead and lead.group(1).casefold() in w.PARTICLES | self._capital_particles:
                after = self._read(text, lead.end(), lower=False)  # "Fuente" is a word, not after "De la"
                return (start, after[1]) if after else None
            return None
        first = text[span[0] : span[1]].split()[0].casefold()
        stop = gazetteer().stop_words
        if first in w.NO_VALUE:
            return None
        languages = (self.supported_language, "en")
        if text[span[0]].islower() and any(first in stop.get(lang, frozenset()) for lang in languages):
            return None  # "Nome: non lo so"; a capitalised particle opens a surname ("De la Fuente")
        return span

    def _own_honorific(self, text: str, match: re.Match[str]) -> bool:
        """A title of one language only (French "Me") is one in that language, written with its
        capital, before a capitalised word that is no everyday word; every other title always is."""
        cue = " ".join(match.group().casefold().split())
        owners = [lang for lang, titles in w.LANGUAGE_HONORIFICS.items() if cue in titles]
        if not owners:
            return True
        if self.supported_language not in owners or not match.group()[0].isupper():
            return False
        pos, word, particles = match.end(), None, 0
        while particles < 3:  # past the particles: "Me Le Goff", "Me de la Haye"
            gap = _GAP.match(text, pos)
            word = _WORD.match(text, gap.end()) if gap else None
            if word is None or word.group().casefold() not in self._particles | self._capital_particles:
                break
            pos, particles = word.end(), particles + 1
        if word is None or not word.group()[0].isupper():
            return False
        return particles > 0 or not self._everyday(word.group())  # a particle vouches for a surname

    def _articled_role(self, name: str, lower_text: bool) -> bool:
        """A title's words that open with an article-like particle ("le", "la", "der") and go on with
        an office ("Monsieur le Directeur", "Madame La Présidente": `title_words.OFFICES`), or in a
        text with capitals with a lower-case article and an everyday word ("Monsieur le Client"): a
        role. A capitalised article before any other word opens a surname, everyday word or not
        ("Mme Le Roux", "la signora La Torre", "il signor Lo Bianco"): Italian and French write
        their particled surnames so. In a text typed without capitals only an office says role."""
        words = name.split()
        if len(words) < 2 or words[0].casefold() not in _ARTICLE_PARTICLES:
            return False
        if words[1].casefold() in title_words.OFFICES:
            return True
        return not lower_text and words[0].islower() and self._everyday(words[1])

    def _lower_particled(self, text: str, start: int) -> tuple[int, int] | None:
        """In a text typed without capitals, a surname that opens with a particle after a title:
        "frau zu solms", "dr. von ahlen", "herr van der linden", "mme le goff". Only the particles that
        are no preposition of a role ("la signora della cassa", "a senhora da caixa": `_LOWER_LEADING`),
        and one word after them, no everyday or stop word ("la signora la chiamo domani", "die frau von
        nebenan", "herr von der post"), but after Dutch "van", which is no German or Romance word."""
        lead = _LOWER_LEADING.match(text, start)
        if lead is None:
            return None
        word = _WORD.match(text, lead.end())
        if word is None or (not lead.group().startswith("van") and self._everyday(word.group())):
            return None
        folded = word.group().casefold()
        if folded in self._particles or not _lower_name(folded, False):
            return None
        return start, word.end()

    def _particled_brand(self, name: str) -> bool:
        """A title's words that open with a particle and go on with a listed brand ("de Chanel")."""
        words = name.casefold().split()
        if not words or words[0] not in self._particles | self._capital_particles:
            return False
        rest = [word for word in words if word not in self._particles | self._capital_particles]
        return bool(rest) and (rest[0] in w.EPONYMOUS_BRANDS or " ".join(rest) in w.EPONYMOUS_BRANDS)

    @staticmethod
    def _titled_brand(cue: str, name: str) -> bool:
        """A title and the name after it spell a listed brand ("Dr. Martens", "Mr Kipling") or a
        listed book or film ("el Señor de los Anillos", "o Senhor dos Anéis": `NAMED_THINGS`)."""
        first, title = name.split()[0].casefold(), " ".join(cue.split())
        if f"{title} {' '.join(name.casefold().split())}" in w.NAMED_THINGS:
            return True
        return any(f"{t} {first}" in w.EPONYMOUS_BRANDS for t in (title, title.rstrip(".")))

    def _greetings_from(self, text: str, pos: int, lower_text: bool, found: dict[tuple[int, int], float]) -> bool:
        """A sign-off, "from" and a name that ends the line: "Un saluto da Marco Rossi", "Um abraço da
        Ana", "Un abrazo de Lucía", "Saluti da Anna e Luca" (the list's other name is the first-name
        rules')."""
        source = _FROM.match(text, pos)
        if source is None:
            return False
        span = self._read(text, source.end(), lower=lower_text, weak=True)
        if span and text[span[0]].islower() and self._everyday(text[span[0] : span[1]].split()[0]):
            return True  # "merci de vérifier", "MERCI DE RAPPELER" (read in lower case): a request, no sender
        if span and _END.match(text, span[1]):
            _add(found, span, SCORES[SIGN_OFF] if text[span[0]].isupper() else LOWER_SCORE)
        return True

    def _greeted_compound(self, name: str) -> bool:
        """In German, one word after a greeting or thanks that reads as a compound noun (`slot_things.
        german_compound_noun`: "Hallo, Wespennest,", "Moin Hausverwaltung"): German joins nouns
        into new ones too rare for the frequent-word list, and a chat greets the firm or the service
        it writes to by such a noun. A listed first name or census surname, a foreign letter and a
        surname's tail ("Kellermann") are never read so, and two words stay ("Hallo Anna Wespennest")."""
        if self.supported_language != "de" or len(name.split()) != 1:
            return False
        return slot_things.german_compound_noun(name.capitalize(), short_tail=False)

    def _greeted(self, text: str, start: int, lower_text: bool) -> tuple[int, int] | None:
        """ "Hi Ella,", "Dear June,": after a greeting, one capitalised word that the shop-word list
        holds only as a word of another language or as a month ("ella" is Spanish for "she") is a name
        when it is a first name of popularity 5 or more, no stop word of this language or English, and
        the greeting's whole phrase (a comma, "!" or the line's end after it). In a text typed all in
        lower case ("hi ella,") the capital is not asked for."""
        match = _WORD.match(text, start)
        if (
            match is None
            or not (lower_text or match.group()[:1].isupper())
            or not _GREETED_END.match(text, match.end())
        ):
            return None
        lists = gazetteer()
        folded = match.group().casefold()
        if lists.popularity.get(folded, 0) < _GREETED_NAME:
            return None
        if any(folded in lists.stop_words.get(lang, frozenset()) for lang in {self.supported_language, "en"}):
            return None
        return match.span()

    def _signature(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """The last line is a signature: capitalised name words under a sign-off or after a dash.
        An emoji ends a line as well as a line break does in chat: "Grazie di tutto 🙏 Marta Rossi"."""
        if "\n" not in text and _ANY_EMOJI.search(text) is None:
            return  # one line, no emoji: no signature line
        end = len(text)
        while end and not text[end - 1].isalnum():  # "Marta Rossi 😊": what ends the text is no line break
            end -= 1
        body = text[:end]
        if not body:
            return
        emoji = _LAST_EMOJI.search(body)
        cut = max(body.rfind("\n"), emoji.start() if emoji else -1)
        if cut < 0:
            return
        if emoji and cut == emoji.start():
            start = emoji.end()
        else:
            last = _LINE_START.match(body, cut + 1)
            assert last is not None  # noqa: S101 - the pattern matches the empty string
            start = last.end()
        dash = re.match(r"[-–—~][ \t]*", body[start:])
        if dash:
            start += dash.end()
        span = self._read(body, start, lower=lower_text, weak=True)
        if not span or not _END.match(body, span[1]) or _sign_off_itself(body, span):
            return  # "Obrigado\nAbraço", "Obrigada pelo apoio\nBeijinhos": a sign-off under another
        previous = body[:cut].rstrip().rpartition("\n")[2].casefold()  # the line above the signature
        if body[cut] != "\n":  # after an emoji: the sign-off is on the same line, and no dash
            dash = None
        if dash or any(m.lastgroup == SIGN_OFF for m in self._cues.finditer(previous)):
            _add(found, span, SCORES["signature"] if text[span[0]].isupper() else LOWER_SCORE)

    def _name_here(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        for match in self._here.finditer(text):
            span = self._read(text, match.start("name"), lower=False)
            first = match.group("name").split()[0]
            if not span or span[1] != match.end("name") or self._everyday(first):
                continue
            if match.group("here").casefold() in w.HERE_LISTED_ONLY and not _plain_name(first.casefold()):
                continue  # "Foto hier:", "Photo ici :": after "hier" and "ici", a listed name no word
            _add(found, span, SCORES["here"])

    def _owned_kin(self, text: str, match: re.Match[str], cue: str) -> bool:
        """In Spanish and Portuguese, a relative after a possessive ("mi pareja", "mi hija", "a minha
        filha"): no one but a person follows one, so a listed first name that is a holiday or a month
        elsewhere is read there as after a title ("mi pareja Reyes", "mi hija Rosario"); not a role
        ("el repartidor"), nor a relative after an article ("un Papá Noel de chocolate")."""
        if self.supported_language not in ("es", "pt") or not match.group()[:1].islower():
            return False
        words = cue.split()
        if words[-1] not in w.KIN and words[-1] != "pareja":
            return False
        if len(words) > 1:
            return words[0] in _KIN_OWNERS
        before = _WORD_BEFORE_CUE.search(text, max(0, match.start() - 20), match.start())
        return before is not None and before.group(1).casefold() in _KIN_OWNERS

    def _service_surname(self, text: str, span: tuple[int, int], first: str) -> bool:
        """After a teacher's, a coach's or a carer's post (`title_words.SERVICE_ROLES`), a capitalised
        surname opening the run, though an everyday word or a town: a census surname or a frequent
        Spanish or Portuguese surname that is a word ("el míster Cabrera", "la profe Obando", "el míster
        Rosado"). People are called so by their surname; a service after a trade is named by a word no
        surname list holds ("el entrenador Personal", "el fisio Online"). Not in capitals (a code)."""
        word = text[span[0] : span[1]].split()[0]
        if not word[:1].isupper() or word.isupper():
            return False
        return surname_pairs.surname(first) or self.supported_language in ("es", "pt") and first in w.WORD_SURNAMES

    def _trade_thing(self, text: str, span: tuple[int, int], cue: str = "") -> bool:
        """After a trade's noun, a run that opens with an everyday word or a place that is no listed first
        name (or a rare one: "the fitter London branch"), or that is a thing a slot never holds
        (`slot_things`): a service or a branch, no one. After a teacher's or a coach's post (`cue`) a
        surname stays a name though it is a word or a town (`_service_surname`)."""
        content = [word.casefold() for word in text[span[0] : span[1]].split()]
        first = content[0]
        popularity = gazetteer().popularity.get(first, 0)
        if popularity >= _POPULAR_NAME or popularity >= 1 and first not in places().words_in:
            return False  # "the fitter London branch": a place that is a rare first name is a branch
        if cue in title_words.SERVICE_ROLES and self._service_surname(text, span, first):
            return False  # "el míster Cabrera", "la profe Obando": a coach's or a teacher's surname
        return (
            self._everyday(first) or first in places().words_in or slot_things.thing(content, self.supported_language)
        )

    def _role_thing(self, text: str, span: tuple[int, int]) -> bool:
        """After a German post ("Trainer", "Lehrerin"), a run that opens with an everyday word (a
        first name given rarely is one: "Kalender"), a place that is no listed first name, or a thing
        a slot never holds: German writes compounds apart too ("Trainer Jacke", "Lehrer Kalender").
        A census surname opening it stays a name (fail closed)."""
        content = [word.casefold() for word in text[span[0] : span[1]].split()]
        first = content[0]
        if surname_pairs.surname(first):
            return False
        placed = first in places().words_in and gazetteer().popularity.get(first, 0) < 1
        return self._everyday(first) or placed or slot_things.thing(content, self.supported_language)

    def _surname_said(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """ "…, apellido Sosa", "cognome da nubile Kidane", "Mädchennamen Tjaden bestellt": the words
        after the noun for a surname are its value, in any case (`surname_said`), read as a form
        field's value is; never a carrier, an app or a thing's run. A maiden name after the word for
        "born" ("…, geborene Dudek", "Ada Mensah née Okafor") only capitalised (`surname_said.BORN_AS`)."""
        cues = [
            surname_said.SURNAME_CUES.get(self.supported_language),
            surname_said.SURNAME_CUES_AT_LABEL.get(self.supported_language),
            surname_said.MAIDEN_AFTER_COMMA.get(self.supported_language),
        ]
        for cue in (c for c in cues if c is not None):
            for match in cue.finditer(text):
                start = match.end()
                if match.group().rstrip().endswith(",") and not text[start].isupper():
                    continue  # after a comma only a capitalised word is the maiden name
                span = self._field_value(text, start, self._read(text, start, lower=lower_text, weak=True))
                if span is None or self._thing_run("", text[span[0] : span[1]]):
                    continue
                if _company(text[span[0] : span[1]]):
                    continue
                _add(found, span, SCORES[LABEL] if text[span[0]].isupper() else LOWER_SCORE)
        born = surname_said.BORN_AS.get(self.supported_language)
        for match in born.finditer(text) if born else ():
            before = text[: match.start()].split()
            if not text[match.end()].isupper() or not (match.group()[0] == "," or before and before[-1][0].isupper()):
                continue  # "nata a Roma", "I was born Catholic": a capital after a name or a comma only
            span = self._read(text, match.end(), lower=False, weak=True)
            if span and not self._thing_run("", text[span[0] : span[1]]) and not _company(text[span[0] : span[1]]):
                _add(found, span, SCORES[LABEL])

    def _its(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """ "Hi, it's Anna from flat 3", "hey its sam again": a listed first name after a line-opening
        "it's" (or one after a label's colon: "Voice note: hi its …"), or any name word followed by
        "from", "again", "here" or what a caller says next, a hesitation or the call's errand ("It's
        Lynwood from …", "hi its Dilrukshi erm calling about the curtains", "HI ITS AMA OWUSU RE THE
        BIKE", "Hi its Tupou Vea confirming my 3pm"); never an everyday word ("It's Perfect", "it's
        fine") or a product ("It's Prime Day")."""
        for match in self._its_cue.finditer(text):
            span = self._read(text, match.end(), lower=lower_text, weak=True)
            if span is None:
                continue
            first = text[span[0] : span[1]].split()[0].casefold()
            listed = gazetteer().popularity.get(first, 0) >= 1
            then = _ITS_THEN.match(text, span[1])
            if (listed or then) and not self._everyday(first):
                _add(found, span, SCORES[WEAK] if text[span[0]].isupper() else LOWER_SCORE)

    def _addressed(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Viola, puoi confermare?": capitalised words before a comma and a request to "you".

        Only capitalised, and not an everyday word of the language or of English that is no popular
        first name ("Perfetto, puoi …", "Bueno, ¿me puedes …", "Super, kannst du …"; "Viola" and
        "Stella" are popular first names and stay); the words must read as a name (`_read`: no
        greeting, shop word, weekday or code).
        """
        for match in self._vocative.finditer(text):
            start = match.start("name")
            if not text[start].isupper() or self._everyday(match.group("name").split()[0]):
                continue
            span = self._read(text, start, lower=False)
            if span and span[1] == match.end("name"):
                _add(found, span, SCORES["here"])

    def _apposed_role(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Remedios, la contable, tiene la factura", "Dave, the store manager, never replied": a name
        opening a line, then its role between commas. As `_addressed`: capitalised, no everyday word
        that is no popular first name ("Oggi, il corriere, …"), and words that read as a name."""
        for match in self._apposed.finditer(text):
            start = match.start("name")
            if not text[start].isupper() or self._everyday(match.group("name").split()[0]):
                continue
            span = self._read(text, start, lower=False)
            if span and span[1] == match.end("name"):
                _add(found, span, SCORES[RELATION])

    def _slashed(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Two people joined by a slash with no space ("Ritira Nicolo/Elona", "Retrait par
        Helene/Maëlys", "Tom/Priya will collect"), each side read to its ends ("Cerys Hirsi/Dafydd
        Gallacher"; a spaced slash between full names is left to the other rules): one side a first
        name of popularity 3 or more, the other no everyday word, place, carrier or brand either;
        both are names. A slash joins alternatives of one kind, so a first name vouches for its
        partner; goods and towns ("Nero/Bianco", "Milano/Roma") are everyday words or places. Fail
        closed: two colours that are also popular first names ("Rose/Violet") read as two people."""
        lists = gazetteer()
        for match in _SLASHED.finditer(text):
            words = (match.group("a"), match.group("b"))
            folded = [word.casefold() for word in words]
            if not any(lists.popularity.get(word, 0) >= _POPULAR_NAME for word in folded):
                continue
            if any(self._everyday(word) or word.casefold() in w.NOT_NAMES for word in words):
                continue
            companies = (w.CARRIERS, w.APPS, w.BRANDS, w.EPONYMOUS_BRANDS)
            if any(word in listed for word in folded for listed in companies):
                continue
            if any(word in places().words_in for word in folded):
                continue
            # each side whole: a full name around the slash is read to its ends, never cut short
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            start = before.start() if before and not self._everyday(before.group("word")) else match.start()
            after = self._read(text, match.start("b"), lower=False)
            _add(found, (start, match.end("a")), SCORES[RELATION])
            _add(found, after or match.span("b"), SCORES[RELATION])

    def _thing_run(self, cue: str, run: str) -> bool:
        """A capitalised run after a cue that names a place or a shop, not a person: a parcel carrier
        or an app heading two words or more ("Amazon Marketplace", "DHL Express"), or after "c/o"
        two words or more that are all everyday words but for particles, none ever a first name
        ("c/o Magazzino Centrale", "c/o Entrepôt Central"): premises the parcel waits at. Elsewhere
        everyday words make names too ("Sole Colombo", "Jacopo Amato": the word lists hold first
        names and surnames), and one word alone stays a name, fail closed."""
        words = run.split()
        if len(words) < 2 or not run[0].isupper():
            return False
        head = words[0].casefold()
        if head in w.CARRIERS or head in w.APPS:
            return True
        if cue != "c/o":
            return False
        popularity = gazetteer().popularity
        content = [word for word in words if word.casefold() not in self._particles | self._capital_particles]
        return bool(content) and all(
            self._everyday(word) and popularity.get(word.casefold(), 0) == 0 for word in content
        )

    def _kin_after(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """A first name and a surname right before whom they are to the writer ("dare a marco prifti
        la mia vicina", "Gaëlle Le Goff, ma voisine", "leave it with tom hardy my neighbour"): the two
        or three words before the possessive read as `_lower_pair_at` reads a pair after a cue, in
        capitals or not (case folded, offsets kept), both capitalised or neither. A relative or a role
        of one's own is said of a person; a shop is not "my neighbour" nor "la mia vicina"."""
        folded = text.lower()
        if len(folded) != len(text):
            return  # a letter whose lower case is longer: offsets would not survive
        for kin in self._kin_after_cue.finditer(text):
            words = list(_WORD.finditer(text, max(0, kin.start() - _PICKUP_WINDOW), kin.start()))
            if len(words) < 2 or not re.fullmatch(r"[ \t\u00a0]*,?", text[words[-1].end() : kin.start()]):
                continue
            for first in (words[-2], words[-3] if len(words) > 2 else None):
                if first is None or (first.start() > 0 and text[first.start() - 1].isalnum()):
                    continue
                span = self._lower_pair_at(folded, first.start())
                if span is None or span[1] != words[-1].end() or not self._pickup_person(text, span):
                    continue
                _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)
                break

    def _bracketed_kin(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Logan (my son, 12) needs the smaller size", "Bruno (mi hijo) lo recoge": a bracket that
        says whose relative the words before it are names a person as "my son Logan" does; so does
        a name in brackets after a relative ("mi vecina (Nieves Soler) lo recogió"). The
        capitalised words nearest the bracket that read as a name (`_read`), longest first; a
        first word that is an everyday word and no popular first name is left out ("Ask Logan")."""
        for match in self._bracketed.finditer(text):
            name_end = match.end("name")
            starts = [m.start() for m in _WORD.finditer(text, match.start("name"), name_end)]
            for start in starts:
                if not text[start].isupper() or self._everyday(text[start:name_end].split()[0]):
                    continue
                span = self._read(text, start, lower=False)
                if span and span[1] == name_end:
                    # a bare relative's bracket, "(mamá)", reads no name cut short: a capitalised word
                    # right before what was read may open it ("Honoré Ollivier (voisin)"), left as found
                    if not (match.group().endswith(")") and _WORD_BEFORE.search(text, max(0, span[0] - 40), span[0])):
                        _add(found, span, SCORES[RELATION])
                    break
        for match in self._kin_bracket.finditer(text):
            start = match.start("name")
            if not text[start].isupper() or self._everyday(match.group("name").split()[0]):
                continue
            span = self._read(text, start, lower=False)
            if span and span[1] == match.end("name"):
                _add(found, span, SCORES[RELATION])

    def _listed_name(self, text: str, start: int, end: int, *, places_ok: bool) -> tuple[int, int] | None:
        """The capitalised name that ends at `end` in `text[start:end]`, longest first: its first word
        a name in a slot (`VocativeSlots.name`) and no everyday word that is no popular first name;
        a town only where `places_ok`."""
        for word in _WORD.finditer(text, start, end):
            first = word.group()
            if not first[0].isupper() or self._everyday(first) or not self._slots.name(first):
                continue
            if not places_ok and first.casefold() in places().words_in:
                continue
            span = self._read(text, word.start(), lower=False)
            if span and span[1] == end:
                return span
        return None

    def _with_me(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Spanish "Marisleidy y yo reservamos", "Salida para Montoro, Montilla, Déniz y yo ⛳": names
        listed with "y yo" are people, the writer among them. After one name alone the list ends the
        clause or a verb of "we" follows ("Madrid y yo no estaba" is no list). Read back from "y yo"
        over comma-joined items, each a capitalised name whole (`_listed_name`); the first item may
        end a longer phrase ("para Montoro"). A town is a name here only in a list of three or more
        ("Madrid y yo" is not said of people)."""
        for match in _WITH_ME.finditer(text):
            opening = max((m.end() for m in _WITH_ME_CLAUSE.finditer(text, 0, match.start())), default=0)
            items = text[opening : match.start()].split(",")
            if len(items) < 2 and not _WITH_ME_END.match(text, match.end()):
                continue  # one name and "y yo": only where the clause ends or "we" do something
            places_ok = len(items) >= 2
            spans: list[tuple[int, int]] = []
            end = match.start()
            for item in reversed(items):
                start = end - len(item)
                stripped = end - (len(item) - len(item.rstrip()))
                span = self._listed_name(text, start, stripped, places_ok=places_ok)
                if span is None:
                    break
                spans.append(span)
                if text[start : span[0]].strip():
                    break  # "para Montoro": the list's first item closes a longer phrase
                end = start - 1
            for span in spans:
                _add(found, span, SCORES[RELATION])

    def _apposed_said(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Spanish "Dejad la caja con Eréndira la de al lado", "Chaxiraxi la chica de la limpieza
        termina …": a capitalised name, then "la de"/"el de", "la chica"/"el chico", "la señora"/"el
        señor" saying who they are, no comma between. Not after an article ("la Nancy la de Famosa"
        is goods), not a town, brand or everyday word (`_listed_name`)."""
        for match in _APPOSED_SAID.finditer(text):
            if _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue
            span = self._listed_name(text, match.start("name"), match.end("name"), places_ok=False)
            if span:
                _add(found, span, SCORES[RELATION])

    def _suffixed(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Anders Holm III", "Hollis Varga DDS", "Lorenzo Whitfield Jr.": a listed first name of
        popularity 3+, one or two more capitalised words (a middle initial allowed), then a generational
        suffix or a post-nominal degree. The suffix names the person as much as the surname does: it
        joins the span."""
        matches = list(_SUFFIXED.finditer(text))
        if not matches:
            return  # most texts: the union of two stop-word lists below costs more than the regex
        lists = gazetteer()
        stops = lists.stop_words.get("en", frozenset()) | lists.stop_words.get(self.supported_language, frozenset())
        for match in matches:
            words = _WORD.findall(match.group("name"))
            if lists.popularity.get(words[0].casefold(), 0) < _POPULAR_NAME or words[0].casefold() in w.NOT_NAMES:
                continue
            if any(word.casefold() in w.NOT_NAMES or word.casefold() in stops for word in words[1:] if len(word) > 1):
                continue
            _add(found, match.span(), SCORES[RELATION])

    def _middle_initial(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Dorothy M Faria": a listed first name of popularity 3+, one capital (a dot after it or not),
        then a capitalised word that is no shop word or stop word; after "I" or "A" (a pronoun, an
        article: "Emma I Love it") the last word must be no everyday word either."""
        matches = list(self._initial.finditer(text))
        if not matches:
            return  # most texts: the union of two stop-word lists below costs more than the regex
        lists = gazetteer()
        stops = lists.stop_words.get("en", frozenset()) | lists.stop_words.get(self.supported_language, frozenset())
        for match in matches:
            first, last = match.group("first").casefold(), match.group("last").casefold()
            if lists.popularity.get(first, 0) < _POPULAR_NAME or first in w.NOT_NAMES:
                continue
            if last in w.NOT_NAMES or last in stops or _is_code(match.group("last")):
                continue
            if match.group("initial") in "IA" and self._everyday(match.group("last")):
                continue
            _add(found, match.span(), SCORES[RELATION])

    def _saint_surname(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Kieran St. John", "Ruth St Clair", "Léa Ste. Marie": a listed first name of popularity 3+
        and a surname that opens with "St." (Saint), with no cue before them. The readers and the
        first-name rules stop at the dot, leaving "John" in clear. Not after a digit and a space
        ("12 Victoria St. Leeds" is a street and a town), and not before a place."""
        lists = gazetteer()
        for match in _SAINT_NAMED.finditer(text):
            first, last = match.group("first").casefold(), match.group("last").casefold()
            if lists.popularity.get(first, 0) < _POPULAR_NAME or first in w.NOT_NAMES or self._everyday(first):
                continue
            if re.search(r"\d[ \t]*$", text[: match.start()]) or last in places().words_in:
                continue
            if last in w.NOT_NAMES:
                continue
            _add(found, match.span(), SCORES[RELATION])

    def _initialled(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """ "Signed for by P.J. Dunleavy", "Firmó el albarán A. L. Gámez", "Ha firmato la bolla V. Cannas":
        initials, or a given name shortened around its dot ("M.ª", "Mª", "F.sco"), before capitalised
        words read as a name, whose last word is no everyday word, stop word, brand or code, nor a place
        after glued initials (a club: "F.C. Barcelona"; a surname is a town as often: "M.ª José Ibarra").
        Initials are written of people; what else takes a capital letter and a dot before a word
        ("size L. Thanks", "plan B. Then") is followed by an everyday word; a census surname, though a
        frequent word of the chat corpora ("L. Noronha", "R. Esposito"), is a surname. Not a lone "S." before a
        first name outside English: "S. Maria", "S. Giovanni" are saints' churches and towns."""
        matches = list(_INITIALS.finditer(text))
        if not matches:
            return  # most texts: the union of two stop-word lists below costs more than the regex
        lists = gazetteer()
        stops = lists.stop_words.get("en", frozenset()) | lists.stop_words.get(self.supported_language, frozenset())
        for match in matches:
            # "R. Lo Cascio", "G. Le Goff", "J. Da Silva": the initial opens a name as a title does, so a
            # capitalised particle after it opens the surname (`_initialled_particles`)
            span = self._read(text, match.end("initials"), lower=False, leading_particle=True)
            if span is None:
                continue
            words = [m.group() for m in _WORD.finditer(text, span[0], span[1])]
            last = words[-1]
            named = len(words) > 1 and lists.popularity.get(words[0].casefold(), 0) >= _POPULAR_NAME
            kept = self._initialled_particles(words)
            named = named or len(kept) < len(words)  # "V. Lo Bue", "P. Da Costa": a particle vouches too
            if any(word.casefold() in stops for word in kept) or _is_code(last):
                continue
            census = surname_pairs.surname(last.casefold()) and last[1:].islower()  # "L. Noronha", "R. Esposito"
            if self._everyday(last) and not named and not census and not self._comma_initial(text, match, words):
                continue  # "M.ª José Ibarra": a given name vouches
            initials = match.group("initials").split()
            if len(initials) == 1 and self._initial_title(initials[0]):
                continue  # "M. Moreau" (Monsieur), "D.ª Carmen": a title the cue rules read, kept out of the span
            glued = any(initial.count(".") > 1 for initial in initials)  # "F.C. Barcelona", "A.C. Milan"
            if glued and last.casefold() in places().words_in or words[0].casefold() in w.EPONYMOUS_BRANDS:
                continue
            saint = initials == ["S."] and lists.popularity.get(words[0].casefold(), 0) >= 1
            if saint and self.supported_language != "en":
                continue
            _add(found, (match.start(), span[1]), SCORES[RELATION])

    def _comma_initial(self, text: str, match: re.Match[str], words: list[str]) -> bool:
        """Spanish "Hola, R. Quintana puede entrar", "la profe de plástica, Y. Contreras: 30 cuadernos":
        one initial right after a comma, then one capitalised word, is a person though the surname is an
        everyday word too ("Quintana", "Contreras"): a new sentence opens after a full stop, not a comma
        ("talla M. Gracias"), and stop words never pass (the caller's test)."""
        if (
            self.supported_language != "es"
            or len(words) != 1
            or not re.fullmatch(r"[A-Z]\.", match.group("initials").strip())
        ):
            return False
        return (
            re.search(r",[ \t]*$", text[max(0, match.start() - 4) : match.start()]) is not None
            and words[0][1:].islower()
        )

    def _initialled_particles(self, words: list[str]) -> list[str]:
        """The words of an initialled name but its capitalised particles before a surname ("Lo" in "R.
        Lo Cascio", "Da" in "J. Da Silva"): those are stop words only in running text."""
        return [
            word
            for i, word in enumerate(words)
            if not (
                i < len(words) - 1
                and word[0].isupper()
                and word.casefold() in self._particles | self._capital_particles
            )
        ]

    def _initial_title(self, initial: str) -> bool:
        """Whether a lone initial is a title the cue rules read: "D.ª", and "M." (Monsieur) in French
        and in English, which writes of French people so ("M. Moreau passera demain"); in Italian,
        Spanish, Portuguese and German "M. Cossu", "M. Hoxha" is an initial and a surname."""
        folded = initial.casefold()
        return folded in _TITLES and (folded != "m." or self.supported_language in ("fr", "en"))

    def _nicknamed(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """'Robert "Bobby" Ferguson', "Mercedes 'Merche' Caballero": a given name (one or two words), a
        nickname in quotes, then a surname. The readers stop at the quote, leaving the surname in clear.
        The first word must be a listed first name, no everyday word ('the "Classic" Range') and no
        brand; the nickname and the surname may be words ("Pino", "Caballero"), not stop words."""
        matches = list(_NICKNAMED.finditer(text))
        if not matches:
            return
        lists = gazetteer()
        stops = lists.stop_words.get("en", frozenset()) | lists.stop_words.get(self.supported_language, frozenset())
        for match in matches:
            span = self._read(text, match.end(), lower=False)
            if span is None:
                continue
            first, nick = match.group("first").split(), match.group("nick")
            surname = [m.group().casefold() for m in _WORD.finditer(text, span[0], span[1])]
            if any(self._everyday(word) for word in first) or first[0].casefold() in w.EPONYMOUS_BRANDS:
                continue
            if any(word in stops for word in (*surname, nick.casefold())):
                continue
            if lists.popularity.get(first[0].casefold(), 0) < 1:
                continue
            _add(found, (match.start(), span[1]), SCORES[RELATION])

    def _slotted(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Short forms and nicknames where only a person's name fits: after thanks, a greeting or a
        wish and before "!", "," or an emoji ("Thanks Fi!!", "Buon compleanno Ale!"), a greeting passed
        on ("salutatemi Sasà"), who a card is from ("Love from Gareth"): `vocative_slots`."""

        def read(t: str, pos: int, lower: bool) -> tuple[int, int] | None:
            return self._read(t, pos, lower=lower)

        for span in self._slots.find(text, read):
            if self._greeted_compound(text[span[0] : span[1]]):
                continue  # "Hallo, Wespennest,", "Danke Hausverwaltung!": a firm or a service addressed
            _add(found, span, SCORES[GREETING] if text[span[0]].isupper() else LOWER_SCORE)
        for span in coordinated(text, read, self._slots.name):  # "Flavia y Constanza pasarán"
            _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)

    def _thanked(self, cue: str, gap: str, text: str, span: tuple[int, int]) -> bool:
        """Thanks, a comma and a capitalised name in its own phrase with more after it ("Thanks, Rhys!
        That's perfect", "¡Gracias, Wayra! Perfecto"): a vocative. Its first word must be no everyday
        word ("Thanks, Perfect!", "Gracias, Vale,")."""
        return (
            " ".join(cue.split()) in w.VOCATIVE_THANKS
            and "," in gap
            and text[span[0]].isupper()
            and _VOCATIVE_END.match(text, span[1]) is not None
            and not self._everyday(text[span[0] : span[1]].split()[0])
        )

    def _lower_vocative(self, text: str, pos: int, found: dict[tuple[int, int], float]) -> None:
        """In a text typed without capitals, a greeting, an apology or thanks opening a line and one
        word that closes its phrase ("merci riwan 🙏", "scusa rosa,", "coucou aurore, …", "danke
        zozan"): the person addressed, when the word is a name by `_name_word` and not one that
        ends such phrases as a word ("grazie mille 🙏", "merci bien", "thanks mate": `VOCATIVE_WORDS`)."""
        gap = _LOWER_VOCATIVE_GAP.match(text, pos)
        assert gap is not None  # noqa: S101 - the pattern matches the empty string
        word = _WORD.match(text, gap.end())
        if word is None or not _LOWER_VOCATIVE_END.match(text, word.end()):
            return
        folded = word.group().casefold()
        if folded in w.VOCATIVE_WORDS or not self._name_word(folded) or self._greeted_compound(folded):
            return  # "hallo, wespennest,": a firm greeted by its compound noun
        _add(found, word.span(), LOWER_SCORE)

    def _signed_last(self, text: str, pos: int) -> tuple[int, int] | None:
        """A sign-off, a comma and a lower-case name that ends the message ("un saludo, paz romero",
        "kind regards, june ramsay", "bisous soizic"): one word as a vocative is read, or a first
        name and a surname-like word (`_lower_pair_at`)."""
        pair = self._lower_pair_at(text, pos, closing=True)
        if pair and _TEXT_END.match(text, pair[1]):
            return pair
        word = _WORD.match(text, pos)
        if word is None or not _TEXT_END.match(text, word.end()):
            return None
        folded = word.group().casefold()
        return word.span() if folded not in w.VOCATIVE_WORDS and self._name_word(folded) else None

    def _lower_pair(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """After company, speaking to or a pick-up's verb in a text typed without capitals ("ho
        parlato con chiara trombetta", "avec bleuenn guillou", "lo recoge nahuel olaizola"): a first
        name and a surname-like word. Fail closed: a first name that is also a word ("viola",
        "speranza") is a person when a surname follows; things after "con"/"mit" rarely take a
        second word that is no everyday word ("con lavanda e rosa", "mit jasmin oder minze")."""
        for match in self._pair_cue.finditer(text):
            span = self._lower_pair_at(text, match.end())
            while span:  # a list of pairs after the cue: "lista de invitados dácil santana / iago souto"
                _add(found, span, LOWER_SCORE)
                joined = _LOWER_LIST_JOIN.match(text, span[1])
                span = self._lower_pair_at(text, joined.end()) if joined else None

    def _pickup_subject(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """A first name and a surname right before what a person does with the order ("mark patel is
        picking it up", "Siobhan Doyle will collect", "a Jussara Moreira vai buscar", "Zeynep Arslan
        holt es ab"): the two or three words before the verb phrase read as `_lower_pair_at` reads a
        pair after a cue, in capitals or not (case is folded, offsets kept). Fail closed: a customer
        names whoever collects; a carrier, app, brand or shop before the same verb is dropped ("DHL
        Express will collect", "Uber Eats will deliver"), and so is a place."""
        assert self._pickup_verb is not None  # noqa: S101 - analyze checks it
        folded = text.lower()
        if len(folded) != len(text):
            return  # a letter whose lower case is longer: offsets would not survive
        for verb in self._pickup_verb.finditer(text):
            words = list(_WORD.finditer(text, max(0, verb.start() - _PICKUP_WINDOW), verb.start()))
            if len(words) < 2 or not _GAP.fullmatch(text, words[-1].end(), verb.start()):
                continue
            for first in (words[-2], words[-3] if len(words) > 2 else None):
                if first is None or (first.start() > 0 and text[first.start() - 1].isalnum()):
                    continue
                if _ELISION.match(text, first.start()):
                    continue  # "c'est le coursier qui va le récupérer": no one's first name
                span = self._lower_pair_at(folded, first.start())
                if span is None or span[1] != words[-1].end() or not self._pickup_person(text, span):
                    continue
                _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)
                break

    def _pickup_person(self, text: str, span: tuple[int, int]) -> bool:
        """Whether the pair before a pick-up verb may be a person: both words capitalised or neither
        ("Mark Patel", "mark patel"; not "Royal mail"); no carrier, app, brand or company whole or as
        its first word ("Amazon Logistics", "Uber Eats", "Poste Italiane"); no pick-up point ("Hermes
        Paketshop") and no shop or branch ("Bistro Emil", "Bielefelder Standort"); no place whole ("Porto Alegre").
        A first name that is also a place stays a person ("Victoria Pérez lo recoge")."""
        words = text[span[0] : span[1]].split()
        if len({w_[0].isupper() for w_ in (words[0], words[-1])}) > 1:
            return False
        phrase = " ".join(words).casefold()
        head = words[0].casefold()
        if words[-1].casefold() in w.CARE_OF_PLACES or words[-1].casefold() in w.HUBS:
            return False  # "Hermes Paketshop nimmt das Paket an", "InPost locker": a pick-up point
        if head in w.PICKUP_SHOP_WORDS or head in w.PREMISES or head in w.TRADES:
            return False  # "Das Bistro Emil liefert nicht mehr": a shop named after someone
        if words[-1].casefold() in w.PREMISES or words[-1].casefold() in w.PICKUP_SHOP_WORDS:
            return False  # "Der Bielefelder Standort nimmt keine Retouren an": a branch
        companies = (w.CARRIERS, w.APPS, w.BRANDS, w.CUE_COMPANIES, w.DELIVERY_APPS)
        if any(phrase in listed or head in listed for listed in companies):
            return False
        return phrase not in w.EPONYMOUS_BRANDS and phrase not in places().words_in

    def _lower_pair_at(self, text: str, pos: int, *, closing: bool = False) -> tuple[int, int] | None:
        """A lower-case first name (`_name_word`), optional particles ("le", "di"), and a surname-like
        word (`_surname_word`; any word but a stop word when the pair closes a sign-off, `closing`:
        "un saludo, consuelo saavedra"). Carriers, apps and eponymous brands are no one ("with royal
        mail", "com mercado pago")."""
        first = _WORD.match(text, pos)
        if first is None or not self._name_word(first.group().casefold()):
            return None
        i = first.end()
        while True:
            gap = _GAP.match(text, i)
            word = _WORD.match(text, gap.end()) if gap else None
            if word is None:
                return None
            if word.group().casefold() in self._particles and word.group().islower():
                i = word.end()
                continue
            break
        last = word.group().casefold()
        if not self._surname_word(last, after_name=closing or self._plain_word(first.group().casefold())):
            return None
        span = (first.start(), word.end())
        phrase = " ".join(text[span[0] : span[1]].casefold().split())
        if phrase in w.CARRIERS or phrase in w.APPS or phrase in w.EPONYMOUS_BRANDS:
            return None
        if first.group().casefold() in w.CARRIERS or first.group().casefold() in w.APPS:
            return None
        return span

    def _name_word(self, folded: str) -> bool:
        """A lower-case word that may be a first name after a lower-case cue: no stop word, particle,
        relation or listed non-name of the language or English; a first name given at least now and
        then ("rosa", "aurore", "chiara"), or a word no everyday list holds ("riwan", "zozan")."""
        lists = gazetteer()
        languages = {self.supported_language, "en"}
        if len(folded) < 2 or folded in w.NOT_LOWER_NAMES or folded in self._particles:
            return False
        if folded in _RELATION_WORDS or folded in w.ATTENTION or _CONTRACTION.fullmatch(folded):
            return False
        if any(folded in lists.stop_words.get(lang, frozenset()) for lang in languages):
            return False
        if lists.popularity.get(folded, 0) >= _LOWER_GIVEN:
            return True
        return len(folded) >= _UNLISTED_MIN and not any(
            folded in lists.common.get(lang, frozenset()) for lang in languages
        )

    def _plain_word(self, folded: str) -> bool:
        """A word no everyday list of the language or English holds ("potira", "aratã", "nkiruka"):
        a name for sure after a lower-case cue, so the word after it may be a surname that is also
        frequent text ("potira fonseca", "aratã vasconcelos": wordfreq holds common surnames)."""
        lists = gazetteer()
        if folded in w.CARRIERS or folded in w.APPS or folded in places().words_in:
            return False
        return not any(
            folded in lists.common.get(lang, frozenset()) or folded in lists.stop_words.get(lang, frozenset())
            for lang in {self.supported_language, "en"}
        )

    def _surname_word(self, folded: str, *, after_name: bool) -> bool:
        """A lower-case word after a first name that may be its surname: no stop word, particle or
        listed non-name; no everyday word of the language or English ("ferretti", "huanca"; not
        "palo", "express") unless the first word is `_plain_word` (`after_name`)."""
        lists = gazetteer()
        languages = {self.supported_language, "en"}
        if len(folded) < 2 or folded in w.NOT_LOWER_NAMES or folded in self._particles:
            return False
        if any(folded in lists.stop_words.get(lang, frozenset()) for lang in languages):
            return False
        return after_name or not any(folded in lists.common.get(lang, frozenset()) for lang in languages)

    def _quoted_author(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """The author in a quoted reply's header ("> Millaray Ccopa escribió:", "On Monday, Rhys Pryce
        wrote:"): a capitalised name run that ends right before the verb, no everyday word first ("You
        wrote:", "The shop wrote:")."""
        for match in _QUOTED_AUTHOR.finditer(text):
            name = match.group("name").rstrip()
            span = self._read(text, match.start("name"), lower=False)
            if span and span[1] == match.start("name") + len(name) and not self._everyday(name.split()[0]):
                _add(found, span, SCORES[RELATION])

    def _slot_name(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """The name in a run that a message's structure or a record slot bounds (`name_slots`), or
        None when the run has no name's shape. Titles open it ("Frau zu Solms": the span starts after
        the title, and a particle may then open the surname); then name words, initials, particles
        and "St." ("Angus St. John"), one to five name words, the last a name word. No stop word, no
        shop, department, company, carrier, app or brand word; the first name word no everyday word
        that is no popular first name ("Dear Customer Care,", "From: Flower Shop", "De : Cave
        Saint-Vincent"), unless a title vouches for it."""
        tokens = list(re.finditer(r"\S+", text[start:end]))
        lists = gazetteer()
        particles = self._particles | self._capital_particles
        titled = False
        # "M." is Monsieur in French and English only: elsewhere an initial ("cajera m. rosales")
        while tokens and tokens[0].group().casefold() in _TITLES:
            if _INITIAL.fullmatch(tokens[0].group()) and not self._initial_title(tokens[0].group()):
                break
            titled, tokens = True, tokens[1:]
        if not tokens or (tokens[0].group().casefold() in particles and not titled):
            return None
        alone = len(tokens) == 1  # the slot held one word, none trimmed off ("sell Oyster cards at the desk")
        tokens = self._slot_trimmed(tokens, particles)
        content: list[str] = []
        for token in tokens:
            word, folded = token.group(), token.group().casefold()
            if folded in particles or folded in ("st.", "ste."):
                continue
            if not (_WORD.fullmatch(word) or _INITIAL.fullmatch(word)):
                return None
            content.append(folded)
        last = tokens[-1].group().casefold()
        if not content or len(content) > _MAX_WORDS + 1 or last in particles or last in ("st.", "ste."):
            return None
        stops = lists.stop_words.get(self.supported_language, frozenset()) | lists.stop_words.get("en", frozenset())
        capitalised = tokens[0].group()[0].isupper()
        for i, folded in enumerate(content):
            # "Kunde seit 2010": a stop word is a name only when a very popular one, or when capitalised
            # after a capitalised name word ("Karl-Heinz Lange": German "lange" is "long")
            if folded in stops and lists.popularity.get(folded, 0) < _VERY_POPULAR and (i == 0 or not capitalised):
                if not (i == 0 and lists.popularity.get(folded, 0) >= 1 and self._word_given_name(tokens, content)):
                    return None  # "recojo yo por Segundo Tello": a listed first name before a listed surname
            if folded in _SLOT_BUSINESS or _carrier(folded):
                return None
            if folded in w.NOT_NAMES and not (i == 0 and self._word_given_name(tokens, content)):
                return None  # a month before a listed surname is a first name ("Abril Valbuena")
        named = content[0] if not _INITIAL.fullmatch(content[0]) else content[-1]
        if not titled and slot_things.thing(content, self.supported_language):
            return None  # "läuft auf Vorkasse", "Bedient von Selbstkasse", "cita con Multiópticas"
        if self._shop_head(named):
            return None
        given = max(lists.popularity.get(part, 0) for part in (named, *named.split("-")))  # "hans-jürgen"
        if not titled and given < 1 and (self._everyday(named) or named in places().words_in and len(content) == 1):
            if not (
                self._word_given_name(tokens, content)
                or self._initialled_word(tokens, content)
                or (alone and self._census_surname_alone(tokens, content))
                or (alone and self._word_surname_alone(tokens, content))
            ):
                return None  # "From: Flower Shop", "Dear Customer Care,"; a listed first name stays ("Poppy")
        if not titled and text[start + tokens[0].start()].islower():
            # "cliente affezionato,", "client fidèle,": a lone lower-case word must be no everyday word
            # (a popular first name is none); an unlisted word before a surname is a name ("cauã
            # cardoso quintela"), unless it ends as a verb or participle does
            if len(content) < 2 and self._everyday(named) or given < 1 and not _lower_name(named, True):
                return None
            if len(content) < 2 and given < 1:
                return None
        return start + tokens[0].start(), start + tokens[-1].end()

    def _word_given_name(self, tokens: list[re.Match[str]], content: list[str]) -> bool:
        """A first name that is also a word ("Abril", "Amparo", "Rocío", "Pilar") in a person's slot,
        capitalised before a listed surname that is no everyday word ("la firmó Abril Valbuena"): the
        slot and the surname vouch for it, where "Atendido por Servicio Técnico" has no surname."""
        if len(content) < 2 or _INITIAL.fullmatch(content[0]) or not tokens[0].group()[0].isupper():
            return False
        last = content[-1]
        return tokens[-1].group()[0].isupper() and surname_pairs.surname(last) and not self._everyday(last)

    @staticmethod
    def _census_surname_alone(tokens: list[re.Match[str]], content: list[str]) -> bool:
        """One capitalised word alone in a person's slot that the census list holds as a surname, though
        a frequent word of English text ("MOT booked under Goldberg", "booked under Macdonald"): the
        frequency lists count surnames as words, and the census list is already rid of ordinary words
        ("Customer", "Reception" are in neither). Not a place, not in capitals, where a code or a shout reads so, and
        only when the slot held that word alone (the caller's `alone`): "Oyster" of "Oyster cards" is
        a thing's name."""
        word = tokens[0].group()
        if len(content) != 1 or not word[:1].isupper() or word.isupper() or content[0] in places().words_in:
            return False  # "poner Sevilla": a town the census also lists as a surname
        return surname_pairs.surname(content[0])

    def _word_surname_alone(self, tokens: list[re.Match[str]], content: list[str]) -> bool:
        """In Spanish and Portuguese, one capitalised word alone in a person's slot that is a frequent
        surname and an everyday word (`name_words.WORD_SURNAMES`: "en el ticket pone Rosado", "el míster
        Cabrera", "la firmó Moreno"): the slot says a person, and the census list, rid of ordinary
        words, lacks them. In German the same for its frequent surnames that are words
        (`name_words.DE_WORD_SURNAMES`: "Reifen sind auf Krause gebucht", "könnt ihr unter Roth
        schauen?"), a town's name too ("Roth"). Not in capitals, where a code or a shout reads so."""
        word = tokens[0].group()
        listed = {"es": w.WORD_SURNAMES, "pt": w.WORD_SURNAMES, "de": w.DE_WORD_SURNAMES}.get(self.supported_language)
        if listed is None or len(content) != 1 or word.isupper():
            return False
        return word[:1].isupper() and content[0] in listed

    def _initialled_word(self, tokens: list[re.Match[str]], content: list[str]) -> bool:
        """An initial and a surname that is also a word in a person's slot ("Queja del conductor P.
        Font", "o vencedor do sorteio é E. Rosa"): the slot says a person and the initial a name, where
        an initial alone before a word (`_initialled`) may be a size or a plan ("size L. Thanks"). Not a
        title's initial ("M.", "D.ª") nor "S." (a saint: "S. João"); the surname capitalised, or the
        whole run in lower case."""
        if len(content) != 2 or not _INITIAL.fullmatch(content[0]) or _INITIAL.fullmatch(content[1]):
            return False
        initial, last = tokens[0].group(), tokens[-1].group()
        if self._initial_title(initial) or content[0] == "s." or _is_code(last):
            return False
        return last[0].isupper() == initial[0].isupper()

    def _slot_trimmed(self, tokens: list[re.Match[str]], particles: frozenset[str]) -> list[re.Match[str]]:
        """A slot's run without what follows the name in its clause: after a capitalised name, the
        first lower-case word that is no particle ends it ("récupéré par Clervie Kermarrec demain
        matin"); trailing lower-case stop words and non-names go ("amparo urquijo al …", "agatino domani"),
        unless a particle
        stands before them. Everyday words stay: a span of this recognizer beats an overlapping
        span of another, so cutting "Rocha" off "Renato Amaral Rocha" would leave it in clear."""
        lists = gazetteer()
        stops = lists.stop_words.get(self.supported_language, frozenset()) | lists.stop_words.get("en", frozenset())
        if tokens[0].group()[0].isupper() and not tokens[0].group().isupper():
            for i, token in enumerate(tokens[1:], 1):
                folded = token.group().casefold()
                if token.group()[0].islower() and folded not in particles and not _elided_particle(token.group()):
                    if not any(later.group()[0].isupper() for later in tokens[i:]):  # "Jan ten Brink" stays
                        tokens = tokens[:i]
                    break
        while len(tokens) > 1 and tokens[-2].group().casefold() not in particles and tokens[-1].group().islower():
            folded = tokens[-1].group().casefold()
            if not (folded in stops and lists.popularity.get(folded, 0) < _VERY_POPULAR or folded in w.NOT_LOWER_NAMES):
                break
            tokens = tokens[:-1]
        return tokens

    @staticmethod
    def _shop_head(folded: str) -> bool:
        """A run's first word that heads a shop's name: a saint's prefix ("Sankt-Georg-Drogerie",
        "San Marco", "Saint-Vincent") or a shop noun's ending on it or its last hyphenated part
        ("Fioreria", "Floricultura", "Floristería", "Droguerie", "Drogerie", "Bäckerei"), unless a
        listed first name ends so ("Valeria", "Quitterie")."""
        parts = folded.split("-")
        if parts[0] in w.SAINTS and (len(parts) > 1 or folded not in gazetteer().popularity):
            return True
        if gazetteer().popularity.get(folded, 0) >= 1:
            return False
        return parts[-1].endswith(_SHOP_ENDINGS)

    def _told_company(self, cue: str, name: str) -> bool:
        """A verb of telling, asking or handing over (`ADDRESSED_CUES`) or a forwarded header
        (`FORWARDED_FROM`) before an everyday word, a place or a parcel carrier: a company, a thing or
        a town ("Pregúntale a Amazon", "avisa a Correos", "Fwd from Royal Mail:", "consegnare a
        Milano", "lasciare a Bartolini") or a front desk ("ENTREGAR A CONSERJERÍA"), not a person."""
        folded_cue = " ".join(cue.casefold().split())
        if folded_cue not in w.ADDRESSED_CUES and folded_cue not in w.FORWARDED_FROM:
            return False
        folded = " ".join(name.casefold().split())
        if self._everyday(name.split()[0]) or _carrier(folded) or name.split()[0].casefold() in w.FRONT_DESKS:
            return True
        if folded in places().words_in:
            # "Ritira Carmelo", "passa florin": an Italian pick-up or pay verb names its doer, and a
            # first name given often is one though a town somewhere bears it ("Passa Milano" stays)
            popular = gazetteer().popularity.get(folded, 0) >= _DOER_NAME
            return not (folded_cue in w.IT_PAYER_CUES and popular and folded not in w.EPONYMOUS_BRANDS)
        # "Lo recoge Glovo", "quem paga é o Nubank": an app or a bank pays and collects too
        return folded_cue in w.PAYER_CUES and (folded in w.DELIVERY_APPS or folded in w.APPS)

    def _everyday(self, word: str) -> bool:
        """An everyday word (`common_words.tsv`, stop words) of this language or English, not a first
        name of popularity 3 or more."""
        lists = gazetteer()
        folded = word.strip(".,;:!?¿¡'\"").casefold()
        if folded in w.ATTENTION:
            return True  # "Mira, ¿puedes …", "Olha, pode …": "look", not Mira
        if lists.popularity.get(folded, 0) >= _POPULAR_NAME:
            return False
        return any(
            folded in lists.common.get(lang, frozenset()) or folded in lists.stop_words.get(lang, frozenset())
            for lang in {self.supported_language, "en"}
        )

    def _vosotros_verb(self, word: str) -> bool:
        """In Spanish, a present-tense verb of "vosotros" ("abrís", "vendéis", "enviáis"): the word
        ends in "-áis", "-éis" or "-ís" and its stem with the matching infinitive ending ("abrir",
        "vender", "enviar") is an everyday word. Spain's shop chat opens its question with such a verb
        right after "hola" or "buenas", and the frequent-word list, written from the Americas' usage
        too, lacks many of these forms. A name with such an ending has no verb for a stem ("Anaís",
        "Thaís", "Luís")."""
        if self.supported_language != "es":
            return False
        folded = word.casefold()
        for ending, infinitive in _VOSOTROS_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= _VOSOTROS_STEM:
                return folded[: -len(ending)] + infinitive in gazetteer().common.get("es", frozenset())
        return False

    def _mentions(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """A chat mention ("@Bethany can you check …", "thanks @Ciaran"): the capitalised name right
        after an "@" with no word, dot or "@" before it (so no e-mail address), read as after a greeting.
        Shops and brands are mentioned so too ("@Tesco", "@Zara"): the first word must be a first name
        given more than rarely and no listed brand (the first-name rules' own bar)."""
        popularity = gazetteer().popularity
        for match in _MENTION.finditer(text):
            span = self._read(text, match.end(), lower=False)
            first = _WORD.match(text, match.end())
            if span is None or first is None:
                continue
            folded = first.group().casefold()
            if popularity.get(folded, 0) >= _MENTIONED_NAME and folded not in w.EPONYMOUS_BRANDS:
                _add(found, span, SCORES[GREETING])
            elif self._asked_mention(text, match.start(), span, folded):
                _add(found, span, SCORES[GREETING])

    def _asked_mention(self, text: str, at: int, span: tuple[int, int], folded: str) -> bool:
        """In Spanish, a mention opening a line and followed (past marks and emoji) by a request to
        "you" ("@Yahaira 🙏 ¿puedes mirar la talla?", "@Citlali, ¿me confirmas …"): a person asked,
        whatever the lists hold of the name, unless it is a brand, carrier, app or company (a shop is
        tagged to be told, not asked to do a thing)."""
        if self.supported_language != "es" or not _line_opening(text, at):
            return False
        if _MENTION_ASKED.match(text, span[1]) is None:
            return False
        companies = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.EPONYMOUS_BRANDS)
        return not any(folded in listed for listed in companies)

    def _read(
        self,
        text: str,
        pos: int,
        *,
        lower: bool,
        weak: bool = False,
        leading_particle: bool = False,
        titled: bool = False,
    ) -> tuple[int, int] | None:
        """The name sequence starting at `pos`, as (start, end), or None (see module doc). `titled`:
        right after a title, whose first word may be a listed first name that is also a holiday or a
        month elsewhere ("el Sr. Reyes", "la Sra. Rosario", "Sr. Domingo": `_titled_name`)."""
        words: list[tuple[int, int]] = []
        pending: list[tuple[int, int]] = []  # particles waiting for a capitalised word
        lower_mode = False
        joined = 0  # particles taken into `words`: they do not count towards `_MAX_WORDS`
        i = pos
        while len(words) - joined < _MAX_WORDS:
            # "Contact: M. Urquhart", "Firmado por A. Restrepo": initials open a name after a cue too, but
            # French "M." is Monsieur, a title kept out of the span ("À l'attention de M. Perrin")
            initial = _INITIAL.match(text, i) if (words or i == pos) and not lower_mode else None
            if initial and not words and self.supported_language == "fr" and initial.group().casefold() in _TITLES:
                initial = None
            match = initial or _WORD.match(text, i)
            if match is None:
                break
            token = match.group()
            folded = token.casefold()
            saint = _SAINT.match(text, i) if words and not lower_mode else None
            if saint:  # "Barnaby St. John", "Ciara St. Clair": a particle of the surname, kept if one follows
                pending.append((saint.start(), saint.start() + saint.group().index(".") + 1))
                i = saint.end()
                continue
            if initial:
                if not token[0].isupper():
                    break
                joined += len(pending)
                words += [*pending, (match.start(), match.end())]
                pending = []
            elif token[0].isupper() and not lower_mode:
                if not words and not pending and (elided := _ELISION.match(token)) and not _n_prefixed(token):
                    if not token[elided.end()].isupper():
                        break  # "C'est", "J'ai", "L'ordine": a clitic and a word, no name
                    match = _WORD.match(text, match.start() + elided.end())
                    assert match is not None  # noqa: S101 - a capital letter follows the apostrophe
                    token, folded = match.group(), match.group().casefold()  # "L'Anna": the name is "Anna"
                if not words and (folded in _INTRODUCTIONS or _CONTRACTION.fullmatch(token)):
                    break  # "Hi I'm Anna", "Ciao Sono Giulia": the introduction's own cue reads the name
                opens = not words and leading_particle  # "Me Le Goff", "la sig.ra De Rosa", "M. de La Salle"
                if (words or opens) and folded in self._capital_particles and (not pending or folded in w.PARTICLES):
                    pending.append((match.start(), match.end()))  # "Franco Lo Presti": kept if a name word follows
                    gap = _GAP.match(text, match.end())
                    if gap is None:
                        break
                    i = gap.end()
                    continue
                named = titled and not words and _titled_name(folded)  # "El Sr. Reyes"
                if (folded in w.NOT_NAMES or _noun(folded)) and not named:
                    break
                if _is_code(token) and not self._capitals_name(text, folded, words):
                    break
                dot = folded in w.NAME_ABBREVIATIONS and text.startswith(".", match.end())  # "Fco. Javier", "Jr."
                joined += len(pending)
                words += [*pending, (match.start(), match.end() + dot)]
                pending = []
            elif (folded in self._particles or lower_mode and folded in self._capital_particles) and (
                words or (leading_particle and len(pending) < 2)
            ):  # in lower case a language's capital particles are particles too: "rossella lo russo"
                pending.append((match.start(), match.end()))
            elif words and not lower_mode and _elided_particle(token):
                joined += len(pending)  # "Jean-Luc d'Estaing": the particle and surname are one word
                words += [*pending, (match.start(), match.end())]
                pending = []
            elif not words and _ELISION.match(token):
                break  # "bonjour c'est urgent": a clitic and a verb, in lower case too
            elif (
                lower
                and (lower_mode or not words)
                and len(words) - joined < _MAX_LOWER
                and self._lower_name(folded, weak, words)
            ):
                lower_mode = True
                joined += len(pending)
                words += [*pending, (match.start(), match.end())]
                pending = []
            else:
                break
            gap = _GAP.match(text, max(match.end(), words[-1][1] if words else 0))
            if gap is None:
                break
            i = gap.end()
        if not words or all(_INITIAL.fullmatch(text, a, b) for a, b in words):
            return None  # "Hi A. Thanks": an initial alone names no one
        return words[0][0], words[-1][1]

    def _doorbell(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """Whose doorbell to ring, German "bitte bei Berger klingeln", "klingeln bei Yilmaz": the
        name read up to the verb or the clause's end. With the verb first, or in a text typed all in
        lower case ("bitte bei ozturk klingeln"), every word of it must be no everyday word of the
        language or English, or a census surname that is no stop word: "klingeln bei Ankunft",
        "bei nachbarn", "bei der 3", "bei lieferung" say when or where to ring."""
        matches = [(m, False) for m in self._ring.finditer(text)] + [(m, True) for m in self._ring_after.finditer(text)]
        for match, verb_first in matches:
            span = self._read(text[: match.end("name")], match.start("name"), lower=lower_text, weak=True)
            if not span or span[1] != match.end("name"):
                continue
            upper = text[span[0]].isupper()
            if (verb_first or not upper) and not all(self._bell_word(word) for word in text[span[0] : span[1]].split()):
                continue  # "klingeln bei Ankunft", "bei nachbarn klingeln"
            _add(found, span, SCORES[RELATION] if upper else LOWER_SCORE)

    def _bell_word(self, word: str) -> bool:
        """A lower-case word that may be a surname on a doorbell (`_doorbell`)."""
        folded = word.casefold()
        if folded in w.NOT_NAMES or folded in w.CARE_OF_PLACES or folded in w.EPONYMOUS_BRANDS or _carrier(folded):
            return False  # "bei DHL", "bei Hermes": a carrier or a brand
        stops = gazetteer().stop_words.get(self.supported_language, frozenset())
        return not self._everyday(folded) or (surname_pairs.surname(folded) and folded not in stops)

    def _family(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """A family's surname after a noun of its home, garden, pet or children and the plural "dei",
        "degli", "dos", "das" ("il nido è nel sottotetto dei Mbaye", "no sótão dos Gouveia", "a casa
        dei Bianchi"): a capitalised word that is no everyday word, place, feast or brand. A band's
        goods take the same preposition ("il vinile dei Pooh", "o vinil dos Xutos"): no goods noun
        is a home's, and "Casa dos Bicos" opens with a capital, a house's own name."""
        assert self._family_home is not None  # noqa: S101 - the caller checks
        for match in self._family_home.finditer(text):
            word = match.group("name").rstrip("'’-")
            folded = word.casefold()
            if word.isupper() or len(word) < 3 or folded in w.NOT_NAMES or folded in w.EPONYMOUS_BRANDS:
                continue
            if self._everyday(folded) or folded in places().words_in or folded in w.FEASTS or folded in w.SAINTS:
                continue
            _add(found, (match.start("name"), match.start("name") + len(word)), SCORES[RELATION])

    def _unlisted_after(self, text: str, found: dict[tuple[int, int], float]) -> None:
        """Italian first names no list holds after "per", "da", "numero di" ("Il regalo è per
        Chiarina", "Lo lascio da Angioletta al bar", "il numero di Lotterio, mia cugina"): one
        capitalised word that ends the clause, no everyday word, place, title or pick-up point;
        after "per" and "da" only with an Italian given name's ending ("-ina", "-etta", "-io"), since
        shops and brands follow them too ("da Zalando", "per Natale")."""
        for match in self._per_da.finditer(text):
            word = match.group("name")
            folded = word.casefold()
            if not word[0].isupper() or word.isupper() or len(word) < 4 or folded in w.NOT_NAMES:
                continue
            if self._everyday(folded) or folded in places().words_in or folded in w.CARE_OF_PLACES:
                continue
            if folded in w.SAINTS or folded in w.FEASTS or folded in w.EPONYMOUS_BRANDS:
                continue
            cue = match.group("cue").casefold()
            if cue in ("per", "da") and (
                not folded.endswith(w.IT_GIVEN_NAME_ENDINGS) or folded.endswith(w.IT_SHOP_ENDINGS)
            ):
                continue
            _add(found, (match.start("name"), match.end("name")), LOWER_SCORE)

    def _owned(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """Whose order, parcel or return it is ("l'ordine di Gonario Marchetti", "la commande de
        Lakhdar Bouzid", "il pacco di florin"): brands and shops own orders too ("l'ordine di
        Zalando", "la commande de Leroy Merlin"), so the owner must have a name's shape: a listed
        first name alone, or two or more capitalised words none of which is an everyday word, a
        brand or a carrier; never a place, a weekday, a feast or a code. In a text typed all in
        lower case, a listed first name alone (its surname after it when no everyday word)."""
        lists = gazetteer()
        for match in _OWNED.finditer(text):
            span = self._read(text, match.end(), lower=lower_text, weak=True)
            if span is None or _elided_particle(text[span[0] : span[1]]):
                continue
            parts = list(_WORD.finditer(text, span[0], span[1]))
            if text[span[0]].islower():  # "le colis de bilel n'est pas arrivé": a clitic ends the name
                kept = [parts[0]]
                for part in parts[1:]:
                    if _ELISION.match(part.group()) or self._everyday(part.group()):
                        break
                    kept.append(part)
                parts, span = kept, (span[0], kept[-1].end())
            words = [m.group() for m in parts]
            words = [word for word in words if word.casefold() not in self._particles | self._capital_particles]
            if not words:
                continue
            folded = " ".join(text[span[0] : span[1]].casefold().split())
            first = words[0].casefold()
            if folded in places().words_in or first in places().words_in or _carrier(folded):
                continue
            if any(word.casefold() in w.NOT_NAMES or word.casefold() in w.FEASTS or _is_code(word) for word in words):
                continue
            if first in w.EPONYMOUS_BRANDS or folded in w.EPONYMOUS_BRANDS or self._everyday(words[0]):
                continue
            listed = lists.popularity.get(first, 0) >= 1
            if len(words) == 1 and not listed:
                continue  # "il pacco di Shein", "la commande de Cdiscount"
            if len(words) > 1 and any(self._everyday(word) for word in words[1:]):
                continue  # "il reso di Zara Home"
            _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)

    def _speaker(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """Who wrote a forwarded or exported chat line: "[Inoltrato] Rakibul Benali: ho pagato",
        "[Transféré] Awa Diallo : …", "[12/03/26, 10:15] Pieri Fadda: …", "12/03/26 10:15 - Orsu
        Santoni: …". The words between the marker and the colon, read as a name that ends at the
        colon, with no everyday word first ("[Inoltrato] Servizio clienti: …" is a company)."""
        for match in _SPEAKER.finditer(text):
            start = match.start("name")
            span = self._read(text, start, lower=lower_text, weak=True)
            if span is None or span[1] != match.end("name") or self._everyday(match.group("name").split()[0]):
                continue
            _add(found, span, SCORES[LABEL] if text[span[0]].isupper() else LOWER_SCORE)

    def _capitals_name(self, text: str, folded: str, words: list[tuple[int, int]]) -> bool:
        """A short word in capitals is a code ("GLS", "XL") unless a name's: a listed first name that
        is no everyday word ("Name: DEJA BRADLEY"), or a word after one in capitals ("BOYD")."""
        if self._everyday(folded):
            return False
        if words:
            return text[words[-1][0] : words[-1][1]].isupper()
        return gazetteer().popularity.get(folded, 0) >= 1

    def _lower_name(self, folded: str, weak: bool, before: list[tuple[int, int]]) -> bool:
        """Could this lower-case word be a name? Not a stop word of the language ("sono quella del
        reso", "me llamo igual que …") unless a very popular first name ("sara", "mia"). A surname
        after a name word is judged by the word lists, not by its ending ("deja bradley", "malte
        gerig"; "i am john waiting" still stops: "waiting" is an everyday word too)."""
        if before and weak and folded.endswith(w.VERB_ENDINGS) and self._everyday(folded):
            return folded in w.VERB_LIKE_SURNAMES  # "sono gianluca esposito"
        # Spanish "-és" ends first names ("radhamés", "andrés", "ginés") and words of origin, not a
        # participle as in French: an unlisted lower-case word so ending that is no everyday word is a name
        spanish_name = self.supported_language == "es" and folded.endswith("és") and not self._everyday(folded)
        if (
            not _lower_name(folded, weak and not before and not spanish_name)
            or folded in self._particles
            or folded in _RELATION_WORDS
        ):
            return False
        if _CONTRACTION.fullmatch(folded):
            return False  # "tell the driver i'll be late": a pronoun and its verb
        stops = gazetteer().stop_words.get(self.supported_language, frozenset())
        return folded not in stops or gazetteer().popularity.get(folded, 0) >= _VERY_POPULAR

    def _staff_and_departments(self, text: str, lower_text: bool, found: dict[tuple[int, int], float]) -> None:
        """People thanked at their post are named; runs that name a department are not
        (`name_forms`)."""
        for span in name_forms.thanked_staff(
            text, lower_text, lambda t, pos: self._read(t, pos, lower=lower_text, weak=True), self._everyday
        ):
            _add(found, span, SCORES[RELATION] if text[span[0]].isupper() else LOWER_SCORE)
        for span in [s for s in found if name_forms.department(text, s, self._given)]:
            del found[span]

    @staticmethod
    def _given(word: str) -> bool:
        return gazetteer().popularity.get(word.casefold(), 0) >= 1

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=type(self).__name__, original_score=score, textual_explanation="name after a cue word"
        )
        return RecognizerResult(self.ENTITY, start, end, score, explanation)


# Words of shops, departments, companies and brands: a run with one in a name slot is no one.
_SLOT_BUSINESS = frozenset(
    (
        *w.PREMISES,
        *w.PICKUP_SHOP_WORDS,
        *w.TRADES,
        *w.CARE_OF_PLACES,
        *w.SALUTED,
        *name_forms.DEPARTMENT_WORDS,
        *w.APPS,
        *w.BRANDS,
        *w.CUE_COMPANIES,
        *w.EPONYMOUS_BRANDS,
        *w.DELIVERY_APPS,
        *w.HUBS,
    )
)


# Endings of shop nouns in the six languages ("fioreria", "floricultura", "floristería", "droguerie",
# "drogerie", "bäckerei", "enoteca", "apotheke", "bookshop", "supermarkt")
_SHOP_ENDINGS = (
    "eria",
    "ería",
    "erie",
    "erei",
    "cultura",
    "oteca",
    "othek",
    "otheke",
    "othèque",
    "shop",
    "store",
    "markt",
    "laden",
)


def _sign_off_itself(text: str, span: tuple[int, int]) -> bool:
    """A span read as a signature that is itself a sign-off ("Abraço", "Beijinhos" under "Obrigado")."""
    return " ".join(text[span[0] : span[1]].casefold().split()) in w.SIGN_OFFS


def _carrier(folded: str) -> bool:
    """A parcel carrier's name, or a name that opens with one ("bartolini", "brt corriere")."""
    return folded in w.CARRIERS or folded.split()[0] in w.CARRIERS


def _company(run: str) -> bool:
    """A run that is wholly a parcel carrier, a shop, a telecom, a device or an app (`name_words.CARRIERS`,
    `CUE_COMPANIES`, `APPS`): after a relative, a role or "on behalf of" it is no one."""
    folded = " ".join(w.without_possessive(word) for word in run.casefold().split())
    return folded in w.CARRIERS or folded in w.CUE_COMPANIES or folded in w.APPS


# German articles, which the name particles of other languages spell too ("das", "der")
_DE_ARTICLES = frozenset("das der die den dem des".split())
# German possessives: after a label a run opening with one is the writer's own ("Empfänger: Mein Mann")
_DE_POSSESSIVES = frozenset("mein meine meinem meinen meiner unser unsere unserem unseren unserer dein deine".split())


def _labelled_firm(run: str) -> bool:
    """In German, a label's run that names no one: a company of `_company`'s lists opening it, whole
    or with its town after ("Kontoinhaber: Telekom", "Sparkasse Hannover", "Deutsche Bank Filiale"),
    or a possessive opening it ("Mein Mann"). A firm named after its owner ("Bäckerei Schmidt") stays,
    fail closed."""
    words = [word.strip(",.;:()") for word in run.casefold().split()]
    if not words or words[0] in _DE_POSSESSIVES:
        return bool(words)
    return any(_company(" ".join(words[:n])) for n in range(1, min(3, len(words)) + 1))


def _introduced_status(run: str) -> bool:
    """A self-introduction's run that says what the writer is (`name_words.INTRODUCED_NOT_NAMES`):
    a nationality, a diet or a status alone ("I'm Canadian"), or a status opening a longer run
    ("soy Cliente Oro", "sono Partita Iva"). A demonym before another word stays a name's start."""
    words = run.casefold().split()
    return words[0] in w.INTRODUCED_STATUSES or (len(words) == 1 and words[0] in w.INTRODUCED_NOT_NAMES)


# The heads of German department nouns, a compound's too ("Kundendienst", "Personalabteilung",
# "Poststelle", "Buchhaltung"): no first name or surname ends so
_DE_DEPARTMENT_HEADS = (
    "dienst", "service", "abteilung", "zentrale", "poststelle", "buchhaltung", "verwaltung", "einkauf", "vertrieb",
    "sekretariat",
)  # fmt: skip


def _german_department(run: str) -> bool:
    """In German, a cue's run opening with a department, whole or the head of its compound ("z. Hd.
    Einkauf", "hier ist der Kundendienst von Velo Huber", "z. Hd. Personalabteilung"): nouns are
    capitalised, so the capital says no name, and no name is such a word; a listed first name stays."""
    first = run.split()[0].strip(",.;:()").casefold()
    if gazetteer().popularity.get(first, 0) > 0:
        return False
    return first in name_forms.DEPARTMENT_WORDS or first.endswith(_DE_DEPARTMENT_HEADS)


def _introduced_kin(run: str) -> bool:
    """In German, a self-introduction's one word that is a relative or a role ("Ich bin die Mutter",
    "ich bin der Nachbar"): nouns are capitalised, so the capital says no name; a name after it is read
    on its own ("Ich bin die Mutter von Jonas")."""
    words = run.casefold().split()
    return len(words) == 1 and (words[0] in w.KIN or words[0] in w.ROLES)


def _n_prefixed(token: str) -> bool:
    """ "N'Diaye", "N'Guessan", "N'Dour": West African names open with a capital "N'" and a capital;
    the French clitic "n'" is followed by a verb in lower case ("N'hésitez pas")."""
    return len(token) > 2 and token[0] == "N" and token[1] in "'’" and token[2].isupper()


def _noun(folded: str) -> bool:
    """A capitalised noun by its ending (`name_words.noun_by_ending`: "Bestellung", "Spedizione"), unless
    a listed first name of some popularity (`_POPULAR_NAME`: "Concepción", "Conceição", "Asunción" are
    names in Spain and Brazil). The bar is this recognizer's own: `noun_opening` spares any listed name,
    `given_name_recognizer._breaks` none; each was set on its own examples, and one bar for all three
    would move spans."""
    return w.noun_by_ending(folded) and gazetteer().popularity.get(folded, 0) < _POPULAR_NAME


def _titled_name(folded: str) -> bool:
    """A word right after a title that the stop lists hold as a holiday, month or weekday but that
    is a listed first name too ("Reyes", "Rosario", "Trinidad", "Domingo"): after "Sr." a person."""
    return gazetteer().popularity.get(folded, 0) >= 1


def _elided_particle(token: str) -> bool:
    """ "d'Estaing", "d’Almeida": a surname behind an elided "de", written in lower case."""
    return len(token) > 3 and token[0] == "d" and token[1] in "'’" and token[2].isupper()


def _elided(text: str, start: int) -> bool:
    """The cue at `start` follows an elided article ("l'", "dell'", "all'")."""
    return start > 0 and text[start - 1] in "'’"


def _field(text: str, match: re.Match[str]) -> bool:
    """A label with a colon after a form's separator: "Vorname: Lorenz, Nachname: Gruber", "Prénom :
    Gwenaël / Nom : Le Goff" (the colon is checked by the caller: "Product, name Air Max" is no field)."""
    before = text[: match.start()].rstrip(" \t\u00a0")
    return bool(before) and before[-1] in ",;/|"


def _line_opening(text: str, start: int) -> bool:
    """A greeting addresses someone where a message, line or sentence opens ("Ciao Marco,",
    "Grazie. Ciao Marco"), not inside a clause."""
    before = text[:start].rstrip(" \t\u00a0")
    return not before or before[-1] in "\n.!?¡¿:;" or not any(c.isalnum() for c in before.rpartition("\n")[2])


def _plain_name(folded: str) -> bool:
    """A listed first name (or nickname) that is no word of any language ("Nath", not "Foto")."""
    lists = gazetteer()
    return lists.popularity.get(folded, 0) >= 1 and not lists.words_in.get(folded, frozenset()) - {"place"}


def _is_code(token: str) -> bool:
    """2-4-letter all-capital codes ("GLS", "XL", "DHL") are not names."""
    return 2 <= len(token) <= 4 and token.isupper()


def _lower_name(folded: str, weak: bool) -> bool:
    """Could this lower-case word be a name? (only asked where lower case is allowed)"""
    if len(folded) < 2 or folded in w.NOT_LOWER_NAMES or folded in w.PARTICLES:
        return False
    return not (weak and folded.endswith(w.VERB_ENDINGS)) or folded in w.VERB_LIKE_SURNAMES


def _add(found: dict[tuple[int, int], float], span: tuple[int, int], score: float) -> None:
    """Keep one result per span; where spans overlap the widest, then the best, stays."""
    for other in list(found):
        if other[0] < span[1] and span[0] < other[1]:
            if (other[1] - other[0], found[other]) >= (span[1] - span[0], score):
                return
            del found[other]
    found[span] = score
