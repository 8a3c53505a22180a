"""`veil keys rotate|retire|new-token-epoch`, `services`, `honey`, `dlq`, `audit query`, `recognizers reload`.

Clients of the admin API (see proxy/cli/admin.py). The `keys`, `audit` and `recognizers` groups
belong to other modules (key generation, offline verification, offline testing): the
commands here are added to those groups, so `veil keys --help` lists both kinds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import click

from proxy.cli.calls import EXIT_FAILED, EXIT_USAGE, Conn, admin_options, call, fail, request_approval, show
from proxy.cli.output import emit, format_option, iso, table


@click.command("rotate")
@admin_options
def keys_rotate(conn: Conn) -> None:
    """Re-wrap every data key and admin seed under the active master-key version (while serving)."""
    show(call(conn, lambda: conn.client.call("POST", "/admin/v1/keys/rotate")))


@click.command("retire")
@click.argument("version", type=click.IntRange(1))
@click.option("--approval", default=None, help="id of a second admin's approval (four-eyes)")
@admin_options
def keys_retire(conn: Conn, version: int, approval: str | None) -> None:
    """Destroy a master-key version: every older copy of the data becomes unreadable."""
    if approval is None:
        request_approval(conn, "key_retire", {"version": str(version)})
    show(
        call(
            conn, lambda: conn.client.call("POST", "/admin/v1/keys/retire", {"version": version, "approval": approval})
        )
    )


@click.command("new-token-epoch")
@admin_options
def keys_new_epoch(conn: Conn) -> None:
    """Mint tokens of values first seen from now on with the active token-key version."""
    show(call(conn, lambda: conn.client.call("POST", "/admin/v1/keys/new-token-epoch")))


@click.group("services")
def services_group() -> None:
    """Services and their policies."""


def _grants(policy: dict[str, Any]) -> list[str]:
    use = policy["use"]
    return list(use["whatsapp"]) + [f"{route}:{e}" for route, ents in use["routes"].items() for e in ents]


@services_group.command("list")
@format_option
@admin_options
def services_list(conn: Conn, fmt: str) -> None:
    """Services, where their policy comes from, and what it grants."""
    body = call(conn, lambda: conn.client.call("GET", "/admin/v1/services"))
    emit(
        fmt,
        body,
        ("SERVICE", "TENANT", "POLICY FROM", "USE", "REVEAL", "TOKENIZE", "PURPOSES"),
        lambda b: [
            (
                s["name"],
                s["tenant"],
                s["source"],
                _grants(s["policy"]),
                s["policy"]["reveal"],
                s["policy"]["tokenize"],
                s["policy"]["purposes"],
            )
            for s in b["services"]
        ],
    )


@services_group.command("set-policy")
@click.argument("name")
@click.option(
    "--file",
    "source",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    required=True,
    help="JSON or YAML with the policy fields; an empty document restores the config policy",
)
@admin_options
def services_set_policy(conn: Conn, name: str, source: Path) -> None:
    """Replace a service's policy on every worker, without a restart (audited)."""
    import yaml

    try:
        doc = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        fail(EXIT_USAGE, f"{source}: not valid JSON or YAML")
    if not isinstance(doc, dict):
        fail(EXIT_USAGE, f"{source}: a mapping of policy fields is expected")
    show(call(conn, lambda: conn.client.call("PUT", f"/admin/v1/services/{name}/policy", doc)))


@services_group.command("unblock")
@click.argument("name")
@admin_options
def services_unblock(conn: Conn, name: str) -> None:
    """Lift a block set after a ceiling breach or a honey-token access."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/services/{name}/unblock")))


@services_group.command("blocks")
@format_option
@admin_options
def services_blocks(conn: Conn, fmt: str) -> None:
    """Services the access guard blocked (ceiling breach or honey token), with the reason."""
    body = call(conn, lambda: conn.client.call("GET", "/admin/v1/blocks"))
    emit(
        fmt,
        body,
        ("SERVICE", "TENANT", "REASON"),
        lambda b: [(x["service"], x["tenant"], x["reason"]) for x in b["blocks"]],
    )


@click.group("honey")
def honey_group() -> None:
    """Honey decoys: subjects and tokens no workflow touches; any use or reveal alerts."""


@honey_group.command("plant")
@click.option("--tenant", default="default", show_default=True)
@admin_options
def honey_plant(conn: Conn, tenant: str) -> None:
    """Plant a decoy subject; prints its tokens (the only time they are handed out)."""
    show(call(conn, lambda: conn.client.call("POST", "/admin/v1/honey/decoys", {"tenant": tenant})))


@honey_group.command("list")
@click.option("--tenant", default="default", show_default=True)
@format_option
@admin_options
def honey_list(conn: Conn, tenant: str, fmt: str) -> None:
    """The tenant's decoy tokens."""
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/honey?{urlencode({'tenant': tenant})}"))
    emit(fmt, body, ("TENANT", "DECOY TOKEN"), lambda b: [(b["tenant"], t) for t in b["tokens"]])


