"""When a PERSON span of a pipeline trained on many writers' shapes stands with no corroboration.

Veil's it/es/pt/de pipelines need corroboration (`filters.corroborated`: a listed first name, or a
person cue and a word of no everyday list) because the first ones, trained on the recipe's own
templates, called brands and capitalised words people. Retrained on many writers' message shapes
(`scripts/train_ner.py`, `WRITER_LANGUAGES`, names re-drawn), they halved their false persons on
no-PII text and found over half of the names the analyzer still missed: a surname alone
("la carta è intestata Cossu"), a first name no list holds ("grazie Tsega"), both in a list.
Those spans were all dropped for want of a first name or a cue. A pipeline whose meta says it was
trained that way (`settings.TRUST_PERSONS_META`) is trusted for them, except where the span's
capital or its words tell nothing of a person, read here:

- a word of the span is a thing a person preposition does not make a person (`ner_context`'s
  carriers, apps, feasts, colours, product and named things, makers: "per Epifania"), or is not
  written as a name's words are (letters, a hyphen, an apostrophe, an initial's dot: not an
  address, "INFO@shop.example", nor a code);
- every word of it is an everyday word of some language ("Controllo che l'ordine …", "el vinilo
  de Imagine Dragons");
- one word opening a sentence, where the capital is the sentence's ("Addebitato due volte"), or
  a span opening one with an everyday word of the language ("Ein Retourenetikett für …") or a noun
  (`noun_opening`: "Degustazione Barolo a febbraio");
- one word right after a preposition of places that is none of persons ("andiamo a Ortisei"),
  or, in German, whose nouns are capitalised, right after a capitalised everyday word that closes
  no greeting or thanks ("Bob der Baumeister Bagger"; not "Vielen Dank Kowalczyk");
- in German, one word that reads as a compound noun (`slot_things.german_compound_noun`: a head
  and a frequent noun's tail of four letters or more, "Backofen", "Flammkuchen", "Pfingstrosen", "Getreidegasse",
  "Mozartkugeln"). German capitalises every noun and makes new ones by joining two, too rare for
  the frequent-word list, and the model calls them people in lists of goods and services. A
  listed first name or census surname, a foreign letter ("Zieliński") and the tails German
  surnames are built from ("Kellermann", "Grünberg") are never read so: they stay names.

Every check `corroborated` makes before it (goods around, shop names, things, listed places) and
the rest of the post-filter (`settle`) still apply. Stock en/fr models, older weights and a person
pipeline whose meta lacks the key never reach this; `veil_ner_en` and `veil_ner_fr`, opt-in, do
(`person_models`).
"""

from __future__ import annotations

import re

from proxy.detection import ner_context as ctx
from proxy.detection.noun_opening import noun_opens
from proxy.detection.sentence_opening import opens_sentence
from proxy.detection.word_edges import EDGE as _EDGE
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
from recognizers.slot_things import german_compound_noun
from recognizers.surname_pairs import surname

