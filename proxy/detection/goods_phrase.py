"""An English capitalised run that the clause around it makes goods, a title or a drink, not a person.

English shop chat names what it sells after people and places: a player on a shirt ("a Messi
shirt"), a writer on a book ("the new Stephen King hardback"), a team on a scarf ("two Man United
scarves"), a cocktail ("two Tom Collins"), a show by its season ("season 3 of Ted Lasso"), an app
one downloads ("download Duolingo Max"), a stout by the pint ("a pint of Guinness"). The small
English model and the first-name list read the names as people. What tells them apart is not the
name but the noun phrase it stands in, which a person's name does not take in English:

- a determiner or a spelt count before the run (`_DETERMINER`: "a", "the", "any", "two"; one
  lower-case word may stand between, "the new") and a goods noun right after it, or after one more
  lower-case word ("the Titanic exhibition poster", `_GOODS_NOUNS`): the name is the noun's
  modifier. Nouns that a person's name modifies as well are left out ("the Smith account", "the
  Jones case", "the Fairclough record", "tickets" booked in a name);
- for a model's place, a determiner right before the run and any lower-case noun after it that a
  person's name does not head (`_modified_noun`: "the Heathrow hub", "the Ipswich centre", "only the
  Luton one"), in a message that speaks of no one (a place someone is at stays theirs). The same
  reading of PERSON spans ("the Harper highchair") was tried and taken out: it left 16 more English
  no-PII messages alone over the tune and retired sets and lost none there, but on the outside set
  (`bench.outside`, English template sentences no one here wrote) 9 of 895 names were forwarded in
  clear, with the reading and with a no-one-in-the-message guard alike; a name before a noun is a
  name too often for a shop's words to outweigh it;
- a spelt count right before a run of two words or more with no surname-like capital after it
  ("Two Tom Collins and a mojito", "three Long Island iced teas"): people are not ordered by the
  piece; not after "for" or "of" ("a table for two Gemma Fairclough" lacks only a comma) nor where
  the count is a time ("at two", "half past two");
- a season, series, episode, part or volume before it ("season 3 of Ted Lasso") or after it
  ("Ted Lasso season 3");
- a verb of streaming, downloading or installing right before it (`_MEDIA_VERBS`): apps, shows and
  games; not "watch" or "play", which take people too ("watch Emily", "play with Noah");
- a measure or a container and "of" before it ("a pint of Guinness", "a box of Celebrations").

Fail closed: a possessive after the run ("download Gemma's photos") and a person cue before it
(`ner_context.person_cue`: a title, a relative, an introduction) keep the span, and a span that
holds a word of the clause after its run is not judged here.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection import ner_context as ctx
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

_SPACE = r"[ \t\u00a0]+"
_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen"
_DETERMINERS = frozenset(
    {"a", "an", "the", "any", "some", "these", "those", "this", "another", "more", "no", "every", "each"}
    | set(_COUNTS.split("|"))
)
# The determiner, then at most one lower-case word ("the new", "a signed", "two more")
_DETERMINER = regex.compile(rf"(?<![\p{{L}}'’-])(\p{{L}}+){_SPACE}(?:(\p{{Ll}}+){_SPACE})?$")
# A spelt count right before the run, and the word before the count: not "for two", "of three", nor a
# word that makes it a time ("at two Gemma Fairclough will call", "half past two")
_COUNT = regex.compile(rf"(?<![\p{{L}}'’-])(?:(\p{{L}}+){_SPACE})?(?i:{_COUNTS}){_SPACE}$")
_NOT_BEFORE_COUNT = w.COUNT_NOT_BEFORE | {"for", "of", "past", "around", "about", "gone"}
_AFTER_WORDS = regex.compile(rf"(['’]s?)?{_SPACE}(\p{{Ll}}[\p{{L}}-]*)(?:{_SPACE}(\p{{Ll}}[\p{{L}}-]*))?")
_NON_SPACE = regex.compile(r"\S+")
_EPISODE_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?i:season|series|episode|part|volume|vol\.?|book){_SPACE}\d{{1,2}}{_SPACE}(?i:of){_SPACE}"
    rf"(?:(?i:the){_SPACE})?$"
)
_EPISODE_AFTER = regex.compile(rf"{_SPACE}(?i:season|series|episode|part|volume|vol\.?){_SPACE}\d")
_MEDIA_VERBS = regex.compile(
    rf"(?<!\p{{L}})(?i:stream|streams|streamed|streaming|binge|binged|binging|bingeing|rewatch|rewatched"
    rf"|rewatching|download|downloads|downloaded|downloading|install|installed|installing|reinstall"
    rf"|reinstalled|pre-order|preorder|pre-ordered|preordered){_SPACE}(?:(?i:the){_SPACE})?$"
)
_MEASURE = regex.compile(
    rf"(?<!\p{{L}})(?i:pint|pints|half|bottle|bottles|glass|glasses|can|cans|box|boxes|pack|packs|packet|packets"
    rf"|tin|tins|jar|jars|crate|crates|slice|slices|cup|cups|mug|bar|bars|carton|cartons|shot|shots|jug|jugs"
    rf"|tub|tubs|bag|bags|litre|litres|liter|liters|ml|cl){_SPACE}(?i:of){_SPACE}$"
)
# Nouns a person's name modifies as well as goods do: a customer's account, case, file or booking
_NAMED_FOR_PEOPLE = frozenset({"case", "record", "cover", "set", "watch", "light", "top", "ring", "range", "line"})
# Nouns a person's name heads after "the" ("the Savage family", "the Jones twins", "the Patel wedding",
# "the Khan account", "the Smith house", "the Emma situation"): `_modified_noun` keeps the name there
_PERSON_HEADS = frozenset(
    """
    family household clan tribe lot crew gang couple parent kid child twin triplet boy girl brother sister
    baby wedding funeral christening baptism party do birthday anniversary reunion memorial wake
    residence house home flat cottage farm estate place property grave
    account order booking reservation file folder case claim complaint enquiry inquiry query request job
    ticket invoice name surname signature thing situation incident issue matter problem story affair
    saga era effect way style look era legacy fan fans
    """.split()
)
# English goods nouns the product lists lack, which follow a name only as goods
_MORE_GOODS = frozenset(
    """
    hardback paperback hardcover audiobook boxset lid lids charger strap straps mask masks costume costumes
    jersey jerseys cap caps kit kits scarves keyring keyrings figure figures sticker stickers tee tees t-shirt
    t-shirts merch coins perfume aftershave cologne eau fragrance palette sneakers boots trainers cards
    plushie plushies mug mugs tumbler bottle bottles poster posters vinyl dvd blu-ray console controller
    cartridge skin headphones earbuds
    """.split()
)
_GOODS_NOUNS = (w.PRODUCT_NOUNS | w.STREET_THING_NOUNS | w.TITLE_NOUNS | _MORE_GOODS) - _NAMED_FOR_PEOPLE


def _goods_noun(word: str) -> bool:
    """True for a goods noun or its plural ("scarves", "boxes", "shirts")."""
    word = word.casefold()
    stems = (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ves") + "f")
    return any(stem in _GOODS_NOUNS for stem in stems if stem)


def _modified_noun(word: str) -> bool:
    """True when `word`, right after "the"/"a"/"this" and the run, is a noun the run modifies that no
    person's name modifies (`_PERSON_HEADS`): a name is no adjective in English, so the run names
    the goods' maker or model, a town's branch or a place's thing ("the Harper highchair", "the
    Penzance taproom", "the Wrexham crest", "only the Luton one"). Not a stop word ("the Emma who",
    "the Jake from accounts"), nor a family, a household, a do, a record or an affair that a person's
    name heads as well ("the Savage family", "the Jones twins", "the Patel wedding", "the Khan
    account")."""
    word = word.casefold()
    if word in ("one", "ones"):
        return True
    if word in gazetteer().stop_words.get("en", frozenset()) or len(word) < 3:
        return False
    stems = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ren")}
    return not stems & (_PERSON_HEADS | _NAMED_FOR_PEOPLE | w.ROLES | w.KIN)


# A person in the sentence: a personal pronoun or possessive, or a verb of living, staying or working
# somewhere ("we're staying at the Swansea hotel", "living near the Leeds station"); "you" is the shop
_SOMEONE = regex.compile(
    r"(?<![\p{L}'’])(?:(?-i:I)|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my|mine|we|us|our|ours|he|him|his|she|her|hers"
    r"|they|them|their|theirs|live|lives|living|lived|stay|stays|staying|stayed|based|move|moved|moving"
    r"|work|works|working|worked|study|studying|commute|commuting)(?![\p{L}'’])",
    regex.IGNORECASE,
)


def _someone_in_message(text: str) -> bool:
    """True when the message speaks of someone (`_SOMEONE`) or of a relative (`name_words.KIN`): a
    place in it may be where they live, stay or work, which the place rules keep (`places: personal`);
    the whole message, not the sentence, is read ("Is it far from the Reading station? I live near
    it")."""
    if _SOMEONE.search(text):
        return True
    return any(word.casefold() in w.KIN for word in regex.findall(r"\p{L}+", text))


def goods_phrase(text: str, start: int, end: int, *, place: bool = False) -> bool:
    """True when the English run of capitalised words `text[start:end]` stands where goods, a title or
    a drink do (module doc), with no person cue before it. `place`: the span is a model's place, also
    read as a noun's modifier (`_modified_noun`) ("the Ipswich centre", "the Heathrow hub", "the Brompton folding bike")
    unless the message speaks of someone (`_someone_in_message`: "we're staying at the Swansea
    hotel", "my sister works at the Leeds office"), where the place may be where they are."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    while len(words) > 1 and words[0].group().casefold() in _DETERMINERS | {"new"}:
        words.pop(0)  # "Two Tom Collins", "The Ninja Foodi lid": a capitalised determiner opens the run
    start += words[0].start() if words else 0
    after = _AFTER_WORDS.match(text, end)
    if after is not None and after.group(1):
        return False  # "download Gemma's photos": the person's
    if ctx.person_cue(text, start, end):
        return False
    lo = max(0, start - 40)
    if _EPISODE_BEFORE.search(text, lo, start) or _EPISODE_AFTER.match(text, end):
        return True
    if _MEDIA_VERBS.search(text, lo, start) or _MEASURE.search(text, lo, start):
        return True
    count = _COUNT.search(text, lo, start)
    several = len(text[start:end].split()) > 1
    if count is not None and several and (count.group(1) or "").casefold() not in _NOT_BEFORE_COUNT:
        return True
    determiner = _DETERMINER.search(text, lo, start)
    if determiner is None or after is None:
        return False
    word, between = determiner.group(1).casefold(), determiner.group(2)
    adjacent = between is None or between.casefold() in _DETERMINERS  # the determiner right before the run
    if between is not None and between.casefold() in _DETERMINERS:
        word = between.casefold()  # "buy two Man United scarves": the determiner is the last word
    elif between is not None and word not in _DETERMINERS:
        return False
    if word not in _DETERMINERS:
        return False
    if _goods_noun(after.group(2)):
        return True
    if place and adjacent and _modified_noun(after.group(2)) and not _someone_in_message(text):
        return True  # "it left the Heathrow hub", "any slots at the Ipswich centre"
    # one more noun between: "the Titanic exhibition poster", not "a Margherita for collection"
    stops = gazetteer().stop_words.get("en", frozenset())
    return after.group(3) is not None and after.group(2) not in stops and _goods_noun(after.group(3))
