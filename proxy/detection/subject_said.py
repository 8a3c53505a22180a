"""A person of Veil's it/es/pt pipelines that opens a sentence as the one who speaks, asks or cannot come.

`filters.corroborated` keeps a span of the it/es pipelines on a listed first name that is no word of
the language, or, for a trusted pipeline, on words that are not all everyday ones
(`trusted_persons`). Italian and Spanish give girls virtues, feasts and flowers for names ("Prudenza",
"Costanza", "Inmaculada", "Amparo", "Florencia", "Lola"), and a span on one of them opening a
sentence has neither: the capital is the sentence's, the word a word. What follows says it is
someone, when the word is the subject of a verb only a person is (the sentence may open with a
word of chat before it: "bueno", "allora", "vale"):

- a self-introduction: the word, then "qui"/"aquí"/"por aquí" and a comma, a stop, an emoji or
  the line's end ("Benedetta qui 👋 è arrivato?", "Pura por aquí, ¿ha llegado mi esmalte?");
- a verb of saying, asking, calling back or being unable to come, in the third person
  (`_SAID`: "Prudenza dice che il reso non è arrivato", "Rosa ti richiama dopo pranzo", "Inmaculada
  no puede venir", "Florencia me ha pedido que mire");
- in Spanish also a verb of having had a good time, leaving or forgetting a thing, signing someone
  up, choosing, ordering, being served or helped, being ill ("Tesfaye se lo pasó genial", "Nayra se
  dejó el paraguas", "Ulises eligió el azul", 2026-12-07, late night); Portuguese reads its own list
  the same way ("Conceição disse que …", "Esperança viu a mensagem?", "Dores aqui, …").

A thing opening a sentence is not said to speak, call back or be unable to come; goods that "can't"
do something are said with "non si può" / "no se puede", which `_SAID` does not read.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import alternation
from proxy.detection.sentence_opening import LINE, opens_sentence

_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
_SP = r"[ \t\u00a0]+"
# "Benedetta qui 👋", "Alicia aquí, ya tengo el cupón", "Pura por aquí 👋"
_HERE = regex.compile(
    rf"{_SP}(?:qui|aquí|aqui|por{_SP}aquí|por{_SP}aqui)[ \t\u00a0]*(?:[,.!:;\n]|[{_EMOJI}]|$)", regex.IGNORECASE
)
# Words that open a chat sentence before its subject ("bueno Inmaculada no puede", "allora Rosa dice")
_OPENERS = frozenset("allora ok okay vabbè beh bueno vale pues oye mira ah eh".split())
_WORD_BEFORE = regex.compile(r"([^\W\d_]+)[ \t\u00a0]*,?[ \t\u00a0]+$")
_SAID = {
    "it": (
        "dice",
        "dice che",
        "ha detto",
        "mi ha detto",
        "ci ha detto",
        "mi ha chiesto",
        "chiede",
        "voleva sapere",
        "vuole sapere",
        "ti richiama",
        "vi richiama",
        "mi richiama",
        "richiama",
        "ha chiamato",
        "non può",
        "non potrà",
        "non riesce",
        "non viene",
    ),
    "es": (
        "dice",
        "dice que",
        "ha dicho",
        "me ha dicho",
        "me dijo",
        "nos dijo",
        "me ha pedido",
        "me pidió",
        "pregunta",
        "quiere saber",
        "quería saber",
        "te llama",
        "os llama",
        "te llamará",
        "ha llamado",
        "no puede",
        "no podrá",
        "no viene",
        "no va",
        # what only a person did or is (2026-12-07, late night): had a good time, left a thing behind,
        # signed someone up, chose or ordered, served or helped, is ill ("Tesfaye se lo pasó genial",
        # "Nayra se dejó el paraguas", "Jacinta nos apuntó", "Ulises eligió el azul", "Leocadia está
        # resfriada"); a thing opening a sentence is not said so
        "se lo pasó",
        "se lo ha pasado",
        "se lo pasa",
        "lo pasó genial",
        "lo pasó bien",
        "lo ha pasado genial",
        "lo ha pasado bien",
        "estuvo genial con",
        "fue muy amable",
        "se dejó",
        "se ha dejado",
        "se olvidó",
        "se ha olvidado",
        "nos apuntó",
        "me apuntó",
        "nos ha apuntado",
        "me ha apuntado",
        "eligió",
        "ha elegido",
        "pidió",
        "ha pedido",
        "me atendió",
        "nos atendió",
        "me ayudó",
        "nos ayudó",
        "me ha ayudado",
        "está resfriado",
        "está resfriada",
        "está malo",
        "está mala",
        "está enfermo",
        "está enferma",
    ),
    "pt": (
        "disse",
        "me disse",
        "nos disse",
        "disse-me",
        "falou",
        "me falou",
        "pediu",
        "me pediu",
        "pediu-me",
        "perguntou",
        "quer saber",
        "queria saber",
        "ligou",
        "me ligou",
        "ligou-me",
        "não pode",
        "não vai poder",
        "não vem",
        "não vai",
        "viu",
        "já viu",
        "escolheu",
        "adorou",
        "se divertiu",
        "divertiu-se",
        "esqueceu",
        "se esqueceu",
        "esqueceu-se",
        "me atendeu",
        "atendeu-me",
        "me ajudou",
        "ajudou-me",
        "está doente",
        "está resfriado",
        "está resfriada",
        "está constipado",
        "está constipada",
    ),
}
_SAID_AFTER = {
    lang: regex.compile(rf"{_SP}(?:{alternation(phrases)})(?![\w'’])", regex.IGNORECASE)
    for lang, phrases in _SAID.items()
}


def subject_said(text: str, start: int, end: int, language: str, *, here: bool = True) -> bool:
    """True when the span `text[start:end]` opens a sentence and introduces itself or is the subject of
    a verb only a person is (module doc). `here=False` reads the verbs alone, for a listed town that is
    no popular first name: "Sevilla por aquí 👋" greets from a town, while a town does not ask or call
    back ("Valencia me ha pedido …"), and "Sofia qui, ho il codice" is Sofia."""
    said = _SAID_AFTER.get(language)
    if said is None:
        return False
    if not _opens(text, start):
        word = _WORD_BEFORE.search(text, 0, start)
        if word is None or word.group(1).casefold() not in _OPENERS or not _opens(text, word.start()):
            return False
    return (here and _HERE.match(text, end) is not None) or said.match(text, end) is not None


def _opens(text: str, start: int) -> bool:
    """True when `start` opens the text, a sentence or a line ("Hola\nAlicia aquí")."""
    return opens_sentence(text, start) or opens_sentence(text, start, LINE)
