"""`python -m bench.ner_tune`: what Veil's own it/es/pt/de NER pipelines add to the rules, on tune data only.

The tuning set of the corroboration their spans need (`proxy.detection.filters.corroborated`),
never the held-out name sets. Per language, the default analyzer without the pipelines (the
rules: blank pipelines) against the same with them (`detection.models` naming `veil_ner_*`):

- **tune**: `bench.names_tune`'s name sentences and commerce messages, `bench.names_tune_chat`'s
  (it, es, de), and the hand-written commerce messages of `bench.ner_tune_data` and
  `bench.ner_tune_products` (products, models and brands named like people and places): names
  protected, no-PII messages unchanged;
- **generated**: name messages from `scripts/train_ner.py`'s own generator with another seed
  than training's (`--seed`; needs the `ner` extra: mimesis), where the rules were never tuned
  and the model has not seen these sentences, though it has seen their kind: names protected.

`--show N` prints up to N no-PII messages the pipelines change and N names only they protect.

Last, the landing rule of turning them on by default (docs/detection.md, "Veil's own NER
pipelines on by default"), per language over both parts: no-PII messages unchanged with the
pipelines at most one in 150 fewer than with the rules alone, and names protected strictly more.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from bench import names_tune, names_tune_chat, ner_tune_data, ner_tune_products
from bench.corpus import REGION
from bench.names import _models
from proxy.detection.detector import DetectionSettings, build_analyzer

LANGUAGES = ("it", "es", "pt", "de")
SEED = 777  # not train_ner.SEED
BATCH = 32
Row = tuple[str, str, tuple[tuple[int, int], ...]]  # language, text, gold name spans ((): no PII)


def tune_rows() -> list[Row]:
    rows = [(lang, text, gold) for lang, text, gold in names_tune.examples() if lang in LANGUAGES]
    rows += [row for lang in names_tune_chat.LANGS for row in names_tune_chat.examples(lang)]
    rows += [(lang, text, ()) for lang in LANGUAGES for text in ner_tune_data.CLEAN[lang]]
    return rows + [(lang, text, ()) for lang in LANGUAGES for text in ner_tune_products.CLEAN[lang]]


def generated_rows(per_language: int, seed: int) -> list[Row]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import train_ner  # the recipe's generator (scripts/ is no package; mypy reads scripts/ too)

    rows: list[Row] = []
    for lang in LANGUAGES:
        gen = train_ner.Generator(lang, train_ner.load_sources(lang), random.Random(seed))
        while sum(r[0] == lang for r in rows) < per_language:
            message = gen.message(True)
            gold = tuple((s, e) for s, e, label in message.entities if label == "PER")
            if gold:
                rows.append((lang, message.text, gold))
    return rows


def spans(rows: list[Row], shipped: bool) -> list[list[tuple[int, int]]]:
    analyzer = build_analyzer(DetectionSettings(**_models(shipped)))
    out: dict[int, list[tuple[int, int]]] = {}
    for lang in LANGUAGES:
        at = [i for i, row in enumerate(rows) if row[0] == lang]
        for k in range(0, len(at), BATCH):
            part = at[k : k + BATCH]
            found = analyzer.analyze([rows[i][1] for i in part], language=lang, regions=[REGION[lang]])
            for i, found_spans in zip(part, found, strict=True):
                out[i] = [(s.start, s.end) for s in found_spans]
    return [out[i] for i in range(len(rows))]


Tally = dict[str, list[int]]  # language → [names, by rules, with pipelines, no-PII, unchanged by rules, with]


def report(name: str, rows: list[Row], show: int, tally: Tally) -> None:
    rules, model = spans(rows, False), spans(rows, True)
    print(f"\n## {name}\n{'lang':4} {'names':>5} {'rules':>6} {'+NER':>6} {'no-PII':>7} {'rules':>6} {'+NER':>6}")
    for lang in LANGUAGES:
        names = hit_rules = hit_model = clean = same_rules = same_model = 0
        changed: list[str] = []
        added: list[str] = []
        for (lg, text, gold), r, m in zip(rows, rules, model, strict=True):
            if lg != lang:
                continue
            if not gold:
                clean, same_rules, same_model = clean + 1, same_rules + (not r), same_model + (not m)
                if m and not r:
                    changed.append(f"{[text[a:b] for a, b in m]!r} in {text!r}")
                continue
            for g in gold:
                by_rules, by_model = names_tune.covered(g, r, text), names_tune.covered(g, m, text)
                names, hit_rules, hit_model = names + 1, hit_rules + by_rules, hit_model + by_model
                if by_model and not by_rules:
                    added.append(f"{text[g[0] : g[1]]!r} in {text!r}")
        counts = tally.setdefault(lang, [0] * 6)
        for k, v in enumerate((names, hit_rules, hit_model, clean, same_rules, same_model)):
            counts[k] += v
        line = f"{lang:4} {names:5d} {hit_rules / max(names, 1):6.3f} {hit_model / max(names, 1):6.3f}"
        if clean:
            line += f" {clean:7d} {same_rules:6d} {same_model:6d}"
        print(line)
        for what, items in (("changed", changed), ("added", added)):
            for item in items[:show]:
                print(f"   {what}: {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--generated", type=int, default=250, help="generated name messages a language (0: none)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    tally: Tally = {}
    report("tune: names_tune, names_tune_chat, ner_tune_data, ner_tune_products", tune_rows(), args.show, tally)
    if args.generated:
        report(f"generated names (seed {args.seed})", generated_rows(args.generated, args.seed), args.show, tally)
    verdict(tally)


def verdict(tally: Tally) -> None:
    """The landing rule of turning the pipelines on by default, per language and overall."""
    print("\n## landing rule: no-PII unchanged within 1 in 150 of the rules alone, names protected higher")
    held = True
    for lang, (names, hit_rules, hit_model, clean, same_rules, same_model) in tally.items():
        fewer = same_rules - same_model
        ok = fewer * 150 <= clean and hit_model > hit_rules
        held = held and ok
        print(
            f"{lang:4} no-PII {same_rules}/{clean} -> {same_model}/{clean} (fewer {fewer}, allowed {clean // 150}); "
            f"names {hit_rules}/{names} -> {hit_model}/{names}: {'holds' if ok else 'FAILS'}"
        )
    print(f"rule {'holds' if held else 'does not hold'} in every language")


if __name__ == "__main__":
    main()
