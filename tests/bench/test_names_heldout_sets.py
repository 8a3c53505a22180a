"""The frozen held-out name sets (2 to 24): each file is the one frozen, the bench reads it,
and it holds what it promises. One test module for all of them, so a check added for one set is
a check of every set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from bench import (
    names_heldout,
    names_heldout2,
    names_heldout3,
    names_heldout4,
    names_heldout5,
    names_heldout6,
    names_heldout7,
    names_heldout8,
    names_heldout9,
    names_heldout10,
    names_heldout11,
    names_heldout12,
    names_heldout13,
    names_heldout14,
    names_heldout15,
    names_heldout16,
    names_heldout17,
    names_heldout18,
    names_heldout19,
    names_heldout20,
    names_heldout21,
    names_heldout22,
    names_heldout23,
    names_heldout24,
)
from bench.names import SETS
from bench.names_heldout import dumps, fingerprint

# (set, its module, the fewest message shapes a language it promises, bytes an edit replaces)
FROZEN = [
    pytest.param("heldout2", names_heldout2, 0, (b"Verde Salvia", b"Verde Oliva"), id="heldout2"),
    pytest.param("heldout3", names_heldout3, 20, (b"Samsung", b"Siemens"), id="heldout3"),
    pytest.param("heldout4", names_heldout4, 24, (b"Logitech", b"Logitec"), id="heldout4"),
    pytest.param("heldout5", names_heldout5, 27, (b"Bialetti", b"Bialeti"), id="heldout5"),
    pytest.param("heldout6", names_heldout6, 28, (b"Nachname", b"Nachnahme"), id="heldout6"),
    pytest.param("heldout7", names_heldout7, 29, (b"Tauftorte", b"Tauftorde"), id="heldout7"),
    pytest.param("heldout8", names_heldout8, 50, (b"Thermomix", b"Thermomx"), id="heldout8"),
    pytest.param("heldout9", names_heldout9, 60, (b"Vorwerk", b"Vorwek"), id="heldout9"),
    pytest.param("heldout10", names_heldout10, 55, (b"Nespresso", b"Nespreso"), id="heldout10"),
    pytest.param("heldout11", names_heldout11, 56, (b"Brompton", b"Bromton"), id="heldout11"),
    pytest.param("heldout12", names_heldout12, 59, (b"Husqvarna", b"Husqvarana"), id="heldout12"),
    pytest.param("heldout13", names_heldout13, 62, (b"Biikebrennen", b"Biikebrenen"), id="heldout13"),
    pytest.param("heldout14", names_heldout14, 64, (b"Rossignol", b"Rosignol"), id="heldout14"),
    pytest.param("heldout15", names_heldout15, 68, (b"Bechstein", b"Bechstien"), id="heldout15"),
    pytest.param("heldout16", names_heldout16, 68, (b"Cannondale", b"Canondale"), id="heldout16"),
    pytest.param("heldout17", names_heldout17, 68, (b"Birkenstock", b"Birkenstok"), id="heldout17"),
    pytest.param("heldout18", names_heldout18, 68, (b"Swarovski", b"Swarowski"), id="heldout18"),
    pytest.param("heldout19", names_heldout19, 70, (b"Quiksilver", b"Quicksilver"), id="heldout19"),
    pytest.param("heldout20", names_heldout20, 74, (b"Titleist", b"Titlest"), id="heldout20"),
    pytest.param("heldout21", names_heldout21, 77, (b"Varilux", b"Varylux"), id="heldout21"),
    pytest.param("heldout22", names_heldout22, 78, (b"Hasselblad", b"Haselblad"), id="heldout22"),
    pytest.param("heldout23", names_heldout23, 97, (b"Yirgacheffe", b"Yirgachefe"), id="heldout23"),
    pytest.param("heldout24", names_heldout24, 105, (b"Tegernseer", b"Tegernser"), id="heldout24"),
]


@pytest.mark.parametrize(("name", "module", "shapes", "edit"), FROZEN)
def test_the_file_is_the_one_frozen_and_the_bench_reads_it(
    name: str, module: ModuleType, shapes: int, edit: tuple[bytes, bytes]
) -> None:
    assert fingerprint(module.PATH.read_bytes()) == module.FINGERPRINT
    assert SETS[name] is module.load


@pytest.mark.parametrize(("name", "module", "shapes", "edit"), FROZEN)
def test_three_hundred_names_and_150_clean_messages_a_language(
    name: str, module: ModuleType, shapes: int, edit: tuple[bytes, bytes]
) -> None:
    names, clean = Counter[str](), Counter[str]()
    for e in module.load():
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
        assert all(e.text[a:b].strip() == e.text[a:b] and b > a for a, b in e.gold)
        assert e.kind == ("pii" if e.gold else "clean")
    assert set(names) == {"it", "es", "pt", "de", "fr", "en"}
    assert min(names.values()) >= 300
    assert min(clean.values()) >= 150


@pytest.mark.parametrize(("name", "module", "shapes", "edit"), FROZEN[1:])
def test_message_shapes_and_names_vary(name: str, module: ModuleType, shapes: int, edit: tuple[bytes, bytes]) -> None:
    assert min(len(t) for t in module.TEMPLATES.values()) >= shapes
    seen = Counter[str]()
    for e in module.load():
        if e.gold:  # a shape is the message with its names cut out
            cut, last = "", 0
            for a, b in e.gold:
                cut, last = cut + e.text[last:a].lower() + "{}", b
            seen[e.language + cut + e.text[last:].lower()] += 1
    assert min(Counter(key[:2] for key in seen).values()) >= shapes
    for lang in module.TEMPLATES:
        spans = [e.text[a:b].lower() for e in module.load() if e.language == lang for a, b in e.gold]
        assert len(set(spans)) >= len(spans) // 2
        assert Counter(spans).most_common(1)[0][1] <= 10


@pytest.mark.parametrize(("name", "module", "shapes", "edit"), FROZEN)
def test_an_edited_file_is_refused(
    name: str, module: ModuleType, shapes: int, edit: tuple[bytes, bytes], tmp_path: Path
) -> None:
    copy = tmp_path / module.PATH.name
    copy.write_bytes(module.PATH.read_bytes().replace(*edit, 1))
    with pytest.raises(SystemExit, match="changed"):
        module.load(copy)


def test_the_fourth_set_takes_no_name_from_the_third() -> None:
    """Kept apart: none of its given names, surnames or nicknames is in the third's lists."""
    for lang, lists in names_heldout4.PEOPLE.items():
        third = {n for names in names_heldout3.PEOPLE[lang] for n in names}
        assert not {n for names in lists for n in names} & third


