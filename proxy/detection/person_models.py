"""Veil's own person pipelines run beside a language's model (`detection.person_models`).

English runs on `en_core_web_sm`, trained on news: it misses names in chat ("Wilhelmina rang
about the blender") and reads products as people. Veil's English pipeline (`veil_ner_en`,
scripts/train_ner.py: the English messages of many writers with every name re-drawn, PER only)
knows chat but, being small, takes brands, shops and dishes for people as readily. So it does
not replace the news model: it reads the same texts, after it, and only its `PERSON` spans are
added, each read as the it/es/pt/de pipelines' spans are (`filters.trim_ner`, then
`filters.corroborated`: a listed first name, or a person cue and a word of no everyday list).
What it adds is then a model span like any other: every goods, shop and place rule of the
post-filter (`filters.settle`) still applies to it.

Measured (docs/detection-rounds.md, "Veil's English pipeline beside en_core_web_sm"): accepting
an unlisted word the pipeline calls a person when it is no everyday word of any language
protected ten more names of the dev split, and made people of a chain of opticians and a dish
("Booked with Specsavers", "Will Jollof rice be on"); a lone person preposition as the cue did
no better. So the corroboration stays the other pipelines'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from proxy.detection.filters import NER_RECOGNIZER, corroborated, trim_ner
from proxy.detection.runner import NER_MAPPING, NER_SCORE
from proxy.detection.settings import Span


def person_spans(nlp: Any, texts: Sequence[str], language: str, batch_size: int) -> list[list[Span]]:
    """Per text, the corroborated `PERSON` spans of the person pipeline `nlp`, which tokenises the
    texts itself (its vocabulary is not the main model's)."""
    out: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size), strict=True):
        kept: list[Span] = []
        for ent in doc.ents:
            if NER_MAPPING.get(ent.label_) != "PERSON":
                continue
            span = trim_ner(text, Span("PERSON", ent.start_char, ent.end_char, NER_SCORE, NER_RECOGNIZER), language)
            span = corroborated(text, span, language) if span is not None else None
            if span is not None:
                kept.append(span)
        out.append(kept)
    return out
