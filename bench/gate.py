"""`python -m bench.gate`: the zero-LOST gate a round of detection rules must pass before it lands.

A rule written from one message can break another that was right: a name protected before is
now forwarded in clear, or a no-PII message left alone is now tokenised. The figures of
`bench.names` hide such a swap (one name gained, one lost reads as no change), so every round
dumps the shipped analyzer's spans over every message it may read, before and after, and lands
only when nothing is lost:

    python -m bench.gate dump /tmp/before.json        # on main
    python -m bench.gate dump /tmp/after.json         # on the round's tree
    python -m bench.gate diff /tmp/before.json /tmp/after.json

The messages are those of the tune sets (`bench/names_tune*.py`, `bench/nopii_tune*.py`) and of
the retired held-out name sets (`bench.names.RETIRED`); a set that still measures is never
dumped, so its misses cannot be read by accident. `diff --same` also checks that every span is
identical (for changes that must not move detection at all: speed, refactors).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import bench
from bench.corpus import LANGUAGES, REGION
from bench.names import RETIRED, SETS, _models
from bench.names import covered as names_covered

TUNE = re.compile(r"(names_tune|nopii_tune)\w*")
BATCH = 32
Row = tuple[str, list[list[int]]]  # text, gold name spans


def _gold(item: Any, lang: str | None) -> tuple[str, str, list[list[int]]]:
    """(language, text, gold) of a bench example: a dataclass, or (lang[, kind], text, gold)."""
    if hasattr(item, "text"):
        return getattr(item, "language", lang) or "", item.text, [list(g)[:2] for g in item.gold or ()]
    if len(item) == 4:
        language, _, text, gold = item
    else:
        language, text, gold = item
    return language, text, [list(g)[:2] for g in gold or ()]


def _tune_rows(name: str) -> dict[str, list[Row]]:
    examples = getattr(importlib.import_module(f"bench.{name}"), "examples", None)
    if examples is None:
        return {}
    out: dict[str, list[Row]] = {}
    if not inspect.signature(examples).parameters:
        batches: Iterable[tuple[str | None, Iterable[Any]]] = [(None, examples())]
    else:
        module = sys.modules[f"bench.{name}"]
        langs = getattr(module, "LANGS", None) or list(getattr(module, "REGIONS", None) or ()) or LANGUAGES
        batches = [(lang, _or_empty(examples, lang)) for lang in langs]
    for lang, items in batches:
        for item in items:
            language, text, gold = _gold(item, lang)
            out.setdefault(f"{name}/{language}", []).append((text, gold))
    return out


def _or_empty(examples: Any, lang: str) -> list[Any]:
    try:
        return list(examples(lang))
    except KeyError:  # a set with no messages in this language
        return []


def collect(retired: Sequence[str] = RETIRED) -> dict[str, list[Row]]:
    """Every readable message, keyed "module/lang" and "retired_<set>/lang"."""
    measuring = set(retired) - set(RETIRED)
    if measuring:
        raise SystemExit(f"{sorted(measuring)} still measure: their messages are not dumped")
    out: dict[str, list[Row]] = {}
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if TUNE.fullmatch(info.name) and not info.name.endswith("_data"):
            out.update(_tune_rows(info.name))
    for name in retired:
        for e in SETS[name]():
            out.setdefault(f"retired_{name}/{e.language}", []).append((e.text, [list(g) for g in e.gold]))
    return out


def dump(path: Path) -> None:
    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings(**_models(True)))
    result: dict[str, list[dict[str, Any]]] = {}
    for key, rows in collect().items():
        lang = key.split("/")[1]
        texts = [text for text, _ in rows]
        spans = []
        for i in range(0, len(texts), BATCH):
            found = analyzer.analyze(texts[i : i + BATCH], language=lang, regions=[REGION[lang]])
            spans += [[[s.start, s.end, s.entity, s.recognizer] for s in one] for one in found]
        result[key] = [{"text": t, "gold": g, "spans": s} for (t, g), s in zip(rows, spans, strict=True)]
    path.write_text(json.dumps(result))
    print(f"{sum(map(len, result.values()))} messages in {len(result)} sets -> {path}")


def covered(gold: Sequence[int], spans: Sequence[Sequence[Any]], text: str) -> bool:
    """`bench.names.covered` (the figure `bench.names` reports) for a dump's spans, which carry their
    entity and recognizer after the offsets."""
    return names_covered((gold[0], gold[1]), [(s[0], s[1]) for s in spans], text)


def compare(before: dict[str, Any], after: dict[str, Any]) -> tuple[int, int, list[str], list[str]]:
    """(names gained, no-PII messages gained, what was lost, what changed at all), one line each."""
    names = clean = 0
    lost: list[str] = []
    moved: list[str] = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key, []), after.get(key, [])
        if [r["text"] for r in a] != [r["text"] for r in b]:
            raise SystemExit(f"{key}: the two dumps hold other messages; dump both from the same sets")
        for x, y in zip(a, b, strict=True):
            if x["spans"] != y["spans"]:
                moved.append(f"{key}: {x['text']!r}")
            for g in x["gold"]:
                was, now = covered(g, x["spans"], x["text"]), covered(g, y["spans"], y["text"])
                names += now - was
                if was and not now:
                    lost.append(f"{key} name {x['text'][g[0] : g[1]]!r} in {x['text']!r}")
            if not x["gold"]:
                was_clean, now_clean = not x["spans"], not y["spans"]
                clean += now_clean - was_clean
                if was_clean and not now_clean:
                    lost.append(f"{key} no-PII changed in {x['text']!r}")
    return names, clean, lost, moved


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    diff = sub.add_parser("diff")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    diff.add_argument("--show", type=int, default=50, help="print up to N lost messages")
    diff.add_argument("--same", action="store_true", help="fail when any span moved at all")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out)
        return
    names, clean, lost, moved = compare(json.loads(args.before.read_text()), json.loads(args.after.read_text()))
    for line in lost[: args.show]:
        print("LOST", line)
    print(f"names {names:+d}, no-PII messages {clean:+d}, LOST {len(lost)}, messages whose spans moved {len(moved)}")
    if lost or (args.same and moved):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
