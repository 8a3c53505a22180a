"""A town right after a shop's own name is the shop's branch town, not where anyone is.

Shop chat names a local shop by its name and its town: "Canal Street Cycles in Daventry says they
have it", "Weinhandel St. Georg in Erfurt", "Optik Hauptstraße in Dortmund", "Quincaillerie du Moulin
à Annecy", "Cicli Piazza Mazzini di Piacenza", "Enoteca San Lorenzo di Piacenza", "Óptica Colón de
Getafe", "Librería Paseo de Gracia de Getafe", "a loja Yves Saint Laurent de Blumenau", "la Jardinerie
de Nantes". The town there says where the shop is, as "il negozio di Torino" does
(`business._PREMISES_BEFORE`, which reads a lower-case shop word and at most two capitalised words
after it), not who writes. `shop_town` reads the capitalised run right before "in"/"de"/"di"/"à" and
the town as a shop's name when

- it opens with a trade or premises noun (`trades.TRADES`, `name_words.TRADES`, `name_words.PREMISES`:
  "Óptica Colón", "Enoteca San Lorenzo", "Loja Yves Saint Laurent"), eating and staying places aside
  (`_STAYS`: a hotel, a café, a restaurant is where a person stays or meets, as the premises rule
  already leaves them), and words that open no shop's name ("Maison", "Chez", "Petit");
- or, in English, it ends with a trade noun (`shop_names.EN_TRADES`: "Canal Street Cycles", "St
  Mary's Florist"), two words at least;
- or, in German, a word of it is a trade compound ("Radhaus Bismarckstraße", "Weinhandel St. Georg":
  `shop_names.german_compound`, and compounds on "-handel").

Fail closed, each keeps the town: a popular first name and another word after the trade noun, or
before an English trade noun with no street type between ("Friseur Petra Klein in Ulm", "Rosie Lee
Tearooms in Leeds": a person's full name, so the shop may be theirs); the writer, a person or a
relative in the clause, or a verb of working ("I work at Canal Street Cycles in Daventry", "meine
Schwester arbeitet bei Optik Hauptstraße in Dortmund"): checked by the caller
(`business.shop_place`), with the customer's cue and the writer's possessive as for premises.
"""

from __future__ import annotations

from functools import cache

import regex  # type: ignore[import-untyped]

from proxy.detection import said_of
from proxy.detection import word_edges as edges
from proxy.detection.shop_names import EN_TRADES, german_compound
from proxy.detection.trades import TRADES
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

# The preposition of the shop's town, right before the town ("… Cycles in", "… Colón de", "… Mazzini di")
_TOWN_OF = regex.compile(
    r"(?:^|[ \t\u00a0])(?:in|at|de|di|à|a|en|em|da|do|du|del|della|of)[ \t\u00a0]+$|(?:^|[ \t\u00a0])d['’]$",
    regex.IGNORECASE,
)
# What ends a shop's name going back: a clause's punctuation, a line
_CUT = regex.compile(r"[!?;:,\n\"“”«»()]")
_TOKEN = regex.compile(r"\S+")
# Lower-case words inside a shop's name: "Quincaillerie du Moulin", "Librería Paseo de Gracia",
# "Blumen am Marienplatz", "Buchhandlung am Kaiser-Wilhelm-Ring"
_LINKS = frozenset(
    "de du des del della delle dei di da do dos das am an der im zum zur of the y e et und and sur la le".split()
)
# Places where a person eats, drinks or stays, and words that open no shop's name
_STAYS = frozenset(
    """
    hotel hôtel restaurant restaurante ristorante café cafe caffè caffetteria cafetería bar pub inn bistro bistrot
    brasserie trattoria pizzeria osteria albergo locanda agriturismo gasthaus gasthof wirtshaus kneipe gaststätte
    imbiss eiscafé eisdiele hostal mesón taberna cervecería cervejaria pousada boteco tasca chiringuito lanchonete
    churrascaria marisquería marisqueira asador diner tearoom crêperie creperie gelateria heladería sorveteria
    maison chez petit petite p'tit p’tit menu coffret forfait local office offices bureau bureaux sede
    """.split()
)
# The shop's staff after its name and town: "… in Daventry says they have it", "… a Lecce dicono che loro"
_THEY = regex.compile(r"(?<![\w'’])(?:they|them|ils|elles|eux|loro|ellos|ellas|eles|elas)(?![\w'’])", regex.IGNORECASE)
_ELISION = regex.compile(r"^(?:l|d)['’]", regex.IGNORECASE)
# Narrower than `word_edges.EDGE`: the clause is cut at double quotes and brackets already (`_CUT`);
# square brackets, "‘" and Spain's marks were never in it, the ASCII apostrophe and "’" are
_EDGE = edges.STOPS + "()" + '"«»“”’' + edges.APOSTROPHE
_POPULAR = 2
# Working there: the shop locates the worker ("I work at …", "meine Schwester arbeitet bei …")
_WORKS = regex.compile(
    r"(?<![\w'’])(?:work|works|working|worked|job|travaill\w*|lavor\w*|trabaj\w*|trabalh\w*|arbeit\w*)(?![\w'’])",
    regex.IGNORECASE,
)


