"""`python -m bench.spans record FILE` / `compare A B`: every span the detector reports, for speed changes.

A speed change must not change detection. `record` runs the default analyzer over the
bench corpora and writes every span it reports (entity, start, end, score, recognizer,
grey) per message, per scenario, to FILE (JSON); `compare` says whether two recordings
are identical, and per scenario how many messages differ. Record on the tree before the
change and on the tree after it (the same rules: rebase both onto one main), then compare.

Scenarios: `bench.corpus` tune and held-out splits as `bench.detection` runs them (each
message identified, its batch's country as phone region) and the tune split without
identification or region; the name tune set (`bench.names_tune`); the street-address tune
sets; the phone tune set with each customer's calling code and the grey zone (the inbound
path's default). The held-out split is only compared, never shown: `compare` prints counts,
not texts, for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

BATCH = 32
Row = list[list[Any]]


def _batches(items: Sequence[Any], key: Callable[[Any], str]) -> Iterator[list[int]]:
    """Indices in batches of up to BATCH items sharing one `key` (a language)."""
    order = sorted(range(len(items)), key=lambda i: key(items[i]))
    i = 0
    while i < len(order):
        j = i + 1
        while j < len(order) and j - i < BATCH and key(items[order[j]]) == key(items[order[i]]):
            j += 1
        yield order[i:j]
        i = j


def _rows(spans: Sequence[Any]) -> Row:
    return [[s.entity, s.start, s.end, s.score, s.recognizer, s.grey] for s in spans]


def scenarios(analyzer: Any) -> Iterator[tuple[str, list[Row]]]:
    """(scenario, spans per message) for every scenario in the module doc."""
    from bench import address_corpus, en_address_corpus, phone_corpus
    from bench.corpus import REGION, generate
    from bench.names_tune import examples

    for split in ("tune", "heldout"):
        messages = generate(split, per_cell=300)
        out: list[Row] = [[] for _ in messages]
        for at in _batches(messages, lambda m: m.language):
            lang = messages[at[0]].language
            found = analyzer.analyze(
                [messages[i].text for i in at], language=lang, regions=[REGION[lang]], identify=True
            )
            for i, spans in zip(at, found, strict=True):
                out[i] = _rows(spans)
        yield f"corpus-{split}", out
        if split == "tune":
            for at in _batches(messages, lambda m: m.language):
                lang = messages[at[0]].language
                found = analyzer.analyze([messages[i].text for i in at], language=lang, identify=False)
                for i, spans in zip(at, found, strict=True):
                    out[i] = _rows(spans)
            yield "corpus-tune-plain", out
    names = examples()
    out = [[] for _ in names]
    for at in _batches(names, lambda e: e[0]):
        lang = names[at[0]][0]
        for i, spans in zip(
            at, analyzer.analyze([names[i][1] for i in at], language=lang, regions=[REGION[lang]]), strict=True
        ):
            out[i] = _rows(spans)
    yield "names-tune", out
    for name, corpus in (("addresses-tune", address_corpus), ("en-addresses-tune", en_address_corpus)):
        addresses: Sequence[Any] = corpus.load("tune")
        out = [[] for _ in addresses]
        for at in _batches(addresses, lambda m: m.language):
            lang = addresses[at[0]].language
            found = analyzer.analyze([addresses[i].text for i in at], language=lang, regions=[REGION[lang]])
            for i, spans in zip(at, found, strict=True):
                out[i] = _rows(spans)
        yield name, out
    phones = phone_corpus.load("tune")
    out = [[] for _ in phones]
    for at in _batches(phones, lambda m: m.language):
        lang = phones[at[0]].language
        found = analyzer.analyze([phones[i].text for i in at], language=lang, identify=True,
                                 text_regions=[(phones[i].wa_id,) for i in at], grey=True)  # fmt: skip
        for i, spans in zip(at, found, strict=True):
            out[i] = _rows(spans)
    yield "phones-tune-grey", out


def record(path: Path) -> None:
    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings())
    data: dict[str, list[Row]] = {}
    for name, rows in scenarios(analyzer):
        data[name] = [list(r) for r in rows]
        print(f"{name}: {len(rows)} messages, {sum(len(r) for r in rows)} spans", file=sys.stderr)
    path.write_text(json.dumps(data), encoding="utf-8")


def compare(a: Path, b: Path) -> int:
    """0 when identical; per scenario the number of messages whose spans differ."""
    left, right = json.loads(a.read_text()), json.loads(b.read_text())
    bad = 0
    for name in sorted(set(left) | set(right)):
        x, y = left.get(name), right.get(name)
        if x is None or y is None or len(x) != len(y):
            print(f"{name}: missing or different size")
            bad += 1
            continue
        differ = sum(1 for p, q in zip(x, y, strict=True) if p != q)
        print(f"{name}: {len(x)} messages, {differ} differ")
        bad += differ
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("file", type=Path)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.cmd == "record":
        record(args.file)
    else:
        raise SystemExit(compare(args.a, args.b))


if __name__ == "__main__":
    main()
