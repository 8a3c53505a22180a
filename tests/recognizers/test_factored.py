"""`recognizers.factored`: alternations grouped by first letter find exactly what `re` finds."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest

import recognizers
from bench import address_corpus, en_address_corpus
from bench.corpus import generate
from bench.names_tune import examples
from recognizers import factored
from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer
from recognizers.person_name_recognizer import PersonNameRecognizer
from recognizers.street_address_recognizer import StreetAddressRecognizer

_EVERY_CHAR = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _matches(rx: re.Pattern[str], texts: list[str]) -> list[list[tuple[object, ...]]]:
    return [[(m.span(), m.lastgroup, m.groups()) for m in rx.finditer(t)] for t in texts]


@pytest.mark.parametrize("letter", string.ascii_lowercase)
def test_each_case_class_is_what_re_matches_the_letter_with(letter: str) -> None:
    assert set(re.findall(letter, _EVERY_CHAR, re.IGNORECASE)) == set(factored.case_class(letter))


def test_no_letter_outside_ascii_but_the_folds_matches_an_ascii_letter() -> None:
    """What lets such a letter's alternatives stay in place while the ASCII ones are grouped."""
    folded = "".join(factored.FOLDS.values())
    cased = [c for c in _EVERY_CHAR if ord(c) > 0x7F and c.lower() != c.upper() and c not in folded]
    assert not [c for c in cased if re.search(re.escape(c), string.ascii_letters, re.IGNORECASE)]


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\b(?:mr|mrs|ms|miss|madam)\b\.?", re.IGNORECASE, "MRS Smith, mr. Jones, Miss X, MS Y, madam"),
        (r"(?:ab|abc|a|b|bc)c", 0, "abcc abc ac bcc bc"),  # order inside a group decides
        (r"(?i:via|viale|piazza|vicolo|p\.zza)\s\w+", 0, "VIALE Monza, ViA Roma, piazza Duomo, P.ZZA Garibaldi"),
        (r"(?i:strasse|stra|sankt|ſtraße)", 0, "ſtrasse STRA Sankt"),  # non-ASCII first letter: left as is
        (r"(?i:kiel|koeln|kassel)", 0, "\u212aiel KOELN kassel"),  # the Kelvin sign is a K to re
        (r"(?i:imola|ivrea|ischia)", 0, "\u0130MOLA \u0131vrea Ischia"),
        (r"(?P<a>x)?(?(a)(?:ya|yb|yc)|(?:yd|ye|yb))", 0, "xya yb yd xyb xye"),  # a conditional
        (r"(a|b)(?:\1x|\1y|\1z)", 0, "aax bby abz"),  # a back-reference
        (r"(?<![\w.])(?:12|13|1a|2b)(?!\d)", 0, "12 13 1a 2b 123 .12"),
        # the first characters: Unicode digits after a lookbehind, case classes, optional items, anchors
        (r"(?<![\w.])\d+x", 0, "a \u0661\u0662x 12x .3x 4x"),
        (r"(?<!\w)(?i:kelvin|sud|\d)", 0, "KELVIN \u212aelvin \u017fud SUD 7"),
        (r"(?<!\w)[a-c]+", re.IGNORECASE, "Abc abc ABC"),
        (r"(?<![\w.])(?:n\.\s?)?\d+|\bzz", 0, "n. 12 n.3 4 zz azz"),
        (r"(?:^|\n)\s*(?i:ciao|hi)", re.MULTILINE, "hi\n  Ciao CIAO"),
        # letters outside ASCII that fold onto one another keep their order among the groups
        (r"(?i:àb|ab|Àbc|àla|al|Àz|abc|éa|ea|Éab)\w*", 0, "ÀBC àla AL Àz abc àbc Éab éa EA ÉA"),
    ],
)
def test_rewritten_patterns_find_the_same_matches(pattern: str, flags: int, text: str) -> None:
    rx = factored.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    assert (rx.pattern, rx.flags, rx.groups, rx.groupindex) == (plain.pattern, plain.flags, plain.groups,
                                                                plain.groupindex)  # fmt: skip
    assert _matches(rx, [text, text.upper(), text.lower()]) == _matches(plain, [text, text.upper(), text.lower()])


