"""Word lists as regex alternations, for the post-filters (`business`, `shop_talk`, `shop_people`, ...).

One helper, so that every list of phrases is matched the same way: longest first (an alternation
takes its first match, so "sede legale" must come before "sede"), and a space inside a phrase
matching any run of blanks, no-break spaces included, as chat types them.

Phrases of one length are in alphabetical order (`longest_first`): two of them cannot both match at
one place unless they differ in case only, and then they match the same text, so their order does
not change a match; but it is the pattern's text, and a text that changes from process to process
(a set's order) is compiled anew by every detector worker instead of found among the patterns
compiled with Veil (`regex_compiled`).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex  # type: ignore[import-untyped]

BLANKS = r"[ \t\u00a0]+"


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` longest first, those of one length in alphabetical order: the same list in every process."""
    return sorted(words, key=lambda word: (-len(word), word))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of blanks."""
    return "|".join(regex.escape(p).replace(r"\ ", BLANKS) for p in longest_first(words))
