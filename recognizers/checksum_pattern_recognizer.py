"""Base for regex + check-digit recognizers.

Why not plain `PatternRecognizer` + `validate_result -> True`: Presidio then sets
every validated match to score 1.0, so a bare 11-digit order number that happens
to pass a 1-in-10 checksum would be as certain as a formatted CPF. Here a failed
check drops the match (False) and a passed one keeps the *pattern's* score
(None), so formatted shapes score high and bare digit runs score low until a
context word lifts them above the threshold.

Subclasses set `ENTITY`, `PATTERNS` ((name, regex, score) tuples: fresh
`Pattern` objects are built per instance because Presidio caches the compiled
regex on the Pattern), `CONTEXT` (lower-case words in every supported language,
matched as substrings of lower-cased tokens), optionally `CASE_SENSITIVE`, and
implement `checksum(normalised)`. `normalise` strips separators and upper-cases.

`analyze` is Presidio's pattern loop without its per-call bookkeeping (two
clock reads, a log call and a result object per pattern and text, then a
dedupe): Veil runs ~15 of these per message, so that bookkeeping cost more CPU
than the regexes. Veil's own patterns are linear (no nested quantifiers), so
they are compiled once with the stdlib `re` (through `factored`: most begin with a lookbehind,
after which `re` would try them at every position); a YAML pattern still goes through
Presidio's loop with its regex timeout. A pattern whose every match holds more digits in a
row than the text's longest run is not scanned (`digit_runs`: the bare CPF's eleven digits in a
message whose phone is typed in pairs). Behaviour is Presidio's: a match
failing `validate_result` is dropped, `True` scores 1.0, `None` keeps the
pattern's score, and every result carries an `AnalysisExplanation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers import factored
from recognizers.digit_runs import DigitRuns, digit_run
from recognizers.stdlib_pattern import StdlibPattern

_SEPARATORS = re.compile(r"[\s.\-/]")


class ChecksumPatternRecognizer(PatternRecognizer):
    """A pattern recognizer whose matches must pass `checksum` (see module doc)."""

    ENTITY = "GENERIC_ID"
    PATTERNS: tuple[tuple[str, str, float], ...] = ()
    CONTEXT: tuple[str, ...] = ()
    CASE_SENSITIVE = False

    def __init__(self, supported_language: str = "en") -> None:
        flags = re.DOTALL | re.MULTILINE | (0 if self.CASE_SENSITIVE else re.IGNORECASE)
        patterns: list[Pattern] = [StdlibPattern(name, rx, score) for name, rx, score in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=patterns,
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=flags,
        )
        # `factored`: the same matches, and the search skips to the characters a match can begin with
        self.compiled = [(p, factored.compile(p.regex, flags).finditer) for p in patterns]
        # the digits in a row each pattern's every match holds (`digit_runs`): a text with no such run skips it
        self.digit_runs = [digit_run(p.regex, flags) for p in patterns]
        # the shortest of them: a text whose longest run is shorter has no pattern to scan, so `found_in`
        # finds nothing there and the runner need not call it (a subclass's `found_in` only filters the base's)
        self.least_run = min(self.digit_runs, default=0)
        # the patterns `found_in` scans for each longest run a text may have, kept on first use: runs past the
        # longest any pattern needs scan them all, so there are a few dozen at most
        self._most_run = max(self.digit_runs, default=0)
        self._by_run: dict[int, list[tuple[Pattern, Callable[[str], Iterable[re.Match[str]]]]]] = {}

    @staticmethod
    def normalise(text: str) -> str:
        return _SEPARATORS.sub("", text).upper()

    def checksum(self, normalised: str) -> bool:
        """Subclasses override; the base accepts everything."""
        return True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if self.checksum(self.normalise(pattern_text)) else False

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        return self.found_in(text, DigitRuns(text))

    def found_in(self, text: str, runs: DigitRuns) -> list[RecognizerResult]:
        """`analyze`, with the text's longest digit run read once for every recognizer (`DigitRuns`):
        a pattern whose every match holds a longer run than the text has is not scanned."""
        longest = min(runs.longest, self._most_run)
        compiled = self._by_run.get(longest)
        if compiled is None:  # read once for each run length (`__init__`), not once a text
            pairs = zip(self.compiled, self.digit_runs, strict=True)
            compiled = self._by_run[longest] = [c for c, needs in pairs if not needs or needs <= longest]
        return fast_pattern_analyze(self, compiled, text) if compiled else []


def fast_pattern_analyze(
    rec: PatternRecognizer, compiled: Sequence[tuple[Pattern, Callable[[str], Iterable[re.Match[str]]]]], text: str
) -> list[RecognizerResult]:
    """Presidio's `PatternRecognizer` semantics, minus its per-call overhead (module doc).

    `compiled` pairs each pattern with its `finditer`; unlike Presidio, a regex
    timeout is not swallowed (a silently skipped pattern would pass PII): it
    propagates and the message fails closed.
    """
    results: list[RecognizerResult] = []
    name = str(getattr(rec, "name", ""))
    for pattern, finditer in compiled:
        for match in finditer(text):
            start, end = match.span()
            if start == end:
                continue
            value = text[start:end]
            valid = rec.validate_result(value)
            if valid is False or rec.invalidate_result(value):
                continue
            score = EntityRecognizer.MAX_SCORE if valid else pattern.score
            explanation = AnalysisExplanation(
                recognizer=name, original_score=score, pattern_name=pattern.name, pattern=pattern.regex
            )
            meta = {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id}
            results.append(RecognizerResult(rec.supported_entities[0], start, end, score, explanation, meta))
    return EntityRecognizer.remove_duplicates(results) if len(results) > 1 else results
