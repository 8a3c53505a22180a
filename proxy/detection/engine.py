"""The synchronous analyzer: spaCy + Presidio built from Veil's settings.

`build_analyzer(settings)` returns an `Analyzer`; it runs inside each detector
worker process (and inline for the CLI and tests). Choices, and why:

- **Models are checked first.** `spacy.util.is_package` is asked for every
  configured model *before* Presidio sees it, because Presidio's answer to a
  missing model is `spacy.cli.download` (a network call, then a confusing
  ConnectionError). A model the config names (`detection.models`) that is
  missing raises ConfigError naming the pip package; a *default* model that is
  missing costs its language NER only, with a WARNING naming the language and
  the package (`installed_models`): a fresh install without the French model
  still starts, and says what it lacks.
- **NER only.** A model is loaded with only its `ner` component (its NER has
  its own tok2vec in the small models): half the CPU of the full pipeline.
  Veil's own pipelines (`veil_ner_it`, `_es`, `_pt`, `_de`: blank tokenizer + NER,
  trained by scripts/train_ner.py; on by default for their languages) are loaded from
  the folder they ship in (`settings.SHIPPED_MODELS`), so nothing is fetched for them
  either.
  A person pipeline (`detection.person_models`, opt-in: `veil_ner_en`) is loaded the same
  way, NER only, and read after the language's model on the same texts (`person_models`).
  Languages without a model get `spacy.blank(lang)`: tokenizer only, so pattern
  recognizers and context words still work, and no names or places are found.
- **Context words on lower-cased token text, not lemmas.** With the lemmatizer
  gone, Presidio's `LemmaContextAwareEnhancer` would see empty lemmas and never
  boost (DECISIONS item 20b); and it, pt, es and de have no lemmatizer here at
  all. So the NLP artifacts carry each token's lower-cased text in place of its
  lemma, and Presidio's substring matching ("telefono" in "telefonino") covers
  most inflections. The same rule then holds in every language.
- **Veil's own loop, not `AnalyzerEngine.analyze`** (`runner`):
  recognizers are sorted per language once; context words, per-entity
  thresholds and the allow-list are applied per result; then the NER
  post-filter and overlaps (`filters`), so callers get disjoint
  spans. Allow-list entries match the span after normalisation (digits only
  for number-like strings, case-folded otherwise), so "+39 02 1234 5678" also
  allows "0039 02 12345678".
- **Long patterns precompiled** (`compiled`): spaCy's French tokenizer alone carries a
  1.45-million-character pattern that `re` takes seconds to compile; the code `re` makes of
  it ships with Veil and is put in `re`'s cache before the pipelines load.
- **NER only where it can matter.** With the post-filter on, the rules run first on
  the tokenizer's docs, and the model runs (on those same docs) only for a text with a
  capitalised non-noise word outside every rule span (`filters.ner_wanted`): a model span
  anywhere else could not survive the post-filter (same result, less CPU). A capitalised
  stop word that names no one ("It", "C'est", "Es") does not call the model either.
- **Each batch forgotten** (`Analyzer._zone`): a batch is read inside spaCy memory zones (its
  language's pipeline and person pipeline), so the strings and lexemes of the words it brought
  leave the vocabularies at its end, and the recognizers' word caches are emptied: a worker's
  vocabulary stays its start-up size, and keeps no customer's word after the message
  (docs/security.md, "What a detector worker keeps"). The warm-up runs outside a zone, so its
  words stay and fill the tokenizer's cache, which spaCy does not fill inside one.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

from proxy.detection import compiled
from proxy.detection.filters import ner_needed, ner_wanted, settle
from proxy.detection.language import LanguageGuesser
from proxy.detection.normalise import Normalised, normalise
from proxy.detection.person_models import beside_persons, person_spans, without_persons
from proxy.detection.registry import build_registry, describe, load_registry_config
from proxy.detection.runner import NER_MAPPING, LanguageRunner, LazyDoc
from proxy.detection.settings import (
    SHIPPED_MODELS,
    TRUST_PERSONS_META,
    DetectionSettings,
    Places,
    Span,
    pip_package,
    resolve_places,
    shipped_model,
)
from proxy.errors import ConfigError, DetectionError
from recognizers import PhoneNumberRecognizer
from recognizers.given_name_recognizer import gazetteer

log = logging.getLogger("veil.detection")

WARM_UP_TEXT = (
    "Hi, I am Jane Doe, write to jane.doe@example.com or call +44 20 7946 0958; IBAN GB82 WEST 1234 5698 7654 32."
)
# Lone surrogates (a broken "\ud83d" escape in JSON) cannot be UTF-8 encoded, which spaCy
# does; each becomes U+FFFD, one code point for one, so span offsets still fit the original.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NUMBERISH = re.compile(r"^[\d\s().+\-/]+$")
_NER_LABELS = ("CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
               "PRODUCT", "QUANTITY", "WORK_OF_ART")  # fmt: skip


def model_installed(model: str) -> bool:
    """True for an installed spaCy package or one of Veil's own shipped pipelines."""
    return shipped_model(model) is not None or spacy.util.is_package(model)