_WORD = re.compile(r"\S+")
# Prepositions that put a place, not a person, before one word: the place list's prepositions
# without the person prepositions and the genitive or "at someone's" ones a name follows as well
# ("da Giulia", "di Sara", "do João", "bei Müller", "no Pedro"/"na Ana" in Portuguese speech).
_PLACE_ONLY = (
    frozenset(w.PLACE_PREPOSITIONS)
    - frozenset(w.PERSON_PREPOSITIONS)
    - frozenset({"da", "di", "de", "do", "von", "bei", "zu", "no", "na"})
)
# Italian, Portuguese and English verbs of asking, telling and giving whose "a"/"à"/"to" takes the one
# asked, told or given to, not a place ("Abbiamo chiesto a Muchen di portarlo", "ho dato lo scontrino a
# Assunta", "disse para perguntar à Nzinga", "Gave my ticket to Kiri", "Please pass this on to Robbo",
# "reply to Yaw:"): a few words of the clause may stand between ("dato le chiavi a", "pass this on to").
# Not verbs of sending, delivering, taking or going, which go to a town as often ("mandate a Ortisei",
# "sent it to Ayr").
_TOLD_VERBS = {
    "it": frozenset(
        """chiedere chiedo chiedi chiede chiediamo chiedete chiedono chiesto chiesta chiesi chiese
        domandare domando domandi domanda domandato domandate dire dico dici dice diciamo dite
        detto dissi disse dato dare diamo do dà dia diano""".split()
    ),
    "pt": frozenset(
        """perguntar pergunto pergunta perguntas perguntei perguntou pergunte perguntem perguntamos
        dizer digo diz disse dissemos diga digam dito dar dou dá dei deu dê deem dado pedir peço pede
        pedi pediu peça peçam avisar aviso avisa avisei avisou avise avisem explicar explica
        expliquei explicou explique""".split()
    ),
    "en": frozenset(
        """give gives gave given giving pass passes passed passing hand hands handed handing reply
        replies replied replying say says said talk talks talked talking speak speaks spoke spoken
        speaking explain explains explained mention mentioned write writes wrote written lend lent
        show showed shown owe owes owed apologise apologised apologize apologized introduce
        introduced dedicate dedicated""".split()
    ),
}
# The preposition of the one told or given to, per language of `_TOLD_VERBS`
_TOLD_TO = {"it": ("a", "à"), "pt": ("a", "à"), "en": ("to",)}
# An English possessive and a lower-case noun after "in" and one word: the person's room, house or loft
# ("in Papadopoulos's loft"); not after "at", "from" or "to", where a shop's or a firm's name takes the
# possessive as often ("at Nando's tonight", "from Tregarrick's depot")
_POSSESSIVE = re.compile(r"['’]s\s+[a-z]")
# "add … to the order": what is added to an order, a basket or a cart is goods ("please add Oat Milk to the
# order"); a person is added to a booking or a list, which these leave alone ("add Tamsin to the booking")
_ADDED = re.compile(r"(?:^|\s)add(?:ed|ing)?$", re.IGNORECASE)
_TO_THE_ORDER = re.compile(
    r"\s+(?:to|in|into|onto)\s+(?:the|my|your|our|this|that)\s+(?:order|basket|cart|trolley|bag|box)\b", re.IGNORECASE
)
_TOLD_REACH = 4  # words of the clause between the verb and its "a" ("dato lo scontrino a")
_CLAUSE_BREAK = ",;:.!?…()\n"
# Words that open another clause, whose verb the "to" may be of ("I gave up and went to Ortisei")
_CLAUSE_JOINTS = {"en": ("and", "but", "then", "or", "so")}
# Words before a name as often as before goods: prepositions of persons, "and", "or"
_PERSON_WORDS = frozenset({*w.PERSON_PREPOSITIONS, "an", "von", "bei", "zu", "und", "oder"})
# The last words of greetings, thanks and sign-offs: a name follows them ("Vielen Dank Kowalczyk")
_ADDRESSING = frozenset(p.split()[-1] for p in (*w.GREETINGS, *w.VOCATIVE_THANKS, *w.SIGN_OFFS))
# One to three initials, each a capital and its dot, then capitalised words: a surname written after
# its initials ("O. Quarta", "T. Dal Molin", "Y. PEÑA"); the words may be everyday ones ("quarta",
# "martelli"), the initials are no word. A word in capitals needs four letters ("P. IVA" is a tax number).
_SURNAME_WORD = r"(?:[A-ZÀ-Þ](?:['’][A-ZÀ-Þ])?[a-zà-ÿ]+(?:['’\-][A-ZÀ-Þa-zà-ÿ]+)*|[A-ZÀ-Þ'’\-]{4,})"
_INITIALLED = re.compile(rf"(?:[A-ZÀ-Þ]\.[ \t\u00a0]*){{1,3}}(?:{_SURNAME_WORD}[ \t\u00a0]*){{1,3}}")
# A Spanish "vosotros" imperative with its pronoun after it: "Mandadme", "Enviadlo", "Decídselo"
_VOSOTROS_PRONOUN = re.compile(r"[aeiáéí]d(?:me|nos|lo|la|los|las|le|les|se(?:lo|la|los|las)?)$")
# Spanish plural nouns, which open a list of goods or of people by their post ("Sudaderas para …",
# "Solistas del concierto: …"); a first name so ending is a listed one ("Carlos", "Dolores")
_ES_PLURALS = ("as", "os", "es")
# A last letter typed more than once ("Graciass", "Holaaa")
_REPEATED_END = re.compile(r"(.)\1+$")
# A word a name is written with: letters, joined by a hyphen or an apostrophe, an initial's dot
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")


