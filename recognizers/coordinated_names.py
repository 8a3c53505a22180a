"""Two people joined by "and" as the subject of a plural verb of coming or collecting.

"Flavia y Constanza pasarán por la tienda", "Edelbert und Siegried kommen am Samstag", "zacharie et
hortense passeront samedi", "Julia e Maria Flor vão passar", "Tom and Bex will come by": a clause
opening with two words (or short capitalised runs) joined by a conjunction, then a plural verb
that people do (come, pass by, collect, pick up, sign; "will", "can"). Where one side is a listed
first name, the other side is a person too, though no list holds it ("Siegried", "veit") or it is
a word elsewhere ("socorro", "Trinidad"): a conjunction joins things of one kind, and goods,
towns and shops do not "come by the shop on Saturday". The verb first works the same way: "Al
ritiro vengono Jacopo Longo e Giorgia De Rosa,".

Both sides must pass the slot's word test (`VocativeSlots.name`: no stop word, everyday word unless
a listed name, brand or relative), so "Rosso e Nero arrivano" or "Amazon and DHL will" name no one;
a side that is a listed first name vouches for the other, and at least one side must be one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from recognizers import factored
from recognizers.given_name_recognizer import gazetteer

_LETTERS = r"[^\W\d_]"
_WORD = rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*"
_SP = r"[ \t\u00a0]"
_RUN = rf"{_WORD}(?:{_SP}+{_WORD}){{0,3}}?"
_AND = r"(?:and|&|e|y|et|und)"
_BOTH = (
    r"(?:both|ambos|ambas|entrambi|entrambe|beide|tous[ \t]+les[ \t]+deux|toutes[ \t]+les[ \t]+deux"
    r"|os[ \t]+dois|as[ \t]+duas)"
)
# Plural verbs of people coming, passing by, collecting or signing (future, present, past), and the
# English modals that open such a clause ("Tom and Bex will …", "… can sign").
_VERBS = r"""
    will can could would are[ \t]+coming are[ \t]+going are[ \t]+picking are[ \t]+collecting come came
    collect collected pick picked
    pasarán pasan pasaron vendrán vienen vinieron irán van fueron recogerán recogen recogieron llegarán
    llegan firmarán podrán pueden
    passeront passent viendront viennent iront vont récupéreront récupèrent arriveront arrivent
    pourront peuvent signeront
    passeranno passano verranno vengono andranno vanno ritireranno ritirano arriveranno arrivano
    potranno possono firmeranno
    vão vao virão vêm passarão passam buscarão buscam retirarão retiram chegarão chegam poderão podem
    irão
    kommen kamen werden holen gehen fahren können dürfen wollen bringen unterschreiben
""".split()
_VERB = rf"(?:{'|'.join(_VERBS)})(?![\w'’])"
_SUBJECT = factored.compile(
    rf"(?:^|(?<=[\n.!?:;,—–\-(]))[ \t\u00a0\"“¡¿]*(?P<a>{_RUN}){_SP}+{_AND}{_SP}+(?P<b>{_RUN})"
    rf"{_SP}+(?:{_BOTH}{_SP}+)?{_VERB}",
    re.IGNORECASE,
)
_VERB_FIRST = factored.compile(
    rf"(?<![\w'’]){_VERB}{_SP}+(?P<a>{_RUN}){_SP}+{_AND}{_SP}+(?P<b>{_RUN})(?=[ \t\u00a0]*(?:[,.!?;:)\n]|$))",
    re.IGNORECASE,
)
# Every match of both patterns holds a verb after a character that is no letter, digit, "_" or
# apostrophe (a space before it in `_SUBJECT`, the lookbehind in `_VERB_FIRST`): a text where this finds
# none skips both scans, which try a run of words at every word of every text.
_ANY_VERB = factored.compile(rf"(?<![\w'’]){_VERB}", re.IGNORECASE)

Reader = Callable[[str, int, bool], "tuple[int, int] | None"]


def coordinated(text: str, read: Reader, name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The two sides of "A and B <verb>" / "<verb> A and B" that are people (see module doc):
    `read(text, pos, lower)` reads a capitalised run, `name(word)` tests a side's first word."""
    if _ANY_VERB.search(text) is None:
        return  # no verb: neither pattern can match (`_ANY_VERB`)
    popularity = gazetteer().popularity
    for pattern in (_SUBJECT, _VERB_FIRST):
        for match in pattern.finditer(text):
            sides = [_side(text, match.span(g), read) for g in ("a", "b")]
            if any(side is None for side in sides):
                continue
            firsts = [text[s[0] : s[1]].split()[0] for s in sides if s is not None]
            if not all(name(first) for first in firsts):
                continue
            if not any(popularity.get(first.casefold(), 0) >= 1 for first in firsts):
                continue
            yield from (side for side in sides if side is not None)


def _side(text: str, span: tuple[int, int], read: Reader) -> tuple[int, int] | None:
    """One side whole: a capitalised run the reader reads to its end, or one lower-case word."""
    start, end = span
    if text[start].isupper():
        run = read(text, start, False)
        return run if run is not None and run[1] == end else None
    return span if re.fullmatch(_WORD, text[start:end]) else None
