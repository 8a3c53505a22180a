"""`python -m bench.address_report` (and the end of `bench.detection`): street addresses, PII protected per country.

`--split tune` while tuning; the default, `heldout`, is what docs/detection.md reports.
`--split handwritten` measures the hand-written held-out set (`bench.addresses_handwritten`), typed
apart from the rules; like `heldout`, it prints no miss unless asked.

A gold address counts as *protected* when every non-space character of it lies inside
some span Veil reports (any entity: a token is a token), the figure the issue asks
for; *as ADDRESS* when ADDRESS spans alone cover it; *partly* when anything of it is
covered. No-PII messages are *unchanged* when Veil reports no span at all in them.
Each message is analysed in its language with that language's phone region, as the
main bench does. Intervals are 95% Wilson intervals. Misses and false spans are printed for
the tune split only (`--show-misses N` prints N a country on the held-out split too, to say plainly
what is not detected): several engineers tune detection at once, and a held-out miss one of
them reads is a held-out example no longer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from bench.address_corpus import COUNTRIES, LANGUAGES, AddressMessage, fingerprint, load

Spans = list[tuple[str, int, int]]
Analyse = Callable[[list[str], str], list[Spans]]
BATCH = 32
SOURCE = {"handwritten": "hand-written addresses"}  # where a split's addresses come from; Faker unless named


def covered(gold: tuple[str, int, int], spans: Spans, text: str, entity: str | None = None) -> tuple[bool, bool]:
    """(fully covered, partly covered) by `spans` (of `entity` only, when given)."""
    _, start, end = gold
    inside = [False] * (end - start)
    for e, s, t in spans:
        if entity is None or e == entity:
            for i in range(max(s, start), min(t, end)):
                inside[i - start] = True
    chars = [flag for flag, ch in zip(inside, text[start:end], strict=True) if not ch.isspace()]
    return all(chars), any(chars)


def analyse_all(messages: Sequence[AddressMessage], analyse: Analyse) -> list[Spans]:
    out: dict[int, Spans] = {}
    for lang in LANGUAGES:
        idx = [i for i, m in enumerate(messages) if m.language == lang]
        for k in range(0, len(idx), BATCH):
            chunk = idx[k : k + BATCH]
            for i, spans in zip(chunk, analyse([messages[i].text for i in chunk], lang), strict=True):
                out[i] = spans
    return [out[i] for i in range(len(messages))]


def report(
    analyse: Analyse, wilson: Callable[[int, int], tuple[float, float]], split: str = "heldout", misses: int = 0
) -> None:
    messages = load(split)
    preds = analyse_all(messages, analyse)
    source = SOURCE.get(split, "Faker addresses")
    print(f"\n## Street addresses ({split} split {fingerprint(messages)}: {source}, {len(messages)} messages)")
    print(f"{'country':7} {'lang':4} {'gold':>5} {'PII protected [95% CI]':>26} {'as ADDRESS':>10} {'partly':>7}")
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    missed: dict[str, list[str]] = defaultdict(list)
    for m, spans in zip(messages, preds, strict=True):
        for gold in m.gold:
            full, part = covered(gold, spans, m.text)
            as_address, _ = covered(gold, spans, m.text, "ADDRESS")
            row = rows[m.country]
            row[0] += 1
            row[1] += full
            row[2] += as_address
            row[3] += part
            if not full:
                missed[m.country].append(m.text[gold[1] : gold[2]])
    total = [0, 0]
    for country, (_, lang) in COUNTRIES.items():
        n, protected, typed, touched = rows[country]
        total[0] += n
        total[1] += protected
        lo, hi = wilson(protected, n)
        print(f"{country:7} {lang:4} {n:5d} {protected / n:6.3f} [{lo:.3f}-{hi:.3f}]      "
              f"{typed / n:10.3f} {touched / n:7.3f}")  # fmt: skip
    lo, hi = wilson(total[1], total[0])
    print(f"{'all':7} {'':4} {total[0]:5d} {total[1] / total[0]:6.3f} [{lo:.3f}-{hi:.3f}]")
    print(f"{'lang':4} {'no-PII':>6} {'unchanged [95% CI]':>24} {'no ADDRESS span':>16}")
    for lang in LANGUAGES:
        clean = [(m, p) for m, p in zip(messages, preds, strict=True) if m.kind == "clean" and m.language == lang]
        unchanged = sum(1 for _, p in clean if not p)
        no_address = sum(1 for _, p in clean if not any(e == "ADDRESS" for e, _, _ in p))
        lo, hi = wilson(unchanged, len(clean))
        print(f"{lang:4} {len(clean):6d} {unchanged / len(clean):6.3f} [{lo:.3f}-{hi:.3f}]      "
              f"{no_address / len(clean):16.3f}")  # fmt: skip
    for lang in LANGUAGES:
        flagged = [
            (m.text, [m.text[s:t] for e, s, t in p if e == "ADDRESS"])
            for m, p in zip(messages, preds, strict=True)
            if m.kind == "clean" and m.language == lang and any(e == "ADDRESS" for e, _, _ in p)
        ]
        for text, found in flagged[:misses]:
            print(f"  false ADDRESS ({lang}): {found} in {text!r}")
    for country in COUNTRIES:
        for value in missed[country][:misses]:
            print(f"  not fully covered ({country}): {value!r}")


def misses_to_print(split: str, asked: int | None, tune_default: int = 4) -> int:
    """None asked: the tune split shows some, the held-out split none."""
    if asked is not None:
        return asked
    return tune_default if split == "tune" else 0


def run(wilson: Callable[[int, int], tuple[float, float]], split: str = "heldout", misses: int = 0) -> None:
    """Build Veil's analyzer with default settings and print the report."""
    from bench.corpus import REGION
    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings())

    def analyse(texts: list[str], lang: str) -> list[Spans]:
        out = analyzer.analyze(texts, language=lang, regions=[REGION[lang]])
        return [[(s.entity, s.start, s.end) for s in spans] for spans in out]

    report(analyse, wilson, split, misses)


def main() -> None:
    import argparse

    from bench.detection import wilson

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("tune", "heldout", "handwritten"),
        default="heldout",
        help="tune while tuning; handwritten: typed by hand apart from the rules",
    )
    parser.add_argument(
        "--show-misses",
        type=int,
        default=None,
        help="misses and false spans printed a country (default: 4 on tune, none on heldout)",
    )
    args = parser.parse_args()
    run(wilson, args.split, misses_to_print(args.split, args.show_misses))


if __name__ == "__main__":
    main()