def _fold(word: str) -> str:
    return word.strip(_EDGE).casefold()


def trusted_person(text: str, start: int, end: int, language: str) -> bool:
    """True when the PERSON span `text[start:end]` of a trusted pipeline stands uncorroborated."""
    words = [f for f in (_fold(m.group()) for m in _WORD.finditer(text, start, end)) if f]
    if not words or any(ctx.a_thing(f) or not _NAME_WORD.fullmatch(f) for f in words):
        return False  # a thing ("per Epifania"), or no name's word ("INFO@shop.example", "R2D2")
    if _INITIALLED.fullmatch(text, start, end):
        return True  # "Perfetto, alle 10. I. Martelli": initials before a surname, whatever the surname means
    everyday = gazetteer().common.values()  # "Imagine Dragons" in Spanish: a band of English words
    if all(f in w.PARTICLES or any(f in c for c in everyday) for f in words):
        return False
    before = text[:start].rstrip()
    line = before.rsplit("\n", 1)[-1]
    if language == "en" and _ADDED.search(line) and _TO_THE_ORDER.match(text, end):
        return False  # "please add Oat Milk to the order": goods added to an order, no one
    opens = opens_sentence(text, start)
    if len(words) > 1:  # "Ein Retourenetikett für …": the sentence's capital on an everyday word
        if language == "de" and _goods_noun_last(text, start, end, words):
            return False  # "einen gebrauchten Petzl Verstärker", "bei Stihl Stiefeln": a maker and its goods
        if not opens:
            return True
        return not (words[0] in gazetteer().common.get(language, frozenset()) or noun_opens(text, end, words, language))
    if opens:  # "Addebitato due volte": the sentence's capital; "Tsega aveva detto": a name no list knows
        return _unknown_opening(words[0], language) and not text[end:].lstrip().startswith(":")
    if language == "de" and german_compound_noun(text[start:end].strip(_EDGE), short_tail=False):
        return False  # "Backofen inklusive", "Flammkuchen vorne drauf": a compound noun, no one
    if language == "de" and _hyphened_nouns(text[start:end].strip(_EDGE)):
        return False  # "Mannschaftsfoto-Größe": nouns joined by a hyphen, no double surname
    tail = line.split()[-1]
    folded = _fold(tail)
    if language == "de" and tail[:1].isupper() and folded not in _ADDRESSING and folded in gazetteer().common["de"]:
        return False  # "Bob der Baumeister Bagger": German nouns are capitalised, a noun before it
    if folded not in _PLACE_ONLY or not line[-1].isalpha() or _told(line, folded, language):
        return True
    return language == "en" and (_signed(line) or folded in ("in", "into") and _POSSESSIVE.match(text, end) is not None)


def told_to(text: str, start: int, language: str) -> bool:
    """True when the word right before `start` is the "to" (or "a"/"à") of a verb of asking, telling or
    giving (`_TOLD_VERBS`) in its clause: what follows is the one told or given to ("Gave my ticket to
    Kiri", "dedicated to Beau")."""
    line = text[:start].rstrip().rsplit("\n", 1)[-1]
    if not line or not line[-1].isalpha():
        return False
    return _told(line, _fold(line.split()[-1]), language)


def _signed(line: str) -> bool:
    """True when `line` ends on "love from", the sign-off of a card or a note ("a card saying love
    from Suet-Ying"): who it is from, not where."""
    return line.casefold().endswith("love from") and (len(line) == 9 or not line[-10].isalnum())


def _told(line: str, preposition: str, language: str) -> bool:
    """True when the place-only preposition `preposition` that ends `line` is the "a"/"à"/"to" of a verb
    of asking, telling or giving (`_TOLD_VERBS`) a few words back in its clause: the person asked."""
    verbs = _TOLD_VERBS.get(language)
    if verbs is None or preposition not in _TOLD_TO[language]:
        return False
    clause = line
    for mark in _CLAUSE_BREAK:
        clause = clause.rsplit(mark, 1)[-1]
    words = [_fold(t) for t in clause.split()[:-1]][-1 - _TOLD_REACH :]
    for joint in (j for j in _CLAUSE_JOINTS.get(language, ()) if j in words):  # "gave up and went to Ortisei"
        words = words[len(words) - words[::-1].index(joint) :]
    if preposition in words:  # "said to switch to Bravecto": the first "to" is the one told's, or a verb's
        words = words[len(words) - words[::-1].index(preposition) :]
    return any(t in verbs for t in words)


