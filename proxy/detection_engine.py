"""The synchronous analyzer: spaCy + Presidio built from Veil's settings.

`build_analyzer(settings)` returns an `Analyzer`; it runs inside each detector
worker process (and inline for the CLI and tests). Choices, and why:

- **Models are checked first.** `spacy.util.is_package` is asked for every
  configured model *before* Presidio sees it, because Presidio's answer to a
  missing model is `spacy.cli.download` (a network call, then a confusing
  ConnectionError). A missing model raises ConfigError naming the pip package.
- **NER only.** A model is loaded with only its `ner` component (its NER has
  its own tok2vec in the small models): half the CPU of the full pipeline.
  Languages without a model get `spacy.blank(lang)`: tokenizer only, so pattern
  recognizers and context words still work, and no names or places are found.
- **Context words on lower-cased token text, not lemmas.** With the lemmatizer
  gone, Presidio's `LemmaContextAwareEnhancer` would see empty lemmas and never
  boost (DECISIONS item 20b); and it, pt, es and de have no lemmatizer here at
  all. So the NLP artifacts carry each token's lower-cased text in place of its
  lemma, and Presidio's substring matching ("telefono" in "telefonino") covers
  most inflections. The same rule then holds in every language.
- **Thresholds and the allow-list are Veil's.** Per-entity thresholds are
  applied after Presidio's own dedupe; allow-list entries match the span after
  normalisation (digits only for number-like strings, case-folded otherwise),
  so "+39 02 1234 5678" also allows "0039 02 12345678". Overlapping spans are
  settled here (best score, then longest), so callers get disjoint spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import spacy
from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from proxy.detection_registry import build_registry, load_registry_config
from proxy.detection_settings import DetectionError, DetectionSettings, Span, pip_package
from proxy.errors import ConfigError
from recognizers import PhoneNumberRecognizer

WARM_UP_TEXT = (
    "Hi, I am Jane Doe, write to jane.doe@example.com or call +44 20 7946 0958; IBAN GB82 WEST 1234 5698 7654 32."
)
_NUMBERISH = re.compile(r"^[\d\s().+\-/]+$")
_NER_MAPPING = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "GPE": "LOCATION",
                "FAC": "LOCATION", "LOCATION": "LOCATION", "NORP": "NRP", "ORG": "ORGANIZATION",
                "DATE": "DATE_TIME", "TIME": "DATE_TIME", "MISC": "MISC"}  # fmt: skip
_NER_LABELS = ("CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
               "PRODUCT", "QUANTITY", "WORK_OF_ART")  # fmt: skip


def check_models(settings: DetectionSettings) -> None:
    """ConfigError naming the pip package of every configured model not installed."""
    missing = [
        f"detection.models.{lang}: spaCy model {model!r} is not installed; "
        f"install it with `pip install {pip_package(model)}`"
        for lang, model in settings.models.items()
        if not spacy.util.is_package(model)
    ]
    if missing:
        raise ConfigError(missing)


class VeilNlpEngine(SpacyNlpEngine):
    """spaCy engine: NER-only models, blank pipelines, lower-cased text as "lemmas"."""

    def __init__(self, settings: DetectionSettings) -> None:
        ignored = [e for e in _NER_MAPPING.values() if e not in settings.ner_entities]
        super().__init__(
            models=[{"lang_code": k, "model_name": v} for k, v in settings.models.items()],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=_NER_MAPPING,
                labels_to_ignore=sorted({*ignored, *_NER_LABELS}),
            ),
        )
        # SpacyNlpEngine replaces an empty list by en_core_web_lg: undo that.
        self.models = [{"lang_code": k, "model_name": v} for k, v in settings.models.items()]
        self.languages = settings.languages

    def load(self) -> None:
        nlp: dict[str, Any] = {}
        for model in self.models:
            name = model["model_name"]
            pipes = spacy.util.get_model_meta(spacy.util.get_package_path(name))["pipeline"]
            nlp[model["lang_code"]] = spacy.load(name, exclude=[p for p in pipes if p != "ner"])
        for lang in self.languages:
            if lang not in nlp:
                nlp[lang] = spacy.blank(lang)
        self.nlp = nlp  # type: ignore[assignment]

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


def _normalise(value: str) -> str:
    if _NUMBERISH.match(value):
        digits = re.sub(r"\D", "", value)
        return digits[2:] if value.strip().startswith("00") else digits
    return " ".join(value.casefold().split())


class Analyzer:
    """Synchronous, batched analysis; one instance per process (not thread-safe)."""

    def __init__(self, settings: DetectionSettings, registry_config: dict[str, Any]) -> None:
        self.settings = settings
        nlp_engine = VeilNlpEngine(settings)
        nlp_engine.load()
        registry = build_registry(settings, registry_config, set(settings.models))
        self.engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=list(settings.languages),
            default_score_threshold=0,
        )
        self.batch = BatchAnalyzerEngine(analyzer_engine=self.engine)
        self.recognizer_count = len(list(registry.recognizers))
        self._allowed = frozenset(_normalise(v) for v in settings.allow_list)
        self._phones: dict[tuple[str, tuple[str, ...]], PhoneNumberRecognizer] = {}

    def analyze(self, texts: Sequence[str], *, language: str, regions: Sequence[str] = ()) -> list[list[Span]]:
        """Spans per text, in text order; DetectionError (never a value) on failure."""
        if language not in self.settings.languages:
            shown = repr(language) if re.fullmatch(r"[a-z]{2,3}", language) else "given"
            raise DetectionError(f"language {shown} is not configured for detection")
        if any(len(t) > self.settings.max_text_chars for t in texts):
            raise DetectionError(f"text longer than {self.settings.max_text_chars} characters")
        todo = [i for i, t in enumerate(texts) if t.strip()]
        out: list[list[Span]] = [[] for _ in texts]
        if not todo:
            return out
        kwargs: dict[str, Any] = {}
        extra = self._extra_phones(language, regions)
        if extra is not None:
            kwargs["ad_hoc_recognizers"] = [extra]
        try:
            results = self.batch.analyze_iterator(
                [texts[i] for i in todo], language, batch_size=self.settings.batch_size, **kwargs
            )
        except Exception as exc:  # fail closed, and keep the text out of the message
            raise DetectionError(f"analysis failed ({type(exc).__name__})") from None
        for i, found in zip(todo, results, strict=True):
            out[i] = self._spans(texts[i], found)
        return out

    def _spans(self, text: str, results: list[RecognizerResult]) -> list[Span]:
        spans = []
        for r in results:
            if r.score < self.settings.threshold(r.entity_type):
                continue
            if self._allowed and _normalise(text[r.start : r.end]) in self._allowed:
                continue
            name = (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
            spans.append(Span(r.entity_type, r.start, r.end, round(r.score, 4), str(name)))
        return _without_overlaps(spans)

    def _extra_phones(self, language: str, regions: Sequence[str]) -> PhoneNumberRecognizer | None:
        """A national-forms-only phone recognizer for regions beyond the configured ones."""
        extra = tuple(sorted({r.upper() for r in regions} - set(self.settings.phone_regions)))
        if not extra:
            return None
        key = (language, extra)
        if key not in self._phones:
            if len(self._phones) > 256:
                self._phones.clear()
            self._phones[key] = PhoneNumberRecognizer(supported_language=language, regions=extra, international=False)
        return self._phones[key]

    def warm_up(self) -> None:
        """Run every language once, so the first real message pays no lazy loading."""
        for lang in self.settings.languages:
            self.analyze([WARM_UP_TEXT], language=lang)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the best span where spans overlap (score, then length), in text order.

    Presidio returns overlapping results of different entities (an NER PERSON
    around a codice fiscale, a phone-shaped tail inside an IBAN); the caller
    replaces each kept span by one token, so overlaps are settled here once.
    """
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start - s.end, s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def build_analyzer(settings: DetectionSettings) -> Analyzer:
    """Check models, load and check recognizers.yaml, build and warm an Analyzer."""
    check_models(settings)
    config = load_registry_config(settings.recognizers_path(), settings.languages)
    analyzer = Analyzer(settings, config)
    analyzer.warm_up()
    return analyzer