def test_every_rewritten_pattern_veil_uses_finds_what_re_finds_on_the_bench_corpora() -> None:
    rules: list[re.Pattern[str]] = []
    for cls in recognizers.ALL:
        if isinstance(cls, type) and issubclass(cls, StreetAddressRecognizer) and cls is not StreetAddressRecognizer:
            rules += [rx for _, rx in cls().compiled]
        if isinstance(cls, type) and issubclass(cls, ChecksumPatternRecognizer):
            rules += [finditer.__self__ for _, finditer in cls().compiled]  # type: ignore[attr-defined]
    person = PersonNameRecognizer("en")
    rules += [person._cues, person._here, person._vocative, person._labels]
    texts = [m.text for m in generate("tune", per_cell=300)][::3]
    texts += [m.text for m in address_corpus.load("tune")] + [m.text for m in en_address_corpus.load("tune")]
    texts += [text for _, text, *_ in examples()][::2]
    for rx in rules:
        assert _matches(rx, texts) == _matches(re.compile(rx.pattern, rx.flags), texts), rx.pattern[:80]


def test_alternatives_are_grouped_under_their_first_letter() -> None:
    import re._parser as parser  # noqa: PLC0415 - the private parser the module rewrites with

    tree = parser.parse("(?i:via|Viale|piazza|vicolo|p\\.zza)")
    [(_, (_, _, _, inner))] = tree.data
    [(_, (_, alternatives))] = inner.data
    grouped = factored._Grouper(parser).alternatives(alternatives, re.IGNORECASE, tree.state)
    assert len(grouped) == 2  # v(?:ia|iale|icolo) | p(?:iazza|\.zza)


def test_a_letter_outside_ascii_does_not_keep_the_others_from_being_grouped() -> None:
    """One cue beginning "à" ("à l'attention de") left the 250 relation cues ungrouped: each tried
    one by one at every word of every message."""
    import re._parser as parser  # noqa: PLC0415 - the private parser the module rewrites with

    tree = parser.parse("(?i:amico|à l'attention|amica|avv|\u00c0 bient\u00f4t|azienda)")
    [(_, (_, _, _, inner))] = tree.data
    [(_, (_, alternatives))] = inner.data
    grouped = factored._Grouper(parser).alternatives(alternatives, re.IGNORECASE, tree.state)
    assert len(grouped) == 3  # a(?:mico|mica|vv|zienda) | à l'attention | À bientôt


def test_a_letter_re_folds_onto_ascii_leaves_the_alternation_as_it_is() -> None:
    import re._parser as parser  # noqa: PLC0415 - the private parser the module rewrites with

    tree = parser.parse("(?i:stra|sankt|\u017ftraße|sud)")
    [(_, (_, _, _, inner))] = tree.data
    [(_, (_, alternatives))] = inner.data
    assert factored._Grouper(parser).alternatives(alternatives, re.IGNORECASE, tree.state) == alternatives


@pytest.mark.parametrize(
    ("pattern", "flags", "first"),
    [
        (r"(?<![\w.])\d{1,5}\s", 0, "0123456789\u0661"),  # a lookbehind consumes nothing
        (r"(?=[A-Z])(?<!\w)[A-Z]\w+", 0, "AZ"),
        (r"(?:n\.\s?)?\d+", 0, "n0"),  # an optional item adds its own
        (r"(?i:via|piazza)", 0, "vVpP"),
        (r"(?:ab)?", 0, None),  # may match nothing
        (r"(?<!\w).+", 0, None),  # any character
        (r"[^a]b", 0, None),
        (r"(?i:élan|x)", 0, None),  # a letter outside ASCII, folded by `re`
    ],
)
def test_first_characters(pattern: str, flags: int, first: str | None) -> None:
    """Which characters a match can begin with: the search skips every other position."""
    import re._parser as parser  # noqa: PLC0415 - the private parser the module rewrites with

    tree = parser.parse(pattern, flags)
    found = factored.first_characters(tree, tree.state.flags, parser)
    if first is None:
        assert found is None
        return
    assert found is not None
    assert all(_member(found, char, parser) for char in first)
    assert not _member(found, "#", parser)


