"""The cyclic garbage collector and Veil's long-lived heap.

Presidio's import alone leaves about 100,000 objects whose full collection (generation 2)
took about 100 ms on the 2-core bench machine: a pause in the middle of acknowledging
webhooks, which turned a 5 ms p50 into a 75 ms p99 (docs/performance.md). None of those
objects (modules, settings, compiled regexes, a warmed analyzer) is ever garbage, so once a
process has started they are frozen: moved to the permanent generation, never walked
again. What is allocated later is collected as usual.
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> None:
    """Call once start-up is done (listeners up, pools warmed). Collects first, so that only
    live objects are frozen."""
    gc.collect()
    gc.freeze()
