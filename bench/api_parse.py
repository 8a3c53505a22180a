"""What parsing a /v1 body into its typed model costs: µs per request, model validation
beside the JSON decode it follows, on typical tokenize and detokenize bodies.

    python -m bench.api_parse [--rounds 7] [--number 2000]

Each body is serialised once; each round times `json.loads` alone and then `json.loads` +
`parse(model, …)` (what `server/direct.py` runs before any handler code) `number` times;
the table gives the fastest round of each (on a shared machine the slower rounds measure
the neighbours, not the parse). Pure CPU in this process: no server, no Redis.
The tokens are shaped as Veil issues them; the texts are written here (no held-out data).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from proxy.server.models.fields import parse
from proxy.server.models.public import Detokenize, TokenizeText, TokenizeValues

TEXT = (
    "Hi, this is Maria Rossi, my number is +39 347 123 4567 and my email maria.rossi@example.com; "
    "the order 4711 should go to Via Roma 12, 00184 Roma. "
)
TOKEN = "tok_ph_7Qx2mK9pL4sT8vW1"  # noqa: S105 - a token's shape, not a secret


def _values(n: int) -> dict[str, Any]:
    return {
        "subject": {"kind": "wa_id", "value": "393471234567"},
        "values": [{"value": f"+39 347 123 {4500 + i:04d}", "entity": "PHONE_NUMBER"} for i in range(n)],
    }


BODIES: list[tuple[str, type[BaseModel], dict[str, Any]]] = [
    ("tokenize, 1 value", TokenizeValues, _values(1)),
    ("tokenize, 10 values", TokenizeValues, _values(10)),
    ("tokenize, 100 values", TokenizeValues, _values(100)),
    ("tokenize, text 150 chars", TokenizeText, {"text": TEXT, "subject": "393471234567", "language": "en"}),
    ("tokenize, text 4 KB", TokenizeText, {"text": TEXT * 27, "subject": "393471234567", "language": "en"}),
    ("detokenize, 1 token", Detokenize, {"purpose": "support", "tokens": [TOKEN]}),
    (
        "detokenize, 10 tokens",
        Detokenize,
        {"purpose": "support", "tokens": [TOKEN[:-2] + f"{i:02d}" for i in range(10)]},
    ),
    (
        "detokenize, 100 tokens",
        Detokenize,
        {"purpose": "support", "tokens": [TOKEN[:-2] + f"{i:02d}" for i in range(100)]},
    ),
    ("detokenize, text 4 KB", Detokenize, {"purpose": "support", "text": (TEXT + TOKEN + " ") * 24}),
]


def _per_call_us(fn: Callable[[], object], number: int) -> float:
    """CPU time of this process per call: time spent descheduled (a shared machine) is not counted."""
    start = time.process_time()
    for _ in range(number):
        fn()
    return (time.process_time() - start) / number * 1e6


def measure(rounds: int, number: int) -> list[tuple[str, int, float, float]]:
    """(body, bytes, µs json.loads, µs json.loads + parse) per body, the fastest of `rounds`."""
    out = []
    for name, model, body in BODIES:
        raw = json.dumps(body).encode()
        parse(model, json.loads(raw))  # it parses (and warms up)
        decode = [_per_call_us(lambda r=raw: json.loads(r), number) for _ in range(rounds)]  # type: ignore[misc]
        both = [
            _per_call_us(lambda r=raw, m=model: parse(m, json.loads(r)), number)  # type: ignore[misc]
            for _ in range(rounds)
        ]
        out.append((name, len(raw), min(decode), min(both)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--number", type=int, default=2000, help="calls per round")
    args = parser.parse_args()
    print(f"{'body':<26} {'bytes':>6} {'json µs':>8} {'+model µs':>10} {'model µs':>9}")
    for name, size, decode, both in measure(args.rounds, args.number):
        print(f"{name:<26} {size:>6} {decode:>8.1f} {both:>10.1f} {both - decode:>9.1f}")


if __name__ == "__main__":
    main()
