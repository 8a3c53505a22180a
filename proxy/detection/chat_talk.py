"""English chat words that the models and the name rules read as a person, though they name no one.

English customers write to a shop the way they write to friends, and capitalise as they like. The
small English model, the first-name list and the greeting cue (`PersonNameRecognizer`: a capitalised
word after "Hi", "Thanks", "Cheers") then take these words for people:

- **a term of address after a greeting or thanks** (`_ADDRESS`: "Hiya Hun", "Cheers Mate", "Thanks
  Boss", "Thank You Sweetie", "Nice One Bro") and the thanks' own tail ("Thanks Again", "Many Thanks
  Again", "Thanks In Advance", "Cheers Anyway"). Only when every word before the span in its clause
  is a greeting, thanks or chat word (`_GREETINGS`, `_CHAT`: "Omg Thank You Sooo Much"), and only
  words that are no one's name: "Chuck", "Honey", "Ty" are left out, so "Cheers Chuck" and "Hi
  Honey" stay people;
- **a chat abbreviation, interjection or set phrase** said as a sentence start (`_CHAT`: "Nvm",
  "Brb", "Tysm", "Hbu", "Bummer"; `_PHRASES`, the whole capitalised run: "Okie Dokie", "Top Man",
  "Bang On", "Quick One", "Much Love", "Absolute Lifesaver"); none of them is a name ("Tia", "Eta"
  are, and stay out);
- **a colour or a shade** (`_COLOURS`: the shared colour list, English shades it lacks, and first
  names that are shades), every word of the capitalised run, where the clause makes it a colour:
  a lower-case colour or colour noun right after it ("Jade green vase", "Heather Grey marl hoodie"),
  another colour that is no first name weighed against it ("Tan or Cognac", "Mauve or Plum",
  "darker than Burgundy", "the same as Ivory", "a dark brown"), or, for a shade that is no first
  name, a goods noun after it or a colour cue before it ("Magnolia paint", "in Teal"). A shade that
  is also a first name needs one of the first two: "Hi Ruby, is the red one in?" keeps Ruby,
  "Cheers Ruby" too;
- **a pet product named for its animal**: a run that opens on an animal (`name_words.PET_NOUNS`,
  "goldfish", "guinea pig") and closes on what one buys for it ("Bunny Bedding", "Parrot Toys",
  "Goldfish Flakes"); an animal word that is a listed first name ("Kitty") needs three words.

Fail closed: only spans all of whose words are read here are dropped, and `filters._without_business`
keeps any that shares a word with a person's name kept in the message.
"""

from __future__ import annotations

import regex  # type: ignore[import-untyped]

from proxy.detection.word_edges import EN_FR_EDGE
from recognizers import name_words as w
from recognizers.given_name_recognizer import gazetteer

