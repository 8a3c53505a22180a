"""The `veil` command. The only place that configures logging and reads `os.environ`.

Exit codes scripts can rely on: 0 done, 1 failed, 2 bad usage or config, 3 refused.
Only `serve`, `keys generate`, `config check`, `recognizers test`, offline
`audit verify` and `admin bootstrap` work without the admin API; every other
data-touching command is a client of it (they arrive with the admin API).
"""

from __future__ import annotations

import asyncio
import os
import sys
import zlib
from datetime import UTC, datetime
from pathlib import Path

import click

from proxy.cli import admin_groups
from proxy.cli.admin import admin_group, approvals_group
from proxy.cli.admin_offline import bootstrap_admin
from proxy.cli.alerts import alerts_group
from proxy.cli.audit import audit_group
from proxy.cli.calls import show_qr
from proxy.cli.delivery import delivery_group
from proxy.cli.recognizers import recognizers_group
from proxy.cli.vault import backup as backup_group
from proxy.cli.vault import vault_group
from proxy.config import Settings, load_settings
from proxy.errors import BadRequest, ConfigError, KeyMaterialError, VeilError
from proxy.tls import check_tls
from proxy.vault import (
    BackupCheck,
    EnvFileProvider,
    KeySet,
    check_spare_calling_code,
    format_key_file,
    generate_key_texts,
    load_keys,
    read_header,
    refuse_inside_data_dir,
    verify_backup,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3


def _fail(code: int, lines: list[str]) -> None:
    for line in lines:
        click.echo(f"veil: {line}", err=True)
    sys.exit(code)


@click.group()
@click.version_option(package_name="veil-proxy")
def cli() -> None:
    """Veil: a privacy proxy between WhatsApp Business and your CRMs."""


@cli.group("config")
def config_group() -> None:
    """Validate configuration."""


@config_group.command("check")
@click.option("--config", "path", required=True, type=click.Path(dir_okay=False))
def config_check(path: str) -> None:
    """Validate a config file and every secret it references; exit 2 on any problem."""
    try:
        settings = load_settings(path, os.environ)
        check_spare_calling_code(settings.vault.phone_token_prefix)
        from proxy.access import build_key_table

        build_key_table(settings)
        check_tls(settings)
    except ConfigError as exc:
        _fail(EXIT_USAGE, exc.problems)
    click.echo(f"{path}: ok")


@cli.group("keys")
def keys_group() -> None:
    """Key material."""


@keys_group.command("generate")
@click.option("--out", type=click.Path(dir_okay=False), help="write one 0600 NAME=value file")
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False),
    help="write one 0600 file per key (for VEIL_*_KEY_FILE and container secrets)",
)
def keys_generate(out: str | None, folder: str | None) -> None:
    """Generate all four keys (and print the audit public key for `audit verify`)."""
    texts = generate_key_texts()
    keyset = load_keys(EnvFileProvider(texts))
    if out:
        _write_private(Path(out), format_key_file(texts))
        click.echo(f"wrote {out} (mode 0600)")
    elif folder:
        Path(folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        for name, text in texts.items():
            _write_private(Path(folder) / name, text + "\n")
        click.echo(f"wrote {len(texts)} key files to {folder} (mode 0600)")
    else:
        click.echo(format_key_file(texts), nl=False)
    click.echo(f"# audit public key (for `veil audit verify --public-key`): {keyset.audit_public_key_b64()}")


def _write_private(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _fail(EXIT_USAGE, [f"{path} exists; refusing to overwrite a key"])
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _keys_for_config(data_dir: Path) -> KeySet:
    for name in ("VEIL_MASTER_KEY", "VEIL_TOKEN_KEY", "VEIL_AUDIT_KEY", "VEIL_AUDIT_SIGNING_KEY"):
        file = os.environ.get(f"{name}_FILE")
        if file:
            refuse_inside_data_dir(Path(file), data_dir)
    return load_keys(EnvFileProvider(os.environ))


def runtime_for(path: str | None) -> tuple[Settings, KeySet, Path]:
    """Settings, keys and data directory as `serve` would load them (quick start without a path);
    for the few offline commands that open the vault themselves (`admin bootstrap`)."""
    from proxy.cli import quickstart

    if path is None:
        qs = quickstart.prepare(os.environ)
        return qs.settings, load_keys(EnvFileProvider(qs.key_texts)), qs.data_dir
    settings = load_settings(path, os.environ)
    data_dir = quickstart.data_dir_for(os.environ, settings.vault.data_dir)
    return settings, _keys_for_config(data_dir), data_dir


@cli.command("serve")
@click.option("--config", "path", type=click.Path(dir_okay=False), help="config file (omit for the quick start)")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="worker processes sharing the listeners (each with its own detector pool)",
)
def serve(path: str | None, workers: int) -> None:
    """Run the public, admin and metrics listeners."""
    from proxy.cli import quickstart
    from proxy.cli.supervisor import Supervisor, is_worker
    from proxy.logs import configure_logging
    from proxy.server import create_apps, run

    configure_logging()
    worker = is_worker(os.environ)
    try:
        if path is None:
            qs = quickstart.prepare(os.environ)
            settings, data_dir = qs.settings, qs.data_dir
            keyset = load_keys(EnvFileProvider(qs.key_texts))
            if not worker:
                click.echo(quickstart.banner(qs), err=True)
        else:
            settings = load_settings(path, os.environ)
            data_dir = quickstart.data_dir_for(os.environ, settings.vault.data_dir)
            keyset = _keys_for_config(data_dir)
        check_spare_calling_code(settings.vault.phone_token_prefix)
        check_tls(settings)  # every certificate, key and CA file, before anything listens
        if workers > 1 and not worker:
            embedded = data_dir if settings.vault.url == "embedded" else None
            argv = ["serve"] + ([] if path is None else ["--config", path])
            sys.exit(
                Supervisor(
                    argv, os.environ, workers, embedded_dir=embedded, appendfsync=settings.vault.appendfsync
                ).run()
            )
        run(create_apps(settings, keyset, data_dir=data_dir), settings, reuse_port=worker)
    except ConfigError as exc:
        _fail(EXIT_USAGE, exc.problems)
    except KeyMaterialError as exc:
        _fail(EXIT_USAGE, [str(exc)])
    except VeilError as exc:
        _fail(EXIT_FAILED, [str(exc)])


cli.add_command(recognizers_group, "recognizers")
cli.add_command(audit_group, "audit")


@admin_group.command("bootstrap")
@click.option("--config", "path", type=click.Path(dir_okay=False), help="config file (omit for the quick start)")
@click.option("--name", prompt="admin name", help="the first admin's name")
@click.password_option("--password", prompt="password", help="at least 12 characters")
def bootstrap(path: str | None, name: str, password: str) -> None:
    """Create the first admin (needs the master key; only while no admin exists)."""
    try:
        settings, keyset, data_dir = runtime_for(path)
    except (ConfigError, KeyMaterialError) as exc:
        _fail(EXIT_USAGE, [str(exc)])
    uri = bootstrap_admin(settings, keyset, data_dir, name, password)
    click.echo("Add this account to an authenticator app (shown once; keep it secret):")
    click.echo(uri)
    show_qr(uri)


@backup_group.command("verify")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--config", "path", type=click.Path(dir_okay=False), help="config file (omit for the quick start)")
def backup_verify(file: Path, path: str | None) -> None:
    """Check a backup offline with the master key (no server, no Redis): every frame opens,
    in order, none missing, nothing appended: what a restore will read."""
    try:
        _, keyset, _ = runtime_for(path)
    except (ConfigError, KeyMaterialError) as exc:
        _fail(EXIT_USAGE, exc.problems if isinstance(exc, ConfigError) else [str(exc)])
    try:
        check = asyncio.run(_verify_file(file, keyset))
    except (BadRequest, KeyMaterialError) as exc:
        _fail(EXIT_FAILED, [f"{file}: {'; '.join(exc.problems) if isinstance(exc, BadRequest) else exc}"])
    except (OSError, zlib.error, ValueError) as exc:
        _fail(EXIT_FAILED, [f"{file}: unreadable ({type(exc).__name__})"])
    header = check.header
    created = datetime.fromtimestamp(header.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    click.echo(f"backup {header.id}, created {created}, sealed under master key v{header.master_version}")
    click.echo(
        f"{check.frames} frame(s), {check.records} of {header.keys} keys (keys deleted while it was "
        "written are skipped)"
    )
    click.echo(
        "ok: every frame opens, in order, none missing, nothing after the last. A restore still "
        f"refuses it if the vault has retired master key v{header.master_version} since."
    )


async def _verify_file(file: Path, keyset: KeySet) -> BackupCheck:
    with file.open("rb") as handle:

        async def readline() -> bytes:
            return handle.readline(64 * 1024)

        async def read(n: int) -> bytes:
            return handle.read(n)

        header = await read_header(readline)
        return await verify_backup(header, keyset.master, read)


# Every admin-API command: `bootstrap` above is the one that opens the vault itself.
cli.add_command(admin_group)
cli.add_command(approvals_group)
cli.add_command(vault_group)
cli.add_command(delivery_group)
cli.add_command(alerts_group)
admin_groups.register(cli, keys=keys_group, audit=audit_group, recognizers=recognizers_group)


def main() -> int:
    cli.main(standalone_mode=True)
    return EXIT_OK
