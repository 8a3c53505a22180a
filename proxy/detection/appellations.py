"""A wine or a cheese named after its town is goods, not a place or a person: "Wine tasting with
Chablis", "Muscadet ou Chinon pour les huîtres ?", "con Pecorino Sardo, Montasio e Ragusano".

The models read a protected designation of origin said alone as a person or a place, and the place
list knows some of them as towns ("Caerphilly", "Gorgonzola"). `place_recognizer.appellation`
already reads the town after a product noun and "de" ("le nougat de Montélimar"); here the
designation stands for the product by itself, with no noun before it. A span is the product when
every word of it is a listed designation (`_DESIGNATIONS`), a qualifier after one ("Pecorino Sardo",
"Riesling Spätlese", "Parmigiano Reggiano") or a conjunction between two ("Muscadet ou Chinon").

The list holds only designations that are no listed first name or census surname and no town people
name as where they live without a preposition: "Bordeaux", "Cognac", "Jerez", "Marsala", "Munster",
"Beaufort", "Brunello", "Soave", "Rioja" and "Mahón" are left out (a city, a surname or a first
name; `tests/detection/test_designations.py` holds the list to that). A designation right after a
place preposition, or after one and an article ("à Chablis", "in Gorgonzola", "nach Champagne", "de
Sancerre", "dans le Calvados", "nel Chianti"), is where someone is or goes, and stays a place.
Qualifiers count only after a designation in the same span, so "Romano" or "Toscano" alone (first
names, surnames) are never read as goods.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from recognizers import lower_pairs


def _fold(word: str) -> str:
    return lower_pairs.bare(word.casefold())


# Wines, sparkling wines, spirits and cheeses named after a town or a region (protected designations
# of origin), none a first name, a census surname or a town said without a preposition
_DESIGNATIONS = frozenset(
    _fold(x)
    for x in """
    chablis sancerre muscadet chinon meursault pommard sauternes beaujolais bourgogne médoc pomerol
    champagne armagnac calvados riesling gewurztraminer
    chianti barolo barbaresco valpolicella amarone prosecco valdobbiadene franciacorta montalcino
    lambrusco
    priorat albariño manzanilla
    stilton caerphilly wensleydale cheddar
    roquefort comté reblochon camembert brie maroilles époisses mimolette morbier gruyère vacherin
    parmigiano gorgonzola taleggio asiago montasio ragusano fontina pecorino grana provolone
    castelmagno
    manchego idiazábal tetilla
    emmentaler tilsiter
    vouvray bourgueil madiran bandol gigondas vacqueyras châteauneuf-du-pape crozes-hermitage condrieu
    côte-rôtie pouilly-fumé pouilly-fuissé mercurey chassagne-montrachet puligny-montrachet
    gevrey-chambertin nuits-saint-georges bairrada bierzo somontano txakoli penedès montsant bardolino
    gavi dolcetto taurasi cannonau valtellina
    saint-nectaire saint-marcellin pont-l'évêque livarot neufchâtel chaource langres ossau-iraty laguiole
    valençay rocamadour banon leerdammer maasdam jarlsberg limburger allgäuer harzer zamorano
    chartreuse bénédictine mezcal
    """.split()
)
# Words that follow a designation in its name: a region, an age, a sweetness or a grade
_QUALIFIERS = frozenset(
    _fold(x)
    for x in """
    sardo romano toscano siciliano reggiano padano dop doc docg aoc igp superiore riserva classico
    reserva crianza brut stagionato dolce piccante affiné mature vintage spätlese kabinett auslese
    """.split()
)
_JOINS = frozenset({"and", "or", "e", "o", "et", "ou", "y", "und", "oder", "&"})
# Prepositions a place takes where someone is, comes from or goes to, in the six languages
_PLACE_BEFORE = frozenset(
    _fold(x)
    for x in """
    in at to from near via around outside into
    à a au aux en dans de du des d vers chez
    di da dal dalla del della verso nel nella nei negli sul sulla al alla allo ai agli
    desde hacia para
    em no na nos nas do ao aos pra pro pelo pela
    nach aus bei im am zu ins zum zur vom beim
    """.split()
)
# Articles a place preposition may stand before: "dans le Calvados", "in the Chianti hills", "en la Rioja"
_ARTICLES = frozenset(
    {"the", "le", "la", "les", "l", "il", "lo", "el", "o", "os", "as", "der", "die", "das", "dem", "den"}
)
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*|&")
_WORDS_BEFORE = regex.compile(r"(?:(\p{L}+)['’]?[ \t\u00a0]+)?(\p{L}+)['’]?[ \t\u00a0]*$")


def designation(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` is a wine's or a cheese's designation of origin said as the
    product: its words are listed designations (the first one at least), qualifiers after one, and
    conjunctions, and no place preposition stands right before it or before its article."""
    words = [_fold(x) for x in _WORD.findall(text, start, end)]
    if not words or words[0] not in _DESIGNATIONS:
        return False
    after_designation = False
    for word in words:
        if word in _JOINS:
            after_designation = False
        elif word in _DESIGNATIONS:
            after_designation = True
        elif not (after_designation and word in _QUALIFIERS):
            return False
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    last = _fold(before.group(2))
    if last in _ARTICLES and before.group(1):
        last = _fold(before.group(1))  # "dans le Calvados": the preposition before the article
    return last not in _PLACE_BEFORE
