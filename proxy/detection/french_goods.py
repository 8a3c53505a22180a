"""French first names that are also the names of goods, shades and wines, read as what they name.

French names many girls after flowers, fruits, stones and shades (Rose, Fleur, Pierre, Violette,
Prune, Cerise, Olive, Marine, Capucine) and shops sell goods under the same words. The first-name
list (`GivenNameRecognizer`) and the French model then take a shop's chat for people. Three shapes
are goods here, for the first-name list's and the model's spans of a French message (asked by
`filters._business`, since `bench.nopii_tune30`):

- **a set phrase of goods**: one of these words (`_WORD_NAMES`) after "de", "en" or a goods noun,
  followed by "de", "des" or "d'" and a lower-case noun ("un sachet de Fleur de sel", "en Pierre de
  lune", "le sirop Fleur de sureau", "des bulbes de Reine des prés"). A person said with where they
  work takes an article or "chez" there ("Pierre du magasin", "Rose de la boutique", "Fleur de chez
  Darty"), a workplace noun or a state alone stays a person's ("Claire de compta", "Pierre de
  garde"), and a person said so opens the sentence or follows a verb ("Pierre des ressources humaines
  a validé", "j'ai vu Fleur de loin");
- **an article before the word** ("la Fleur de Lys", "une Blanche de Namur", "la Pierre de
  Bourgogne", "le Margaux", "du Margaux"): French puts no article before a person's name in a shop's
  chat; a possessive ("ma Rose") is left alone, it is said of people too;
- **shades weighed against each other** (`_SHADES`: "Prune ou Cerise ?", "Marine ou Olive", "en
  Cerise et en Prune", "Cerise ou Framboise pour le rouge à lèvres ?"): the span is one shade word
  and the word it is weighed against by "ou", a comma, or "et" with "en" before both is a shade too,
  in a message that names goods or a shade (`_SHADE_CONTEXT`, the first-name rules' product nouns);
  never after a person preposition ("à", "avec", "pour", "par", "chez") and never when a verb follows
  the alternation ("Rose ou Violette passera", "Olive ou Marine viendront"): those are people.

A wine estate ("Château Margaux") is named with "Château" before it; a run that opens on that word
is the estate, never a person. Fail closed: only these shapes are dropped, a cue rule's span is never
asked, and `filters._without_business` keeps any span sharing a word with a person's name kept in the
message.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EN_FR_EDGE
from recognizers import name_words as w

_SPACE = r"[ \t\u00a0]+"

# First names that are everyday French nouns of goods, plants, stones, drinks or shades
_WORD_NAMES = frozenset(
    """
    fleur pierre rose reine marguerite violette blanche victoire églantine capucine perle ambre jade iris
    prune cerise olive marine clémentine aurore céleste lys pervenche colombe mélisse cannelle vanille
    myrtille pâquerette jasmine angélique verveine camélia hortense margaux opale rubis améthyste
    """.split()
)
# Shades, fruits and flowers customers name a colour, a flavour or a scent by
_SHADES = (
    _WORD_NAMES
    | w.COLOURS
    | frozenset(
        """
        framboise fraise griotte kaki moutarde corail lilas pêche mandarine aubergine ivoire pivoine
        miel azur bordeaux fuchsia chocolat caramel sable taupe abricot citron pistache menthe cassis
        mûre myrtille lavande turquoise anis safran cuivre bronze écru vanille noisette framboise
        """.split()
    )
)
# Nouns of a shade, a flavour or goods weighed by shade, besides the first-name rules' product nouns
_SHADE_CONTEXT = w.PRODUCT_NOUNS | frozenset(
    """
    couleur couleurs coloris teinte teintes nuance nuances ton tons foncé foncée foncés foncées clair
    clairs vernis rouge lèvres confiture confitures sorbet sorbets sirop sirops glace glaces parfum
    parfums goût goûts saveur saveurs tarte fard chino faire-part housse doudoune cardigan pantalon
    veste bonbons dragée dragées cire plaid robe
    """.split()
)
# Lower-case nouns after "de" that say where a person works, not what goods are made of
_WORKPLACES = frozenset(
    """
    chez compta comptabilité accueil caisse livraison service sav magasin boutique agence bureau
    direction équipe rayon atelier entrepôt banque poste mairie école crèche
    """.split()
)
# Words after "de" that make a person's state or a request, not goods ("Pierre de retour", "Claire de
# garde", "Rose de passage"), and the determiners of "Rose de la boutique"
_NOT_GOODS_AFTER = frozenset(
    """
    la le l les un une des du ce cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos leur
    leurs retour garde passage repos congé congés permanence sortie astreinte nouveau nouvelle bonne
    mauvaise accord habitude ailleurs abord ici suite rien tout toute
    """.split()
)
# Trees and shrubs whose flowers are sold, spelt like an infinitive ("fleur d'oranger")
_TREES = frozenset("oranger cerisier pommier amandier olivier pêcher poirier prunier citronnier".split())
# Nouns of goods a set phrase is sold as, besides the first-name rules' product nouns
_GOODS_BEFORE = w.PRODUCT_NOUNS | frozenset(
    """
    sel gel douche eau miel bouquet sachet boîte pot huile thé tisane infusion graines bulbes bracelet
    collier déodorant
    """.split()
)
# Articles and demonstratives before a name that make it goods ("la Fleur de Lys", "du Margaux"); not
# "de", which says whose ("la commande de Fleur Aubert")
_ARTICLES = frozenset("la le l un une des du au aux ce cet cette".split())
_LINK_LOWER = regex.compile(r"(?:" + _SPACE + r"(?:de|des)" + _SPACE + r"|" + _SPACE + r"d['’])(\p{Ll}[\p{L}-]*)")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’])(\p{L}+)['’]?" + r"[ \t\u00a0]*$")
_WORD_AT = regex.compile(r"\p{L}[\p{L}-]*")
# "ou", a comma or "et", then "en", "de", "la", "le" or "du" at most, then the other term
_ALTERNATIVE_AFTER = regex.compile(
    r"(?:" + _SPACE + r"ou|[ \t\u00a0]*,|" + _SPACE + r"(?P<et>et))"
    r"(?:" + _SPACE + r"(?P<link>en|de|la|le|du|d['’]))?[ \t\u00a0]*(?P<word>\p{L}[\p{L}-]*)"
)
_ALTERNATIVE_BEFORE = regex.compile(
    r"(?P<word>\p{L}[\p{L}-]*)(?:[ \t\u00a0]*,|" + _SPACE + r"ou|" + _SPACE + r"(?P<et>et))"
    r"(?:" + _SPACE + r"(?P<link>en|de|la|le|du|d['’]))?[ \t\u00a0]*$"
)
_PERSON_BEFORE = frozenset("à a avec pour par chez".split())
# A verb after the alternation makes its terms people ("Rose ou Violette passera", "Olive ou Marine
# viendront", "Prune a choisi"): common auxiliaries and the endings of the future and imperfect
_VERB_AFTER = regex.compile(
    r"[ \t\u00a0]+(?:[mtlsnj]['’]|(?:a|ont|est|sont|va|vont|peut|peuvent|veut|veulent|doit|doivent|"
    r"fait|font|dit|aime|adore|préfère|vient|viennent|passe|passent|\p{Ll}+(?:ra|ront|rait|raient|ait|aient))"
    r"(?!\p{L}))"
)
_CLAUSE_END = regex.compile(r"[.!?\n]")


def no_one(text: str, start: int, end: int) -> bool:
    """True when the span at `start`..`end` of a French message is goods, a wine or a shade."""
    words = [m for m in _WORD_AT.finditer(text, start, end)]
    if not words:
        return False
    first = words[0].group().casefold()
    if first == "château" and len(words) > 1:
        return True  # "Château Margaux": the estate and its wine
    if first in _WORD_NAMES and not _person_before(text, start):
        if _articled(text, start) or (_goods_before(text, start) and _set_phrase(text, words[0].end())):
            return True
    return len(words) == 1 and first in _SHADES and _weighed_shade(text, start, end)


def _set_phrase(text: str, after: int) -> bool:
    """True for "de", "des" or "d'" and a lower-case noun after the word ending at `after` that is no
    workplace ("Fleur de sel", "Pierre d'alun", "Rose des sables"; not "Claire de compta")."""
    link = _LINK_LOWER.match(text, after)
    if link is None:
        return False
    noun = link.group(1)
    if noun in _WORKPLACES or noun in _NOT_GOODS_AFTER:
        return False
    return noun in _TREES or not noun.endswith(("er", "ir", "re", "oir"))  # "Dis à Pierre de venir"


def _goods_before(text: str, start: int) -> bool:
    """True when "de", "d'", "en" or a lower-case goods noun stands right before `start`: what a set
    phrase of goods comes after ("un sachet de Fleur de sel", "en Pierre de lune", "le sirop Fleur de
    sureau"), where a person said with "de" and a noun comes after a verb or opens the sentence ("j'ai
    vu Fleur de loin", "Pierre des ressources humaines a validé")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return word in ("de", "d", "en") or (word[:1].islower() and word in _GOODS_BEFORE)


def _articled(text: str, start: int) -> bool:
    """True when an article or demonstrative, any case, stands right before `start` ("la Fleur de Lys",
    "Une Blanche de Namur", "du Margaux", "l'Églantine"); possessives are no article here."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in _ARTICLES


def _weighed_shade(text: str, start: int, end: int) -> bool:
    """True when the shade word at `start`..`end` is weighed against another shade in a message about
    goods or shades, with no person preposition before the alternation and no verb after it."""
    if not any(t.strip(EN_FR_EDGE).casefold() in _SHADE_CONTEXT for t in text.casefold().split()):
        return False
    after = _ALTERNATIVE_AFTER.match(text, end)
    before = _ALTERNATIVE_BEFORE.search(text, max(0, start - 40), start)
    first = start
    last = end
    other = None
    if after is not None and (after.group("et") is None or _en_before(text, start)):
        if after.group("word").casefold() in _SHADES:
            other, last = after.group("word"), after.end()
    if other is None and before is not None and (before.group("et") is None or before.group("link") == "en"):
        if before.group("word").casefold() in _SHADES:
            other, first = before.group("word"), before.start()
    if other is None:
        return False
    if _person_before(text, first):
        return False  # "à Rose ou Violette", "pour Prune ou Cerise": people
    while (more := _ALTERNATIVE_AFTER.match(text, last)) is not None and more.group("word")[:1].isupper():
        last = more.end()  # to the alternation's end: "Olive, Marine et Rose ont choisi"
    return not _VERB_AFTER.match(text, last)


def _person_before(text: str, start: int) -> bool:
    """True when a preposition that puts people after it stands right before `start` ("à", "avec",
    "pour", "par", "chez": "demandez à Pierre de venir", "pour Prune ou Cerise")."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in _PERSON_BEFORE


def _en_before(text: str, start: int) -> bool:
    """True when "en" stands right before `start` ("en Cerise et en Prune": two shades)."""
    before = _WORD_BEFORE.search(text, max(0, start - 6), start)
    return before is not None and before.group(1).casefold() == "en"
