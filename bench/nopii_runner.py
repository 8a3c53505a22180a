"""The runner the no-PII tune sets share (`bench.nopii_tune`, `nopii_tune2`, `nopii_tune3`).

Each set is its own vocabulary, written apart; what they have in common is how a round reads
them: per language and kind, no-PII messages left unchanged and the controls' names protected
(every character of each gold span inside some span, whatever its entity), with the whole
default analyzer, one language's messages in batches with that language's phone region.
`--show N` prints changed messages and misses, `--dump`/`--against` what a change alters.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

Example = tuple[str, str, str, tuple[tuple[int, int], ...]]  # language, kind, text, gold name spans
BATCH = 32


def covered(gold: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """True when every non-space character of `gold` lies inside a detected span."""
    start, end = gold
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def fill(
    template: str, slot: re.Pattern[str], values: Mapping[str, str], gold_slots: Container[str] | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The template with its slots filled, and the offsets of the slots that are gold (every slot
    unless `gold_slots` names them: a branch town filled into a no-PII message is none)."""
    text, gold, pos = "", [], 0
    for match in slot.finditer(template):
        text += template[pos : match.start()]
        value = values[match.group(1)]
        if gold_slots is None or match.group(1) in gold_slots:
            gold.append((len(text), len(text) + len(value)))
        text += value
        pos = match.end()
    return text + template[pos:], tuple(gold)


def with_controls(
    language: str,
    no_pii: Mapping[str, Iterable[str]],
    controls: Sequence[str],
    slot: re.Pattern[str],
    repeats: int,
    first: Sequence[str],
    surnames: Sequence[str],
    extra: Mapping[str, Sequence[str]] | None = None,
) -> Iterator[Example]:
    """Every no-PII message by kind, then each control filled `repeats` times in turn: {n} a full
    name, {f} a first name, any other slot from `extra` (a customer's home town, …)."""
    for kind, texts in no_pii.items():
        for text in texts:
            yield language, kind, text, ()
    for t, template in enumerate(controls):
        for r in range(repeats):
            k = t * repeats + r
            values = {
                "n": f"{first[(k + t) % len(first)]} {surnames[k % len(surnames)]}",
                "f": first[(k + 1) % len(first)],
            }
            values.update({key: pool[k % len(pool)] for key, pool in (extra or {}).items()})
            text, gold = fill(template, slot, values)
            yield language, "control", text, gold


def main(
    description: str,
    examples: Callable[[str], Iterable[Example]],
    regions: Mapping[str, str],
    kinds: str = "",
) -> None:
    """Run the set on `regions`' languages (in that order; `--lang` to pick), print its tally."""
    from proxy.detection.detector import DetectionSettings, build_analyzer

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--show", type=int, default=0, help="print up to N changed messages and misses")
    parser.add_argument("--kind", default="", help=f"show only this kind ({kinds or '…'}, control)")
    parser.add_argument("--lang", choices=tuple(regions), action="append", help="only these languages")
    parser.add_argument("--dump", type=Path, help="write every span per message to this JSON file")
    parser.add_argument("--against", type=Path, help="print messages whose spans differ from this dump")
    parser.add_argument(
        "--places",
        choices=("personal", "all"),
        default="personal",
        help="detection.places: 'all' tokenises every place found (what the switch costs)",
    )
    args = parser.parse_args()
    analyzer = build_analyzer(DetectionSettings(places=args.places))
    before = json.loads(args.against.read_text()) if args.against else {}
    dump: dict[str, list[str]] = {}
    shown = itertools.count()
    print(f"{'lang':4} {'kind':10} {'no-PII unchanged':>18} {'names protected':>16}")
    for language in args.lang or regions:
        rows = list(examples(language))
        preds: list[list[tuple[int, int]]] = []
        sources: list[list[str]] = []
        for i in range(0, len(rows), BATCH):
            batch = [text for _, _, text, _ in rows[i : i + BATCH]]
            for found in analyzer.analyze(batch, language=language, regions=[regions[language]]):
                preds.append([(s.start, s.end) for s in found])
                sources.append([f"{s.recognizer}:{s.entity}" for s in found])
        tally: dict[str, list[int]] = {}
        for (_, kind, text, gold), spans, source in zip(rows, preds, sources, strict=True):
            t = tally.setdefault(kind, [0, 0])
            described = [f"{text[a:b]} ({by})" for (a, b), by in zip(spans, source, strict=True)]
            key = f"{language}|{text}"
            dump[key] = described
            if args.against and before.get(key) != described:
                print(f"  {language} CHANGED {text!r}\n     was {before.get(key)}\n     now {described}")
            if gold:
                bad = [text[a:b] for a, b in gold if not covered((a, b), spans, text)]
                t[0], t[1] = t[0] + len(gold), t[1] + len(gold) - len(bad)
            else:
                t[0], t[1] = t[0] + 1, t[1] + (not spans)
                bad = described
            if bad and (not args.kind or args.kind == kind) and next(shown) < args.show:
                print(f"  {language} {kind} {'miss' if gold else 'FP'} {bad!r} in {text!r}")
        for kind, (n, ok) in tally.items():
            label = "names" if kind == "control" else "no-PII"
            print(f"{language:4} {kind:10} {ok:5d}/{n:<4} = {ok / n:.3f}  ({label})")
        clean = [v for k, v in tally.items() if k != "control"]
        n, ok = sum(v[0] for v in clean), sum(v[1] for v in clean)
        print(f"{language:4} {'ALL no-PII':10} {ok:5d}/{n:<4} = {ok / n:.3f}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=0))
