"""PII detection for free text: Presidio and spaCy behind the `Detector` seam.

The only importer of `presidio_analyzer` and spaCy besides `recognizers/`. Analysis runs in
worker processes (never on the event loop); settings, the registry built from
`recognizers.yaml`, the post-filters and the reload poll are here.
"""

from __future__ import annotations

from proxy.detection.detector import Detector, InlineDetector, MeteredDetector, PresidioDetector, replace_spans
from proxy.detection.filters import without_overlaps
from proxy.detection.regions import regions_of
from proxy.detection.settings import DetectionSettings, Places, Span
from proxy.detection.sync import RecognizerSync

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