def load_model(model: str, exclude: Sequence[str] = ()) -> Any:
    """spaCy's `load` of an installed package, or of a shipped pipeline from its folder."""
    return spacy.load(shipped_model(model) or model, exclude=list(exclude))


def _pipes(model: str) -> list[str]:
    path = shipped_model(model) or spacy.util.get_package_path(model)
    return list(spacy.util.get_model_meta(path)["pipeline"])


def check_models(settings: DetectionSettings) -> None:
    """ConfigError naming the pip package of every configured model not installed."""
    missing = [
        f"detection.models.{lang}: spaCy model {model!r} is not installed; "
        f"install it with `pip install {pip_package(model)}`"
        for lang, model in settings.models.items()
        if not model_installed(model)
    ]
    if missing:
        raise ConfigError(missing)


def installed_models(settings: DetectionSettings) -> DetectionSettings:
    """`settings` with only the models that are installed, or ConfigError.

    Models the config names itself must all be installed (`check_models`): an operator who
    asked for a model gets it or no server. Default models (no `detection.models` in the
    config) are dropped when missing: that language gets a blank pipeline, so its structured
    identifiers are still found but names and places are not, and a WARNING says which
    language and which pip package would restore them. Only language codes and model names
    are logged.
    """
    if settings.models_explicit:
        check_models(settings)
        return settings
    missing = {lang: model for lang, model in settings.models.items() if not model_installed(model)}
    if not missing:
        return settings
    for lang, model in missing.items():
        log.warning(
            "detection: language %r runs without names and places (no NER): its default spaCy model %r is not "
            "installed; install it with `pip install %s` (or name your models in detection.models)",
            lang, model, pip_package(model),
        )  # fmt: skip
    kept = {lang: model for lang, model in settings.models.items() if lang not in missing}
    return settings.model_copy(update={"models": kept})


class VeilNlpEngine(SpacyNlpEngine):
    """spaCy engine: NER-only models, blank pipelines, lower-cased text as "lemmas"."""

    def __init__(self, settings: DetectionSettings) -> None:
        ignored = [e for e in NER_MAPPING.values() if e not in settings.ner_entities]
        super().__init__(
            models=[{"lang_code": k, "model_name": v} for k, v in settings.models.items()],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                labels_to_ignore=sorted({*ignored, *_NER_LABELS}),
            ),
        )
        # SpacyNlpEngine replaces an empty list by en_core_web_lg: undo that.
        self.models = [{"lang_code": k, "model_name": v} for k, v in settings.models.items()]
        self.languages = settings.languages

    def load(self) -> None:
        compiled.prime()  # spaCy's tokenizer patterns, compiled at build time (French: seconds of start-up)
        nlp: dict[str, Any] = {}
        for model in self.models:
            name = model["model_name"]
            nlp[model["lang_code"]] = load_model(name, exclude=[p for p in _pipes(name) if p != "ner"])
        for lang in self.languages:
            if lang not in nlp:
                nlp[lang] = spacy.blank(lang)
        self.nlp = nlp  # type: ignore[assignment]

    def artifacts(self, doc: Any, language: str) -> NlpArtifacts:
        """Presidio's NLP artifacts of `doc`, for recognizers that read them."""
        return self._doc_to_nlp_artifact(doc, language)

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


