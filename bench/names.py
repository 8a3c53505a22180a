"""`python -m bench.names`: person names protected per language, with and without the name rules.

On a frozen held-out name set (`--set heldout`: `bench.names_heldout`, written
before the rules; `--set heldout2`: `bench.names_heldout2`, written before the
second round of rules; `--set heldout3`: `bench.names_heldout3`, hand-written names, frozen
before its first run; `--set heldout4`: `bench.names_heldout4`, hand-written apart from every
rule and the other sets, frozen and landed before its first run; `--set heldout5`:
`bench.names_heldout5`, hand-written the same way after the fourth had been run, frozen and landed
before its first run; `--set heldout6`: `bench.names_heldout6`, hand-written the same way after
the fifth had been run, with other origins and message shapes, frozen and landed before its first
run; `--set heldout7`: `bench.names_heldout7`, hand-written by an independent author after the
sixth set's shapes had been described, with other origins and shapes again, frozen and landed
before its first run; `--set heldout8`: `bench.names_heldout8`, hand-written by another independent
author after the seventh had been run, with other origins and WhatsApp-style shapes, frozen and
landed before its first run; `--set heldout9`: `bench.names_heldout9`, hand-written by a third
independent author with other origins and situations again, frozen and landed before its first
run; `--set heldout10`: `bench.names_heldout10`, hand-written by a fourth independent author
with other origins and situations again, frozen and landed before its first run; `--set heldout11`:
`bench.names_heldout11`, hand-written by a fifth independent author with other origins, businesses
and situations again, frozen and landed before its first run; `--set heldout12`: `bench.names_heldout12`,
hand-written by a sixth independent author after the eleventh had been run, with other origins,
businesses and situations again, frozen and landed before its first run; `--set heldout13`:
`bench.names_heldout13`, hand-written by a seventh independent author after the twelfth had been
run, with other origins, businesses and situations again, frozen and landed before its first run;
`--set heldout14`: `bench.names_heldout14`, hand-written by an eighth independent author after the
thirteenth had been run, with other origins, businesses and situations again, frozen and landed
before its first run; `--set heldout15`: `bench.names_heldout15`, hand-written by a ninth independent
author after the eleventh had been retired to tuning, with other origins, businesses and situations
again, frozen and landed before its first run; `--set heldout16`: `bench.names_heldout16`, hand-written
by a tenth independent author after the twelfth had been retired to tuning, with other origins,
businesses and situations again, frozen and landed before its first run; `--set heldout17`:
`bench.names_heldout17`, hand-written by an eleventh independent author after the thirteenth had been
retired to tuning, with other origins, businesses and situations again, frozen and landed before its
first run; `--set heldout18`: `bench.names_heldout18`, hand-written by a twelfth independent author after
the fourteenth had been retired to tuning, with other origins, businesses and situations again, frozen
and landed before its first run; `--set heldout19`: `bench.names_heldout19`, hand-written by a thirteenth
independent author after the fifteenth had been retired to tuning, with other origins, businesses and
situations again, frozen and landed before its first run; `--set heldout20`: `bench.names_heldout20`,
hand-written by a fourteenth independent author after the sixteenth had been retired to tuning, with
other origins, businesses and situations again, frozen and landed before its first run; `--set heldout21`:
`bench.names_heldout21`, hand-written by a fifteenth independent author after the seventeenth had been retired
to tuning, with other origins, businesses and situations again, frozen and landed before its first run;
`--set heldout22`: `bench.names_heldout22`, hand-written by a sixteenth independent author after the
eighteenth had been retired to tuning, with other origins, businesses and situations again, frozen and
landed before its first run; `--set heldout23`: `bench.names_heldout23`, hand-written by a seventeenth
independent author after the nineteenth had been retired to tuning, with other origins, businesses and
situations again, frozen and landed before its first run; `--set heldout24`: `bench.names_heldout24`,
hand-written by an eighteenth independent author after the twentieth had been retired to tuning, with
other origins, businesses and situations again, frozen and landed before its first run)
it prints, per language: gold name spans, the share **protected** (every character of the gold
span inside some detected span, whatever its entity: a name tokenised as a place is still not forwarded) with a 95%
Wilson interval,
and the share of no-PII messages left unchanged; once with every recognizer of
`recognizers.ALL` but the two name recognizers ("before": spaCy NER alone, en
and fr only), once without `GivenNameRecognizer` ("cue words": the rules of
`PersonNameRecognizer` added) and once with all of them ("after": the
first-name list added); then ms of CPU per message of each. Messages go in
one-language batches with that language's phone region, as in `bench.detection`.
`heldout` to `heldout4` were retired to tuning on 2026-12-06 (docs/detection.md, "Four held-out
sets retired to tuning"), `heldout5` and `heldout6` later that day ("Two more retired"), `heldout7`
the day after ("heldout7 retired"), `heldout8` the next session ("heldout8 retired"), `heldout9` the session
after ("heldout9 retired"), `heldout10` the one after that ("heldout10 retired"), `heldout11` the
next ("heldout11 retired"), `heldout12` the session after ("heldout12 retired"), `heldout13` the next ("heldout13
retired"), `heldout14` the one after ("heldout14 retired"), `heldout15` the next ("heldout15 retired"),
`heldout16` the one after ("heldout16 retired"), `heldout17` the next ("heldout17 retired"), `heldout18`
the one after ("heldout18 retired"), `heldout19` the next ("heldout19 retired"), `heldout20` the one after
("heldout20 retired"): their misses may be read, and only `heldout21` onwards still measure.
Without `--shipped-ner` it, es, pt and de run on the rules alone (blank pipelines, named so);
with it, on Veil's own NER pipelines (`scripts/train_ner.py`), as the default configuration does.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence

import recognizers
from bench import (
    names_heldout,
    names_heldout2,
    names_heldout3,
    names_heldout4,
    names_heldout5,
    names_heldout6,
    names_heldout7,
    names_heldout8,
    names_heldout9,
    names_heldout10,
    names_heldout11,
    names_heldout12,
    names_heldout13,
    names_heldout14,
    names_heldout15,
    names_heldout16,
    names_heldout17,
    names_heldout18,
    names_heldout19,
    names_heldout20,
    names_heldout21,
    names_heldout22,
    names_heldout23,
    names_heldout24,
)
from bench.corpus import LANGUAGES, REGION
from bench.detection import wilson
from bench.names_heldout import Example
from proxy.detection.detector import DetectionSettings, build_analyzer
from proxy.detection.settings import DEFAULT_MODELS, DEFAULT_SHIPPED_MODELS, SHIPPED_MODELS

NAME_RULES = "PersonNameRecognizer"
GIVEN_NAMES = "GivenNameRecognizer"
BATCH = 32
SETS = {
    "heldout": names_heldout.load,
    "heldout2": names_heldout2.load,
    "heldout3": names_heldout3.load,
    "heldout4": names_heldout4.load,
    "heldout5": names_heldout5.load,
    "heldout6": names_heldout6.load,
    "heldout7": names_heldout7.load,
    "heldout8": names_heldout8.load,
    "heldout9": names_heldout9.load,
    "heldout10": names_heldout10.load,
    "heldout11": names_heldout11.load,
    "heldout12": names_heldout12.load,
    "heldout13": names_heldout13.load,
    "heldout14": names_heldout14.load,
    "heldout15": names_heldout15.load,
    "heldout16": names_heldout16.load,
    "heldout17": names_heldout17.load,
    "heldout18": names_heldout18.load,
    "heldout19": names_heldout19.load,
    "heldout20": names_heldout20.load,
    "heldout21": names_heldout21.load,
    "heldout22": names_heldout22.load,
    "heldout23": names_heldout23.load,
    "heldout24": names_heldout24.load,
}
# The sets whose misses may be read (the docstring says when each was retired); the rest still
# measure, counts only. `bench.gate` reads these and refuses the others.
RETIRED = tuple(f"heldout{n}" if n > 1 else "heldout" for n in range(1, 21))


def covered(gold: tuple[int, int], spans: Sequence[tuple[int, int]], text: str) -> bool:
    """True when every non-space character of `gold` lies inside a detected span."""
    start, end = gold
    return all(text[i].isspace() or any(s <= i < e for s, e in spans) for i in range(start, end))


def run(
    examples: list[Example], enabled: tuple[str, ...] | None, shipped_ner: bool = False
) -> tuple[list[list[tuple[int, int]]], float]:
    analyzer = build_analyzer(DetectionSettings(enabled_recognizers=enabled, **_models(shipped_ner)))
    out: list[list[tuple[int, int]]] = []
    cpu = time.process_time()
    for lang in LANGUAGES:
        texts = [e.text for e in examples if e.language == lang]
        for i in range(0, len(texts), BATCH):
            for spans in analyzer.analyze(texts[i : i + BATCH], language=lang, regions=[REGION[lang]]):
                out.append([(s.start, s.end) for s in spans])
    return out, time.process_time() - cpu


def _models(shipped_ner: bool) -> dict[str, dict[str, str]]:
    """`detection.models` with Veil's own pipelines for it, es, pt and de, or without them (the
    rules alone on blank pipelines), named either way so the figures do not depend on the defaults."""
    installed = {lang: m for lang, m in DEFAULT_MODELS.items() if m not in SHIPPED_MODELS}  # en, fr
    if not shipped_ner:
        return {"models": installed}
    return {"models": {**installed, **DEFAULT_SHIPPED_MODELS}}  # veil_ner_en runs beside en's model, not for it


def report(name: str, examples: list[Example], preds: list[list[tuple[int, int]]], cpu: float) -> None:
    print(f"\n## {name}")
    print(f"{'lang':4} {'names':>5} {'protected [95% CI]':>24} {'no-PII unchanged [95% CI]':>32}")
    for lang in LANGUAGES:
        rows = [(e, p) for e, p in zip(examples, preds, strict=True) if e.language == lang]
        gold = [(g, p, e.text) for e, p in rows for g in e.gold]
        hit = sum(covered(g, p, t) for g, p, t in gold)
        clean = [p for e, p in rows if e.kind == "clean"]
        same = sum(1 for p in clean if not p)
        (gl, gh), (cl, ch) = wilson(hit, len(gold)), wilson(same, len(clean))
        print(f"{lang:4} {len(gold):5d} {hit / len(gold):8.3f} [{gl:.3f}-{gh:.3f}] "
              f"{same:5d}/{len(clean)} = {same / len(clean):.3f} [{cl:.3f}-{ch:.3f}]")  # fmt: skip
    print(f"CPU: {1000 * cpu / len(examples):.3f} ms/message")


def misses(examples: list[Example], preds: list[list[tuple[int, int]]], limit: int) -> None:
    """What is still missed or wrongly changed (for the docs; the set is not tuned against)."""
    shown = 0
    for e, p in zip(examples, preds, strict=True):
        bad = (
            [e.text[g[0] : g[1]] for g in e.gold if not covered(g, p, e.text)]
            if e.gold
            else [e.text[s:t] for s, t in p]
        )
        if bad and shown < limit:
            print(f"{e.language} {e.kind:5} {bad!r} in {e.text!r}")
            shown += 1


def footprint(shipped_ner: bool = False) -> None:
    """Start-up time and RSS of the analyzer (all six languages, both models) with and without
    `GivenNameRecognizer` and `PlaceRecognizer`, each built in a fresh process: what a
    detector worker pays for the two shipped lists."""
    print("\n## footprint: build_analyzer with the default settings, a fresh process each")
    print(f"{'recognizers':30} {'build s':>8} {'RSS MiB':>8} {'then both lists: MiB':>24} {'s':>6}")
    for label, enabled in (("all but the two list recognizers", "without"), ("all", "all")):
        out = subprocess.run(
            [sys.executable, "-c", _FOOTPRINT, enabled, str(shipped_ner)], capture_output=True, text=True, check=True
        ).stdout.split()
        print(f"{label:30} {float(out[0]):8.2f} {float(out[1]):8.0f} {float(out[2]):24.1f} {float(out[3]):6.2f}")


_FOOTPRINT = """
import sys, time
import recognizers
from bench.names import _models
from proxy.detection.detector import DetectionSettings, build_analyzer
from proxy.detection.settings import DEFAULT_MODELS, SHIPPED_MODELS
from recognizers.given_name_recognizer import gazetteer
from recognizers.place_recognizer import places
def rss():
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
ALL = sys.argv[1] == "all"
LISTS = ("GivenNameRecognizer", "PlaceRecognizer")
names = None if ALL else tuple(c.__name__ for c in recognizers.ALL if c.__name__ not in LISTS)
t = time.perf_counter()
build_analyzer(DetectionSettings(enabled_recognizers=names, **_models(sys.argv[2] == "True")))
took, after_build = time.perf_counter() - t, rss()
t = time.perf_counter()
gazetteer()  # already loaded with "all": costs nothing then
places()
print(took, after_build, rss() - after_build, time.perf_counter() - t)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", type=int, default=0, help="print up to N misses and false positives")
    parser.add_argument(
        "--footprint", action="store_true", help="only start-up time and RSS, with and without the two lists"
    )
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="heldout",
        help="which frozen held-out set: bench.names_heldout, bench.names_heldout2, ...3, ..., ...23 or ...24",
    )
    parser.add_argument(
        "--shipped-ner", action="store_true", help="it, es, pt, de with Veil's own NER pipelines (as by default)"
    )
    args = parser.parse_args()
    shipped = args.shipped_ner
    if args.footprint:
        footprint(shipped)
        return
    examples = sorted(SETS[args.set](), key=lambda e: LANGUAGES.index(e.language))  # run() goes by language
    print(f"# names {args.set} set: {len(examples)} messages")
    neither = tuple(c.__name__ for c in recognizers.ALL if c.__name__ not in (NAME_RULES, GIVEN_NAMES))
    print("it, es, pt, de NER:", "Veil's own pipelines" if shipped else "none (blank pipelines)")
    before, cpu_before = run(examples, neither, shipped)
    report("before: without PersonNameRecognizer and GivenNameRecognizer", examples, before, cpu_before)
    cues, cpu_cues = run(examples, (*neither, NAME_RULES), shipped)
    report("cue words: PersonNameRecognizer, without GivenNameRecognizer", examples, cues, cpu_cues)
    after, cpu_after = run(examples, None, shipped)
    report("after: every recognizer", examples, after, cpu_after)
    if args.show_misses:
        misses(examples, after, args.show_misses)


if __name__ == "__main__":
    main()
