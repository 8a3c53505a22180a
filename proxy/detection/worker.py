"""Code that runs inside a detector worker process.

Each worker of the `ProcessPoolExecutor` builds its own `Analyzer` once, in the
pool initializer, and warms it (spaCy models, regexes, phone metadata) before
the pool is handed to callers. The analyzers are kept in `_STATE`, by generation:
a per-process holder that exists only in the child (the parent never calls
`init_worker`), which is the one piece of module-level state Veil allows, because
a process pool gives no other place to keep an object between tasks.

A reload is two steps, so it stays atomic across workers: `stage` builds the next
generation's recognizers beside the serving ones, on the same spaCy pipelines
(`rebuild_analyzer`), and only once every worker has staged does the parent send
calls of that generation; a worker drops older generations when the first such call
reaches it (a pool's queue is first in, first out, so no older call follows it there).

Security property: the task function returns spans (offsets, entity names),
never text; an exception from a recognizer becomes a `DetectionError` whose
message names only the exception type.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Sequence
from typing import Any

from proxy.detection.engine import Analyzer, build_analyzer, rebuild_analyzer
from proxy.detection.settings import DetectionSettings, Places, RecognizerInfo, Span
from proxy.errors import ConfigError, DetectionError
from proxy.heap import freeze_startup_heap

_STATE: dict[int, Analyzer] = {}  # generation -> analyzer


def init_worker(settings_data: dict[str, Any], generation: int = 0) -> None:
    """Pool initializer: build and warm this process's analyzer.

    The cyclic collector is off while it builds: the build allocates enough Python objects (the
    models' configurations and weights, the rules' lists) that the collector ran some 80 times, its
    full passes walking everything imported before, for the few cycles the build leaves, which
    `freeze_startup_heap` collects once right after (0.2 s of a worker's start; docs/performance.md,
    "Start-up round"). Off by a threshold of 0, not `gc.disable()`: srsly, which reads the models,
    enables the collector again after each read."""
    exit_with_parent()
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        _STATE[generation] = build_analyzer(DetectionSettings.model_validate(settings_data))
    finally:
        gc.set_threshold(*thresholds)
    freeze_startup_heap()  # the warmed models are never garbage (proxy/heap.py)


def exit_with_parent() -> None:
    """End this worker when its parent dies. A pool worker waits on its call queue, whose
    pipe it holds both ends of, so a parent that never says goodbye (SIGKILL, the OOM
    killer, a forced exit after a stuck shutdown) would leave it running for good: a
    model's worth of memory per restart, and the parent's stdout/stderr held open."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])  # readable once the parent is gone
        os._exit(0)

    threading.Thread(target=watch, name="veil-parent-watch", daemon=True).start()


def analyze(
    generation: int,
    texts: Sequence[str],
    language: str,
    regions: Sequence[str],
    identify: bool | None = False,
    text_regions: Sequence[Sequence[str]] | None = None,
    grey: bool = False,
    places: Places | None = None,
) -> list[list[Span]]:
    """Spans per text by `generation`'s recognizers; with `identify`, each text's language is
    identified here, in the worker (microseconds a text, and never on the event loop), `language`
    its fallback."""
    analyzer = _STATE.get(generation)
    if analyzer is None:
        raise DetectionError("detector worker has no recognizers of that generation")
    for older in [g for g in _STATE if g < generation]:
        del _STATE[older]
    return analyzer.analyze(
        texts,
        language=language,
        regions=regions,
        identify=identify,
        text_regions=text_regions,
        grey=grey,
        places=places,
    )


def ping(generation: int = 0) -> tuple[int, tuple[RecognizerInfo, ...]]:
    """(pid, the recognizers of `generation`): proves a worker initialised and is answering, and
    tells the parent what it actually loaded (the admin API lists it)."""
    analyzer = _STATE.get(generation)
    return os.getpid(), analyzer.recognizer_set if analyzer else ()


def stage(generation: int, serving: int) -> tuple[int, tuple[tuple[RecognizerInfo, ...], tuple[str, ...]]]:
    """(pid, (the recognizers `generation` will run, problems)): builds them beside `serving`'s, on
    its pipelines, unless this worker already has (the parent asks until every worker answered, so
    one may be asked twice). A generation staged before and never served is dropped first. Problems
    name the configuration or an exception's type, never text."""
    for stale in [g for g in _STATE if g not in (serving, generation)]:
        del _STATE[stale]
    if generation not in _STATE:
        base = _STATE.get(serving)
        if base is None:
            return os.getpid(), ((), ("detector worker has no recognizers of the serving generation",))
        try:
            _STATE[generation] = rebuild_analyzer(base)
        except ConfigError as exc:
            return os.getpid(), ((), tuple(exc.problems))
        except Exception as exc:  # a recognizer that fails on the warm-up text
            return os.getpid(), ((), (f"the recognizers failed to build ({type(exc).__name__})",))
    return os.getpid(), (_STATE[generation].recognizer_set, ())
