"""Towns in German shop chat that are not the customer's, a fifth round (`business.shop_place`, "de").

The earlier place rounds wrote German in the same kinds as the other five languages; German shop
chat names towns in shapes of its own, which those rules do not read:

- **the shop's sign-off**: "Herzliche Grüße aus Husum, Ihr Team von Friesenwolle", "Moin aus Kiel,
  euer Team vom Fischladen", "Eure Kaffeerösterei aus Cuxhaven", "hier schreibt die Schneiderei aus
  Wels", "vom ganzen Team aus Villach": a possessive "Ihr/euer" before a shop noun (a team, a trade
  in "-ei", a shop, a service) that closes the message, or a shop noun right before the town;
- **the company's own sites, with a verb between**: "die Zentrale in Gütersloh", "Der Kundendienst
  sitzt in Lüdenscheid", "Unsere Produktion ist in Pirna", "unseren Partner in Kreuzlingen";
- **goods in German compounds and produce, after "aus"/"vom"**: "Das Rauchbier ist aus Bamberg",
  "Die Zwetschgen sind aus Bühl";
- **a chamber of an imprint**: "IHK Ostwestfalen zu Bielefeld";
- **a club named with its town after a club word** that is itself a listed town: "Werder Bremen".

Fail closed: `business.shop_place` has already kept any clause with the customer's cue (living,
coming from, collecting there); sites and goods also keep the town on the writer's "ich", "mein",
"mir", "mich" (and a site on "wir", "uns") in the clause ("Mein Büro ist in Pirna"), and a
sign-off counts only as the shop's: a possessive before "Kundin", "Familie" or a name is the
customer signing ("Liebe Grüße aus Pirna, Ihre Kundin"), and "euer Team hat angerufen" after the
town is no sign-off.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.phrases import alternation as _alternation
from proxy.detection.settings import Span
from recognizers import name_words as w

_B = r"[ \t\u00a0]+"
_UCAP = r"(?-i:\p{Lu})[\p{L}&'’-]*"
_DATIVE = rf"(?:{_B}(?:der|dem|den))?[ \t\u00a0]*$"
# A shop noun: a team, or a capitalised noun ending as a trade, shop or service ("Töpferei",
# "Blumenladen", "Backstube", "Kundendienst"); capitalised, so "ihre zwei" is no shop
_SHOP_NOUN = rf"(?:(?-i:[Tt])eam|(?=(?-i:\p{{Lu}}))\p{{L}}*(?:{_alternation(w.DE_SHOP_ENDINGS)}))(?![\p{{L}}])"
_SIGNER = rf"\b(?:ihr|ihre|euer|eure|dein|deine)(?:{_B}(?-i:\p{{Ll}})[\p{{L}}-]*)?{_B}{_SHOP_NOUN}"
# After the town: the shop's signature closing the line ("…, Ihr Team von Friesenwolle 🐟")
SIGNED_AFTER = regex.compile(
    rf"[ \t\u00a0]*[,!.:;–-]*[ \t\u00a0\n]*(?:und{_B})?{_SIGNER}"
    rf"(?:{_B}(?:(?:von|vom|aus|der|des){_B})?{_UCAP})*[ \t\u00a0]*[\p{{So}}\p{{Sk}}\ufe0f!.]*[ \t\u00a0]*(?:\n|$)",
    regex.IGNORECASE,
)
# Before the town: the shop naming itself ("Eure Kaffeerösterei aus", "hier schreibt die Schneiderei
# aus", "Sie schreiben mit der Metzgerei in", "der Kundendienst von Velo Huber in", "vom ganzen Team aus")
SIGNED_BEFORE = regex.compile(
    rf"(?:{_SIGNER}"
    rf"|\b(?:hier{_B}(?:schreibt|ist|spricht)|(?:sie|ihr){_B}(?:schreiben|schreibt|sprechen|sprecht){_B}mit)"
    rf"{_B}(?:der|die|das|dem|den){_B}(?:[\p{{L}}-]+{_B})?{_SHOP_NOUN}(?:{_B}von(?:{_B}{_UCAP}){{1,3}})?"
    rf"|\bvom{_B}(?:ganzen{_B})?(?-i:[Tt])eam){_B}(?:aus|in){_DATIVE}",
    regex.IGNORECASE,
)
SITE_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.DE_SITES)})(?:{_B}(?:{_alternation(w.DE_SITE_VERBS)}))?{_B}(?:in|im|aus){_DATIVE}",
    regex.IGNORECASE,
)
OUR_SITE_BEFORE = regex.compile(
    rf"\bunser(?:e|em|en|er)?{_B}(?:{_alternation(w.DE_OUR_SITES)}){_B}(?:in|aus){_DATIVE}", regex.IGNORECASE
)
# Goods in a German compound or produce, up to three lower-case words, then "aus"/"vom"/"von"
GOODS_BEFORE = regex.compile(
    rf"\b(?=(?-i:\p{{Lu}}))\p{{L}}*(?:{_alternation(w.DE_GOODS_ENDINGS)})(?:{_B}(?-i:\p{{Ll}})[\p{{L}}'’]*){{0,3}}"
    rf"{_B}(?:aus|vom|von){_DATIVE}",
    regex.IGNORECASE,
)
CHAMBER_BEFORE = regex.compile(
    rf"\b(?:{_alternation(w.DE_CHAMBERS)})(?:{_B}{_UCAP}){{0,2}}{_B}(?:zu|für|in)[ \t\u00a0]*$", regex.IGNORECASE
)
# A capitalised word after the span: "Werder" of "Werder Bremen" is the club
_CAPITAL_AFTER = regex.compile(rf"{_B}(?-i:\p{{Lu}})")
# The writer in the clause: the town may be theirs ("Mein Büro ist in Pirna", "Ich bringe Äpfel aus Bühl")
WRITER = regex.compile(
    r"(?<![\w'’])(?:ich|mir|mich|mein|meine|meinem|meinen|meiner|meines)(?![\w'’])", regex.IGNORECASE
)
WE = regex.compile(r"(?<![\w'’])(?:wir|uns)(?![\w'’])", regex.IGNORECASE)


def shop_town(text: str, span: Span, before: str, after: str) -> bool:
    """True for a town of German shop chat that is the shop's or the goods' (see module doc); the
    customer's cue was checked by the caller."""
    near = before[-80:]
    if SIGNED_AFTER.match(text, span.end) or SIGNED_BEFORE.search(near):
        return True
    if CHAMBER_BEFORE.search(near):
        return True
    clause = f"{before} {after}"
    if WRITER.search(clause):
        return False
    if GOODS_BEFORE.search(near):
        return True
    if SITE_BEFORE.search(near) or OUR_SITE_BEFORE.search(near):
        return WE.search(clause) is None
    name = text[span.start : span.end]
    return name in w.CLUB_PREFIXES and _CAPITAL_AFTER.match(text, span.end) is not None
