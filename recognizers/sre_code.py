"""The code `re` compiles a pattern to, written to a file once and turned back into pattern objects.

Why: `re.compile` parses a pattern and compiles it to a list of integers (its "code"), then
builds the pattern object from that list with `_sre.compile` in a couple of milliseconds. The
first two steps are where the time goes for long patterns, and a detector worker compiles the
same long patterns every time it starts (spaCy's tokenizers, `proxy/detection/compiled.py`;
the rules' grouped alternations, `factored.py`). Both keep the code of those patterns in a file
built with Veil and rebuild the objects from it; this module is the file's format, shared by the
two (it lives here because recognizers may not import Veil's `proxy` package).

What keeps this exact: the code depends on the interpreter besides the pattern (Python's minor
version, `_sre.MAGIC`, `_sre.CODESIZE`, the Unicode database that case-insensitive classes are
folded with), so a file is used only where all of these match (`environment`), and
`_sre.compile` validates the code it is given (it raises `RuntimeError` on a bad one).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's C engine: builds a pattern object from its code
import json
import lzma
import re
import sys
import unicodedata
from collections.abc import Iterable
from typing import Any


def environment() -> dict[str, Any]:
    """What the compiled code depends on besides the pattern: it must match to use a file."""
    return {
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "sre_magic": _sre.MAGIC,
        "sre_codesize": _sre.CODESIZE,
        "unicodedata": unicodedata.unidata_version,
        "maxunicode": sys.maxunicode,
    }


def entry(pattern: str, flags: int, state: Any, code: list[int]) -> dict[str, Any]:
    """One file entry: `pattern` compiled under `flags` to `code`, with what `_sre.compile` needs
    of the parser's `state` (its flags, groups and their names)."""
    indexgroup: list[str | None] = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    return {
        "pattern": pattern,
        "flags": flags,
        "state_flags": flags | state.flags,
        "groups": state.groups - 1,
        "groupindex": dict(state.groupdict),
        "indexgroup": indexgroup,
        "code": ",".join(str(int(n)) for n in code),  # text, read into numbers only when built (`build`)
    }


def build(one: dict[str, Any]) -> re.Pattern[str]:
    """The pattern object of one entry (`_sre.compile` validates the code and raises if it is bad)."""
    code = [int(n) for n in one["code"].split(",")]
    compiled: re.Pattern[str] = _sre.compile(
        one["pattern"], one["state_flags"], code, one["groups"], one["groupindex"], tuple(one["indexgroup"])
    )
    return compiled


def dump(entries: Iterable[dict[str, Any]]) -> bytes:
    """A file's bytes: the environment and the entries (sorted: the same patterns give the same
    bytes), as xz-compressed JSON. The code is written as numbers in a text ("17,4,0,…"): it compresses to a
    fifth of what base64 would, and a file read keeps one string an entry, not a Python int a number
    (1.3 million of them for the rules' patterns: 47 MiB of a worker's RSS when they were lists)."""
    ordered = sorted(entries, key=lambda one: (one["pattern"], one["flags"]))
    body = {"environment": environment(), "entries": ordered}
    return lzma.compress(json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8"), preset=9)


def entries(data: bytes) -> list[dict[str, Any]] | None:
    """The entries of a file's bytes; None when it was built for another interpreter."""
    body = json.loads(lzma.decompress(data))
    if body.get("environment") != environment():
        return None
    found: list[dict[str, Any]] = body["entries"]
    return found