@click.group("dlq")
def dlq_group() -> None:
    """Dead letters of subscriber deliveries, and quarantined updates (metadata only)."""


@dlq_group.command("list")
@click.option("--subscriber", default=None)
@click.option("--quarantine", "tenant", default=None, metavar="TENANT", help="list a tenant's quarantine instead")
@format_option
@admin_options
def dlq_list(conn: Conn, subscriber: str | None, tenant: str | None, fmt: str) -> None:
    """Dead letters per subscriber (or a tenant's quarantine): metadata only, never a payload."""
    if tenant:
        body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/quarantine?{urlencode({'tenant': tenant})}"))
        emit(
            fmt,
            body,
            ("TENANT", "LETTER", "REASON", "KIND", "QUARANTINED", "ATTEMPTS", "BYTES"),
            lambda b: [
                (b["tenant"], x["id"], x["reason"], x["kind"], iso(x["queued_ms"]), x["attempts"], x["size"])
                for x in b["quarantine"]
            ],
        )
        return
    query = f"?{urlencode({'subscriber': subscriber})}" if subscriber else ""
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/dlq{query}"))
    emit(
        fmt,
        body,
        ("SUBSCRIBER", "LETTER", "EVENT", "REASON", "FIELD", "DEAD SINCE", "ATTEMPTS", "ORDER BROKEN"),
        lambda b: [
            (
                name,
                x["id"],
                x["event_id"],
                x["reason"],
                x["field"],
                iso(x["queued_ms"]),
                x["attempts"],
                x["order_broken"],
            )
            for name, letters in sorted(b["dead_letters"].items())
            for x in letters
        ],
    )


@dlq_group.command("replay")
@click.argument("subscriber")
@click.argument("letter")
@admin_options
def dlq_replay(conn: Conn, subscriber: str, letter: str) -> None:
    """Re-queue a dead letter (same event id and body) at the end of its partition."""
    show(call(conn, lambda: conn.client.call("POST", f"/admin/v1/dlq/{subscriber}/{letter}/replay")))


@dlq_group.command("drop")
@click.argument("subscriber")
@click.argument("letter")
@admin_options
def dlq_drop(conn: Conn, subscriber: str, letter: str) -> None:
    show(call(conn, lambda: conn.client.call("DELETE", f"/admin/v1/dlq/{subscriber}/{letter}")))


@click.command("query")
@click.option("--tenant", default=None)
@click.option("--actor", default=None)
@click.option("--action", default=None)
@click.option("--subject", default=None, help="internal subject id")
@click.option("--since", default=None, help="ISO-8601 UTC, e.g. 2025-01-31T00:00")
@click.option("--until", default=None)
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="the same as --format json")
@format_option
@admin_options
def audit_query(
    conn: Conn,
    tenant: str | None,
    actor: str | None,
    action: str | None,
    subject: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
    fmt: str,
) -> None:
    """Search the audit trail (never values: tokens, entity types, purposes, outcomes).
    JSON is one object per line, so a long trail streams into `jq`."""
    params = {
        k: v
        for k, v in {
            "tenant": tenant,
            "actor": actor,
            "action": action,
            "subject": subject,
            "since": since,
            "until": until,
            "limit": str(limit),
        }.items()
        if v
    }
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/audit?{urlencode(params)}"))
    if as_json or fmt == "json":
        for entry in body["entries"]:
            click.echo(json.dumps(entry, sort_keys=True))
        return
    click.echo(
        table(
            ("TIME", "ACTOR", "ACTION", "OUTCOME", "TENANT", "PURPOSE", "ENTITIES", "REASON"),
            [
                (
                    e["time"],
                    e["actor"],
                    e["action"],
                    e["outcome"],
                    e.get("tenant"),
                    e.get("purpose"),
                    e.get("entities"),
                    e.get("reason"),
                )
                for e in body["entries"]
            ],
        )
    )


@click.command("reload")
@admin_options
def recognizers_reload(conn: Conn) -> None:
    """Reload recognizers.yaml on every worker (a broken file leaves the old ones serving and
    prints every problem found in it)."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/recognizers/reload"))
    show(body)
    if not body.get("ok"):
        raise SystemExit(EXIT_FAILED)


def register(cli: click.Group, *, keys: click.Group, audit: click.Group, recognizers: click.Group) -> None:
    for command in (keys_rotate, keys_retire, keys_new_epoch):
        keys.add_command(command)
    audit.add_command(audit_query)
    recognizers.add_command(recognizers_reload)
    cli.add_command(services_group)
    cli.add_command(honey_group)
    cli.add_command(dlq_group)
