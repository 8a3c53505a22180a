"""Names by a message's layout, in every language: places only a person's name fills.

The name rules read the words around a name (a title, a verb, a greeting). Some messages carry no
such word and say "person" by their layout instead, the same in the six languages:

- a **spelling**: a run of single letters joined by hyphens ("The surname is H-O-L-D-E-R", "El
  apellido es A-R-A-Y-A", "m-a-c-a-r-a-e-g"). Nobody spells out a product; a run of four or more
  letters is read as a spelt name wherever it stands (failing closed: a spelling no list can hold),
  a run of three ("E-Z-E") or one written with dots or spaces ("H. O. L. D. E. R") only after a
  name label in the same sentence ("surname", "apellido", "cognome", "Nachname"…), so that codes
  like "A-B-C" stay clean;
- a **forwarded contact card**: the line between a contact label ("Contacto reenviado:", "Contato
  encaminhado:", "Contatto inoltrato:", "Fiche contact :", "Kontakt:", "Contact card:") and a line
  with a phone number or an e-mail address is the contact's name;
- a **team sheet**: two or more items of one to four words each followed by a squad number ("Kirsty
  Ormerod no. 7, Tariq Mirza no. 9", "dorsal 11", "nº 11", "Nr. 11", "n. 11", "n° 11"): the words
  before the number are a player's name;
- a **self-introduction** opening the message: one to three name words, the word for "here", then
  a request ("Mo Kassem hier könnt ihr…", "Cheo Barrios aquí me guardáis…", "kirst hargreaves here
  can you…"); `lower_here` reads the same names before a punctuation mark;
- an **order of someone**: "order 5521 of X", "pedido 5521 de X", "commande 5521 pour X",
  "Bestellung 5521 von X": after an order's number, the one it is for;
- a **list with emoji between its items** ("Pau Puig 🎉 Jon Zubizarreta 🎉 Dayana Fonseca quieren…"):
  when one item is a name found, every other item is one too.

Every name word is checked as `lower_here` checks it: no stop word, no word that is never a name,
and no frequent word of the language or of English unless a listed first name or census surname
("GRACIAS", "STORNIEREN", "quieren" end a name). Each rule is behind a cheap test of the text (a
hyphen, a digit, a newline, a "here" word, an emoji) before its regex runs.
"""

from __future__ import annotations

import re

from recognizers import factored
from recognizers import name_words as w
from recognizers.lower_pairs import PairLists

_L = r"[^\W\d_]"
_NAME_WORD = rf"{_L}+(?:['’\-]{_L}+)*"
_WORD_RE = factored.compile(_NAME_WORD)
_GAP = r"[ \t\u00a0]+"

# A spelling: single letters joined by hyphens, nothing word-like on either side.
_HYPHEN_SPELLING = re.compile(rf"(?<![\w\-.'’]){_L}(?:-{_L}){{2,}}(?![\w\-'’])")
# Or by dots or spaces, capitals only ("H. O. L. D. E. R", "S M I T H"): read after a label only.
_SPACED_SPELLING = factored.compile(r"(?<![\w.\-])[A-ZÀ-Þ](?:(?:\.[ \t]?|[ \t])[A-ZÀ-Þ]){2,}\.?(?![\w\-])")
_MIN_UNLABELLED_LETTERS = 4
# A name label before a spelling, in the same sentence: what is spelt is a name.
_NAME_LABEL = factored.compile(
    r"(?<!\w)(?:surname|last[ \t]+name|first[ \t]+name|name|spelt|spelled|spell(?:ing)?|apellidos?|nombre"
    r"|deletreo|deletreado|se[ \t]+escribe|cognome|nome|si[ \t]+scrive|apelido|sobrenome|soletrado"
    r"|escreve-se|nom|prénom|nom[ \t]+de[ \t]+famille|s['’]écrit|nachname|vorname|familienname"
    r"|buchstabiert|geschrieben)(?!\w)[^.!?\n]{0,40}$",
    re.IGNORECASE,
)

