"""Where goods leave from, asked as a choice of two places: the seller's dispatch points, not anyone's town.

"Was it posted from Manchester or Leeds?", "¿Se envió desde Sevilla o desde Málaga?", "Hab eine Hülle
bei … bestellt, kommt die aus Passau oder aus Luxemburg?", "Pedí una funda …, ¿sale de Las Palmas o
de Portugal?": the customer asks which of two warehouses an order ships from. `business.dispatch_town`
reads a seller's dispatch with a goods word as the subject ("el paquete sale de", "das Paket kommt
aus") or a set-against warehouse ("from Porto or another warehouse"); writers also leave the subject
out or give it as a pronoun, and then only the choice of two places says it is the goods'.

Read here: a verb of leaving or being sent (`_LEAVES`: "was it posted from", "se envió desde", "kommt
die aus", "sale de", "sai de", "part de", "parte da") right before the first place, and "or" and a
capitalised second place after it (`_OR_PLACE`), or the second place itself after "X or (from)". A
verb with no goods subject ("sale de", "kommt die aus", "part de") counts only with goods or an order
in the message (`_GOODS`: "bestellt", "pedí", "funda", "Hülle"; "ça part de" names the thing).
Fail closed on any person in the sentence (`said_of.names_a_person`: "kommt deine Mutter aus Passau
oder aus Wien?", "my sister posted it from Leeds or York?") and on the writer as the sender ("I posted
it from Leeds or Bradford", "lo envié desde": the verbs read are the passive or the third person only).
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import said_of

_B = r"[ \t\u00a0]+"
# A capitalised place of up to four words, case-sensitive inside case-insensitive patterns
_CAP = r"(?-i:[\p{Lu}\p{Lt}][\p{L}'’-]*(?:[ \t\u00a0]+[\p{Lu}\p{Lt}][\p{L}'’-]*){0,3})"
_FROM = r"(?:from|de|d['’]|desde|depuis|aus|von|ab|da|dal|dalla|dall['’]|do)"
_FROM_GAP = rf"{_FROM}(?:{_B}|(?<=['’]))"
# Verbs whose subject is the goods by their form: the English passive, the Spanish passive "se envió"
_SENT = (
    rf"(?:was|is|were|are|has{_B}been|have{_B}been)(?:{_B}(?:it|this|that|they|these|those|the{_B}\p{{L}}+))?"
    rf"{_B}(?:posted|sent|shipped|dispatched|despatched)"
    rf"|se{_B}(?:envi[óoa]|enviaron|envían|mand[óoa]|despach[óoa]|expidi[óo])"
    rf"|(?:a|est|sera|sont){_B}(?:été{_B})?(?:envoyée?s?|expédiée?s?)"
)
# Verbs of leaving or coming with no goods subject ("sale de", "kommt die aus"): only with goods in the
# message, or "ça" as the subject
_LEAVES = (
    rf"(?:kommt|kommen|kam|geht|gehen){_B}(?:die|der|das|es){_B}"
    rf"|(?:sale|salen|sali[óo]){_B}"
    rf"|(?:sai|saem|saiu){_B}"
    rf"|(?P<thing>ça|ca|cela){_B}(?:part|partira|est{_B}parti|est{_B}partie){_B}"
    rf"|(?:parte|partono|è{_B}partit[oa]){_B}"
)
_OR = r"(?:or|oder|o|ou)"
# "… or (from) <Place>" right after the first place
_OR_PLACE = regex.compile(rf"[ \t\u00a0]*,?{_B}{_OR}{_B}(?:{_FROM_GAP})?{_CAP}", regex.IGNORECASE)


def _before(verbs: str) -> regex.Pattern[str]:
    """The verb, "from", and optionally a first place and "or (from)" (`first`), at the end of the
    words before a place."""
    return regex.compile(
        rf"(?<![\p{{L}}'’])(?:{verbs}){_FROM_GAP}(?P<first>{_CAP},?{_B}{_OR}{_B}(?:{_FROM_GAP})?)?$",
        regex.IGNORECASE,
    )


_SENT_BEFORE = _before(rf"(?:{_SENT}){_B}")
_LEAVES_BEFORE = _before(_LEAVES)
# Goods or an order in the message, for a verb with no goods subject
_GOODS = regex.compile(
    r"(?<![\p{L}'’])(?:bestellt|bestellung|gekauft|paket|ware|hülle|ordered|order|bought|parcel|case"
    r"|commandé|commandée|commande|acheté|colis|coque|ordinato|ordine|comprato|pacco|cover"
    r"|pedí|pedido|compré|comprado|paquete|funda|pedi|encomenda|encomendei|comprei|pacote|capa)(?![\p{L}'’])",
    regex.IGNORECASE,
)


def origin_asked(text: str, start: int, end: int, language: str) -> bool:
    """True for a place asked as one of two the goods leave from (see module doc)."""
    head = text[max(0, start - 90) : start]
    match = _SENT_BEFORE.search(head)
    sent = match is not None
    if match is None and (match := _LEAVES_BEFORE.search(head)) is None:
        return False
    if match.group("first") is None and _OR_PLACE.match(text, end) is None:
        return False  # one place only: "sale de Madrid" may be a person leaving
    before, after = said_of.sentence(text, start, end)
    if said_of.names_a_person(before, after, language):
        return False
    return sent or match.group("thing") is not None or _GOODS.search(text) is not None
