"""How listing commands print: a table with a header for people, JSON for scripts.

Every listing command takes `--format table|json` (table by default). JSON is the admin
API's answer unchanged, so a script sees exactly what the API documents. A table shows one
row per item with upper-case headers, `-` for nothing, lists joined by commas, and every
point in time as ISO 8601 UTC (`2026-01-31T10:00:00Z`) whether the API counted seconds
or milliseconds since the epoch.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
MS_EPOCH_FLOOR = 10**11  # a number past this is milliseconds (seconds reach it in the year 5138)


def format_option(f: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json"]),
        default="table",
        show_default=True,
        help="a table with a header, or the API's JSON",
    )(f)


def iso(moment: object) -> str:
    """Seconds or milliseconds since the epoch (or an ISO string, as is) as ISO 8601 UTC."""
    if moment is None or moment == "":
        return "-"
    if isinstance(moment, str) and not moment.isdigit():
        return moment
    try:
        number = float(str(moment))
    except ValueError:
        return str(moment)
    seconds = number / 1000 if number >= MS_EPOCH_FLOOR else number
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cell(value: object) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ",".join(cell(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={cell(v)}" for k, v in value.items())
    return str(value).replace("\n", " ")


def table(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Aligned columns under a header; a lone header and '(none)' when there are no rows."""
    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in [list(columns), *cells]) for i in range(len(columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [list(columns), *cells]]
    return "\n".join(lines if cells else [*lines, "(none)"])


def emit(fmt: str, body: Any, columns: Sequence[str], rows: Callable[[Any], Sequence[Sequence[object]]]) -> None:
    """Print `body` as JSON, or as the table `rows(body)` gives under `columns`."""
    if fmt == "json":
        click.echo(json.dumps(body, indent=2, sort_keys=True))
    else:
        click.echo(table(columns, rows(body)))