# A contact card's label line, alone on its line: "Contacto reenviado:", "Contact card", "vCard".
_CARD = factored.compile(
    r"(?:^|(?<=\n))[ \t]*(?:contact(?:[ \t]+card)?|shared[ \t]+contact|forwarded[ \t]+contact|fiche[ \t]+contact"
    r"|carte[ \t]+de[ \t]+visite|contacto|tarjeta[ \t]+de[ \t]+contacto|contato|cartão[ \t]+de[ \t]+contato"
    r"|contatto|scheda[ \t]+contatto|kontakt|kontaktkarte|visitenkarte|vcard)"
    r"(?:[ \t]+(?:reenviado|compartido|encaminhado|compartilhado|partilhado|reencaminhado|inoltrato"
    r"|condiviso|transféré|partagé|weitergeleitet|geteilt|forwarded|shared))?[ \t]*:?[ \t]*\n"
    rf"[ \t]*(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}|{_GAP}{_L}\.){{0,4}})[ \t]*\n"
    r"(?=[^\n]*(?:\d[\d \-().]{5,}\d|@))",
    re.IGNORECASE,
)
# A vCard's name on its label's line, a phone or e-mail line below: "vCard: Inmaculada Belmonte\nTEL: …".
_CARD_LINE = factored.compile(
    r"(?:^|(?<=\n))[ \t]*(?:vcard|contact|contacto|contato|contatto|kontakt|fn|name|nombre|nome|nom)[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}|{_GAP}{_L}\.){{0,4}})[ \t]*\n"
    r"(?=[^\n]*(?:\d[\d \-().]{5,}\d|@))",
    re.IGNORECASE,
)

# One item of a team sheet: name words, then a squad number's marker and the number.
_SQUAD = factored.compile(
    rf"(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,3}}){_GAP}"
    r"(?:no\.|nº|n°|n\.|nr\.?|dorsal|número|numero|numéro|num\.|#)[ \t]*\d{1,2}(?!\d)",
    re.IGNORECASE,
)
_SQUAD_MARKERS = factored.compile(r"(?i)\b(?:no\.|nº|n°|n\.|nr|dorsal|número|numero|numéro|num\.)|#")
_MIN_SQUAD_ITEMS = 2
# Where a team sheet's item may start: the text's or a line's start, after a colon, comma, semicolon
# or a conjunction.
_ITEM_OPENING = re.compile(r"(?:^|[\n:;,][ \t]*|[ \t](?:and|y|e|et|und|i)[ \t]+)\Z", re.IGNORECASE)

_EMOJI = r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764][\uFE0F\U0001F3FB-\U0001F3FF\u200D]*"

# "here" in the six languages, after a name opening the message and before a request.
_HERE_REQUEST = factored.compile(
    rf"\A[ \t]*(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,3}}){_GAP}"
    r"(?:(?:here|aquí|aqui|qui|ici|hier)[ \t]+"
    r"(?:can|could|would|will|please|i|just|is|are|do|did|me|os|te|podéis|podeis|puedes|podrías|podrian"
    r"|podrían|pueden|quería|queria|quiero|podem|pode|poderiam|vocês|voces|gostaria|mi|ci|potete|puoi"
    r"|potreste|vorrei|volevo|vous|tu|je|est-ce|pourriez|könnt|koennt|können|kannst|könntet|ich|bitte"
    rf"|habt|hättet)(?!\w)|(?:here|aquí|aqui|qui|ici|hier)[ \t]*(?:{_EMOJI}))",
    re.IGNORECASE,
)
_HERE_PREFILTER = factored.compile(r"(?i)(?:here|aqu[ií]|qui|ici|hier)[ \t]")

# After an order's number, the one it is for.
_ORDER = factored.compile(
    r"(?<!\w)(?:order|pedido|commande|bestellung|encomenda|ordine|auftrag)[ \t]+(?:n[º°o.]?[ \t]*|#|nr\.?[ \t]*)?"
    rf"\d{{3,}}(?:[ \t]+(?P<of>of|for|de|da|do|di|del|von|für|pour|para|per)[ \t]+|[ \t]*[\-–—/|:][ \t]*|[ \t]+)"
    rf"(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,4}})",
    re.IGNORECASE,
)
# A name opening the message before a dash or slash and an order's number ("giorgos georgiou - bestellung
# 73391 -", "Bruno R. - ordine 4471"): the one the order is for.
_NAME_THEN_ORDER = factored.compile(
    rf"\A[ \t]*(?P<name>{_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{0,3}})(?P<initial>{_GAP}{_L}\.)?[ \t]+[\-–—/|][ \t]*"
    r"(?:order|pedido|commande|bestellung|encomenda|ordine|auftrag)[ \t]+(?:n[º°o.]?[ \t]*|#|nr\.?[ \t]*)?\d{3,}",
    re.IGNORECASE,
)

# Emoji between a list's items: a pictograph (with its modifiers), spaces on both sides.
_EMOJI_SEPARATOR = re.compile(rf"{_GAP}(?:{_EMOJI})+{_GAP}")
_EMOJI_PREFILTER = re.compile(_EMOJI)
_MAX_ITEM_WORDS = 4
_MIN_BARE_WORDS = 2
_MIN_SEPARATORS = 2