def _member(found: list[tuple[object, object]], char: str, parser: object) -> bool:
    p: Any = parser
    for op, av in found:
        if op is p.LITERAL and av == ord(char):
            return True
        if op is p.RANGE and av[0] <= ord(char) <= av[1]:  # type: ignore[index]
            return True
        if op is p.CATEGORY and re.match({p.CATEGORY_DIGIT: r"\d", p.CATEGORY_WORD: r"\w"}.get(av, "(?!)"), char):
            return True
    return False


def _screens() -> dict[str, re.Pattern[str]]:
    """The whole-text searches compiled with `factored` in the fifteenth speed round (each was `re.compile`)."""
    from recognizers import en_street_address_recognizer as en
    from recognizers import india_chain, layouts, phone_number_recognizer, street_address_recognizer
    from recognizers import pt_street_address_recognizer as pt
    from recognizers.fr_street_address_recognizer import FrStreetAddressRecognizer

    assert FrStreetAddressRecognizer.NAMED_TRIGGER is not None
    return {
        "en wordy": en._WORDY,
        "pt named trigger": pt._MAYBE_STREET,
        "fr named trigger": FrStreetAddressRecognizer.NAMED_TRIGGER,
        "phone in a link": phone_number_recognizer._IN_URL,
        "squad markers": layouts._SQUAD_MARKERS,
        "here before a request": layouts._HERE_PREFILTER,
        # the evening's speed round (2026-12-06)
        "maybe an address": street_address_recognizer.MAYBE_ADDRESS,
        "an indian locality word": india_chain._LOCALITY_ANYWHERE,
    }


@pytest.mark.parametrize(
    ("screen", "found", "not_found"),
    [
        ("en wordy", ["I live on Baker Street now", "meet at the corner of Elm and Oak", "we're on Maple Avenue"],
         ["see you tomorrow at noon", "the streets are busy"]),
        ("pt named trigger", ["moro na Rua Oscar Freire", "fica na Avenida Paulista ", "zona rural"],
         ["nada de endereço", "ruas e avenidas"]),
        ("fr named trigger", ["j'habite rue de Lenoir", "au 12, Avenue Foch", "BOULEVARD Haussmann"],
         ["la ruelle", "avenues"]),
        ("phone in a link", ["https://wa.me/393471234567", "tel:+33612345678", "x?phone=4915112345678"],
         ["wa.me/abc", "phone 12345"]),
        ("squad markers", ["Kirsty no. 7, Tariq no. 9", "dorsal 11", "#4", "NUMÉRO 3"], ["none", "nothing 7"]),
        ("here before a request", ["Mo here can you", "Cheo aquí me", "ich bin hier\tbitte"], ["where", "hierarchy"]),
        ("maybe an address", ["Via Roma 1", "Calle Mayor S/N", "rua x, s.n.", "SIN NÚMERO", "Snc"],
         ["nessun numero", "sin numero", "s n"]),
        ("an indian locality word", ["krishna NAGAR delhi", "near the temple", "opp. bus stand", "next to it"],
         ["nagarjuna", "nearly", "the roads"]),
    ],
)  # fmt: skip
def test_screens_compiled_with_factored_find_what_re_finds(screen: str, found: list[str], not_found: list[str]) -> None:
    rx = _screens()[screen]
    plain = re.compile(rx.pattern, rx.flags)
    assert all(rx.search(t) for t in found) and not any(rx.search(t) for t in not_found)
    texts = [*found, *not_found] + [m.text for m in generate("tune", per_cell=300)][::3]
    texts += [m.text for m in en_address_corpus.load("tune")] + [text for _, text, *_ in examples()][::2]
    assert _matches(rx, texts) == _matches(plain, texts)