def test_the_fifth_set_shares_no_full_name_with_the_fourth() -> None:
    """Kept apart: no given name and surname pair (the first and last word, hyphens split, of a
    span of two or more words) of the fifth set is one of the fourth's. Only a count is compared,
    so a failure prints no name of either held-out set."""

    def pairs(module: ModuleType) -> set[tuple[str, str]]:
        out = set()
        for e in module.load():
            for a, b in e.gold:
                if len(e.text[a:b].split()) > 1:
                    words = e.text[a:b].lower().replace("-", " ").split()
                    out.add((words[0], words[-1]))
        return out

    shared = len(pairs(names_heldout5) & pairs(names_heldout4))
    assert shared == 0


def _pairs(module: ModuleType) -> set[tuple[str, str]]:
    """A set's full names as (given, surname): the first and last word, hyphens split, of a span of
    two or more words, in lower case and without accents ("Jose" is "José")."""
    out = set()
    for e in module.load():
        for a, b in e.gold:
            if len(e.text[a:b].split()) > 1:
                words = names_heldout6._bare(e.text[a:b]).lower().replace("-", " ").split()
                out.add((words[0], words[-1]))
    return out


def test_the_sixth_set_shares_no_full_name_with_the_fourth_or_the_fifth() -> None:
    """Kept apart by program: only a count is compared, so a failure prints no held-out name."""
    assert len(_pairs(names_heldout6) & _pairs(names_heldout4)) == 0
    assert len(_pairs(names_heldout6) & _pairs(names_heldout5)) == 0


def test_the_sixth_set_has_320_names_and_155_clean_messages_a_language() -> None:
    names, clean = Counter[str](), Counter[str]()
    for e in names_heldout6.load():
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
    assert min(names.values()) >= 320 and len(names) == 6
    assert min(clean.values()) >= 155 and len(clean) == 6


def test_every_gold_span_of_the_sixth_set_is_a_name_slot() -> None:
    """The frozen file is what `build()` makes (offsets from the slots as the text was built, not
    typed by hand), and every word of a gold span is a name of the module's lists or an initial:
    a title, an article or a word of the message never falls inside a span."""
    assert dumps(names_heldout6.build()).encode() == names_heldout6.PATH.read_bytes()
    words = {
        names_heldout6._bare(word).lower()
        for groups in names_heldout6.PEOPLE.values()
        for group in groups
        for names in group
        for name in names
        for word in name.replace("-", " ").split()
    }
    for e in names_heldout6.load():
        for a, b in e.gold:
            for word in names_heldout6._bare(e.text[a:b]).lower().replace("-", " ").split():
                assert word in words or (len(word) == 2 and word.endswith(".")), (e.language, a, b)


def test_the_seventh_set_shares_no_full_name_with_any_earlier_set() -> None:
    """Kept apart by program: only a count is compared, so a failure prints no held-out name."""
    seventh = _pairs(names_heldout7)
    for module in (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6):
        assert len(seventh & _pairs(module)) == 0


def test_the_seventh_set_has_315_names_and_155_clean_messages_a_language() -> None:
    names, clean = Counter[str](), Counter[str]()
    for e in names_heldout7.load():
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
    assert min(names.values()) >= 315 and len(names) == 6
    assert min(clean.values()) >= 155 and len(clean) == 6