def layout_names(text: str, found: list[tuple[int, int]], lists: PairLists) -> list[tuple[int, int]]:
    """Spans of names the message's layout shows (see module doc); `found` are names already read,
    which an emoji list needs one of."""
    spans: list[tuple[int, int]] = []
    if "-" in text or "." in text or " " in text:
        spans += _spellings(text)
    if "\n" in text:
        spans += _cards(text, lists)
    if any(map(str.isdigit, text)):  # `map` of the method: no generator frame a character
        spans += _squad(text, lists)
        spans += _orders(text, lists)
    if _HERE_PREFILTER.search(text):
        spans += _here(text, lists)
    if found and _EMOJI_PREFILTER.search(text):
        spans += _emoji_list(text, [*found, *spans], lists)
    return spans


def _spellings(text: str) -> list[tuple[int, int]]:
    """Spelt names: hyphenated runs of four letters or more anywhere, shorter or spaced ones after a
    name label."""
    spans: list[tuple[int, int]] = []
    for match in _HYPHEN_SPELLING.finditer(text):
        letters = (len(match.group()) + 1) // 2
        if letters >= _MIN_UNLABELLED_LETTERS or _NAME_LABEL.search(text, 0, match.start()):
            spans.append(match.span())
    if "." in text or " " in text:
        for match in _SPACED_SPELLING.finditer(text):
            if _NAME_LABEL.search(text, 0, match.start()):
                spans.append((match.start(), match.end() - match.group().endswith(".")))
    return spans


def _cards(text: str, lists: PairLists) -> list[tuple[int, int]]:
    """The name line of a forwarded contact card."""
    spans: list[tuple[int, int]] = []
    for match in (*_CARD.finditer(text), *_CARD_LINE.finditer(text)):
        span = _checked(text, list(_WORD_RE.finditer(text, *match.span("name"))), lists)
        if span:
            spans.append(span)
    return spans


def _squad(text: str, lists: PairLists) -> list[tuple[int, int]]:
    """Players' names on a team sheet of two items or more."""
    if len(_SQUAD_MARKERS.findall(text)) < _MIN_SQUAD_ITEMS:
        return []
    items: list[tuple[int, int]] = []
    for match in _SQUAD.finditer(text):
        span = _name_before(text, match.start("name"), match.end("name"), lists)
        if span:
            items.append(span)
    return items if len(items) >= _MIN_SQUAD_ITEMS else []


def _name_before(text: str, start: int, end: int, lists: PairLists) -> tuple[int, int] | None:
    """The name words right before a squad number: the words from the item's opening on, when every
    one may be a name word and the first is capitalised in a text with capitals."""
    words = list(_WORD_RE.finditer(text, start, end))
    # the item opens at the last word after an item opening (a colon, a comma, a line's start)
    for k, word in enumerate(words):
        if _ITEM_OPENING.search(text, 0, word.start()):
            words = words[k:]
            break
    else:
        return None
    return _checked(text, words, lists)


def _checked(
    text: str, words: list[re.Match[str]], lists: PairLists, *, initialled: bool = False
) -> tuple[int, int] | None:
    """The span of `words` when they read as one name: one to four words, none a stop word or a word
    that is never a name (particles inside), at least one no frequent word (or a listed first name or
    census surname: "Shell De Freitas", "Eri Hoxha"), the first capitalised unless the text has no
    capitals or only capitals."""
    if not words or len(words) > _MAX_ITEM_WORDS:
        return None
    first = words[0].group()
    if first.casefold() in w.PARTICLES or (not first[0].isupper() and _has_capitals(text)):
        return None
    folded = [m.group().casefold() for m in words if m.group().casefold() not in w.PARTICLES]
    if any(_never(word, lists) for word in folded):
        return None
    if not initialled and all(_not_name(word, lists) for word in folded):
        return None  # with an initial after them, frequent words are a name too: "Colombo F.", "Bruno R."
    return words[0].start(), words[-1].end()


def _never(folded: str, lists: PairLists) -> bool:
    """A stop word or a word that is never a name: it ends a name read from a layout."""
    return folded in lists.stops or folded in w.NOT_LOWER_NAMES


def _orders(text: str, lists: PairLists) -> list[tuple[int, int]]:
    """The one an order is for, after the order's number: the name words up to the first that is no
    name word."""
    spans: list[tuple[int, int]] = []
    for match in _ORDER.finditer(text):
        words = list(_WORD_RE.finditer(text, match.start("name"), match.end("name")))
        kept = _leading_name(words, lists)
        if match.group("of") is None and (
            len(kept) < _MIN_BARE_WORDS or _brand(kept) or any(_not_name(m.group().casefold(), lists) for m in kept)
        ):
            continue  # "Ordine 4471 Nike Air Max", "ordine 550183 – contattare …": every word a name word
        span = _checked(text, kept, lists)
        if span:
            spans.append(span)
    before = _NAME_THEN_ORDER.match(text)
    if before:
        words = list(_WORD_RE.finditer(text, *before.span("name")))
        span = _checked(text, words, lists, initialled=before.group("initial") is not None)
        if span:  # an initial after the surname, with its dot: "Bruno R."
            spans.append((span[0], before.end("initial") if before.group("initial") else span[1]))
    return spans


