"""A saint's feast that goods, a table or a price are for: "para San Juan", "per Santa Lucia", "zu
Sankt Martin" name the date, not the town (`filters._feast_day`, every setting of `places`).

A saint's name is as often a town ("San Juan", "San Isidro", "Sankt Martin"), so after "for" the
place list reads one and it was kept: "para" and "per" send a parcel to a town as often ("envío para
San Juan"). Independent writers of the retired sets wrote the feast there with no place meant:
"Quiero el turrón de Jijona para San Juan", "¿Quedan estuches de regalo para San Juan?", "era solo
para San Juan?", "Reserva para San Fermín, 4 personas, 21h", "Geschenksets zu Sankt Martin", "lo
volevo per Santa Lucia, è un regalo". Read so only for the feasts people date a purchase or a table
by (`name_words.FOR_FEASTS`, written by hand), right after "for" ("para", "pra", "pro", "por", "per",
"pour", "für", "zu", an article allowed; in Portuguese also "no", "pelo": "abre no São Martinho?"; "vai",
"vou" before an infinitive are the future, not a trip), and only when the sentence has nothing that makes the town
a destination or someone's: an order, a delivery or a sending verb (`said_of.order_said`, `_SENDING`), a trip or
a vehicle (`_GOING`), a person, a relative, a home, the writer's possessive, living or being there
(`said_of.person_in_sentence`). "envío para San Juan", "un billete para San Juan", "mi hermana vive
para San Juan" keep the town.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import said_of
from recognizers import name_words as w

# "for" (and Spanish "por", "around" a date: "por San Juan") right before the feast, an article allowed
_FOR_BEFORE = regex.compile(
    r"(?:^|[^\p{L}'’])(?:para|pra|pro|por|per|pour|für|zu)(?:[ \t\u00a0]+(?:o|el|la|il|den|dem|le))?[ \t\u00a0]+$",
    regex.IGNORECASE,
)
# A sending verb, by its stem, in the sentence: "Mándalo para San Juan el lunes", "spediscilo per San
# Giovanni" (`said_of.order_said` reads nouns and a few verb forms, `name_words.SEND_TO_CUE` none with a
# clitic or an accent)
_SENDING = regex.compile(
    r"(?<![\p{L}'’])(?:send|sent|ship|deliver|post|envoy|livr|exp[ée]di|m[aá]nd|env[ií]|entreg|sped|consegn"
    r"|schick|liefer|versend|verschick)",
    regex.IGNORECASE,
)
# A trip, a vehicle or a ticket in the sentence: "para" is then where someone goes ("un billete para San
# Juan", "vamos para San Pedro", "der Zug zu Sankt Martin").
_GOING = regex.compile(
    r"(?<![\p{L}'’])(?:voy|vas|va|vamos|vais|van|ir|irme|salgo|salimos|viaje|viajo|viajar|vuelo|vuelos|billete"
    r"|billetes|tren|trenes|autob[uú]s|bus|buses|coche|vado|vai|andiamo|andare|parto|partiamo|viaggio|volo"
    r"|voli|biglietto|biglietti|treno|pullman|vou|vamos|viagem|voo|voos|bilhete|bilhetes|comboio|[oô]nibus"
    r"|autocarro|fahre|fahren|f[aä]hrt|fliege|fliegen|reise|reisen|zug|flug|ticket|tickets|train|flight"
    r"|aller|vais|allons|vol|billet|billets)(?![\p{L}'’])",
    regex.IGNORECASE,
)


# "vai", "vou", "va", "voy" before an infinitive are the future, not a trip: "A quinta vai ter bife para
# São Martinho?", "¿Vais a tener roscón para San Juan?"
_FUTURE = regex.compile(
    r"(?<![\p{L}'’])(?:vai|vou|vamos|vão|vais|va|voy|vas|van)(?:[ \t\u00a0]+a)?[ \t\u00a0]+\p{Ll}+(?:ar|er|ir|ôr)"
    r"(?![\p{L}'’])",
    regex.IGNORECASE,
)
# Portuguese "no" and "pelo" (in, around the) before a saint: the article makes it the feast ("abre no
# São Martinho?", "no São João fazem horário reduzido?"); the town is named with "em" and no article
# ("em São João da Madeira")
_ON_THE_BEFORE = regex.compile(r"(?:^|[^\p{L}'’])(?:no|pelo)[ \t\u00a0]+$", regex.IGNORECASE)


def feast_for(text: str, start: int, end: int, language: str) -> bool:
    """True when the span `text[start:end]` is a feast of `name_words.FOR_FEASTS` right after "for" in
    a sentence with no order, trip or person (see module doc)."""
    value = " ".join(text[start:end].split()).casefold()
    if value not in w.FOR_FEASTS:
        return False
    if _FOR_BEFORE.search(text, max(0, start - 16), start) is None and not (
        language == "pt" and _ON_THE_BEFORE.search(text, max(0, start - 16), start)
    ):
        return False
    before, after = said_of.sentence(text, start, end)
    before, after = _FUTURE.sub(" ", before), _FUTURE.sub(" ", after)
    if said_of.order_said(before, after) or any(p.search(before) or p.search(after) for p in (_SENDING, _GOING)):
        return False
    return not said_of.person_in_sentence(before, after, language, writer=False)
