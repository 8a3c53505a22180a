"""`python -m bench.outside`: PII protected on a labelled set someone else published, Veil beside stock Presidio.

The set: `presidio-evaluator`'s own sentence generator (`PresidioSentenceFaker`, version
pinned in pyproject; its templates and Faker providers, written by Presidio's authors, not
by this project), English (`en_US`), `--samples` sentences from `--seed`. Nothing in Veil
was tuned on it. Entities Veil targets are scored (its STREET_ADDRESS and ZIP_CODE count as
addresses, GPE as places); the others it labels (ORGANIZATION, DATE_TIME, TITLE, AGE, NRP,
DOMAIN_NAME, US_DRIVER_LICENSE) are listed but Veil does not promise them.

PII protected = every non-space character of the gold span inside some reported span, any
entity (a token is a token); 95% Wilson intervals. Veil runs as its inbound path does for
an English shop with no phone region: each text's language identified, grey zone on; `--places all`
runs it as a tenant that tokenises every place found (`detection.places`), whom or what it locates.
Sentences with no gold span are reported as "no-PII unchanged".
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

from bench.address_report import covered
from bench.detection import BATCH, wilson

TARGETED = ("PERSON", "STREET_ADDRESS", "ZIP_CODE", "GPE", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
            "IBAN_CODE", "US_SSN", "IP_ADDRESS")  # fmt: skip


def sentences(samples: int, seed: int) -> list[tuple[str, list[tuple[str, int, int]]]]:
    from presidio_evaluator.data_generator import PresidioSentenceFaker  # type: ignore[import-untyped,import-not-found,unused-ignore]

    # The generator seeds itself only after it has built its people, whose middle initials it draws
    # from the unseeded `random` module: without this, a tenth of the names change run to run.
    random.seed(seed)
    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed)
    records = faker.generate_new_fake_sentences(num_samples=samples)
    return [(r.full_text, [(s.entity_type, s.start_position, s.end_position) for s in r.spans]) for r in records]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument(
        "--places",
        choices=("personal", "all"),
        default="personal",
        help="detection.places: all tokenises every place found, as a stricter tenant may choose",
    )
    parser.add_argument(
        "--show-misses",
        type=int,
        default=0,
        help="print this many targeted spans Veil left unprotected (to report; tune on your own forms)",
    )
    args = parser.parse_args()
    data = sentences(args.samples, args.seed)
    texts = [t for t, _ in data]

    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings(places=args.places))
    runs: dict[str, list[list[tuple[str, int, int]]]] = {"Veil": []}
    for i in range(0, len(texts), BATCH):
        out = analyzer.analyze(texts[i : i + BATCH], language="en", identify=True, grey=True)
        runs["Veil"] += [[(s.entity, s.start, s.end) for s in spans] for spans in out]
    if not args.no_stock:
        from bench.corpus import Message
        from bench.detection import stock

        preds, _, _ = stock([Message("en", t, (), "pii") for t in texts])
        runs["stock Presidio"] = preds
    print(
        f"# presidio-evaluator PresidioSentenceFaker en_US, seed {args.seed}: {len(texts)} sentences, "
        f"places: {args.places}"
    )
    print(f"{'entity':18} {'gold':>5} " + " ".join(f"{name + ' [95% CI]':>28}" for name in runs))
    cells: dict[str, dict[str, list[int]]] = {name: defaultdict(lambda: [0, 0]) for name in runs}
    for name, preds in runs.items():
        for (text, gold), pred in zip(data, preds, strict=True):
            for g in gold:
                full, _ = covered(g, pred, text)
                for key in (g[0], "targeted" if g[0] in TARGETED else "not targeted"):
                    cells[name][key][0] += 1
                    cells[name][key][1] += full
    for entity in sorted(cells["Veil"], key=lambda e: (e in ("targeted", "not targeted"), e not in TARGETED, e)):
        row = []
        for name in runs:
            n, ok = cells[name][entity]
            lo, hi = wilson(ok, n)
            row.append(f"{ok / n:.3f} [{lo:.3f}-{hi:.3f}]")
        marker = "" if entity in TARGETED or entity in ("targeted", "not targeted") else " (not targeted)"
        print(f"{entity + marker:18} {cells['Veil'][entity][0]:5d} " + " ".join(f"{c:>28}" for c in row))
    clean = [i for i, (_, gold) in enumerate(data) if not gold]
    row = []
    for preds in runs.values():
        same = sum(1 for i in clean if not preds[i])
        lo, hi = wilson(same, len(clean))
        row.append(f"{same / max(len(clean), 1):.3f} [{lo:.3f}-{hi:.3f}]")
    print(f"{'no-PII unchanged':18} {len(clean):5d} " + " ".join(f"{c:>28}" for c in row))
    shown = 0
    for (text, gold), pred in zip(data, runs["Veil"], strict=True):
        for g in gold:
            if g[0] in TARGETED and not covered(g, pred, text)[0] and shown < args.show_misses:
                shown += 1
                print(f"  not protected ({g[0]}): {text[g[1] : g[2]]!r}")


if __name__ == "__main__":
    main()
