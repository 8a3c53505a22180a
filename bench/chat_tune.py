"""What the chat tune sets (`bench.names_tune_chat`, `bench.names_tune6`, `bench.names_tune7`)
share: templates filled with drawn names and their gold spans, and the runner that scores the
rules on them. Each set keeps its own templates, name sources and slot kinds; the runner is
one, so their figures are comparable and a fix to the scoring reaches all of them."""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

Gold = tuple[tuple[int, int], ...]
Example = tuple[str, str, Gold]  # (language, text, name spans; none for a no-PII message)


def fill(
    templates: Iterable[str], repeats: int, slot: re.Pattern[str], value: Callable[[str], str]
) -> Iterator[tuple[str, Gold]]:
    """Every template filled `repeats` times, a slot's kind handed to `value`, in order (the draw
    order is part of each set's data). A template starting "~" is lower-cased after filling."""
    for template in templates:
        lower = template.startswith("~")
        template = template.removeprefix("~")
        for _ in range(repeats):
            text, gold, pos = "", [], 0
            for match in slot.finditer(template):
                text += template[pos : match.start()]
                filled = value(match.group(1))
                gold.append((len(text), len(text) + len(filled)))
                text += filled
                pos = match.end()
            text += template[pos:]
            if lower:
                assert len(text.lower()) == len(text)  # noqa: S101 - offsets must survive
                text = text.lower()
            yield text, tuple(gold)


def drawn(
    templates: Iterable[str], repeats: int, slot: re.Pattern[str], seed: str, pools: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, Gold]]:
    """`fill` with a set's own seeded draw: {n} a given name and a surname, {f} a given name, {s} a
    surname, {u} a full name in capitals, any other slot a value of `pools[slot]` ("first" and
    "surnames" are the given names and surnames). A given name and a surname are drawn for every
    slot, used or not: the draw order is part of each set's data."""
    rng = random.Random(seed)

    def value(kind: str) -> str:
        f, s = rng.choice(pools["first"]), rng.choice(pools["surnames"])
        fixed = {"n": f"{f} {s}", "f": f, "s": s, "u": f"{f} {s}".upper()}
        return fixed[kind] if kind in fixed else rng.choice(pools[kind])

    yield from fill(templates, repeats, slot, value)


def examples(language: str, named: Iterable[tuple[str, Gold]], clean: Sequence[str]) -> list[Example]:
    """Name messages, then the no-PII ones ("~" lower-cased as in `fill`)."""
    no_pii = [t.removeprefix("~").lower() if t.startswith("~") else t for t in clean]
    return [(language, t, g) for t, g in named] + [(language, t, ()) for t in no_pii]


def covered(gold: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    start, end = gold
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def print_unknown_share(
    langs: Sequence[str], first: Mapping[str, Sequence[str]], surnames: Mapping[str, Sequence[str]]
) -> None:
    """Print, per language, the share of a set's given names and of its surnames that
    `recognizers/data/given_names*.tsv` lack: a set whose names the lists all hold would measure
    the lists, not the rules."""
    data = Path(__file__).resolve().parent.parent / "recognizers" / "data"
    known = {
        line.split("\t")[0].lower()
        for file in data.glob("given_names*.tsv")
        for line in file.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }

    def absent(words: Sequence[str]) -> float:
        return sum(w.lower() not in known for w in words) / len(words)

    for lang in langs:
        print(
            f"{lang}: not in given_names*.tsv: {absent(first[lang]):.0%} of given names, "
            f"{absent(surnames[lang]):.0%} of surnames"
        )


def main(description: str, langs: Sequence[str], examples_of: Callable[[str], list[Example]]) -> None:
    """Score the rules alone (en/fr models, no own pipelines) on a set: names protected and
    no-PII messages unchanged per language; `--show N` prints misses and false spans."""
    from bench.corpus import REGION
    from proxy.detection.detector import DetectionSettings, build_analyzer
    from proxy.detection.settings import DEFAULT_MODELS

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses / wrongly reported spans")
    parser.add_argument("--lang", choices=langs, action="append", help="only these languages")
    args = parser.parse_args()
    rules_only = {lang: m for lang, m in DEFAULT_MODELS.items() if lang in ("en", "fr")}
    analyzer = build_analyzer(DetectionSettings(models=rules_only))
    shown = itertools.count()
    print(f"{'lang':4} {'names':>5} {'protected':>9} {'no-PII unchanged':>22}")
    for language in args.lang or langs:
        rows = examples_of(language)
        preds: list[list[tuple[int, int]]] = []
        for i in range(0, len(rows), 32):
            batch = [text for _, text, _ in rows[i : i + 32]]
            for found in analyzer.analyze(batch, language=language, regions=[REGION[language]]):
                preds.append([(s.start, s.end) for s in found])
        names = hit = clean = same = 0
        for (_, text, gold), spans in zip(rows, preds, strict=True):
            if gold:
                bad = [text[a:b] for a, b in gold if not covered((a, b), spans, text)]
                names, hit = names + len(gold), hit + len(gold) - len(bad)
            else:
                clean, same = clean + 1, same + (not spans)
                bad = [text[a:b] for a, b in spans]
            if bad and next(shown) < args.show:
                print(f"  {language} {'miss' if gold else 'FP  '} {bad!r} in {text!r}")
        print(f"{language:4} {names:5d} {hit / names:9.3f} {same:8d}/{clean} = {same / clean:.3f}")
