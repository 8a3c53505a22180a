"""`python -m bench.recognizer_cost`: where a message's CPU goes, recognizer by recognizer.

The analyzer's own stage split (`Analyzer.cpu`: language, spaCy, recognizers, filters) says how
much the recognizers cost together, not which. A timer around each recognizer inside the running
analyzer adds its own cost to ~35 calls a message, and cProfile inflates small Python functions
(docs/performance.md). So, as the earlier rounds did by hand: the tune split of `bench.corpus`
(`--split`) goes once through the default analyzer as `bench.detection` runs it (batches of one
language, its country as phone region, each text identified), which prints the stage split and
keeps the text each language runner was given; then each recognizer alone is run over those same
texts (`--rounds` times, the best kept): every recognizer of the runners, the phone recognizers
the analyzer adds for the batch's region and the inferred ones, and Presidio's plain pattern
recognizers through the runner's own loop (`fast_pattern_analyze` with the prefilter).

A recognizer run alone, over and over, finds the CPU's caches warmer than inside a message: the
sum comes out below the recognizers' stage, whose rest is the runner's own loop and the caches.
Read the table for proportions, and compare two trees only side by side (same load).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench.corpus import REGION, SEEDS, generate
from proxy.detection.detector import DetectionSettings, build_analyzer
from proxy.detection.prefilter import held
from proxy.detection.runner import LanguageRunner
from recognizers.checksum_pattern_recognizer import fast_pattern_analyze

BATCH = 32


def _best(rounds: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SEEDS), default="tune")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.split != "tune":
        raise SystemExit("tune only: the held-out split is for the final figures")
    analyzer = build_analyzer(DetectionSettings())
    seen: list[tuple[str, str, tuple[object, ...]]] = []  # (language, text as the runner got it, extra phones)
    original = LanguageRunner.rule_spans

    def keep(
        self: LanguageRunner, text: str, doc: object, extra: tuple[object, ...] = (), grey: bool = False
    ) -> object:
        seen.append((self.language, text, tuple(extra)))
        return original(self, text, doc, extra, grey)  # type: ignore[arg-type]

    messages = sorted(generate(args.split, per_cell=300), key=lambda m: m.language)
    LanguageRunner.rule_spans = keep  # type: ignore[assignment, method-assign]
    try:
        start = time.process_time()
        i = 0
        while i < len(messages):  # batches of up to BATCH messages of one language (`bench.detection`)
            lang = messages[i].language
            j = i + 1
            while j < len(messages) and j - i < BATCH and messages[j].language == lang:
                j += 1
            analyzer.analyze([m.text for m in messages[i:j]], language=lang, regions=[REGION[lang]], identify=True)
            i = j
        total = time.process_time() - start
    finally:
        LanguageRunner.rule_spans = original  # type: ignore[method-assign]
    n = len(seen)
    stages = ", ".join(f"{k} {1000 * v / n:.3f}" for k, v in analyzer.cpu.items())
    print(f"# {args.split} split, {n} texts: {1000 * total / n:.3f} ms CPU a message ({stages})")
    rows: list[tuple[float, str]] = []
    runners = analyzer.runners
    for k, rec in enumerate(runners[analyzer.settings.default_language].text_only):
        name = str(getattr(rec, "name", type(rec).__name__))
        fast = runners[analyzer.settings.default_language]._fast.get(id(rec))

        def run(k: int = k, fast: object = fast) -> None:
            for lang, text, _ in seen:
                runner = runners[lang]
                mine = runner.text_only[k]
                if fast is not None:
                    have = held(text, runner._needed)
                    ready = [(p, f) for p, f, needs in runner._fast[id(mine)] if needs <= have]
                    if ready:
                        fast_pattern_analyze(mine, ready, text)  # type: ignore[arg-type]
                else:
                    mine.analyze(text, runner.entities, None)  # type: ignore[arg-type]

        rows.append((_best(args.rounds, run), name))

    def extras() -> None:
        for lang, text, extra in seen:
            for rec in extra:
                rec.analyze(text, runners[lang].entities, None)  # type: ignore[attr-defined]

    rows.append((_best(args.rounds, extras), "PhoneNumberRecognizer (the batch's region, inferred regions)"))
    print(f"{'ms a message':>12}  recognizer (alone, best of {args.rounds})")
    for cpu, name in sorted(rows, reverse=True):
        print(f"{1000 * cpu / n:12.4f}  {name}")
    print(f"{1000 * sum(c for c, _ in rows) / n:12.4f}  all of them")


if __name__ == "__main__":
    main()