@cache
def openers(language: str) -> frozenset[str]:
    """Trade and premises nouns that open a shop's name in `language` (every language when unknown)."""
    trades = TRADES.get(language) or frozenset().union(*TRADES.values())
    return (trades | w.TRADES | w.PREMISES) - _STAYS


def _name_before(before: str) -> list[str]:
    """The capitalised run (with its lower-case links) at the end of `before`, which ends with the
    town's preposition already cut off; empty when the words there are no capitalised run."""
    clause = _CUT.split(before)[-1]
    words: list[str] = []
    for token in reversed(_TOKEN.findall(clause)):
        bare = token.strip(_EDGE) if not token.endswith(".") or len(token) > 4 else token.rstrip(".")
        if token.endswith(".") and len(token) > 4:
            break  # "… in Tours. Optik …": the end of a sentence, not "St."
        if bare[:1].isupper() or bare == "&":
            words.append(bare)
        elif bare.casefold() in _LINKS and words:
            words.append(bare.casefold())
        else:
            break
    while words and words[-1] in _LINKS:
        words.pop()
    return list(reversed(words))


def _person_after(words: list[str]) -> bool:
    """True when the words after a trade noun open with a popular first name and go on: a person's
    full name ("Friseur Petra Klein"); a saint's word is no first name ("Enoteca San Lorenzo")."""
    named = [x for x in words if x not in _LINKS]
    if len(named) < 2 or named[0].casefold().rstrip(".") in w.SAINTS:
        return False
    return gazetteer().popularity.get(named[0].casefold(), 0) >= _POPULAR


def _en_shop(words: list[str]) -> bool:
    """An English shop's name with its trade noun last ("Canal Street Cycles", "St Mary's Florist");
    not a popular first name and another word before it with no street type ("Rosie Lee Tearooms")."""
    named = [x.casefold() for x in words if x not in _LINKS]
    if len(named) < 2 or named[-1] not in EN_TRADES:
        return False
    streets = any(x in w.STREET_TYPE_WORDS for x in named[:-1])
    first = named[0].rstrip(".")
    person = first not in w.SAINTS and gazetteer().popularity.get(first, 0) >= _POPULAR and len(named) > 2
    return streets or not person


def _de_shop(words: list[str]) -> bool:
    """A German shop's name with a trade compound in it ("Radhaus Bismarckstraße", "Weinhandel St. Georg")."""
    return any(german_compound(x) or (x.casefold().endswith("handel") and len(x) > 9) for x in words)


def shop_town(
    text: str, start: int, end: int, language: str, writer: tuple[regex.Pattern[str], regex.Pattern[str]]
) -> bool:
    """True when the words right before the town `text[start:end]` end with a shop's own name and the
    town's preposition (module doc): "Canal Street Cycles in", "Óptica Colón de", "Weinhandel St. Georg
    in". `writer` is the writer's words before and after a place (`business._writer`). Fail closed on
    the writer, a person, a relative, a home or a verb of working in the clause."""
    before = _CUT.split(text[max(0, start - 100) : start])[-1]
    prep = _TOWN_OF.search(before)
    if prep is None:
        return False
    words = _name_before(before[: prep.start()])
    if not words or not _shop_name(words, language):
        return False
    # "Canal Street Cycles in Daventry says they have it": the shop's people, after its name
    after = _THEY.sub(" ", _CUT.split(text[end : end + 100])[0])
    writer_before, writer_after = writer
    wrote = writer_before.search(before) is not None or writer_after.search(after) is not None
    return not (
        said_of.person_in_sentence(before, after, language, wrote) or _WORKS.search(before) or _WORKS.search(after)
    )


def _shop_name(words: list[str], language: str) -> bool:
    """True when the capitalised run `words` is a shop's own name (module doc)."""
    opener = _ELISION.sub("", words[0]).casefold()
    if opener[-1:] == "s" and opener not in openers(language):
        opener = opener[:-1]  # "Caves Saint-Vincent": the trade in the plural
    if opener in openers(language):
        return not _person_after(words[1:])
    if language in ("en", "") and _en_shop(words):
        return True
    return language in ("de", "") and _de_shop(words)
