"""`python -m bench.worker_memory`: what a detector worker keeps of the messages it reads, and what forgetting costs.

A worker reads each batch inside spaCy memory zones and empties its recognizers' word caches at the
batch's end (`Analyzer._zone`, docs/security.md "What a detector worker keeps"). Two ways compared:
"kept" (`Analyzer.forget = False`: no zone, caches kept, as before) and "forgotten" (the default).

- Memory: for each way, a fresh process builds the default analyzer (`--person`: with Veil's English
  person pipeline beside en's model), then reads `--messages` messages one at a time, most of their
  words never seen before: tune-split messages (`bench.corpus`) with each word of four letters or more
  replaced, one in two, by a made-up word of its length and capitalisation. It prints its RSS and each
  pipeline's `len(vocab.strings)` after start-up and after the messages.
- CPU: one process, two analyzers, one of each way (one analyzer switched between the ways would lend
  the forgetting rounds the words the keeping rounds left in its vocabulary and tokenizer cache), the
  tune split's messages one at a time through each, alternately, `--rounds` times; the best round of
  each, in ms of process CPU a message. Compare on a quiet machine; the rounds interleave so that load
  which comes and goes falls on both.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.corpus import REGION, generate
from proxy.detection.detector import Analyzer, DetectionSettings, build_analyzer

WAYS = ("kept", "forgotten")
_WORD = re.compile(r"[^\W\d_]{4,}")
_CONSONANTS, _VOWELS = "bcdfghjklmnprstvwz", "aeiou"


def _settings(person: bool) -> DetectionSettings:
    return DetectionSettings(person_models={"en": "veil_ner_en"} if person else {})


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _strings(analyzer: Analyzer) -> dict[str, int]:
    out = {lang: len(nlp.vocab.strings) for lang, nlp in analyzer.pipelines.items()}
    out.update({f"{lang}+person": len(nlp.vocab.strings) for lang, nlp in analyzer.person_pipelines.items()})
    return out


def _made_up(rng: random.Random, like: str) -> str:
    """A pronounceable word of no language, as long as `like` and capitalised as it is."""
    letters = "".join(rng.choice(_VOWELS if i % 2 else _CONSONANTS) for i in range(len(like)))
    return letters.capitalize() if like[0].isupper() else letters


def unseen(count: int, seed: int = 5) -> list[tuple[str, str]]:
    """(language, text): `count` tune-split messages, one word in two of four letters or more made up."""
    rng = random.Random(seed)
    base = generate("tune", per_cell=20)
    out = []
    for k in range(count):
        message = base[k % len(base)]
        text = _WORD.sub(lambda m: _made_up(rng, m.group()) if rng.random() < 0.5 else m.group(), message.text)
        out.append((message.language, text))
    return out


def child(way: str, messages: int, person: bool) -> dict[str, Any]:
    """The memory part for one way, in this process."""
    analyzer = build_analyzer(_settings(person))
    analyzer.forget = way == "forgotten"
    texts = unseen(messages)
    start = {"rss": _rss_mib(), "strings": _strings(analyzer)}
    for lang, text in texts:
        analyzer.analyze([text], language=lang, regions=[REGION[lang]], identify=True)
    return {"way": way, "start": start, "end": {"rss": _rss_mib(), "strings": _strings(analyzer)}}


def memory(messages: int, person: bool) -> None:
    rows = []
    for way in WAYS:
        cmd = [sys.executable, "-m", "bench.worker_memory", "--child", way, "--messages", str(messages)]
        done = subprocess.run([*cmd, *(["--person"] if person else [])], capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    names = list(rows[0]["start"]["strings"])
    print(f"## memory: {messages} messages of made-up words, one at a time (identified), a fresh process per way")
    print(f"{'way':10} {'when':8} {'RSS MiB':>8}  " + "  ".join(f"{n:>10}" for n in names))
    for row in rows:
        for when in ("start", "end"):
            got = row[when]
            cells = "  ".join(f"{got['strings'][n]:>10}" for n in names)
            print(f"{row['way']:10} {when:8} {got['rss']:8.0f}  {cells}")


def cpu(rounds: int, person: bool) -> None:
    messages = [(m.language, m.text) for m in generate("tune", per_cell=20)]
    analyzers = {}
    for way in WAYS:
        analyzers[way] = build_analyzer(_settings(person))
        analyzers[way].forget = way == "forgotten"
    best = dict.fromkeys(WAYS, float("inf"))
    for _ in range(rounds):
        for way in WAYS:
            analyzer = analyzers[way]
            start = time.process_time()
            for lang, text in messages:
                analyzer.analyze([text], language=lang, regions=[REGION[lang]], identify=True)
            best[way] = min(best[way], time.process_time() - start)
    print(f"## CPU: {len(messages)} tune-split messages one at a time (identified), best of {rounds} alternate rounds")
    for way in WAYS:
        print(f"{way:10} {1000 * best[way] / len(messages):8.3f} ms a message")
    print(f"forgetting costs {100 * (best['forgotten'] / best['kept'] - 1):+.1f}% (words seen in the rounds before)")
    new = unseen(rounds * len(messages), seed=17)
    spent = dict.fromkeys(WAYS, 0.0)
    for at in range(0, len(new), 500):  # slices of new messages through each way in turn, each new to both
        for way in WAYS:
            start = time.process_time()
            for lang, text in new[at : at + 500]:
                analyzers[way].analyze([text], language=lang, regions=[REGION[lang]], identify=True)
            spent[way] += time.process_time() - start
    print(f"## CPU: {len(new)} messages of made-up words, each new to both ways, in alternate slices of 500")
    for way in WAYS:
        print(f"{way:10} {1000 * spent[way] / len(new):8.3f} ms a message")
    print(f"forgetting costs {100 * (spent['forgotten'] / spent['kept'] - 1):+.1f}% (new words)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--person", action="store_true", help="Veil's English person pipeline beside en's model")
    parser.add_argument("--only", choices=("memory", "cpu"))
    parser.add_argument("--child", choices=WAYS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.messages, args.person)))
        return
    if args.only != "cpu":
        memory(args.messages, args.person)
    if args.only != "memory":
        cpu(args.rounds, args.person)


if __name__ == "__main__":
    main()
