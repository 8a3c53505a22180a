"""A town right after a shop chain's name is the chain's branch, not where anyone is.

Shop chat in Spain, Portugal, Brazil and Germany names a chain's store by the chain and its town:
"¿Ha vuelto el turrón a Eroski de Almería?", "a Zara Home de Lleida", "na Tok&Stok de Évora",
"Habt ihr die Birkenstock bei Rossmann in Ulm wieder?". The chain has hundreds of stores; its store
in a town of 15 000+ people says where the goods are, as "il negozio di Torino" or "unsere Filiale in
Köln" do (`business._PREMISES_BEFORE`), not who asks. `branch_town` reads the chain's name
(`_CHAINS`, written by hand for this rule from general knowledge of the best-known store chains of
those markets; names that are common first names or surnames are left out: "Douglas", "Müller",
"Thalia", "Dia") right before "de"/"del"/"da"/"do"/"in"/"en"/"em" and the town.

The caller (`business.shop_place`) has already kept any clause with the customer's cue (living,
coming from, collecting there), and keeps the town when the sentence has the writer's own possessive
or a relative ("meine Frau arbeitet bei Rossmann in Ulm": where she works).
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import alternation

_CHAINS = frozenset(
    x.strip()
    for x in """
    rossmann, dm, mediamarkt, media markt, saturn, edeka, rewe, kaufland, netto, penny, aldi, lidl,
    galeria, kaufhof, karstadt, deichmann, c&a, h&m, tchibo, hugendubel, obi, bauhaus, hornbach, toom,
    ikea, decathlon, intersport, butlers, xxxlutz, tedi, kik, woolworth, fressnapf, dehner, fielmann,
    apollo optik, sportscheck, depot, primark, zara, mango, bershka, stradivarius, pull&bear,
    massimo dutti, oysho, zara home, el corte inglés, corte inglés, hipercor, eroski, mercadona,
    carrefour, alcampo, consum, caprabo, bonpreu, fnac, casa del libro, leroy merlin, bricomart, druni,
    sephora, worten, continente, pingo doce, intermarché, auchan, tok&stok, tok & stok, casas bahia,
    magazine luiza, magalu, renner, riachuelo, pão de açúcar, americanas, bertrand
""".split(",")
    if x.strip()
)
_B = r"[ \t\u00a0]+"
# the chain's name, as a word of its own, then the preposition of its store's town, at the end of
# what comes before the town
_BRANCH = regex.compile(
    rf"(?<![\p{{L}}&])(?:{alternation(_CHAINS)}){_B}(?:de|del|da|do|in|en|em)[ \t\u00a0]*$",
    regex.IGNORECASE,
)


def branch_town(before: str) -> bool:
    """True when the words right before a town end with a chain's name and "de"/"in" ("Eroski de",
    "bei Rossmann in", "na Tok&Stok de")."""
    return _BRANCH.search(before[-60:]) is not None