@pytest.mark.parametrize("language", ["en", "it", "es", "pt", "fr", "de"])
def test_the_place_cues_find_what_re_finds(language: str) -> None:
    """Speed (2026-12-06, evening): a place's cue (a preposition before a capital) is searched over every text."""
    from recognizers.place_recognizer import PlaceRecognizer  # noqa: PLC0415

    rx = PlaceRecognizer(language)._cue
    plain = re.compile(rx.pattern, rx.flags)
    texts = ["Vivo en Valencia", "moro em Campinas", "IN Milano", "je suis à Paris", "wohne in Köln", "in stock"]
    texts += [m.text for m in generate("tune", per_cell=300)][::3] + [text for _, text, *_ in examples()][::2]
    assert _matches(rx, texts) == _matches(plain, texts)


_HOT = [
    ("name_words", "CUSTOMER_HOME_CUE"), ("name_words", "CUSTOMER_PLACE_CUE"), ("name_words", "SEND_TO_CUE"),
    ("regions", "BEING_BEFORE"), ("phone_number_recognizer", "_CANDIDATE"), ("phone_number_recognizer", "_EXTENSION"),
    ("phone_number_recognizer", "_NUMBER_SIGN"), ("street_address_recognizer", "PREFIX_PART"),
    ("street_address_recognizer", "UNIT_BEFORE"), ("layouts", "_SPACED_SPELLING"),
    ("person_name_recognizer", "_INITIALS"), ("person_name_recognizer", "_SUFFIXED"),
    ("person_name_recognizer", "_OWNED"),
    ("india_address", "PIN_AFTER_TOWN"),
    ("en_street_address_recognizer", "_CAPITALISED_AFTER_SPACE"), ("labelled_identifier_recognizer", "_ANY_PIECE"),
]  # fmt: skip


@pytest.mark.parametrize(("module", "name"), _HOT)
def test_the_hot_patterns_compiled_with_factored_find_what_re_finds(module: str, name: str) -> None:
    """Speed round 21 (2026-12-07, night): patterns searched on most texts or on every candidate, grouped
    by `factored` (5-10 us a search with `re` alone for the long cue alternations, ~1.6 grouped)."""
    import importlib  # noqa: PLC0415

    rx = getattr(importlib.import_module(f"recognizers.{module}"), name)
    plain = re.compile(rx.pattern, rx.flags)
    texts = ["I live in Leeds, my sister lives near me", "ich wohne bei mir", "Flat 3, Rose Court,\n"]
    texts += ["J. R. R. Tolkien"]
    texts += ["call +44 20 7946 0958 ext. 12", "order no. 5", "John Smith Jr. and A. B. Jones", "Pune 411001"]
    texts += [m.text for m in generate("tune", per_cell=300)][::3] + [text for _, text, *_ in examples()][::2]
    assert _matches(rx, texts) == _matches(plain, texts)


_ROUND_22 = [
    ("recognizers.person_name_recognizer", "_MENTION"), ("recognizers.person_name_recognizer", "_SLASHED"),
    ("proxy.detection.normalise", "_SPELLED_HINT"), ("recognizers.layouts", "_WORD_RE"),
    ("recognizers.en_street_address_recognizer", "_FIRST_WORD"), ("recognizers.street_address_recognizer", "TAIL_UNIT"),
    ("recognizers.street_address_recognizer", "CARE_OF"), ("recognizers.street_address_recognizer", "BUILDING_BEFORE"),
    ("recognizers.capital_runs", "_CAPITALS_PAIR"), ("recognizers.digit_runs", "_DIGITS"),
    ("recognizers.place_recognizer", "_HOMETOWN"), ("recognizers.place_recognizer", "_NAME_TOWN"),
    ("recognizers.place_recognizer", "_FIELD"), ("recognizers.german_places", "AREA"),
    ("recognizers.german_places", "DEMONYM"), ("recognizers.german_places", "FIELD"),
    ("recognizers.closing_name", "_TAIL"),
]  # fmt: skip
# The name rules' own patterns, per language (`PersonNameRecognizer.__init__`); `None` where a language has none.
_ROUND_22_NAMES = ("_its_cue", "_ring", "_ring_after", "_per_da", "_pair_cue", "_pickup_verb", "_van", "_initial",
                   "_family_home")  # fmt: skip
