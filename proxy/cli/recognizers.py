"""`veil recognizers …`: try the detector on a text without a server.

`veil recognizers test "text" [--language it] [--config veil.yaml]
[--recognizers recognizers.yaml] [--region IT]` builds the analyzer in this
process for that one language (so only that language's model is loaded),
analyses the text and prints entity, span (offsets and matched text), score and
recognizer. It never contacts the admin API or Redis, so it works before
`veil serve` and is the way to check a recognizers.yaml edit before a reload.
Only the `detection:` section of the config file is read: no secret is needed.
Exit codes: 0 done, 1 detection failed, 2 bad config or usage.

The matched text is printed because the operator typed it; nothing here logs.
`reload` belongs to the admin API client and is not defined here.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import click
import yaml

from proxy.detection import DetectionSettings, InlineDetector, Span
from proxy.errors import ConfigError, DetectionError


def _detection_section(config: Path | None) -> dict[str, Any]:
    """The `detection:` section of a Veil config; a recognizers file (Presidio's
    `recognizer_registry:`, as config/recognizers.yaml) given as `--config` is used as the
    recognizers file of the default detection, never silently ignored."""
    if config is None:
        return {}
    try:
        raw = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise click.UsageError(f"{config}: {exc}") from None
    if not isinstance(raw, dict):
        raise click.UsageError(f"{config}: the top level must be a mapping")
    if "recognizer_registry" in raw and "detection" not in raw:
        return {"recognizers_file": str(config.resolve())}
    section = raw.get("detection", {})
    if not isinstance(section, dict):
        raise click.UsageError(f"{config}: detection: must be a mapping")
    return dict(section)


def _one_language(settings: DetectionSettings, language: str) -> DetectionSettings:
    """`settings` for `language` alone. Models the config names stay required; without
    `detection.models` the default model stays optional (a missing one is a warning)."""
    data = {**settings.model_dump(), "languages": (language,), "default_language": language}
    for key in ("person_models", "person_modes"):  # per language, like models: only this one's
        data[key] = {lang: value for lang, value in data[key].items() if lang == language}
    if settings.models_explicit:
        data["models"] = {language: settings.models[language]} if language in settings.models else {}
    else:
        del data["models"]
    return DetectionSettings.model_validate(data)


def _table(text: str, spans: list[Span]) -> str:
    rows = [("ENTITY", "SPAN", "TEXT", "SCORE", "RECOGNIZER")]
    rows += [(s.entity, f"{s.start}-{s.end}", text[s.start : s.end], f"{s.score:.2f}", s.recognizer) for s in spans]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    return "\n".join(line.rstrip() for line in lines)


@click.group("recognizers")
def recognizers_group() -> None:
    """Inspect PII recognizers."""


@recognizers_group.command("test")
@click.argument("text")
@click.option("--language", "-l", default=None, help="Language code (default: detection.default_language).")
@click.option(
    "--config",
    "config",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Veil config file (only its detection: section is read), or a recognizers.yaml.",
)
@click.option(
    "--recognizers",
    "recognizers_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A recognizers.yaml to use instead of the configured one.",
)
@click.option("--region", "regions", multiple=True, help="Phone region for national forms (repeatable).")
def test_command(
    text: str, language: str | None, config: Path | None,
    recognizers_file: Path | None, regions: tuple[str, ...],
) -> None:  # fmt: skip
    """Analyse TEXT and print what would be tokenised."""
    section = _detection_section(config)
    if recognizers_file is not None and config is not None and section.get("recognizers_file") == str(config.resolve()):
        raise click.UsageError("--config names a recognizers file already; give it once (--recognizers)")
    if recognizers_file is not None:
        section["recognizers_file"] = str(recognizers_file.resolve())
    try:
        settings = DetectionSettings.model_validate(section)
        lang = language or settings.default_language
        if lang not in settings.languages:
            raise click.UsageError(f"language {lang!r} is not in detection.languages")
        detector = InlineDetector(_one_language(settings, lang))
        [spans] = asyncio.run(detector.detect([text], language=lang, regions=regions))
    except ConfigError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        raise SystemExit(2) from None
    except ValueError as exc:  # pydantic ValidationError
        click.echo(f"error: detection: {exc}", err=True)
        raise SystemExit(2) from None
    except DetectionError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(1) from None
    click.echo(_table(text, spans) if spans else "no entities found")
