"""`veil alerts list|ack`: the alerts raised by any worker in the last hour, and acknowledging one.

Why: the console's overview showed the open alerts and nothing could quiet one that an
operator had already looked at, so a lasting condition (a CRM down all night) hid anything
new beside it. `list` prints the open alerts, then the acknowledged ones with who and when
(`GET /admin/v1/alerts`, scope `stats`); `ack ID` acknowledges one as the admin signed in
(`POST /admin/v1/alerts/{id}/ack`, audited as `alert_ack`): it is no longer open while it
keeps being raised, and opens again once raised after a quiet hour (docs/monitoring.md).
"""

from __future__ import annotations

from typing import Any

import click

from proxy.cli.calls import Conn, admin_options, call, show
from proxy.cli.output import emit, format_option, table

COLUMNS = ("ID", "KIND", "SEVERITY", "TENANT", "SERVICE", "TIMES", "FIRST", "LAST", "DETAIL")


def _row(a: dict[str, Any]) -> tuple[object, ...]:
    return (
        a["id"],
        a["kind"],
        a["severity"],
        a["tenant"],
        a["service"],
        a["count"],
        a["first"],
        a["last"],
        a["detail"],
    )


@click.group("alerts")
def alerts_group() -> None:
    """Alerts raised by any worker in the last hour: list them, acknowledge one."""


@alerts_group.command("list")
@format_option
@admin_options
def alerts_list(conn: Conn, fmt: str) -> None:
    """The open alerts, then the acknowledged ones (with who and when)."""
    body = call(conn, lambda: conn.client.call("GET", "/admin/v1/alerts"))
    emit(fmt, body, COLUMNS, lambda b: [_row(a) for a in b["alerts"]])
    if fmt == "table":
        click.echo()
        click.echo(
            table(
                (*COLUMNS, "ACKNOWLEDGED BY", "AT"),
                [(*_row(a), a["acknowledged_by"], a["acknowledged_at"]) for a in body["acknowledged"]],
            )
        )


@alerts_group.command("ack")
@click.argument("alert_id")
@admin_options
def alerts_ack(conn: Conn, alert_id: str) -> None:
    """Acknowledge an alert you have seen (an ID from `veil alerts list`): no longer open."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/alerts/{alert_id}/ack")))
