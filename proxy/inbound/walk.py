"""Pure JSON walking: find every scalar with its path and rule, and substitute new values.

`select(doc, classify)` lists every scalar leaf (strings, numbers; booleans and nulls
carry no PII and are skipped) with the `Rule` the classifier gives its path, and every
object key that is not a plain field name (`FIELD_NAME`: a phone number, an e-mail or a
name with a space used as a key), as a `key` slot to examine: a CRM integration that keys
a map by customer would otherwise forward them in clear. `rename_keys(doc, renames)`
returns a copy with those keys replaced.
`substitute(doc, changes)` returns a new document with the values at the given paths
replaced; the input is never mutated (containers on a changed path are copied, the
rest is shared), so a sealed update can be retried from the same parsed object.
This module is the only one where untyped JSON (`Any`) is walked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from proxy.vault import Shape

JsonPath = tuple[str | int, ...]
Action = Literal["pass", "ident", "entity", "text", "coord", "media_url", "media_id", "json", "examine", "recipient"]
MAX_DEPTH = 64
# A key like Meta's own ("wa_id", "brand_new", "metadata.source"): left alone. Anything
# else (digits first, "+", "@", spaces, non-ASCII) is examined like an unknown value.
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]{0,127}")


@dataclass(frozen=True, slots=True)
class Rule:
    """What a field is. `ident`: an identifier (alias kind when it names a customer);
    `entity`: a known entity type, owned by the update's subject; `text`: free text;
    `examine`: unknown, decided by the value's shape (walk never guesses silently)."""

    action: Action
    entity: str = ""
    shape: Shape = Shape.TEXT
    alias: str = ""


EXAMINE_KEY = Rule("examine")


@dataclass(frozen=True, slots=True)
class Slot:
    path: JsonPath
    value: str | int | float
    rule: Rule
    parent: Mapping[str, Any] | None  # the object holding the value, for sibling-dependent rules
    key: bool = False  # the slot is the last key of `path` itself, not the value under it


def select(doc: Any, classify: Callable[[JsonPath], Rule]) -> list[Slot]:
    """Every str/int/float leaf of `doc`, in document order, with its rule."""
    out: list[Slot] = []
    _leaves(doc, (), None, classify, 0, out)
    return out


def _leaves(
    node: Any,
    path: JsonPath,
    parent: Mapping[str, Any] | None,
    classify: Callable[[JsonPath], Rule],
    depth: int,
    out: list[Slot],
) -> None:
    """Appends to one list rather than yielding: a nested `yield from` hands every leaf up
    through each level above it, and parsed JSON is ~8 levels deep. `type(...) is` first
    because parsed JSON is plain dicts and lists and an ABC `isinstance` costs 10x more."""
    if depth > MAX_DEPTH:
        raise ValueError("JSON nested too deeply")
    kind = type(node)
    if kind is str or kind is int or kind is float:
        out.append(Slot(path, node, classify(path), parent))
    elif kind is dict or (kind is not list and isinstance(node, Mapping)):
        for key, child in node.items():
            if type(key) is str and not FIELD_NAME.fullmatch(key):
                out.append(Slot((*path, key), key, EXAMINE_KEY, node, key=True))
            _leaves(child, (*path, key), node, classify, depth + 1, out)
    elif kind is list or isinstance(node, list):
        for i, child in enumerate(node):
            _leaves(child, (*path, i), parent, classify, depth + 1, out)
    elif kind is bool or node is None:
        return
    elif isinstance(node, str | int | float):  # subclasses (bool was handled above)
        out.append(Slot(path, node, classify(path), parent))


def substitute(doc: Any, changes: Mapping[JsonPath, Any]) -> Any:
    """A copy of `doc` with `changes[path]` at each path; `doc` itself is left untouched."""
    if not changes:
        return doc
    if () in changes:
        return changes[()]
    heads: dict[str | int, dict[JsonPath, Any]] = {}
    for path, value in changes.items():
        heads.setdefault(path[0], {})[path[1:]] = value
    if isinstance(doc, Mapping):
        out = dict(doc)
        for key, sub in heads.items():
            if key not in out:
                raise KeyError("substitution path not in document")
            out[key] = substitute(out[key], sub)
        return out
    if isinstance(doc, list):
        copy = list(doc)
        for index, sub in heads.items():
            if not isinstance(index, int):
                raise KeyError("substitution path not in document")
            copy[index] = substitute(copy[index], sub)
        return copy
    raise KeyError("substitution path not in document")


def rename_keys(doc: Any, renames: Mapping[JsonPath, str]) -> Any:
    """A copy of `doc` with the last key of each path renamed; `doc` is left untouched.

    Deepest paths first, so a renamed key's own children are found under its old name.
    """
    for path in sorted(renames, key=len, reverse=True):
        doc = _rename(doc, path, renames[path])
    return doc


def _rename(node: Any, path: JsonPath, new: str) -> Any:
    head = path[0]
    if isinstance(node, Mapping):
        if head not in node:
            raise KeyError("rename path not in document")
        if len(path) == 1:
            return {(new if k == head else k): v for k, v in node.items()}
        out = dict(node)
        out[head] = _rename(node[head], path[1:], new)
        return out
    if isinstance(node, list) and isinstance(head, int) and len(path) > 1:
        copy = list(node)
        copy[head] = _rename(node[head], path[1:], new)
        return copy
    raise KeyError("rename path not in document")
