"""A feast or a public event named as a date is no one and nowhere: "avant l'Ascension", "per
Pasquetta", "pendant Roland-Garros", "il Giro d'Italia", "le Tour de France", "la Saint-Nicolas".

Shops and customers date an order by the calendar's feasts and by the big sporting and television
events ("les soldes jusqu'à la Toussaint", "una confezione per Ferragosto", "la tourtière avec
Roland-Garros à la télé"), and the models read the feast as a place ("l'Ascension") or a person
("Pasquetta", "Roland-Garros"), and the place list finds the country inside an event's name
("Tour de France", "Giro d'Italia"). A span that lies wholly inside one of these names
(`_EVENTS`, written by hand for French and Italian: feasts of the civil and church calendars, and
the recurring events a date is set by) names no one: the feast is a day, the event happens for
everyone. A feast that is also a first name ("Noël", "Natale", "Immacolata", "Pascal") is left out
of the list, and so is a saint's name alone ("San Giuseppe" is also a town): a French saint's day is
read only with its feminine article, "la Saint-Nicolas" (the saint is a man, so "la" names the day).

Cheap: one case-insensitive search of a compiled alternation, run only on the few spans that reach
the filter, and only around the span.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import longest_first

# French: the calendar's feasts and the events a date is set by (own writing).
_FR = """
    ascension, pentecôte, lundi de pentecôte, assomption, chandeleur, épiphanie, mardi gras,
    mi-carême, lundi de pâques, fête des mères, fête des pères, fête des grands-mères, fête de la musique,
    fête nationale, fête du travail, nouvel an, jour de l'an, réveillon, armistice, halloween,
    roland-garros, tour de france, coupe du monde, jeux olympiques, vendée globe, 24 heures du mans,
    tournoi des six nations, festival de cannes, fête des lumières, téléthon, eurovision
"""
# French: the feasts of the other calendars kept in France, which shops open, close and take orders by
# ("Horaires pour l'Aïd", "Commande pour Yennayer", "avant Hanoucca"): the Muslim, Jewish, Berber,
# Hindu, Persian and East Asian years' feasts, written by hand, 2026-12-06, night, from the calendar
# and not from any message. Not "Ramadan" nor "Mouloud", which are a surname and a first name: those
# only after a masculine article (`_ARTICLED_MASCULINE`).
_FR_CALENDARS = """
    aïd, aïd el-fitr, aïd el-kébir, aïd el-kebir, aïd al-adha, aïd el-adha, aïd al-fitr, aïd es-seghir,
    achoura, mawlid, yennayer, hanoucca, hanouka, pessah, pâque juive, roch hachana, yom kippour,
    kippour, souccot, pourim, diwali, holi, norouz, nowruz, nouvel an chinois, nouvel an lunaire,
    nouvel an juif, nouvel an berbère
"""
# Italian: the same (own writing).
_IT = """
    pasquetta, lunedì dell'angelo, ferragosto, befana, ognissanti, festa della repubblica,
    festa della liberazione, festa dei lavoratori, festa del redentore, festa della mamma, festa del papà,
    festa dei nonni, san valentino, capodanno, giro d'italia, festival di sanremo, palio di siena,
    mille miglia, masterchef, x factor, notte bianca, notte di san lorenzo, black friday
"""
# Feasts that are also a surname or a first name ("M. Toussaint", "Epifania"): only after "la"/"l'".
_ARTICLED = """
    toussaint, epifania
"""


def _alternation(*blocks: str) -> str:
    names = {n.strip() for block in blocks for n in block.replace("\n", ",").split(",") if n.strip()}
    # longest first, so "lundi de pâques" wins over a shorter name inside it
    parts = []
    for name in longest_first(names):
        words = [regex.escape(x) for x in regex.split(r"[ \-'’]", name)]
        parts.append(r"[ \-'’]".join(words))
    return "|".join(parts)


# Feasts that are also a surname or a first name ("Tariq Ramadan", "Mouloud"): only after "le", "du",
# "au" or "l'" ("pendant le Ramadan", "la fin du Ramadan", "pour le Mouloud")
_ARTICLED_MASCULINE = """
    ramadan, mouloud
"""


# "la Toussaint", "la Saint-Jean", "l'Epifania", "prima dell'Epifania"
_ARTICLE = r"(?<=(?<![\p{L}\p{N}])(?:la[ \t]+|(?:l|dell|all|dall|nell|sull)['’]))"
# "le Ramadan", "du Ramadan", "au Mouloud", "l'Achoura"
_MASCULINE = r"(?<=(?<![\p{L}\p{N}])(?:(?:le|du|au)[ \t]+|l['’]))"
_EVENT = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}\-])(?:{_alternation(_FR, _FR_CALENDARS, _IT)}"
    rf"|{_ARTICLE}(?:{_alternation(_ARTICLED)}|saint-\p{{L}}+(?:-\p{{L}}+)?)"
    rf"|{_MASCULINE}(?:{_alternation(_ARTICLED_MASCULINE)}))(?![\p{{L}}\p{{N}}\-])",
    regex.IGNORECASE,
)
_REACH = 40  # the longest listed name, with room: only text this near the span is searched


def named_event(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]` lies inside a listed feast's or event's name (module doc)."""
    lo = max(0, start - _REACH)
    for match in _EVENT.finditer(text, lo, min(len(text), end + _REACH)):
        if match.start() <= start and end <= match.end():
            return True
        if match.start() >= end:
            return False
    return False