def _mapped(norm: Normalised, spans: list[Span]) -> list[Span]:
    """Spans found on the normalised text, at the offsets of the original (`normalise`)."""
    if not norm.changed:
        return spans
    out = []
    for span in spans:
        start, end = norm.span(span.start, span.end)
        out.append(Span(span.entity, start, end, span.score, span.recognizer, span.grey))
    return out


class Analyzer:
    """Synchronous, batched analysis; one instance per process (not thread-safe).

    `cpu` accumulates process CPU seconds per stage ("language": identifying each
    text's language, when asked; "spacy": tokenizer + NER
    over the batch; "recognizers": every recognizer, context words, thresholds;
    "filters": NER post-filter and overlaps), for the benchmark's breakdown.
    """

    settings: DetectionSettings
    guesser: LanguageGuesser
    person_pipelines: dict[str, Any]

    def __init__(
        self, settings: DetectionSettings, registry_config: dict[str, Any], *, pipelines_of: Analyzer | None = None
    ) -> None:
        """`pipelines_of`: an analyzer of the same settings whose spaCy pipelines, person pipelines
        and language identifier this one reads too (`rebuild_analyzer`), instead of loading its own."""
        if pipelines_of is not None and pipelines_of.settings != settings:
            raise ValueError("an analyzer shares pipelines only with one of the same settings")
        self.settings = settings
        if pipelines_of is None:
            self.nlp_engine = VeilNlpEngine(settings)
            self.nlp_engine.load()
        else:
            self.nlp_engine = pipelines_of.nlp_engine
        self.pipelines: dict[str, Any] = dict(self.nlp_engine.nlp or {})
        registry = build_registry(settings, registry_config, set(settings.models))
        self._allowed = frozenset(_normalise(v) for v in settings.allow_list)
        self.runners: dict[str, LanguageRunner] = {}
        for lang in settings.languages:
            found = [r for r in registry.recognizers if r.supported_language == lang]
            if not found:
                raise ConfigError([f"detection.languages: {lang!r} has no recognizers (check enabled_recognizers, "
                                   "recognizers.yaml and models): its messages could not be scanned"])  # fmt: skip
            self.runners[lang] = LanguageRunner(lang, found, settings, self.nlp_engine.artifacts, self._is_allowed)
        self.recognizer_count = len(list(registry.recognizers))
        self.recognizer_set = describe(registry, settings)
        self._phones: dict[tuple[str, tuple[str, ...], bool], PhoneNumberRecognizer] = {}
        self.guesser = (
            pipelines_of.guesser if pipelines_of else LanguageGuesser(settings.languages, settings.identification)
        )
        self.cpu = {"language": 0.0, "spacy": 0.0, "recognizers": 0.0, "filters": 0.0}
        # languages whose NER is one of Veil's own pipelines: their spans need corroboration (filters)
        self.trained = frozenset(lang for lang, model in settings.models.items() if model in SHIPPED_MODELS)
        # those trained on many writers' shapes (their meta says so): PERSON spans need no first name or cue
        self.trusted = frozenset(
            lang for lang in self.trained if (self.pipelines.get(lang) is not None
                                              and self.pipelines[lang].meta.get(TRUST_PERSONS_META) is True)
        )  # fmt: skip
        self.person_pipelines = person_pipelines(
            settings, self.runners, pipelines_of.person_pipelines if pipelines_of else {}
        )
        # person pipelines trained on many writers' shapes whose meta says so: read as trusted (`corroborated`)
        self.person_trusted = frozenset(
            lang for lang, nlp in self.person_pipelines.items() if nlp.meta.get(TRUST_PERSONS_META) is True
        )
        # Each batch's words forgotten at its end (`_zone`); False only to measure the old way (bench.worker_memory).
        self.forget = True

    def _is_allowed(self, value: str) -> bool:
        return bool(self._allowed) and _normalise(value) in self._allowed

    def analyze(
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
        """Spans per text, in text order; DetectionError (never a value) on failure. With
        `identify`, each text in its own language (`_by_language`), `language` the fallback;
        `identify=None` leaves the choice to `detection.identification.enabled`. National
        phone forms are read in `regions`, the language's countries and each text's own
        `text_regions` (its customer's and business's countries: `regions.py`). With `grey`,
        structured matches in the grey zone are kept too, marked (`GreyZoneSettings`). `places`
        ("personal" or "all"; None: `detection.places`) says whether a place said of no one is
        dropped (`filters.settle`)."""
        if identify is None:
            identify = self.settings.identification.enabled
        if text_regions is not None and len(text_regions) != len(texts):
            raise DetectionError("text_regions must give one entry per text")
        if identify:
            return self._by_language(texts, language, regions, text_regions, grey, places)
        runner = self.runners.get(language)
        if runner is None:
            shown = repr(language) if re.fullmatch(r"[a-z]{2,3}", language) else "given"
            raise DetectionError(f"language {shown} is not configured for detection")
        if any(len(t) > self.settings.max_text_chars for t in texts):
            raise DetectionError(f"text longer than {self.settings.max_text_chars} characters")
        if not any(t.strip() for t in texts):
            return [[] for _ in texts]
        with self._zone(runner):
            return self._batch(texts, runner, regions, text_regions, grey, places)

    @contextmanager
    def _zone(self, runner: LanguageRunner) -> Iterator[None]:
        """A batch's words forgotten at its end (`forget`; docs/security.md, "What a detector
        worker keeps"): the strings and lexemes spaCy adds to the vocabulary of the language's
        pipeline and of its person pipeline while reading the batch are dropped (spaCy's
        `memory_zone`), and so are the recognizers' words (`LanguageRunner.forget`). Without it a
        worker's vocabulary grows by every new word it reads, for good. Nothing made inside may be
        read after: `_batch` returns spans (offsets, constant labels), and its docs die with it."""
        if not self.forget:
            yield
            return
        language = runner.language
        try:
            with ExitStack() as zones:
                for nlp in (self.pipelines[language], self.person_pipelines.get(language)):
                    if nlp is not None:
                        zones.enter_context(nlp.memory_zone())
                yield
        finally:
            runner.forget()

    def _batch(
        self,
        texts: Sequence[str],
        runner: LanguageRunner,
        regions: Sequence[str],
        text_regions: Sequence[Sequence[str]] | None,
        grey: bool,
        places: Places | None,
    ) -> list[list[Span]]:
        """`analyze` of texts of one language, checked."""
        language = runner.language
        todo = [i for i, t in enumerate(texts) if t.strip()]
        out: list[list[Span]] = [[] for _ in texts]
        if not todo:
            return out
        inferred = self.settings.phone_regions_by_language.get(language, ())
        own = text_regions if text_regions is not None and self.settings.phone_regions_from_numbers else None
        if own is None:  # every text of the batch reads the same regions: their recognizers found once
            shared = self._extra_phones(language, regions, inferred)
            extra = dict.fromkeys(todo, shared)
        else:
            extra = {i: self._extra_phones(language, regions, (*inferred, *own[i])) for i in todo}
        try:
            t0 = time.process_time()
            norm = {i: normalise(_SURROGATE.sub("\ufffd", texts[i])) for i in todo}
            clean = {i: n.text for i, n in norm.items()}
            mine = [clean[i] for i in todo]
            late = bool(runner.ner_entities) and self.settings.ner_filter and not runner.with_artifacts
            nlp = self.pipelines[language]
            # late: each doc made when first read (`LazyDoc`), by the rules' context words or the model
            docs = [LazyDoc(nlp.make_doc, t) for t in mine] if late else self._docs(runner, mine)
            t1 = time.process_time()
            if late:  # the rules first, then the model only where its answer could count
                raw = [runner.rule_spans(clean[i], doc, extra[i], grey) for i, doc in zip(todo, docs, strict=True)]
                t2 = time.process_time()
                self._late_ner(runner, mine, docs, raw)
            else:
                raw = [runner.spans(clean[i], doc, extra[i], grey) for i, doc in zip(todo, docs, strict=True)]
                t2 = time.process_time()
                if runner.ner_entities and language in self.person_pipelines:
                    read = [k for k, t in enumerate(mine) if not self.settings.ner_filter or ner_needed(t, language)]
                    self._beside(language, mine, read, raw)
            late_ner = time.process_time() - t2  # the model's time, counted as spaCy's
            trained, ner_filter = language in self.trained, self.settings.ner_filter
            every = resolve_places(places, self.settings.places)
            for i, spans in zip(todo, raw, strict=True):
                kept = settle(clean[i], spans, language, ner_filter=ner_filter, corroborate=trained,
                              trusted=language in self.trusted, all_places=every)  # fmt: skip
                out[i] = _mapped(norm[i], kept)
        except Exception as exc:  # fail closed, and keep the text out of the message
            raise DetectionError(f"analysis failed ({type(exc).__name__})") from None
        t3 = time.process_time()
        self.cpu["spacy"] += t1 - t0 + late_ner
        self.cpu["recognizers"] += t2 - t1
        self.cpu["filters"] += t3 - t2 - late_ner
        return out

    def _by_language(
        self,
        texts: Sequence[str],
        language: str,
        regions: Sequence[str],
        text_regions: Sequence[Sequence[str]] | None,
        grey: bool = False,
        places: Places | None = None,
    ) -> list[list[Span]]:
        """Identify each text's language (`language.LanguageGuesser`, `language` when unsure),
        then one batched analysis per language present: a batch of one language costs what
        it did, a mixed one a spaCy `pipe` per language."""
        if language not in self.runners or any(len(t) > self.settings.max_text_chars for t in texts):
            return self.analyze(texts, language=language, regions=regions)  # its error, before any work
        t0 = time.process_time()
        try:
            chosen = self.guesser.identify_many(texts, language)
        except Exception as exc:  # fail closed, and keep the text out of the message
            raise DetectionError(f"language identification failed ({type(exc).__name__})") from None
        self.cpu["language"] += time.process_time() - t0
        groups: dict[str, list[int]] = {}
        for i, lang in enumerate(chosen):
            groups.setdefault(lang, []).append(i)
        out: list[list[Span]] = [[] for _ in texts]
        for lang, at in groups.items():
            mine = [text_regions[i] for i in at] if text_regions is not None else None
            found = self.analyze(
                [texts[i] for i in at], language=lang, regions=regions, text_regions=mine, grey=grey, places=places
            )
            for i, spans in zip(at, found, strict=True):
                out[i] = spans
        return out

    def _docs(self, runner: LanguageRunner, texts: list[str]) -> list[Any]:
        """spaCy docs: the full pipeline (NER) only for texts where a name could survive."""
        nlp = self.pipelines[runner.language]
        if not (runner.ner_entities and self.settings.ner_filter):
            return list(nlp.pipe(texts, batch_size=self.settings.batch_size))
        need = [ner_needed(t, runner.language) for t in texts]
        full = iter(nlp.pipe([t for t, n in zip(texts, need, strict=True) if n], batch_size=self.settings.batch_size))
        return [next(full) if n else nlp.make_doc(t) for t, n in zip(texts, need, strict=True)]

    def _late_ner(self, runner: LanguageRunner, texts: list[str], docs: list[LazyDoc], raw: list[list[Span]]) -> None:
        """The model's spans added to `raw` for the texts where one could survive beside the rule
        spans already found (`ner_wanted`), each doc tokenised once: spaCy's `pipe` takes the docs."""
        need = [k for k, (text, found) in enumerate(zip(texts, raw, strict=True))
                if ner_wanted(text, runner.language, found, function_words=True)]  # fmt: skip
        if not need:
            return
        nlp = self.pipelines[runner.language]
        made = [docs[k].doc for k in need]  # `LazyDoc`s: made here for the texts the rules' context did not read
        for k, doc in zip(need, nlp.pipe(made, batch_size=self.settings.batch_size), strict=True):
            raw[k] = raw[k] + runner.ner_spans(texts[k], doc)
        self._beside(runner.language, texts, need, raw)

    def _beside(self, language: str, texts: list[str], need: Sequence[int], raw: list[list[Span]]) -> None:
        """The corroborated PERSON spans of the language's person pipeline, if it has one
        (`detection.person_models`), added to `raw` for the texts at `need`: those the main model read;
        in `replace` mode (`detection.person_modes`) the main model's PERSON spans taken out first."""
        nlp = self.person_pipelines.get(language)
        if nlp is None:
            return
        taken: list[list[Span]] = [[] for _ in raw]
        if self.settings.person_mode(language) == "replace":  # its people instead of the language model's
            for k in range(len(raw)):  # every text: one the main model read but `need` leaves out too
                kept = without_persons(raw[k], texts[k], language)
                taken[k] = [s for s in raw[k] if s not in kept]
                raw[k] = kept
        if need:
            trusted = language in self.person_trusted
            found = person_spans(nlp, [texts[k] for k in need], language, self.settings.batch_size, trusted=trusted)
            threshold = self.settings.threshold("PERSON")
            for k, spans in zip(need, found, strict=True):
                kept = [s for s in spans if s.score >= threshold and not self._is_allowed(texts[k][s.start : s.end])]
                if kept:
                    raw[k] = raw[k] + kept
        for k, out in enumerate(taken):
            if out and language == "en":  # `beside_persons`: measured on English alone
                raw[k] = raw[k] + beside_persons(out, raw[k], texts[k])

    def _extra_phones(
        self, language: str, regions: Sequence[str], inferred: Sequence[str] = ()
    ) -> tuple[PhoneNumberRecognizer, ...]:
        """National-forms-only phone recognizers for the tenant's regions beyond the configured
        ones, and a cautious one for the regions Veil inferred (`regions.py`) beyond both."""
        given = {r.upper() for r in regions} | set(self.settings.phone_regions)
        tenant = tuple(sorted(given - set(self.settings.phone_regions)))
        guessed = tuple(sorted({r.upper() for r in inferred} - given))
        return (*self._phones_for(language, tenant, False), *self._phones_for(language, guessed, True))

    def _phones_for(self, language: str, regions: tuple[str, ...], inferred: bool) -> tuple[PhoneNumberRecognizer, ...]:
        """One recognizer per (language, regions, inferred), cached: a batch's texts mostly share them."""
        if not regions:
            return ()
        key = (language, regions, inferred)
        if key not in self._phones:
            if len(self._phones) > 256:
                self._phones.clear()
            self._phones[key] = PhoneNumberRecognizer(
                supported_language=language, regions=regions, international=False, inferred=inferred
            )
        return (self._phones[key],)

    def _fixed_vocabulary(self) -> None:
        """Each pipeline's language's everyday words made lexemes for good, outside any memory zone
        (`fixed_vocabulary`): inside one, a word the vocabulary lacks becomes a lexeme again in every
        batch (spaCy's lexical attributes, tens of µs a word) and its tokenisation is not cached, so
        without them forgetting cost the tune split ~15 % more CPU (docs/performance.md, "What a
        worker keeps, and what forgetting costs"). A customer's rarer words still come and go with
        the batch."""
        for lang, nlp in (*self.pipelines.items(), *self.person_pipelines.items()):
            nlp.make_doc(fixed_vocabulary(lang))

    def warm_up(self, *, pipelines: bool = True) -> None:
        """Run every language once, so the first real message pays no lazy loading. Outside any
        memory zone (`_zone`): the warm-up text's words stay in the vocabularies and the tokenizer's
        cache, which spaCy fills only outside one. `pipelines=False` for an analyzer on pipelines
        already warmed (`rebuild_analyzer`): only its recognizers are new, so their batch is all
        that runs, not the fixed vocabulary again (nine tenths of a build)."""
        for lang in self.settings.languages:
            self._batch([WARM_UP_TEXT], self.runners[lang], (), None, False, None)
        if pipelines:
            self._fixed_vocabulary()
            self.guesser.identify(WARM_UP_TEXT, self.settings.default_language)
        self.cpu = dict.fromkeys(self.cpu, 0.0)


def fixed_vocabulary(language: str) -> str:
    """The words of `language` a worker keeps in its vocabulary for good, as one text: its everyday
    words (`common_words.tsv`, wordfreq's, Zipf 3.5 or more) and stop words, lower-case, the stop words
    capitalised too (a sentence's first word), and the numbers to 100. Shipped lists, not messages."""
    lists = gazetteer()
    stops = lists.stop_words.get(language, frozenset())
    words = lists.common.get(language, frozenset()) | stops | {w.capitalize() for w in stops}
    return " ".join(sorted(words | {str(n) for n in range(101)}))


def person_pipelines(
    settings: DetectionSettings, runners: dict[str, LanguageRunner], loaded: dict[str, Any]
) -> dict[str, Any]:
    """The person pipelines of `detection.person_models` (`person_models.py`), NER only, for the
    languages whose NER reports PERSON; those in `loaded` (a rebuild's, same settings) are kept, not
    read again. Each must be installed (ConfigError naming it): the config asked for it."""
    out: dict[str, Any] = {}
    for lang, model in settings.person_models.items():
        runner = runners.get(lang)
        if runner is None or "PERSON" not in runner.ner_entities:
            continue  # no NER in that language, or no PERSON asked of it: nothing to add beside
        if lang in loaded:
            out[lang] = loaded[lang]
            continue
        if not model_installed(model):
            raise ConfigError([f"detection.person_models.{lang}: spaCy model {model!r} is not installed; "
                               f"install it with `pip install {pip_package(model)}`"])  # fmt: skip
        out[lang] = load_model(model, exclude=[p for p in _pipes(model) if p != "ner"])
    return out


def build_analyzer(settings: DetectionSettings) -> Analyzer:
    """Check models, load and check recognizers.yaml, build and warm an Analyzer."""
    settings = installed_models(settings)
    config = load_registry_config(settings.recognizers_path(), settings.languages)
    analyzer = Analyzer(settings, config)
    analyzer.warm_up()
    return analyzer


def rebuild_analyzer(serving: Analyzer, *, warm: bool = True) -> Analyzer:
    """An analyzer with the recognizers recognizers.yaml says now, on `serving`'s spaCy pipelines.

    A reload changes recognizers, never settings, so the pipelines `serving` loaded and warmed are
    what a new build would load again: reading them is most of a build (seconds a language beside
    other work; with English's and French's person pipelines a reload took longer than the ten seconds
    an admin call may take). The two analyzers share the pipelines, so only one of them may run at a
    time; `warm=False` leaves the warm-up to the caller, for one that builds on another thread and
    warms where the serving analyzer runs (`InlineDetector.reload`)."""
    config = load_registry_config(serving.settings.recognizers_path(), serving.settings.languages)
    analyzer = Analyzer(serving.settings, config, pipelines_of=serving)
    if warm:
        analyzer.warm_up(pipelines=False)
    return analyzer
