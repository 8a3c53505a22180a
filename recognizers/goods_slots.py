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

Cheap: both read the two words before a run, as the recognizer split them, with set lookups.
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
