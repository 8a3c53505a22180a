"""A first name that is the title of a work: a book, a film, an opera, a piece, by the words around it.

Shops sell, frame, rehearse and print works named after their heroes ("Emma", "Matilda", "Heidi",
"Aida", "Carmina Burana", "Peter and the Wolf"), and the first-name list reads the title as a person.
What tells the title apart is the noun phrase it stands in, in every language, not the name:

- **A copy or a recording of it** (`_COPY_BEFORE`): a noun of copies, editions, DVDs, records or
  audiobooks, then "of"/"de"/"di"/"von" and an article ("8 copies of", "la edición de", "il vinile
  di", "die signierte Ausgabe von"; French, Italian, Spanish and Portuguese also with no link: "o
  vinil Amália Hoje"). A print, a score or a staging is someone's as well ("el póster de Lucía",
  "el ensayo de Lucía", "the score for Emma"): after those nouns (`_STAGING_BEFORE`) only a run of
  two capitalised words or more that reads as no person's name is a title ("Carmina Burana", "Wolf
  Hall"; the recognizer says which). Nouns of a person's belongings are left out: a mug, a shirt,
  an album (a photo album of someone), a copy in French ("en copie Enzo" copies a person in), a
  test ("la prova di Giulia"), a recital ("il saggio di Giulia"), a German "Probe" (a sample).
- **A format after it** (`_FORMAT_AFTER`): "in paperback", "en bolsillo", "als Taschenbuch", "en
  poche", "em capa dura", "on vinyl": a book or a record is sold in one; no one is.
- **A piece practised** (`_PRACTISED_BEFORE`): right after a verb of practising a piece, with no
  preposition between ("he's working on Eleanor Rigby", "está a estudar Romeu e Julieta", "il
  travaille Clair de lune", "er übt gerade Peter und der Wolf"): one rehearses with a person ("mit",
  "avec"), never a person. Not in Spanish or Italian, whose subjects follow their verb (`_PRACTISED`).

Fail closed: a possessive after the run ("a copy of Emma's passport") keeps the name.
"""

from __future__ import annotations

import re

_B = r"[ \t\u00a0]+"
# Nouns of a copy or a recording of a work, by language: a person has none ("8 copies of", "la edición
# de", "il vinile di", "die Ausgabe von"); see module doc for those left out
_COPY_NOUNS = {
    "en": "copy|copies|edition|editions|dvd|dvds|vinyl|audiobook",
    "es": "ejemplar|ejemplares|edición|dvd|vinilo|audiolibro",
    "it": "edizione|dvd|vinile|audiolibro",
    "pt": "exemplar|exemplares|edição|dvd|vinil|audiolivro",
    "fr": "exemplaire|exemplaires|édition|dvd|vinyle|livre-audio",
    "de": "exemplar|exemplare|ausgabe|dvd|vinyl|hörbuch",
}
# Nouns of a print, a score or a staging: a person has them too ("el póster de Lucía", "el ensayo de
# Lucía", "the score for Emma"), so only a title of two capitalised words or more that reads as no
# person's name counts after them (`work_title`'s `titled`): "Carmina Burana", "Wolf Hall"
_STAGING_NOUNS = {
    "en": "poster|posters|score|scores|rehearsal|rehearsals|performance|performances",
    "es": "póster|pósters|poster|cartel|carteles|partitura|partituras|ensayo|ensayos|función|espectáculo",
    "it": "poster|locandina|locandine|spartito|spartiti|spettacolo",
    "pt": "poster|pôster|cartaz|cartazes|partitura|partituras|ensaio|ensaios|espetáculo|espectáculo",
    "fr": "poster|posters|affiche|affiches|partition|partitions|répétition|répétitions|spectacle",
    "de": "poster|plakat|plakate|noten|aufführung|aufführungen",
}
# The link between the noun and the title ("of", "de la", "del", "dell'", "von der"): required in
# English and German, which put no title straight after a noun; "for" only after a rehearsal or a
# performance ("rehearsal for Carmina Burana")
_LINKS = {
    "en": r"(?:of|of[ \t\u00a0]+the)",
    "es": r"(?:de|del|de[ \t\u00a0]+la|de[ \t\u00a0]+los|de[ \t\u00a0]+las)",
    "it": r"(?:di|del|dello|della|dei|degli|delle|dell['’])",
    "pt": r"(?:de|do|da|dos|das)",
    "fr": r"(?:de|du|des|de[ \t\u00a0]+la|d['’]|de[ \t\u00a0]+l['’])",
    "de": r"(?:von|vom|von[ \t\u00a0]+der|von[ \t\u00a0]+dem)",
}
_FOR = {"en": "for", "de": "für"}
_STAGING = {"en": "rehearsal|rehearsals|performance|performances", "de": "aufführung|aufführungen"}
_NO_LINK = frozenset({"es", "it", "pt", "fr"})


