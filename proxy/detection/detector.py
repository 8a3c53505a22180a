"""PII detection for free text: the `Detector` seam and its implementations.

`PresidioDetector` runs Presidio (built by `engine.build_analyzer`)
in a bounded pool of worker processes (`spawn` context: no forked copy of the
event loop, sockets or keys), many texts per call so one webhook costs one spaCy
`pipe` batch, and nothing blocks the event loop. `InlineDetector` runs the same
analyzer in the calling thread, for the CLI and tests.

Reload is atomic: the new recognizers file is checked in the parent first
(every problem reported as "file: recognizers[i] (name): problem"), then every
worker builds the new recognizers beside the serving ones, on the spaCy pipelines
it has loaded (`worker.stage`), and only when all have does the next call use them
(a generation number each call carries). Any failure leaves the serving recognizers
in place. The workers are not restarted: loading the pipelines again was most of a
reload's time, tens of seconds beside other work.

Invariants: a detection failure raises `DetectionError` and the caller fails
closed; no text or detected value appears in an exception or log line.
`replace_spans` uses presidio-anonymizer's engine (which resolves overlapping
spans) with a custom operator; its `encrypt` operator is never used.

Module map of proxy/detection/: `settings` (settings, Span, errors), `registry`
(recognizers.yaml + recognizers.ALL), `engine` (spaCy + Presidio, sync), `runner`
and `filters` (Veil's loop over the recognizers, what follows it), `worker` (process
side), this module (async seam, replace).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import sys
import time
import types
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from proxy.detection import worker as detection_worker
from proxy.detection.engine import Analyzer, build_analyzer, installed_models, rebuild_analyzer
from proxy.detection.registry import load_registry_config
from proxy.detection.settings import DetectionSettings, Places, RecognizerInfo, ReloadResult, Span
from proxy.errors import ConfigError, DetectionError

log = logging.getLogger("veil.detection")
T = TypeVar("T")

# A worker still building this long after the first one answered is stuck: the pool fails to start.
START_TIMEOUT_S = 300.0

__all__ = [
    "Analyzer", "DetectionSettings", "Detector", "InlineDetector",
    "PresidioDetector", "ReloadResult", "Span", "build_analyzer", "replace_spans",
]  # fmt: skip


class Detector(Protocol):
    """What the pipeline needs from detection: spans per text. `language` is the language
    to analyse in, or with `identify` the fallback for texts whose own language is unclear
    (each text is then analysed in its identified language, `language.py`); `identify=None`
    means as `detection.identification.enabled` says (a tenant that did not choose). National
    phone forms are read in `regions`, the text's language's countries and, per text,
    `text_regions` (the countries of its customer's and business's numbers: `regions.py`).
    `grey`: also structured matches in the grey zone, marked (`GreyZoneSettings`). `places`: "all"
    keeps every place span a recognizer finds, "personal" only those that may locate a person;
    None means as `detection.places` says (a tenant that did not choose)."""

    async def detect(
        self,
        texts: Sequence[str],
        *,
        language: str,
        regions: Sequence[str] = (),
        identify: bool | None = False,
        text_regions: Sequence[Sequence[str]] | None = None,
        grey: bool = False,
        places: Places | None = None,
    ) -> list[list[Span]]: ...

    async def reload(self) -> ReloadResult: ...

    def active(self) -> tuple[RecognizerInfo, ...]:
        """The recognizers detection runs now, every configured language (the last good load)."""
        ...

    async def close(self) -> None: ...


def _check_file(settings: DetectionSettings) -> ReloadResult | None:
    """A failed ReloadResult if recognizers.yaml is broken, else None."""
    try:
        load_registry_config(settings.recognizers_path(), settings.languages)
    except ConfigError as exc:
        return ReloadResult(ok=False, problems=tuple(exc.problems))
    return None


class MeteredDetector:
    """A detector whose every call is timed into `veil_detection_duration_seconds`, by
    language (the label is the configured language code, never text)."""

    def __init__(self, inner: Detector, observe: Callable[[float, str], None]) -> None:
        self.inner = inner
        self._observe = observe

    async def detect(
        self,
        texts: Sequence[str],
        *,
        language: str,
        regions: Sequence[str] = (),
        identify: bool | None = False,
        text_regions: Sequence[Sequence[str]] | None = None,
        grey: bool = False,
        places: Places | None = None,
    ) -> list[list[Span]]:
        started = time.perf_counter()
        try:
            return await self.inner.detect(
                texts,
                language=language,
                regions=regions,
                identify=identify,
                text_regions=text_regions,
                grey=grey,
                places=places,
            )
        finally:
            self._observe(time.perf_counter() - started, language)

    async def reload(self) -> ReloadResult:
        return await self.inner.reload()

    def active(self) -> tuple[RecognizerInfo, ...]:
        return self.inner.active()

    async def close(self) -> None:
        await self.inner.close()


class InlineDetector:
    """The analyzer in this thread: for the CLI, tests and tools, not the server."""

    def __init__(self, settings: DetectionSettings) -> None:
        self.settings = installed_models(settings)  # a missing default model is warned about once
        self.analyzer = build_analyzer(self.settings)

    async def detect(
        self,
        texts: Sequence[str],
        *,
        language: str,
        regions: Sequence[str] = (),
        identify: bool | None = False,
        text_regions: Sequence[Sequence[str]] | None = None,
        grey: bool = False,
        places: Places | None = None,
    ) -> list[list[Span]]:
        return self.analyzer.analyze(
            texts,
            language=language,
            regions=regions,
            identify=identify,
            text_regions=text_regions,
            grey=grey,
            places=places,
        )

    async def reload(self) -> ReloadResult:
        failed = _check_file(self.settings)
        if failed:
            return failed
        try:
            # The recognizers are built off the event loop (a loop blocked for long times out the
            # readiness probe, which then fails every request closed until it passes again), and
            # warmed on it: their spaCy pipelines are the serving analyzer's, which runs on the loop,
            # and spaCy is not to be run from two threads at once. The warm-up is one short text a
            # language, a few hundredths of a second.
            analyzer = await asyncio.to_thread(rebuild_analyzer, self.analyzer, warm=False)
            analyzer.warm_up(pipelines=False)
        except (ConfigError, DetectionError) as exc:
            return ReloadResult(ok=False, problems=tuple(getattr(exc, "problems", [str(exc)])))
        self.analyzer = analyzer
        return ReloadResult(ok=True, recognizers=analyzer.recognizer_count)

    def active(self) -> tuple[RecognizerInfo, ...]:
        return self.analyzer.recognizer_set

    async def close(self) -> None:
        """Nothing to release."""


class PresidioDetector:
    """Presidio in `settings.workers` processes; create with `await PresidioDetector.start(s)`."""

    def __init__(
        self, settings: DetectionSettings, pool: ProcessPoolExecutor, loaded: tuple[RecognizerInfo, ...]
    ) -> None:
        self.settings = settings
        self._pool = pool
        self._loaded = loaded
        self._generation = 0  # of the recognizers calls use (`worker.stage`): one more each reload
        self._lock = asyncio.Lock()

    @classmethod
    async def start(cls, settings: DetectionSettings) -> PresidioDetector:
        """Check models and recognizers in the parent, then start and warm the pool. The
        workers get the settings with only installed models, so a missing default model is
        warned about once, here, and a missing named one stops start-up here."""
        settings = installed_models(settings)
        load_registry_config(settings.recognizers_path(), settings.languages)
        pool, loaded = await _start_pool(settings, 0)
        return cls(settings, pool, loaded)

    async def detect(
        self,
        texts: Sequence[str],
        *,
        language: str,
        regions: Sequence[str] = (),
        identify: bool | None = False,
        text_regions: Sequence[Sequence[str]] | None = None,
        grey: bool = False,
        places: Places | None = None,
    ) -> list[list[Span]]:
        """Spans per text. A dead worker process (killed, OOM) breaks the whole pool: it is
        replaced and the call retried once on the fresh pool; a second break fails closed
        (`DetectionError`, so the update is retried, then quarantined: a text that kills
        workers cannot loop forever), and the next call starts yet another pool."""
        if not texts:
            return []
        per_text = None if text_regions is None else [tuple(r) for r in text_regions]
        args = (list(texts), language, tuple(regions), identify, per_text, grey, places)
        try:
            return await self._run(*args)
        except BrokenProcessPool:
            log.warning("detector pool broken: restarted, retrying once")
        try:
            return await self._run(*args)
        except BrokenProcessPool:
            raise DetectionError("detector worker failed (BrokenProcessPool)") from None

    async def _run(
        self,
        texts: list[str],
        language: str,
        regions: tuple[str, ...],
        identify: bool | None,
        text_regions: list[tuple[str, ...]] | None,
        grey: bool,
        places: Places | None,
    ) -> list[list[Span]]:
        pool, generation = self._pool, self._generation
        try:
            return await asyncio.get_running_loop().run_in_executor(
                pool,
                detection_worker.analyze,
                generation,
                texts,
                language,
                regions,
                identify,
                text_regions,
                grey,
                places,
            )
        except DetectionError:
            raise
        except BrokenProcessPool:
            await self._replace(pool)
            raise
        except Exception as exc:  # pickling, a worker-side crash
            raise DetectionError(f"detector worker failed ({type(exc).__name__})") from None

    async def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Swap a broken pool for a fresh one (once, however many calls saw it break)."""
        async with self._lock:
            if self._pool is not broken:
                return
            try:
                self._pool, self._loaded = await _start_pool(self.settings, self._generation)
            except DetectionError:
                log.error("detector pool could not be restarted; the next call tries again")
                return
        broken.shutdown(wait=False, cancel_futures=True)

    async def reload(self) -> ReloadResult:
        async with self._lock:
            failed = _check_file(self.settings)
            if failed:
                return failed
            generation = self._generation + 1
            try:
                staged = await _every_worker(
                    self._pool, self.settings.workers, detection_worker.stage, generation, self._generation
                )
            except Exception as exc:  # a worker died or stuck: the next call replaces the pool
                return ReloadResult(ok=False, problems=(f"the detector workers did not reload ({type(exc).__name__})",))
            problems = sorted({p for _, found in staged.values() for p in found})
            if problems:
                return ReloadResult(ok=False, problems=tuple(problems))
            self._generation = generation
            self._loaded = max((loaded for loaded, _ in staged.values()), key=len)  # every worker built the same
        return ReloadResult(ok=True, recognizers=len(self._loaded))

    def active(self) -> tuple[RecognizerInfo, ...]:
        return self._loaded

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._pool.shutdown, True)


