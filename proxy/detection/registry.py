"""The recognizer registry: `config/recognizers.yaml` + `recognizers.ALL` + extras.

`config/recognizers.yaml` uses Presidio's own registry schema (optionally under
a top-level `recognizer_registry:` key, as in Presidio's analyzer configs), so
Presidio's docs apply to it. Veil adds checks Presidio does not make, because a
broken file must be reported precisely and must never reach a running worker:

- YAML syntax errors name the line and column;
- each entry is built on its own, so a problem names `recognizers[i] (name)`;
- regexes are compiled at load (Presidio compiles them lazily, at the first
  message: a bad regex would otherwise fail live traffic);
- entity names must match `[A-Z][A-Z0-9_]{1,40}`;
- Presidio's `PhoneRecognizer` (35 ms a message with every region) and
  `EmailRecognizer` (tldextract's network download) are refused: Veil's own
  recognizers replace them.

`build_registry` then adds one instance of every enabled class of
`recognizers.ALL` per language, the NER recognizer for languages with a model,
and `extra_recognizers` imported by "module:Class". Presidio's by-name lookup
(`__subclasses__`) is used only for the predefined entries the YAML lists.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import regex  # type: ignore[import-untyped]
import yaml
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistry, RecognizerRegistryProvider

import recognizers
from proxy.detection.settings import ENTITY_NAME, DetectionSettings, RecognizerInfo
from proxy.errors import ConfigError
from recognizers import PhoneNumberRecognizer, VeilTokenRecognizer

REFUSED_PREDEFINED = {
    "PhoneRecognizer": "use Veil's PhoneNumberRecognizer (detection.phone_regions)",
    "EmailRecognizer": "its tldextract check downloads a suffix list; Veil's EmailAddressRecognizer replaces it",
}
_TOP_KEYS = {"supported_languages", "global_regex_flags", "recognizers", "supported_countries"}


def load_registry_config(path: Path, languages: tuple[str, ...]) -> dict[str, Any]:
    """Read and check `path`; raise ConfigError listing every problem found."""
    where = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError([f"{where}: cannot read ({exc.strerror})"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1} column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError([f"{where}:{at}: {problem}"]) from None
    if isinstance(raw, dict) and "recognizer_registry" in raw:
        raw = raw["recognizer_registry"]
    if not isinstance(raw, dict):
        raise ConfigError([f"{where}: expected a mapping with a 'recognizers' list"])
    problems = [f"{where}: unknown key {key!r}" for key in raw if key not in _TOP_KEYS]
    file_langs = raw.get("supported_languages") or list(languages)
    problems += [
        f"{where}: supported_languages: {lang!r} is not in detection.languages"
        for lang in file_langs
        if lang not in languages
    ]
    entries = raw.get("recognizers") or []
    if not isinstance(entries, list):
        raise ConfigError([*problems, f"{where}: 'recognizers' must be a list"])
    config = {
        "supported_languages": list(languages),
        "global_regex_flags": raw.get("global_regex_flags", 26),
        "recognizers": entries,
    }
    for index, entry in enumerate(entries):
        problems += [f"{where}: {_label(index, entry)}: {p}" for p in _entry_problems(entry, config)]
    if problems:
        raise ConfigError(problems)
    return config


def _label(index: int, entry: object) -> str:
    name = entry.get("name") if isinstance(entry, dict) else entry
    return f"recognizers[{index}] ({name})" if isinstance(name, str) else f"recognizers[{index}]"


def _entry_problems(entry: object, config: dict[str, Any]) -> list[str]:
    if isinstance(entry, str):
        entry = {"name": entry, "type": "predefined"}
    if not isinstance(entry, dict):
        return ["must be a mapping or a recognizer name"]
    problems: list[str] = []
    name = entry.get("class_name") or entry.get("name")
    if entry.get("type", "predefined") == "predefined" and name in REFUSED_PREDEFINED:
        if entry.get("enabled", True):
            problems.append(f"refused: {REFUSED_PREDEFINED[name]}")
    entities = entry.get("supported_entities") or [entry.get("supported_entity")]
    for entity in entities:
        if entity is not None and (not isinstance(entity, str) or not ENTITY_NAME.match(entity)):
            problems.append(f"entity name {entity!r} must match [A-Z][A-Z0-9_]{{1,40}}")
    for i, pattern in enumerate(entry.get("patterns") or []):
        rx = pattern.get("regex") if isinstance(pattern, dict) else None
        try:
            regex.compile(str(rx), config["global_regex_flags"])
        except regex.error as exc:
            problems.append(f"patterns[{i}]: invalid regex: {exc}")
    if problems:
        return problems
    try:
        one = {**config, "recognizers": [entry]}
        RecognizerRegistryProvider(registry_configuration=one).create_recognizer_registry()
    except Exception as exc:  # Presidio raises ValueError/TypeError/KeyError here
        problems.append(_explain(exc))
    return problems


def _explain(exc: BaseException) -> str:
    """Presidio wraps pydantic errors as 'Invalid … configuration': show the cause."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        parts = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors()]
        return "; ".join(parts) or str(exc)
    return f"{type(exc).__name__}: {exc}"


