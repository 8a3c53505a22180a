"""The runner of the value-by-value tune files (`bench.en_forms_tune`, `bench.br_address_tune`).

Each file is a list of messages with the values that must end up inside some span (whatever its
entity) and a list of clean messages that must come back with none; the files differ in what
they hold and in how the analyzer is asked (a language and its region, or identification and the
grey zone), not in how a round reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bench.address_report import covered


def main(title: str, pii: Sequence[tuple[str, tuple[str, ...]]], clean: Sequence[str], **analyze: Any) -> None:
    """Print values protected (with an interval) and clean messages unchanged, then each miss
    with the spans found in its message and each clean message changed."""
    from bench.detection import BATCH, wilson
    from proxy.detection.detector import DetectionSettings, build_analyzer

    analyzer = build_analyzer(DetectionSettings())
    texts = [t for t, _ in pii] + list(clean)
    preds = []
    for i in range(0, len(texts), BATCH):
        out = analyzer.analyze(texts[i : i + BATCH], **analyze)
        preds += [[(s.entity, s.start, s.end) for s in spans] for spans in out]
    total = ok = 0
    misses = []
    for (text, values), spans in zip(pii, preds, strict=False):
        for value in values:
            start = text.index(value)
            total += 1
            full, _ = covered(("", start, start + len(value)), spans, text)
            ok += full
            if not full:
                misses.append((value, [text[s:e] for _, s, e in spans]))
    after = preds[len(pii) :]
    same = sum(1 for spans in after if not spans)
    lo, hi = wilson(ok, total)
    print(f"# {title}, tune: {len(pii)} PII messages, {len(clean)} clean")
    print(f"PII protected     {ok}/{total} = {ok / total:.3f} [{lo:.3f}-{hi:.3f}]")
    print(f"no-PII unchanged  {same}/{len(clean)}")
    for value, found in misses:
        print(f"  not protected: {value!r}  spans {found!r}")
    for text, spans in zip(clean, after, strict=True):
        if spans:
            print(f"  changed: {[text[s:e] for _, s, e in spans]} in {text!r}")