def _noun_before(nouns: str, language: str, *, staging: bool = False) -> re.Pattern[str]:
    link = _LINKS[language]
    tail = rf"{_B}{link}(?:{_B}|(?<=['’]))"
    if language in _NO_LINK:
        tail = rf"(?:{tail}|{_B})"
    pattern = rf"(?<![\w-])(?:{nouns}){tail}"
    if staging and language in _FOR:
        pattern = rf"{pattern}|(?<![\w'’-])(?:{_STAGING[language]}){_B}{_FOR[language]}{_B}"
    return re.compile(rf"(?:{pattern}){_FIRST_HALF}\Z", re.IGNORECASE)


# The first half of a title joined by "and" ("Romeo and Juliet", "Peter und der Wolf", "Pedro e o
# Lobo"): the second name is read after the cue and the first half
_FIRST_HALF = (
    r"(?:(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*[ \t\u00a0]+(?:and|y|e|et|und|&)[ \t\u00a0]+"
    r"(?:(?:the|der|die|das|le|la|les|el|il|lo|o|a)[ \t\u00a0]+)?)?"
)
_COPY_BEFORE = {language: _noun_before(nouns, language) for language, nouns in _COPY_NOUNS.items()}
_STAGING_BEFORE = {language: _noun_before(nouns, language, staging=True) for language, nouns in _STAGING_NOUNS.items()}
# A format a book or a record is sold in, right after the title
_FORMAT_AFTER = {
    "en": r"in[ \t\u00a0]+(?:paperback|hardback|hardcover)|on[ \t\u00a0]+(?:vinyl|dvd|blu-ray)",
    "es": r"en[ \t\u00a0]+(?:bolsillo|tapa[ \t\u00a0]+dura|tapa[ \t\u00a0]+blanda|vinilo|dvd)",
    "it": r"in[ \t\u00a0]+(?:edizione[ \t\u00a0]+)?(?:tascabile|brossura|vinile|dvd)",
    "pt": r"em[ \t\u00a0]+(?:livro[ \t\u00a0]+de[ \t\u00a0]+)?(?:bolso|capa[ \t\u00a0]+dura|vinil|dvd)",
    "fr": r"en[ \t\u00a0]+(?:poche|grand[ \t\u00a0]+format|vinyle|dvd)",
    "de": r"als[ \t\u00a0]+(?:Taschenbuch|Hardcover|Hörbuch|Vinyl|DVD)|auf[ \t\u00a0]+(?:Vinyl|DVD)",
}
_FORMAT = {language: re.compile(rf"{_B}(?:{p})(?![\w'’])", re.IGNORECASE) for language, p in _FORMAT_AFTER.items()}
# Verbs of practising a piece, with an adverb of time between at most ("er übt gerade"). Only where
# the name after the verb cannot be its subject: not Spanish or Italian, nor Brazilian "estudando",
# which put a subject after its verb ("Está estudiando Marta para el examen"); German only after a
# pronoun subject ("er übt gerade", not V2's "Heute übt Lisa"); European Portuguese says a person
# with an article ("está a estudar a Marta")
_PRACTISED = {
    "en": r"(?:working|work)[ \t\u00a0]+on|practising|practicing|rehearsing",
    "pt": r"a[ \t\u00a0]+estudar|a[ \t\u00a0]+ensaiar",
    "fr": r"(?:il|elle|ils|elles|je|on|tu|nous|vous)[ \t\u00a0]+(?:travaille|travaillent|répète|répètent)",
    "de": r"(?:er|sie|ich|wir|ihr|es)[ \t\u00a0]+(?:übt|üben|probt|proben)",
}
_ADVERB = (
    r"(?:(?:gerade|jetzt|ancora|ora|todavía|ahora|ainda|agora|en[ \t\u00a0]+ce[ \t\u00a0]+moment|now)[ \t\u00a0]+)?"
)
_PRACTISED_BEFORE = {
    language: re.compile(rf"(?<![\w'’-])(?:{p}){_B}{_ADVERB}{_FIRST_HALF}\Z", re.IGNORECASE)
    for language, p in _PRACTISED.items()
}
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


def work_title(language: str, text: str, start: int, end: int, *, titled: bool = False) -> bool:
    """True when the run at `start`..`end` is a work's title by the words around it (module doc): a
    noun of its copies before it, a format after it, or a verb of practising before it; or, when the
    caller says the run reads as a title and no person's name (`titled`: two capitalised words or
    more, none after the first a surname or a first name), a noun of its prints or stagings."""
    copy = _COPY_BEFORE.get(language)
    if copy is None:
        return False
    if _POSSESSIVE.match(text, end):
        return False  # "a copy of Emma's passport": hers, she is someone
    before = text[max(0, start - 40) : start]
    return (
        copy.search(before) is not None
        or (titled and _STAGING_BEFORE[language].search(before) is not None)
        or (language in _PRACTISED_BEFORE and _PRACTISED_BEFORE[language].search(before) is not None)
        or _FORMAT[language].match(text, end) is not None
    )
