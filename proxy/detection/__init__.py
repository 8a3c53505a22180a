"""PII detection for free text: Presidio and spaCy behind the `Detector` seam.

The only importer of `presidio_analyzer` and spaCy besides `recognizers/`. Analysis runs in
worker processes (never on the event loop); settings, the registry built from
`recognizers.yaml`, the post-filters and the reload poll are here.

The names below are read from their modules when first asked for (`__getattr__`, PEP 562), not
when the package is imported: a detector worker imports `proxy.detection.worker`, which runs this
file first, and needs none of the async seam, presidio-anonymizer or the reload poll (redis and the
key-value layer): importing them cost each worker about half a second of its start
(docs/performance.md, "Start-up round"). `from proxy.detection import Detector` reads as before.

What it does do first: put the `regex` patterns a worker compiles, built with Veil, in `regex`'s
cache (`regex_compiled`), before anything imports Presidio, whose recognizers compile theirs as
they are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from proxy.detection import regex_compiled

if TYPE_CHECKING:
    from proxy.detection.detector import Detector, InlineDetector, MeteredDetector, PresidioDetector, replace_spans
    from proxy.detection.filters import without_overlaps
    from proxy.detection.regions import regions_of
    from proxy.detection.settings import DetectionSettings, Places, Span
    from proxy.detection.sync import RecognizerSync

regex_compiled.prime()

__all__ = [
    "DetectionSettings",
    "Detector",
    "InlineDetector",
    "MeteredDetector",
    "Places",
    "PresidioDetector",
    "RecognizerSync",
    "Span",
    "regions_of",
    "replace_spans",
    "without_overlaps",
]

_HOMES = (
    ("detector", ("Detector", "InlineDetector", "MeteredDetector", "PresidioDetector", "replace_spans")),
    ("filters", ("without_overlaps",)),
    ("regions", ("regions_of",)),
    ("settings", ("DetectionSettings", "Places", "Span")),
    ("sync", ("RecognizerSync",)),
)


def __getattr__(name: str) -> Any:
    """A public name's object, from the module it lives in (imported now if it was not)."""
    for module, names in _HOMES:
        if name in names:
            return getattr(importlib.import_module(f"{__name__}.{module}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
