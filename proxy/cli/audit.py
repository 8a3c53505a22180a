"""`veil audit verify`: check the audit chains offline, from Redis and / or the sink.

    veil audit verify [--public-key B64] [--sink PATH ...] [--redis-url URL]
                      [--audit-key-file PATH] [--no-macs]

It needs only the Ed25519 public key (`--public-key`, `VEIL_AUDIT_PUBLIC_KEY`, or
derived from `VEIL_AUDIT_SIGNING_KEY` / `VEIL_AUDIT_SIGNING_KEY_FILE` when present).
With the audit key (`--audit-key-file`, `VEIL_AUDIT_KEY`, `VEIL_AUDIT_KEY_FILE`) it also
recomputes every HMAC, naming an edited entry exactly; run that mode only where the
audit key is held anyway (it can forge MACs; docs/decisions.md 16). `--no-macs` ignores it.

Redis entries are judged against the checkpoints of both sources, and the sink's
entries too: a checkpoint kept in the sink exposes a Redis stream cut short or deleted.
Several `--sink` files (rotated ones, oldest first) are read as one.
One line per (source, writer): ok, the first bad entry (sequence number and reason),
or truncation (a signed checkpoint, or another writer's signed roster, ahead of the stored
tail). With both sources, a writer whose tail differs between them (removed from one, or
cut short) is reported; with the sink alone, a writer without a final checkpoint is named
as open. Redis without any audit record, on a vault a Veil has run on, is reported too.
Exit codes: 0 every chain verified, 1 problems found (or a source could not be read),
2 bad usage or keys.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import click
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from redis.exceptions import RedisError

from proxy.audit import AuditRecords, WriterReport, compare, load_redis, load_sink, verify
from proxy.config import VaultSettings
from proxy.errors import ConfigError
from proxy.kv import connect

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _key_bytes(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise click.UsageError(f"{what} is not base64") from None
    if len(raw) != 32:
        raise click.UsageError(f"{what} must be 32 bytes of base64")
    return raw


def _read_key_file(path: str | None, what: str) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise click.UsageError(f"{what}: cannot read {path} ({exc.strerror})") from None


def public_key_from(public_key: str | None, signing_key: str | None) -> Ed25519PublicKey:
    if public_key:
        return Ed25519PublicKey.from_public_bytes(_key_bytes(public_key, "--public-key"))
    if signing_key:
        return Ed25519PrivateKey.from_private_bytes(_key_bytes(signing_key, "VEIL_AUDIT_SIGNING_KEY")).public_key()
    raise click.UsageError("the audit public key is needed: --public-key, or VEIL_AUDIT_SIGNING_KEY[_FILE]")


async def _from_redis(url: str) -> AuditRecords:
    if url == "embedded":
        raise click.UsageError("--redis-url must name a server (redis://, rediss://, unix://, sentinel, cluster)")
    try:
        conn = connect(VaultSettings(url=url), data_dir=Path("."))
    except ConfigError as exc:
        raise click.UsageError("; ".join(exc.problems)) from None
    try:
        return await load_redis(conn.client)
    finally:
        await conn.close()


def describe(source: str, report: WriterReport) -> str:
    macs = "MACs checked" if report.macs_checked else "links and signatures only"
    head = f"{source:5} {report.writer}"
    if report.ok:
        return (
            f"{head} ok: {report.entries} entries, tail {report.tail_seq}, checkpoint {report.checkpoint_seq} ({macs})"
        )
    parts = []
    bad = report.first_bad
    if bad is not None:
        parts.append(f"first bad entry seq {bad.seq} ({bad.reason})")
    if report.truncated:
        parts.append(
            f"TRUNCATED: signed checkpoint at seq {report.checkpoint_seq} ahead of stored tail {report.tail_seq}"
        )
    return f"{head} BAD: " + "; ".join(parts)


@click.group("audit")
def audit_group() -> None:
    """The audit trail (offline verification)."""


@audit_group.command("verify")
@click.option("--public-key", envvar="VEIL_AUDIT_PUBLIC_KEY", help="base64 Ed25519 public key (veil keys generate)")
@click.option("--signing-key", envvar="VEIL_AUDIT_SIGNING_KEY", hidden=True)
@click.option("--signing-key-file", envvar="VEIL_AUDIT_SIGNING_KEY_FILE", hidden=True)
@click.option(
    "--sink",
    "sinks",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="JSON-lines audit sink (repeat for rotated files, oldest first)",
)
@click.option("--redis-url", help="the vault's Redis (redis://, rediss://, unix://, sentinel, cluster)")
@click.option("--audit-key", envvar="VEIL_AUDIT_KEY", hidden=True)
@click.option("--audit-key-file", envvar="VEIL_AUDIT_KEY_FILE", help="file holding VEIL_AUDIT_KEY: check MACs too")
@click.option("--no-macs", is_flag=True, help="ignore the audit key even when it is present")
@click.option(
    "--open-after",
    type=click.FloatRange(min=0),
    default=300.0,
    show_default=True,
    help="sink alone: seconds after which a writer without a final checkpoint is a problem",
)
def verify_cmd(
    public_key: str | None,
    signing_key: str | None,
    signing_key_file: str | None,
    sinks: tuple[str, ...],
    redis_url: str | None,
    audit_key: str | None,
    audit_key_file: str | None,
    no_macs: bool,
    open_after: float,
) -> None:
    """Verify every writer's chain; name the first bad entry and any truncation."""
    if not sinks and not redis_url:
        raise click.UsageError("give --sink PATH and/or --redis-url URL")
    public = public_key_from(public_key, signing_key or _read_key_file(signing_key_file, "signing key file"))
    mac_text = None if no_macs else (audit_key or _read_key_file(audit_key_file, "--audit-key-file"))
    mac_key = _key_bytes(mac_text, "the audit key") if mac_text else None
    sources: dict[str, AuditRecords] = {}
    failed = False
    if sinks:
        try:
            parts = [load_sink(Path(p)) for p in sinks]
        except OSError as exc:
            click.echo(f"veil: sink unreadable ({exc.strerror})", err=True)
            raise SystemExit(EXIT_PROBLEMS) from None
        sources["sink"] = _concat(parts)
        if sources["sink"].unreadable_lines:
            click.echo(f"sink  {sources['sink'].unreadable_lines} unreadable line(s)")
            failed = True
    if redis_url:
        try:
            sources["redis"] = asyncio.run(_from_redis(redis_url))
        except (RedisError, OSError) as exc:
            click.echo(f"veil: redis unreachable ({type(exc).__name__})", err=True)
            raise SystemExit(EXIT_PROBLEMS) from None
    every_checkpoint = [cp for records in sources.values() for cp in records.checkpoints]
    judged: dict[str, dict[str, WriterReport]] = {}
    for name, records in sources.items():
        reports = judged[name] = verify(
            records.with_checkpoints(every_checkpoint), public_key=public, audit_key=mac_key
        )
        if not reports:
            if records.vault_in_use:
                click.echo(f"{name:5} BAD: no audit records, yet a Veil has run on this vault (a removed trail)")
                failed = True
            else:
                click.echo(f"{name:5} no audit records")
        for report in reports.values():
            click.echo(describe(name, report))
            failed |= not report.ok
    if len(judged) == 2:
        for disagreement in compare(*judged.items()):
            click.echo(f"BAD: sink and redis disagree: {disagreement.describe()}")
            failed = True
    elif "sink" in judged:
        failed |= _report_open(judged["sink"].values(), open_after)
    raise SystemExit(EXIT_PROBLEMS if failed else EXIT_OK)


