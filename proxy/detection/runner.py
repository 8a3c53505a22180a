"""One language's recognizers run over one spaCy doc: Veil's lean analysis loop.

Why not `AnalyzerEngine.analyze`: per message it re-filters the whole
registry (every recognizer × every language), deep-copies every result for
the context enhancer and builds full `NlpArtifacts` (keywords over every
token) even when no recognizer needs them. Measured on the tune split that
bookkeeping cost as much CPU as the recognizers themselves. Here the
recognizers of a language are sorted once, at build:

- NER (`SpacyRecognizer`): spans straight from `doc.ents`, the labels mapped
  as Presidio maps them, at Presidio's NER score (0.85);
- Veil's recognizers and every `PatternRecognizer` (YAML entries included):
  called with `nlp_artifacts=None`, they only read the text; a plain
  `PatternRecognizer` (YAML entries, `IpRecognizer`) runs through
  `fast_pattern_analyze` with its regexes compiled once by the `regex` module
  with Presidio's timeout, which then fails the message closed instead of
  being skipped; a pattern runs only on a text holding the characters every
  match of it needs (`prefilter`: two ":" for IPv6, a digit and three "." for IPv4; each
  text is tested once for every character any pattern of its language needs); the
  checksum recognizers skip each pattern needing a longer run of digits than the text's
  longest, read once a text for all of them (`recognizers/digit_runs.py`);
- anything else (a user's `extra_recognizers` class, a predefined non-pattern
  recognizer): called with real `NlpArtifacts`, built once per text, only if
  the language has such a recognizer.

Context words, thresholds and the allow-list are then applied to each result
(`filters`). A recognizer that raises propagates: the Analyzer turns
it into `DetectionError` (fail closed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any

import regex  # type: ignore[import-untyped]
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

import recognizers
from proxy.detection.filters import NER_RECOGNIZER, Token, boosted, context_screen, context_window
from proxy.detection.prefilter import held, repeated, required
from proxy.detection.settings import DetectionSettings, Span
from recognizers.checksum_pattern_recognizer import ChecksumPatternRecognizer, fast_pattern_analyze
from recognizers.digit_runs import DigitRuns
from recognizers.street_address_recognizer import AddressFacts, StreetAddressRecognizer

NER_SCORE = 0.85  # Presidio's SpacyRecognizer score for every NER entity
NER_MAPPING = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION",
               "FAC": "LOCATION", "LOCATION": "LOCATION", "NORP": "NRP", "ORG": "ORGANIZATION",
               "DATE": "DATE_TIME", "TIME": "DATE_TIME", "MISC": "MISC"}  # fmt: skip
_ENHANCED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
_CERTAIN = 1.0  # the highest score, which no context word changes (`filters.boosted`)
# Never in the grey zone, whichever recognizer found them: a name's shape is any capitalised word.
_NAMES_AND_PLACES = frozenset(NER_MAPPING.values())
# How the loop runs a text-only recognizer (`LanguageRunner._steps_for`).
_FAST, _STREET, _CHECKSUM, _OTHER = 0, 1, 2, 3


class LazyDoc:
    """A text's spaCy doc (tokenizer only), made on first use: `rule_spans` reads tokens only for a
    result whose context words may lift its score, and the model reads the doc only for a text
    `ner_wanted` keeps; two texts in five of the tune split need neither. The same `make_doc` of the same text
    gives the same tokens whenever it runs, so waiting changes no result."""

    __slots__ = ("_doc", "_make", "text")

    def __init__(self, make: Callable[[str], Any], text: str) -> None:
        self._make = make
        self.text = text
        self._doc: Any = None

    @property
    def doc(self) -> Any:
        """The doc, made now if it was not yet."""
        if self._doc is None:
            self._doc = self._make(self.text)
        return self._doc

    def __iter__(self) -> Iterator[Any]:
        return iter(self.doc)


def _text_only(rec: EntityRecognizer) -> bool:
    return isinstance(rec, PatternRecognizer) or type(rec) in recognizers.ALL


class LanguageRunner:
    """The recognizers of one language, sorted by what they need (see module doc)."""

    def __init__(
        self,
        language: str,
        found: Sequence[EntityRecognizer],
        settings: DetectionSettings,
        artifacts: Callable[[Any, str], NlpArtifacts],
        allowed: Callable[[str], bool],
    ) -> None:
        self.language = language
        self.settings = settings
        self._artifacts = artifacts
        self._allowed = allowed
        ner = [r for r in found if isinstance(r, SpacyRecognizer)]
        self.ner_entities = frozenset(e for r in ner for e in r.supported_entities) & set(settings.ner_entities)
        self.text_only = [r for r in found if not isinstance(r, SpacyRecognizer) and _text_only(r)]
        self.with_artifacts = [r for r in found if not isinstance(r, SpacyRecognizer) and not _text_only(r)]
        self.entities = sorted({e for r in found for e in r.supported_entities})
        self.count = len(found)
        self._context = {id(r): tuple(w.lower() for w in r.context or ()) for r in found}
        # One-word context words, kept in the window even when spaCy calls them stop words ("call").
        self._stop_context = {key: frozenset(w for w in words if " " not in w) for key, words in self._context.items()}
        # For each recognizer's context words, a search of the lower-cased text that finds nothing where no
        # window could hold one (`context_screen`): that text's tokens need not be made for its results.
        self._screens: dict[tuple[str, ...], re.Pattern[str] | None] = {}
        self._fast = {id(r): _compiled(r) for r in self.text_only if type(r).analyze is PatternRecognizer.analyze}
        # The street recognizers share what they ask of a text (`AddressFacts`), found once a text.
        self._streets = {id(r): r for r in self.text_only if isinstance(r, StreetAddressRecognizer)}
        # The checksum recognizers share a text's longest digit run (`DigitRuns`), read once a text.
        self._checksums = {
            id(r): r
            for r in self.text_only
            if isinstance(r, ChecksumPatternRecognizer) and type(r).analyze is ChecksumPatternRecognizer.analyze
        }
        # Every character some fast pattern needs: each text is tested for them once (`held`).
        self._needed = frozenset(c for fast in self._fast.values() for _, _, needs in fast for c in needs)
        # What the loop runs for each set of those characters a text holds (`_steps_for`), built on first use.
        self._steps: dict[frozenset[str], tuple[tuple[int, EntityRecognizer, Any], ...]] = {}
        # Recognizers that keep words of the texts they read between calls (`forget`).
        self._forgetting: list[Callable[[], None]] = [
            forget for r in found if callable(forget := getattr(r, "forget", None))
        ]
        for rec in found:
            if not rec.is_loaded:
                rec.load()
                rec.is_loaded = True

    def forget(self) -> None:
        """Drop what the recognizers kept of the texts they read (a word's fold, `GivenNameRecognizer`):
        called at the end of every batch (`Analyzer.analyze`), so no word outlives its message."""
        for forget in self._forgetting:
            forget()

    def spans(self, text: str, doc: Any, extra: Iterable[EntityRecognizer] = (), grey: bool = False) -> list[Span]:
        """Every result at or above its threshold and not allow-listed (may overlap); with
        `grey`, also a structured recognizer's result between `grey_zone.floor` and its
        threshold, marked `grey` (names, places and the other NER entities never are)."""
        return self.rule_spans(text, doc, extra, grey) + self.ner_spans(text, doc)

    def rule_spans(self, text: str, doc: Any, extra: Iterable[EntityRecognizer] = (), grey: bool = False) -> list[Span]:
        """`spans` of every recognizer but the NER: they read only the doc's tokens (context
        words), not its entities, unless the language has a recognizer that needs NLP
        artifacts (`with_artifacts`), so the model can run after them (`engine`)."""
        results: list[tuple[EntityRecognizer, RecognizerResult]] = []
        have = held(text, self._needed) if self._needed else frozenset()
        steps = self._steps.get(have)
        if steps is None:
            steps = self._steps[have] = self._steps_for(have)
        facts = AddressFacts(text)
        runs = DigitRuns(text)
        for kind, rec, data in steps:
            if kind == _FAST:
                found = fast_pattern_analyze(rec, data, text)  # type: ignore[arg-type]
            elif kind == _STREET:
                found = rec.found_in(text, facts)  # type: ignore[attr-defined]
            elif kind == _CHECKSUM:
                if runs.longest < data:
                    continue  # no pattern of it can match a text with no longer digit run
                found = rec.found_in(text, runs)  # type: ignore[attr-defined]
            else:
                found = rec.analyze(text, self.entities, None)  # type: ignore[arg-type]
            if found:  # most recognizers find nothing in most texts
                results += [(rec, r) for r in found]
        for rec in extra:
            found = rec.analyze(text, self.entities, None)  # type: ignore[arg-type]
            if found:
                results += [(rec, r) for r in found]
        if self.with_artifacts:
            artifacts = self._artifacts(doc, self.language)
            for rec in self.with_artifacts:
                results += [(rec, r) for r in rec.analyze(text, self.entities, artifacts)]
        spans: list[Span] = []
        tokens: list[Token] | None = None
        low: str | None = None
        for rec, r in results:
            score = r.score
            # a context word lifts a score to at most 1.0 (`boosted`): one already there stays, window unread
            if rec.context and score != _CERTAIN and not (r.recognition_metadata or {}).get(_ENHANCED):
                words = self._context.get(id(rec)) or tuple(w.lower() for w in rec.context)
                screen = self._screen(words)
                if screen is not None and low is None:
                    low = text.lower()
                # no context word in the text (`context_screen`): no window holds one, so none is read and
                # the doc's tokens are not made for it (`LazyDoc`)
                if screen is None or (low is not None and screen.search(low) is not None):
                    if tokens is None:
                        tokens = [(t.idx, t.lower_, t.is_stop or t.is_punct or t.is_space) for t in doc]
                    keep = self._stop_context.get(id(rec), frozenset())
                    lifted = boosted(score, context_window(tokens, r.start, keep), words)
                    score = score if lifted is None else lifted
            self._keep(spans, text, r.entity_type, r.start, r.end, score, str(getattr(rec, "name", "")), grey)
        return spans

    def _screen(self, words: tuple[str, ...]) -> re.Pattern[str] | None:
        """`context_screen` of a recognizer's context words, built once for each tuple of them (the
        recognizers' class lists: a few dozen)."""
        if words not in self._screens:
            self._screens[words] = context_screen(words)
        return self._screens[words]

    def _steps_for(self, have: frozenset[str]) -> tuple[tuple[int, EntityRecognizer, Any], ...]:
        """The text-only recognizers in their order, each with how it runs on a text holding the
        characters `have` (of `_needed`): a fast pattern recognizer with the patterns those allow,
        left out when they allow none; a street recognizer with the text's `AddressFacts`; a
        checksum recognizer with the shortest digit run its patterns need (`least_run`); any other
        through `analyze`. Read once for each such set (a few dozen at most), not once a text."""
        steps: list[tuple[int, EntityRecognizer, Any]] = []
        for rec in self.text_only:
            fast = self._fast.get(id(rec))
            if fast is not None:
                runnable = [(p, finditer) for p, finditer, needs in fast if needs <= have]
                if runnable:
                    steps.append((_FAST, rec, runnable))
            elif id(rec) in self._streets:
                steps.append((_STREET, rec, None))
            elif (checksum := self._checksums.get(id(rec))) is not None:
                steps.append((_CHECKSUM, rec, checksum.least_run))
            else:
                steps.append((_OTHER, rec, None))
        return tuple(steps)

    def ner_spans(self, text: str, doc: Any) -> list[Span]:
        """The NER entities of `doc` the settings ask for, at or above their threshold."""
        spans: list[Span] = []
        for ent in doc.ents if self.ner_entities else ():
            entity = NER_MAPPING.get(ent.label_)
            if entity in self.ner_entities:
                self._keep(spans, text, entity, ent.start_char, ent.end_char, NER_SCORE, NER_RECOGNIZER)
        return spans

    def _keep(
        self, out: list[Span], text: str, entity: str, start: int, end: int, score: float, name: str, grey: bool = False
    ) -> None:
        if self._allowed(text[start:end]):
            return
        if score >= self.settings.threshold(entity):
            out.append(Span(entity, start, end, round(score, 4), name))
        elif grey and score >= self.settings.grey_zone.floor and entity not in _NAMES_AND_PLACES:
            out.append(Span(entity, start, end, round(score, 4), name, grey=True))


def _compiled(rec: EntityRecognizer) -> list[tuple[Any, Callable[[str], Iterable[Any]], frozenset[str]]]:
    """(pattern, finditer with Presidio's timeout, what a text needs for a match) for a plain
    PatternRecognizer."""
    assert isinstance(rec, PatternRecognizer)  # noqa: S101 - only called for those
    flags = rec.global_regex_flags
    patterns: list[Any] = getattr(rec, "patterns", [])
    compiled = [(p, partial(regex.compile(p.regex, flags).finditer, timeout=REGEX_TIMEOUT_SECONDS)) for p in patterns]
    return [(p, finditer, required(p.regex, flags or 0) | repeated(p.regex, flags or 0)) for p, finditer in compiled]
