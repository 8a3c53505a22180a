"""`python -m bench.language_id`: per-message language identification, accuracy and speed.

Two sources of short chat messages labelled with their language:

- "held-out": tests/data/language/chat_heldout.tsv, 240 messages in en/fr/it/es/pt/de
  written by hand before any identifier was run (never tuned against);
- "tune": the tune split of `bench.corpus` (templates and fillers another session
  wrote for the detection bench), where the thresholds were chosen.

For each candidate library it prints the share identified right when it must pick one
of the six languages (by letters left after numbers, e-mails and links are removed:
the text an identifier actually sees), microseconds of one core per message, its load
time and the memory its model takes. Then Veil's rule (`LanguageGuesser`: too few letters
or too low a confidence → the tenant's language) as right / fallback / wrong, where
only "wrong" changes the analysis for the worse. `--sweep` prints that for a grid of
thresholds on the tune split (how they were chosen).

Candidates other than py3langid (Veil's dependency) are measured when importable:
lingua-language-detector, in its high and low accuracy modes.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.corpus import LANGUAGES, generate
from proxy.detection.language import LanguageGuesser, sample
from proxy.detection.settings import IdentificationSettings

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "language" / "chat_heldout.tsv"
UNSURE = "??"
BUCKETS = ((0, 12, "<12 letters"), (12, 25, "12-24"), (25, 50, "25-49"), (50, 10**9, "50+"))
Labelled = list[tuple[str, str]]  # (language, text)


def heldout() -> Labelled:
    rows = [
        line.split("\t", 1)
        for line in HELDOUT.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return [(lang, text) for lang, text in rows]


def tune() -> Labelled:
    return [(m.language, m.text) for m in generate("tune")]


def letters(text: str) -> int:
    return sum(c.isalpha() for c in sample(text))


def rss_kib() -> int:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def candidates() -> dict[str, Callable[[], Callable[[str], str]]]:
    """name -> loader returning classify(text) -> language among LANGUAGES."""

    def py3langid() -> Callable[[str], str]:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        model.set_languages(list(LANGUAGES))
        return lambda text: str(model.classify(text)[0])

    out: dict[str, Callable[[], Callable[[str], str]]] = {"py3langid 0.4.0 (6 languages)": py3langid}
    try:
        import lingua  # type: ignore[import-not-found]
    except ImportError:
        return out
    codes = {getattr(lingua.IsoCode639_1, lang.upper()): lang for lang in LANGUAGES}
    chosen = [lingua.Language.from_iso_code_639_1(code) for code in codes]

    def lingua_loader(low: bool) -> Callable[[], Callable[[str], str]]:
        def load() -> Callable[[str], str]:
            builder = lingua.LanguageDetectorBuilder.from_languages(*chosen).with_preloaded_language_models()
            detector = (builder.with_low_accuracy_mode() if low else builder).build()

            def classify(text: str) -> str:
                found = detector.detect_language_of(text)
                return codes[found.iso_code_639_1] if found is not None else UNSURE

            return classify

        return load

    out["lingua 2.x high accuracy"] = lingua_loader(False)
    out["lingua 2.x low accuracy"] = lingua_loader(True)
    return out


def accuracy_table(name: str, classify: Callable[[str], str], sources: dict[str, Labelled]) -> None:
    for source, rows in sources.items():
        cleaned = [(lang, sample(text)) for lang, text in rows]
        by_bucket: dict[str, list[int]] = {}
        for (lang, text), (_, raw) in zip(cleaned, rows, strict=True):
            n = letters(raw)
            label = next(b[2] for b in BUCKETS if b[0] <= n < b[1])
            cell = by_bucket.setdefault(label, [0, 0])
            cell[0] += 1
            cell[1] += classify(text) == lang
        shown = ", ".join(
            f"{b[2]}: {by_bucket[b[2]][1]}/{by_bucket[b[2]][0]} = {by_bucket[b[2]][1] / by_bucket[b[2]][0]:.3f}"
            for b in BUCKETS
            if b[2] in by_bucket
        )
        right = sum(c[1] for c in by_bucket.values())
        print(f"  {source:9} right {right}/{len(rows)} = {right / len(rows):.3f} ({shown})")
        texts = [t for _, t in cleaned]
        rounds = max(1, 4000 // len(texts))
        start = time.process_time()
        for _ in range(rounds):
            for t in texts:
                classify(t)
        per = (time.process_time() - start) / (rounds * len(texts))
        print(f"  {source:9} {1e6 * per:.1f} µs CPU per message (mean over {rounds * len(texts)})")


def compare(sources: dict[str, Labelled]) -> None:
    print("# candidates: pick one of en/fr/it/es/pt/de, no threshold")
    for name, load in candidates().items():
        gc.collect()
        before, start = rss_kib(), time.perf_counter()
        classify = load()
        classify("warm up")
        loaded, grown = time.perf_counter() - start, rss_kib() - before
        print(f"{name}: loaded in {loaded:.2f} s, +{grown / 1024:.0f} MiB RSS")
        accuracy_table(name, classify, sources)


def rule(rows: Labelled, settings: IdentificationSettings, guesser: LanguageGuesser | None = None) -> Counter[str]:
    """right / fallback / wrong of Veil's rule (fallback: too short or too unsure)."""
    guesser = guesser or LanguageGuesser(LANGUAGES, settings)
    out: Counter[str] = Counter()
    for lang, text in rows:
        got = guesser.identify(text, UNSURE)
        out["fallback" if got == UNSURE else "right" if got == lang else "wrong"] += 1
    return out


def shares(counts: Counter[str]) -> str:
    n = sum(counts.values())
    return ", ".join(f"{k} {counts[k]}/{n} = {counts[k] / n:.3f}" for k in ("right", "fallback", "wrong"))


def sweep(rows: Labelled) -> None:
    print("\n# thresholds on the tune split: right / fallback / wrong")
    for min_letters in (1, 8, 12, 16, 20):
        for min_confidence in (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99):
            s = IdentificationSettings(min_letters=min_letters, min_confidence=min_confidence)
            print(f"min_letters {min_letters:2d} min_confidence {min_confidence:.2f}: {shares(rule(rows, s))}")


def by_language(name: str, rows: Sequence[tuple[str, str]], settings: IdentificationSettings) -> None:
    guesser = LanguageGuesser(LANGUAGES, settings)
    print(f"  {name:9} all: {shares(rule(list(rows), settings, guesser))}")
    for lang in LANGUAGES:
        print(f"  {name:9} {lang}: {shares(rule([r for r in rows if r[0] == lang], settings, guesser))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="threshold grid on the tune split")
    parser.add_argument("--no-candidates", action="store_true")
    args = parser.parse_args()
    sources = {"held-out": heldout(), "tune": tune()}
    print(f"# messages: held-out {len(sources['held-out'])}, tune {len(sources['tune'])}")
    if not args.no_candidates:
        compare(sources)
    if args.sweep:
        sweep(sources["tune"])
    settings = IdentificationSettings()
    print(
        f"\n# Veil's rule (min_letters {settings.min_letters}, min_confidence {settings.min_confidence}): "
        "right / fallback (the tenant's language) / wrong"
    )
    for name, rows in sources.items():
        by_language(name, rows, settings)
    guesser = LanguageGuesser(LANGUAGES, settings)
    texts = [t for _, t in sources["tune"]]
    start = time.process_time()
    guesser.identify_many(texts, "en")
    per = (time.process_time() - start) / len(texts)
    print(f"Veil's rule on the tune split: {1e6 * per:.1f} µs CPU per message (cleaning included)")


if __name__ == "__main__":
    main()