def _report_open(reports: Iterable[WriterReport], open_after: float) -> bool:
    """Sink alone: a writer without a final checkpoint is running, crashed, or ends where
    the sink was cut. A running one checkpoints every minute, so one silent for longer
    than `open_after` seconds is reported as a problem; a fresher one is only named."""
    now, stale = datetime.now(UTC), False
    for report in reports:
        if not report.entries or report.closed:
            continue
        try:
            silent = (now - datetime.fromisoformat(report.last_time)).total_seconds()
        except ValueError:
            silent = float("inf")
        bad = silent >= open_after
        stale |= bad
        click.echo(
            f"sink  {report.writer} {'BAD: ' if bad else ''}open: no final checkpoint after seq "
            f"{report.tail_seq}, silent {silent:.0f} s (still running, crashed, or the sink was cut "
            "here; --redis-url tells)"
        )
    return stale


def _concat(parts: list[AuditRecords]) -> AuditRecords:
    entries: dict[str, tuple[bytes, ...]] = {}
    for part in parts:
        for writer, raws in part.entries.items():
            entries[writer] = entries.get(writer, ()) + raws
    return AuditRecords(
        entries,
        tuple(cp for part in parts for cp in part.checkpoints),
        frozenset(entries),
        sum(part.unreadable_lines for part in parts),
    )
