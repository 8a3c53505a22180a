"""A Spanish or Portuguese message signed with a bare name after its last sentence, on the same line.

Chat writers sign a one-line message with their name after its last full stop, question or
exclamation mark, with no sign-off and no line break: "Muchas gracias por la clase!! hasta la
semana que viene. Kattia", "CAMBIADME LA PELUQUERÍA DEL PERRO AL VIERNES POR FAVOR. Hina", "¿… sigue
siendo para mí? bartomeu oliver", "PASSEM A TOSQUIA PARA SEXTA POR FAVOR. Bruna". The signature rule
(`PersonNameRecognizer._signature`) wants a line break or an emoji before the name and a sign-off
above it, and the first-name list misses names it does not hold ("Kattia", "Hina"), so such a
signature was left in clear.

Read here: one to three words ending the text (trailing spaces, emoji and marks aside) right after a
sentence's end (".", "!", "?", "…" and a space) that closes a body of two words or more. The words
must read as a name by themselves, since no cue vouches for them: capitalised in a text typed in mixed
case (a run in capitals is a code or a shouted sentence), in lower case in a text typed without
capitals; no word an everyday word of the language or English (a first name given often is none:
`everyday`; a census surname or a frequent surname that is a word is none after the first word), a
stop word, a particle at either end, a chat closing or laugh ("porfa", "besitos", "jajaja", "vlw",
`_CHAT_CLOSINGS`), a word never a name (`name_words.NOT_NAMES`); the run, or its first word, no
brand, carrier, app or company, and no listed place ("… a partir de abril? Pamplona"). A thing named
alone after a question ("¿Tenéis la cafetera? Cecotec") is read as a name: fail closed.

Spanish and Portuguese only: the retired writers' Spanish and Portuguese messages sign so; the other
languages' sign-offs are their lanes' to read.

Cost: one anchored search at the text's end; the word lists are read only when a run is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from recognizers import factored
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.surname_pairs import surname

LANGUAGES = frozenset({"es", "pt"})
_W = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
# The last sentence's end, then one to three words and whatever non-word marks end the text (spaces,
# emoji, "!"); searched in the text's last characters only
_TAIL = factored.compile(rf"[.!?…]+[ \t\u00a0]+(?P<name>{_W}(?:[ \t\u00a0]+{_W}){{0,2}})[^\w\n]*$")
_TAIL_REACH = 80
_BODY_WORDS = 2
# Chat's closings, thanks and laughs that no word list holds, in Spanish and Portuguese ("porfa",
# "besitos", "vlw", "obg"), and the first names that are greetings ("chao", "chau")
_CHAT_CLOSINGS = frozenset(
    """
    porfa porfi porfis plis pliss xfa xfavor pls plz bss bsos besitos besotes slds saludines grax graciass
    graciasss okey oki okis okas tq tqm tkm chao chau chaito ciao bye byee xd
    vlw obg obgd brigado brigada tmj bjs bjo bjos bjss bjus beijinhos beijão abs abçs abraços flw
    """.split()
)
_LAUGH = re.compile(r"(?:j[aeiou]){2,}j?|(?:h[aeiou]){2,}h?|k{2,}|(?:rs){2,}|x+d+")
_ARTICLES = frozenset("el la los las lo un una o a os as um uma".split())


def spans(text: str, language: str, everyday: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The bare name signing `text` after its last sentence (see module doc), as (start, end)."""
    if language not in LANGUAGES or not text[-1:].strip() or "\n" in text.rstrip():
        return
    match = _TAIL.search(text, max(0, len(text) - _TAIL_REACH))
    if match is None or len(text[: match.start()].split()) < _BODY_WORDS:
        return
    name = match.group("name")
    words = name.split()
    lower_text = not any(map(str.isupper, text))
    if lower_text:
        shaped = all(word.islower() for word in words)
    else:
        shaped = all(word[0].isupper() and not word.isupper() for word in words)
    if shaped and _reads_as_name([word.casefold() for word in words], language, everyday):
        yield match.start("name"), match.end("name")


def _reads_as_name(words: list[str], language: str, everyday: Callable[[str], bool]) -> bool:
    """Whether the folded words read as a name by themselves (see module doc)."""
    lists = gazetteer()
    stops = lists.stop_words.get(language, frozenset())
    if words[0] in w.PARTICLES or words[-1] in w.PARTICLES or words[0] in _ARTICLES:
        return False  # "… verdad? de nada", "… ¿vale? la verde"
    for i, word in enumerate(words):
        if word in w.PARTICLES and 0 < i < len(words) - 1:
            continue  # "Camino de la Fuente"
        if word in _CHAT_CLOSINGS or _LAUGH.fullmatch(word) or word in w.NOT_NAMES or word in stops:
            return False
        if everyday(word) and not (i > 0 and (surname(word) or word in w.WORD_SURNAMES)):
            return False  # "¿Tenéis la talla M? Urgente", "… en rojo? Perfecto"
    phrase = " ".join(words)
    companies = (w.BRANDS, w.CARRIERS, w.APPS, w.CUE_COMPANIES, w.DELIVERY_APPS)
    if phrase in w.EPONYMOUS_BRANDS or any(phrase in listed or words[0] in listed for listed in companies):
        return False
    known = places().words_in
    return phrase not in known and (len(words) > 1 or lists.popularity.get(words[0], 0) >= 1 or words[0] not in known)