_SPACE = r"[ \t\u00a0]+"
# Words a greeting or thanks is made of, capitalised or not ("Hiya", "Thank You", "Nice One")
_GREETINGS = frozenset(
    """
    hi hiya heya hey hello hullo morning afternoon evening night alright cheers thanks thank thankyou
    thanku you ta thx ty many much nice one oh ooh aw aww yes no ok okay sorry bye good great
    """.split()
)
# Terms of address in British and other English chat, none of them a first name in use
_ADDRESS = frozenset(
    """
    hun huns hunny hunni huni hon mate mates pal pals chick chicks petal petals duck ducks ducky bud buddy
    fella fellas boss chief guv guvnor flower sweetie sweetheart darling darlin babe babes love lovely
    lovelies pet bro bruv dude dudes y'all gang lad lads lass hen sir madam folks guys team
    """.split()
)
# Words that end a thanks ("Thanks Again", "Thanks In Advance", "Thanks Sooo Much", "Cheers Anyway")
_THANKS_TAILS = frozenset(
    "again in advance so soo sooo much muchly loads heaps anyway a lot million bunch x xx xxx".split()
)
_CHAT = frozenset(
    """
    nvm brb tysm tyvm hbu wbu lmk lol lmao lmfao rofl omg omfg tbh tbf imo imho idk ngl smh ikr btw fyi
    iirc afaik tmrw ttyl gtg np ofc hmu pmsl jk thnx thanx thx soz cya okie dokie bummer nah yeah yep yup
    nope lush lifesaver
    """.split()
)
_PHRASES = frozenset(
    {
        "okie dokie",
        "quick one",
        "top man",
        "top woman",
        "bang on",
        "spot on",
        "nice one",
        "much love",
        "lots of love",
        "much appreciated",
        "absolute lifesaver",
        "absolute legend",
    }
)
# English shades the shared colour list (`name_words.COLOURS`) lacks, none a first name
_SHADES = frozenset(
    """
    teal mocha plum aubergine burgundy gunmetal chrome magnolia cognac mauve peach charcoal slate mustard
    emerald graphite anthracite taupe oatmeal wine silver gold bronze copper brass pewter champagne blush
    nude sand beige coffee caramel chocolate espresso cobalt turquoise aqua maroon crimson lemon lime
    fuchsia magenta rust terracotta ochre mint
    """.split()
)
# Names that are shades too: a colour only with a colour noun after it, or weighed against another
# colour. Any shade the first-name list holds counts as one of them (`_name_shade`: "Rosa", "Bianca").
_NAME_SHADES = frozenset(
    """
    heather ruby cherry pearl jade ivy coral hazel amber rose violet lilac lavender tan olive sage scarlet
    indigo stone
    """.split()
)
_COLOURS = w.COLOURS | _SHADES | _NAME_SHADES
# Lower-case nouns after a colour that make it one ("Hazel colour contacts", "Heather Grey marl")
_COLOUR_NOUNS = frozenset(
    """
    colour color shade shades tone finish paint marl nail polish lipstick vase throw cushion cushions
    curtains jumper cardigan hoodie dress coat scarf bag boots trainers sofa chair velvet leather
    """.split()
)
_SHADE_WORDS = "dark|light|deep|pale|warm|cool|muted|bright|soft|dusty|rich"
# Another colour the run is weighed against, after it ("or Peach", "darker than Burgundy", "the same as Ivory",
# "a dark brown") or before it ("Mauve or Plum")
_AGAINST_AFTER = regex.compile(
    rf"{_SPACE}(?i:or|and|vs|/|(?:\p{{L}}+er{_SPACE})?than|(?:is{_SPACE})?the{_SPACE}same{_SPACE}as"
    rf"|(?:is{_SPACE})?an?(?:{_SPACE}(?:{_SHADE_WORDS}))?){_SPACE}(?:(?i:the){_SPACE})?(\p{{L}}+)"
)
_AGAINST_BEFORE = regex.compile(
    rf"(\p{{L}}+){_SPACE}(?i:or|and|vs|/|(?:\p{{L}}+er{_SPACE})?than|(?:is{_SPACE})?the{_SPACE}same{_SPACE}as){_SPACE}$"
)
_WORD_AFTER = regex.compile(rf"{_SPACE}(\p{{Ll}}+)")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t\u00a0:]+$")
# A clause boundary before the span: what lies after it must be greetings only
_CLAUSE = regex.compile(r"(?:^|[.!?,;:\n–—-])([^.!?,;:\n–—-]*)$")
_CAP_BEFORE = regex.compile(rf"\p{{Lu}}[\p{{L}}'’]*{_SPACE}$")
_CAP_AFTER = regex.compile(rf"{_SPACE}\p{{Lu}}[\p{{L}}'’]*")
# Colour cues that are also the prepositions of a place ("in Teal", "in Bordeaux")
_PLACE_CUES = frozenset({"in", "en", "em", "auf", "im"})
_PET_ANIMALS = w.PET_NOUNS | frozenset({"goldfish", "fish", "bird", "birds", "guinea", "ferret", "chinchilla"})
_PET_GOODS = frozenset(
    """
    bedding toys toy flakes hay pads litter seed seeds food treats chews sticks bowl bowls bed beds cage
    cages hutch lead leads collar collars harness shampoo pellets nuggets biscuits wheel scratcher
    """.split()
)


def no_one(text: str, start: int, end: int, place: bool = False) -> bool:
    """True when the English span `text[start:end]` is a term of address, a chat word, a colour or a
    pet product in the clause around it (see the module doc), and names no one. A `place` (a span
    found in the list of towns and countries) is no colour on a preposition alone: "I live in Bordeaux" is where
    the writer lives, "in Bordeaux" after a garment is ambiguous, and the doubt keeps it."""
    words = _words(text[start:end])
    if not words:
        return False
    run_start, run_end = _run(text, start, end)
    run = _words(text[run_start:run_end])
    return (
        _addressed(text, start, words)
        or all(word in _CHAT for word in words)
        or " ".join(run) in _PHRASES
        or _colour(text, _without_stops(text, run_start, start), run_end, place)
        or _pet_goods(run)
    )


