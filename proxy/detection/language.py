"""Per-message language: which configured language a customer's text is written in.

A tenant's `language` says what its shop speaks, not what its customers write: an
Italian tourist writes to a London shop in Italian, a Swiss customer in French or
German. Analysing a text in the wrong language costs detection (the French model
finds names the English one does not; stop words decide how far back a context
word such as "partita IVA" is seen), so each free text is identified on its own.

Why py3langid (langid.py's model on numpy, BSD): its model (about 4.5 MB) ships
inside the wheel, nothing downloads at run time; restricted to the configured
languages (`set_languages`) it identifies a short chat message in 20-35 µs
of one core, and its probabilities (`norm_probs`) give the confidence the
fallback rule needs. lingua-language-detector was less accurate on the held-out
chat messages (0.938 against 0.954 when forced to pick), four times slower in its
accurate mode, a 96 MB wheel and twice the memory; fastText-based identifiers need a
model file fetched at run time. Its cost: about 48 MiB a worker.
The measurements are in docs/detection.md ("Per-message language").

Its model ships LZMA-compressed with all 142 languages; decompressing it was 0.45-0.8 s of
a worker's start, for six columns of its weight table. Veil ships the same model cut to the
six languages it supports (`defaults/langid_model.npz.xz`, 0.8 MB, written by
`scripts/build_langid_model.py` from the installed package's model): the same tokenizer
tables and the same weights for those six, so the same choices, read in ~0.1 s. It is used
when every configured language is among the six and it was cut from the model installed
(py3langid's version and the model file's size, `defaults/langid_model.json`); otherwise
the package's own model is read, as before (one INFO line says so).

Rules, and why:

- Only the configured languages (`detection.languages`) can be chosen: a
  language without recognizers cannot be analysed, and a smaller choice is a
  more accurate one. Languages the model does not know are never chosen.
- What is not language is left out before identifying: words holding a digit,
  `@` or `://` (numbers, e-mail addresses, links are the PII itself, and
  letters-and-digits codes are shop talk in every language).
- Too short to tell (fewer than `min_letters` letters left) or not sure
  enough (best probability below `min_confidence`): the caller's language
  (the tenant's), so a short "ok", "grazie" or a bare number keeps today's
  analysis.
"""

from __future__ import annotations

import json
import logging
import lzma
import re
from collections.abc import Sequence
from importlib.metadata import version
from itertools import islice
from pathlib import Path

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

from proxy.detection.settings import IdentificationSettings

log = logging.getLogger("veil.detection")

# A long text's language is told by its beginning; the cost of identifying stays bounded.
SAMPLE_CHARS = 1000
# Numbers, e-mail addresses, links and codes: not evidence of any language.
_NOT_LANGUAGE = re.compile(r"\S*(?:\d|@|://|www\.)\S*")
# py3langid's model cut to Veil's six languages (module doc), and what it was cut from.
SHIPPED_MODEL = Path(__file__).resolve().parent / "defaults" / "langid_model.npz.xz"
SHIPPED_STAMP = SHIPPED_MODEL.with_name("langid_model.json")


class LanguageGuesser:
    """Identify texts among `languages`; one instance per process (its model is read once).

    Built whatever `settings.enabled` says: that is only the default of the tenants that
    do not choose (`tenants[].identify_language`), and the caller asks per call. Named
    apart from py3langid's own `LanguageIdentifier`, which it wraps.
    """

    def __init__(self, languages: Sequence[str], settings: IdentificationSettings) -> None:
        self.settings = settings
        self._model: LanguageIdentifier | None = None
        model = load_identifier(languages)
        self.languages = tuple(lang for lang in languages if lang in set(model.nb_classes))
        if len(self.languages) > 1:  # one language (or none the model knows): nothing to choose
            model.set_languages(list(self.languages))
            # py3langid keeps the unrestricted table (all 142 classes) to allow another
            # `set_languages`; Veil never asks for one, and dropping it saves 26 MiB a worker.
            model._full_model = (model.nb_ptc, model.nb_pc, model.nb_classes)
            self._model = model

    def identify(self, text: str, fallback: str) -> str:
        """The language of `text` among the configured ones, else `fallback`."""
        if self._model is None:
            return fallback
        words = sample(text)
        if not enough_letters(words, self.settings.min_letters):
            return fallback
        language, confidence = self._model.classify(words)
        return str(language) if confidence >= self.settings.min_confidence else fallback

    def identify_many(self, texts: Sequence[str], fallback: str) -> list[str]:
        return [self.identify(t, fallback) for t in texts]


def sample(text: str) -> str:
    """What identification reads of `text`: its beginning without numbers, e-mails and links."""
    return _NOT_LANGUAGE.sub(" ", text[:SAMPLE_CHARS])


def enough_letters(words: str, least: int) -> bool:
    """Whether `words` holds at least `least` letters (`str.isalpha`): counted in C up to `least`, not to the
    end of the text."""
    return least <= 0 or next(islice(filter(str.isalpha, words), least - 1, None), None) is not None


def source_stamp() -> dict[str, object]:
    """What the shipped model was cut from: py3langid's version and its model file's size."""
    return {"py3langid": version("py3langid"), "model_bytes": (MODEL_DIR / MODEL_FILE).stat().st_size}


def load_identifier(languages: Sequence[str]) -> LanguageIdentifier:
    """The shipped six-language model when it serves `languages` (module doc), else py3langid's own."""
    try:
        stamp = json.loads(SHIPPED_STAMP.read_text(encoding="utf-8"))
        if not set(languages) <= set(stamp["languages"]):
            return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if {k: stamp.get(k) for k in ("py3langid", "model_bytes")} != source_stamp():
            raise ValueError("cut from another py3langid model")
        ptc, pc, classes, nextmove, row, output = load_model(SHIPPED_MODEL)
    except (OSError, ValueError, KeyError, TypeError, EOFError, lzma.LZMAError) as exc:
        log.info(
            "detection: the shipped language model is not used (%s); reading py3langid's own (a slower start)",
            type(exc).__name__,
        )
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
