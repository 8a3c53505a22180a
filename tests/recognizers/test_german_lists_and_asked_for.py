"""German names in the shapes of `bench.names_heldout14` (retired), with other names: a list numbered
on one line ("Schlüsselinhaber: 1. Magdalena Wimmer 2. Dilek Aslan": the next item's number is no
model number), people listed with the writer ("für Levi, Lý, Huber und mich"), and someone asked for
by name with the verb last ("am Empfang nach Lanicca fragen") and a buddy or spouse before the name
("Mein Kumpel Cemo Çelik"); and the same words with no one in them; and a department after a cue,
which is no one ("z. Hd. Einkauf")."""

from __future__ import annotations

import pytest

from recognizers import GivenNameRecognizer, PersonNameRecognizer
from tests.recognizers.helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Schlüsselinhaber: 1. Ottilie Kirner 2. Jonas Weber", ["Ottilie Kirner", "Jonas Weber"]),
        ("Schlüsselinhaber: 1) Ottilie Kirner 2) Jonas Weber", ["Ottilie Kirner", "Jonas Weber"]),
        ("Gäste: 1. Sabine Wolf 2. Jonas Weber 3. Petra Stein", ["Sabine Wolf", "Jonas Weber", "Petra Stein"]),
        ("Team A:\n1. Ottilie Kirner 2. Jonas Weber", ["Ottilie Kirner", "Jonas Weber"]),
    ],
)
def test_a_list_numbered_on_one_line_holds_names(text: str, names: list[str]) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Ist die Stella 2 schon da?",  # a model number
        "Bitte die Luna 2. Generation",  # no count before it: a model's generation
        "Kaufe 3. Stella 2. Wahl",  # the count runs the wrong way
        "1. Luna 3. Generation",  # not the next number
    ],
)
def test_a_number_after_goods_is_still_a_model_number(text: str) -> None:
    assert found(GivenNameRecognizer(supported_language="de"), text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Abschlag Samstag 9:10 für Levi, Ketterer, Huber und mich", ["Levi", "Ketterer", "Huber"]),
        ("Abschlag Samstag 9:10 für Đinh, Ketterer, Kirner und mich", ["Đinh", "Ketterer", "Kirner"]),
        ("Lý und ich kommen morgen", ["Lý"]),
        ("Ein Tisch für Kirner und uns bitte", ["Kirner"]),
        ("Technikertermin Mittwoch, bitte am Empfang nach Lanicca fragen", ["Lanicca"]),
        ("Bitte an der Kasse nach Đào verlangen", ["Đào"]),
        ("Mein Kumpel Cemo Çelik meinte, ihr seid die Richtigen", ["Cemo Çelik"]),
        ("Meine Ehefrau Derya holt es ab", ["Derya"]),
    ],
)
def test_german_people_listed_with_the_writer_or_asked_for(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Kauft ihr Brot, Butter und mich interessiert noch Käse",
        "Tickets für Samstag, Sonntag und mich",
        "Ein Gutschein für Mama und mich",
        "Mir ist kalt und ich friere",
        "Wir haben Wein, Käse und uns",
        "Bitte am Empfang nach dem Chef fragen",
        "Kann ich nach Rabatt fragen?",
        "Darf ich nach Rechnung fragen?",
        "Der Kumpel im Bergwerk hat Schicht",
    ],
)
def test_german_lists_and_questions_of_things_name_no_one(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "z. Hd. Einkauf, 2. Stock",
        "z. Hd. Personalabteilung, 2. Stock",
        "Grüezi, hier ist der Kundendienst von Velo Huber in Aarau",
    ],
)
def test_a_german_department_after_a_cue_is_no_one(text: str) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("z. Hd. Frau Meier, Einkauf", ["Meier"]),
        ("z. Hd. Herrn Dienst", ["Dienst"]),  # a title vouches for a surname that is a word
        ("Hallo, hier ist Jonas Weber vom Kundendienst", ["Jonas Weber"]),
    ],
)
def test_a_person_beside_a_department_stays(text: str, names: list[str]) -> None:
    assert found(PersonNameRecognizer(supported_language="de"), text) == names
