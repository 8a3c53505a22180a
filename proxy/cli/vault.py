"""`veil vault stats|recount|erase|export|reveal|export-all|dsar|delete|compact|backup|restore`.

Clients of the admin API (see proxy/cli/admin.py). Long work shows a progress bar on stderr:
backup (bytes received), restore (bytes sent), bulk export (subjects). Backup files
are written 0600 and never hold a key; values reach the terminal only for commands
whose purpose is to show them (export, reveal, DSAR), and then only to stdout or `--out`.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import click

from proxy.cli.calls import EXIT_USAGE, Conn, admin_options, call, fail, request_approval, show
from proxy.cli.delivery import rows as delivery_rows
from proxy.cli.delivery import table as delivery_table
from proxy.cli.output import cell, format_option, iso, table


def _write_private(path: Path) -> Any:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "wb")


@click.group("vault")
def vault_group() -> None:
    """The vault: statistics, erasure, access requests, backups."""


def _counts_table(body: dict[str, Any]) -> str:
    return table(
        ("TENANT", "TOKENS", "SUBJECTS", "TOMBSTONES", "ERASED ALIASES", "TOKENS BY ENTITY"),
        [
            (
                name,
                c.get("tokens"),
                c.get("subjects"),
                c.get("tombstones"),
                c.get("erased_aliases"),
                {k.removeprefix("entity:"): v for k, v in c.items() if k.startswith("entity:")},
            )
            for name, c in sorted(body["tenants"].items())
        ],
    )


@vault_group.command("stats")
@click.option("--tenant", default=None)
@format_option
@admin_options
def stats(conn: Conn, tenant: str | None, fmt: str) -> None:
    """Per tenant: tokens, subjects, tombstones, erased aliases, tokens by entity; then deliveries."""
    query = f"?tenant={tenant}" if tenant else ""
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/stats{query}"))
    if fmt == "json":
        show(body)
        return
    click.echo(_counts_table(body))
    if body.get("delivery"):
        click.echo()
        click.echo(delivery_table(delivery_rows({"subscribers": body["delivery"]})))


@vault_group.command("recount")
@click.option("--tenant", default=None)
@format_option
@admin_options
def recount(conn: Conn, tenant: str | None, fmt: str) -> None:
    """Count the vault key by key and correct the counts `stats` reads (kept on write; what
    expired since the last recount is still in them). About a minute per million tokens."""
    body = call(conn, lambda: conn.client.call("POST", "/admin/v1/vault/recount", {"tenant": tenant}))
    if fmt == "json":
        show(body)
        return
    click.echo(_counts_table(body))


@vault_group.command("receipt")
@click.argument("receipt_id", metavar="RECEIPT")
@format_option
@admin_options
def receipt(conn: Conn, receipt_id: str, fmt: str) -> None:
    """An erasure receipt (`era_…`, printed by `veil vault erase`): what was erased, when, by
    whom, and whether each subscriber has acknowledged its erasure notice."""
    body = call(conn, lambda: conn.client.call("GET", f"/admin/v1/erasures/{quote(receipt_id, safe='')}"))
    if fmt == "json":
        show(body)
        return
    facts = [
        ("receipt", body.get("id")),
        ("tenant", body.get("tenant")),
        ("subject", body.get("subject")),
        ("erased at", iso(body.get("erased_at"))),
        ("by", body.get("actor")),
        ("tokens", body.get("tokens")),
        ("aliases", body.get("aliases")),
    ]
    shown = {"id", "tenant", "subject", "erased_at", "actor", "tokens", "aliases", "notices"}
    facts += [
        (key.replace("_", " "), iso(value) if key.endswith("_at") else value)  # what else the erasure reached
        for key, value in sorted(body.items())
        if key not in shown
    ]
    width = max(len(k) for k, _ in facts)
    for key, value in facts:
        click.echo(f"{key.ljust(width)}  {cell(value)}")
    click.echo()
    notices = body.get("notices") or {}
    click.echo(
        table(
            ("SUBSCRIBER", "NOTICE", "ATTEMPTS", "LAST ANSWER", "DELIVERED", "NEXT ATTEMPT"),
            [
                (
                    name,
                    n.get("status"),
                    n.get("attempts"),
                    n.get("last_status"),
                    n.get("delivered_at"),
                    n.get("next_attempt"),
                )
                for name, n in sorted(notices.items())
            ],
        )
    )


@vault_group.command("erase")
@click.argument("subject")
@click.option("--tenant", default=None)
@click.option("--yes", is_flag=True, help="do not ask for confirmation")
@admin_options
def erase(conn: Conn, subject: str, tenant: str | None, yes: bool) -> None:
    """Erase a subject, named by any of its tokens or aliases (irreversible)."""
    if not yes:
        click.confirm("Erase this subject and every token it owns? This cannot be undone", abort=True)
    show(
        call(conn, lambda: conn.client.call("POST", "/admin/v1/subjects/erase", {"subject": subject, "tenant": tenant}))
    )


@vault_group.command("export")
@click.argument("subject")
@click.option("--tenant", default=None)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="write to a 0600 file")
@click.option("--values", is_flag=True, help="also the contents of the subject's pending events")
@admin_options
def export(conn: Conn, subject: str, tenant: str | None, out: Path | None, values: bool) -> None:
    """Everything held on one subject, with who received it and its access report (GDPR art. 15)."""
    body = call(
        conn,
        lambda: conn.client.call(
            "POST", "/admin/v1/subjects/export", {"subject": subject, "tenant": tenant, "values": values}
        ),
    )
    if out is None:
        show(body)
        return
    with _write_private(out) as handle:
        handle.write(json.dumps(body, indent=2, sort_keys=True).encode())
    click.echo(f"wrote {out} ({len(body['tokens'])} tokens, {len(body['access_report'])} access entries)")


@vault_group.command("reveal")
@click.argument("token")
@click.option("--purpose", required=True, help="why the value is needed (audited)")
@click.option("--tenant", default=None)
@admin_options
def reveal(conn: Conn, token: str, purpose: str, tenant: str | None) -> None:
    """One token's value, for a purpose (step-up; audited as a reveal, as the console's)."""
    show(
        call(
            conn,
            lambda: conn.client.call(
                "POST", "/admin/v1/tokens/reveal", {"token": token, "tenant": tenant, "purpose": purpose}
            ),
        )
    )


@vault_group.command("export-all")
@click.option("--tenant", default=None)
@click.option("--approval", default=None, help="id of a second admin's approval (four-eyes)")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True)
@admin_options
def export_all(conn: Conn, tenant: str | None, approval: str | None, out: Path) -> None:
    """Bulk export of every subject of a tenant (needs a second admin's approval)."""
    if approval is None:
        request_approval(conn, "bulk_export", {}, tenant)

    async def run() -> int:
        count = 0
        buffer = b""
        with _write_private(out) as handle:
            bar = None
            async for chunk in conn.client.stream(
                "POST", "/admin/v1/subjects/export-bulk", {"tenant": tenant, "approval": approval}
            ):
                handle.write(chunk)
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                for line in lines:
                    if bar is None:
                        bar = click.progressbar(
                            length=int(json.loads(line)["subjects"]), label="subjects", file=sys.stderr
                        )
                    else:
                        bar.update(1)
                        count += 1
            if bar is not None:
                bar.render_finish()
        return count

    click.echo(f"wrote {out} ({call(conn, run)} subjects)")


@vault_group.command("dsar")
@click.argument("subject")
@click.option("--file", "source", type=click.File("r"), required=True, help="the CRM export ('-' for stdin)")
@click.option("--tenant", default=None)
@admin_options
def dsar(conn: Conn, subject: str, source: Any, tenant: str | None) -> None:
    """Detokenise a CRM export for one subject; refused if it holds another subject's token."""
    text = source.read()
    body = call(
        conn,
        lambda: conn.client.call(
            "POST", "/admin/v1/subjects/dsar", {"subject": subject, "tenant": tenant, "text": text}
        ),
    )
    click.echo(body["text"], nl=False)


@vault_group.command("delete")
@click.argument("token")
@click.option("--tenant", default=None)
@admin_options
def delete(conn: Conn, token: str, tenant: str | None) -> None:
    """Delete one token (its tombstone keeps it from ever meaning another value)."""
    query = f"?tenant={tenant}" if tenant else ""
    show(call(conn, lambda: conn.client.call("DELETE", f"/admin/v1/tokens/{token}{query}")))


@vault_group.command("compact")
@click.option("--older-than", "days", type=click.IntRange(0), required=True, help="days")
@click.option("--tenant", default=None)
@admin_options
def compact(conn: Conn, days: int, tenant: str | None) -> None:
    """Drop tombstones of tokens freed more than N days ago (then a value may get a new token)."""
    show(
        call(
            conn,
            lambda: conn.client.call("POST", "/admin/v1/vault/compact", {"older_than_days": days, "tenant": tenant}),
        )
    )


@vault_group.group("backup", invoke_without_command=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None, help="the backup file (0600)")
@admin_options
def backup(conn: Conn, out: Path | None) -> None:
    """An encrypted backup of the vault to a file (0600; sealed under the master key).
    `veil vault backup verify FILE` checks one offline."""
    if click.get_current_context().invoked_subcommand is not None:
        return
    if out is None:
        fail(EXIT_USAGE, "veil vault backup needs --out FILE (or: veil vault backup verify FILE)")

    async def run() -> int:
        size = 0
        with (
            _write_private(out) as handle,
            click.progressbar(length=0, label="backup", file=sys.stderr, show_pos=True) as bar,
        ):
            async for chunk in conn.client.stream("POST", "/admin/v1/backup"):
                handle.write(chunk)
                size += len(chunk)
                bar.update(len(chunk))
        return size

    click.echo(f"wrote {out} ({call(conn, run)} bytes)")


@vault_group.command("restore")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--approval", default=None, help="id of a second admin's approval (four-eyes)")
@admin_options
def restore(conn: Conn, file: Path, approval: str | None) -> None:
    """Restore a backup; the erasure ledger is re-applied (needs a second admin's approval)."""
    with file.open("rb") as handle:
        magic, header = handle.readline(), handle.readline()
    try:
        backup_id = str(json.loads(header)["id"])
    except (ValueError, KeyError):
        fail(EXIT_USAGE, f"{file} is not a Veil backup")
    if not magic.startswith(b"VEILBACKUP"):
        fail(EXIT_USAGE, f"{file} is not a Veil backup")
    if approval is None:
        request_approval(conn, "restore", {"backup_id": backup_id})

    async def run() -> Any:
        with click.progressbar(length=file.stat().st_size, label="restore", file=sys.stderr) as bar:
            return await conn.client.upload(f"/admin/v1/restore?approval={approval}", file, bar.update)

    show(call(conn, run))