def _goods_noun_last(text: str, start: int, end: int, words: list[str]) -> bool:
    """True when a German span of several words ends on a noun of goods and holds no listed first
    name: the maker or model before it ("Petzl Verstärker", "Stihl Stiefeln", "Vorwerk Staubsauger").
    The noun is a compound (`german_compound_noun`, the long tail: "Verstärker", "Bohrmaschine") in a
    noun phrase, after an article or an adjective, or a frequent noun in "-el"/"-er" with the dative
    plural's "n" ("Stiefeln", "Tellern"), which no surname wears; surnames that are frequent words
    ("Müller", "Koch") and those built on a surname's tail ("Kellermann", "Grünberg") are no compound
    here, and a listed first name keeps the span."""
    popularity = gazetteer().popularity
    if any(popularity.get(f, 0) > 0 for f in words):
        return False
    last = text[start:end].split()[-1].strip(_EDGE)
    if not last[:1].isupper():
        return False
    folded = last.casefold()
    if folded.endswith(("eln", "ern")) and folded[:-1] in gazetteer().common.get("de", frozenset()):
        return True
    # a compound only in a noun phrase, after an article or an adjective ("einen gebrauchten Petzl
    # Verstärker"): after a label or a name noun a surname may read as one ("Notfallkontakt Kassian
    # Pfurtscheller")
    before = text[:start].split()
    previous = before[-1].strip(_EDGE) if before else ""
    if not previous.islower() or previous in _PERSON_WORDS:
        return False
    return german_compound_noun(last, short_tail=False)


def _hyphened_nouns(word: str) -> bool:
    """True for a German word of parts joined by hyphens, one a compound noun (`german_compound_noun`)
    and each a compound or an everyday German word ("Mannschaftsfoto-Größe", "Winterreifen-Wechsel"),
    none a listed first name or surname: a double surname ("Meyer-Voss", "Schulte-Brinkmann") has no
    compound noun's part, and "Hans-Jürgen" is a first name."""
    parts = word.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return False
    lists = gazetteer()
    everyday = lists.common.get("de", frozenset())
    compound = False
    for part in parts:
        folded = part.casefold()
        if lists.popularity.get(folded, 0) > 0 or surname(folded) or folded in w.DE_WORD_SURNAMES:
            return False
        if german_compound_noun(part, short_tail=False):
            compound = True
        elif folded.replace("ß", "ss") not in everyday:
            return False
    return compound


def _unknown_opening(folded: str, language: str) -> bool:
    """True when one word opening an Italian, Spanish or Portuguese sentence is no word of any language's
    everyday or stop-word list and no place: its capital says nothing, but no word it could be is
    known either ("Salve! Sampath della scuola di surf mi ha detto …", "Tsega aveva detto lunedì",
    "Nayeli me ha dicho que …"). Not before a colon (the caller): a heading or a trade opens a request
    so ("Vetraio: vetrocamera 60x90"). A noun's ending is read here from four letters, not from
    `name_words.noun_by_ending`'s six, with a verb's: the question is not whether the word is a noun but
    whether anything known could be it, and a short word so ending is known enough to refuse the trust.
    Spanish chat opens requests with a "vosotros" imperative and its pronoun ("Mandadme", "Guardádselo")
    and with plural nouns ("Sudaderas para Itzel …", "Solistas del concierto"), which no list holds
    whole; a word typed with its last letter repeated ("Graciass") is read without the repeat."""
    if language not in ("it", "es", "pt") or len(folded) < 4 or folded.endswith((*w.VERB_ENDINGS, *w.NOUN_ENDINGS)):
        return False  # "Addebitato due volte", "Spedizione gratuita?": a verb's or a noun's ending
    if language == "es" and (_VOSOTROS_PRONOUN.search(folded) or folded.endswith(_ES_PLURALS)):
        return False  # "Envolvedme el regalo", "Solistas del concierto": a verb, a noun
    lists = gazetteer()
    if any(folded in c for c in lists.stop_words.values()):
        return False
    squeezed = _REPEATED_END.sub(r"\1", folded)  # "graciass": "gracias", a word the lists hold
    if squeezed != folded and any(squeezed in c for c in (*lists.stop_words.values(), *lists.common.values())):
        return False
    return folded not in places().words_in