async def _start_pool(
    settings: DetectionSettings, generation: int
) -> tuple[ProcessPoolExecutor, tuple[RecognizerInfo, ...]]:
    """Start `workers` processes and wait until every one has built its analyzer (numbered
    `generation`, the one calls carry)."""
    pool = ProcessPoolExecutor(
        max_workers=settings.workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=detection_worker.init_worker,
        initargs=(settings.model_dump(mode="json"), generation),
    )
    try:
        answered = await _every_worker(pool, settings.workers, detection_worker.ping, generation)
    except Exception as exc:
        pool.shutdown(wait=False, cancel_futures=True)
        raise DetectionError(f"detector workers failed to start ({type(exc).__name__})") from None
    return pool, max(answered.values(), key=len)  # every worker built the same set


async def _every_worker(
    pool: ProcessPoolExecutor, workers: int, task: Callable[..., tuple[int, T]], *args: Any
) -> dict[int, T]:
    """`task(*args)` answered by every one of the pool's `workers` processes, by pid.

    A pool gives no way to send a call to a given process, and a worker that answered first can
    take several calls while another is still busy (building, or serving a batch): the calls are
    sent again until every process has answered. `task` must be harmless to repeat."""
    loop = asyncio.get_running_loop()
    answered: dict[int, T] = {}
    deadline = loop.time() + START_TIMEOUT_S
    while True:
        with _main_left_behind():  # a pool's first submit starts every worker, here, synchronously
            calls = [loop.run_in_executor(pool, task, *args) for _ in range(workers)]
        answered.update(await asyncio.gather(*calls))
        if len(answered) >= workers:
            return answered
        if loop.time() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.05)


