"""`python -m bench.phone_report`: national phone numbers with no region configured, PII protected per language.

`--split tune` while tuning; the default, `heldout`, is what docs/detection.md reports.

Every message is analysed as a tenant with no `phone_regions` would have it analysed
(each text's language identified, the tenant's the fallback), under what Veil is told:

- `nothing`: no region inferred at all (`phone_regions_by_language: {}`, the numbers'
  countries off): what Veil did before it inferred regions;
- `language`: the text's language's countries only (tenant of the message's language);
- `en shop`: the same, but the tenant's language is English, so the text's own language
  has to be identified to help;
- `customer`: the customer's calling code only (their `wa_id`), languages off;
- `all`: language and calling code;
- `all + grey`: the same with the grey zone (structured matches below their threshold
  tokenised too), the inbound path's default;
- `configured`: the old way, the tenant's `phone_regions` set to the number's country (the
  customer's for no-PII messages).

A gold number counts as *protected* when every non-space character of it lies inside
some reported span (any entity). No-PII messages are *unchanged* when nothing is
reported in them. Intervals are 95% Wilson intervals. The misses and false spans of `all` are
printed for the tune split (`--show-misses N` on the held-out split too, to report, never to tune).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from bench.address_report import covered, misses_to_print
from bench.phone_corpus import LANGUAGES, PhoneMessage, fingerprint, load

Spans = list[tuple[str, int, int]]
BATCH = 32
SCENARIOS = ("nothing", "language", "en shop", "customer", "all", "all + grey", "configured")


def _analyse(analyzer: Any, messages: Sequence[PhoneMessage], scenario: str) -> list[Spans]:
    """Spans per message under `scenario` (the analyzer's settings are swapped per scenario:
    they are read at each call)."""
    from proxy.detection.regions import LANGUAGE_REGIONS

    base = analyzer.settings
    by_language = {} if scenario in ("nothing", "customer", "configured") else dict(LANGUAGE_REGIONS)
    from_numbers = scenario in ("customer", "all", "all + grey")
    analyzer.settings = base.model_copy(update={"phone_regions_by_language": by_language,
                                                "phone_regions_from_numbers": from_numbers})  # fmt: skip
    out: dict[int, Spans] = {}
    try:
        for lang in LANGUAGES:
            idx = [i for i, m in enumerate(messages) if m.language == lang]
            for k in range(0, len(idx), BATCH):
                chunk = [messages[i] for i in idx[k : k + BATCH]]
                tenant = "en" if scenario == "en shop" else lang
                if scenario == "configured":
                    found = [analyzer.analyze([m.text], language=tenant, regions=[m.country or m.wa_id],
                                              identify=True)[0] for m in chunk]  # fmt: skip
                else:
                    found = analyzer.analyze([m.text for m in chunk], language=tenant, identify=True,
                                             text_regions=[(m.wa_id,) for m in chunk],
                                             grey=scenario == "all + grey")  # fmt: skip
                for i, spans in zip(idx[k : k + BATCH], found, strict=True):
                    out[i] = [(s.entity, s.start, s.end) for s in spans]
    finally:
        analyzer.settings = base
    return [out[i] for i in range(len(messages))]


def report(analyzer: Any, wilson: Callable[[int, int], tuple[float, float]], split: str = "heldout",
           misses: int = 0) -> None:  # fmt: skip
    """Print PII protected per (scenario, language) and no-PII unchanged, then `all`'s misses."""
    from proxy.detection.regions import regions_of

    messages = load(split)
    # the bench hands the analyzer the customer's region, as the inbound path does (regions_of)
    messages = [PhoneMessage(m.country, m.language, m.text, m.gold, m.kind, ",".join(regions_of([m.wa_id])))
                for m in messages]  # fmt: skip
    print(f"\n## National phone numbers, no region configured ({split} split {fingerprint(load(split))}: "
          f"{len(messages)} messages)")  # fmt: skip
    print("PII protected [95% CI] per language; no-PII unchanged below")
    print(f"{'scenario':12} " + " ".join(f"{lang:>21}" for lang in LANGUAGES) + f" {'all':>21}")
    results: dict[str, list[Spans]] = {}
    for scenario in SCENARIOS:
        preds = _analyse(analyzer, messages, scenario)
        results[scenario] = preds
        cells = []
        total = [0, 0]
        for lang in (*LANGUAGES, None):
            golds = [(m, g, p) for m, p in zip(messages, preds, strict=True) for g in m.gold
                     if lang is None or m.language == lang]  # fmt: skip
            ok = sum(1 for m, g, p in golds if covered(g, p, m.text)[0])
            lo, hi = wilson(ok, len(golds))
            cells.append(f"{ok / len(golds):.3f} [{lo:.3f}-{hi:.3f}]")
            if lang is None:
                total = [ok, len(golds)]
        print(f"{scenario:12} " + " ".join(f"{c:>21}" for c in cells) + f"   ({total[0]}/{total[1]})")
    print(f"{'no-PII':12} " + " ".join(f"{lang:>21}" for lang in LANGUAGES))
    for scenario in SCENARIOS:
        cells = []
        for lang in LANGUAGES:
            clean = [p for m, p in zip(messages, results[scenario], strict=True)
                     if m.kind == "clean" and m.language == lang]  # fmt: skip
            same = sum(1 for p in clean if not p)
            lo, hi = wilson(same, len(clean))
            cells.append(f"{same / len(clean):.3f} [{lo:.3f}-{hi:.3f}]")
        print(f"{scenario:12} " + " ".join(f"{c:>21}" for c in cells))
    shown: dict[str, int] = {}
    for m, p in zip(messages, results["all"], strict=True):
        if m.kind == "clean" and p and shown.get("false " + m.language, 0) < misses:
            shown["false " + m.language] = shown.get("false " + m.language, 0) + 1
            print(f"  false span ({m.language}): {[m.text[s:t] for _, s, t in p]} in {m.text!r}")
        for g in m.gold:
            if not covered(g, p, m.text)[0] and shown.get(m.country, 0) < misses:
                shown[m.country] = shown.get(m.country, 0) + 1
                print(f"  not protected ({m.country}, customer {m.wa_id}): {m.text[g[1] : g[2]]!r}")


def main() -> None:
    from bench.detection import wilson
    from proxy.detection.detector import DetectionSettings, build_analyzer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "heldout"), default="heldout", help="tune while tuning")
    parser.add_argument(
        "--show-misses",
        type=int,
        default=None,
        help="misses and false spans printed a country (default: 6 on tune, none on heldout)",
    )
    args = parser.parse_args()
    misses = misses_to_print(args.split, args.show_misses, tune_default=6)
    report(build_analyzer(DetectionSettings()), wilson, args.split, misses)


if __name__ == "__main__":
    main()