def import_recognizer(ref: str) -> type[EntityRecognizer]:
    """Import "package.module:ClassName"; ConfigError if missing or not a recognizer."""
    module_name, _, class_name = ref.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError([f"detection.extra_recognizers: {ref}: {exc}"]) from None
    if not (isinstance(cls, type) and issubclass(cls, EntityRecognizer)):
        raise ConfigError([f"detection.extra_recognizers: {ref}: not an EntityRecognizer"])
    return cls


def enabled_classes(settings: DetectionSettings) -> list[type[EntityRecognizer]]:
    names = settings.enabled_recognizers
    if names is None:
        return list(recognizers.ALL)
    unknown = [n for n in names if n not in recognizers.BY_NAME]
    if unknown:
        raise ConfigError([f"detection.enabled_recognizers: unknown {unknown}"])
    return [recognizers.BY_NAME[n] for n in names]


def build_registry(settings: DetectionSettings, config: dict[str, Any], ner_languages: set[str]) -> RecognizerRegistry:
    """Presidio registry for every configured language (see module doc)."""
    if config["recognizers"]:
        provider = RecognizerRegistryProvider(registry_configuration=config)
        registry = provider.create_recognizer_registry()
    else:  # Presidio refuses an empty list; Veil's own recognizers are enough
        registry = RecognizerRegistry(
            recognizers=[],
            supported_languages=list(settings.languages),
            global_regex_flags=config["global_regex_flags"],
        )
    classes = enabled_classes(settings)
    classes += [import_recognizer(ref) for ref in settings.extra_recognizers]
    for lang in settings.languages:
        for cls in classes:
            registry.add_recognizer(_instance(cls, lang, settings))
        if lang in ner_languages:
            registry.add_recognizer(
                SpacyRecognizer(supported_language=lang, supported_entities=list(settings.ner_entities))
            )
    for rec in registry.recognizers:
        for entity in rec.supported_entities:
            if not ENTITY_NAME.match(entity):
                raise ConfigError([f"{type(rec).__name__}: entity name {entity!r} is not allowed"])
    return registry


def describe(registry: RecognizerRegistry, settings: DetectionSettings) -> tuple[RecognizerInfo, ...]:
    """The registry `build_registry` made, as people read it: by language, then source and name.
    A recognizer of one of Veil's enabled classes or the NER model is built-in, one of an
    `extra_recognizers` class extra, anything else came from recognizers.yaml."""
    built_in = {*enabled_classes(settings), SpacyRecognizer}
    extra = {import_recognizer(ref) for ref in settings.extra_recognizers}
    found = [
        RecognizerInfo(
            str(rec.supported_language),
            str(getattr(rec, "name", type(rec).__name__)),
            tuple(rec.supported_entities),
            "extra" if type(rec) in extra else "built-in" if type(rec) in built_in else "yaml",
        )
        for rec in registry.recognizers
    ]
    return tuple(sorted(found, key=lambda r: (r.language, r.source, r.name)))


def _instance(cls: type[EntityRecognizer], lang: str, settings: DetectionSettings) -> EntityRecognizer:
    if cls is PhoneNumberRecognizer:
        return PhoneNumberRecognizer(supported_language=lang, regions=settings.phone_regions)
    if cls is VeilTokenRecognizer:
        return VeilTokenRecognizer(supported_language=lang, phone_token_prefix=settings.phone_token_prefix)
    factory: Any = cls  # every Veil/extra recognizer takes supported_language
    instance: EntityRecognizer = factory(supported_language=lang)
    return instance