@contextmanager
def _main_left_behind() -> Iterator[None]:
    """Workers started inside this block do not import the parent's main module.

    `spawn` runs the parent's main script again in each child (as `__mp_main__`, so that
    functions defined there can be unpickled). Started as the `veil` console script, that
    script imports `proxy.cli.main` and through it the whole server (aiohttp, redis, the
    vault, the console): about 1.5 s of CPU and 10+ MiB in every detector worker, which needs
    none of it (its task functions live in `proxy.detection.worker`, imported by name).
    Python reads what to re-run from `sys.modules["__main__"]` when it starts a process,
    which `ProcessPoolExecutor` does synchronously in its first `submit`; for that moment the
    main module is a bare one, with nothing to re-run. Nothing else of the parent reads it
    meanwhile (no await inside the block).
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class _TokenOperator(Operator):
    """presidio-anonymizer operator that asks Veil (the vault) for each span's token."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        assert params is not None  # noqa: S101 - the engine always passes our params
        token: str = params["token_for"](params["entity_type"], text)
        return token

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if not params or not callable(params.get("token_for")):
            raise ValueError("token_for must be a callable")

    def operator_name(self) -> str:
        return "veil_token"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def replace_spans(text: str, spans: Sequence[Span], token_for: Callable[[str, str], str]) -> str:
    """`text` with each span replaced by `token_for(entity, value)`.

    Overlaps are resolved by presidio-anonymizer (higher score wins, a span
    contained in another of the same entity is merged). Adjacent spans of one entity
    separated by spaces are NOT merged: each span is a value the caller minted a token
    for, and a merged "+1 650 555 0000 16505550000" has none (found by tests/fuzz).
    """
    if not spans:
        return text
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    if all(a.end <= b.start for a, b in zip(ordered, ordered[1:], strict=False)):
        # No overlap to resolve (the inbound pipeline makes its spans disjoint first): cut
        # and join, without building an engine per text (its cost, and an INFO log line
        # per call, were 5% of the tokeniser's CPU).
        out: list[str] = []
        at = 0
        for span in ordered:
            out += (text[at : span.start], token_for(span.entity, text[span.start : span.end]))
            at = span.end
        out.append(text[at:])
        return "".join(out)
    return _replace_with_engine(text, spans, token_for)


def _replace_with_engine(text: str, spans: Sequence[Span], token_for: Callable[[str, str], str]) -> str:
    engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
    engine.add_anonymizer(_TokenOperator)
    results = [RecognizerResult(s.entity, s.start, s.end, s.score) for s in spans]
    operators = {"DEFAULT": OperatorConfig("veil_token", {"token_for": token_for})}
    return str(engine.anonymize(text, results, operators, merge_entities_with_spaces=False).text)
