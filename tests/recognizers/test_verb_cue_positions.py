"""The verb frames tried (`VerbSlots._tried`), found by one search per position a cue begins at, longest
cue first (`_cue_at`, `_frames_within`): exactly the frames a test of each frame's own cues keeps, in
their order, where cues nest, overlap or repeat. Strings built from the frames' own cue words."""

from __future__ import annotations

import re

import pytest

from recognizers.verb_slots import FRAMES, VerbSlots

LANGUAGES = sorted(FRAMES)


def _expected(slots: VerbSlots, language: str, low: str) -> list[object]:
    return [slots._frames[k] for k, frame in enumerate(FRAMES[language]) if any(cue in low for cue in frame.cues)]


def _overlapping(language: str) -> list[str]:
    """Two cues run together where the end of one is the start of the other, and one cue inside another
    past its first letter: the cases a search that moved past a whole match would miss."""
    cues = sorted({cue for frame in FRAMES[language] for cue in frame.cues})
    texts = []
    for a in cues:
        for b in cues:
            if a != b and b in a[1:]:
                texts.append(f"x {a} y")
            for k in range(1, min(len(a), len(b))):
                if a[-k:] == b[:k]:
                    texts.append(f"{a}{b[k:]}")
                    break
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_overlapping_and_nested_cues_keep_every_frame(language: str) -> None:
    slots = VerbSlots(language)
    texts = _overlapping(language)
    assert texts
    for text in texts:
        low = text.lower()
        assert slots._tried(low) == _expected(slots, language, low), text


def test_each_position_a_cue_begins_at_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "ask for" holds "ask", "ask for" and "for", "told me" holds "told": one search a cue's position,
    one more that finds none, and no substring test of every cue."""
    slots = VerbSlots("en")
    assert slots._cue_at is not None
    real: re.Pattern[str] = slots._cue_at
    starts: list[int] = []

    class Counting:
        def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
            starts.append(pos)
            return real.search(text, pos)

    monkeypatch.setattr(slots, "_cue_at", Counting())
    low = "could you ask for the blue one, the lady told me"
    positions = sorted({i for cue in {c for f in FRAMES["en"] for c in f.cues} for i in _at(low, cue)})
    assert slots._tried(low) == _expected(slots, "en", low)
    assert len(starts) == len(positions) + 1


def _at(text: str, cue: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(cue, i)]