def _words(chunk: str) -> list[str]:
    return [word.strip(EN_FR_EDGE).casefold() for word in chunk.split() if word.strip(EN_FR_EDGE)]


def _run(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` widened over the capitalised words right before and after them (spaces only)."""
    while (before := _CAP_BEFORE.search(text, max(0, start - 40), start)) is not None:
        start = before.start()
    while (after := _CAP_AFTER.match(text, end)) is not None:
        end = after.end()
    return start, end


def _addressed(text: str, start: int, words: list[str]) -> bool:
    """ "Hiya Hun", "Thanks Boss", "Thank You Sweetie", "Thanks In Advance": greetings, then terms of
    address or the thanks' tail only, with nothing but greetings or chat words ("Omg Thank You Sooo
    Much") before them in the clause."""
    clause = _CLAUSE.search(text, 0, start)
    before = _words(clause.group(1)) if clause else []
    if any(word not in _GREETINGS and word not in _CHAT for word in before):
        return False
    lead = 0
    while lead < len(words) and words[lead] in _GREETINGS:
        lead += 1
    rest = words[lead:]
    if not rest or not (before or lead):
        return False
    return all(word in _ADDRESS or word in _THANKS_TAILS for word in rest)


def _without_stops(text: str, run_start: int, start: int) -> int:
    """The run's start moved past the stop words that open it before the span ("Is Mocha a dark
    brown?": "Mocha")."""
    stops = gazetteer().stop_words.get("en", frozenset())
    offset = run_start
    for word in text[run_start:start].split():
        offset = text.index(word, offset)
        if word.strip(EN_FR_EDGE).casefold() not in stops:
            return offset
        offset += len(word)
    return start


def _colour(text: str, start: int, end: int, place: bool = False) -> bool:
    """Every word of the capitalised run a colour, and the clause makes it one (see the module doc)."""
    run = _words(text[start:end])
    if not run or len(run) > 3 or any(word not in _COLOURS for word in run):
        return False
    named = any(_name_shade(word) for word in run)
    after = _WORD_AFTER.match(text, end)
    # a goods noun after a plain shade ("Magnolia paint"); after a name, only a colour's own nouns
    # ("Ruby set it aside" is a person)
    if after is not None and after.group(1) in _COLOURS | _COLOUR_NOUNS | (frozenset() if named else w.PRODUCT_NOUNS):
        return True
    against = _AGAINST_AFTER.match(text, end)
    if against is not None and _plain_run(text, *against.span(1)):
        return True
    weighed = _AGAINST_BEFORE.search(text, max(0, start - 30), start)
    if weighed is not None and _plain_run(text, *weighed.span(1)):
        return True
    if named:
        return False
    cue = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if cue is None or cue.group(1).casefold() not in w.COLOUR_CUES:
        return False
    return not (place and cue.group(1).casefold() in _PLACE_CUES)


def _plain_run(text: str, start: int, end: int) -> bool:
    """The colour weighed against, and every capitalised word beside it, colours that are no first
    names ("or Peach", "than Navy Blue"). In "Heather Brown or Jade Grey" the "Brown" ends a
    person's name, and a name weighs nothing: "Jade Grey" stays a person (fail closed)."""
    run_start, run_end = _run(text, start, end)
    words = _words(text[_without_stops(text, run_start, start) : run_end])
    return bool(words) and all(_plain_colour(word) for word in words)


def _plain_colour(word: str) -> bool:
    """A colour that is no first name ("Peach", "brown"): "Ruby or Jade" may be two people."""
    folded = word.casefold()
    return folded in _COLOURS and not _name_shade(folded)


def _name_shade(word: str) -> bool:
    return word in _NAME_SHADES or gazetteer().popularity.get(word, 0) > 0


def _pet_goods(run: list[str]) -> bool:
    """ "Bunny Bedding", "Goldfish Flakes", "Guinea Pig Hay": an animal, then what one buys for it."""
    if len(run) < 2 or run[0] not in _PET_ANIMALS or run[-1] not in _PET_GOODS:
        return False
    return len(run) >= 3 or gazetteer().popularity.get(run[0], 0) == 0
