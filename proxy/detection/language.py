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

import re
from collections.abc import Sequence

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from proxy.detection.settings import IdentificationSettings

# A long text's language is told by its beginning; the cost of identifying stays bounded.
SAMPLE_CHARS = 1000
# Numbers, e-mail addresses, links and codes: not evidence of any language.
_NOT_LANGUAGE = re.compile(r"\S*(?:\d|@|://|www\.)\S*")


class LanguageGuesser:
    """Identify texts among `languages`; one instance per process (its model is read once).

    Built whatever `settings.enabled` says: that is only the default of the tenants that
    do not choose (`tenants[].identify_language`), and the caller asks per call. Named
    apart from py3langid's own `LanguageIdentifier`, which it wraps.
    """

    def __init__(self, languages: Sequence[str], settings: IdentificationSettings) -> None:
        self.settings = settings
        self._model: LanguageIdentifier | None = None
        model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
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
        if sum(c.isalpha() for c in words) < self.settings.min_letters:
            return fallback
        language, confidence = self._model.classify(words)
        return str(language) if confidence >= self.settings.min_confidence else fallback

    def identify_many(self, texts: Sequence[str], fallback: str) -> list[str]:
        return [self.identify(t, fallback) for t in texts]


def sample(text: str) -> str:
    """What identification reads of `text`: its beginning without numbers, e-mails and links."""
    return _NOT_LANGUAGE.sub(" ", text[:SAMPLE_CHARS])
