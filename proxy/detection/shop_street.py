"""A street named right after a shop's noun is where that shop is, not where a customer is.

`filters._named_building` drops a first name or a place that names a street with no house number
("rue Victor Hugo", "corso Vittorio Emanuele"), but keeps it when the clause says the customer
collects there or has something sent there: the street may then be the customer's. A shop's noun
right before the street type ("la boutique place Kléber", "au punto vendita di corso Vittorio
Emanuele", "autour de Boulangerie rue Victor Hugo", "à Livraria Rua do Carmo") says whose street it
is: the shop's branch, which a customer collects from or has goods sent to, and which names no one.
An office, a home or a person's workplace before the street ("all'ufficio di via Roma", "chez ma
sœur rue Victor Hugo") is no shop and keeps the street.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from recognizers import name_words as w

# Nouns of a shop's premises besides the venues' (`name_words.VENUE_NOUNS`: "boutique", "negozio",
# "loja", "tienda"): a chain's branch and point of sale, and bookshops and pharmacies, named by their
# street as often as by a person ("Libreria via Roma", "Farmacia corso Italia")
_PREMISES = frozenset(
    w.VENUE_NOUNS
    | {
        "store", "shop", "branch", "outlet", "showroom", "filiale", "succursale", "sucursal", "agence",
        "agenzia", "agência", "livraria", "librería", "libreria", "farmacia", "farmácia", "pharmacie",
        "apotheke", "boulangerie", "padaria", "panadería", "panetteria", "drogaria", "drogueria",
    }
)  # fmt: skip
# The shop's noun, with "point of sale" written in two words, and the link to the street after it
_SHOP_NOUN = regex.compile(
    r"(?<!\p{L})(?:punto[ \t\u00a0]+vendita|ponto[ \t\u00a0]+de[ \t\u00a0]+venda|punto[ \t\u00a0]+de[ \t\u00a0]+venta"
    r"|point[ \t\u00a0]+de[ \t\u00a0]+vente|(\p{L}+))"
    r"(?:[ \t\u00a0]+(?:di|de|da|do|du|del|della|dello|at|on|in|en|na|no|em)|[ \t\u00a0]+(?:dell|d)['’])?[ \t\u00a0]*$",
    regex.IGNORECASE,
)


def shop_street(text: str, street_start: int) -> bool:
    """True when a shop's noun stands right before the street type starting at `street_start`, with
    or without a link ("la boutique place Kléber", "punto vendita di corso Vittorio Emanuele",
    "Boulangerie rue Victor Hugo"): the shop's own branch."""
    found = _SHOP_NOUN.search(text, max(0, street_start - 30), street_start)
    if found is None:
        return False
    noun = found.group(1)
    return noun is None or noun.casefold() in _PREMISES