def test_every_gold_span_of_the_seventh_set_is_a_name_slot() -> None:
    """The frozen file is what `build()` makes, and every word of a gold span is a name of the
    module's lists, an initial, or a letter of a surname spelled out ("D-U-F-F-Y")."""
    assert dumps(names_heldout7.build()).encode() == names_heldout7.PATH.read_bytes()
    words = {
        names_heldout7._bare(word).lower()
        for groups in names_heldout7.PEOPLE.values()
        for group in groups
        for names in group
        for name in names
        for word in name.replace("-", " ").split()
    }
    for e in names_heldout7.load():
        for a, b in e.gold:
            for word in names_heldout7._bare(e.text[a:b]).lower().replace("-", " ").split():
                assert word in words or len(word) == 1 or (len(word) == 2 and word.endswith(".")), (e.language, a, b)


# The sets written by independent authors on 2026-12-06, oldest first: (module, fewest names and no-PII
# messages a language, fewest no-PII shapes a language). Each is checked against every set before it.
_ORDER = (names_heldout, names_heldout2, names_heldout3, names_heldout4, names_heldout5, names_heldout6,
          names_heldout7, names_heldout8, names_heldout9, names_heldout10, names_heldout11,
          names_heldout12, names_heldout13, names_heldout14, names_heldout15, names_heldout16,
          names_heldout17, names_heldout18, names_heldout19, names_heldout20, names_heldout21,
          names_heldout22, names_heldout23, names_heldout24)  # fmt: skip
INDEPENDENT = [
    pytest.param(names_heldout8, 315, 155, 40, id="heldout8"),
    pytest.param(names_heldout9, 316, 156, 40, id="heldout9"),
    pytest.param(names_heldout10, 318, 157, 40, id="heldout10"),
    pytest.param(names_heldout11, 320, 158, 42, id="heldout11"),
    pytest.param(names_heldout12, 320, 158, 44, id="heldout12"),
    pytest.param(names_heldout13, 320, 158, 46, id="heldout13"),
    pytest.param(names_heldout14, 320, 158, 48, id="heldout14"),
    pytest.param(names_heldout15, 320, 158, 50, id="heldout15"),
    pytest.param(names_heldout16, 320, 158, 52, id="heldout16"),
    pytest.param(names_heldout17, 320, 158, 52, id="heldout17"),
    pytest.param(names_heldout18, 320, 158, 52, id="heldout18"),
    pytest.param(names_heldout19, 320, 158, 54, id="heldout19"),
    pytest.param(names_heldout20, 320, 158, 56, id="heldout20"),
    pytest.param(names_heldout21, 320, 158, 58, id="heldout21"),
    pytest.param(names_heldout22, 320, 158, 60, id="heldout22"),
    pytest.param(names_heldout23, 320, 158, 68, id="heldout23"),
    pytest.param(names_heldout24, 320, 158, 72, id="heldout24"),
]


@pytest.mark.parametrize(("module", "names_min", "clean_min", "shapes_min"), INDEPENDENT)
def test_the_set_shares_no_full_name_with_any_earlier_set(
    module: ModuleType, names_min: int, clean_min: int, shapes_min: int
) -> None:
    """Kept apart by program: only a count is compared, so a failure prints no held-out name."""
    this = _pairs(module)
    for earlier in _ORDER[: _ORDER.index(module)]:
        assert len(this & _pairs(earlier)) == 0


@pytest.mark.parametrize(("module", "names_min", "clean_min", "shapes_min"), INDEPENDENT)
def test_the_set_has_its_names_clean_messages_and_some_in_one_case(
    module: ModuleType, names_min: int, clean_min: int, shapes_min: int
) -> None:
    names, clean, lower, caps, total = Counter[str](), Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for e in module.load():
        names[e.language] += len(e.gold)
        clean[e.language] += e.kind == "clean"
        lower[e.language] += e.text == e.text.lower()
        caps[e.language] += e.text == e.text.upper()
        total[e.language] += 1
    assert min(names.values()) >= names_min and len(names) == 6
    assert min(clean.values()) >= clean_min and len(clean) == 6
    assert all(0.05 <= lower[lang] / total[lang] <= 0.15 and 0.01 <= caps[lang] / total[lang] <= 0.06 for lang in total)
    assert min(len(shapes) for shapes in module.CLEAN.values()) >= shapes_min


@pytest.mark.parametrize(("module", "names_min", "clean_min", "shapes_min"), INDEPENDENT)
def test_every_gold_span_is_a_name_slot(module: ModuleType, names_min: int, clean_min: int, shapes_min: int) -> None:
    """The frozen file is what `build()` makes, and every word of a gold span is a name of the
    module's lists or an initial: a title, a kinship word or a word of the message never falls
    inside a span."""
    assert dumps(module.build()).encode() == module.PATH.read_bytes()
    words = {
        module._bare(word).lower()
        for groups in module.PEOPLE.values()
        for group in groups
        for names in group
        for name in names
        for word in name.replace("-", " ").split()
    }
    for e in module.load():
        for a, b in e.gold:
            for word in module._bare(e.text[a:b]).lower().replace("-", " ").split():
                assert word in words or (len(word) == 2 and word.endswith(".")), (e.language, a, b)
