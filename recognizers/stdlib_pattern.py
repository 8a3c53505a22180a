"""A Presidio `Pattern` for regexes Veil compiles itself with the stdlib `re`.

Presidio's `Pattern` checks its regex by compiling it with the `regex` module, whose parser
is pure Python: for the street-address cores (tens of thousands of characters in all, each
recognizer built once per language) that check was ~0.5 s of a detector worker's start, for
a compiled pattern nobody uses. The recognizers that build these patterns (street addresses,
checksum identifiers, e-mail) compile every one with `re` right after, which raises on an
invalid regex, so the check is left to that compile. Everything else is Presidio's `Pattern`.
"""

from __future__ import annotations

from presidio_analyzer import Pattern


class StdlibPattern(Pattern):
    """`Pattern` without the `regex`-module check; its owner must compile `regex` with `re`."""

    @staticmethod
    def _Pattern__validate_regex(pattern: str) -> None:  # noqa: N802 - overrides Pattern's private check
        """Nothing here: the owning recognizer's `re.compile` of the pattern is the check."""
