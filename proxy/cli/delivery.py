"""`veil delivery status`: each subscriber's backlog, from the admin API.

Why: the first sign of a CRM that is down is its queue growing and its first failure aging,
a day before its events reach the dead letters. This prints, per subscriber, the events
waiting, the age of the oldest, since when it has been failing (its first failed attempt
since its last success, while events wait) and its dead letters, marking a subscriber failing
past `delivery.failing_threshold_s` (`GET /admin/v1/delivery`, scope `stats`). Below it, per
tenant, the ingress backlog upstream of every subscriber (updates sealed at the webhook and
not yet tokenised, the oldest's age, quarantined): a stuck tokeniser shows there, with every
subscriber's queue empty, and the console's overview already showed it.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import click

from proxy.cli.calls import Conn, admin_options, call

COLUMNS = ("SUBSCRIBER", "TENANT", "QUEUED", "OLDEST", "FAILING SINCE", "FAILING FOR", "DEAD LETTERS", "STATE")
INGRESS_COLUMNS = ("TENANT", "SEALED", "OLDEST", "OLDEST SEALED AT", "QUARANTINED")


def age(seconds: float | None) -> str:
    """A duration the way an operator reads it: 45s, 12m05s, 3h05m, 2d04h; '-' for none."""
    if seconds is None:
        return "-"
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    if s < 86_400:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 86_400}d{s % 86_400 // 3600:02d}h"


def rows(body: dict[str, Any]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for s in body["subscribers"]:
        state = "FAILING" if s["failing"] else ("retrying" if s["failing_s"] is not None else "ok")
        out.append(
            (
                s["subscriber"],
                s["tenant"],
                str(s["queued"]),
                age(s["oldest_age_s"]),
                s["failing_since"] or "-",
                age(s["failing_s"]),
                str(s["dead_letters"]),
                state,
            )
        )
    return out


def ingress_rows(body: dict[str, Any]) -> list[tuple[str, ...]]:
    return [
        (i["tenant"], str(i["sealed"]), age(i["oldest_age_s"]), i["oldest"] or "-", str(i["quarantined"]))
        for i in body["ingress"]
    ]


def table(lines: list[tuple[str, ...]], columns: tuple[str, ...] = COLUMNS) -> str:
    widths = [max(len(r[i]) for r in [columns, *lines]) for i in range(len(columns))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in [columns, *lines]
    )


@click.group("delivery")
def delivery_group() -> None:
    """Deliveries to subscribers: backlog, failures, dead letters."""


@delivery_group.command("status")
@click.option("--subscriber", default=None, help="one subscriber only")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@admin_options
def delivery_status(conn: Conn, subscriber: str | None, fmt: str) -> None:
    """Per subscriber: events queued, oldest age, failing since, dead letters; per tenant:
    updates sealed and not yet tokenised, the oldest's age, quarantined."""
    query = f"?{urlencode({'subscriber': subscriber})}" if subscriber else ""
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/delivery{query}"))
    if fmt == "json":
        click.echo(json.dumps(body, indent=2, sort_keys=True))
        return
    click.echo(table(rows(body)))
    click.echo(
        f"failing: no delivery for longer than {age(body['threshold_s'])} while events wait "
        "(delivery.failing_threshold_s)"
    )
    click.echo()
    click.echo(table(ingress_rows(body), INGRESS_COLUMNS))
