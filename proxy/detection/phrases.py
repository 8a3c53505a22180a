"""Word lists as regex alternations, for the "whose place" modules (`business`, `shop_talk`, `german_shop`).

One helper, so that every list of phrases is matched the same way: longest first (an alternation
takes its first match, so "sede legale" must come before "sede"), and a space inside a phrase
matching any run of blanks, no-break spaces included, as chat types them.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex  # type: ignore[import-untyped]

BLANKS = r"[ \t\u00a0]+"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of blanks."""
    return "|".join(regex.escape(p).replace(r"\ ", BLANKS) for p in sorted(words, key=len, reverse=True))
