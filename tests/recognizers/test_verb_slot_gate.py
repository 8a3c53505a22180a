"""The verb slots' gate (`VerbSlots._any_cue`): one search of every frame's cue words together tells a
text holding none of them, and the frames find exactly what they found without it."""

from __future__ import annotations

import re

import pytest

from bench.corpus import generate
from recognizers import PersonNameRecognizer
from recognizers.verb_slots import FRAMES, VerbSlots

LANGUAGES = sorted(FRAMES)


def _texts(language: str) -> list[str]:
    """The tune split's messages of the language (every entity, and no-PII ones), and each frame's cue
    words alone, inside words, overlapping and in capitals."""
    texts = [m.text for m in generate("tune", per_cell=20, clean=40) if m.language == language]
    for frame in FRAMES[language]:
        for cue in frame.cues:
            texts += [cue, f"xx{cue}yy", cue.upper(), f"Ok {cue[:-1]}", f"{cue[1:]} {cue[:1]}"]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_gate_finds_a_cue_exactly_when_a_frame_has_one(language: str) -> None:
    slots = VerbSlots(language)
    assert slots._any_cue is not None
    held = 0
    for text in _texts(language):
        low = text.lower()
        any_frame = any(cue in low for frame in FRAMES[language] for cue in frame.cues)
        assert (slots._any_cue.search(low) is not None) is any_frame, text
        held += any_frame
    assert held > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_frames_find_the_same_without_the_gate(language: str) -> None:
    recognizer = PersonNameRecognizer(supported_language=language)
    slots = recognizer._verb_slots
    texts = _texts(language) + [
        "Tomorrow Marisol will pick it up",
        "Domani passa a ritirare Fiorenzo, è mio cognato",
        "¿puedo mandar a Xurxo a recogerlo?",
        "falei com a Quitéria ontem",
        "j'ai eu Maëlys au téléphone",
        "Hat Takis Papadopoulos die Torte schon abgeholt?",
    ]

    def found() -> list[list[tuple[int, int]]]:
        return [list(slots.find(t, recognizer._slot_name, recognizer._everyday)) for t in texts]

    gated = found()
    slots._any_cue = re.compile("")  # matches every text: each frame's own test decides
    assert found() == gated
    assert any(gated)


def test_a_language_without_frames_has_no_gate() -> None:
    assert VerbSlots("xx")._any_cue is None
    assert list(VerbSlots("xx").find("Tomorrow Marisol will pick it up", lambda t, s, e: (s, e), str.isalpha)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_frames_tried_are_those_with_a_cue_of_their_own_in_the_text(language: str) -> None:
    """`_tried` tests each distinct cue once for all frames: it keeps exactly the frames, in their order,
    that a test of each frame's own cues keeps (cues inside words, overlapping, shared by frames)."""
    slots = VerbSlots(language)
    for text in _texts(language):
        low = text.lower()
        expected = [k for k, frame in enumerate(FRAMES[language]) if any(cue in low for cue in frame.cues)]
        tried = [k for k, frame in enumerate(slots._frames) if any(frame is t for t in slots._tried(low))]
        assert tried == expected, text
        assert slots._tried(low) == [slots._frames[k] for k in expected]
