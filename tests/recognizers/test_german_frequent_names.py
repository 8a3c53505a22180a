"""German first names that German word lists hold only because text names people often ("kevin",
"sepp", "pauli", "wladimir" in wordfreq's list; "jupp", flagged German from it as a hand-written
short form; "ella", a Spanish stop word): a name after a German name cue, as in `bench.names_tune27`
and `bench.names_tune29` ("Der Jupp kommt heute Abend vorbei", "der sepp kommt heut vorbei", "bin
der jupp", "hier ist die ella"); and the same cues before roles, relatives and things."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer
from recognizers.given_name_recognizer import gazetteer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the article opening the sentence, a verb only people do after the name
        ("Der Jupp kommt heute Abend vorbei", ["Jupp"]),
        ("Der Jupp holt das Paket ab", ["Jupp"]),
        ("Die Ella holt das Paket morgen ab", ["Ella"]),
        ("der kevin holt das paket ab", ["kevin"]),
        ("der sepp kommt heut nachmittag vorbei", ["sepp"]),
        ("der pauli zahlt bar", ["pauli"]),
        ("die ella holt es ab", ["ella"]),
        # who speaks or calls, the name ending the clause
        ("Hallo, hier ist die Ella", ["Ella"]),
        ("hallo hier ist die ella, hab was bestellt", ["ella"]),
        ("servus, bin der jupp, hab gestern bestellt", ["jupp"]),
        ("bin der flori, hab gestern die jacke bestellt", ["flori"]),  # a Portuguese word's flag
        # the name opening the sentence, a person's verb after it
        ("Wladimir holt es ab", ["Wladimir"]),
        ("Kevin ruft später an", ["Kevin"]),
    ],
)
def test_a_frequent_name_after_a_german_name_cue_is_a_person(text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "der fahrer kommt heut vorbei",  # a role
        "der enkel holt das paket ab",  # a relative
        "die erika blüht schon",  # no person's verb
        "Die Stella ist leer",  # "ist" is said of things
        "Die Rose ist verwelkt",
        "das ist der max, mehr geht nicht",  # no "bin", no "hier ist"
    ],
)
def test_the_same_cues_before_roles_relatives_and_things_name_no_one(text: str) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == []


def test_frequency_flags_are_kept_apart_from_lemma_flags() -> None:
    """ "jupp" is flagged German from wordfreq's list alone; "rosa" by a lemma table."""
    lists = gazetteer()
    assert "de" in lists.words_in["jupp"] and "de" in lists.frequent_flags["jupp"]
    assert "de" not in lists.frequent_flags.get("rosa", frozenset())
