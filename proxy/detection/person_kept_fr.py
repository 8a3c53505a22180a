"""French `detection.person_modes: replace`: the stock model's people it keeps, and where
`veil_ner_fr`'s own spans start.

In `replace` mode `veil_ner_fr`'s PERSON spans stand instead of `fr_core_news_sm`'s
(`person_models.without_persons`). Read trusted (`trusted_persons`), it refuses one word opening a
sentence, whose capital is the sentence's ("Addebitato due volte"), and it does not tag some names
opening one at all ("Riri Claudel m'a dit…"): on the dev split (heldout14 to heldout16) these were
most of the names `replace` lost against the stock model alone ("Kahina ne viendra pas à la
piscine", "Issouf est là aujourd'hui ?", "Wilner a appelé", "Hung vous passe le bonjour"). The stock
model read them, from the verb after them: a person, not a thing, is the subject of a verb of
speech, calling, signing or presence. So a stock PERSON span opening a sentence (or a line) stays
when such a verb follows it (`kept_fr`); the shapes a product or a shop opens a sentence with
("Alessi Plissé est toujours en stock ?", "Ma Stella est arrivée avec l'abat-jour fêlé") are not among
them. What stays is a model span like any other: the post-filter's goods, shop and place rules still
read it.

`veil_ner_fr` also tags a name with the lower-case word announcing it ("notre guide Hery",
"bienvenue Akissi", "née Tchakerian"), a span `filters.trim_ner` refuses whole for opening on no
capital; read from its first capitalised word (`from_capital`) it is the name alone (not after a
street's word: "rue Gambetta").
"""

from __future__ import annotations

import re

from proxy.detection.sentence_opening import FRENCH_LINE, opens_sentence
from proxy.detection.settings import Span
from recognizers import name_words as w
from recognizers.place_recognizer import places

_WORD = re.compile(r"\S+")
# What a person opening a French sentence does, right after the span: a compound past of a verb of
# speech, calling, signing or choosing ("a appelé", "m'a dit", "nous a conseillé"), presence or
# absence ("est là", "est toujours là", "ne peut pas", "ne viendra pas"; not "est toujours" alone:
# "Alessi Plissé est toujours en stock ?"), a greeting passed
# on ("vous passe le bonjour"), a call or a visit to come ("rappellera", "passera"), on the phone
# ("à l'appareil").
_SUBJECT = re.compile(
    r"\s+(?:"
    r"(?:[mtl]['’]|nous\s+|vous\s+|lui\s+|leur\s+)?(?:a|avait|aura)\s+(?:déjà\s+|bien\s+|encore\s+)?"
    r"(?:appelé|téléphoné|rappelé|dit|écrit|signé|choisi|conseillé|recommandé|demandé|laissé|confirmé|"
    r"réservé|payé|promis|parlé|répondu|prévenu|envoyé|adoré|essayé|accepté|refusé|expliqué|proposé|"
    r"oublié|commandé)"
    r"|(?:est|était|sera)\s+(?:toujours\s+|bien\s+|encore\s+)?"
    r"(?:là|ici|passée?|venue?|partie?|absente?|malade|en\s+(?:congé|vacances))"
    r"|(?:ne\s+|n['’])(?:peut|pourra|viendra|vient|sera|est|répond|travaille|sait|veut)\s+(?:pas|plus)"
    r"|(?:vous|te|nous)\s+(?:passe|salue|remercie|embrasse|appelle|rappelle|rappellera|attend)"
    r"|(?:appelle|rappelle|rappellera|passera|viendra|signera|voudrait)"
    r"|à\s+l['’]appareil|ici"
    r")(?![\w'’])"
)


def kept_fr(text: str, span: Span) -> bool:
    """True for a French stock PERSON span `replace` keeps: it opens a sentence or a line
    (`sentence_opening.FRENCH_LINE`: not after "M.", a title's dot) and a verb of speech, calling,
    signing or presence follows it (`_SUBJECT`); or it is a listed place, as English's `_kept` keeps
    one ("Prosper", "Solo": the place rules and the name rules then read it as without the person
    pipeline)."""
    if opens_sentence(text, span.start, FRENCH_LINE) and _SUBJECT.match(text, span.end) is not None:
        return True
    return text[span.start : span.end].strip(".,;:!?").casefold() in places().words_in


def from_capital(text: str, start: int, end: int) -> int:
    """Where a French person pipeline's span `text[start:end]` starts once the lower-case words it
    opens with are cut: `veil_ner_fr` tags a name with the word that announces it ("notre guide
    Hery", "bienvenue Akissi", "née Tchakerian"), which `filters.trim_ner` would refuse whole, the
    span then opening on no capital. `start` when no word of it is capitalised, or when a word cut is
    a street's or a building's ("rue Gambetta": a street, `name_words.BUILDINGS_BEFORE`)."""
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if word[:1].isupper():
            return match.start()
        if word.casefold() in w.BUILDINGS_BEFORE["fr"]:
            return start
    return start