def _here(text: str, lists: PairLists) -> list[tuple[int, int]]:
    """A name opening the message before "here" and a request."""
    match = _HERE_REQUEST.match(text)
    if not match:
        return []
    words = list(_WORD_RE.finditer(text, match.start("name"), match.end("name")))
    span = _checked(text, words, lists)
    if span is None:
        return []
    if len(words) == 1 and not lists.plain_first_name(words[0].group().casefold()):
        return []  # "Everything here can wait": one word must be a first name that is no word
    return [span]


def _emoji_list(text: str, found: list[tuple[int, int]], lists: PairLists) -> list[tuple[int, int]]:
    """The items of a list with emoji between them, when one of them is a name found."""
    separators = list(_EMOJI_SEPARATOR.finditer(text))
    if len(separators) < _MIN_SEPARATORS:
        return []  # "grazie 🙏 serena": one emoji between two words is no list
    line_start = text.rfind("\n", 0, separators[0].start()) + 1
    line_end = text.find("\n", separators[-1].end())
    line_end = len(text) if line_end < 0 else line_end
    bounds = [line_start, *(p for s in separators for p in s.span()), line_end]
    last = len(bounds) - 2
    items: list[tuple[int, int]] = []
    for k in range(0, len(bounds), 2):
        words = list(_WORD_RE.finditer(text, bounds[k], bounds[k + 1]))
        if k == 0:  # the first item: the name words right before the first emoji
            words = _trailing_name(words, lists)
        elif k == last:  # the last: the name words right after the last emoji
            words = _leading_name(words, lists)
        elif text[bounds[k] : bounds[k + 1]].strip(" \t") != " ".join(m.group() for m in words):
            continue  # an item between two emoji is a name only as a whole
        span = _checked(text, words, lists)
        if span:
            items.append(span)
    if not any(s < e2 and s2 < e for s, e in items for s2, e2 in found):
        return []
    return items


def _leading_name(words: list[re.Match[str]], lists: PairLists) -> list[re.Match[str]]:
    """The name words that open `words`: up to a stop word or a word that is never a name ("DE ZENAIDA
    BRITO OBRIGADO"), less the particles that end them and the frequent words that end three or more
    ("Dayana Fonseca quieren"): two words are a first name and a surname that may be a word."""
    kept: list[re.Match[str]] = []
    for word in words[:_MAX_ITEM_WORDS]:
        folded = word.group().casefold()
        if folded not in w.PARTICLES and _never(folded, lists):
            break
        kept.append(word)
    while kept and _loose_end(kept[-1], len(kept), lists):
        kept.pop()
    return kept


def _trailing_name(words: list[re.Match[str]], lists: PairLists) -> list[re.Match[str]]:
    """The name words that end `words`, read backwards as `_leading_name` reads forwards."""
    kept: list[re.Match[str]] = []
    for word in reversed(words):
        folded = word.group().casefold()
        if len(kept) == _MAX_ITEM_WORDS or (folded not in w.PARTICLES and _never(folded, lists)):
            break
        kept.insert(0, word)
    while kept and _loose_end(kept[0], len(kept), lists):
        kept.pop(0)
    return kept


def _loose_end(word: re.Match[str], count: int, lists: PairLists) -> bool:
    """A particle at a name's end, or a frequent word ending one of three words or more."""
    folded = word.group().casefold()
    return folded in w.PARTICLES or (count > _MIN_BARE_WORDS and _not_name(folded, lists))


def _brand(words: list[re.Match[str]]) -> bool:
    """Words that are a brand named after a person ("Hugo Boss", "Tommy Hilfiger")."""
    folded = " ".join(m.group().casefold() for m in words)
    return any(folded.startswith(brand) for brand in w.EPONYMOUS_BRANDS)


def _has_capitals(text: str) -> bool:
    """Mixed case: some capital letter and some lower-case one."""
    return any(c.isupper() for c in text) and any(c.islower() for c in text)


def _not_name(folded: str, lists: PairLists) -> bool:
    """A word that is no part of a name here (as `lower_here` reads one): a stop word, a word that is
    never a name, or a frequent word that is no listed first name nor census surname."""
    if folded in lists.stops or folded in w.NOT_LOWER_NAMES:
        return True
    return folded in lists.everyday and not lists.plain_first_name(folded) and not lists.census_surname(folded)
