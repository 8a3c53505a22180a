"""A town at an event the writer says they will be at: the writer's whereabouts, kept tokenised.

`business.shop_place` reads a town right after a fair or festival as the event's ("the Salone di
Torino", "la feria de Sevilla": premises or a happening, not a person's place). When the writer says
in the clause that they are, will be, go to or attend it ("I'm at the festival in Leeds this
weekend", "sarò alla fiera di Verona", "estaré en la feria de Sevilla", "je serai au salon de Lyon",
"ich bin am Samstag auf der Messe in Leipzig"), the town is where the customer is. "We" counts too:
a shop writes "we'll be at the fair in Verona", but so does a customer, and a town left in clear
cannot be taken back (fail closed). A question to the shop ("will you be at the fair?", "sarete
alla fiera?") has no first person and stays the event's.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import alternation
from recognizers import name_words as w

_EVENTS = w.EVENTS | frozenset(
    {
        "market", "markets", "conference", "convention", "mercatino", "mercato", "conferenza", "convegno",
        "sagra", "mercadillo", "mercado", "conferencia", "conferência", "marché", "conférence", "markt",
        "konferenz", "stadtfest", "volksfest",
    }
)  # fmt: skip
_EVENT_WORDS = alternation(_EVENTS)
# The event a few words before the town, and the preposition: "the festival in", "la fiera di",
# "la feria de", "le marché de Noël de", "der Messe in", "dem Weihnachtsmarkt in"
_EVENT_BEFORE = regex.compile(
    rf"(?:\b(?:{_EVENT_WORDS})|\w+(?:messe|markt|märkte|fest))\b(?:[ \t\u00a0]+[\p{{L}}\d'’&-]+){{0,3}}"
    r"[ \t\u00a0]+(?:in|at|of|de|d['’]|di|del|della|da|do|en|em|von|bei)[ \t\u00a0]*$",
    regex.IGNORECASE,
)
# The writer there: being, going or attending in the first person, per the six languages
_ATTENDING = regex.compile(
    r"(?<![\w'’])(?:i'm|i’m|i\s+am|i'll|i’ll|i\s+will|we're|we’re|we\s+are|we'll|we’ll|we\s+will|attending"
    r"|je\s+suis|je\s+vais|nous\s+sommes|nous\s+allons|on\s+est|on\s+va|on\s+sera|serai|serons|irai|irons"
    r"|sarò|saremo|sono|siamo|vado|andiamo|andrò|andremo|parteciperò|parteciperemo|sto"
    r"|estaré|estaremos|estoy|estamos|voy|vamos|iré|iremos|asistiré"
    r"|estarei|estaremos|estou|vou|vamos|irei|iremos"
    r"|bin|sind\s+wir|wir\s+sind|fahre|gehe|fahren\s+wir|wir\s+fahren|gehen\s+wir|wir\s+gehen)(?![\w'’])",
    regex.IGNORECASE,
)


def attended_event(before: str) -> bool:
    """True when the words of the clause before a town end with an event and its preposition and
    name the writer as being, going or attending there."""
    return _EVENT_BEFORE.search(before[-60:]) is not None and _ATTENDING.search(before) is not None
