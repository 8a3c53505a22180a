"""English chat words that name no one (`proxy.detection.chat_talk`), in the shapes of
`bench.nopii_tune28`: a term of address after a greeting or thanks, a chat abbreviation or set
phrase, a colour weighed against another or before a colour noun, a pet product; short weekday and
month forms cut from a model's span (`words`); and people in the same positions, who stay.
Sentences written here, not the tune set's."""

from __future__ import annotations

import pytest

from proxy.detection.detector import Analyzer
from tests.detection.helpers import found

_NAMES = ("PERSON", "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        # a term of address after a greeting or thanks
        "Cheers Hun, see you next week",
        "Hiya Chick, any left in a 10?",
        "Thanks Guvnor",
        # a chat abbreviation or a set phrase
        "Brb, looking for the receipt",
        "Tyvm, it came today",
        "Okie Dokie, I'll wait",
        "Nah it's fine, Cheers Anyway",
        "Omg Thank You Sooo Much",
        "Lush, thanks!",
        # a colour weighed against another, or before a colour noun
        "Mauve or Aubergine for the bedroom?",
        "Is Mocha a light brown?",
        "Cherry Red or Chrome for the kettle?",
        "Heather Grey marl joggers please",
        "Ivy green candle, the big one",
        "Do you have it in Bordeaux or Navy?",
        "Do you have the scarf in Teal?",
    ],
)
def test_chat_words_are_left_alone(analyzer: Analyzer, text: str) -> None:
    assert {e for e in found(analyzer, text, "en") if e[0] in _NAMES} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name after the greeting, the term of address beside another name
        ("Cheers Chuck, see you Friday", "Chuck"),
        ("Hiya Chuck", "Chuck"),
        ("Hiya Bethany, did my parcel go out?", "Bethany"),
        ("Cheers Mate, Declan will collect it", "Declan"),
        # a first name that is a shade, without a colour to weigh it against
        ("Thanks Ruby, the red one is lovely", "Ruby"),
        ("Hey Tan, is the shop open?", "Tan"),
        ("Hazel or Jade will sign for it", "Hazel"),
        ("Hazel or Jade will sign for it", "Jade"),
        # a colour weighed against is no colour when it ends a person's name
        ("I met Heather Brown and Jade Grey yesterday.", "Jade Grey"),
        ("Ruby Brown or Pearl Grey will come.", "Pearl Grey"),
        ("Contact Jade Green or Ruby Red", "Ruby Red"),
        # a listed town that is also a colour, after a preposition alone: where the writer is
        ("I'm based in Bordeaux, how long for the tiles?", "Bordeaux"),
        ("I live in Bordeaux.", "Bordeaux"),
    ],
)
def test_a_person_in_the_same_place_stays(analyzer: Analyzer, text: str, name: str) -> None:
    [spans] = analyzer.analyze([text], language="en")
    start = text.index(name)
    assert all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(name))
    ), name