# Sentences of my own, each meant to hit one of them (or to nearly hit it).
_ROUND_22_TEXTS = [
    "@Marisol puedes mirar?", "mail me@example.com", "Lena/Tom kommen", "Hi Ana/Bruno!", "mario at gmail dot com",
    "ana (arroba) correo", "Flat 4, Rose Court", "c/o Hannah Becker,", "presso Studio Rossi", "Edificio Torre Sol, ",
    "BITTE AN OKAN DEMIR", "order 12345 and 678", "My hometown is Bergamo", "home  town was lisbon",
    "North Lisaville", "Port Anne", "City: Leeds", "Großraum München", "im Kasseler Norden", "Wohnort: Graz",
    "PLZ und Ort: 8010 Graz", "Ciao a presto. Giulia", "It's Maria here", "hey, its tom", "bei Familie Yilmaz klingeln",
    "Klingeln bei Fam. Weber.", "chiamate per Luca, grazie", "the dog of the dei Bertola", "van Gameren bringt es",
    "Dorothy M Faria", "Oskar J. Lindqvist kommt", "ritira Carmelo Russo", "mark patel is picking it up",
]  # fmt: skip


def _at_every_position(rx: re.Pattern[str], texts: list[str]) -> list[tuple[object, ...]]:
    """`match` and `search` from every position: the calls the rules make with `pos` (a tail part at an
    address's end, a building in the window before it)."""
    out: list[tuple[object, ...]] = []
    for text in texts:
        for i in range(len(text) + 1):
            m, s = rx.match(text, i), rx.search(text, 0, i)
            out.append((m and (m.span(), m.groups()), s and (s.span(), s.groups())))
    return out


def _round_22_texts() -> list[str]:
    texts = _ROUND_22_TEXTS + [m.text for m in generate("tune", per_cell=300)][::3]
    texts += [m.text for m in address_corpus.load("tune")][::2] + [text for _, text, *_ in examples()][::2]
    return texts + [t.lower() for t in texts[:: len(texts) // 200]]


@pytest.mark.parametrize(("module", "name"), _ROUND_22)
def test_the_round_22_patterns_find_what_re_finds(module: str, name: str) -> None:
    """Speed round 22 (2026-12-08): module-level patterns searched on most texts, or at every part of an
    address's tail, grouped by `factored` (0.1-1.8 us a message each, replayed over a tune pass)."""
    import importlib  # noqa: PLC0415

    rx = getattr(importlib.import_module(module), name)
    plain = re.compile(rx.pattern, rx.flags)
    assert {(rx.pattern, rx.flags & ~re.UNICODE), (rx.pattern, 0)} & factored.shipped().keys()  # grouped, shipped
    texts = _round_22_texts()
    assert _matches(rx, texts) == _matches(plain, texts)
    assert _at_every_position(rx, texts[::10]) == _at_every_position(plain, texts[::10])


@pytest.mark.parametrize("language", ["en", "it", "es", "pt", "fr", "de"])
def test_the_round_22_name_rule_patterns_find_what_re_finds(language: str) -> None:
    rec = PersonNameRecognizer(language)
    texts = _round_22_texts()
    for name in _ROUND_22_NAMES:
        rx = getattr(rec, name)
        if rx is None:
            continue
        plain = re.compile(rx.pattern, rx.flags)
        assert _matches(rx, texts) == _matches(plain, texts), name
